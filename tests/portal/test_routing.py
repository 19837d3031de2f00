"""Pages are routed by Wagtail (`wagtail.urls`); routable sub-URLs answer in each language
under their own spelling only (portal/routes.py)."""

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls.resolvers import RoutePattern
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import PageViewRestriction

from portal.content_cache import invalidate_content
from tests import query_ceilings
from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.portal.factories import StandardPageFactory
from tests.resources.factories import (
    CooperationFormPageFactory,
    ResourceIndexPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home):
    """/fr/a-propos/equipe/ and its English translation /en/about/team/."""
    about = StandardPageFactory(parent=home["fr"], slug="a-propos", title="À propos")
    team = StandardPageFactory(parent=about, slug="equipe", title="L'équipe")
    about_en = translate(about, title="About", slug="about")
    team_en = translate(team, title="The team", slug="team")
    return {"about": about, "team": team, "about_en": about_en, "team_en": team_en}


@pytest.fixture
def library(home):
    """/fr/ressources/ and /en/resources/, with one cooperation form in each language."""
    french = ResourceIndexPageFactory(parent=home["fr"])
    english = translate(french, title="Resources", slug="resources")
    form = CooperationFormPageFactory(parent=french, slug="ptce", title="PTCE")
    translate(form, title="Territorial cluster", slug="territorial-cluster")
    return {"fr": french, "en": english}


@pytest.fixture
def case_index(home):
    """/fr/retours-d-experience/ and /en/case-studies/."""
    french = CaseStudyIndexPageFactory(parent=home["fr"])
    english = translate(french, title="Case studies", slug="case-studies")
    return {"fr": french, "en": english}


# Wagtail's routing


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
    assert client.get("/fr/a-propos/equipe/").status_code == 200
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


