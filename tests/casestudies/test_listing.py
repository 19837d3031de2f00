import re

import pytest
import wagtail_factories

from tests import query_ceilings
from tests.casestudies.factories import CaseStudyPageFactory
from tests.portal.factories import ThemeFactory
from tests.query_ceilings import count_queries
from tests.resources.factories import (
    CooperationFormPageFactory,
    ResourceIndexPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forms(home):
    library = ResourceIndexPageFactory(parent=home["fr"])
    translate(library, title="Resources", slug="resources")
    return {
        "ptce": CooperationFormPageFactory(
            parent=library, slug="ptce", title="Pôle territorial", acronym="PTCE"
        ),
        "scic": CooperationFormPageFactory(
            parent=library, slug="scic", title="Société coop", acronym="SCIC"
        ),
    }


@pytest.fixture
def cases(case_index, places, forms, locales):
    mobility = ThemeFactory(name="Mobilité", slug="mobilite")
    food = ThemeFactory(name="Alimentation", slug="alimentation")

    def make(slug, commune, year, themes, cooperation_forms):
        page = CaseStudyPageFactory(
            parent=case_index["fr"],
            slug=slug,
            title=slug.capitalize(),
            commune=places[commune],
            start_year=year,
        )
        page.themes.set(themes)
        page.cooperation_forms.set([forms[name] for name in cooperation_forms])
        page.save_revision().publish()
        return page

    return {
        "a": make("cas-a", "quimper", 2019, [mobility], ["ptce"]),
        "b": make("cas-b", "quimper", 2021, [food], ["scic"]),
        "c": make("cas-c", "ajaccio", 2021, [mobility, food], ["ptce", "scic"]),
        "d": make("cas-d", "ajaccio", 2024, [food], []),
    }


def titles(response):
    html = response.content.decode()
    return sorted(re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Cas-a", "Cas-b", "Cas-c", "Cas-d"]),
        ("region=53", ["Cas-a", "Cas-b"]),
        ("region=94", ["Cas-c", "Cas-d"]),
        ("form=ptce", ["Cas-a", "Cas-c"]),
        ("form=ptce&form=scic", ["Cas-a", "Cas-b", "Cas-c"]),
        ("year=2021", ["Cas-b", "Cas-c"]),
        ("theme=mobilite&region=94", ["Cas-c"]),
        ("form=scic&year=2021&region=53", ["Cas-b"]),
        ("theme=mobilite&year=2024", []),
    ],
)
def test_case_study_filters_return_exactly_the_matching_pages(client, cases, query, expected):
    response = client.get(f"/fr/retours-d-experience/?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_case_study_counts_and_labels(client, cases):
    response = client.get("/fr/retours-d-experience/?region=94")
    facets = {state.param: state for state in response.context["listing"].facets}
    forms = {option.label: option.count for option in facets["form"].options}
    assert forms == {"PTCE": 1, "SCIC": 1}
    regions = {option.label: option.count for option in facets["region"].options}
    assert regions == {"Bretagne": 2, "Corse": 2}
    years = [(option.value, option.count) for option in facets["year"].options]
    assert years == [("2024", 1), ("2021", 1), ("2019", 0)]


def test_english_index_filters_by_the_english_slug_of_a_cooperation_form(client, cases, forms):
    translate(forms["ptce"], title="Territorial cluster", slug="ptce-en")
    translate(cases["a"], title="Case A")
    translate(cases["b"], title="Case B")
    response = client.get("/en/case-studies/?form=ptce-en")
    # The English case study still links to the French form (copied link): matched anyway.
    assert titles(response) == ["Case A"]
    response = client.get("/en/case-studies/?form=ptce")
    assert titles(response) == ["Case A", "Case B"]
    assert response.context["listing"].notices


@pytest.mark.parametrize("query", ["", "?theme=mobilite&region=53&form=ptce&year=2021"])
def test_case_study_index_query_count_stays_under_the_ceiling_whatever_its_size(
    client, case_index, places, forms, query
):
    image = wagtail_factories.ImageFactory()
    theme = ThemeFactory(name="Mobilité", slug="mobilite")

    def add(count):
        for index in range(count):
            commune = places["quimper" if index % 2 else "ajaccio"]
            page = CaseStudyPageFactory(
                parent=case_index["fr"],
                commune=commune,
                start_year=2018 + index % 5,
                listing_image=image,
            )
            page.themes.set([theme])
            page.cooperation_forms.set([forms["ptce"]])
            page.save_revision().publish()

    add(10)
    url = f"/fr/retours-d-experience/{query}"
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
    assert large <= small <= query_ceilings.LISTING
    assert large_after_a_change <= small_after_a_change <= query_ceilings.LISTING
