import datetime
import re

import pytest
import wagtail_factories

from tests import query_ceilings
from tests.portal.factories import AudienceFactory, ThemeFactory
from tests.query_ceilings import count_queries
from tests.resources.factories import (
    BestPracticePageFactory,
    CooperationFormPageFactory,
    GuidePageFactory,
    StudyPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(locales):
    return {
        "mobility": ThemeFactory(name="Mobilité", slug="mobilite"),
        "housing": ThemeFactory(name="Habitat", slug="habitat"),
        "elected": AudienceFactory(name="Élus", slug="elus"),
    }


@pytest.fixture
def catalogue(library, terms):
    """Six resources with known types, themes, audiences and years."""

    def make(factory, slug, themes=(), audiences=(), date=None, **kwargs):
        page = factory(
            parent=library["fr"],
            slug=slug,
            title=slug.capitalize(),
            publication_date=date,
            **kwargs,
        )
        page.themes.set([terms[t] for t in themes])
        page.audiences.set([terms[a] for a in audiences])
        page.save_revision().publish()
        return page

    return {
        "guide-a": make(
            GuidePageFactory, "guide-a", ["mobility"], ["elected"], datetime.date(2024, 1, 1)
        ),
        "guide-b": make(GuidePageFactory, "guide-b", ["housing"], [], datetime.date(2022, 1, 1)),
        "study-a": make(
            StudyPageFactory,
            "study-a",
            ["mobility", "housing"],
            ["elected"],
            datetime.date(2021, 1, 1),
        ),
        "practice-a": make(BestPracticePageFactory, "practice-a", ["housing"], []),
        "form-a": make(CooperationFormPageFactory, "form-a", ["mobility"], []),
        "form-b": make(CooperationFormPageFactory, "form-b", [], ["elected"]),
    }


def titles(response):
    html = response.content.decode()
    return sorted(re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html))


def option_count(response, param, value):
    listing = response.context["listing"]
    state = next(s for s in listing.facets if s.param == param)
    return next(o.count for o in state.options if o.value == value)


def test_library_without_filters_lists_every_live_resource(client, catalogue):
    response = client.get("/fr/ressources/")
    assert response.status_code == 200
    assert titles(response) == sorted(p.title for p in catalogue.values())
    assert option_count(response, "type", "guide") == 2
    assert option_count(response, "type", "cooperationform") == 2
    assert option_count(response, "theme", "mobilite") == 3
    assert option_count(response, "audience", "elus") == 3
    assert option_count(response, "year", "2024") == 1
    assert '<meta name="robots" content="noindex">' not in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=guide", ["Guide-a", "Guide-b"]),
        ("type=study&type=bestpractice", ["Practice-a", "Study-a"]),
        ("theme=mobilite", ["Form-a", "Guide-a", "Study-a"]),
        (
            "theme=mobilite&theme=habitat",
            ["Form-a", "Guide-a", "Guide-b", "Practice-a", "Study-a"],
        ),
        ("audience=elus", ["Form-b", "Guide-a", "Study-a"]),
        ("year=2022", ["Guide-b"]),
        ("theme=habitat&type=guide", ["Guide-b"]),
        ("theme=mobilite&audience=elus&type=study", ["Study-a"]),
        ("theme=habitat&year=2024", []),
    ],
)
def test_filters_alone_and_combined_return_exactly_the_matching_pages(
    client, catalogue, query, expected
):
    response = client.get(f"/fr/ressources/?{query}")
    assert response.status_code == 200
    assert titles(response) == expected
    assert response.context["listing"].total == len(expected)
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_counts_show_what_each_value_would_give_with_the_other_filters(client, catalogue):
    response = client.get("/fr/ressources/?theme=mobilite")
    # Type counts are restricted by the theme; theme counts ignore the theme filter itself.
    assert option_count(response, "type", "guide") == 1
    assert option_count(response, "type", "cooperationform") == 1
    assert option_count(response, "type", "bestpractice") == 0
    assert option_count(response, "theme", "habitat") == 3
    assert option_count(response, "audience", "elus") == 2


def test_empty_result_says_so_and_offers_a_way_back(client, catalogue):
    html = client.get("/fr/ressources/?theme=habitat&year=2024").content.decode()
    assert "0 résultat" in html or "0 result" in html
    assert 'href="/fr/ressources/"' in html


