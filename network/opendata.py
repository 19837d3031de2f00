"""The directory as open data: one flat record per organisation, as CSV, GeoJSON or JSON.

Only what the public sees is ever exported: `Organisation.objects.listed()` (published,
active, one French source row per organisation). Exports stream: rows are read with
`iterator(chunk_size=…)` (Django prefetches the many-to-many fields chunk by chunk) and
written as they come, so memory stays flat whatever the size of the directory.

The data is published under the Licence Ouverte / Open Licence 2.0 (Etalab): said in a
`licence` column of the CSV, a `licence` member of the GeoJSON, an HTTP `Link: rel=license`
header, and on the directory page (templates/network/components/open_data.html).
"""

import csv
import json
from itertools import islice

from django import forms
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from portal.models import Theme
from territories.models import Department, Region

from .models import Network, Organisation, OrganisationKind, Service, attach_descriptions
from .nearby import filtered

LICENCE_NAME = "Licence Ouverte / Open Licence 2.0"
LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
LANGUAGES = ("fr", "en")
CHUNK_SIZE = 2000

CSV_COLUMNS = (
    "id",
    "slug",
    "name",
    "kind",
    "description",
    "address",
    "commune",
    "commune_name",
    "department",
    "region",
    "latitude",
    "longitude",
    "national",
    "regions",
    "departements",
    "communes",
    "services",
    "themes",
    "networks",
    "website",
    "email",
    "phone",
    "source",
    "last_verified",
    "licence",
)


class OrganisationFilterForm(forms.Form):
    """The directory's filters for exports and the API. Strict: a machine client that
    sends an unknown value gets a 400 saying which, rather than silently wider data."""

    kind = forms.MultipleChoiceField(choices=OrganisationKind.choices, required=False)
    service = forms.MultipleChoiceField(required=False)
    theme = forms.MultipleChoiceField(required=False)
    network = forms.MultipleChoiceField(required=False)
    department = forms.CharField(required=False, max_length=3)
    region = forms.CharField(required=False, max_length=3)
    lang = forms.ChoiceField(choices=[(code, code) for code in LANGUAGES], required=False)

    def __init__(self, data):
        super().__init__(data)
        for name, model in (("service", Service), ("theme", Theme), ("network", Network)):
            slugs = model.objects.values_list("slug", flat=True).distinct()
            self.fields[name].choices = [(slug, slug) for slug in slugs]

    def clean_department(self):
        code = self.cleaned_data["department"].strip().upper()
        if code and not Department.objects.filter(code=code).exists():
            raise forms.ValidationError(_("Unknown département code."))
        return code

    def clean_region(self):
        code = self.cleaned_data["region"].strip()
        if code and not Region.objects.filter(code=code).exists():
            raise forms.ValidationError(_("Unknown region code."))
        return code

    @property
    def language(self):
        return self.cleaned_data.get("lang") or "fr"

    def queryset(self, ordered=True):
        """The listed organisations matching the filters, in a stable order (name, id)."""
        data = self.cleaned_data
        queryset = Organisation.objects.listed()
        if data["kind"]:
            queryset = queryset.filter(kind__in=data["kind"])
        queryset = filtered(
            queryset, services=data["service"], themes=data["theme"], networks=data["network"]
        )
        if data["department"]:
            queryset = queryset.filter(commune__department_id=data["department"])
        if data["region"]:
            queryset = queryset.filter(commune__region_id=data["region"])
        return queryset.order_by("name", "pk") if ordered else queryset


def with_relations(queryset):
    return queryset.select_related("commune").prefetch_related(
        "services", "themes", "networks", "area_regions", "area_departments", "area_communes"
    )


def _codes(manager, attribute):
    return sorted(getattr(obj, attribute) for obj in manager.all())


def record(organisation):
    """One organisation as a flat dict of JSON-ready values (lists for the relations).

    Expects `with_relations()` and `attach_descriptions()` to have been applied.
    """
    commune = organisation.commune
    return {
        "id": organisation.translation_key.hex,
        "slug": organisation.slug,
        "name": organisation.name,
        "kind": organisation.kind,
        "description": strip_tags(
            getattr(organisation, "localized_description", organisation.description)
        ).strip(),
        "address": organisation.address,
        "commune": commune.insee,
        "commune_name": commune.name,
        "department": commune.department_id,
        "region": commune.region_id,
        "latitude": organisation.latitude,
        "longitude": organisation.longitude,
        "national": organisation.national,
        "regions": _codes(organisation.area_regions, "code"),
        "departements": _codes(organisation.area_departments, "code"),
        "communes": _codes(organisation.area_communes, "insee"),
        "services": _codes(organisation.services, "slug"),
        "themes": _codes(organisation.themes, "slug"),
        "networks": _codes(organisation.networks, "slug"),
        "website": organisation.website,
        "email": organisation.email,
        "phone": organisation.phone,
        "source": organisation.source,
        "last_verified": (
            organisation.last_verified.isoformat() if organisation.last_verified else None
        ),
    }


def records(queryset, language):
    """Flat records of the queryset, read chunk by chunk (flat memory)."""
    rows = with_relations(queryset).iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(islice(rows, CHUNK_SIZE)):
        for organisation in attach_descriptions(chunk, language):
            yield record(organisation)


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer in a stream."""

    def write(self, value):
        return value


def csv_lines(queryset, language):
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)  # BOM: spreadsheet apps detect UTF-8
    for item in records(queryset, language):
        item["licence"] = LICENCE_NAME
        yield writer.writerow(
            [
                " ".join(value) if isinstance(value, list) else _csv_value(value)
                for value in (item[column] for column in CSV_COLUMNS)
            ]
        )


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def geojson_chunks(queryset, language):
    """A FeatureCollection written piece by piece; properties are the flat record."""
    head = {
        "type": "FeatureCollection",
        "licence": {"name": LICENCE_NAME, "url": LICENCE_URL},
        "attribution": "Avise",
    }
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "features": ['
    separator = ""
    for item in records(queryset, language):
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [item["longitude"], item["latitude"]]},
            "properties": item,
        }
        yield separator + json.dumps(feature, ensure_ascii=False)
        separator = ","
    yield "]}"
