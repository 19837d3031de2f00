"""The site's URLs with the admin at /gestion/ instead of /admin/."""

from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls

from config import urls

urlpatterns = [path("gestion/", include(wagtailadmin_urls))] + [
    pattern for pattern in urls.urlpatterns if str(pattern.pattern) != "admin/"
]
