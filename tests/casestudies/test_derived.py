"""Cross-links typed once (on the case study) and shown on both sides; only live pages."""

import pytest

from casestudies.models import CaseStudyPage
from portal.listing import related
from tests.casestudies.factories import CaseStudyPageFactory
from tests.portal.factories import ThemeFactory
from tests.resources.factories import (
    BestPracticePageFactory,
    CooperationFormPageFactory,
    GuidePageFactory,
    ResourceIndexPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked(home, case_index, locales):
    library = ResourceIndexPageFactory(parent=home["fr"])
    translate(library, title="Resources", slug="resources")
    theme = ThemeFactory(name="Mobilité", slug="mobilite")
    form = CooperationFormPageFactory(parent=library, slug="ptce", title="PTCE")
    practice = BestPracticePageFactory(parent=library, slug="pratique", title="Pratique 1")
    guide = GuidePageFactory(parent=library, slug="guide", title="Le guide mobilité")
    guide.themes.set([theme])
    guide.save_revision().publish()
    case = CaseStudyPageFactory(parent=case_index["fr"], slug="cas", title="Le cas de Quimper")
    case.cooperation_forms.set([form])
    case.best_practices.set([practice])
    case.themes.set([theme])
    case.save_revision().publish()
    return {"form": form, "practice": practice, "case": case, "guide": guide}


def html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_cooperation_form_and_practice_list_the_case_studies_using_them(client, linked):
    assert "Le cas de Quimper" in html(client, linked["form"])
    assert "Le cas de Quimper" in html(client, linked["practice"])
    case_html = html(client, linked["case"])
    assert 'href="/fr/ressources/ptce/"' in case_html
    assert 'href="/fr/ressources/pratique/"' in case_html


def test_derived_links_disappear_when_the_case_study_is_unpublished(client, linked):
    linked["case"].unpublish()
    assert "Le cas de Quimper" not in html(client, linked["form"])
    assert "Le cas de Quimper" not in html(client, linked["practice"])
    assert "Le cas de Quimper" not in html(client, linked["guide"])
    linked["case"].save_revision().publish()
    assert "Le cas de Quimper" in html(client, linked["form"])


def test_case_study_hides_a_cooperation_form_once_unpublished(client, linked):
    linked["form"].unpublish()
    assert 'href="/fr/ressources/ptce/"' not in html(client, linked["case"])


def test_related_content_by_shared_themes_both_ways(client, linked):
    assert "Le cas de Quimper" in html(client, linked["guide"])
    assert "Le guide mobilité" in html(client, linked["case"])


def test_only_registered_page_types_are_suggested_as_related(client, linked, monkeypatch):
    others = [m for m in related.related_content_models() if m is not CaseStudyPage]
    monkeypatch.setattr(related, "_related_content_models", others)
    assert "Le cas de Quimper" not in html(client, linked["guide"])
    assert "Le guide mobilité" in html(client, linked["case"])


def test_a_draft_never_appears_as_related_or_derived(client, linked, case_index):
    draft = CaseStudyPageFactory(
        parent=case_index["fr"], slug="brouillon", title="Brouillon", live=False
    )
    draft.cooperation_forms.set([linked["form"]])
    draft.themes.set(linked["case"].themes.all())
    draft.save_revision()  # saved, not published
    assert "Brouillon" not in html(client, linked["form"])
    assert "Brouillon" not in html(client, linked["guide"])
    assert "Brouillon" not in client.get("/fr/retours-d-experience/").content.decode()
    assert "Brouillon" not in client.get("/fr/retours-d-experience/flux/").content.decode()
    assert "/brouillon/" not in client.get("/sitemap.xml").content.decode()


def test_english_form_lists_the_english_translation_of_the_case_study(client, linked):
    english_form = translate(linked["form"], title="Territorial cluster")
    translate(linked["case"], title="The Quimper case")
    page_html = html(client, english_form)
    assert "The Quimper case" in page_html
    assert "Le cas de Quimper" not in page_html


def test_long_derived_lists_stop_at_ten_and_link_to_the_filtered_index(client, linked, case_index):
    for index in range(11):
        case = CaseStudyPageFactory(parent=case_index["fr"], slug=f"autre-{index}")
        case.cooperation_forms.set([linked["form"]])
        case.best_practices.set([linked["practice"]])
        case.save_revision().publish()
    response = client.get(linked["form"].url)
    assert len(response.context["related_case_studies"]) == 10
    assert 'href="/fr/retours-d-experience/?form=ptce"' in response.content.decode()
    response = client.get(linked["practice"].url)
    assert 'href="/fr/retours-d-experience/?practice=pratique"' in response.content.decode()
    listing = client.get("/fr/retours-d-experience/?practice=pratique").context["listing"]
    assert listing.total == 12
