import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import query_ceilings
from tests.portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_home_renders_in_french_with_its_content(client, home):
    response = client.get("/fr/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Coopérer sur les territoires" in html


def test_home_renders_in_english_with_its_content(client, home):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Cooperating on the territories" in html


@pytest.mark.parametrize(
    ("accept", "target"), [("en-GB,en;q=0.9", "/en/"), ("fr-FR", "/fr/"), ("de", "/fr/")]
)
def test_root_redirects_by_browser_language(client, home, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/fr/", "/en/"])
def test_home_query_count_stays_under_its_ceiling_and_does_not_grow_with_content(
    client, home, url
):
    client.get(url)  # warm the menu and settings caches, as in production
    before = _count_queries(client, url)
    for index in range(30):
        StandardPageFactory(parent=home["fr"], slug=f"page-{index}")
    client.get(url)
    after = _count_queries(client, url)
    assert after <= before <= query_ceilings.HOME
