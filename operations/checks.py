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


@register(Tags.security, deploy=True)
def check_trusted_proxies(app_configs, **kwargs):
    """Behind a TLS proxy (which SECURE_PROXY_SSL_HEADER says there is), REMOTE_ADDR is the
    proxy's address: with no trusted hop every reader shares it, so a few wrong passwords
    lock an account for everyone and the contact form's limit is site-wide."""
    if settings.TRUSTED_PROXY_COUNT > 0 or not settings.SECURE_PROXY_SSL_HEADER:
        return []
    return [
        Warning(
            "TRUSTED_PROXY_COUNT is 0 behind a proxy: every client has the proxy's address.",
            hint=(
                "Set TRUSTED_PROXY_COUNT to the number of proxies in front of the app that "
                "append to X-Forwarded-For (1 for one TLS proxy or load balancer)."
            ),
            id="operations.W002",
        )
    ]
