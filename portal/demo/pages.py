"""Create a demo page once, in French, then its English translation."""

from .translate import translate


def ensure_page(parent, model, slug, build):
    """The `model` page `slug` under `parent`, created if missing; returns (page, created).

    `build()` returns the unsaved French page and its fields in English: the page is
    added under `parent`, published, then translated with wagtail-localize.
    """
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is not None:
        return page, False
    page, english = build()
    page.slug = slug
    parent.add_child(instance=page)
    page.save_revision().publish()
    # Reload so that every StreamField value is in its stored form before extraction.
    page = model.objects.get(pk=page.pk)
    translate(page, english)
    return page, True


def link_in_main_menu(site, pages, first=False):
    """Add to the main menu, once, those of `pages` it does not link yet."""
    from portal.models import NavigationSettings

    navigation = NavigationSettings.for_site(site)
    linked = {block.value["page"].pk for block in navigation.primary if block.value["page"]}
    missing = [("link", {"page": page}) for page in pages if page.pk not in linked]
    if missing:
        existing = [(block.block_type, block.value) for block in navigation.primary]
        navigation.primary = missing + existing if first else existing + missing
        navigation.save()
