"""What the search page records of readers' queries, and what the staff reports show
(issue 18, Low 4).

Every unique anonymous search wrote three rows (Wagtail's Query and QueryDailyHits, and
QueryStat), with no bound and no purge, and any text reached the staff's reports.
"""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search import stats
from search.models import QueryStat
from tests.search.factories import SearchablePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(HTTP_HOST="localhost")


@pytest.fixture
def pages(home):
    SearchablePageFactory(parent=home["fr"], slug="habitat", title="Habitat inclusif")


def search(client, query, **params):
    response = client.get("/fr/search/", {"q": query, **params})
    assert response.status_code == 200
    return response


def logged():
    return {row.query_string: (row.searches, row.fruitless) for row in QueryStat.objects.all()}


def test_queries_are_logged_as_their_words_only(client, pages):
    search(client, "  Habitat   INCLUSIF ")
    search(client, "Visit evil.example!")
    search(client, '=HYPERLINK("http://evil.example")')
    search(client, "l'habitat saint-étienne")
    assert logged() == {
        "habitat inclusif": (1, 0),
        "visit evil example": (1, 1),
        "hyperlink http evil example": (1, 1),
        "l'habitat saint-étienne": (1, 1),
    }


def test_long_queries_and_many_words_are_not_logged(client, pages):
    search(client, "habitat " + "x" * stats.MAX_LOGGED_LENGTH)
    search(client, " ".join(["habitat"] * (stats.MAX_LOGGED_WORDS + 1)))
    search(client, "¿?!")
    assert logged() == {}
    search(client, " ".join(["habitat"] * stats.MAX_LOGGED_WORDS))  # the control
    assert len(logged()) == 1


def test_a_search_that_finds_nothing_writes_one_row_and_no_promotion_query(client, pages):
    search(client, "zorglub")
    assert logged() == {"zorglub": (1, 1)}
    assert not Query.objects.exists() and not QueryDailyHits.objects.exists()
    search(client, "habitat")  # the control: Wagtail's popular queries count those found
    assert Query.get("habitat").hits == 1
    assert list(Query.objects.values_list("query_string", flat=True)) == ["habitat"]


def test_a_new_query_searched_again_is_one_update(client, pages):
    search(client, "zorglub")
    with CaptureQueriesContext(connection) as queries:
        stats.record("zorglub", "fr", found=False)
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert len(writes) == 1 and writes[0].lstrip().upper().startswith("UPDATE")
    assert logged() == {"zorglub": (2, 2)}


def test_new_queries_stop_being_logged_at_the_day_limit(client, pages, monkeypatch):
    monkeypatch.setattr(stats, "MAX_NEW_QUERIES_PER_DAY", 3)
    for n in range(5):
        search(client, f"zorglub{n}")
    assert set(logged()) == {"zorglub0", "zorglub1", "zorglub2"}
    search(client, "zorglub1")  # known queries are still counted
    assert logged()["zorglub1"] == (2, 2)


def test_the_purge_deletes_what_is_older_than_the_retention(client, pages, settings):
    search(client, "habitat")
    old = timezone.localdate() - timedelta(days=settings.SEARCH_QUERY_RETENTION_DAYS + 1)
    QueryStat.objects.create(query_string="ancien", language="fr", date=old, searches=4)
    QueryDailyHits.objects.create(query=Query.get("ancien"), date=old, hits=4)
    call_command("purge_search_queries")
    assert set(logged()) == {"habitat"}
    assert list(Query.objects.values_list("query_string", flat=True)) == ["habitat"]
    assert QueryDailyHits.objects.count() == 1
    assert settings.WAGTAILSEARCH_HITS_MAX_AGE == settings.SEARCH_QUERY_RETENTION_DAYS


@pytest.fixture
def reports(client, django_user_model):
    staff = Client()
    root = django_user_model.objects.create_superuser("root", "r@example.org", "x" * 20)
    staff.force_login(root)

    def read(name):
        response = staff.get(f"/admin/reports/searches/{name}/")
        assert response.status_code == 200
        return response.content.decode()

    return read


def test_the_reports_show_queries_that_found_something_or_were_repeated(client, pages, reports):
    search(client, "habitat")  # found something, once
    search(client, "visit evil.example")  # found nothing, once
    for _ in range(stats.REPORTED_AFTER_SEARCHES):
        search(client, "zorglub")  # found nothing, repeated
    popular, fruitless = reports("popular"), reports("fruitless")
    assert "habitat" in popular and "zorglub" in popular
    assert "zorglub" in fruitless and "habitat" not in fruitless
    assert "evil" not in popular and "evil" not in fruitless


def test_the_reports_escape_what_they_show(client, pages, reports):
    """Rows logged before queries were reduced to their words hold any text."""
    QueryStat.objects.create(
        query_string="<b>gras</b>", language="fr", date=timezone.localdate(), searches=5
    )
    popular = reports("popular")
    assert "&lt;b&gt;gras&lt;/b&gt;" in popular
    assert "<b>gras</b>" not in popular


def test_a_new_query_that_finds_nothing_is_cheap_and_still_helps(client, library):
    """The page of help's lists are the same for every such query: read once until the
    content changes. Before: 26 queries and three rows written per new query."""
    from tests.resources.factories import GuidePageFactory

    GuidePageFactory(parent=library["fr"], title="Guide récent")
    search(client, "zorglub0")
    with CaptureQueriesContext(connection) as queries:
        html = search(client, "zorglub1").content.decode()
    assert "Guide récent" in html
    inserts = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("INSERT")]
    assert len(inserts) == 1 and "portal_search_querystat" in inserts[0]
    assert len(queries) <= 14
    GuidePageFactory(parent=library["fr"], title="Guide nouveau").save_revision().publish()
    assert "Guide nouveau" in search(client, "zorglub2").content.decode()


def test_the_report_spreadsheet_quotes_formulas(client, pages, django_user_model):
    """Rows logged before queries were reduced to their words may start with "="."""
    today = timezone.localdate()
    QueryStat.objects.create(query_string="=1+1", language="fr", date=today, searches=5)
    QueryStat.objects.create(query_string="habitat", language="fr", date=today, searches=5)
    staff = Client()
    staff.force_login(django_user_model.objects.create_superuser("root", "r@x.org", "x" * 20))
    response = staff.get("/admin/reports/searches/popular/?export=csv")
    csv = b"".join(response.streaming_content).decode()
    assert "'=1+1" in csv and "\n=1+1" not in csv
    assert "habitat" in csv  # the control: plain queries as they are
