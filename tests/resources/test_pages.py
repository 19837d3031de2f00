import pytest

from tests.resources.factories import (
    BestPracticePageFactory,
    CooperationFormPageFactory,
    GuidePageFactory,
    StudyPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("factory", "marker"),
    [
        (GuidePageFactory, "Ce guide explique comment coopérer."),
        (BestPracticePageFactory, "Réunir les acteurs"),
        (StudyPageFactory, "Un constat"),
        (CooperationFormPageFactory, "Un diagnostic partagé."),
    ],
)
def test_each_resource_type_renders_in_both_languages(client, library, factory, marker):
    french = factory(parent=library["fr"], slug="page")
    english = translate(french, title="English title")
    response = client.get(french.url)
    assert response.status_code == 200
    assert marker in response.content.decode()
    response = client.get(english.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "English title" in html
