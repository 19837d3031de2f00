"""The directory as open data: one flat record per organisation, as CSV, GeoJSON or JSON.

Only what the public sees is ever exported: `Organisation.objects.listed()` (published,
active, one French source row per organisation). Exports stream: rows are read with
`iterator(chunk_size=…)` (Django prefetches the many-to-many fields chunk by chunk) and
written as they come, so memory stays flat whatever the size of the directory.

A CSV cell that a spreadsheet would read as a formula (text starting with `=`, `+`, `-`,
`@`…) is written with a leading single quote (portal/spreadsheets.py), as are the
moderators' exports of contact requests; numbers and phone numbers are left as they are.

The data is published under the Licence Ouverte / Open Licence 2.0 (Etalab): said in a
`licence` column of the CSV, a `licence` member of the GeoJSON, an HTTP `Link: rel=license`
header, and on the directory page (templates/network/components/open_data.html).
"""

import csv
import json
import re
from collections import defaultdict
from html import unescape
from itertools import islice
from operator import itemgetter

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.models import Theme
from portal.spreadsheets import spreadsheet_cell
from territories.models import Department, Region

from .models import Network, Organisation, OrganisationKind, Service
from .nearby import filtered

LICENCE_NAME = "Licence Ouverte / Open Licence 2.0"
LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
LANGUAGES = ("fr", "en")
CHUNK_SIZE = 1000

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


# Scalar columns read straight from the database, in CSV order where they appear there.
FIELDS = {
    "id": "translation_key",
    "slug": "slug",
    "name": "name",
    "kind": "kind",
    "description": "description",
    "address": "address",
    "commune": "commune_id",
    "commune_name": "commune__name",
    "department": "commune__department_id",
    "region": "commune__region_id",
    "latitude": "latitude",
    "longitude": "longitude",
    "national": "national",
    "website": "website",
    "email": "email",
    "phone": "phone",
    "source": "source",
    "last_verified": "last_verified",
}
# Many-to-many columns: (the organisation's field, the code read through its table).
RELATIONS = {
    "regions": ("area_regions", "region_id"),
    "departements": ("area_departments", "department_id"),
    "communes": ("area_communes", "commune_id"),
    "services": ("services", "service__slug"),
    "themes": ("themes", "theme__slug"),
    "networks": ("networks", "network__slug"),
}
TAG = re.compile(r"<[^>]*>")


def plain_text(html):
    """Rich text as one line of plain text (Wagtail writes well-formed HTML)."""
    return " ".join(unescape(TAG.sub(" ", html)).split())


def _related_codes(ids, pk_ordered):
    """{column: {organisation id: [codes]}} for a chunk of organisations (6 queries).

    A chunk read in primary-key order is fetched by range, which the database answers
    from the index without Django preparing a thousand parameters; rows of the range
    outside the chunk are simply not looked up.
    """
    codes = {}
    if pk_ordered:
        chunk = {"organisation_id__gte": ids[0], "organisation_id__lte": ids[-1]}
    else:
        chunk = {"organisation_id__in": ids}
    for column, (field_name, code) in RELATIONS.items():
        through = Organisation._meta.get_field(field_name).remote_field.through
        grouped = defaultdict(list)
        rows = through.objects.filter(**chunk).values_list("organisation_id", code)
        for organisation_id, value in rows.order_by(code):
            grouped[organisation_id].append(value)
        codes[column] = grouped
    return codes


def _translated_descriptions(keys, language):
    """{translation_key: description} of the published versions in `language` (1 query)."""
    if language == settings.LANGUAGE_CODE:
        return {}
    return dict(
        Organisation.objects.filter(
            translation_key__in=keys, locale__language_code=language, live=True
        ).values_list("translation_key", "description")
    )


def records(queryset, language, pk_ordered=False):
    """Flat, JSON-ready records of the queryset, in its order (see _records)."""
    for _pk, item in _records(queryset, language, pk_ordered):
        yield item


def _records(queryset, language, pk_ordered=False):
    """(pk, flat JSON-ready record) of the queryset's rows, in order, chunk by chunk.

    Rows are read as tuples, not model instances: building thousands of clusterable
    models and their many-to-many managers costs far more than the SQL. Per chunk of
    CHUNK_SIZE rows: one query for the rows, six for the relations, one for the
    translated descriptions when the language is not French.
    """
    pk_index = len(FIELDS)
    rows = queryset.values_list(*FIELDS.values(), "pk").iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(islice(rows, CHUNK_SIZE)):
        ids = [row[pk_index] for row in chunk]
        related = _related_codes(ids, pk_ordered)
        descriptions = _translated_descriptions([row[0] for row in chunk], language)
        for row in chunk:
            item = dict(zip(FIELDS, row, strict=False))
            item["description"] = plain_text(descriptions.get(row[0], item["description"]))
            item["id"] = item["id"].hex
            if item["last_verified"] is not None:
                item["last_verified"] = item["last_verified"].isoformat()
            for column in RELATIONS:
                item[column] = related[column].get(row[pk_index], [])
            yield row[pk_index], item


def records_for(ids, language):
    """Records of the listed organisations with these primary keys, in the given order."""
    queryset = Organisation.objects.listed().filter(pk__in=list(ids))
    by_pk = dict(_records(queryset, language))
    return [by_pk[pk] for pk in ids if pk in by_pk]


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer in a stream."""

    def write(self, value):
        return value


def export_order(queryset):
    """Exports list entries by primary key: stable, and fast to stream (see above)."""
    return queryset.order_by("pk")


def csv_lines(queryset, language):
    writer = csv.writer(_Echo())
    columns = itemgetter(*CSV_COLUMNS)
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)  # BOM: spreadsheet apps detect UTF-8
    for item in records(export_order(queryset), language, pk_ordered=True):
        for column in RELATIONS:
            item[column] = " ".join(item[column])
        item["national"] = "yes" if item["national"] else "no"
        item["licence"] = LICENCE_NAME
        # csv writes None as an empty field; text a spreadsheet would run is quoted.
        yield writer.writerow([spreadsheet_cell(value) for value in columns(item)])


def geojson_chunks(queryset, language):
    """A FeatureCollection written piece by piece; properties are the flat record."""
    head = {
        "type": "FeatureCollection",
        "licence": {"name": LICENCE_NAME, "url": LICENCE_URL},
        "attribution": "Avise",
    }
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "features": ['
    separator = ""
    for item in records(export_order(queryset), language, pk_ordered=True):
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [item["longitude"], item["latitude"]]},
            "properties": item,
        }
        yield separator + json.dumps(feature, ensure_ascii=False)
        separator = ","
    yield "]}"
