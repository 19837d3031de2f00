import posixpath
import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.http import Http404
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from network import api_urls as network_api_urls
from operations.health import health
from portal import views
from portal.sitemap import MultilingualSitemap
from search import api_urls as search_api_urls
from search import urls as search_urls
from territories import urls as territories_urls

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

# Not language-prefixed: the admin, documents, machine-readable endpoints.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", views.robots_txt),
    path("health/", health, name="health"),
    path("api/places/", include(territories_urls)),
    path("api/directory/", include(network_api_urls)),
    path("api/search/", include(search_api_urls)),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
]

# Where Wagtail keeps documents' original files, under MEDIA_ROOT.
DOCUMENTS_FOLDER = "documents"


def serve_media(request, path):
    """MEDIA_ROOT's images and renditions, never the documents' original files: a document
    is served by /documents/<id>/…, which checks its collection's privacy
    (WAGTAILDOCS_SERVE_METHOD = "serve_view"). The path is normalised as `serve` does,
    so "images/../documents/…" is refused too."""
    folder = posixpath.normpath(path).lstrip("/").split("/", 1)[0]
    if folder.lower() == DOCUMENTS_FOLDER:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", serve_media)
    ]

# Public, language-prefixed: /fr/… and /en/…; "/" redirects by the browser's language.
urlpatterns += i18n_patterns(
    path("search/", include(search_urls)),
    path("contact/", include("contact.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
