"""The whole demo command: every demo page of the library and the case studies exists in
French and as a wagtail-localize translation in English, renders, and a second run
creates nothing.

One test, because loading the demo is what costs: it runs once, with the foundation's,
the library's and the case studies' loaders only (the directory's demo needs communes of
its own), on a gazetteer reduced to the communes the case studies use.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from casestudies import demo_content as case_study_content
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from portal.management.commands import load_demo
from portal.models import HomePage, NavigationSettings
from resources import demo_content as resource_content
from resources.models import (
    BestPracticePage,
    CooperationFormPage,
    GuidePage,
    ResourceIndexPage,
    StudyPage,
)
from territories import loader

LIBRARY_PAGES = [
    (GuidePage, resource_content.GUIDE["slug"]),
    *[(BestPracticePage, data["slug"]) for data in resource_content.BEST_PRACTICES],
    *[(StudyPage, data["slug"]) for data in resource_content.STUDIES],
    *[(CooperationFormPage, data["slug"]) for data in resource_content.COOPERATION_FORMS],
]
CASE_STUDIES = case_study_content.CASE_STUDIES


def counts():
    return {
        "pages": Page.objects.count(),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
        "translations": Translation.objects.count(),
    }


def french_demo_pages():
    french = Locale.objects.get(language_code="fr")
    library = ResourceIndexPage.objects.get(locale=french, slug=resource_content.LIBRARY["slug"])
    index = CaseStudyIndexPage.objects.get(locale=french, slug=case_study_content.INDEX["slug"])
    pages = [library, index]
    pages += [model.objects.child_of(library).get(slug=slug) for model, slug in LIBRARY_PAGES]
    pages += [
        CaseStudyPage.objects.child_of(index).get(slug=data["slug"]) for data in CASE_STUDIES
    ]
    return pages


@pytest.mark.django_db
def test_demo_pages_exist_in_both_languages_render_and_load_once(client, monkeypatch):
    monkeypatch.setattr(load_demo, "APP_DEMOS", ["resources.demo", "casestudies.demo"])
    loader.load(only_insee={data["insee"] for data in CASE_STUDIES})
    call_command("load_demo", stdout=io.StringIO())
    english = Locale.objects.get(language_code="en")

    pages = french_demo_pages()
    assert len(pages) == 2 + len(LIBRARY_PAGES) + len(CASE_STUDIES)
    assert len(CASE_STUDIES) >= 13
    for page in pages:
        translated = page.get_translation(english).specific
        assert translated.live and translated.title != page.title, page.slug
        assert Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=english
        ).exists(), page.slug
        for version in (page, translated):
            response = client.get(version.url)
            assert response.status_code == 200, version.url
            assert f'lang="{version.locale.language_code}"' in response.content.decode()
    # Translating inside one transaction must leave the page tree consistent.
    assert not any(Page.find_problems())

    paris = CaseStudyPage.objects.get(
        slug="ville-de-paris-comites-de-filiere", locale__pk=pages[0].locale_id
    )
    assert (paris.commune_id, paris.region_id) == ("75056", "11")
    regions = set(CaseStudyPage.objects.values_list("region_id", flat=True))
    assert {"94", "04", "03"} <= regions  # Corsica, Réunion, French Guiana
    assert {"ptce", "scic", "ami", "crte", "comite-de-filiere", "cluster-cooperatif"} <= set(
        CaseStudyPage.objects.values_list("cooperation_forms__slug", flat=True)
    )

    home = HomePage.objects.get(pk=pages[0].get_parent().pk)
    assert [block.value.specific_class for block in home.featured] == [
        GuidePage,
        ResourceIndexPage,
        CaseStudyIndexPage,
        StudyPage,
    ]
    navigation = NavigationSettings.objects.get()
    linked = [block.value["page"].pk for block in navigation.primary]
    assert linked[:2] == [pages[0].pk, pages[1].pk]

    before = counts()
    call_command("load_demo", stdout=io.StringIO())
    assert counts() == before
