"""Load the gazetteer shipped in territories/data into the database.

Rows are upserted by code, so a reload keeps the links other apps hold to communes; the
checksum of the files is stored so an unchanged gazetteer is skipped in milliseconds.
"""

import csv
import gzip
import hashlib
import io
from pathlib import Path

from django.core.cache import cache
from django.db import transaction

from .models import Commune, Department, GazetteerVersion, Postcode, Region
from .normalize import normalize_name
from .places import DEPARTMENT_NAMES_KEY

DATA_DIR = Path(__file__).resolve().parent / "data"
FILES = ("regions.csv", "departements.csv", "communes.csv.gz")
BATCH = 2000


def data_checksum():
    digest = hashlib.sha256()
    for name in FILES:
        digest.update((DATA_DIR / name).read_bytes())
    return digest.hexdigest()


def is_current():
    return GazetteerVersion.objects.filter(checksum=data_checksum()).exists()


def _rows(name):
    path = DATA_DIR / name
    raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    return csv.DictReader(io.StringIO(raw.decode("utf-8")))


def _upsert(model, objects, fields):
    model.objects.bulk_create(
        objects,
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=[model._meta.pk.name],
        update_fields=fields,
    )


def commune_from_row(row):
    return Commune(
        insee=row["insee"],
        name=row["name"],
        search_name=normalize_name(row["name"]),
        department_id=row["department"],
        region_id=row["region"],
        postcodes=row["postcodes"],
        latitude=float(row["lat"]),
        longitude=float(row["lon"]),
        population=int(row["population"]),
    )


def load(only_insee=None, force=False):
    """Load everything (or only the communes whose code is in `only_insee`, for tests).

    Returns the number of communes written, 0 when the data was already current.
    """
    if only_insee is None and not force and is_current():
        return 0
    return _load(only_insee)


@transaction.atomic
def _load(only_insee):
    checksum = data_checksum()

    _upsert(
        Region,
        [
            Region(
                code=r["code"], name=r["name"], latitude=float(r["lat"]), longitude=float(r["lon"])
            )
            for r in _rows("regions.csv")
        ],
        ["name", "latitude", "longitude"],
    )
    _upsert(
        Department,
        [
            Department(
                code=d["code"],
                name=d["name"],
                region_id=d["region"],
                latitude=float(d["lat"]),
                longitude=float(d["lon"]),
            )
            for d in _rows("departements.csv")
        ],
        ["name", "region", "latitude", "longitude"],
    )
    communes = [
        commune_from_row(row)
        for row in _rows("communes.csv.gz")
        if only_insee is None or row["insee"] in only_insee
    ]
    _upsert(
        Commune,
        communes,
        [
            "name",
            "search_name",
            "department",
            "region",
            "postcodes",
            "latitude",
            "longitude",
            "population",
        ],
    )
    stale_postcodes = Postcode.objects.all()
    if only_insee is not None:
        stale_postcodes = stale_postcodes.filter(commune_id__in=only_insee)
    stale_postcodes.delete()
    Postcode.objects.bulk_create(
        [Postcode(code=code, commune_id=c.insee) for c in communes for code in c.postcode_list],
        batch_size=BATCH,
    )
    cache.delete(DEPARTMENT_NAMES_KEY)
    if only_insee is None:
        GazetteerVersion.objects.all().delete()
        GazetteerVersion.objects.create(checksum=checksum)
    return len(communes)
