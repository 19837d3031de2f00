"""Whatever a reader (or a robot) sends, the search page and its API never fail."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .factories import SearchablePageFactory

BAD_QUERIES = [
    "",
    "a",
    "é",
    "x" * 1000,
    "coopération " * 100,
    '"',
    '"coopération',
    "'",
    "l'",
    "(",
    ")",
    "((habitat)",
    "*",
    "coop*",
    "-",
    "-habitat",
    "NEAR(",
    "NEAR(habitat coop, 2)",
    "AND OR NOT",
    "habitat AND NOT",
    "^",
    ":",
    "title:habitat",
    "{title}: x",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "\x00",
    "habitat\x00mobilité",
    "\\",
    "%",
    "_",
    "<script>alert(1)</script>",
    "😀 coopération",
    "\u202e\u200b",
    "   ",
]

BAD_PARAMS = [
    {"page": "abc"},
    {"page": "0"},
    {"page": "-1"},
    {"page": "99999999"},
    {"page": "1e9"},
    {"page": "\x00"},
    {"sort": "price"},
    {"sort": ""},
    {"theme": "n'existe-pas"},
    {"theme": "\x00"},
    {"theme": "x" * 500},
    {"type": "auth.user"},
    {"type": "wagtailcore.page"},
    {"region": "99"},
    {"year": "deux mille"},
    {"audience": ["elus", "agents", "nobody"]},
    {"unknown": "1"},
]


@pytest.fixture
def client(home, terms):
    """A few pages with themes: enough for facets, cheap enough for 1,000 examples."""
    for title in ["L'habitat inclusif", "Coopération et habitat", "Mobilité solidaire"]:
        page = SearchablePageFactory(parent=home["fr"], title=title, summary=title)
        page.themes.set([terms["themes"]["habitat"]])
        page.save_revision().publish()
    return Client(HTTP_HOST="localhost")


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_odd_queries_answer(client, language, query):
    assert client.get(f"/{language}/search/", {"q": query}).status_code == 200
    response = client.get("/api/search/suggest/", {"q": query, "lang": language})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("params", BAD_PARAMS)
def test_odd_parameters_answer(client, params):
    response = client.get("/fr/search/", {"q": "coopération", **params})
    assert response.status_code == 200


def test_an_unknown_filter_value_is_dropped_with_a_message(client):
    response = client.get("/fr/search/", {"q": "habitat", "theme": "n-existe-pas"})
    assert b"Some filters were not recognised" in response.content or (
        b"Certains filtres" in response.content
    )
    assert b'class="result"' in response.content


def test_a_page_far_past_the_end_shows_the_last_page(client):
    response = client.get("/fr/search/", {"q": "habitat", "page": "999"})
    assert response.status_code == 200
    assert b'class="result"' in response.content


def test_an_unknown_language_falls_back_to_the_active_one(client):
    response = client.get("/api/search/suggest/", {"q": "habitat", "lang": "xx"})
    assert response.status_code == 200


FACETS = ["type", "theme", "audience", "region", "year", "sort", "page", "q"]
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "habitat",
            "mobilite",
            "elus",
            "agents",
            "portal.standardpage",
            "network.organisation",
            "wagtaildocs.document",
            "84",
            "2026",
            "newest",
            "relevance",
            "2",
            "-3",
            "NEAR(",
            "*",
            "\x00",
        ]
    ),
)


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    query=st.text(max_size=60),
    params=st.dictionaries(st.sampled_from(FACETS), VALUES, max_size=4),
    language=st.sampled_from(["fr", "en"]),
)
def test_generated_queries_and_facets_never_fail(client, query, params, language):
    data = {"q": query, **params}
    assert client.get(f"/{language}/search/", data).status_code == 200
