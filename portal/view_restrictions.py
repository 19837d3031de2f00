"""Which pages are private, remembered in the cache.

Wagtail asks the database on every page served (the page's ancestors, then their view
restrictions). Few pages are private and restrictions rarely change, so the ids of the
pages carrying one are cached, and forgotten when a restriction is saved or deleted
(portal/signals.py).
"""

from django.core.cache import cache
from wagtail.models import PageViewRestriction

from .cache_versions import bump_version, current_version

CACHE_VERSION_KEY = "portal:restrictions:version"
# Short on purpose: should an invalidation be lost (Redis unreachable while a restriction
# is saved), a page made private is public for a minute at most, not an hour.
CACHE_SECONDS = 60


def invalidate_restricted_pages():
    bump_version(CACHE_VERSION_KEY)


def restricted_page_ids():
    """The ids of the pages that carry a view restriction."""
    key = f"portal:restrictions:{current_version(CACHE_VERSION_KEY)}"
    ids = cache.get(key)
    if ids is None:
        ids = frozenset(PageViewRestriction.objects.values_list("page_id", flat=True))
        cache.set(key, ids, CACHE_SECONDS)
    return ids


def view_restrictions(page, ancestors):
    """What Wagtail's `page.get_view_restrictions()` returns, for a page whose
    ancestors are known (none of them an alias): no query when none is private."""
    ids = {page.pk, *(ancestor.pk for ancestor in ancestors)}
    if ids.isdisjoint(restricted_page_ids()):
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(page_id__in=ids)
