"""The directory's demo content: complete, in both languages, idempotent."""

import pytest

from network import demo
from network.models import DirectoryPage, Network, Organisation
from network.nearby import DEPARTMENT, nearby
from portal.demo import site
from territories import loader
from territories.models import Commune

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_context(locales):
    codes = {spec["commune"] for spec in demo.organisation_specs()}
    for _kind, _name, _insee, (area, area_codes) in demo.OTHERS:
        if area == "communes":
            codes |= set(area_codes)
    for _insee, _fr, _en, (area, area_codes) in demo.FABRIQUES:
        if area == "communes":
            codes |= set(area_codes)
    loader.load(only_insee=codes)
    return site.load()


def test_demo_creates_the_network_its_members_and_others_in_both_languages(demo_context):
    demo.load(demo_context)
    french = Organisation.objects.filter(locale__language_code="fr")
    assert french.filter(kind="fabrique").count() == 30
    assert french.exclude(kind="fabrique").count() == 40
    assert Organisation.objects.filter(locale__language_code="en", live=True).count() == 70
    assert all("démo" in name for name in french.values_list("name", flat=True))
    network = Network.objects.get(slug="fabrique-a-initiatives", locale__language_code="fr")
    assert network.members.filter(locale__language_code="fr").count() == 30
    (figures,) = network.yearly_figures()
    assert (figures.year, figures.members, figures.creativity_sessions) == (2022, 30, 299)
    assert (figures.opportunity_studies, figures.activities_created) == (109, 47)
    english_network = Network.objects.get(
        slug="fabrique-a-initiatives", locale__language_code="en"
    )
    assert list(english_network.yearly_figures()) == [figures]
    assert DirectoryPage.objects.filter(locale__language_code="en", live=True).exists()


def test_demo_is_idempotent(demo_context):
    demo.load(demo_context)
    counts = Organisation.objects.count(), Network.objects.count(), DirectoryPage.objects.count()
    demo.load(demo_context)
    assert (
        Organisation.objects.count(),
        Network.objects.count(),
        DirectoryPage.objects.count(),
    ) == counts


@pytest.mark.parametrize(
    ("insee", "first"),
    [
        ("42218", "PTCE démo Pays stéphanois"),  # covers the commune itself
        ("97120", "DLA démo Guadeloupe"),  # département before region
        ("2A004", "PTCE démo Pays ajaccien"),
    ],
)
def test_demo_answers_the_newcomer_searches(demo_context, insee, first):
    demo.load(demo_context)
    search = nearby(Commune.objects.select_related("department", "region").get(insee=insee))
    assert search.results[0].organisation.name == first
    assert len(search.results) >= 5
    assert any(r.level == DEPARTMENT for r in search.results)
