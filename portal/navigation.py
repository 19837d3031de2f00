"""Menus built once per site and language, then served from the cache.

A menu is a list of (title, url) in the reader's language. It is rebuilt after a page is
published, unpublished, moved or deleted, or the navigation settings change
(portal/signals.py), so the pages of the site cost no query for their menus.
"""

from django.core.cache import cache
from wagtail.models import Locale, Page

from .models import NavigationSettings

CACHE_VERSION_KEY = "portal:navigation:version"


def _version():
    return cache.get_or_set(CACHE_VERSION_KEY, 1, None)


def invalidate_menus():
    try:
        cache.incr(CACHE_VERSION_KEY)
    except ValueError:
        cache.set(CACHE_VERSION_KEY, 1, None)


def menus_for(request, site, language_code):
    """Both menus and the locale's home for `site` in `language_code`, cached."""
    key = f"portal:navigation:{_version()}:{site.pk}:{language_code}"
    menus = cache.get(key)
    if menus is None:
        menus = _build_menus(request, site, language_code)
        cache.set(key, menus, 60 * 60)
    return menus


def _build_menus(request, site, language_code):
    settings = NavigationSettings.for_site(site)
    locale = Locale.objects.filter(language_code=language_code).first()
    return {
        "primary": _links(request, settings.primary, locale),
        "footer": _links(request, settings.footer, locale),
    }


def _links(request, stream, locale):
    chosen = [block.value["page"] for block in stream if block.value["page"]]
    if not chosen or locale is None:
        return []
    keys = [page.translation_key for page in chosen]
    pages = Page.objects.live().public().filter(translation_key__in=keys, locale=locale)
    by_key = {page.translation_key: page for page in pages}
    return [(by_key[key].title, by_key[key].get_url(request)) for key in keys if key in by_key]
