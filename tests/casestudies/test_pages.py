import pytest

from tests.casestudies.factories import CaseStudyActorFactory, CaseStudyPageFactory
from tests.resources.factories import translate

pytestmark = pytest.mark.django_db


def test_case_study_renders_in_both_languages(client, case_index, places):
    french = CaseStudyPageFactory(parent=case_index["fr"], slug="cas", commune=places["quimper"])
    CaseStudyActorFactory(page=french, name="Ville de Quimper", category="public")
    french.save_revision().publish()
    assert french.region == places["brittany"]
    english = translate(french, title="A case in Quimper")
    html = client.get(french.url).content.decode()
    assert "Quimper (29), Bretagne" in html
    assert "Ville de Quimper" in html
    assert "Premier comité." in html
    response = client.get(english.url)
    assert response.status_code == 200
    assert "A case in Quimper" in response.content.decode()
    assert "Ville de Quimper" in response.content.decode()
