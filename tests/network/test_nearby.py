"""The directory's ranking (network/nearby.py)."""

import pytest

from network.nearby import (
    COMMUNE,
    DEPARTMENT,
    NATIONAL,
    NEARBY,
    REGION,
    GreatCircleKm,
    nearby,
)
from territories.models import Commune

from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db

# WGS84 geodesic distances computed with GeographicLib 2.1 (Karney), in km, between the
# gazetteer centres of the communes.
CENTRES = {
    "42218": (45.4302, 4.37863),
    "42187": (46.04517, 4.07997),
    "42207": (45.46998, 4.50205),
    "69123": (45.75485, 4.83638),
    "75056": (48.85661, 2.3428),
    "2A004": (41.93486, 8.70111),
    "2B033": (42.68641, 9.42503),
    "97120": (16.23968, -61.53606),
    "97101": (16.27273, -61.50166),
    "48095": (44.52925, 3.48112),
}
REFERENCE_KM = [
    ("42218", "42207", 10.619),
    ("42218", "42187", 72.196),
    ("42218", "69123", 50.771),
    ("75056", "69123", 392.979),
    ("2A004", "2B033", 102.622),
    ("97120", "97101", 5.186),
    ("75056", "97120", 6759.324),
    ("48095", "42218", 122.62),
    ("75056", "2A004", 915.589),
]


def commune(insee):
    return Commune.objects.select_related("department", "region").get(insee=insee)


def names(search):
    return [r.organisation.name for r in search.results]


def distance_to(insee, lat, lon):
    """The SQL great-circle distance from a point to a commune's centre."""
    return Commune.objects.annotate(distance=GreatCircleKm(lat, lon)).get(insee=insee).distance


@pytest.mark.parametrize(("a", "b", "reference"), REFERENCE_KM)
def test_distance_matches_reference_within_half_a_percent(gazetteer, a, b, reference):
    centre = commune(b)
    assert (centre.latitude, centre.longitude) == CENTRES[b]
    assert distance_to(b, *CENTRES[a]) == pytest.approx(reference, rel=0.005)


def test_departement_wide_structure_far_away_ranks_above_a_near_one(gazetteer):
    # Its office is 150 km north of Saint-Étienne, but it covers the Loire.
    OrganisationFactory(
        name="Loire-wide",
        commune="42187",
        latitude=46.78,
        longitude=4.38,
        area_departments=["42"],
    )
    OrganisationFactory(name="Next door", commune="42207")  # 10 km, covers nothing here
    search = nearby(commune("42218"))
    assert names(search)[:2] == ["Loire-wide", "Next door"]
    first, second = search.results[:2]
    assert first.level == DEPARTMENT
    assert first.distance_km == pytest.approx(150, rel=0.01)
    assert str(first.reason) == "Covers your département"
    assert second.level == NEARBY
    assert second.distance_km == pytest.approx(10.6, rel=0.01)
    assert second.reason == "11 km away"


def test_order_commune_then_departement_then_region_then_national_then_distance(gazetteer):
    OrganisationFactory(name="National", commune="75056", national=True)
    OrganisationFactory(name="Region", commune="69123", area_regions=["84"])
    OrganisationFactory(name="Departement", commune="42187", area_departments=["42"])
    OrganisationFactory(name="Commune", commune="75056", area_communes=["42218"])
    OrganisationFactory(name="Near", commune="42207")
    OrganisationFactory(name="Other region", commune="48095", area_regions=["76"])
    search = nearby(commune("42218"))
    assert names(search) == ["Commune", "Departement", "Region", "National", "Near"]
    assert [r.level for r in search.results] == [COMMUNE, DEPARTMENT, REGION, NATIONAL, NEARBY]
    assert not search.widened


def test_ties_are_broken_by_distance(gazetteer):
    OrganisationFactory(name="Lyon office", commune="69123", area_departments=["42"])
    OrganisationFactory(name="Roanne office", commune="42187", area_departments=["42"])
    OrganisationFactory(name="Saint-Chamond office", commune="42207", area_departments=["42"])
    search = nearby(commune("42218"))
    assert names(search)[:3] == ["Saint-Chamond office", "Lyon office", "Roanne office"]


def test_best_level_wins_when_a_structure_covers_twice(gazetteer):
    OrganisationFactory(name="Both", area_departments=["42"], area_regions=["84"])
    (result,) = [r for r in nearby(commune("42218")).results if r.organisation.name == "Both"]
    assert result.level == DEPARTMENT


