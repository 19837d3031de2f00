"""Which Wagtail Site serves a request, remembered per host and port in the cache.

Wagtail looks the site up in the database on every request (and keeps it on the request
as `_wagtail_site`). Sites change a few times in a project's life, so the answer is
cached and forgotten when a Site is saved or deleted (portal/signals.py).
"""

from django.core.cache import cache
from wagtail.models import Site

from .cache_versions import bump_version, current_version

CACHE_VERSION_KEY = "portal:sites:version"


def invalidate_cached_sites():
    bump_version(CACHE_VERSION_KEY)


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        version = current_version(CACHE_VERSION_KEY)
        key = f"portal:sites:{version}:{request.get_host()}"
        site = cache.get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                cache.set(key, site, 60 * 60)
        request._wagtail_site = site
        return self.get_response(request)
