"""The search page and the suggestion API, as a reader gets them."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import QueryStat
from territories.models import Region
from tests import query_ceilings
from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.resources.factories import (
    BestPracticePageFactory,
    CooperationFormPageFactory,
    GuidePageFactory,
    ResourceIndexPageFactory,
    StudyPageFactory,
)

from .factories import SearchablePageFactory


@pytest.fixture
def client():
    return Client(HTTP_HOST="localhost")


def test_results_show_type_date_and_highlighted_summary(corpus, client):
    response = client.get("/fr/search/", {"q": "logements"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="result__type">Page standard' in html
    assert "<time datetime=" in html
    # "logements" in the summary is marked for the query's stem.
    assert "Des <mark>logements</mark> partagés" in html


def test_facet_links_are_shareable_urls(corpus, client):
    html = client.get("/fr/search/", {"q": "association"}).content.decode()
    assert 'href="?q=association&amp;theme=habitat"' in html
    narrowed = client.get("/fr/search/", {"q": "association", "theme": "habitat"})
    assert narrowed.content.decode().count('class="result"') == 2


def test_sorting_by_newest(corpus, client):
    html = client.get("/fr/search/", {"q": "association", "sort": "newest"}).content.decode()
    assert '<option value="newest" selected>' in html


def test_the_organisation_appears_beside_the_pages(corpus, client):
    html = client.get("/fr/search/", {"q": "France Active"}).content.decode()
    assert "France Active Loire" in html
    html = client.get(
        "/fr/search/", {"q": "France Active", "type": "network.organisation"}
    ).content.decode()
    assert html.count('class="result"') == 1


def test_a_promoted_page_comes_first_in_each_language(corpus, client):
    page = corpus["pages"]["scic"][0]
    SearchPromotion.objects.create(query=Query.get("capital"), page=page, description="!")
    french = client.get("/fr/search/", {"q": "Capital"}).content.decode()
    english = client.get("/en/search/", {"q": "capital"}).content.decode()
    assert french.index("search-promotions") < french.index('class="results"')
    assert "/fr/scic/" in french.split("search-promotions")[1].split("</section>")[0]
    assert "/en/scic/" in english.split("search-promotions")[1].split("</section>")[0]


def test_a_misspelt_query_shows_the_results_of_its_spelling(corpus, client):
    html = client.get("/fr/search/", {"q": "coperation"}).content.decode()
    summary = html.split('class="search-summary"')[1].split("</p>")[0]
    assert "pour « coopération »" in summary
    assert "(aucun résultat pour « coperation »)" in summary
    assert "Pôle territorial de coopération économique" in html
    # The words highlighted in summaries are the ones searched.
    html = client.get("/fr/search/", {"q": "colectivites"}).content.decode()
    assert "<mark>collectivités</mark>" in html.split('class="results"')[1]
    # Each misspelt word corrected, in the other language too.
    english = client.get("/en/search/", {"q": "inclusiv housng"}).content.decode()
    assert "for “inclusive housing”" in english
    assert "Inclusive housing in rural areas" in english
    assert "search-empty" not in english


def test_nothing_found_is_never_a_dead_end(corpus, client):
    # "cooperativs" has a close spelling, "zorglub" none: nothing to show but help.
    html = client.get("/fr/search/", {"q": "cooperativs zorglub"}).content.decode()
    assert "Aucun résultat pour « cooperativs zorglub »" in html
    assert "search-empty__themes" in html
    assert "Les plus lus" in html or "Dernières ressources" in html


def test_searches_are_counted_and_fruitless_ones_marked(corpus, client):
    client.get("/fr/search/", {"q": "Habitat "})
    client.get("/fr/search/", {"q": "habitat", "page": "2"})  # paging is not a new search
    client.get("/fr/search/", {"q": "zorglub"})
    stats = {s.query_string: (s.searches, s.fruitless) for s in QueryStat.objects.all()}
    assert stats == {"habitat": (1, 0), "zorglub": (1, 1)}
    assert Query.get("habitat").hits == 1


def test_the_query_count_does_not_grow_with_results_or_page_types(home, terms, gazetteer, client):
    """The search page: locale, view restrictions, the best matching pages, the best
    organisations and documents, facet counts, the page of results with their index
    cards, promotions, statistics, the language switcher. Under the search ceiling and
    no more whether 2 pages of one type match or a full page of results of six types
    (summaries and territories come from the index cards, facet labels from the cache),
    with a facet selected or not."""
    habitat = terms["themes"]["habitat"]
    index = CaseStudyIndexPageFactory(parent=home["fr"])
    library = ResourceIndexPageFactory(parent=home["fr"])

    def count(**params):
        client.get("/fr/search/", {"q": "habitat", **params})  # the day's first search
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/fr/search/", {"q": "habitat", **params})
        assert response.status_code == 200
        return len(queries)

    def publish(factory, parent, n, **fields):
        for _ in range(n):
            page = factory(parent=parent, **fields)
            page.title = f"Habitat {page.title}"
            page.themes.set([habitat])
            page.save_revision().publish()

    publish(SearchablePageFactory, home["fr"], 2, summary="Habitat partagé.")
    few = (count(), count(theme="habitat"))
    publish(SearchablePageFactory, home["fr"], 8)
    publish(CaseStudyPageFactory, index, 4, region=Region.objects.first())
    for factory in (
        GuidePageFactory,
        StudyPageFactory,
        BestPracticePageFactory,
        CooperationFormPageFactory,
    ):
        publish(factory, library, 2)
    many = (count(), count(theme="habitat"))
    for before, after in zip(few, many, strict=True):
        assert after <= before <= query_ceilings.SEARCH, (few, many)


def suggestions(client, query, language="fr"):
    response = client.get("/api/search/suggest/", {"q": query, "lang": language})
    assert response.status_code == 200
    return json.loads(response.content)["results"]


def test_suggestions_offer_titles_organisations_and_places(corpus, client):
    titles = suggestions(client, "mobil")
    assert titles[0]["label"].startswith("Mobilité solidaire")
    assert titles[0]["url"] == "/fr/mobilite-solidaire/"
    assert {"kind": "organisation", "label": "France Active Loire"}.items() <= (
        suggestions(client, "france act")[0].items()
    )
    places = [s for s in suggestions(client, "saint-eti") if s["kind"] == "place"]
    assert places[0]["label"] == "Saint-Étienne (42)"
    assert places[0]["url"] == "/fr/annuaire/?q=Saint-%C3%89tienne+%2842%29&commune=42218"
    english = suggestions(client, "mobil", "en")
    assert english[0]["label"].startswith("Solidarity mobility")


def test_suggestions_say_what_they_are_in_the_readers_language(corpus, client):
    details = {s["kind"]: s["detail"] for s in suggestions(client, "saint-eti")}
    assert details["place"] == "lieu"
    assert suggestions(client, "france act")[0]["detail"] == "organisme"
    assert {s["detail"] for s in suggestions(client, "saint-eti", "en")} >= {"place"}


def test_suggestions_complete_every_word_typed_in_any_order(corpus, client):
    wanted = "L'habitat inclusif en milieu rural"
    for typed in ("hab incl", "incl hab", "l'HABITAT inclus", "milieu hab"):
        assert [s["label"] for s in suggestions(client, typed) if s["kind"] == "page"] == [
            wanted
        ], typed
    assert [s for s in suggestions(client, "hab zorglub") if s["kind"] == "page"] == []


def test_suggestions_follow_the_completed_word_then_the_shortest_title(home, client):
    titles = ("Cooptation", "Coopératives d'habitants", "Coop de quartier", "La coop")
    for title in titles:
        SearchablePageFactory(parent=home["fr"], title=title)
    labels = [s["label"] for s in suggestions(client, "coop")]
    assert labels == ["La coop", "Coop de quartier", "Coopératives d'habitants", "Cooptation"]


def suggestion_queries(client):
    suggestions(client, "guide")  # site and locale caches filled
    with CaptureQueriesContext(connection) as queries:
        suggestions(client, "guide")
    return len(queries)


def test_suggestions_cost_the_same_whatever_the_number_of_titles(home, client):
    for n in range(3):
        SearchablePageFactory(parent=home["fr"], title=f"Guide {n}")
    few = suggestion_queries(client)
    for n in range(3, 40):
        SearchablePageFactory(parent=home["fr"], title=f"Guide {n}")
    assert suggestion_queries(client) <= few <= query_ceilings.SEARCH


def test_suggestions_need_two_characters(corpus, client):
    assert suggestions(client, "m") == []


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL's fuzzy matching (SQLite has only the spelling correction)",
)
def test_a_typo_the_vocabulary_cannot_mend_finds_close_titles_on_postgresql(corpus, client):
    # The spelling correction keeps first letters: "kooperation" is left to the trigrams.
    html = client.get("/fr/search/", {"q": "kooperation"}).content.decode()
    assert "orthographes proches" in html
    assert "Pôle territorial de coopération économique" in html
    assert "Centres de santé et coopération locale" in html
