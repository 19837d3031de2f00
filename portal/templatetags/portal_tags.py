from django import template
from django.conf import settings
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Locale, Page, Site

from portal.listing.cards import CARD_RENDITION
from portal.navigation import menus_for
from portal.taxonomy import term_label

register = template.Library()


@register.simple_tag(takes_context=True)
def site_menus(context):
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {"primary": [], "footer": [], "contact": {}}
    return menus_for(request, site, get_language())


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language: the page's translation, else that language's home page.

    Costs one query for the page's translations, and one more only when a language has
    no translation of the page. Translations are not filtered by view restrictions (that
    would cost a query on every page): a private translation's link leads to its login.

    When a RoutablePage route served the request (the comparison, an organisation's
    entry), the links to the page's translations end with the same route spelled in
    their language (`route_suffix`), so the switcher leads to the same view.
    """
    request = context["request"]
    current = get_language()
    translations = {}
    if page is not None and getattr(page, "pk", None):
        # Plain pages are enough for a link, and cheaper than the page type's own rows.
        pages = Page.objects.live().filter(translation_key=page.translation_key)
        for translation in pages.select_related("locale"):
            translations[translation.locale.language_code] = translation
    missing = [code for code, _name in settings.LANGUAGES if code not in translations]
    if missing:
        site = Site.find_for_request(request)
        if site is not None:
            homes = Page.objects.filter(
                translation_key=site.root_page.translation_key,
                locale__in=Locale.objects.filter(language_code__in=missing),
            ).select_related("locale")
            for home in homes:
                translations.setdefault(home.locale.language_code, home)
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        is_translation = (
            page is not None
            and target is not None
            and target.translation_key == getattr(page, "translation_key", None)
        )
        url, full_url = f"/{code}/", None
        if target is not None:
            url, full_url = target.get_url(request), target.get_full_url(request)
        if is_translation and url and full_url:
            suffix = route_suffix(request, page, code)
            url, full_url = url + suffix, full_url + suffix
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": full_url,
                "is_current": code == current,
                "is_translation": is_translation,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """The page's full URL, with the RoutablePage route that served it if any."""
    request = context["request"]
    url = page.get_full_url(request)
    return url + route_suffix(request, page, get_language()) if url else None


def route_suffix(request, page, language_code):
    """What follows the page's own URL when one of its RoutablePage routes served the
    request (Wagtail keeps the match in `request.routable_resolver_match`), spelled in
    `language_code`: `comparer/` or `compare/`, an organisation's slug. Empty when the
    page itself was served."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or getattr(match.func, "__self__", None) is not page:
        return ""
    with override(language_code):
        return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """(title, url) of the page's ancestors from its home page, the page excluded.

    The home is the locale's root ("/fr/"), so a page just below it costs no query. Deeper
    pages ask for their parents, which Wagtail's routing keeps from the way down to the
    page (no query when it served the page, one per level otherwise: a preview).
    """
    depth = getattr(page, "depth", 0)
    if depth <= 2:
        return []
    request = context["request"]
    crumbs = []
    parent = page.get_parent()
    while parent.depth > 2:
        crumbs.insert(0, (parent.title, parent.get_url(request)))
        parent = parent.get_parent()
    return [(_("Home"), f"/{get_language()}/")] + crumbs


@register.simple_tag
def card_rendition(image):
    """{% card_rendition card.listing_image as thumb %}: the card's image, as Wagtail's
    {% image %} tag would give it, from the renditions a listing prefetched
    (portal.listing.cards)."""
    return get_rendition_or_not_found(image, CARD_RENDITION)


@register.filter
def label(term):
    return term_label(term)


@register.simple_tag
def map_tile_settings():
    return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}
