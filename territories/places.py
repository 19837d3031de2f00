"""Find a place by what a reader types: a name prefix, a postcode or an INSEE code.

Name matching compares normalize_name() forms with a range on an indexed column
(`search_name >= q AND search_name < q + "\uffff"`), which both SQLite and PostgreSQL
answer from the index, whatever the collation.
"""

import re

from django.core.cache import cache

from .models import Commune, Department, Postcode
from .normalize import normalize_name

MAX_QUERY_LENGTH = 100
POSTCODE = re.compile(r"^\d{5}$")
POSTCODE_PREFIX = re.compile(r"^\d{2,4}$")
INSEE = re.compile(r"^(?:\d{5}|2[ab]\d{3})$", re.IGNORECASE)
DEPARTMENT_NAMES_KEY = "territories:department-names"
DEPARTMENT_NAMES_SECONDS = 24 * 3600


def _prefix(queryset, field, prefix):
    return queryset.filter(**{f"{field}__gte": prefix, f"{field}__lt": prefix + "\uffff"})


def find_communes(query, limit=10):
    """Communes matching `query`, most relevant first. Never raises on odd input."""
    query = (query or "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    if not query:
        return []
    communes = Commune.objects.select_related("department")
    compact = query.replace(" ", "")
    found = []
    if INSEE.match(compact):
        found += list(communes.filter(insee=compact.upper()))
    if POSTCODE.match(compact):
        ids = Postcode.objects.filter(code=compact).values("commune_id")
        found += list(communes.filter(insee__in=ids).order_by("-population")[:limit])
    elif POSTCODE_PREFIX.match(compact):
        ids = _prefix(Postcode.objects, "code", compact).values("commune_id")
        found += list(communes.filter(insee__in=ids).order_by("-population")[:limit])
    name = normalize_name(query)
    if name and not found:
        found += list(_prefix(communes, "search_name", name).order_by("-population")[:limit])
        if len(found) < limit and len(name) >= 3:
            # A later word of the name: "courcouronnes" finds Évry-Courcouronnes.
            inner = communes.filter(search_name__contains=" " + name).exclude(
                insee__in=[c.insee for c in found]
            )
            found += list(inner.order_by("-population")[: limit - len(found)])
    unique = {c.insee: c for c in found}
    return list(unique.values())[:limit]


def normalized_department_names():
    """[(normalized name, code)] of every département, cached: the autocomplete reads it at
    each keystroke, and it changes only when the gazetteer is reloaded (which clears it)."""
    return cache.get_or_set(
        DEPARTMENT_NAMES_KEY,
        lambda: [
            (normalize_name(name), code)
            for code, name in Department.objects.values_list("code", "name")
        ],
        DEPARTMENT_NAMES_SECONDS,
    )


def find_departments(query, limit=3):
    query = (query or "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    if not query:
        return []
    if re.fullmatch(r"\d{2,3}|2[abAB]", query):
        return list(Department.objects.filter(code=query.upper()))
    name = normalize_name(query)
    if len(name) < 3:
        return []
    codes = [
        code for normalized, code in normalized_department_names() if normalized.startswith(name)
    ]
    if not codes:
        return []
    found = Department.objects.in_bulk(codes[:limit])
    return [found[code] for code in codes[:limit] if code in found]


def commune_as_json(commune):
    return {
        "type": "commune",
        "code": commune.insee,
        "name": commune.name,
        "label": f"{commune.name} ({commune.department_id})",
        "department": commune.department_id,
        "department_name": commune.department.name,
        "region": commune.region_id,
        "postcodes": commune.postcode_list,
        "detail": commune.postcodes,  # shown after the label in the directory's place box
        "latitude": commune.latitude,
        "longitude": commune.longitude,
        "population": commune.population,
    }


def department_as_json(department):
    return {
        "type": "department",
        "code": department.code,
        "name": department.name,
        "label": f"{department.name} ({department.code})",
        "region": department.region_id,
        "latitude": department.latitude,
        "longitude": department.longitude,
    }
