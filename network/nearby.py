"""Nearby search: which support structures can help a given commune, best first.

Ranking (documented in docs/architecture.md, "The directory's ranking"):

1. structures whose **area of action contains the commune**: first those that list the
   commune itself, then those that cover its département, then its region — an office
   150 km away still ranks first if it covers the place;
2. then **national** structures;
3. then the **others within a radius** of the point (30 km by default).

Ties are broken by distance from the point (the exact location shared by the reader, or
else the commune's centre), then by name. Each result carries the reason it is there and
its great-circle distance.

When fewer than `minimum` (5) structures are found, the radius widens to the first of
RADIUS_STEPS that holds enough of them, or to the whole country past the last step, and
the search says so (`widened`, `radius_km`, `whole_country`), so a rural commune never
gets an empty page. Widening costs two queries, whatever the number of steps: the nearest
missing rows tell which step is needed.

Speed with tens of thousands of rows: the database does the work. The candidates are the
ids of a UNION ALL with one SELECT per reason (coverage through the many-to-many tables by
indexed keys, national rows by a partial index, the radius as a bounding box on the
indexed latitude/longitude columns, exact circle in SQL), so each uses its own index
instead of one OR scanning the table. The same query gives each candidate its level and
exact great-circle distance (haversine in SQL), ranks and counts them (a window
function) and returns only the best as light tuples; the results shown are then loaded
with just what their cards need (two queries).
"""

import math
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Case, Count, F, FloatField, Func, Q, Value, When, Window
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext

from territories.models import Commune, Department

from .models import Organisation

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
DEFAULT_RADIUS_KM = 30
MAX_RADIUS_KM = 200
RADIUS_STEPS = (30, 50, 100, 200, 400, 800)
DEFAULT_MINIMUM = 5
DEFAULT_LIMIT = 50

COMMUNE, DEPARTMENT, REGION, NATIONAL, NEARBY = range(5)


class GreatCircleKm(Func):
    """SQL: the great-circle distance in km from a fixed point to each row's coordinates.

    Haversine with the mean Earth radius (within 0.5 % of the WGS84 geodesic), written as
    one expression with the point as parameters: composing it from Django's Sin, Cos, …
    made the query slower to build than to run. PostgreSQL and SQLite (its math
    functions, or Django's stand-ins for them) both have these functions.
    """

    output_field = FloatField()
    least = "LEAST"

    def __init__(self, lat, lon):
        super().__init__(F("latitude"), F("longitude"))
        self.point = (lat, lon)

    def as_sql(self, compiler, connection, **extra_context):
        (lat, lat_params), (lon, lon_params) = (
            compiler.compile(column) for column in self.get_source_expressions()
        )
        phi, lam = (math.radians(degrees) for degrees in self.point)
        sql = (
            f"%s * ASIN({self.least}(1.0, SQRT("
            f"POWER(SIN((RADIANS({lat}) - %s) / 2), 2) "
            f"+ %s * COS(RADIANS({lat})) * POWER(SIN((RADIANS({lon}) - %s) / 2), 2))))"
        )
        params = (2 * EARTH_RADIUS_KM, *lat_params, phi, math.cos(phi), *lat_params)
        return sql, (*params, *lon_params, lam)

    def as_sqlite(self, compiler, connection, **extra_context):
        clone = self.copy()
        clone.least = "MIN"  # SQLite's two-argument MIN is LEAST
        return clone.as_sql(compiler, connection, **extra_context)


def bounding_box(lat, lon, radius_km):
    """(south, north, west, east) of a box that contains the circle around the point."""
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    # Longitude degrees shrink with latitude; near the poles the box spans every longitude.
    cos_lat = math.cos(math.radians(min(abs(lat) + dlat, 89.9)))
    dlon = min(180.0, math.degrees(radius_km / (EARTH_RADIUS_KM * cos_lat)))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def _in_box(lat, lon, radius_km):
    south, north, west, east = bounding_box(lat, lon, radius_km)
    return Q(latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east)


