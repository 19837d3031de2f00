"""Editing organisations in the admin: drafts, publishing, preview, the commune codes."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from network.models import Organisation

from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def form_data(**changes):
    data = {
        "name": "Structure éditée",
        "slug": "structure-editee",
        "kind": "ptce",
        "description": rich_text("<p>Une description.</p>"),
        "address": "",
        "commune": "42218",
        "latitude": "",
        "longitude": "",
        "area_communes": "",
        "website": "",
        "email": "",
        "phone": "",
        "source": "",
        "last_verified": "",
        "active": "on",
        "external_id": "",
    }
    data.update(changes)
    return data


def public_page():
    """The public detail page, as an anonymous reader sees it."""
    return Client().get("/fr/annuaire/structure-editee/").content.decode()


def edit_url(organisation):
    return reverse("wagtailsnippets_network_organisation:edit", args=[organisation.pk])


def test_the_admin_forms_render(admin_client, gazetteer):
    organisation = OrganisationFactory()
    assert admin_client.get(reverse("wagtailsnippets_network_organisation:add")).status_code == 200
    response = admin_client.get(edit_url(organisation))
    assert response.status_code == 200
    assert 'name="area_communes"' in response.content.decode()


def test_saving_a_draft_changes_nothing_public_until_published(admin_client, directory):
    organisation = OrganisationFactory(name="Ancien nom", slug="structure-editee")
    organisation.save_revision().publish()
    response = admin_client.post(edit_url(organisation), form_data(name="Nouveau nom"))
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "Ancien nom" and organisation.has_unpublished_changes
    assert "Ancien nom" in public_page()
    response = admin_client.post(
        edit_url(organisation), form_data(name="Nouveau nom", **{"action-publish": "publish"})
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "Nouveau nom" and not organisation.has_unpublished_changes
    assert "Nouveau nom" in public_page()


def test_area_communes_are_typed_as_insee_codes_or_postcodes(admin_client, gazetteer):
    organisation = OrganisationFactory()
    organisation.save_revision().publish()
    response = admin_client.post(
        edit_url(organisation),
        form_data(area_communes="42218 01400", **{"action-publish": "publish"}),
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert set(organisation.area_communes.values_list("insee", flat=True)) == {
        "42218",
        "01001",
        "01093",
    }
    response = admin_client.post(
        edit_url(organisation), form_data(area_communes="42218 99999 nope")
    )
    assert response.status_code == 200
    assert "99999, NOPE" in response.content.decode()  # named in the field error


def test_coordinates_default_to_the_commune_centre(gazetteer):
    organisation = OrganisationFactory(commune="2A004")
    assert (organisation.latitude, organisation.longitude) == (41.93486, 8.70111)
    exact = OrganisationFactory(commune="2A004", latitude=41.9, longitude=8.7)
    assert (exact.latitude, exact.longitude) == (41.9, 8.7)


def test_preview_shows_the_unsaved_changes(admin_client, gazetteer):
    organisation = OrganisationFactory()
    url = reverse("wagtailsnippets_network_organisation:preview_on_edit", args=[organisation.pk])
    data = form_data(name="Nom en aperçu", area_communes="2A004")
    assert admin_client.post(url, data).json()["is_valid"]
    html = admin_client.get(url).content.decode()
    assert "Nom en aperçu" in html and "Ajaccio" in html
    assert Organisation.objects.get(pk=organisation.pk).name != "Nom en aperçu"


def test_a_change_submitted_to_moderation_is_public_only_once_approved(admin_client, directory):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Workflow, WorkflowContentType

    # Organisations are moderated (a migration may already have said so).
    WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Organisation),
        defaults={"workflow": Workflow.objects.get(name="Moderators approval")},
    )
    organisation = OrganisationFactory(name="Ancien nom", slug="structure-editee")
    organisation.save_revision().publish()
    response = admin_client.post(
        edit_url(organisation), form_data(name="Nom soumis", **{"action-submit": "submit"})
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    state = organisation.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert "Nom soumis" not in public_page()
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, state.requested_by, "approve")
    assert "Nom soumis" in public_page()
