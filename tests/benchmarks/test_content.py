"""Server time, SQL queries and HTML size of the content pages and listings, at scale.

Seeds BENCH_PAGES pages (default 5,000) across the resource types and case studies, then
requests each page type and each listing (with and without filters) at least
BENCH_REQUESTS times (default 100) through Django's test client, and prints the median and
95th percentile time, the median CPU time of the process (less sensitive than the clock to
other jobs on a shared machine), the number of SQL queries and the HTML size, caches
warm; then the
95th percentile of requests made each right after a publication, when what is derived
from the content (related content, counts…) is computed again. It prints figures and
never asserts a time: `make bench` (pytest -s).

Targets on the reference machine with SQLite at 5,000 pages: detail p95 ≤ 40 ms,
listings p95 ≤ 60 ms, queries constant in the scale, HTML under 60 KB.
"""

import datetime
import os
import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from portal.content_cache import invalidate_content
from portal.models import Audience, Theme
from resources.models import (
    BestPracticePage,
    CooperationFormPage,
    GuidePage,
    ResourceIndexPage,
    ResourcePage,
    StudyPage,
)
from territories.models import Commune, Department, Region

PAGES = int(os.environ.get("BENCH_PAGES", "5000"))
REQUESTS = max(100, int(os.environ.get("BENCH_REQUESTS", "100")))
AFTER_A_CHANGE = 20

# Share of each type in the seeded pages.
MIX = [
    (GuidePage, 0.10),
    (BestPracticePage, 0.10),
    (StudyPage, 0.10),
    (CooperationFormPage, 0.05),
    (CaseStudyPage, 0.65),
]

pytestmark = [pytest.mark.django_db]

BODY = [
    ("heading", {"text": "Le problème", "level": "h2"}),
    ("paragraph", "<p>" + "Un paragraphe de texte courant. " * 30 + "</p><h3>Les leviers</h3>"),
    ("callout", {"kind": "tip", "title": "", "text": "<p>Un conseil.</p>"}),
    ("heading", {"text": "La démarche", "level": "h2"}),
    ("paragraph", "<p>" + "Une explication détaillée. " * 40 + "</p>"),
    (
        "questions",
        {
            "title": "Questions",
            "questions": [
                {"question": f"Question {n} ?", "answer": "<p>Une réponse.</p>"} for n in range(5)
            ],
        },
    ),
]


def _places():
    regions = [
        Region.objects.get_or_create(
            code=code, defaults={"name": name, "latitude": 46, "longitude": 2}
        )[0]
        for code, name in [
            ("53", "Bretagne"),
            ("84", "Auvergne-Rhône-Alpes"),
            ("94", "Corse"),
            ("04", "La Réunion"),
        ]
    ]
    communes = []
    for index, region in enumerate(regions):
        code = ["29", "69", "2A", "974"][index]
        department, _ = Department.objects.get_or_create(
            code=code,
            defaults={
                "name": f"Département {code}",
                "region": region,
                "latitude": 46,
                "longitude": 2,
            },
        )
        insee = f"{code}{index:03d}"[:5]
        communes.append(
            Commune.objects.get_or_create(
                insee=insee,
                defaults={
                    "name": f"Commune {insee}",
                    "search_name": insee,
                    "department": department,
                    "region": region,
                    "postcodes": "00000",
                    "latitude": 46,
                    "longitude": 2,
                },
            )[0]
        )
    return communes


def _seed(home, locales):
    french = locales["fr"]
    themes = [
        Theme.objects.create(name=f"Thème {n}", slug=f"theme-{n}", locale=french) for n in range(8)
    ]
    audiences = [
        Audience.objects.create(name=f"Public {n}", slug=f"public-{n}", locale=french)
        for n in range(4)
    ]
    library = home.add_child(instance=ResourceIndexPage(title="Ressources", slug="ressources"))
    cases = home.add_child(instance=CaseStudyIndexPage(title="Retours", slug="retours"))
    communes = _places()
    forms = []
    theme_links = {ResourcePage: [], CaseStudyPage: []}
    audience_links = {ResourcePage: [], CaseStudyPage: []}
    form_links = []
    published = timezone.now()
    for model, share in MIX:
        for n in range(max(1, int(PAGES * share))):
            fields = {
                "title": f"{model._meta.verbose_name} {n}",
                "slug": f"{model._meta.model_name}-{n}",
                "first_published_at": published - datetime.timedelta(hours=n),
                "summary": "Un résumé de deux ou trois phrases pour les cartes. " * 2,
            }
            if model is CaseStudyPage:
                commune = communes[n % len(communes)]
                page = CaseStudyPage(
                    **fields,
                    commune=commune,
                    region_id=commune.region_id,
                    start_year=2018 + n % 8,
                    need="<p>Le besoin.</p>",
                    approach="<p>La démarche.</p>",
                    body=BODY,
                )
                cases.add_child(instance=page)
                if forms:
                    form_links.append((page.pk, forms[n % len(forms)].pk))
                owner = CaseStudyPage
            else:
                extra = {
                    GuidePage: {"body": BODY},
                    BestPracticePage: {
                        "number": 1 + n % 6,
                        "context": "<p>Contexte.</p>",
                        "body": BODY,
                    },
                    StudyPage: {
                        "authors": "Avise",
                        "methodology": "<p>Méthode.</p>",
                        "body": BODY,
                    },
                    CooperationFormPage: {
                        "acronym": f"F{n}",
                        "definition": "<p>Déf.</p>",
                        "spectrum_position": 1 + n % 5,
                        "body": BODY,
                    },
                }[model]
                page = model(
                    **fields, **extra, publication_date=datetime.date(2015 + n % 10, 1, 1)
                )
                library.add_child(instance=page)
                if model is CooperationFormPage and len(forms) < 6:
                    forms.append(page)
                owner = ResourcePage
            theme_links[owner] += [(page.pk, themes[n % 8].pk), (page.pk, themes[(n + 3) % 8].pk)]
            audience_links[owner].append((page.pk, audiences[n % 4].pk))
    for owner, links in theme_links.items():
        _bulk_links(owner, "themes", links)
    for owner, links in audience_links.items():
        _bulk_links(owner, "audiences", links)
    _bulk_links(CaseStudyPage, "cooperation_forms", form_links)
    return library, cases