@dataclass
class Result:
    organisation: Organisation
    level: int
    distance_km: float

    @property
    def covers(self):
        return self.level < NATIONAL

    @property
    def reason(self):
        """Why this structure is listed, in the active language."""
        if self.level == COMMUNE:
            return gettext("Covers your commune")
        if self.level == DEPARTMENT:
            return gettext("Covers your département")
        if self.level == REGION:
            return gettext("Covers your region")
        if self.level == NATIONAL:
            return gettext("Works nationwide")
        return self.distance_text

    @property
    def distance_text(self):
        if self.distance_km < 1:
            return gettext("less than 1 km away")
        return gettext("%(distance)s km away") % {"distance": format_km(self.distance_km)}

    @cached_property  # shown twice on each card
    def explanation(self):
        """The reason and, when the reason is not already the distance, the distance."""
        if self.level == NEARBY:
            return self.reason
        return f"{self.reason} · {self.distance_text}"


def format_km(distance_km):
    """One decimal under 10 km, none above, in the active language ("12,5" in French)."""
    decimals = 1 if distance_km < 10 else 0
    # number_format cuts the extra decimals: round first.
    return number_format(round(distance_km, decimals), decimal_pos=decimals)


@dataclass
class NearbySearch:
    latitude: float
    longitude: float
    commune: Commune | None
    department: Department | None
    radius_km: float
    results: list = field(default_factory=list)
    total: int = 0
    widened: bool = False
    whole_country: bool = False

    @property
    def widening_message(self):
        if self.whole_country:
            return gettext("Few structures work near this place: we searched the whole country.")
        if self.widened:
            return ngettext(
                "Few structures work near this place: we widened the search to %(km)s km.",
                "Few structures work near this place: we widened the search to %(km)s km.",
                int(self.radius_km),
            ) % {"km": int(self.radius_km)}
        return ""


def nearest_commune(lat, lon):
    """The commune whose centre is nearest to the point (bounding boxes, then exact)."""
    communes = Commune.objects.select_related("department", "region")
    for radius in (10, 40, 150, 600):
        nearest = (
            communes.filter(_in_box(lat, lon, radius))
            .annotate(distance=GreatCircleKm(lat, lon))
            .order_by("distance")
            .first()
        )
        if nearest is not None:
            return nearest
    return None


def _through(field_name):
    return Organisation._meta.get_field(field_name).remote_field.through


def filtered(queryset, kind=None, services=(), themes=(), networks=()):
    """Apply the directory's filters. Terms are matched by slug (see portal/taxonomy.py);
    several values of one filter mean "any of them"."""
    if kind:
        queryset = queryset.filter(kind__in=[kind] if isinstance(kind, str) else list(kind))
    for field_name, target, slugs in (
        ("services", "service", services),
        ("themes", "theme", themes),
        ("networks", "network", networks),
    ):
        if slugs:
            ids = _through(field_name).objects.filter(**{f"{target}__slug__in": list(slugs)})
            queryset = queryset.filter(pk__in=ids.values("organisation_id"))
    return queryset


@dataclass(frozen=True)
class Place:
    """What coverage is checked against: a commune, or a whole département."""

    commune: str | None
    department: str
    region: str

    @classmethod
    def of(cls, commune=None, department=None):
        if commune is not None:
            return cls(commune.insee, commune.department_id, commune.region_id)
        if department is not None:
            return cls(None, department.code, department.region_id)
        return None


def _coverage_sets(place):
    """[(subquery of organisation ids, level)] for the areas holding the place."""
    if place is None:
        return []
    sets = []
    if place.commune:
        sets.append((_through("area_communes").objects.filter(commune_id=place.commune), COMMUNE))
    sets.append(
        (_through("area_departments").objects.filter(department_id=place.department), DEPARTMENT)
    )
    sets.append((_through("area_regions").objects.filter(region_id=place.region), REGION))
    return [(rows.values("organisation_id"), level) for rows, level in sets]


def _candidate_ids(coverage, lat, lon, radius_km):
    """Ids of the covering, national and in-radius rows, whatever their state: a UNION ALL
    of one SELECT per reason, so that each uses its own index (the many-to-many tables'
    keys, the partial index on national, the latitude/longitude box) instead of one OR
    that would scan the table."""
    arms = [ids for ids, _level in coverage]
    arms.append(Organisation.objects.order_by().filter(national=True).values("pk"))
    arms.append(
        Organisation.objects.order_by()
        .filter(_in_box(lat, lon, radius_km))
        .alias(distance=GreatCircleKm(lat, lon))
        .filter(distance__lte=radius_km)  # the box's corners are outside the circle
        .values("pk")
    )
    first, *others = arms
    return first.union(*others, all=True)


