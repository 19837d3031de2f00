"""Exact SQL query counts of every detail page, the same with 10 and 100 linked pages."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.content_cache import invalidate_content
from tests.casestudies.factories import CaseStudyActorFactory, CaseStudyPageFactory
from tests.portal.factories import AudienceFactory, ThemeFactory
from tests.resources.factories import (
    BestPracticePageFactory,
    CooperationFormPageFactory,
    GuidePageFactory,
    StudyPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(library, case_index, places):
    theme = ThemeFactory(name="Mobilité", slug="mobilite")
    audience = AudienceFactory(name="Élus", slug="elus")
    image = wagtail_factories.ImageFactory()
    form = CooperationFormPageFactory(parent=library["fr"], slug="ptce")
    practice = BestPracticePageFactory(parent=library["fr"], slug="pratique")
    pages = {
        "guide": GuidePageFactory(parent=library["fr"], slug="guide"),
        "study": StudyPageFactory(parent=library["fr"], slug="etude", cover_image=image),
        "practice": practice,
        "form": form,
        "case": CaseStudyPageFactory(
            parent=case_index["fr"], slug="cas", commune=places["quimper"]
        ),
    }
    for page in pages.values():
        page.themes.set([theme])
        page.audiences.set([audience])
        page.save_revision().publish()
        translate(page)  # every page has its English translation, as in the demo
    case = pages["case"]
    case.cooperation_forms.set([form])
    case.best_practices.set([practice])
    CaseStudyActorFactory(page=case)
    case.save_revision().publish()

    def add_case_studies(count):
        for _ in range(count):
            other = CaseStudyPageFactory(
                parent=case_index["fr"], commune=places["ajaccio"], listing_image=image
            )
            other.themes.set([theme])
            other.cooperation_forms.set([form])
            other.best_practices.set([practice])
            other.save_revision().publish()

    return pages, add_case_studies


def _queries(client, url, after_a_change=False):
    client.get(url)  # warm the caches, as in production
    if after_a_change:
        invalidate_content()  # what any publication does
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_detail_query_counts_are_exact_and_do_not_grow_with_linked_content(client, world):
    pages, add_case_studies = world
    add_case_studies(10)
    small = {name: _queries(client, page.url) for name, page in pages.items()}
    add_case_studies(90)
    large = {name: _queries(client, page.url) for name, page in pages.items()}
    assert small == large == DETAIL_QUERIES


def test_detail_query_counts_right_after_a_publication_are_exact_too(client, world):
    pages, add_case_studies = world
    add_case_studies(10)
    small = {name: _queries(client, page.url, after_a_change=True) for name, page in pages.items()}
    add_case_studies(90)
    large = {name: _queries(client, page.url, after_a_change=True) for name, page in pages.items()}
    assert small == large == DETAIL_QUERIES_AFTER_A_CHANGE


# The frame every page pays is 3 queries: the page and its ancestors (portal/routing.py),
# the page's own type, its translations for the language switcher (view restrictions and
# breadcrumbs reuse the ancestors). Then the study's cover image, the case study's place
# and actors. What is derived from other pages or links (related content, taxonomy
# terms, derived case studies, cooperation forms and practices) is cached until the
# content changes (portal/content_cache.py).
DETAIL_QUERIES = {"guide": 3, "study": 4, "practice": 3, "form": 3, "case": 5}
# Right after a publication: related content by theme (one query per model), taxonomy
# terms (one), the derived case studies (one), or the case study's cooperation forms and
# practices (two).
DETAIL_QUERIES_AFTER_A_CHANGE = {"guide": 6, "study": 7, "practice": 7, "form": 7, "case": 10}
