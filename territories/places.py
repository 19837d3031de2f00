"""Find a place by what a reader types: a name prefix, a postcode or an INSEE code.

Name matching compares normalize_name() forms with a range on an indexed column
(`search_name >= q AND search_name < q + "\uffff"`), which both SQLite and PostgreSQL
answer from the index, whatever the collation.
"""

import re

from .models import Commune, Department, Postcode
from .normalize import normalize_name

MAX_QUERY_LENGTH = 100
POSTCODE = re.compile(r"^\d{5}$")
POSTCODE_PREFIX = re.compile(r"^\d{2,4}$")
INSEE = re.compile(r"^(?:\d{5}|2[ab]\d{3})$", re.IGNORECASE)


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


def find_departments(query, limit=3):
    query = (query or "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    if not query:
        return []
    if re.fullmatch(r"\d{2,3}|2[abAB]", query):
        return list(Department.objects.filter(code=query.upper()))
    name = normalize_name(query)
    if len(name) < 3:
        return []
    return [d for d in Department.objects.all() if normalize_name(d.name).startswith(name)][:limit]


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
