"""setup_site: an empty database gets its locales, home pages, site and synchronisation;
a second run changes nothing."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import LocaleSynchronization, StringTranslation, Translation

from portal.models import HomePage

pytestmark = pytest.mark.django_db


def setup_site():
    output = io.StringIO()
    call_command("setup_site", stdout=output)
    return output.getvalue()


def state():
    return {
        "locales": list(Locale.objects.order_by("pk").values_list("pk", "language_code")),
        "pages": list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "sites": list(Site.objects.values_list("pk", "hostname", "port", "root_page_id")),
        "sync": list(LocaleSynchronization.objects.values_list("locale_id", "sync_from_id")),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
    }


def test_an_empty_database_gets_locales_homes_site_and_synchronisation(client):
    # What migrate leaves: Wagtail's welcome page as the root of a localhost site.
    (welcome,) = Page.objects.filter(depth=2)
    assert welcome.specific_class is Page

    setup_site()

    french, english = (
        Locale.objects.get(language_code="fr"),
        Locale.objects.get(language_code="en"),
    )
    home = HomePage.objects.get(locale=french, depth=2)
    assert (home.title, home.slug, home.live) == ("Accueil", "accueil", True)
    translation = home.get_translation(english)
    assert (translation.title, translation.slug, translation.live) == ("Home", "home", True)
    # A wagtail-localize translation, which editors can open in the translation editor.
    assert Translation.objects.filter(
        source__object_id=home.translation_key, target_locale=english
    ).exists()
    site = Site.objects.get()
    assert (site.is_default_site, site.root_page_id) == (True, home.pk)
    assert (site.hostname, site.port, site.site_name) == ("testserver", 80, "Avise")
    assert not Page.objects.filter(pk=welcome.pk).exists()
    assert LocaleSynchronization.objects.get(locale=english).sync_from == french
    assert client.get("/fr/").status_code == 200
    assert client.get("/en/").status_code == 200


def test_a_second_run_changes_nothing():
    setup_site()
    before = state()
    assert setup_site() == "Site already set up.\n"
    assert state() == before


def test_the_site_follows_its_address_and_keeps_its_home():
    setup_site()
    home = Site.objects.get().root_page
    with override_settings(WAGTAILADMIN_BASE_URL="https://portail.example.org"):
        assert "site set to https://portail.example.org" in setup_site()
    site = Site.objects.get()
    assert (site.hostname, site.port, site.root_page_id) == ("portail.example.org", 443, home.pk)
    assert HomePage.objects.count() == 2


def test_the_roles_are_in_every_database_before_setup_site_runs():
    # accounts/migrations/0002_roles.py runs at migrate, in every database.
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Editors",
        "Moderators",
        "Translators",
        "Directory managers",
        "Network members",
    }
