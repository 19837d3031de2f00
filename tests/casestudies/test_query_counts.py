"""SQL queries of every detail page: under the detail ceiling, and no more with 100 linked
pages than with 10."""

import pytest
import wagtail_factories
from wagtail.models import Locale

from tests import query_ceilings
from tests.casestudies.factories import CaseStudyActorFactory, CaseStudyPageFactory
from tests.portal.factories import AudienceFactory, ThemeFactory
from tests.query_ceilings import count_queries
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


# A detail page two levels below the home: Wagtail's routing (the locale, the home, then
# each level's page and its type; the English home is one more), its view restrictions
# (the ancestors, then their restrictions), the language switcher, then the page's own
# data (the study's cover image, the case study's place and actors). The breadcrumbs
# reuse the parents found by the routing. What is derived from other pages (related
# content, taxonomy terms, derived case studies, cooperation forms and practices) is
# cached until the content changes (portal/content_cache.py), then read again.
@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(
    ("after_a_change", "ceiling"),
    [(False, query_ceilings.DETAIL), (True, query_ceilings.DETAIL_AFTER_A_PUBLICATION)],
    ids=["warm", "after a change"],
)
def test_detail_query_counts_stay_under_the_ceiling_and_do_not_grow_with_linked_content(
    client, world, language, after_a_change, ceiling
):
    pages, add_case_studies = world
    locale = Locale.objects.get(language_code=language)
    urls = {name: page.get_translation(locale).url for name, page in pages.items()}
    add_case_studies(10)
    small = {
        name: count_queries(client, url, warm=True, after_a_change=after_a_change)
        for name, url in urls.items()
    }
    add_case_studies(90)
    large = {
        name: count_queries(client, url, warm=True, after_a_change=after_a_change)
        for name, url in urls.items()
    }
    for name in pages:
        assert large[name] <= small[name] <= ceiling, (name, small, large)
