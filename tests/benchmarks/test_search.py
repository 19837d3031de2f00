"""Search at scale: server time with facets, autocomplete time, full rebuild speed and memory.

Seeds BENCH_SEARCH_PAGES French pages (default 2,000; the issue's figure is 50,000) with
themes and audiences, and BENCH_SEARCH_ORGS organisations (default 2,000; issue: 20,000)
with network's generator, then:

- rebuilds the whole index with `update_index` and prints pages/s and the peak of Python
  allocations during a second rebuild (tracemalloc);
- requests the search page BENCH_SEARCH_REQUESTS times (default 100) over varied queries,
  half of them with facets selected, and the autocomplete endpoint as often, through
  Django's test client (server time: no network), and prints median and p95.

It prints figures and never asserts a time (`make bench`, pytest -s). To run at the
issue's scale (allow about an hour on SQLite for the seeding):

    BENCH_SEARCH_PAGES=50000 BENCH_SEARCH_ORGS=20000 .venv/bin/pytest -s \
        tests/benchmarks/test_search.py
    DATABASE_URL=postgres://… BENCH_SEARCH_PAGES=50000 … (PostgreSQL)
"""

import os
import random
import statistics
import time
import tracemalloc

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings

from network.management.commands.generate_organisations import generate
from portal.models import Audience, StandardPage, Theme
from territories import loader
from tests.network.conftest import SAMPLE
from tests.search.corpus import PAGES as TEXTS

PAGES = int(os.environ.get("BENCH_SEARCH_PAGES", "2000"))
ORGANISATIONS = int(os.environ.get("BENCH_SEARCH_ORGS", "2000"))
REQUESTS = int(os.environ.get("BENCH_SEARCH_REQUESTS", "100"))

QUERIES = [
    "coopération",
    "cooperer filiere",
    "habitat inclusif",
    "mobilité solidaire",
    "économie circulaire",
    "l'habitat",
    "centres de santé",
    "Saint-Étienne",
    "société coopérative",
    "coperation",
    "zorglub",
]
PREFIXES = ["coo", "hab", "mobil", "saint", "econ", "fab", "sant", "tier"]

pytestmark = [pytest.mark.django_db]


def _no_auto_update():
    backends = {
        name: {**params, "AUTO_UPDATE": False}
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    return override_settings(WAGTAILSEARCH_BACKENDS=backends)


def _seed(home, locales):
    rng = random.Random(2026)
    french = locales["fr"]
    themes = [
        Theme.objects.create(name=f"Thème {n}", slug=f"theme-{n}", locale=french) for n in range(8)
    ]
    audiences = [
        Audience.objects.create(name=f"Public {n}", slug=f"public-{n}", locale=french)
        for n in range(4)
    ]
    texts = [french_text for french_text, _english in TEXTS.values()]
    with _no_auto_update():
        for n in range(PAGES):
            title, summary, body = texts[n % len(texts)]
            page = StandardPage(
                title=f"{title} {n}",
                slug=f"page-{n}",
                summary=summary,
                body=[("paragraph", f"<p>{body} {rng.choice(texts)[2]}</p>")],
            )
            home.add_child(instance=page)
            page.themes.set([themes[n % 8], themes[(n + 3) % 8]])
            page.audiences.set([audiences[n % 4]])
            page.save()
        loader.load(only_insee=SAMPLE)
        generate(ORGANISATIONS, seed=2026)


def _percentiles(times):
    times = sorted(times)
    return statistics.median(times) * 1000, times[int(len(times) * 0.95) - 1] * 1000


def _timed(client, urls):
    for url in urls[:3]:
        client.get(url)  # warm caches
    times = []
    for n in range(REQUESTS):
        started = time.perf_counter()
        response = client.get(urls[n % len(urls)])
        times.append(time.perf_counter() - started)
        assert response.status_code == 200
    return _percentiles(times)


def test_search_benchmark(home, locales, capsys):
    _seed(home["fr"], locales)
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    rebuild = time.perf_counter() - started
    indexed = PAGES + ORGANISATIONS
    tracemalloc.start()
    call_command("update_index", verbosity=0)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    client = Client(HTTP_HOST="localhost")
    search_urls = []
    for n, query in enumerate(QUERIES * 2):
        url = f"/fr/search/?q={query}"
        if n % 2:
            url += f"&theme=theme-{n % 8}&audience=public-{n % 4}"
        search_urls.append(url)
    search_median, search_p95 = _timed(client, search_urls)
    suggest_urls = [f"/api/search/suggest/?lang=fr&q={prefix}" for prefix in PREFIXES]
    suggest_median, suggest_p95 = _timed(client, suggest_urls)

    with capsys.disabled():
        print(  # noqa: T201  (a benchmark prints its figures)
            f"\nsearch benchmark [{connection.vendor}] {PAGES} pages, "
            f"{ORGANISATIONS} organisations, {REQUESTS} requests each\n"
            f"  search page (facets): median {search_median:.1f} ms, p95 {search_p95:.1f} ms\n"
            f"  autocomplete:         median {suggest_median:.1f} ms, p95 {suggest_p95:.1f} ms\n"
            f"  full rebuild: {rebuild:.1f} s, {indexed / rebuild:.0f} objects/s "
            f"(pages and organisations), peak Python allocations {peak / 2**20:.1f} MiB"
        )
