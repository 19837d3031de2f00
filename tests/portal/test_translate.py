"""portal.translate: the English pages it makes are real, published translations."""

import pytest
from django.db import transaction
from wagtail.models import Page

from portal.models import StandardPage
from portal.translate import translate


def standard_page(parent, slug, body):
    page = StandardPage(title=f"Page {slug}", slug=slug, body=body)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


@pytest.mark.django_db
def test_every_paragraph_and_list_item_gets_its_own_english_text(home):
    french = standard_page(
        home["fr"],
        "plusieurs-paragraphes",
        [("paragraph", "<p>Un.</p><p>Deux.</p><ul><li>Trois.</li><li>Quatre.</li></ul>")],
    )

    english = translate(
        french,
        {
            "title": "Several paragraphs",
            "body": [
                ("paragraph", "<p>One.</p><p>Two.</p><ul><li>Three.</li><li>Four.</li></ul>")
            ],
        },
    )

    html = str(english.body[0].value)
    assert [text in html for text in ("One.", "Two.", "Three.", "Four.")] == [True] * 4


@pytest.mark.django_db
def test_translation_is_live_at_once_and_the_tree_stays_consistent(home):
    with transaction.atomic():  # as setup_site and load_demo run
        parent = standard_page(home["fr"], "parent", [])
        english_parent = translate(parent, {"title": "Parent"})
        assert english_parent.live
        for number in range(2):
            child = standard_page(parent, f"enfant-{number}", [])
            translate(child, {"title": f"Child {number}"})

    english_parent = Page.objects.get(pk=english_parent.pk)
    assert english_parent.numchild == english_parent.get_children().count() == 2
    assert not any(Page.find_problems())


@pytest.mark.django_db
def test_the_english_page_gets_an_english_address(client, home):
    french = standard_page(home["fr"], "qui-sommes-nous", [])
    english = translate(french, {"title": "Who we are"})
    assert english.slug == "who-we-are"
    assert client.get("/en/who-we-are/").status_code == 200
    assert client.get("/fr/qui-sommes-nous/").status_code == 200
    given = translate(
        standard_page(home["fr"], "contact", []), {"title": "Contact us", "slug": "contact"}
    )
    assert given.slug == "contact"
