"""The site's chrome (menus and contact details) built once per site and language.

Menus are lists of (title, url) of live public pages in the reader's language. The chrome
is rebuilt after a page is published, unpublished, moved or deleted, a view restriction is
saved or deleted, or the navigation or contact settings change (portal/signals.py), so
rendering a page costs no query for its header and footer.
"""

from django.core.cache import cache
from wagtail.models import Locale, Page

from .cache_versions import bump_version, current_version
from .models import ContactSettings, NavigationSettings

CACHE_VERSION_KEY = "portal:chrome:version"
CACHE_SECONDS = 60 * 60


def invalidate_menus():
    bump_version(CACHE_VERSION_KEY)


def menus_for(request, site, language_code):
    """Menus and contact details for `site` in `language_code`, from the cache."""
    key = f"portal:chrome:{current_version(CACHE_VERSION_KEY)}:{site.pk}:{language_code}"
    chrome = cache.get(key)
    if chrome is None:
        chrome = _build_chrome(request, site, language_code)
        cache.set(key, chrome, CACHE_SECONDS)
    return chrome


def _build_chrome(request, site, language_code):
    navigation = NavigationSettings.for_site(site)
    contact = ContactSettings.for_site(site)
    locale = Locale.objects.filter(language_code=language_code).first()
    return {
        "primary": _links(request, navigation.primary, locale),
        "footer": _links(request, navigation.footer, locale),
        "contact": {
            "organisation": contact.organisation,
            "email": contact.email,
            "phone": contact.phone,
            "address": contact.address,
            "social_links": [
                (block.value["network"], block.value["url"]) for block in contact.social_links
            ],
        },
    }


def _links(request, stream, locale):
    chosen = [block.value["page"] for block in stream if block.value["page"]]
    if not chosen or locale is None:
        return []
    keys = [page.translation_key for page in chosen]
    pages = Page.objects.live().public().filter(translation_key__in=keys, locale=locale)
    by_key = {page.translation_key: page for page in pages}
    return [(by_key[key].title, by_key[key].get_url(request)) for key in keys if key in by_key]
