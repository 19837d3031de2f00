"""What the portal sends Elasticsearch 9 and OpenSearch 3, with the HTTP layer recorded.

Each language has its own indices with its own analyser; the French one elides, folds
accents and stems in French, the English one in English; a backend indexes only its
language's pages; a search (facets selected) sends one query restricted to the reader's
locale, live public pages, and asks for ids only.
"""

import pytest
from django.test import Client, override_settings
from wagtail.models import Page

from portal.models import HomePage
from search.conf import backends_from_environment

from . import recording

KINDS = {
    "elasticsearch9": {"node_class": recording.RecordingNode},
    "opensearch3": {"connection_class": recording.RecordingConnection},
}


def configured(kind):
    backends = backends_from_environment(
        kind, "http://search.invalid:9200", "portal", ["fr", "en"], "fr"
    )
    for params in backends.values():
        params["OPTIONS"] = KINDS[kind]
    return backends


def backend(kind, name):
    from modelsearch.backends import import_backend

    params = dict(configured(kind)[name])
    return import_backend(params.pop("BACKEND"))(params)


@pytest.fixture(autouse=True)
def _recorded():
    recording.REQUESTS.clear()
    yield recording.REQUESTS
    recording.REQUESTS.clear()


def sent(method, path_part):
    return [body for m, path, body in recording.REQUESTS if m == method and path_part in path]


@pytest.mark.parametrize("kind", KINDS)
def test_settings_make_one_backend_per_language(kind):
    backends = configured(kind)
    assert set(backends) == {"default", "en"}
    assert backends["default"]["LANGUAGE"] == "fr"
    assert backends["default"]["INDEX_PREFIX"] == "portal_fr_"
    assert backends["en"]["INDEX_PREFIX"] == "portal_en_"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("name", "index", "filters", "stemmer"),
    [
        (
            "default",
            "portal_fr_wagtailcore_page",
            [
                "portal_french_elision",
                "lowercase",
                "portal_french_stop",
                "asciifolding",
                "portal_french_stemmer",
            ],
            "french",
        ),
        (
            "en",
            "portal_en_wagtailcore_page",
            [
                "portal_english_possessive",
                "lowercase",
                "portal_english_stop",
                "asciifolding",
                "portal_english_stemmer",
            ],
            "english",
        ),
    ],
)
def test_each_language_index_has_its_analyser(kind, name, index, filters, stemmer):
    search_backend = backend(kind, name)
    page_index = search_backend.get_index_for_model(Page)
    assert page_index.name == index
    page_index.put()
    (body,) = sent("PUT", f"/{index}")
    analysis = body["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["filter"] == filters
    assert analysis["analyzer"]["default_search"]["filter"] == filters
    stemmer_filter = filters[-1]
    assert analysis["filter"][stemmer_filter] == {"type": "stemmer", "language": stemmer}
    # Autocomplete: accents folded at search time too (wagtail/wagtail#13005).
    assert "asciifolding" in analysis["analyzer"]["portal_autocomplete_search"]["filter"]
    assert "edgengram" in analysis["filter"]  # modelsearch's own settings are kept
    if name == "default":
        assert analysis["filter"]["portal_french_elision"]["articles"][:3] == ["l", "m", "t"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_mapping_uses_the_index_analyser_and_folding_autocomplete(kind):
    search_backend = backend(kind, "default")
    search_backend.get_index_for_model(Page).add_model(HomePage)
    (mapping,) = sent("PUT", "/_mapping")
    properties = mapping["properties"]
    assert properties["_all_text"] == {"type": "text"}  # → the index's "default" analyser
    assert properties["_edgengrams"]["search_analyzer"] == "portal_autocomplete_search"
    assert properties["title"]["type"] == "text"
    assert "analyzer" not in properties["title"]
    assert properties["locale_id_filter"]["type"] in {"integer", "long"}


@pytest.mark.parametrize("kind", KINDS)
def test_a_language_backend_indexes_only_its_language(kind, home):
    french_backend = backend(kind, "default")
    english_backend = backend(kind, "en")
    homes = [HomePage.objects.get(pk=home["fr"].pk), HomePage.objects.get(pk=home["en"].pk)]
    recording.REQUESTS.clear()
    french_backend.get_index_for_model(HomePage).add_items(HomePage, homes)
    english_backend.get_index_for_model(HomePage).add_items(HomePage, homes)
    bulks = [body for method, path, body in recording.REQUESTS if "_bulk" in path]
    ids = [[line["index"]["_id"] for line in body if "index" in line] for body in bulks]
    assert ids == [[str(home["fr"].pk)], [str(home["en"].pk)]]
    paths = [path for method, path, body in recording.REQUESTS if "_bulk" in path]
    assert "portal_fr_wagtailcore_page" in paths[0] or any(
        line.get("index", {}).get("_index") == "portal_fr_wagtailcore_page" for line in bulks[0]
    )


@pytest.mark.parametrize("kind", KINDS)
def test_a_faceted_search_sends_one_query_in_the_readers_language(kind, home):
    with override_settings(WAGTAILSEARCH_BACKENDS=configured(kind)):
        recording.REQUESTS.clear()
        response = Client(HTTP_HOST="localhost").get(
            "/en/search/", {"q": "cooperatives housing", "type": "portal.standardpage"}
        )
    assert response.status_code == 200
    searches = [
        (path, body)
        for method, path, body in recording.REQUESTS
        if "_search" in path and "wagtailcore_page" in path
    ]
    assert searches, recording.REQUESTS
    path, body = searches[0]
    assert path.startswith("/portal_en_wagtailcore_page/_search")
    assert str(body["size"]) == "1000"
    assert body["stored_fields"] == "pk"
    query = body["query"]["bool"]
    assert query["must"]["multi_match"]["query"] == "cooperatives housing"
    assert query["must"]["multi_match"]["operator"] == "and"
    filters = str(query["filter"])
    assert "'live_filter': True" in filters
    assert f"'locale_id_filter': {home['en'].locale_id}" in filters
    assert "wagtailcore.Page" in filters
    # Nothing matched: the typo-tolerant query follows, same filters.
    fuzzy = searches[1][1]["query"]["bool"]["must"]["multi_match"]
    assert fuzzy["fuzziness"] == "AUTO"
