"""Versioned cache keys: bumping a version forgets every entry built under the old one."""

from django.core.cache import cache


def current_version(key):
    return cache.get_or_set(key, 1, None)


def bump_version(key):
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, None)
