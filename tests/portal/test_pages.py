import pytest
import wagtail_factories

from portal.models import HomePage, StandardPage
from tests import query_ceilings
from tests.portal.factories import StandardPageFactory
from tests.query_ceilings import count_queries

pytestmark = pytest.mark.django_db


def test_standard_page_renders_body_blocks_and_table_of_contents(client, home):
    StandardPageFactory(
        parent=home["fr"],
        slug="guide",
        title="Mode d'emploi",
        body=[
            ("heading", {"text": "Premiers pas", "level": "h2"}),
            ("paragraph", "<p>Un paragraphe d'introduction.</p>"),
            ("heading", {"text": "Aller plus loin", "level": "h2"}),
            (
                "questions",
                {
                    "title": "",
                    "questions": [
                        {"question": "Qui peut répondre ?", "answer": "<p>Les structures.</p>"}
                    ],
                },
            ),
        ],
    )
    html = client.get("/fr/guide/").content.decode()
    assert '<h2 id="premiers-pas">Premiers pas</h2>' in html
    assert '<a href="#aller-plus-loin">Aller plus loin</a>' in html
    assert "<summary>Qui peut répondre ?</summary>" in html
    assert 'aria-current="page">Mode d&#x27;emploi</span>' in html


def test_standard_page_query_count_does_not_grow_with_siblings(client, home):
    page = StandardPageFactory(parent=home["fr"], slug="a-propos")
    before = count_queries(client, page.url, warm=True)
    for index in range(25):
        StandardPageFactory(parent=home["fr"], slug=f"autre-{index}")
        StandardPageFactory(parent=page, slug=f"enfant-{index}")
    after = count_queries(client, page.url, warm=True)
    assert after <= before <= query_ceilings.DETAIL


def test_home_hero_image_is_a_webp_rendition_with_srcset(client, home):
    image = wagtail_factories.ImageFactory(title="Paysage")
    home["fr"].hero_image = image
    home["fr"].save_revision().publish()
    html = client.get("/fr/").content.decode()
    assert 'class="hero__image"' in html
    assert ".webp" in html.split('class="hero__image"', 1)[1].split(">", 1)[0]
    assert "srcset=" in html


def test_home_shows_only_live_featured_pages(client, home):
    live = StandardPageFactory(parent=home["fr"], slug="vivante", title="Page publiée")
    draft = StandardPageFactory(parent=home["fr"], slug="brouillon", title="Brouillon", live=False)
    home["fr"].featured = [("page", live), ("page", draft)]
    home["fr"].save_revision().publish()
    html = client.get("/fr/").content.decode()
    assert "Page publiée" in html
    assert "Brouillon" not in html


def test_page_types_are_created_only_where_they_belong():
    assert StandardPage.can_create_at(HomePage())
    assert HomePage not in StandardPage.allowed_subpage_models()
    assert set(HomePage.allowed_parent_page_models()) == {
        model for model in HomePage.allowed_parent_page_models() if model.__name__ == "Page"
    }


def test_english_home_features_the_translations_of_the_chosen_pages(client, home, locales):
    first = StandardPageFactory(parent=home["fr"], slug="premiere", title="Première")
    second = StandardPageFactory(parent=home["fr"], slug="seconde", title="Seconde")
    for page, title in [(first, "First"), (second, "Second")]:
        english = page.copy_for_translation(locales["en"])
        english.title = title
        english.save_revision().publish()
    home["fr"].featured = [("page", second), ("page", first)]
    home["fr"].save_revision().publish()
    home["en"].featured = [("page", second), ("page", first)]
    home["en"].save_revision().publish()

    english_html = client.get("/en/").content.decode()
    assert english_html.index(">Second<") < english_html.index(">First<")
    assert "Première" not in english_html
