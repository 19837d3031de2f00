import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook
from wagtail.users.models import UserProfile

from network.importer import REJECT, ImportFileError, import_file, plan, read_rows
from network.models import Organisation
from tests.network.factories import NetworkFactory, OrganisationFactory, ServiceFactory

HEADER = "external_id,name,kind,commune,email,website,services,departements,national,active\n"
GOOD = (
    "fab-1,Fabrique de la Loire,fabrique,42218,contact@example.org,https://example.org,"
    "diagnostic,42 43,no,yes\n"
    "inc-2,Incubateur du Rhône,incubator,69123,,,,,yes,\n"
)


@pytest.fixture
def vocabulary(gazetteer):
    ServiceFactory(slug="diagnostic", name="Diagnostic")
    NetworkFactory(slug="fabrique", name="Fabrique à initiatives")


def run(text, dry_run=False, name="file.csv"):
    return import_file(text.encode(), name, dry_run=dry_run)


def reasons(report):
    return {row.external_id: " ".join(row.errors) for row in report.rows if row.action == REJECT}


@pytest.mark.django_db
def test_dry_run_reports_creations_and_writes_nothing(vocabulary):
    report = run(HEADER + GOOD, dry_run=True)
    assert (report.created, report.updated, report.rejected) == (2, 0, 0)
    assert not Organisation.objects.exists()


@pytest.mark.django_db
def test_import_creates_published_entries_with_their_relations(vocabulary):
    report = run(HEADER + GOOD)
    assert report.applied and report.created == 2
    loire = Organisation.objects.get(external_id="fab-1")
    assert loire.live and loire.active and loire.locale.language_code == "fr"
    assert loire.slug == "fabrique-de-la-loire"
    assert [s.slug for s in loire.services.all()] == ["diagnostic"]
    assert sorted(d.code for d in loire.area_departments.all()) == ["42", "43"]
    assert (loire.latitude, loire.longitude) == (loire.commune.latitude, loire.commune.longitude)
    assert loire.revisions.count() == 1
    assert Organisation.objects.get(external_id="inc-2").national


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("x1,Nom,incubator,99999,,,,,,", "Unknown commune"),
        ("x1,Nom,incubator,42218,pas-un-email,,,,,", "Bad email address"),
        ("x1,Nom,incubator,42218,,javascript:alert(1),,,,", "Bad URL"),
        ("x1,Nom,incubator,42218,,not a url,,,,", "Bad URL"),
        (",Nom,incubator,42218,,,,,,", "Missing required field: external_id"),
        ("x1,,incubator,42218,,,,,,", "Missing required field: name"),
        ("x1,Nom,,42218,,,,,,", "Missing required field: kind"),
        ("x1,Nom,incubator,,,,,,,", "Missing required field: commune"),
        ("x1,Nom,bakery,42218,,,,,,", "Unknown kind"),
        ("x1,Nom,incubator,42218,,,nope,,,", "Unknown services: nope"),
        ("x1,Nom,incubator,42218,,,,99,,", "Unknown departements: 99"),
        ("x1,Nom,incubator,42218,,,,,maybe,", "national must be yes or no"),
    ],
)
def test_each_rejection_reason(vocabulary, row, reason):
    report = run(HEADER + row + "\n", dry_run=True)
    assert report.rejected == 1
    assert reason in report.rows[0].errors[0] or reason in " ".join(report.rows[0].errors)


@pytest.mark.django_db
def test_duplicate_external_id_in_the_file_is_rejected(vocabulary):
    text = HEADER + GOOD + "fab-1,Autre,incubator,42218,,,,,,\n"
    report = run(text, dry_run=True)
    assert reasons(report) == {"fab-1": "Duplicate external id in the file (first on line 2)."}
    assert report.rows[2].line == 4


@pytest.mark.django_db
def test_a_file_with_one_bad_row_writes_nothing(vocabulary):
    report = run(HEADER + GOOD + "bad-3,Mauvais,incubator,42218,oops@,,,,,\n")
    assert report.rejected == 1 and not report.applied
    assert not Organisation.objects.exists()


@pytest.mark.django_db
def test_reimporting_the_same_file_changes_nothing(vocabulary):
    run(HEADER + GOOD)
    before = {
        o.pk: (o.latest_revision_id, o.last_published_at) for o in Organisation.objects.all()
    }
    report = run(HEADER + GOOD)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    after = {o.pk: (o.latest_revision_id, o.last_published_at) for o in Organisation.objects.all()}
    assert before == after


