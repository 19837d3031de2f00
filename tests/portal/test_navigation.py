"""The menus are cached per site and language, and follow what readers may see at once.

A page made private (or public again) changes the menus on the next request, not after
the cache's hour (issue 18, Low 2), and likewise the spelling vocabulary.
"""

import pytest
from wagtail.models import Locale, PageViewRestriction, Site

from portal.models import NavigationSettings
from search.suggestions import vocabulary
from tests.portal.factories import StandardPageFactory
from tests.resources.factories import translate

pytestmark = pytest.mark.django_db
LOGIN = PageViewRestriction.LOGIN


@pytest.fixture
def menu_page(home):
    french = StandardPageFactory(parent=home["fr"], slug="adherer", title="Adhérer Zorbexique")
    english = translate(french, slug="join", title="Join Zorbexique")
    settings = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.primary = [("link", {"page": french})]
    settings.save()
    return {"fr": french, "en": english}


def main_menu(client, language):
    html = client.get(f"/{language}/").content.decode()
    start = html.index('<nav class="main-nav"') if 'class="main-nav"' in html else len(html)
    return html[start : html.find("</nav>", start)]


def test_a_page_made_private_leaves_the_cached_menus_at_once(client, menu_page):
    assert 'href="/fr/adherer/"' in main_menu(client, "fr")  # cached now
    assert 'href="/en/join/"' in main_menu(client, "en")

    restriction = PageViewRestriction.objects.create(page=menu_page["fr"], restriction_type=LOGIN)

    assert "/fr/adherer/" not in main_menu(client, "fr")
    assert "/en/join/" not in main_menu(client, "en")

    restriction.delete()

    assert 'href="/fr/adherer/"' in main_menu(client, "fr")
    assert 'href="/en/join/"' in main_menu(client, "en")


def test_a_page_made_private_leaves_the_spelling_vocabulary(menu_page):
    french = Locale.objects.get(language_code="fr")
    assert "zorbexique" in vocabulary(french)  # cached now

    restriction = PageViewRestriction.objects.create(page=menu_page["fr"], restriction_type=LOGIN)
    assert "zorbexique" not in vocabulary(french)
    assert "zorbexique" not in vocabulary(Locale.objects.get(language_code="en"))

    restriction.delete()
    assert "zorbexique" in vocabulary(french)
