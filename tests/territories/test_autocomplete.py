import pytest

from territories import loader
from territories.normalize import normalize_name

pytestmark = pytest.mark.django_db

SAMPLE = {
    "42218",  # Saint-Étienne
    "76575",  # Saint-Étienne-du-Rouvray
    "91228",  # Évry-Courcouronnes
    "2A004",  # Ajaccio
    "2B033",  # Bastia
    "97120",  # Pointe-à-Pitre (97110)
    "97101",  # Les Abymes (97139)
    "75056",  # Paris
    "75101",  # Paris 1er
    "01001",  # L'Abergement-Clémenciat (01400)
    "01093",  # Châtillon-sur-Chalaronne (01400)
}


@pytest.fixture
def gazetteer(db):
    loader.load(only_insee=SAMPLE)


def autocomplete(client, query):
    response = client.get("/api/places/autocomplete/", {"q": query})
    assert response.status_code == 200
    return [r["code"] for r in response.json()["results"] if r["type"] == "commune"]


@pytest.mark.parametrize(
    "query", ["st etienne", "Saint-Étienne", "SAINT ETIENNE", "st-étienne", "saint étienne"]
)
def test_name_prefix_ignores_accents_case_hyphens_and_saint(client, gazetteer, query):
    assert autocomplete(client, query)[:2] == ["42218", "76575"]


def test_prefix_of_a_compound_name(client, gazetteer):
    assert autocomplete(client, "evry") == ["91228"]
    assert autocomplete(client, "courcouronnes") == ["91228"]


def test_postcode_shared_by_several_communes(client, gazetteer):
    assert set(autocomplete(client, "01400")) == {"01001", "01093"}


def test_overseas_postcode_and_insee_code(client, gazetteer):
    assert autocomplete(client, "97110") == ["97120"]
    assert autocomplete(client, "97120") == ["97120"]


@pytest.mark.parametrize(
    ("query", "code"), [("2A004", "2A004"), ("2a004", "2A004"), ("2B033", "2B033")]
)
def test_corsican_insee_codes(client, gazetteer, query, code):
    assert autocomplete(client, query) == [code]


def test_biggest_commune_first(client, gazetteer):
    assert autocomplete(client, "paris")[0] == "75056"


def departments(client, query):
    response = client.get("/api/places/autocomplete/", {"q": query})
    return [r["code"] for r in response.json()["results"] if r["type"] == "department"]


def test_departement_names_without_accents_and_after_a_reload(client, gazetteer):
    from django.core.cache import cache

    from territories.models import Department

    assert departments(client, "ardech") == ["07"]
    assert departments(client, "Côtes") == ["22"]
    assert departments(client, "Lo") == []  # too short for a name
    Department.objects.filter(code="07").update(name="Vivarais")
    cache.clear()
    assert departments(client, "vivar") == ["07"]  # the names are cached with this one
    loader.load(only_insee=SAMPLE)  # puts the real name back and forgets the cached names
    assert departments(client, "ardech") == ["07"]


def test_result_carries_what_a_form_needs(client, gazetteer):
    result = client.get("/api/places/autocomplete/", {"q": "ajaccio"}).json()["results"][0]
    assert result["label"] == "Ajaccio (2A)"
    assert result["department"] == "2A"
    assert result["postcodes"] == ["20000", "20090", "20167"]
    assert result["detail"] == "20000 20090 20167"  # shown after the label
    assert -90 < result["latitude"] < 90


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 500,
        "'; DROP TABLE territories_commune; --",
        "%",
        "_",
        ".*",
        "(((",
        "[a-z]+",
        "\\",
        "\x00",
        "🙂",
        "%%%",
    ],
)
def test_bad_input_answers_cleanly(client, gazetteer, query):
    response = client.get("/api/places/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert response.json()["results"] == []


def test_absurdly_long_query_is_refused(client, gazetteer):
    response = client.get("/api/places/autocomplete/", {"q": "x" * 1000})
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("Saint-Étienne", "st etienne"),
        ("Sainte-Anne", "ste anne"),
        ("L'Haÿ-les-Roses", "l hay les roses"),
        ("Œuilly", "oeuilly"),
    ],
)
def test_normalize_name(raw, normal):
    assert normalize_name(raw) == normal