@pytest.mark.django_db
def test_a_changed_row_updates_its_entry_in_place(vocabulary):
    run(HEADER + GOOD)
    original = Organisation.objects.get(external_id="fab-1")
    changed = GOOD.replace("Fabrique de la Loire", "Fabrique Loire Sud").replace("42 43", "42")
    report = run(HEADER + changed)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    assert report.rows[0].changed_fields == ["name", "departements"]
    updated = Organisation.objects.get(external_id="fab-1")
    assert updated.pk == original.pk and updated.name == "Fabrique Loire Sud"
    assert [d.code for d in updated.area_departments.all()] == ["42"]
    assert updated.revisions.count() == 2
    assert Organisation.objects.count() == 2


@pytest.mark.django_db
def test_existing_entry_matched_on_external_id_keeps_its_slug(vocabulary):
    existing = OrganisationFactory(external_id="fab-1", name="Ancien nom", slug="ancien")
    run(HEADER + GOOD)
    existing.refresh_from_db()
    assert existing.slug == "ancien" and existing.name == "Fabrique de la Loire"


@pytest.mark.django_db
def test_xlsx_files_are_read_like_csv(vocabulary):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["External_ID", "Name", "Kind", "Commune", "Last_verified"])
    sheet.append(["x-1", "Tableur", "ptce", "2A004", "2025-03-01"])
    sheet.append([None, None, None, None, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = import_file(buffer.getvalue(), "liste.xlsx", dry_run=False)
    assert report.created == 1
    organisation = Organisation.objects.get(external_id="x-1")
    assert organisation.commune_id == "2A004" and str(organisation.last_verified) == "2025-03-01"


@pytest.mark.django_db
def test_semicolon_csv_with_bom_is_read(vocabulary):
    text = "\ufeffexternal_id;name;kind;commune\ns-1;Point-virgule;dla;97120\n"
    assert plan(read_rows(text.encode(), "f.csv")).created == 1


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"a,b\n1,2\n", "f.csv", "required columns"),
        (b"", "f.csv", "empty"),
        (b"PK\x03\x04garbage", "f.xlsx", "not a readable"),
        (b"x", "f.pdf", ".csv or .xlsx"),
    ],
)
def test_unreadable_files_are_refused(content, name, message):
    with pytest.raises(ImportFileError, match=message):
        read_rows(content, name)


@pytest.mark.django_db
def test_management_command_dry_run_and_failure(vocabulary, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text(HEADER + GOOD, encoding="utf-8")
    out = io.StringIO()
    call_command("import_organisations", str(good), "--dry-run", stdout=out)
    assert "2 to create" in out.getvalue() and not Organisation.objects.exists()
    call_command("import_organisations", str(good), stdout=out)
    assert Organisation.objects.count() == 2
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "b,B,incubator,00000,,,,,,\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Nothing was written"):
        call_command("import_organisations", str(bad), stdout=out)


# The admin view -------------------------------------------------------------------------


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw")
    # The group exists already: the accounts migration creates the roles.
    group, _created = Group.objects.get_or_create(name="Directory managers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_organisation"),
        Permission.objects.get(codename="publish_organisation"),
    )
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin speaks French by default
    profile.save()
    return user


@pytest.mark.django_db
def test_admin_import_refuses_anonymous_and_unpermitted_users(client, django_user_model):
    url = reverse("network_import")
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard.
    for response in (client.get(url), client.post(url, {"confirm": "1"})):
        assert response.status_code == 302 and response["Location"] == "/admin/"


@pytest.mark.django_db
def test_admin_import_dry_run_then_confirm(client, editor, vocabulary):
    client.force_login(editor)
    url = reverse("network_import")
    assert client.get(url).status_code == 200
    upload = io.BytesIO((HEADER + GOOD).encode())
    upload.name = "liste.csv"
    response = client.post(url, {"file": upload})
    assert response.status_code == 200
    assert b"2 to create" in response.content and not Organisation.objects.exists()
    response = client.post(url, {"confirm": "1"})
    assert response.status_code == 302
    assert Organisation.objects.count() == 2
    assert Organisation.objects.get(external_id="fab-1").latest_revision.user == editor


@pytest.mark.django_db
def test_admin_import_shows_rejections_without_a_confirm_button(client, editor, vocabulary):
    client.force_login(editor)
    upload = io.BytesIO((HEADER + "b,B,incubator,00000,,,,,,\n").encode())
    upload.name = "liste.csv"
    response = client.post(reverse("network_import"), {"file": upload})
    content = response.content.decode()
    assert "Unknown commune" in content and 'name="confirm"' not in content


@pytest.mark.django_db
def test_admin_import_refuses_other_file_types(client, editor):
    client.force_login(editor)
    upload = io.BytesIO(b"%PDF")
    upload.name = "liste.pdf"
    response = client.post(reverse("network_import"), {"file": upload})
    assert (
        response.status_code == 200 and "Upload a .csv or .xlsx file" in response.content.decode()
    )
