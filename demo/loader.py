"""Load the demo content into a site `setup_site` has set up. Safe to run again: what
exists is left as it is."""

from django.apps import apps
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site

from .directory import load_directory
from .fields import References, source_values
from .files import read
from .pages import ensure_children, fill_home
from .vocabularies import load_vocabularies


def load():
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    references = References(home)
    home_data = read("home.yaml")
    load_vocabularies(references)
    ensure_children(home, "pages", home_data["children"], references)
    load_directory(references)
    fill_home(home, home_data, references)
    for label, data in read("settings.yaml").items():
        ensure_setting(apps.get_model(label), site, data, references)
    for data in read("search-promotions.yaml"):
        ensure_promotion(data, references)


def ensure_setting(model, site, data, references):
    """Fill the site's `model` settings once, while the fields the file gives are empty."""
    setting = model.for_site(site)
    if any(getattr(setting, name) for name in data):
        return
    for name, value in source_values(model, data, references).items():
        setattr(setting, name, value)
    setting.save()


def ensure_promotion(data, references):
    SearchPromotion.objects.get_or_create(
        query=Query.get(data["query"]),
        page=references.resolve(data["page"]),
        defaults={"description": data["description"]},
    )
