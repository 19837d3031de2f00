"""A page's taxonomy terms in one query, and its unsaved choices while previewed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.portal.factories import AudienceFactory, ThemeFactory
from tests.resources.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


def test_every_taxonomy_field_comes_from_one_query_in_the_terms_order(library):  # noqa: F811
    second = ThemeFactory(name="Habitat", sort_order=2)
    first = ThemeFactory(name="Mobilité", sort_order=1)
    audience = AudienceFactory(name="Élus")
    guide = GuidePageFactory(parent=library["fr"])
    guide.themes.set([second, first])
    guide.audiences.set([audience])
    guide.save()
    page = type(guide).objects.get(pk=guide.pk)
    with CaptureQueriesContext(connection) as queries:
        terms = page.linked_terms
    assert len(queries) <= 1
    assert [term.name for term in terms["themes"]] == ["Mobilité", "Habitat"]
    assert [term.slug for term in terms["audiences"]] == [audience.slug]
    assert terms["territory_types"] == []


def test_a_previewed_page_shows_its_unsaved_choices(library):  # noqa: F811
    saved, unsaved = ThemeFactory(name="Habitat"), ThemeFactory(name="Mobilité")
    guide = GuidePageFactory(parent=library["fr"])
    guide.themes.set([saved])
    guide.save()
    guide.themes = [unsaved]  # in memory only, as in a preview
    assert [term.name for term in guide.linked_terms["themes"]] == ["Mobilité"]
