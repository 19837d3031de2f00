"""A page's privacy applies to all its translations (issue 18, Medium 6).

Making the French page private through the admin's privacy dialog must close its English
translation at once: the page itself, the English feed, listing, sitemap and search. Removing
the restriction reopens both. Every "not shown" assertion has its positive control: the
same URL showed the page before the change.
"""

import importlib
import xml.etree.ElementTree as ET

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.resources.factories import GuidePageFactory, translate

pytestmark = pytest.mark.django_db

TITLE_FR = "Guide confidentiel Zorbex"
TITLE_EN = "Confidential guide Zorbex"


@pytest.fixture
def guide(library):
    french = GuidePageFactory(parent=library["fr"], slug="zorbex", title=TITLE_FR)
    return {"fr": french, "en": translate(french, title=TITLE_EN)}


def _text(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode()


def _feed_titles(client, url):
    return [item.findtext("title") for item in ET.fromstring(client.get(url).content).iter("item")]


def english_reader_sees(client):
    """Where an anonymous English reader finds the guide: one boolean per place."""
    page = client.get("/en/resources/zorbex/")
    return {
        "page": page.status_code == 200 and TITLE_EN in _text(page),
        "feed": TITLE_EN in _feed_titles(client, "/en/resources/feed/"),
        "listing": TITLE_EN in _text(client.get("/en/resources/")),
        "sitemap": "/en/resources/zorbex/" in _text(client.get("/sitemap.xml")),
        "search": TITLE_EN in _text(client.get("/en/search/", {"q": "Zorbex"})),
    }


EVERYWHERE = dict.fromkeys(["page", "feed", "listing", "sitemap", "search"], True)
NOWHERE = dict.fromkeys(EVERYWHERE, False)


def set_privacy(page, superuser, **data):
    """What the admin's privacy dialog posts for `page`."""
    admin = Client()
    admin.force_login(superuser)
    response = admin.post(f"/admin/pages/{page.pk}/privacy/", data)
    assert response.status_code == 200
    assert '"step": "set_privacy_done"' in response.content.decode()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", "x" * 20)


@pytest.mark.parametrize(
    "data",
    [
        {"restriction_type": "login"},
        {"restriction_type": "password", "password": "s3cret-pass"},
        {"restriction_type": "groups", "groups": "moderators"},
    ],
    ids=["login", "password", "groups"],
)
def test_a_private_french_page_closes_its_english_translation(client, guide, superuser, data):
    assert english_reader_sees(client) == EVERYWHERE  # the control
    if data.get("groups"):
        data = data | {"groups": [Group.objects.get(name="Moderators").pk]}
    set_privacy(guide["fr"], superuser, **data)

    assert english_reader_sees(client) == NOWHERE
    page = client.get("/en/resources/zorbex/")
    if data["restriction_type"] == "password":
        assert page.status_code == 200  # Wagtail's password form, without the content
        assert 'name="password"' in page.content.decode()
    else:
        assert page.status_code == 302
        assert page["Location"].startswith("/en/_util/login/?next=")
    restriction = guide["en"].view_restrictions.get()
    assert restriction.restriction_type == data["restriction_type"]
    assert restriction.password == data.get("password", "")
    assert list(restriction.groups.values_list("pk", flat=True)) == data.get("groups", [])


def test_removing_the_restriction_reopens_both_languages(client, guide, superuser):
    set_privacy(guide["fr"], superuser, restriction_type="login")
    assert english_reader_sees(client) == NOWHERE
    assert client.get("/fr/ressources/zorbex/").status_code == 302

    set_privacy(guide["fr"], superuser, restriction_type="none")

    assert english_reader_sees(client) == EVERYWHERE
    assert client.get("/fr/ressources/zorbex/").status_code == 200
    assert not PageViewRestriction.objects.exists()


def test_a_restriction_set_on_the_translation_closes_the_source(client, guide):
    PageViewRestriction.objects.create(page=guide["en"], restriction_type="login")
    assert client.get("/fr/ressources/zorbex/").status_code == 302
    guide["en"].view_restrictions.get().delete()
    assert client.get("/fr/ressources/zorbex/").status_code == 200


def test_changing_the_restriction_changes_the_translation(guide):
    restriction = PageViewRestriction.objects.create(page=guide["fr"], restriction_type="login")
    restriction.restriction_type = PageViewRestriction.PASSWORD
    restriction.password = "an0ther-pass"
    restriction.save()
    mirrored = guide["en"].view_restrictions.get()
    assert (mirrored.restriction_type, mirrored.password) == ("password", "an0ther-pass")


def test_deleting_a_translation_keeps_the_source_private(client, guide):
    PageViewRestriction.objects.create(page=guide["fr"], restriction_type="login")
    guide["en"].delete()
    assert client.get("/fr/ressources/zorbex/").status_code == 302
    assert guide["fr"].view_restrictions.count() == 1


def test_the_migration_mirrors_restrictions_made_before_it(client, guide):
    """Restrictions saved before the signals existed (a queryset write sends none)."""
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=guide["fr"], restriction_type="password", password="old-pass")]
    )
    assert client.get("/en/resources/zorbex/").status_code == 200  # not mirrored yet
    migration = importlib.import_module("portal.migrations.0002_mirror_view_restrictions")
    migration.mirror_existing_restrictions(django_apps, None)
    mirrored = guide["en"].view_restrictions.get()
    assert (mirrored.restriction_type, mirrored.password) == ("password", "old-pass")
    assert english_reader_sees(client) == NOWHERE
