import csv
import io
import json

import pytest

from network.opendata import CSV_COLUMNS, LICENCE_NAME
from tests.network.factories import NetworkFactory, OrganisationFactory, ServiceFactory

CSV_URL = "/api/directory/export.csv"
GEOJSON_URL = "/api/directory/export.geojson"


@pytest.fixture
def directory(gazetteer):
    service = ServiceFactory(slug="diagnostic")
    network = NetworkFactory(slug="fabrique")
    return {
        "loire": OrganisationFactory(
            name="Fabrique Loire",
            kind="fabrique",
            commune="42218",
            external_id="e1",
            services=[service],
            networks=[network],
            area_departments=["42"],
            email="a@example.org",
        ),
        "corse": OrganisationFactory(name="Incubateur Corse", kind="incubator", commune="2A004"),
        "gwada": OrganisationFactory(name="DLA Guadeloupe", kind="dla", commune="97120"),
        "draft": OrganisationFactory(name="Brouillon", commune="42218", live=False),
        "inactive": OrganisationFactory(name="Fermée", commune="42218", active=False),
    }


def read_csv(response):
    assert response.status_code == 200
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def read_geojson(response):
    assert response.status_code == 200 and response.streaming
    return json.loads(b"".join(response.streaming_content))


@pytest.mark.django_db
def test_csv_lists_public_entries_only_with_the_licence(client, directory):
    response = client.get(CSV_URL)
    assert "annuaire-avise.csv" in response["Content-Disposition"]
    assert 'rel="license"' in response["Link"]
    rows = read_csv(response)
    assert list(rows[0].keys()) == list(CSV_COLUMNS)
    # In primary-key order: stable from one export to the next.
    assert [r["name"] for r in rows] == ["Fabrique Loire", "Incubateur Corse", "DLA Guadeloupe"]
    loire = rows[0]
    assert loire["commune"] == "42218" and loire["department"] == "42"
    assert loire["services"] == "diagnostic" and loire["departements"] == "42"
    assert loire["licence"] == LICENCE_NAME and loire["national"] == "no"
    assert loire["description"] == "Une structure fictive."


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("kind=incubator", ["Incubateur Corse"]),
        ("kind=incubator&kind=dla", ["DLA Guadeloupe", "Incubateur Corse"]),
        ("service=diagnostic", ["Fabrique Loire"]),
        ("network=fabrique", ["Fabrique Loire"]),
        ("department=2a", ["Incubateur Corse"]),
        ("department=971", ["DLA Guadeloupe"]),
        ("region=84", ["Fabrique Loire"]),
    ],
)
def test_exports_match_the_filters(client, directory, query, names):
    assert sorted(r["name"] for r in read_csv(client.get(f"{CSV_URL}?{query}"))) == names
    collection = read_geojson(client.get(f"{GEOJSON_URL}?{query}"))
    assert sorted(f["properties"]["name"] for f in collection["features"]) == names


@pytest.mark.django_db
def test_geojson_is_a_valid_feature_collection_with_licence(client, directory):
    response = client.get(GEOJSON_URL)
    assert response["Content-Type"] == "application/geo+json"
    collection = read_geojson(response)
    assert collection["type"] == "FeatureCollection"
    assert collection["licence"]["name"] == LICENCE_NAME
    assert len(collection["features"]) == 3
    corse = next(f for f in collection["features"] if f["properties"]["commune"] == "2A004")
    lon, lat = corse["geometry"]["coordinates"]
    assert corse["geometry"]["type"] == "Point"
    assert 41 < lat < 43 and 8 < lon < 10
    names = {f["properties"]["name"] for f in collection["features"]}
    assert not names & {"Brouillon", "Fermée"}


@pytest.mark.django_db
def test_empty_result_is_still_valid(client, directory):
    assert read_csv(client.get(f"{CSV_URL}?department=48")) == []
    assert read_geojson(client.get(f"{GEOJSON_URL}?department=48"))["features"] == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "kind=bakery",
        "service=unknown",
        "department=99",
        "region=zz",
        "lang=de",
        "department=" + "9" * 1000,
        "theme=%27%20OR%201%3D1--",
    ],
)
def test_bad_filters_answer_400_with_a_message(client, directory, query):
    for url in (CSV_URL, GEOJSON_URL):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 400
        assert response.json()["error"]


@pytest.mark.django_db
def test_english_export_uses_the_published_translation_of_the_description(client, directory):
    from wagtail.models import Locale

    loire = directory["loire"]
    english = loire.copy_for_translation(Locale.objects.get(language_code="en"))
    english.description = "<p>A fictional structure.</p>"
    english.save()
    rows = read_csv(client.get(f"{CSV_URL}?lang=en&service=diagnostic"))
    assert rows[0]["description"] == "A fictional structure."
    assert [r["name"] for r in read_csv(client.get(CSV_URL))].count("Fabrique Loire") == 1
