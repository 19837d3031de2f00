"""The demo's pages: one file per page under demo/content/pages/, in the tree's shape.

`pages/ressources.yaml` is the page whose French slug is `ressources`, under the home;
its children are in `pages/ressources/`, created in the order its `children` lists them
(listings show the latest first). A page that exists is left as it is, so a second run
creates nothing.
"""

from django.apps import apps

from portal.models import HomePage

from .fields import source_values, translate_from
from .files import CONTENT_DIR, read

# What a page file says about the page rather than its fields.
NOT_FIELDS = ("type", "children")


def fields(data):
    return {name: value for name, value in data.items() if name not in NOT_FIELDS}


def ensure_children(parent, folder, slugs, references):
    """The pages `slugs` under `parent`, from `folder`'s files, and their own children."""
    listed = {f"{slug}.yaml" for slug in slugs}
    files = {path.name for path in (CONTENT_DIR / folder).glob("*.yaml")}
    if listed != files:
        raise ValueError(f"{folder}: files and children differ: {sorted(listed ^ files)}")
    for slug in slugs:
        data = read(f"{folder}/{slug}.yaml")
        page = ensure_page(parent, slug, data, references)
        if "children" in data:
            ensure_children(page, f"{folder}/{slug}", data["children"], references)


def ensure_page(parent, slug, data, references):
    """The page `slug` under `parent`, created from `data` and translated if missing."""
    model = apps.get_model(data["type"])
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is not None:
        return page
    values = source_values(model, fields(data), references)
    if values.setdefault("slug", slug) != slug:
        raise ValueError(f"{slug}.yaml: the French slug must be the file's name")
    page = model(**values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    # Reload so that every StreamField value is in its stored form before extraction.
    page = model.objects.get(pk=page.pk)
    translate_from(page, fields(data), references)
    return page


def fill_home(home, data, references):
    """Give the home its demo content once, when it has no featured pages yet."""
    # A fresh copy: publishing saves the page's tree fields too, which changed since the
    # home was read (its children were added).
    home = HomePage.objects.get(pk=home.pk)
    if len(home.featured):
        return
    for name, value in source_values(HomePage, fields(data), references).items():
        setattr(home, name, value)
    home.save_revision().publish()
    translate_from(HomePage.objects.get(pk=home.pk), fields(data), references)
