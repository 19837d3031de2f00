from django.conf import settings
from django.core.cache import cache

from . import page_cache

# Responses that are files handed to the browser rather than pages of the site.
DOWNLOAD_PREFIXES = ("/documents/", settings.MEDIA_URL)
DOWNLOAD_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"


class AnonymousPageCacheMiddleware:
    """Serve public pages to anonymous readers from the cache (operations/page_cache.py).

    It sits near the top of MIDDLEWARE so a stored response is the finished one, with
    every header and cookie the inner middleware added: a response that sets any cookie is
    therefore never stored. Each response says whether it came from the cache (X-Cache).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not page_cache.request_is_cacheable(request):
            return self.get_response(request)
        key = page_cache.key_for(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Cache"] = "HIT"
            return cached
        response = self.get_response(request)
        if request.method == "GET" and page_cache.response_is_cacheable(response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        response["X-Cache"] = "MISS"
        return response


class DownloadSandboxMiddleware:
    """Files served from our domain (documents, media) can never run as a page.

    Wagtail's document view already sends nosniff and `default-src 'none'`; a sandbox also
    blocks scripts and same-origin access should a browser render a file inline anyway,
    and media served by Django (SERVE_MEDIA) gets the same protection.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(DOWNLOAD_PREFIXES):
            response["Content-Security-Policy"] = DOWNLOAD_POLICY
            response["X-Content-Type-Options"] = "nosniff"
        return response
