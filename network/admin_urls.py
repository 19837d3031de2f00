"""Directory tools in the admin, mounted at /admin/directory/ by network/wagtail_hooks.py."""

from django.urls import path

from . import admin_views

urlpatterns = [
    path("import/", admin_views.ImportView.as_view(), name="network_import"),
    path("gaps/", admin_views.CoverageGapsView.as_view(), name="network_gaps"),
    path("to-verify/", admin_views.StaleEntriesView.as_view(), name="network_stale"),
]
