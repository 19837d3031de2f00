"""Contact requests from an organisation's page."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from contact.models import MESSAGE_MAX, ContactRequest

pytestmark = pytest.mark.django_db

URL = "/fr/contact/structure-a/"


@pytest.fixture
def entry(organisations):
    entry = organisations["a"]
    entry.email = "contact@structure-a.example.org"
    entry.save()
    return entry


def valid(**changes):
    data = {
        "name": "Camille Martin",
        "email": "camille@mairie.example.fr",
        "requester_organisation": "Mairie de Saint-Étienne",
        "message": "Bonjour, nous cherchons un accompagnement.",
        "website": "",
    }
    return {**data, **changes}


def test_the_form_states_the_retention_period(client, entry, settings):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{settings.CONTACT_RETENTION_DAYS} jours" in html or "365 days" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'for="id_email"' in html


def test_a_request_is_stored_and_emailed_to_the_organisation(client, entry):
    response = client.post(URL, valid())
    assert response.status_code == 302
    assert response["Location"] == "/fr/contact/structure-a/sent/"
    stored = ContactRequest.objects.get()
    assert stored.recipient_email == "contact@structure-a.example.org"
    assert stored.organisation == entry
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["contact@structure-a.example.org"]
    assert mail.outbox[0].reply_to == ["camille@mairie.example.fr"]
    assert "nous cherchons un accompagnement" in mail.outbox[0].body
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert "Structure A" in confirmation.content.decode()


def test_the_spam_trap_refuses_and_stores_nothing(client, entry):
    response = client.post(URL, valid(website="http://spam.example.com"))
    assert response.status_code == 400
    assert ContactRequest.objects.count() == 0
    assert mail.outbox == []


def test_oversized_input_is_refused_with_a_message(client, entry):
    response = client.post(URL, valid(message="x" * (MESSAGE_MAX + 1)))
    assert response.status_code == 400
    assert "contact-form__errors" in response.content.decode()
    assert ContactRequest.objects.count() == 0
    assert mail.outbox == []


def test_the_rate_limit_kicks_in_per_address(client, entry, settings):
    settings.CONTACT_RATE_LIMIT = 2
    for _attempt in range(2):
        assert client.post(URL, valid(), REMOTE_ADDR="10.1.1.1").status_code == 302
    response = client.post(URL, valid(), REMOTE_ADDR="10.1.1.1")
    assert response.status_code == 429
    assert ContactRequest.objects.count() == 2
    assert client.post(URL, valid(), REMOTE_ADDR="10.1.1.2").status_code == 302


def test_csrf_is_required(entry):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(URL, valid())
    assert response.status_code == 403
    assert ContactRequest.objects.count() == 0


def test_unpublished_organisations_have_no_contact_form(client, organisations):
    draft = organisations["draft"]
    draft.email = "draft@example.org"
    draft.save()
    assert client.get("/fr/contact/brouillon-c/").status_code == 404
    assert client.post("/fr/contact/brouillon-c/", valid()).status_code == 404


def test_purge_deletes_requests_past_the_retention_period(entry, settings):
    old = ContactRequest.objects.create(
        organisation=entry,
        organisation_name="A",
        recipient_email="a@example.org",
        name="Old",
        email="old@example.org",
        message="m",
        language="fr",
    )
    ContactRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=settings.CONTACT_RETENTION_DAYS + 1)
    )
    recent = ContactRequest.objects.create(
        organisation=entry,
        organisation_name="A",
        recipient_email="a@example.org",
        name="New",
        email="new@example.org",
        message="m",
        language="fr",
    )
    call_command("purge_contact_requests")
    assert list(ContactRequest.objects.values_list("pk", flat=True)) == [recent.pk]


def test_contact_requests_listing_and_export_are_for_directory_staff(client_for, entry):
    ContactRequest.objects.create(
        organisation=entry,
        organisation_name="Structure A",
        recipient_email="a@example.org",
        name="Camille",
        email="camille@example.org",
        message="Bonjour",
        language="fr",
    )
    expected = {
        "anonymous": 302,
        "member_a": 302,
        "editor": 302,
        "directory_manager": 200,
        "moderator": 200,
        "superuser": 200,
    }
    for role, status in expected.items():
        assert client_for(role).get("/admin/contact_requests/").status_code == status, role
    export = client_for("directory_manager").get("/admin/contact_requests/?export=csv")
    assert export.status_code == 200
    body = b"".join(export.streaming_content) if export.streaming else export.content
    assert "camille@example.org" in body.decode()
    assert client_for("member_a").get("/admin/contact_requests/?export=csv").status_code == 302


class UnreachableCache:
    """What django-redis answers while Redis is down (IGNORE_EXCEPTIONS): None, no error."""

    def add(self, *args, **kwargs):
        return None

    def incr(self, *args, **kwargs):
        return None

    def set(self, *args, **kwargs):
        return None


def test_requests_are_still_taken_while_the_cache_is_down(client, entry, monkeypatch):
    monkeypatch.setattr("operations.rate_limit.cache", UnreachableCache())
    response = client.post(URL, valid())
    assert response.status_code == 302
    assert ContactRequest.objects.count() == 1


@pytest.mark.parametrize("field", ["name", "requester_organisation"])
@pytest.mark.parametrize(
    "value", ["Camille\r\nBcc: victime@example.org", "Camille\nMartin", "Camille\rMartin"]
)
def test_a_line_break_in_a_one_line_field_is_refused_and_nothing_is_stored(
    client, entry, field, value
):
    response = client.post(URL, valid(**{field: value}))
    assert response.status_code == 400
    (error,) = response.context["form"].errors.as_data()[field]
    assert error.code == "line_break"
    assert "Écrivez-le sur une seule ligne." in response.content.decode()  # the French page
    assert ContactRequest.objects.count() == 0
    assert mail.outbox == []


def test_the_message_may_hold_several_lines(client, entry):
    response = client.post(URL, valid(message="Bonjour,\r\n\r\nNous cherchons un appui."))
    assert response.status_code == 302
    assert "Nous cherchons un appui." in mail.outbox[0].body
    assert ContactRequest.objects.get().email_failed is False


def test_a_failing_email_is_logged_and_marked_on_the_stored_request(
    client, entry, monkeypatch, caplog, client_for
):
    def refuse(message, *args, **kwargs):
        raise smtplib.SMTPRecipientsRefused({"contact@structure-a.example.org": (550, b"no")})

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    response = client.post(URL, valid())
    assert response.status_code == 302  # stored: the reader is told Avise will pass it on
    stored = ContactRequest.objects.get()
    assert stored.email_failed is True
    assert f"Contact request {stored.pk} could not be emailed" in caplog.text
    # Moderators find the failed ones in the listing.
    ContactRequest.objects.create(
        organisation=entry,
        organisation_name="Structure A",
        recipient_email="a@example.org",
        name="Parvenue",
        email="parvenue@example.org",
        message="m",
        language="fr",
    )
    listing = client_for("moderator").get("/admin/contact_requests/?email_failed=true")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "camille@mairie.example.fr" in html and "parvenue@example.org" not in html