@pytest.mark.parametrize(
    "query",
    [
        "type=nope",
        "theme=%3Cscript%3E",
        "year=abcd",
        "year=1900",
        "page=abc",
        "page=999",
        "page=-1",
        "theme=",
        "audience=elus&audience=inconnu",
        "type=guide&type=guide",
        "unknown=1",
    ],
)
def test_unknown_or_malformed_values_are_ignored_never_a_server_error(client, catalogue, query):
    response = client.get(f"/fr/ressources/?{query}")
    assert response.status_code == 200
    listing = response.context["listing"]
    assert listing.total in (6, 3, 2)  # all, or the valid part of the selection


def test_unknown_value_is_reported_and_dropped(client, catalogue):
    response = client.get("/fr/ressources/?audience=elus&audience=inconnu")
    listing = response.context["listing"]
    assert listing.query["audience"] == ["elus"]
    assert listing.total == 3
    assert any("inconnu" in str(notice) for notice in listing.notices)
    assert "inconnu" in response.content.decode()


def test_drafts_and_unpublished_pages_are_not_listed(client, catalogue, library):
    GuidePageFactory(parent=library["fr"], slug="draft", title="Brouillon", live=False)
    catalogue["guide-b"].unpublish()
    response = client.get("/fr/ressources/")
    assert "Brouillon" not in titles(response)
    assert "Guide-b" not in titles(response)
    assert option_count(response, "type", "guide") == 1


def test_english_library_lists_translations_and_filters_by_the_same_slugs(
    client, catalogue, library
):
    translate(catalogue["guide-a"], title="Guide A in English")
    translate(catalogue["study-a"], title="Study A in English")
    response = client.get("/en/resources/?theme=mobilite")
    assert titles(response) == ["Guide A in English", "Study A in English"]
    response = client.get("/en/resources/")
    assert titles(response) == ["Guide A in English", "Study A in English"]


def test_pagination_is_stable_and_keeps_the_filters(client, library, terms):
    for index in range(30):
        page = GuidePageFactory(parent=library["fr"], slug=f"g-{index}", title=f"G{index:02}")
        page.themes.set([terms["mobility"]])
        page.save_revision().publish()
    seen = []
    for number in (1, 2, 3):
        response = client.get(f"/fr/ressources/?theme=mobilite&page={number}")
        seen += titles(response)
        assert response.context["listing"].page.number == number
    assert sorted(seen) == sorted(f"G{index:02}" for index in range(30))
    assert len(set(seen)) == 30
    html = client.get("/fr/ressources/?theme=mobilite").content.decode()
    assert 'href="/fr/ressources/?theme=mobilite&amp;page=2"' in html


@pytest.mark.parametrize("query", ["", "?theme=mobilite&type=guide"])
def test_library_query_count_stays_under_the_ceiling_whatever_its_size(
    client, library, terms, query
):
    image = wagtail_factories.ImageFactory()

    def add(count):
        for _ in range(count):
            page = GuidePageFactory(parent=library["fr"], listing_image=image)
            page.themes.set([terms["mobility"]])
            page.audiences.set([terms["elected"]])
            page.save_revision().publish()

    url = f"/fr/ressources/{query}"
    add(10)
    client.get(url)
    small, small_after_a_change = (
        count_queries(client, url),
        count_queries(client, url, after_a_change=True),
    )
    add(90)
    client.get(url)
    large, large_after_a_change = (
        count_queries(client, url),
        count_queries(client, url, after_a_change=True),
    )
    # Facet counts, totals and the ids of each page of results are cached until the
    # content changes (portal/content_cache.py), then computed again in a fixed number
    # of queries.
    assert large <= small <= query_ceilings.LISTING
    assert large_after_a_change <= small_after_a_change <= query_ceilings.LISTING


@pytest.mark.parametrize("value", ["abc", "-1", "1.5"])
def test_malformed_page_number_shows_the_first_page_with_a_notice(client, catalogue, value):
    response = client.get(f"/fr/ressources/?page={value}")
    listing = response.context["listing"]
    assert listing.page.number == 1
    assert any(value in str(notice) for notice in listing.notices)


def test_page_number_beyond_the_end_shows_the_last_page(client, catalogue):
    response = client.get("/fr/ressources/?page=999")
    assert response.context["listing"].page.number == 1  # six results: one page
