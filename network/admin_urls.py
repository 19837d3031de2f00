"""Directory tools in the admin, mounted at /admin/directory/ by network/wagtail_hooks.py."""

from django.urls import path

from . import admin_views

urlpatterns = [
    path("import/", admin_views.ImportView.as_view(), name="network_import"),
]