def test_radius_widens_until_five_results(gazetteer):
    OrganisationFactory(name="Saint-Chamond", commune="42207")  # 10.6 km
    OrganisationFactory(name="Lyon", commune="69123")  # 50.8 km
    OrganisationFactory(name="Roanne", commune="42187")  # 72.2 km
    OrganisationFactory(name="Mende", commune="48095")  # 122.6 km
    OrganisationFactory(name="Paris", commune="75056")  # ~ 410 km
    OrganisationFactory(name="Pointe-à-Pitre", commune="97120")  # overseas
    search = nearby(commune("42218"))
    assert names(search) == ["Saint-Chamond", "Lyon", "Roanne", "Mende", "Paris"]
    assert search.widened and not search.whole_country
    assert search.radius_km == 800
    assert "800 km" in search.widening_message


def test_widening_stops_as_soon_as_there_are_enough(gazetteer):
    for _ in range(5):
        OrganisationFactory(commune="42207")
    OrganisationFactory(name="Lyon", commune="69123")
    search = nearby(commune("42218"))
    assert search.total == 5 and not search.widened and search.radius_km == 30


def test_overseas_commune_falls_back_to_the_whole_country(gazetteer):
    OrganisationFactory(name="Les Abymes", commune="97101")
    OrganisationFactory(name="Paris", commune="75056")
    search = nearby(commune("97120"))
    assert names(search) == ["Les Abymes", "Paris"]
    assert search.whole_country
    assert search.results[0].distance_km == pytest.approx(5.186, rel=0.005)
    assert search.results[1].distance_km == pytest.approx(6759.324, rel=0.005)


def test_overseas_region_coverage(gazetteer):
    OrganisationFactory(name="Guadeloupe", commune="75056", area_regions=["01"])
    OrganisationFactory(name="Loire", area_departments=["42"])
    search = nearby(commune("97101"))
    assert search.results[0].organisation.name == "Guadeloupe"
    assert search.results[0].level == REGION


def test_corsica_departements_are_distinct(gazetteer):
    OrganisationFactory(name="Corse-du-Sud", commune="2A004", area_departments=["2A"])
    OrganisationFactory(name="Haute-Corse", commune="2B033", area_departments=["2B"])
    search = nearby(commune("2A004"))
    assert search.results[0].organisation.name == "Corse-du-Sud"
    assert [r.level for r in search.results] == [DEPARTMENT, NEARBY]


def test_point_without_commune_uses_the_nearest_commune_for_coverage(gazetteer):
    OrganisationFactory(name="Loire", commune="42187", area_departments=["42"])
    search = nearby(lat=45.44, lon=4.39)
    assert search.commune.insee == "42218"
    assert search.results[0].level == DEPARTMENT
    assert search.results[0].distance_km == pytest.approx(distance_to("42187", 45.44, 4.39))


def test_filters_by_kind_service_theme_and_network(gazetteer):
    from tests.network.factories import NetworkFactory, ServiceFactory
    from tests.portal.factories import ThemeFactory

    service, theme, network = ServiceFactory(), ThemeFactory(), NetworkFactory()
    OrganisationFactory(
        name="All", kind="ptce", services=[service], themes=[theme], networks=[network]
    )
    OrganisationFactory(name="None", kind="ptce")
    OrganisationFactory(name="Other kind", kind="dla", services=[service])
    assert names(nearby(commune("42218"), kind="ptce", minimum=1)) == ["All", "None"]
    assert names(nearby(commune("42218"), services=[service.slug], minimum=1)) == [
        "All",
        "Other kind",
    ]
    assert names(nearby(commune("42218"), themes=[theme.slug], minimum=1)) == ["All"]
    assert names(nearby(commune("42218"), networks=[network.slug], minimum=1)) == ["All"]


def test_drafts_inactive_and_translations_are_not_ranked(gazetteer, locales):
    OrganisationFactory(name="Public")
    OrganisationFactory(name="Draft", live=False)
    OrganisationFactory(name="Inactive", active=False)
    OrganisationFactory(name="English copy", locale=locales["en"])
    assert names(nearby(commune("42218"))) == ["Public"]


def test_limit_counts_everything_but_loads_only_what_is_shown(gazetteer):
    for _ in range(8):
        OrganisationFactory(area_departments=["42"])
    search = nearby(commune("42218"), limit=3)
    assert search.total == 8
    assert len(search.results) == 3


def test_a_whole_departement_as_the_place(gazetteer):
    from territories.models import Department

    OrganisationFactory(name="Commune only", area_communes=["42218"])
    OrganisationFactory(name="Loire", commune="69123", area_departments=["42"])
    OrganisationFactory(name="Region", commune="69123", area_regions=["84"])
    search = nearby(department=Department.objects.get(code="42"), minimum=1)
    assert [r.level for r in search.results][:2] == [DEPARTMENT, REGION]
    assert names(search)[:2] == ["Loire", "Region"]
