"""Answers computed over many pages, cached until the content changes.

Related content, listing facet counts and derived case-study lists read hundreds of rows
to show a few lines, and only change when a page is published, unpublished, moved or
deleted, a view restriction changes or a term is edited (portal/signals.py): each of
those forgets them all at once, by bumping a version in their keys.
"""

import hashlib

from django.core.cache import cache

from .cache_versions import bump_version, current_version

CACHE_VERSION_KEY = "portal:content:version"
CACHE_SECONDS = 60 * 60
_MISSING = object()


def invalidate_content():
    bump_version(CACHE_VERSION_KEY)


def cached(name, compute):
    """compute(), remembered under `name` (any string) until the content changes."""
    digest = hashlib.sha1(name.encode()).hexdigest()
    key = f"portal:content:{current_version(CACHE_VERSION_KEY)}:{digest}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value
