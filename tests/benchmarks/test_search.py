"""Search at scale: server time with facets, autocomplete time, full rebuild speed and memory.

Seeds BENCH_SEARCH_PAGES French pages (default 2,000; the target is 50,000) with
themes and audiences, and BENCH_SEARCH_ORGS organisations (default 2,000; target: 20,000)
with network's generator, then:

- rebuilds the whole index with `update_index` and prints objects/s and the process's
  peak resident memory (getrusage), and how much the rebuild added to it;
- requests the search page BENCH_SEARCH_REQUESTS times (default 100) over varied queries,
  half of them with facets selected, and the autocomplete endpoint as often, through
  Django's test client (server time: no network), and prints median and p95.

It prints figures and never asserts a time (`make bench`, pytest -s). To run at the
target scale (pages are inserted in bulk; the rebuild takes most of the time):

    BENCH_SEARCH_PAGES=50000 BENCH_SEARCH_ORGS=20000 .venv/bin/pytest -s \
        tests/benchmarks/test_search.py
    DATABASE_URL=postgres://… BENCH_SEARCH_PAGES=50000 … (PostgreSQL)
"""

import gc
import os
import random
import resource
import statistics
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Page

from network.management.commands.generate_organisations import generate
from portal.models import Audience, StandardPage, Theme
from territories import loader
from tests.network.factories import GAZETTEER_SAMPLE
from tests.search.corpus import PAGES as TEXTS

PAGES = int(os.environ.get("BENCH_SEARCH_PAGES", "2000"))
ORGANISATIONS = int(os.environ.get("BENCH_SEARCH_ORGS", "2000"))
REQUESTS = int(os.environ.get("BENCH_SEARCH_REQUESTS", "100"))
SEED_BATCH = 1000

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

# Committed data, as a site's: inside the test's transaction, PostgreSQL checks the
# visibility of every row against thousands of subtransactions (the seeding's savepoints),
# which made every search 30-60 % slower than on the same data committed.
pytestmark = [pytest.mark.django_db(transaction=True)]


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
        for start in range(0, PAGES, SEED_BATCH):
            pages = [
                _standard_page(home, n, texts[n % len(texts)], rng.choice(texts)[2])
                for n in range(start, min(start + SEED_BATCH, PAGES))
            ]
            _bulk_add_children(home, pages)
            _bulk_terms(StandardPage.themes.through, "theme_id", pages, themes, (0, 3))
            _bulk_terms(StandardPage.audiences.through, "audience_id", pages, audiences, (0,))
        loader.load(only_insee=GAZETTEER_SAMPLE)
        generate(ORGANISATIONS, seed=2026)


def _standard_page(home, n, text, other_body):
    title, summary, body = text
    published = timezone.now() - timedelta(days=n % 3650)
    return StandardPage(
        title=f"{title} {n}",
        draft_title=f"{title} {n}",
        slug=f"page-{n}",
        url_path=f"{home.url_path}page-{n}/",
        locale_id=home.locale_id,
        live=True,
        first_published_at=published,
        last_published_at=published,
        summary=summary,
        body=[("paragraph", f"<p>{body} {other_body}</p>")],
    )


def _bulk_add_children(parent, pages):
    """Add `pages` under `parent` without treebeard's per-page work: paths computed here,
    Page rows bulk-inserted, then the specific rows (Django cannot bulk_create across
    multi-table inheritance, so they go in with one executemany)."""
    parent.refresh_from_db()
    content_type = ContentType.objects.get_for_model(StandardPage)
    for offset, page in enumerate(pages, start=parent.numchild + 1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, offset)
        page.content_type = content_type
    created = Page.objects.bulk_create([Page(**_base_fields(page)) for page in pages])
    for page, base in zip(pages, created, strict=True):
        page.pk = page.page_ptr_id = base.pk
        page.id = base.pk
    fields = StandardPage._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(StandardPage._meta.db_table)
    rows = [
        [field.get_db_prep_save(field.pre_save(page, True), connection) for field in fields]
        for page in pages
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))


