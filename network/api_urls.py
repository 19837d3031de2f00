"""/api/directory/…: see network/api.py."""

from django.urls import path

from . import api

app_name = "network_api"
urlpatterns = [
    path("organisations/", api.organisation_list, name="organisations"),
    path("organisations/<slug:slug>/", api.organisation_detail, name="organisation"),
    path("nearby/", api.nearby, name="nearby"),
    path("export.csv", api.export_csv, name="export_csv"),
    path("export.geojson", api.export_geojson, name="export_geojson"),
]