def test_a_restriction_applies_to_the_routable_sub_urls_too(client, library):
    PageViewRestriction.objects.create(
        page=library["fr"], restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get("/fr/ressources/comparer/").status_code == 302
    # The restriction was mirrored on the translation (portal/restrictions.py).
    assert client.get("/en/resources/compare/").status_code == 302


def test_an_alias_is_served_like_its_source(client, tree, home):
    tree["team"].create_alias(parent=home["fr"], update_slug="equipe-alias")
    response = client.get("/fr/equipe-alias/")
    assert response.status_code == 200
    assert response.context["page"].title == "L'équipe"


# Routable sub-URLs in each language


@pytest.mark.parametrize(
    ("own", "other"),
    [
        ("/fr/ressources/comparer/", "/fr/ressources/compare/"),
        ("/en/resources/compare/", "/en/resources/comparer/"),
        ("/fr/ressources/flux/", "/fr/ressources/feed/"),
        ("/en/resources/feed/", "/en/resources/flux/"),
        ("/fr/ressources/flux/atom/", "/fr/ressources/feed/atom/"),
        ("/en/resources/feed/atom/", "/en/resources/flux/atom/"),
        ("/fr/retours-d-experience/carte/", "/fr/retours-d-experience/map/"),
        ("/en/case-studies/map/", "/en/case-studies/carte/"),
        ("/fr/retours-d-experience/flux/", "/fr/retours-d-experience/feed/"),
        ("/en/case-studies/feed/", "/en/case-studies/flux/"),
    ],
)
def test_each_language_answers_its_own_spelling_and_redirects_the_other(
    client, library, case_index, own, other
):
    assert client.get(own).status_code == 200
    response = client.get(other, {"departement": "29"})
    assert response.status_code == 301
    assert response["Location"] == f"{own}?departement=29"


def test_feeds_answer_in_their_format(client, library):
    assert client.get("/fr/ressources/flux/")["Content-Type"].startswith("application/rss+xml")
    atom = client.get("/en/resources/feed/atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert client.get("/fr/ressources/comparer/plus-loin/").status_code == 404


@pytest.mark.parametrize(
    ("url", "links"),
    [
        (
            "/fr/ressources/",
            ["/fr/ressources/comparer/", "/fr/ressources/flux/", "/fr/ressources/flux/atom/"],
        ),
        (
            "/en/resources/",
            ["/en/resources/compare/", "/en/resources/feed/", "/en/resources/feed/atom/"],
        ),
        ("/fr/ressources/ptce/", ["/fr/ressources/comparer/"]),
        ("/en/resources/territorial-cluster/", ["/en/resources/compare/"]),
        ("/fr/retours-d-experience/", ["/fr/retours-d-experience/carte/"]),
        ("/en/case-studies/", ["/en/case-studies/map/"]),
    ],
)
def test_pages_link_to_their_sub_urls_in_their_language(client, library, case_index, url, links):
    html = client.get(url).content.decode()
    for link in links:
        assert f'href="{link}"' in html, link


@pytest.mark.parametrize(
    ("url", "language", "target"),
    [
        ("/fr/ressources/comparer/", "en", "/en/resources/compare/"),
        ("/en/resources/compare/", "fr", "/fr/ressources/comparer/"),
        ("/fr/retours-d-experience/carte/", "en", "/en/case-studies/map/"),
        ("/en/case-studies/map/", "fr", "/fr/retours-d-experience/carte/"),
        ("/fr/ressources/", "en", "/en/resources/"),
    ],
)
def test_the_switcher_hreflang_and_canonical_follow_the_sub_url(
    client, library, case_index, url, language, target
):
    html = client.get(url).content.decode()
    assert f'<a href="{target}" lang="{language}"' in html
    assert f'<link rel="alternate" hreflang="{language}" href="http://testserver{target}">' in html
    assert f'<link rel="alternate" hreflang="{url[1:3]}" href="http://testserver{url}">' in html
    assert f'<link rel="canonical" href="http://testserver{url}">' in html


@pytest.mark.parametrize(
    "url",
    [
        "/fr/ressources/comparer/",
        "/en/resources/compare/",
        "/fr/retours-d-experience/carte/",
        "/en/case-studies/map/",
        "/fr/ressources/flux/",
        "/en/case-studies/feed/atom/",
    ],
)
def test_sub_urls_stay_under_the_listing_ceiling_whatever_the_content(
    client, library, case_index, url
):
    def add(count):
        for _ in range(count):
            translate(CooperationFormPageFactory(parent=library["fr"]))
            translate(CaseStudyPageFactory(parent=case_index["fr"]))

    def queries(after_a_change):
        client.get(url)  # warm the caches, as in production
        if after_a_change:
            invalidate_content()  # what any publication does
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    add(2)
    small = [queries(after_a_change) for after_a_change in (False, True)]
    add(4)
    large = [queries(after_a_change) for after_a_change in (False, True)]
    for before, after in zip(small, large, strict=True):
        assert after <= before <= query_ceilings.LISTING, (small, large)


def _routable_models():
    return [model for model in apps.get_models() if issubclass(model, RoutablePageMixin)]


def test_every_routable_page_spells_its_routes_in_each_language_and_redirects_the_others():
    """A route of words (not an empty path or a slug) is translated, and the other
    languages' spellings lead to a redirect: a new route that forgets either fails."""
    checked = []
    for model in _routable_models():
        page = model()
        for pattern in model.get_subpage_urls():
            is_words = isinstance(pattern.pattern, RoutePattern) and not pattern.pattern.converters
            if not is_words or not str(pattern.pattern) or pattern.name.endswith("_spellings"):
                continue
            spellings = {}
            for code in ("fr", "en"):
                with translation.override(code):
                    spellings[code] = page.reverse_subpage(pattern.name)
            assert spellings["fr"] != spellings["en"], (model, pattern.name)
            for code, other in (("fr", "en"), ("en", "fr")):
                with translation.override(code):
                    assert page.resolve_subpage(f"/{spellings[code]}").url_name == pattern.name
                    redirect = page.resolve_subpage(f"/{spellings[other]}").url_name
                    assert redirect == f"{pattern.name}_other_spellings", (model, pattern.name)
            checked.append((model.__name__, pattern.name))
    assert {("ResourceIndexPage", "compare"), ("CaseStudyIndexPage", "map")} <= set(checked)
    assert ("CaseStudyIndexPage", "feed_atom") in checked
