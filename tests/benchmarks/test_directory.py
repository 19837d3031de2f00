# ruff: noqa: T201 -- a benchmark reports its figures by printing them (make bench runs pytest -s).
"""Directory speed at scale: nearby search, directory page, autocomplete, CSV export.

Run with `make bench` (pytest -s). Scale: BENCH_ORGS organisations (default 20,000) over
the full gazetteer, on the database DATABASE_URL points to (SQLite by default; e.g.
DATABASE_URL=postgres://postgres@127.0.0.1:5432/test for PostgreSQL). Prints p95 times
and the export's peak memory; asserts correctness only, never wall-clock times.

Targets: nearby p95 ≤ 30 ms, directory page (50 results) p95 ≤ 80 ms,
autocomplete p95 ≤ 20 ms, CSV export of everything < 3 s with flat memory.
"""

import os
import random
import time
import tracemalloc

import pytest
from django.db import connection

from network import nearby
from network.management.commands.generate_organisations import generate
from network.models import Organisation
from territories import loader
from territories.models import Commune
from tests.network.factories import DirectoryPageFactory

SCALE = int(os.environ.get("BENCH_ORGS", "20000"))
ROUNDS = 200
PAGE_ROUNDS = 60
AUTOCOMPLETE_QUERIES = [
    "saint-etienne",
    "Saint-Étienne",
    "97110",
    "2A004",
    "lyon",
    "mars",
    "bord",
    "42000",
    "st den",
    "ajaccio",
    "mende",
    "75011",
    "pointe",
    "lille",
    "nant",
    "Rennes",
    "toul",
    "69",
    "ville",
    "aix",
]


def p95(samples):
    ordered = sorted(samples)
    return ordered[int(0.95 * (len(ordered) - 1))] * 1000


def timed(function, rounds):
    function()  # warm-up: caches, prepared plans
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return samples


@pytest.fixture
def big_directory(home, django_db_blocker):
    started = time.perf_counter()
    loader.load()
    generate(SCALE, seed=7)
    page = DirectoryPageFactory(parent=home["fr"])
    # Communes people search from: weighted by population, like the organisations.
    rng = random.Random(11)
    rows = list(Commune.objects.values_list("insee", "population"))
    picks = rng.choices(rows, weights=[max(p, 50) for _i, p in rows], k=ROUNDS)
    communes = list(
        Commune.objects.select_related("department", "region").filter(
            insee__in={insee for insee, _p in picks}
        )
    )
    print(
        f"\n[directory bench] {connection.vendor}: {SCALE} organisations, "
        f"{Commune.objects.count()} communes, set up in {time.perf_counter() - started:.1f} s"
    )
    return {"page": page, "communes": communes}


@pytest.mark.django_db
def test_directory_at_scale(client, big_directory):
    communes = big_directory["communes"]
    listed = Organisation.objects.listed().count()
    assert listed > SCALE * 0.9

    # 1. Nearby search (service call, ranking included).
    cycle = iter(communes * 2)
    sizes = []

    def search():
        result = nearby.nearby(next(cycle))
        sizes.append(len(result.results))

    samples = timed(search, min(ROUNDS, len(communes) * 2 - 1))
    assert min(sizes) >= nearby.DEFAULT_MINIMUM
    median = sorted(sizes)[len(sizes) // 2]
    print(f"  nearby p95: {p95(samples):.1f} ms (target ≤ 30), median results {median}")

    # 2. Directory page with up to 50 results, through the test client.
    url = big_directory["page"].url
    cycle_page = iter(communes * 2)

    def page():
        response = client.get(url, {"commune": next(cycle_page).insee})
        assert response.status_code == 200

    samples = timed(page, PAGE_ROUNDS)
    print(f"  directory page p95: {p95(samples):.1f} ms (target ≤ 80)")

    # 3. Place autocomplete.
    queries = iter(AUTOCOMPLETE_QUERIES * (ROUNDS // len(AUTOCOMPLETE_QUERIES) + 2))

    def autocomplete():
        response = client.get("/api/places/autocomplete/", {"q": next(queries)})
        assert response.status_code == 200

    samples = timed(autocomplete, ROUNDS)
    print(f"  autocomplete p95: {p95(samples):.1f} ms (target ≤ 20)")

    # 4. CSV export of every entry: time, then peak Python memory (traced separately,
    # since tracing slows the run), for everything and for about a fifth of it.
    def export(query=""):
        response = client.get(f"/api/directory/export.csv{query}")
        lines = 0
        for chunk in response.streaming_content:
            lines += chunk.count(b"\n")
        return lines

    started = time.perf_counter()
    lines = export()
    elapsed = time.perf_counter() - started
    assert lines >= listed + 1  # header + one line per entry (descriptions have no newline)
    peaks = {}
    for label, query in (("all", ""), ("incubators", "?kind=incubator")):
        tracemalloc.start()
        export(query)
        peaks[label] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    print(
        f"  CSV export of {listed} entries: {elapsed:.2f} s (target < 3), peak memory "
        f"{peaks['all']:.1f} MiB (incubators only: {peaks['incubators']:.1f} MiB)"
    )
