"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """Invalidations (menus, private pages, related content, the page cache) are versions
    bumped in the cache: with a cache local to each process, the other gunicorn workers
    would keep serving what was true before the change."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend not in PROCESS_LOCAL_CACHES:
        return []
    return [
        Warning(
            "The default cache is local to each process.",
            hint="Set REDIS_URL so that every worker sees the same cache and its invalidations.",
            id="operations.W001",
        )
    ]
