"""The body blocks as readers get them, rendered inside a guide."""

import re

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from portal.blocks import add_heading_ids, table_of_contents
from tests.resources.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


def test_rich_text_headings_get_anchors_that_the_table_of_contents_uses():
    html = add_heading_ids(
        '<h2 data-block-key="a">Les leviers &amp; outils</h2><p>x</p>'
        '<h3>Un <b>AMI</b></h3><h2 id="kept">Gardé</h2>'
    )
    assert '<h2 data-block-key="a" id="les-leviers-outils">' in html
    assert '<h3 id="un-ami">Un <b>AMI</b></h3>' in html
    assert '<h2 id="kept">Gardé</h2>' in html


@pytest.fixture
def guide(library):
    document = Document(title="Le rapport")
    document.file.save("rapport.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048), save=False)
    document.save()
    image = wagtail_factories.ImageFactory(title="Illustration")
    other = GuidePageFactory(parent=library["fr"], slug="autre", title="Autre guide")
    draft = GuidePageFactory(parent=library["fr"], slug="brouillon", title="Brouillon", live=False)
    body = [
        ("heading", {"text": "Le problème", "level": "h2"}),
        ("paragraph", "<p>Texte.</p><h3>Les leviers</h3><p>Suite.</p>"),
        ("callout", {"kind": "warning", "title": "", "text": "<p>Attention.</p>"}),
        (
            "key_figures",
            {
                "title": "La Fabrique en 2022",
                "source": "Avise",
                "figures": [{"figure": "299", "label": "séances de créativité"}],
            },
        ),
        ("quote", {"quote": "Coopérer, c'est durer.", "author": "Une élue", "role": "Maire"}),
        (
            "image",
            {
                "image": image,
                "alt_text": "Un schéma",
                "caption": "Le schéma",
                "credit": "Avise",
            },
        ),
        ("document", {"document": document, "title": ""}),
        (
            "steps",
            {
                "title": "Avant de commencer",
                "style": "checklist",
                "steps": [{"title": "Réunir les acteurs", "text": ""}],
            },
        ),
        (
            "questions",
            {
                "title": "Questions fréquentes",
                "questions": [
                    {
                        "question": "Qu'est-ce qu'un AMI ?",
                        "answer": "<p>Un appel à manifestation.</p>",
                    }
                ],
            },
        ),
        ("related", {"title": "À lire aussi", "pages": [other, draft]}),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=abcdefghijk",
                "title": "Le film",
                "transcript": "<p>Transcription.</p>",
            },
        ),
    ]
    return GuidePageFactory(parent=library["fr"], slug="guide", title="Le guide", body=body)


def test_table_of_contents_lists_heading_blocks_and_rich_text_headings(guide):
    assert table_of_contents(guide.body) == [
        ("le-probleme", "Le problème", "h2"),
        ("les-leviers", "Les leviers", "h3"),
    ]


def test_every_block_renders_what_readers_need(client, guide):
    html = client.get(guide.url).content.decode()
    assert 'href="#le-probleme"' in html and 'href="#les-leviers"' in html
    assert 'id="les-leviers"' in html and 'id="le-probleme"' in html
    assert 'role="note"' in html and "Watch out" in html or "Attention" in html
    assert "299" in html and "séances de créativité" in html
    assert "Coopérer, c&#x27;est durer." in html and "Maire" in html
    assert 'alt="Un schéma"' in html and "© Avise" in html
    assert re.search(r"Le rapport</a>\s*<span class=\"download__meta\">\(PDF, 2,0", html)
    assert '<ul class="checklist">' in html and "Réunir les acteurs" in html
    assert "<details" in html and "<summary>Qu&#x27;est-ce qu&#x27;un AMI ?</summary>" in html
    assert "Autre guide" in html and "Brouillon" not in html
    assert "data-video-load" in html and "<iframe" not in html
    assert "Transcription." in html
