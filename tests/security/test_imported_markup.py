"""Descriptions from an import are text, or the rich text the field's editor allows.

A spreadsheet cell that starts with "<" used to be stored as it was: a
`<meta http-equiv="refresh">` sent readers of the entry's page, and moderators opening
its revisions, to another site.
"""

import csv
import importlib
import io

import pytest
from django.apps import apps as global_apps
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Revision
from wagtail_localize.models import TranslationSource

from network.importer import import_file
from network.models import Organisation
from tests.network.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">'
    '<p onclick="steal()">Bonjour <b>gras</b> <i>penché</i> '
    '<a href="https://ok.example/">site</a> <a href="javascript:alert(1)">piège</a></p>'
    '<script>alert("x")</script><iframe src="https://evil.example/"></iframe>'
    '<img src="x" onerror="alert(1)"><ul><li>un</li></ul><h2>Titre</h2>'
)
# What the field's own features (bold, italic, link, ul, ol) keep of it: the text of the
# other elements, except a script's.
CLEANED = (
    '<p>Bonjour <b>gras</b> <i>penché</i> <a href="https://ok.example/">site</a> '
    "<a>piège</a></p><ul><li>un</li></ul>Titre"
)
MARKUP_FROM_THE_FILE = (
    "http-equiv",
    "evil.example",
    "<script>",
    "onerror",
    "onclick",
    "javascript:",
)


def import_description(description, name="Structure importée"):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["external_id", "name", "kind", "commune", "description"])
    writer.writerow(["imp-1", name, "incubator", "42218", description])
    report = import_file(buffer.getvalue().encode(), "liste.csv", dry_run=False)
    assert report.rejected == 0, [row.errors for row in report.rows]
    return Organisation.objects.get(external_id="imp-1")


def assert_no_markup_from_the_file(html):
    for marker in MARKUP_FROM_THE_FILE:
        assert marker not in html, marker


def test_html_in_a_cell_is_reduced_to_the_fields_rich_text_features(gazetteer):
    organisation = import_description(HOSTILE)
    assert organisation.description == CLEANED


def test_plain_text_stays_text_in_paragraphs(gazetteer):
    organisation = import_description("Ligne 1 <b>pas du gras</b>\n\nLigne 2 & co")
    assert organisation.description == (
        "<p>Ligne 1 &lt;b&gt;pas du gras&lt;/b&gt;</p><p>Ligne 2 &amp; co</p>"
    )


def test_reimporting_the_same_hostile_file_changes_nothing(gazetteer):
    first = import_description(HOSTILE)
    second = import_description(HOSTILE)
    assert second.latest_revision_id == first.latest_revision_id


def test_public_page_and_admin_revision_views_render_no_markup_from_the_file(client, directory):
    import_description("<p>Première version</p>")
    organisation = import_description(HOSTILE, name="Structure importée")
    page = client.get(f"/fr/annuaire/{organisation.slug}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "<b>gras</b>" in html  # positive control: the description is on the page
    assert_no_markup_from_the_file(html)

    moderator = get_user_model().objects.create_superuser("mod", "mod@example.org", "x" * 20)
    client.force_login(moderator)
    old, new = organisation.revisions.order_by("pk").values_list("pk", flat=True)
    namespace = "wagtailsnippets_network_organisation"
    revision = client.get(reverse(f"{namespace}:revisions_view", args=[organisation.pk, new]))
    compare = client.get(
        reverse(f"{namespace}:revisions_compare", args=[organisation.pk, old, new])
    )
    for response in (revision, compare):
        assert response.status_code == 200
        html = response.content.decode()
        assert "gras" in html
        assert_no_markup_from_the_file(html)


# Rows imported before the fix ------------------------------------------------------------

# What Wagtail's editor writes: block keys and internal page links, which must survive.
WRITTEN_IN_THE_EDITOR = (
    '<p data-block-key="k1">Écrit <b>dans</b> l’éditeur, '
    '<a linktype="page" id="3">une page</a>, <a href="https://ok.example/">un site</a></p>'
    '<ul><li data-block-key="k2">un</li></ul>'
)


def clean_existing_descriptions():
    migration = importlib.import_module("network.migrations.0008_clean_imported_descriptions")
    migration.clean_descriptions(global_apps, None)


def test_the_migration_cleans_rows_revisions_and_translations_imported_before(gazetteer):
    english = Locale.objects.get(language_code="en")
    hostile = OrganisationFactory(external_id="old-1", description=HOSTILE)
    hostile.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(hostile)
    source.create_or_update_translation(english, fallback=True)
    translated = hostile.get_translation(english)
    assert "http-equiv" in translated.description  # wagtail-localize copied the markup
    written = OrganisationFactory(description=WRITTEN_IN_THE_EDITOR)
    written.save_revision().publish()
    untouched_revision = written.latest_revision.content

    clean_existing_descriptions()

    hostile.refresh_from_db()
    assert hostile.description == CLEANED
    translated.refresh_from_db()
    assert_no_markup_from_the_file(translated.description)
    assert "gras" in translated.description
    for revision in Revision.objects.filter(object_id__in=[hostile.pk, translated.pk]):
        assert_no_markup_from_the_file(revision.content["description"])
    source.refresh_from_db()
    assert_no_markup_from_the_file(source.content_json)
    # Publishing the translation again rebuilds it from wagtail-localize's stored template.
    source.create_or_update_translation(english, fallback=True)
    translated.refresh_from_db()
    assert_no_markup_from_the_file(translated.description)
    assert "gras" in translated.description

    written.refresh_from_db()
    assert written.description == WRITTEN_IN_THE_EDITOR
    assert Revision.objects.get(pk=written.latest_revision_id).content == untouched_revision