def _base_fields(page):
    return {
        field.attname: getattr(page, field.attname)
        for field in Page._meta.concrete_fields
        if not field.primary_key
    }


def _bulk_terms(through, column, pages, terms, offsets):
    through.objects.bulk_create(
        [
            through(**{"standardpage_id": page.pk, column: terms[(n + offset) % len(terms)].pk})
            for n, page in enumerate(pages)
            for offset in offsets
        ]
    )


def _percentiles(times):
    times = sorted(times)
    return statistics.median(times) * 1000, times[int(len(times) * 0.95) - 1] * 1000


def _timed(client, urls, unique=False):
    """(median ms, p95 ms, [(median ms, url)] of the three slowest URLs). `unique`: each
    URL is requested once, the three that warmed the caches not again."""
    for url in urls[:3]:
        client.get(url)  # warm caches
    times = []
    by_url = {}
    for n in range(REQUESTS):
        url = urls[3 + n] if unique else urls[n % len(urls)]
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
        times.append(elapsed)
        by_url.setdefault(url, []).append(elapsed * 1000)
        assert response.status_code == 200
    slowest = sorted(((statistics.median(t), url) for url, t in by_url.items()), reverse=True)
    return (*_percentiles(times), slowest[:3])


def test_search_benchmark(home, locales, capsys):
    _seed(home["fr"], locales)
    memory_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    rebuild = time.perf_counter() - started
    # The process's peak resident memory (KiB on Linux) after the rebuild, and how much
    # the rebuild raised it above the peak the seeding had reached.
    memory_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    indexed = PAGES + ORGANISATIONS
    if connection.vendor == "postgresql":
        # What autovacuum does within a minute of a bulk load: planner statistics (without
        # them PostgreSQL guesses and may scan whole tables) and the visibility map.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    # As config/wsgi.py does when a worker starts: what is loaded so far stays out of the
    # collector's full collections (here also the seeding's leftovers).
    gc.collect()
    gc.freeze()
    client = Client(HTTP_HOST="localhost")
    search_urls = []
    for n, query in enumerate(QUERIES * 2):
        url = f"/fr/search/?q={query}"
        if n % 2:
            url += f"&theme=theme-{n % 8}&audience=public-{n % 4}"
        search_urls.append(url)
    search_median, search_p95, search_slowest = _timed(client, search_urls)
    suggest_urls = [f"/api/search/suggest/?lang=fr&q={prefix}" for prefix in PREFIXES]
    suggest_median, suggest_p95, _slowest = _timed(client, suggest_urls)
    # A different query every time that finds nothing (what a flood of junk queries costs,
    # the logging of each included).
    nothing_urls = [f"/fr/search/?q=zqxv{n}wk+blorf{n}" for n in range(REQUESTS + 3)]
    nothing_median, nothing_p95, _slowest = _timed(client, nothing_urls, unique=True)

    with capsys.disabled():
        print(  # noqa: T201  (a benchmark prints its figures)
            f"\nsearch benchmark [{connection.vendor}] {PAGES} pages, "
            f"{ORGANISATIONS} organisations, {REQUESTS} requests each\n"
            f"  search page (facets): median {search_median:.1f} ms, p95 {search_p95:.1f} ms\n"
            f"    slowest (median): "
            + ", ".join(f"{url} {ms:.0f} ms" for ms, url in search_slowest)
            + "\n"
            f"  autocomplete:         median {suggest_median:.1f} ms, p95 {suggest_p95:.1f} ms\n"
            f"  nothing found (unique queries): median {nothing_median:.1f} ms, "
            f"p95 {nothing_p95:.1f} ms\n"
            f"  full rebuild: {rebuild:.1f} s, {indexed / rebuild:.0f} objects/s "
            f"(pages and organisations); peak memory {memory_peak / 1024:.0f} MiB, "
            f"+{(memory_peak - memory_before) / 1024:.0f} MiB during the rebuild"
        )
    gc.unfreeze()
