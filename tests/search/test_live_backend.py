"""The relevance set on a real Elasticsearch 9 / OpenSearch 3 (skipped without a server).

SEARCH_TEST_URL=http://127.0.0.1:9200 SEARCH_TEST_BACKEND=elasticsearch9 (or opensearch3)
.venv/bin/pytest tests/search/test_live_backend.py
"""

import os
import uuid

import pytest
from django.core.management import call_command
from django.test import override_settings

from search.backends import backend_for_language
from search.conf import backends_from_environment

from .corpus import ENGLISH_QUERIES, FRENCH_QUERIES
from .precision import PRECISION
from .test_relevance import top3

URL = os.environ.get("SEARCH_TEST_URL")
KIND = os.environ.get("SEARCH_TEST_BACKEND", "elasticsearch9")

pytestmark = pytest.mark.skipif(not URL, reason="SEARCH_TEST_URL is not set")


@pytest.fixture
def live_backends():
    prefix = f"portaltest{uuid.uuid4().hex[:6]}"
    backends = backends_from_environment(KIND, URL, prefix, ["fr", "en"], "fr")
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield backends
        for language in ("fr", "en"):
            for index in backend_for_language(language).all_indexes():
                for concrete in [index, *index.aliased_indices()] if index.is_alias() else [index]:
                    concrete.delete()


@pytest.mark.parametrize(
    ("language", "queries"), [("fr", FRENCH_QUERIES), ("en", ENGLISH_QUERIES)]
)
def test_precision_at_3_on_a_live_server(corpus, live_backends, language, queries):
    call_command("update_index", verbosity=0)
    for name in live_backends:
        backend_for_language(live_backends[name]["LANGUAGE"]).refresh_indexes()
    misses = [q for q, expected in queries if not set(expected) & set(top3(q, language))]
    hits = len(queries) - len(misses)
    PRECISION[(KIND, language)] = (hits, len(queries), misses)
    assert hits / len(queries) >= 0.9, misses
