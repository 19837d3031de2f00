"""Where the directory has no structure ("zones blanches"), and which entries are stale.

A structure covers a commune when its area of action lists the commune, its département
or its region, or when it is national (the same rule as the nearby ranking). Only what
the public sees counts: published, active, French source rows.

A département counts as covered only by structures covering all of it (département,
region or national); structures that list some of its communes fill commune gaps only.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from territories.models import Commune, Department

from .models import Organisation


def _through(field_name):
    return Organisation._meta.get_field(field_name).remote_field.through


@dataclass
class Coverage:
    kind: str | None
    national: set = field(default_factory=set)  # ids of national structures
    by_region: dict = field(default_factory=dict)  # region code → structure ids
    by_department: dict = field(default_factory=dict)  # département code → structure ids
    structures: object = None  # the queryset of structures taken into account

    @property
    def structures_per_department(self):
        """{département code: number of distinct structures covering all of it}."""
        counts = {}
        for code, region in Department.objects.values_list("code", "region_id"):
            ids = self.national | self.by_region.get(region, set())
            counts[code] = len(ids | self.by_department.get(code, set()))
        return counts

    def uncovered_departments(self):
        if self.national:
            return Department.objects.none()
        return (
            Department.objects.exclude(code__in=list(self.by_department))
            .exclude(region_id__in=list(self.by_region))
            .select_related("region")
            .order_by("code")
        )

    def uncovered_communes(self, department=None):
        """Communes no structure covers, most populated first (a queryset: paginate it)."""
        if self.national:
            return Commune.objects.none()
        communes = Commune.objects.exclude(department_id__in=list(self.by_department)).exclude(
            region_id__in=list(self.by_region)
        )
        listed_communes = (
            _through("area_communes")
            .objects.filter(organisation__in=self.structures)
            .values("commune_id")
        )
        communes = communes.exclude(insee__in=listed_communes)
        if department:
            communes = communes.filter(department_id=department)
        return communes.select_related("department").order_by("-population", "name")


def coverage(kind=None, include_national=True):
    structures = Organisation.objects.listed()
    if kind:
        structures = structures.filter(kind=kind)
    result = Coverage(kind=kind, structures=structures)
    if include_national:
        result.national = set(structures.filter(national=True).values_list("pk", flat=True))
    for field_name, key, mapping in (
        ("area_regions", "region_id", result.by_region),
        ("area_departments", "department_id", result.by_department),
    ):
        grouped = defaultdict(set)
        rows = _through(field_name).objects.filter(organisation__in=structures)
        for organisation_id, code in rows.values_list("organisation_id", key):
            grouped[code].add(organisation_id)
        mapping.update(grouped)
    return result


def verification_cutoff(today=None):
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=settings.PORTAL_VERIFICATION_MAX_AGE_DAYS)


def stale_entries(cutoff=None):
    """Active entries (published or not) last verified before `cutoff`, or never; oldest
    first."""
    cutoff = cutoff or verification_cutoff()
    return (
        Organisation.objects.sources()
        .filter(active=True)
        .filter(Q(last_verified__isnull=True) | Q(last_verified__lt=cutoff))
        .select_related("commune")
        .order_by(F("last_verified").asc(nulls_first=True), "name", "pk")
    )
