"""Answers derived from the content are cached until the content changes."""

import pytest
from wagtail.models import PageViewRestriction

from portal.content_cache import cached
from tests.resources.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


def _titles(client):
    return [card.title for card in client.get("/fr/ressources/").context["listing"].items]


def test_a_cached_answer_is_computed_once(library):  # noqa: F811
    calls = []
    assert cached("answer", lambda: calls.append(1) or []) == []
    assert cached("answer", lambda: calls.append(1) or []) == []
    assert calls == [1]  # an empty answer is remembered too


@pytest.mark.parametrize("change", ["unpublish", "delete", "restrict"])
def test_the_library_forgets_a_page_as_soon_as_it_is_withdrawn(client, library, change):  # noqa: F811
    guide = GuidePageFactory(parent=library["fr"], title="Guide à retirer")
    guide.save_revision().publish()
    assert _titles(client) == ["Guide à retirer"]
    if change == "unpublish":
        guide.unpublish()
    elif change == "delete":
        guide.delete()
    else:
        PageViewRestriction.objects.create(page=guide, restriction_type="login")
    assert _titles(client) == []
