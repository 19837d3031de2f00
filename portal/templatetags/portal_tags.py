from django import template
from django.conf import settings
from django.utils.translation import get_language
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

    A RoutablePage route that serves something below its page (an organisation's entry
    in the directory) puts `route_path` in the context, the part of the URL after the
    page's own, the same in every language: the links to the page's translations end
    with it, so the switcher leads to the same entry in the other language.
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
            url += context.get("route_path", "")
            full_url += context.get("route_path", "")
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
def breadcrumbs(context, page):
    """(title, url) of the page's ancestors from its home page, the page excluded.

    The home is the locale's root ("/fr/"), so a page just below it costs no query; deeper
    pages reuse the ancestors found by the routing, else cost one.
    """
    depth = getattr(page, "depth", 0)
    if depth <= 2:
        return []
    home = (_("Home"), f"/{get_language()}/")
    if depth == 3:
        return [home]
    request = context["request"]
    ancestors = getattr(page, "routed_ancestors", None)
    if ancestors is None:
        ancestors = page.get_ancestors()
    ancestors = [ancestor for ancestor in ancestors if ancestor.depth > 2]
    return [home] + [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors]


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
