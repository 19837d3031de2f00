"""The relevance set (corpus.py): precision@3 per backend and language.

Printed at the end of the run (conftest.pytest_terminal_summary). The suite fails below
0.9 on PostgreSQL; SQLite has no fuzzy matching and a lighter analysis, so its floor is
set just under what it measures, to catch regressions (docs/search.md gives both).
"""

import pytest
from django.db import connection
from django.utils import translation

from search.service import PageSearch
from search.sources import OrganisationSource

from .corpus import ENGLISH_QUERIES, FRENCH_QUERIES
from .precision import PRECISION, backend_name

FLOOR = {"postgresql": 0.9, "sqlite": 0.9}


def top3(query, language):
    with translation.override(language):
        search = PageSearch(query, language)
        slugs = [page.slug for page in search.results[:3]]
        organisations = OrganisationSource().matches(search.backend, query, search.locale)
        slugs += [f"org:{obj.slug}" for obj in organisations[:3]]
    return slugs


@pytest.mark.parametrize(
    ("language", "queries"), [("fr", FRENCH_QUERIES), ("en", ENGLISH_QUERIES)]
)
def test_precision_at_3(corpus, language, queries):
    misses = [
        query for query, expected in queries if not set(expected) & set(top3(query, language))
    ]
    hits = len(queries) - len(misses)
    PRECISION[(backend_name(), language)] = (hits, len(queries), misses)
    assert hits / len(queries) >= FLOOR.get(connection.vendor, 0.9), misses


def test_relevance_set_is_large_enough():
    assert len(FRENCH_QUERIES) + len(ENGLISH_QUERIES) >= 30
