from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /*?*page=",
        f"Sitemap: {sitemap}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def _language_of(request):
    """The language of the URL ("/en/…"), else the browser's."""
    first = request.path_info.lstrip("/").split("/", 1)[0]
    if first in {"fr", "en"}:
        return first
    return translation.get_language_from_request(request)


def page_not_found(request, exception=None):
    with translation.override(_language_of(request)):
        return render(request, "404.html", status=404)


def server_error(request):
    # No context processors or database: the error may come from them.
    with translation.override(_language_of(request)):
        return render(request, "500.html", status=500, using=None)
