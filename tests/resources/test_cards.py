"""One card component (templates/components/card.html) wherever pages are shown as cards:
the library, the home's featured pages and the related content cards of a body."""

import datetime
import re

import pytest
import wagtail_factories

from portal.listing.cards import CARD_RENDITION
from tests.portal.factories import StandardPageFactory
from tests.resources.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(library):
    page = GuidePageFactory(
        parent=library["fr"],
        slug="guide-mobilite",
        title="Le guide mobilité",
        publication_date=datetime.date(2023, 5, 1),
        listing_image=wagtail_factories.ImageFactory(),
    )
    page.save_revision().publish()
    return page


def cards(html):
    return re.findall(r'<article class="card">.*?</article>', html, re.S)


def card_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    [card] = cards(response.content.decode())
    return card


def test_a_library_card_shows_the_image_type_title_summary_and_year(client, guide):
    card = card_of(client, "/fr/ressources/")
    rendition = guide.listing_image.renditions.get()
    assert rendition.filter_spec == CARD_RENDITION  # the spec the listing prefetches
    assert f'<img class="card__image" src="{rendition.url}"' in card
    assert 'class="card__type">Guide</p>' in card
    assert re.search(r'<h3 class="card__title"><a href="/fr/ressources/guide-mobilite/">', card)
    assert "Un guide pour coopérer." in card
    assert '<p class="card__meta">2023</p>' in card
    assert card.count("<a ") == 1  # one link per card


def test_the_homes_featured_card_is_the_same_card_without_the_meta_line(client, home, guide):
    home["fr"].featured = [("page", guide)]
    home["fr"].save_revision().publish()
    card = card_of(client, "/fr/")
    rendition = guide.listing_image.renditions.get()
    assert f'<img class="card__image" src="{rendition.url}"' in card
    assert re.search(r'<h3 class="card__title"><a href="/fr/ressources/guide-mobilite/">', card)
    assert "card__meta" not in card
    assert card.count("<a ") == 1


@pytest.mark.parametrize(("title", "level"), [("À lire aussi", "h3"), ("", "h2")])
def test_related_content_cards_take_the_heading_level_below_their_title(
    client, home, guide, title, level
):
    page = StandardPageFactory(
        parent=home["fr"],
        slug="a-propos",
        body=[("related", {"title": title, "pages": [guide]})],
    )
    page.save_revision().publish()
    card = card_of(client, "/fr/a-propos/")
    assert re.search(
        rf'<{level} class="card__title"><a href="/fr/ressources/guide-mobilite/">', card
    )
    assert card.count("<a ") == 1
