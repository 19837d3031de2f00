"""Deployment checks of our own, run by `manage.py check --deploy`."""

import ipaddress
from urllib.parse import urlsplit

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


@register(Tags.security, deploy=True)
def check_admin_base_url(app_configs, **kwargs):
    """WAGTAILADMIN_BASE_URL is the address the admin's emails link to (moderation,
    password resets) and the one `setup_site` gives the site: left at its default, it is
    this machine's, which no reader or editor can open."""
    if not names_this_machine(settings.WAGTAILADMIN_BASE_URL):
        return []
    return [
        Warning(
            f"WAGTAILADMIN_BASE_URL is {settings.WAGTAILADMIN_BASE_URL}: emails would link "
            "to this machine.",
            hint=(
                "Set WAGTAILADMIN_BASE_URL to the site's public address, "
                "e.g. https://portail.example.org."
            ),
            id="operations.W003",
        )
    ]


def names_this_machine(url):
    host = urlsplit(url).hostname or ""
    if host in {"", "localhost"} or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False  # a host name
    return address.is_loopback or address.is_unspecified
