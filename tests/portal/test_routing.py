"""Routing in two queries (portal/routing.py) answers what Wagtail's routing answers."""

import pytest
from wagtail.models import PageViewRestriction

from tests.portal.factories import StandardPageFactory
from tests.resources.factories import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home):
    """/fr/a-propos/equipe/ and its English translation /en/about/team/."""
    about = StandardPageFactory(parent=home["fr"], slug="a-propos", title="À propos")
    team = StandardPageFactory(parent=about, slug="equipe", title="L'équipe")
    about_en = translate(about, title="About", slug="about")
    team_en = translate(team, title="The team", slug="team")
    return {"about": about, "team": team, "about_en": about_en, "team_en": team_en}


@pytest.mark.parametrize(
    ("url", "title", "parent"),
    [("/fr/a-propos/equipe/", "L'équipe", "À propos"), ("/en/about/team/", "The team", "About")],
)
def test_nested_pages_are_served_in_both_languages_with_their_breadcrumbs(
    client, tree, url, title, parent
):
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["page"].title == title
    breadcrumbs = response.content.decode().split('class="breadcrumbs')[1].split("</nav>")[0]
    assert parent in breadcrumbs


@pytest.mark.parametrize(
    "url", ["/fr/nulle-part/", "/fr/a-propos/nulle-part/", "/fr/a-propos/equipe/plus-loin/"]
)
def test_unknown_paths_answer_404(client, tree, url):
    assert client.get(url).status_code == 404


def test_an_unpublished_page_answers_404_and_its_live_children_are_still_served(client, tree):
    tree["about"].unpublish()
    assert client.get("/fr/a-propos/").status_code == 404
    assert client.get("/fr/a-propos/equipe/").status_code == 200  # as with Wagtail


def test_a_restriction_added_on_an_ancestor_applies_at_once(client, tree):
    assert client.get("/fr/a-propos/equipe/").status_code == 200  # the cache is warm
    restriction = PageViewRestriction.objects.create(
        page=tree["about"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/fr/a-propos/equipe/")
    assert response.status_code == 302
    assert "next=/fr/a-propos/equipe/" in response["Location"]
    restriction.delete()
    assert client.get("/fr/a-propos/equipe/").status_code == 200


def test_a_password_restriction_shows_the_password_form(client, tree):
    PageViewRestriction.objects.create(
        page=tree["team"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = client.get("/fr/a-propos/equipe/")
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert client.get("/fr/a-propos/").status_code == 200


def test_routable_sub_urls_are_served_by_their_page(client, library):  # noqa: F811
    assert client.get("/fr/ressources/comparer/").status_code == 200
    assert client.get("/en/resources/compare/").status_code == 200
    feed = client.get("/fr/ressources/feed/")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/rss+xml")
    assert client.get("/fr/ressources/comparer/plus-loin/").status_code == 404


def test_an_alias_is_served_like_its_source(client, tree, home):
    tree["team"].create_alias(parent=home["fr"], update_slug="equipe-alias")
    response = client.get("/fr/equipe-alias/")
    assert response.status_code == 200
    assert response.context["page"].title == "L'équipe"
