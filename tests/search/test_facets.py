"""Facet counts are the numbers of results a click gives; facets narrow; one language."""

import pytest
from django.test import Client
from django.utils import translation

from portal.models import StandardPage
from search.facets import facet_values
from search.models import FacetValue
from search.service import PageSearch

Facet = FacetValue.Facet
QUERY = "association"


def search(query, language="fr", selected=None):
    with translation.override(language):
        return PageSearch(query, language, selected or {})


def test_each_count_equals_the_results_of_choosing_that_value(corpus):
    counts = search(QUERY).facet_counts()
    assert counts[Facet.THEME] and counts[Facet.AUDIENCE] and counts[Facet.TYPE]
    for facet, values in counts.items():
        for value, count in values.items():
            assert search(QUERY, selected={facet: [value]}).results.count() == count, (
                facet,
                value,
            )


def test_two_facets_narrow_to_pages_having_both(corpus):
    theme_only = {p.slug for p in search(QUERY, selected={"theme": ["habitat"]}).results}
    both = search(QUERY, selected={"theme": ["habitat"], "audience": ["elus"]})
    slugs = {page.slug for page in both.results}
    assert slugs == {"habitat-inclusif"}
    assert slugs < theme_only
    # Each facet is counted with the other facet applied.
    assert both.facet_counts()[Facet.AUDIENCE] == {"elus": 1}


def test_values_within_one_facet_add_up(corpus):
    def slugs(themes):
        return {p.slug for p in search(QUERY, selected={"theme": themes}).results}

    both = slugs(["habitat", "economie-circulaire"])
    assert both == slugs(["habitat"]) | slugs(["economie-circulaire"])
    assert both == {"habitat-inclusif", "tiers-lieux"}


def test_an_empty_query_matches_nothing(corpus):
    assert not search("").results.exists()


@pytest.mark.parametrize(
    ("language", "query", "other"),
    [("fr", "coopératives", "en"), ("en", "cooperatives", "fr"), ("fr", "SCIC", "en")],
)
def test_a_query_returns_pages_of_its_language_only(corpus, language, query, other):
    results = list(search(query, language).results)
    assert results
    assert {page.locale.language_code for page in results} == {language}


def test_english_words_do_not_find_french_pages(corpus):
    assert not search("housing", "fr").results.exists()
    assert not search("logement", "en").results.exists()


def test_facet_values_come_from_the_page(corpus):
    page = StandardPage.objects.get(pk=corpus["pages"]["habitat-inclusif"][0].pk)
    values = facet_values(page)
    assert values[Facet.TYPE] == ["portal.standardpage"]
    assert values[Facet.THEME] == ["habitat"]
    assert values[Facet.AUDIENCE] == ["elus"]
    assert values[Facet.YEAR] == [str(page.first_published_at.year)]
    assert values[Facet.REGION] == []


def test_a_region_comes_from_region_id_and_a_year_from_start_year():
    class CaseStudy:
        class _meta:  # noqa: N801 - mimics a model's options
            label_lower = "casestudies.casestudypage"

        region_id = "84"
        start_year = 2019
        first_published_at = None

    values = facet_values(CaseStudy())
    assert values[Facet.REGION] == ["84"]
    assert values[Facet.YEAR] == ["2019"]


def test_facet_labels_are_the_terms_names_and_follow_a_rename(corpus):
    client = Client(HTTP_HOST="localhost")
    html = client.get("/fr/search/", {"q": "association"}).content.decode()
    assert "Élus locaux" in html
    audience = corpus["terms"]["audiences"]["elus"]
    audience.name = "Élues et élus"
    audience.save()
    html = client.get("/fr/search/", {"q": "association"}).content.decode()
    assert "Élues et élus" in html
    assert "Élus locaux" not in html
