import pytest

from tests.network.factories import OrganisationFactory

LIST = "/api/directory/organisations/"
NEARBY = "/api/directory/nearby/"


@pytest.fixture
def directory(gazetteer):
    return {
        "loire": OrganisationFactory(
            name="Fabrique Loire",
            slug="fabrique-loire",
            kind="fabrique",
            commune="42218",
            area_departments=["42"],
        ),
        "far": OrganisationFactory(
            name="Couvre la Loire de loin",
            slug="loin",
            kind="dla",
            commune="48095",
            area_departments=["42"],
        ),
        "roanne": OrganisationFactory(name="Incubateur Roanne", slug="roanne", commune="42187"),
        "corse": OrganisationFactory(name="Incubateur Corse", slug="corse", commune="2A004"),
        "national": OrganisationFactory(
            name="Réseau national",
            slug="national",
            kind="network_head",
            commune="75056",
            national=True,
        ),
        "draft": OrganisationFactory(
            name="Brouillon", slug="brouillon", commune="42218", live=False
        ),
        "inactive": OrganisationFactory(
            name="Fermée", slug="fermee", commune="42218", active=False, national=True
        ),
    }


@pytest.mark.django_db
def test_list_is_paginated_and_cacheable(client, directory):
    response = client.get(LIST, {"page_size": 2})
    assert response.status_code == 200
    assert "max-age=300" in response["Cache-Control"] and "public" in response["Cache-Control"]
    body = response.json()
    assert (body["count"], body["pages"], body["page"]) == (5, 3, 1)
    assert [o["name"] for o in body["results"]] == ["Couvre la Loire de loin", "Fabrique Loire"]
    last = client.get(LIST, {"page_size": 2, "page": 3}).json()
    assert [o["name"] for o in last["results"]] == ["Réseau national"]


@pytest.mark.django_db
def test_list_filters(client, directory):
    body = client.get(LIST, {"kind": "fabrique"}).json()
    assert [o["slug"] for o in body["results"]] == ["fabrique-loire"]
    body = client.get(LIST, {"department": "42"}).json()
    assert {o["slug"] for o in body["results"]} == {"fabrique-loire", "roanne"}


@pytest.mark.django_db
def test_drafts_and_inactive_entries_are_never_served(client, directory):
    names = {o["name"] for o in client.get(LIST, {"page_size": 100}).json()["results"]}
    assert not names & {"Brouillon", "Fermée"}
    assert client.get(f"{LIST}brouillon/").status_code == 404
    assert client.get(f"{LIST}fermee/").status_code == 404
    nearby = client.get(NEARBY, {"commune": "42218"}).json()
    assert not {r["organisation"]["name"] for r in nearby["results"]} & {"Brouillon", "Fermée"}


@pytest.mark.django_db
def test_detail(client, directory):
    response = client.get(f"{LIST}fabrique-loire/")
    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Fabrique Loire" and body["departements"] == ["42"]
    assert body["commune_name"] == "Saint-Étienne" and "licence" in body
    missing = client.get(f"{LIST}nope/")
    assert missing.status_code == 404 and missing.json()["error"]


@pytest.mark.django_db
def test_nearby_ranks_coverage_first_and_explains(client, directory):
    body = client.get(NEARBY, {"commune": "42218", "lang": "en"}).json()
    slugs = [r["organisation"]["slug"] for r in body["results"]]
    assert slugs[:2] == ["fabrique-loire", "loin"]  # both cover the département
    assert slugs.index("national") < slugs.index("roanne") or "roanne" not in slugs
    first = body["results"][0]
    assert first["reason"] == "Covers your département" and first["covers"] is True
    assert body["commune"] == "42218"


@pytest.mark.django_db
def test_nearby_by_point_and_with_filters(client, directory):
    body = client.get(NEARBY, {"lat": "41.93", "lon": "8.74", "kind": "incubator"}).json()
    assert body["commune"] == "2A004"
    assert body["results"][0]["organisation"]["slug"] == "corse"
    assert {r["organisation"]["kind"] for r in body["results"]} == {"incubator"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"commune": "99999"},
        {"commune": "abc"},
        {"commune": "x" * 1000},
        {"lat": "north", "lon": "2"},
        {"lat": "95", "lon": "2"},
        {"lat": "45", "lon": "200"},
        {"lat": "45"},
        {"commune": "42218", "radius": "100000"},
        {"commune": "42218", "radius": "-5"},
        {"commune": "42218", "limit": "10000"},
        {"commune": "42218", "kind": "bakery"},
        {"commune": "42218", "lang": "xx"},
        {"commune": "42218'; DROP TABLE network_organisation;--"},
        {"lat": "nan", "lon": "nan"},
        {"lat": "inf", "lon": "2"},
    ],
)
def test_nearby_bad_input_answers_400_json(client, directory, params):
    response = client.get(NEARBY, params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"page": "0"},
        {"page": "abc"},
        {"page": "99"},
        {"page_size": "1000"},
        {"kind": "<script>"},
        {"network": "x" * 1000},
        {"service": "a" * 3000},
    ],
)
def test_list_bad_input_answers_400_json(client, directory, params):
    response = client.get(LIST, params)
    assert response.status_code == 400
    assert response.json()["error"]


@pytest.mark.django_db
def test_api_is_not_language_prefixed(client, directory):
    assert client.get("/fr/api/directory/organisations/").status_code == 404
