"""Translators translate; publishing a translation needs the publish permission, and
submitting a snippet for translation the right to change it."""

from uuid import uuid4

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from tests.portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_page(home, users):
    page = StandardPageFactory(parent=home["fr"], slug="guide", title="Guide")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        uuid=uuid4(), source=source, target_locale=Locale.objects.get(language_code="en")
    )
    translation.save_target(user=users["moderator"], publish=True)
    english = page.get_translation(translation.target_locale)
    return source, english


def publication(page):
    page.refresh_from_db()
    return page.last_published_at, page.latest_revision_id


def update_and_publish(client, user, source):
    client.force_login(user)
    return client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})


def test_a_translator_cannot_publish_by_updating_translations(client, users, translated_page):
    source, english = translated_page
    published = publication(english)
    response = update_and_publish(client, users["translator"], source)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert publication(english) == published


def test_a_translator_can_still_update_without_publishing(client, users, translated_page):
    source, _english = translated_page
    client.force_login(users["translator"])
    response = client.post(f"/admin/localize/update/{source.pk}/", {})
    assert response.status_code == 302
    assert response["Location"] != "/admin/"


def test_a_moderator_can_update_and_publish(client, users, translated_page):
    source, english = translated_page
    published = publication(english)
    response = update_and_publish(client, users["moderator"], source)
    assert response.status_code == 302
    assert response["Location"] != "/admin/"
    assert publication(english) != published


def test_an_editor_cannot_submit_an_organisation_for_translation(client, users, organisations):
    """Editors may translate pages, not organisations they cannot change."""
    entry = organisations["b"]
    url = f"/admin/localize/submit/snippet/network/organisation/{entry.pk}/"
    client.force_login(users["editor"])
    english = Locale.objects.get(language_code="en")
    assert client.get(url).status_code == 302
    client.post(url, {"locales": [english.pk]})
    assert (
        not type(entry)
        .objects.filter(translation_key=entry.translation_key, locale=english)
        .exists()
    )
    client.force_login(users["translator"])
    assert client.get(url).status_code == 200
