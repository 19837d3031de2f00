"""The relevance set of demo_relevance.py over the demo content: precision@3 per backend.

The demo is loaded once for the module, inside a transaction rolled back at the end, so
the other tests never see it. Figures are printed at the end of the run
(conftest.pytest_terminal_summary); the suite fails below 0.9 on every database.
"""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page

from territories import loader

from .demo_relevance import ENGLISH_QUERIES, FRENCH_QUERIES, GUIDE
from .precision import PRECISION, backend_name
from .test_relevance import top3 as top3_slugs


def top3(query, language):
    """The top 3 named by their French slugs: English pages have slugs of their own."""
    found = top3_slugs(query, language)
    if language == "fr":
        return found
    french = dict(
        Page.objects.filter(locale__language_code="fr").values_list("slug", "translation_key")
    )
    english = dict(
        Page.objects.filter(locale__language_code=language).values_list("slug", "translation_key")
    )
    by_key = {key: slug for slug, key in french.items()}
    return [by_key.get(english.get(slug), slug) for slug in found]


FLOOR = 0.9


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        loader.load()
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "queries"), [("fr", FRENCH_QUERIES), ("en", ENGLISH_QUERIES)]
)
def test_precision_at_3_over_the_demo(demo, language, queries):
    misses = [
        (query, top)
        for query, expected in queries
        if not set(expected) & set(top := top3(query, language))
    ]
    hits = len(queries) - len(misses)
    PRECISION[(backend_name(), f"{language} demo")] = (hits, len(queries), misses)
    assert hits / len(queries) >= FLOOR, misses


@pytest.mark.django_db
def test_cooperer_filiere_finds_the_guide_first(demo):
    """The reference query: the guide's title holds both words, so it leads, ahead of
    pages whose bodies repeat "filière" more often."""
    assert top3("cooperer filiere", "fr")[0] == GUIDE


def test_demo_relevance_set_is_large_enough():
    assert len(FRENCH_QUERIES) >= 30
    assert len(ENGLISH_QUERIES) >= 15
