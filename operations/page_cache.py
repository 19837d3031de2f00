"""A short-lived cache of the public pages, for anonymous readers only.

Every cached page is keyed by a *generation* number kept in the shared cache (Redis when
REDIS_URL is set). Publishing, unpublishing, moving or deleting a page and any change to
the directory or the site settings bumps the generation (operations/signals.py), so the
next anonymous request renders afresh: one cheap increment invalidates every page at once,
which keeps listings, menus and cross-links correct without tracking who shows what.
PAGE_CACHE_SECONDS bounds the age of a page anyway, e.g. when each process has its own
local-memory cache and the bump happened in another process.
"""

import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

GENERATION_KEY = "operations:page-cache:generation"
PUBLIC_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def enabled():
    return settings.PAGE_CACHE_SECONDS > 0


def invalidate():
    """Make every cached page stale at once."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def _generation():
    return cache.get_or_set(GENERATION_KEY, 1, None)


def key_for(request):
    return (
        f"operations:page-cache:{_generation()}:{request.scheme}:{request.get_host()}:"
        f"{request.path}"
    )


def request_is_cacheable(request):
    """Anonymous GETs of public pages without a query string.

    Readers with a session (editors, anyone logged in) or with pending messages always get
    a fresh page; query strings (searches, filters) are not cached, so the cache cannot be
    filled with arbitrary keys.
    """
    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and request.path.startswith(PUBLIC_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def response_is_cacheable(response):
    """Only plain successful pages that set no cookie (no session, CSRF form, message)."""
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "no-cache" not in cache_control
    )
