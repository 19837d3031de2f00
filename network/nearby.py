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

When fewer than `minimum` (5) structures are found, the radius widens step by step
(RADIUS_STEPS) until there are enough or the whole country has been searched, and the
search says so (`widened`, `radius_km`, `whole_country`), so a rural commune never gets
an empty page.

Speed with tens of thousands of rows: coverage is read from the many-to-many tables by
indexed keys; the "others" come from a bounding box on the indexed latitude/longitude
columns; only those few candidates get an exact haversine distance in Python. Rows are
compared as light tuples and only the results actually shown are loaded as objects.
The whole-country step orders by an equirectangular approximation in SQL and takes a few
more rows than needed before sorting them by exact distance.
"""

import math
from dataclasses import dataclass, field

from django.db.models import F, Q, Value
from django.utils.translation import gettext, ngettext

from territories.models import Commune

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
        return gettext("%(distance)s km away") % {"distance": format_km(self.distance_km)}


def format_km(distance_km):
    return f"{distance_km:.1f}" if distance_km < 10 else f"{distance_km:.0f}"


@dataclass
class NearbySearch:
    latitude: float
    longitude: float
    commune: Commune | None
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
        queryset = queryset.filter(kind=kind)
    for field_name, target, slugs in (
        ("services", "service", services),
        ("themes", "theme", themes),
        ("networks", "network", networks),
    ):
        if slugs:
            ids = _through(field_name).objects.filter(**{f"{target}__slug__in": list(slugs)})
            queryset = queryset.filter(pk__in=ids.values("organisation_id"))
    return queryset


def _coverage_levels(commune):
    """{organisation id: best level} of the rows whose area of action holds the commune."""
    if commune is None:
        return {}
    rows = (
        _through("area_communes")
        .objects.filter(commune_id=commune.insee)
        .values_list("organisation_id", Value(COMMUNE))
        .union(
            _through("area_departments")
            .objects.filter(department_id=commune.department_id)
            .values_list("organisation_id", Value(DEPARTMENT)),
            _through("area_regions")
            .objects.filter(region_id=commune.region_id)
            .values_list("organisation_id", Value(REGION)),
            all=True,
        )
    )
    levels = {}
    for organisation_id, level in rows:
        levels[organisation_id] = min(level, levels.get(organisation_id, NEARBY))
    return levels


def _covering_q(commune):
    if commune is None:
        return Q(pk__in=[])
    return (
        Q(
            pk__in=_through("area_communes")
            .objects.filter(commune_id=commune.insee)
            .values("organisation_id")
        )
        | Q(
            pk__in=_through("area_departments")
            .objects.filter(department_id=commune.department_id)
            .values("organisation_id")
        )
        | Q(
            pk__in=_through("area_regions")
            .objects.filter(region_id=commune.region_id)
            .values("organisation_id")
        )
    )


def _candidates(base, commune, lat, lon, radius_km, levels):
    """[(level, distance, name, pk)] of the covering, national and in-radius rows."""
    rows = base.filter(_covering_q(commune) | Q(national=True) | _in_box(lat, lon, radius_km))
    ranked = []
    for pk, name, row_lat, row_lon, national in rows.values_list(
        "pk", "name", "latitude", "longitude", "national"
    ):
        distance = haversine_km(lat, lon, row_lat, row_lon)
        level = levels.get(pk, NATIONAL if national else NEARBY)
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


def nearby(
    commune=None,
    lat=None,
    lon=None,
    *,
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
    coverage), or both (the point is used for distances). `queryset` defaults to the
    public source rows; results beyond `limit` are counted in `total` but not loaded.
    """
    if lat is None or lon is None:
        if commune is None:
            raise ValueError("nearby() needs a commune or a latitude and longitude")
        lat, lon = commune.latitude, commune.longitude
    elif commune is None:
        commune = nearest_commune(lat, lon)
    base = filtered(
        Organisation.objects.listed() if queryset is None else queryset,
        kind=kind,
        services=services,
        themes=themes,
        networks=networks,
    )
    levels = _coverage_levels(commune)
    search = NearbySearch(latitude=lat, longitude=lon, commune=commune, radius_km=radius_km)
    ranked = _candidates(base, commune, lat, lon, radius_km, levels)
    steps = [step for step in RADIUS_STEPS if step > radius_km]
    while len(ranked) < minimum and steps:
        search.radius_km = steps.pop(0)
        search.widened = True
        ranked = _candidates(base, commune, lat, lon, search.radius_km, levels)
    if len(ranked) < minimum:
        search.whole_country = search.widened = True
        ranked += _nearest_anywhere(
            base, lat, lon, [row[3] for row in ranked], minimum - len(ranked)
        )
    ranked.sort()
    search.total = len(ranked)
    shown = ranked[:limit]
    objects = Organisation.objects.for_display().in_bulk([row[3] for row in shown])
    search.results = [
        Result(organisation=objects[pk], level=level, distance_km=distance)
        for level, distance, _name, pk in shown
    ]
    return search