def _ranking(base, place, lat, lon, radius_km):
    """(pk, level, distance, total) of the matching rows, best first, where `total` counts
    them all (a window function): slice it to run one query."""
    coverage = _coverage_sets(place)
    level = Case(
        *(When(pk__in=ids, then=Value(level)) for ids, level in coverage),
        When(national=True, then=Value(NATIONAL)),
        default=Value(NEARBY),
    )
    return (
        base.filter(pk__in=_candidate_ids(coverage, lat, lon, radius_km))
        .annotate(level=level, distance=GreatCircleKm(lat, lon), total=Window(Count("pk")))
        .order_by("level", "distance", "name")
        .values_list("pk", "level", "distance", "total")
    )


def _nearest_beyond(base, lat, lon, exclude, count):
    """(pk, level, distance) of the `count` nearest rows not in `exclude`, anywhere."""
    return list(
        base.exclude(pk__in=exclude)
        .annotate(distance=GreatCircleKm(lat, lon))
        .order_by("distance", "name")
        .values_list("pk", Value(NEARBY), "distance")[:count]
    )


def _widen(search, base, place, found, minimum, count):
    """Too few results: widen the radius to the first step that holds enough rows.
    Returns the `count` best rows and how many there are in all.

    One query finds the nearest rows not yet listed (how far the `minimum`-th one is),
    one more ranks every row within the step that covers it; past the last step the
    nearest rows of the whole country are added as they are (all farther than the radius,
    so after every row already found).
    """
    lat, lon = search.latitude, search.longitude
    missing = minimum - len(found)
    nearest = _nearest_beyond(base, lat, lon, [row[0] for row in found], missing)
    search.widened = True
    farthest = max((row[2] for row in nearest), default=math.inf)
    step = next((step for step in RADIUS_STEPS if step >= farthest), None)
    if step is None or len(nearest) < missing:  # nothing more to find
        search.whole_country = True
        rows = [row[:3] for row in found] + nearest
        return rows, len(rows)
    search.radius_km = max(step, search.radius_km)
    rows = list(_ranking(base, place, lat, lon, search.radius_km)[:count])
    return rows, rows[0][3]


def nearby(
    commune=None,
    lat=None,
    lon=None,
    *,
    department=None,
    kind=None,
    services=(),
    themes=(),
    networks=(),
    radius_km=DEFAULT_RADIUS_KM,
    minimum=DEFAULT_MINIMUM,
    limit=DEFAULT_LIMIT,
    queryset=None,
):
    """Rank the listed organisations for a commune and/or a point (see module docstring).

    Give a Commune, or a latitude and longitude (the nearest commune is then used for
    coverage), or both (the point is used for distances), or a Department (coverage of
    the département and its region; distances from its centre). `queryset` defaults to the
    public source rows; results beyond `limit` are counted in `total` but not loaded.
    """
    if lat is None or lon is None:
        centre = commune or department
        if centre is None:
            raise ValueError("nearby() needs a commune, a département or a point")
        lat, lon = centre.latitude, centre.longitude
    elif commune is None and department is None:
        commune = nearest_commune(lat, lon)
    place = Place.of(commune, department)
    base = filtered(
        Organisation.objects.listed() if queryset is None else queryset,
        kind=kind,
        services=services,
        themes=themes,
        networks=networks,
    )
    search = NearbySearch(
        latitude=lat, longitude=lon, commune=commune, department=department, radius_km=radius_km
    )
    # At least `minimum` rows, so that a search short of them has them all for widening.
    count = max(limit, minimum)
    rows = list(_ranking(base, place, lat, lon, radius_km)[:count])
    search.total = rows[0][3] if rows else 0
    if search.total < minimum:
        rows, search.total = _widen(search, base, place, rows, minimum, count)
    shown = rows[:limit]
    cards = Organisation.objects.for_cards().in_bulk([row[0] for row in shown])
    search.results = [
        Result(organisation=cards[pk], level=level, distance_km=distance)
        for pk, level, distance, *_total in shown
    ]
    return search