def _bulk_links(model, field_name, pairs):
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    through.objects.bulk_create(
        [through(**{f"{source}_id": a, f"{target}_id": b}) for a, b in pairs], batch_size=500
    )


def _p95(times):
    times = sorted(times)
    return times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]


def _measure(client, urls):
    """(median ms, p95 ms, median CPU ms, queries, bytes) over REQUESTS requests cycling
    through urls, caches warm, then the p95 of AFTER_A_CHANGE requests each right after a
    publication (answers derived from the content computed again, portal/content_cache.py)."""
    for url in urls:
        client.get(url)  # warm caches, as every page is once read after a publication
    times, cpu_times, queries, sizes = [], [], set(), []
    for index in range(REQUESTS):
        url = urls[index % len(urls)]
        with CaptureQueriesContext(connection) as captured:
            start, cpu_start = time.perf_counter(), time.process_time()
            response = client.get(url)
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        assert response.status_code == 200, url
        times.append(elapsed * 1000)
        cpu_times.append(cpu * 1000)
        queries.add(len(captured))
        sizes.append(len(response.content))
    after_a_change = []
    for index in range(AFTER_A_CHANGE):
        invalidate_content()
        start = time.perf_counter()
        client.get(urls[index % len(urls)])
        after_a_change.append((time.perf_counter() - start) * 1000)
    return (
        statistics.median(times),
        _p95(times),
        statistics.median(cpu_times),
        sorted(queries),
        max(sizes),
        _p95(after_a_change),
    )


def test_content_benchmark(client, home, locales):
    start = time.perf_counter()
    library, cases = _seed(home["fr"], locales)
    seeded = time.perf_counter() - start
    total = Page.objects.live().count()

    def french_route(page, name):
        with translation.override("fr"):
            return page.url + page.reverse_subpage(name)

    def urls_of(model, count=50):
        return [page.url for page in model.objects.live().order_by("?")[:count]]

    rows = [
        ("guide", urls_of(GuidePage)),
        ("best practice", urls_of(BestPracticePage)),
        ("study", urls_of(StudyPage)),
        ("cooperation form", urls_of(CooperationFormPage)),
        ("case study", urls_of(CaseStudyPage)),
        ("library", [library.url]),
        ("library, page 5", [library.url + "?page=5"]),
        ("library, type+theme", [library.url + "?type=guide&theme=theme-1"]),
        ("library, 3 filters", [library.url + "?type=study&theme=theme-2&audience=public-1"]),
        ("case studies", [cases.url]),
        ("case studies, region+year", [cases.url + "?region=53&year=2021"]),
        (
            "case studies, 4 filters",
            [cases.url + "?region=84&year=2019&theme=theme-1&form=cooperationformpage-0"],
        ),
        ("compare forms", [french_route(library, "compare")]),
        ("case-study map", [french_route(cases, "map")]),
        ("case-study feed", [french_route(cases, "feed_rss")]),
    ]
    lines = [
        f"\nContent benchmark: {total} live pages ({PAGES} seeded in {seeded:.0f} s), "
        f"{REQUESTS} requests per row, database {connection.vendor}",
        f"{'':28} {'median ms':>10} {'p95 ms':>8} {'CPU ms':>7} {'queries':>9} {'HTML KB':>8} "
        f"{'p95 ms after a publication':>27}",
    ]
    for label, urls in rows:
        median, p95, cpu, queries, size, p95_after_a_change = _measure(client, urls)
        lines.append(
            f"{label:28} {median:10.1f} {p95:8.1f} {cpu:7.1f} "
            f"{'/'.join(map(str, queries)):>9} {size / 1024:8.1f} {p95_after_a_change:27.1f}"
        )
    print("\n".join(lines))  # noqa: T201  (a benchmark prints its figures)
