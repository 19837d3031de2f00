"""Per-client (or per-address) rate limits, counted in the shared cache (Redis in production).

Used by the contact form and the admin's password-reset form. With a local-memory cache
each process counts on its own, so the limit is per process: Redis makes it site-wide.
"""

import hashlib
import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)


def allow(scope, identity, limit, window_seconds):
    """Count one attempt of `scope` by `identity`; False once over `limit` in the window."""
    # Hashed, so that no address or email is kept in the cache's keys.
    digest = hashlib.sha256(str(identity).lower().encode()).hexdigest()[:32]
    key = f"rate:{scope}:{digest}"
    if cache.add(key, 1, window_seconds):
        return limit >= 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, window_seconds)
        return limit >= 1
    if count is None:
        # Redis is down (django-redis then answers None instead of raising): nothing can
        # be counted. Readers are let through rather than all refused until it is back.
        logger.warning("Rate limit %s not counted: the cache is unavailable", scope)
        return True
    return count <= limit
