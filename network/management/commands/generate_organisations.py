"""manage.py generate_organisations N [--seed S] | --delete

Fictional organisations for benchmarks: spread over real communes (weighted by
population, so cities get more, as in reality), of every kind, with varied areas of
action (their commune, their département, their region, national, or none). Written with
bulk_create (20,000 in a few seconds); marked by an external_id and slug starting with
"bench-" so `--delete` removes exactly them. They have no revisions and are not in the
search index: they exist to measure the directory's queries, not to be edited.
"""

import random
import time
import uuid

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from wagtail.models import Locale

from network.models import Organisation, OrganisationKind
from territories.models import Commune

PREFIX = "bench-"
BATCH = 2000
KINDS = [
    (OrganisationKind.FABRIQUE, 3),
    (OrganisationKind.INCUBATOR, 20),
    (OrganisationKind.ACCELERATOR, 10),
    (OrganisationKind.PTCE, 15),
    (OrganisationKind.CRESS, 2),
    (OrganisationKind.DLA, 10),
    (OrganisationKind.NETWORK_HEAD, 5),
    (OrganisationKind.OTHER, 35),
]
NAMES = {
    OrganisationKind.FABRIQUE: "Fabrique fictive",
    OrganisationKind.INCUBATOR: "Incubateur fictif",
    OrganisationKind.ACCELERATOR: "Accélérateur fictif",
    OrganisationKind.PTCE: "PTCE fictif",
    OrganisationKind.CRESS: "Chambre fictive",
    OrganisationKind.DLA: "DLA fictif",
    OrganisationKind.NETWORK_HEAD: "Réseau fictif",
    OrganisationKind.OTHER: "Structure fictive",
}
# Area of action → weight: most structures work locally.
AREAS = [("none", 35), ("commune", 30), ("department", 25), ("region", 8), ("national", 2)]


class Command(BaseCommand):
    help = "Create N fictional organisations for benchmarks (or --delete them)."

    def add_arguments(self, parser):
        parser.add_argument("count", nargs="?", type=int, default=0)
        parser.add_argument("--delete", action="store_true", help="Remove every bench- entry.")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, count, delete, seed, **options):
        started = time.perf_counter()
        if delete:
            deleted = delete_generated()
            self.stdout.write(f"Deleted {deleted} generated organisations.")
            return
        if count <= 0:
            raise CommandError("Give a positive number of organisations, or --delete.")
        if not Commune.objects.exists():
            raise CommandError("Load the gazetteer first (manage.py load_gazetteer).")
        created = generate(count, seed=seed)
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Created {created} organisations in {elapsed:.1f} s.")


def delete_generated():
    generated = Organisation.objects.filter(external_id__startswith=PREFIX)
    with transaction.atomic():
        for field_name in (
            "services",
            "themes",
            "networks",
            "area_regions",
            "area_departments",
            "area_communes",
        ):
            through = Organisation._meta.get_field(field_name).remote_field.through
            through.objects.filter(organisation__in=generated).delete()
        # A raw delete: generated rows have no revisions, logs or translations to collect.
        return generated._raw_delete(generated.db)


def generate(count, seed=2026):
    rng = random.Random(seed)
    french = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    communes = list(
        Commune.objects.values_list(
            "insee", "name", "latitude", "longitude", "department_id", "region_id", "population"
        )
    )
    weights = [max(row[6], 50) for row in communes]  # villages still get a few
    kinds, kind_weights = zip(*KINDS, strict=True)
    areas, area_weights = zip(*AREAS, strict=True)
    through = {
        name: Organisation._meta.get_field(name).remote_field.through
        for name in ("area_communes", "area_departments", "area_regions")
    }
    run = uuid.uuid4().hex[:6]  # several runs never collide on slug or external_id
    created = 0
    with transaction.atomic():
        while created < count:
            size = min(BATCH, count - created)
            picks = rng.choices(communes, weights=weights, k=size)
            organisations, scopes = [], []
            for offset, (insee, name, lat, lon, department, region, _pop) in enumerate(picks):
                number = created + offset + 1
                kind = rng.choices(kinds, weights=kind_weights)[0]
                area = rng.choices(areas, weights=area_weights)[0]
                key = f"{PREFIX}{run}-{number}"
                organisations.append(
                    Organisation(
                        name=f"{NAMES[kind]} {name} {number}",
                        slug=key,
                        external_id=key,
                        kind=kind,
                        locale=french,
                        translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
                        commune_id=insee,
                        # Offices spread within a couple of kilometres of the centre.
                        latitude=round(lat + rng.uniform(-0.02, 0.02), 5),
                        longitude=round(lon + rng.uniform(-0.03, 0.03), 5),
                        national=area == "national",
                        description="<p>Structure fictive générée pour les mesures.</p>",
                        email=f"contact@{key}.example.org",
                        source="generate_organisations",
                        active=rng.random() > 0.03,
                        live=True,
                        has_unpublished_changes=False,
                    )
                )
                scopes.append((area, insee, department, region))
            Organisation.objects.bulk_create(organisations, batch_size=500)
            links = {"area_communes": [], "area_departments": [], "area_regions": []}
            for organisation, (area, insee, department, region) in zip(
                organisations, scopes, strict=True
            ):
                if area == "commune":
                    links["area_communes"].append(
                        through["area_communes"](organisation_id=organisation.pk, commune_id=insee)
                    )
                elif area == "department":
                    links["area_departments"].append(
                        through["area_departments"](
                            organisation_id=organisation.pk, department_id=department
                        )
                    )
                elif area == "region":
                    links["area_regions"].append(
                        through["area_regions"](organisation_id=organisation.pk, region_id=region)
                    )
            for name, rows in links.items():
                through[name].objects.bulk_create(rows, batch_size=1000)
            created += size
        analyze()
    return created


def analyze():
    """Fresh statistics after a bulk load: PostgreSQL plans the directory's queries from
    them (without, it takes the tables for nearly empty and runs the ranking's candidate
    union once per organisation), and autovacuum gathers them only later, or never inside
    a test's transaction. ANALYZE counts the transaction's own new rows; the whole database,
    as the locales and the gazetteer weigh in the estimates too."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
