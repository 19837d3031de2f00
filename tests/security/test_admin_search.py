"""Searching the admin's snippet listings never fails, whatever the role and the database
(issue 17).

Every snippet listing (organisations, networks, services, themes, audiences, territory
types) is searched with ?q= by each role: those who may open it find the matching rows,
the others are turned away as usual, nobody gets a server error (the test client raises
the view's exception if there is one).
"""

import pytest
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from tests.network.factories import NetworkFactory, ServiceFactory
from tests.portal.factories import ThemeFactory

pytestmark = pytest.mark.django_db

ROLES = ["superuser", "editor", "translator", "moderator", "directory_manager", "member_a"]
QUERIES = ["structure", "Mobilité", "fabriq", "zorglub", "'\" OR 1=1 --"]
ORGANISATIONS = "/admin/snippets/network/organisation/"


def listing_urls():
    return {
        model._meta.label: reverse(model.snippet_viewset.get_url_name("list"))
        for model in get_snippet_models()
    }


@pytest.fixture
def terms(organisations):
    ThemeFactory(name="Mobilité solidaire", slug="mobilite-solidaire")
    NetworkFactory(name="Réseau des Fabriques", slug="fabriques")
    ServiceFactory(name="Diagnostic de territoire", slug="diagnostic")


@pytest.mark.parametrize("role", ROLES)
def test_every_snippet_listing_can_be_searched_by_every_role(client_for, terms, role):
    client = client_for(role)
    for query in QUERIES:
        for label, url in listing_urls().items():
            for ajax in ({}, {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}):
                response = client.get(url, {"q": query}, **ajax)
                assert response.status_code in (200, 302, 403), (label, query)


@pytest.mark.parametrize(
    ("url", "query", "found"),
    [
        ("/admin/snippets/portal/theme/", "mobilit", "Mobilité solidaire"),
        ("/admin/snippets/network/network/", "fabriq", "Réseau des Fabriques"),
        ("/admin/snippets/network/service/", "diagnostic", "Diagnostic de territoire"),
        (ORGANISATIONS, "structure b", "Structure B"),
    ],
)
def test_a_search_finds_what_it_names(client_for, terms, url, query, found):
    html = client_for("superuser").get(url, {"q": query}).content.decode()
    assert found in html


def test_a_search_combines_with_the_listing_filters(client_for, terms, organisations):
    client = client_for("directory_manager")
    html = client.get(ORGANISATIONS, {"q": "structure", "national": "false"}).content.decode()
    assert "Structure A" in html and "Structure B" in html
    html = client.get(ORGANISATIONS, {"q": "structure", "national": "true"}).content.decode()
    assert "Structure A" not in html


def test_a_network_member_searching_finds_only_their_own_organisation(client_for, terms):
    html = client_for("member_a").get(ORGANISATIONS, {"q": "structure"}).content.decode()
    assert "Structure A" in html
    assert "Structure B" not in html and "Brouillon C" not in html
