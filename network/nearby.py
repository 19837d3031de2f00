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
missing rows (ordered in SQL by an approximate distance) tell which step is needed.

Speed with tens of thousands of rows: one UNION ALL query reads coverage from the
many-to-many tables by indexed keys, the national rows from an index, and the "others"
from a bounding box on the indexed latitude/longitude columns; only those few
candidates get an exact haversine distance in Python. Rows are compared as light tuples
and only the results actually shown are loaded as objects.
The nearest-rows query orders by an equirectangular approximation in SQL and takes a few
more rows than needed before sorting them by exact distance.
"""

import math
from dataclasses import dataclass, field

from django.db.models import F, Q, Value
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


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance between two points, in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


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

    @property
    def explanation(self):
        """The reason and, when the reason is not already the distance, the distance."""
        if self.level == NEARBY:
            return self.reason
        return f"{self.reason} · {self.distance_text}"


def format_km(distance_km):
    return f"{distance_km:.1f}" if distance_km < 10 else f"{distance_km:.0f}"


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
    for radius in (10, 40, 150, 600):
        candidates = Commune.objects.filter(_in_box(lat, lon, radius)).values_list(
            "insee", "latitude", "longitude"
        )
        best = min(
            candidates, key=lambda row: haversine_km(lat, lon, row[1], row[2]), default=None
        )
        if best is not None:
            return Commune.objects.select_related("department", "region").get(insee=best[0])
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
    """[(through queryset of organisation ids, level)] for the areas holding the place."""
    sets = []
    if place.commune:
        sets.append((_through("area_communes").objects.filter(commune_id=place.commune), COMMUNE))
    sets.append(
        (_through("area_departments").objects.filter(department_id=place.department), DEPARTMENT)
    )
    sets.append((_through("area_regions").objects.filter(region_id=place.region), REGION))
    return sets


def _candidates(base, place, lat, lon, radius_km):
    """[(level, distance, name, pk)] of the covering, national and in-radius rows.

    One query, a UNION ALL of one SELECT per reason (commune, département and region
    coverage, national, bounding box), so that each uses its own index instead of one
    OR that would scan the table. A row found for several reasons keeps the best.
    """
    columns = ("pk", "name", "latitude", "longitude")
    base = base.order_by()  # compound SELECTs take no ORDER BY in their parts
    arms = []
    if place is not None:
        for rows, level in _coverage_sets(place):
            covering = base.filter(pk__in=rows.values("organisation_id"))
            arms.append(covering.values_list(*columns, Value(level)))
    arms.append(base.filter(national=True).values_list(*columns, Value(NATIONAL)))
    arms.append(base.filter(_in_box(lat, lon, radius_km)).values_list(*columns, Value(NEARBY)))
    first, *others = arms
    best = {}
    for pk, name, row_lat, row_lon, level in first.union(*others, all=True):
        if pk not in best or level < best[pk][0]:
            best[pk] = (level, name, row_lat, row_lon)
    ranked = []
    for pk, (level, name, row_lat, row_lon) in best.items():
        distance = haversine_km(lat, lon, row_lat, row_lon)
        if level == NEARBY and distance > radius_km:
            continue  # in the box's corner, outside the circle
        ranked.append((level, distance, name, pk))
    return ranked


def _nearest_anywhere(base, lat, lon, exclude, count):
    """The `count` nearest rows not in `exclude`, over the whole country."""
    cos2 = math.cos(math.radians(lat)) ** 2
    approximate = (F("latitude") - lat) * (F("latitude") - lat) + (F("longitude") - lon) * (
        F("longitude") - lon
    ) * Value(cos2)
    rows = (
        base.exclude(pk__in=exclude)
        .annotate(approximate=approximate)
        .order_by("approximate")
        .values_list("pk", "name", "latitude", "longitude")[: count * 4]
    )
    found = sorted(
        (NEARBY, haversine_km(lat, lon, row_lat, row_lon), name, pk)
        for pk, name, row_lat, row_lon in rows
    )
    return found[:count]


def _widen(search, base, place, ranked, minimum):
    """Too few results: widen the radius to the first step that holds enough rows.

    One query finds the nearest rows not yet listed (how far the `minimum`-th one is),
    one more lists every row within the step that covers it; past the last step the
    nearest rows of the whole country are added as they are.
    """
    lat, lon = search.latitude, search.longitude
    nearest = _nearest_anywhere(base, lat, lon, [row[3] for row in ranked], minimum - len(ranked))
    search.widened = True
    farthest = max((row[1] for row in nearest), default=math.inf)
    step = next((step for step in RADIUS_STEPS if step >= farthest), None)
    if step is None or len(nearest) < minimum - len(ranked):  # nothing more to find
        search.whole_country = True
        return ranked + nearest
    search.radius_km = max(step, search.radius_km)
    return _candidates(base, place, lat, lon, search.radius_km)


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
    ranked = _candidates(base, place, lat, lon, radius_km)
    if len(ranked) < minimum:
        ranked = _widen(search, base, place, ranked, minimum)
    ranked.sort()
    search.total = len(ranked)
    shown = ranked[:limit]
    objects = Organisation.objects.for_cards().in_bulk([row[3] for row in shown])
    search.results = [
        Result(organisation=objects[pk], level=level, distance_km=distance)
        for level, distance, _name, pk in shown
    ]
    return search
