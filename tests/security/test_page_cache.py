"""Anonymous readers get cached pages; a change is visible on the next request."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.portal.factories import StandardPageFactory
from tests.resources.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 60


def test_second_anonymous_request_is_served_from_cache_without_queries(client, home, page_cache):
    assert client.get("/fr/")["X-Cache"] == "MISS"
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/")
    assert response["X-Cache"] == "HIT"
    assert len(queries) == 0
    assert "Coopérer sur les territoires" in response.content.decode()
    assert "Content-Security-Policy" in response


def test_publishing_shows_the_change_on_the_next_request(client, home, page_cache):
    client.get("/fr/")
    page = home["fr"]
    page.hero_title = "Un nouveau titre"
    page.save_revision().publish()
    response = client.get("/fr/")
    assert response["X-Cache"] == "MISS"
    assert "Un nouveau titre" in response.content.decode()


def test_a_draft_does_not_change_the_public_page(client, home, page_cache):
    client.get("/fr/")
    page = home["fr"]
    page.hero_title = "Brouillon"
    page.save_revision()
    html = client.get("/fr/").content.decode()
    assert "Brouillon" not in html
    assert "Coopérer sur les territoires" in html  # the published page, still served


def test_unpublishing_removes_the_page_at_once(client, home, page_cache):
    child = StandardPageFactory(parent=home["fr"], slug="a-propos", title="À propos")
    assert client.get("/fr/a-propos/").status_code == 200
    assert client.get("/fr/a-propos/")["X-Cache"] == "HIT"
    child.unpublish()
    assert client.get("/fr/a-propos/").status_code == 404


def test_a_new_page_appears_in_cached_listings(client, library, page_cache):
    assert client.get("/fr/ressources/")["X-Cache"] == "MISS"
    cached = client.get("/fr/ressources/")
    assert cached["X-Cache"] == "HIT"  # the listing is cached now
    assert "Nouveau guide" not in cached.content.decode()
    guide = GuidePageFactory(parent=library["fr"], slug="nouveau", title="Nouveau guide")
    guide.save_revision().publish()
    listing = client.get("/fr/ressources/")
    assert listing["X-Cache"] == "MISS"
    assert "Nouveau guide" in listing.content.decode()
    assert client.get("/fr/ressources/nouveau/").status_code == 200


def test_signed_in_users_never_get_cached_pages(client, home, page_cache):
    client.get("/fr/")
    client.get("/fr/")  # now cached for anonymous readers
    editor = get_user_model().objects.create_superuser("ed", "ed@example.org", "x" * 20)
    client.force_login(editor)
    response = client.get("/fr/")
    assert "X-Cache" not in response
    client.logout()


def test_query_strings_are_not_cached(client, home, page_cache):
    client.get("/fr/?page=2")
    assert "X-Cache" not in client.get("/fr/?page=2")


def test_responses_setting_a_cookie_are_not_stored(client, home, page_cache, rf):
    from django.http import HttpResponse

    from operations.page_cache import response_is_cacheable

    response = HttpResponse("form")
    response.set_cookie("csrftoken", "x")
    assert not response_is_cacheable(response)
    assert response_is_cacheable(HttpResponse("page"))
    private = HttpResponse("private")
    private["Cache-Control"] = "private"
    assert not response_is_cacheable(private)


def test_cache_is_off_by_default(client, home):
    client.get("/fr/")
    assert "X-Cache" not in client.get("/fr/")
