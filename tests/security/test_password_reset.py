"""Password-reset emails are rate limited per client address and per email address."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

pytestmark = pytest.mark.django_db

REFUSAL = "Too many password reset requests"


@pytest.fixture
def accounts():
    User = get_user_model()
    User.objects.create_superuser("editor", "editor@example.org", "x" * 20)
    User.objects.create_superuser("other", "other@example.org", "x" * 20)


def ask_reset(client, email, address="10.0.0.1"):
    return client.post(
        "/admin/password_reset/",
        {"email": email},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="en",
    )


def test_one_address_gets_a_few_emails_then_a_message(client, settings, accounts):
    settings.PASSWORD_RESET_RATE_LIMIT_PER_EMAIL = 2
    for attempt in range(2):
        response = ask_reset(client, "editor@example.org", address=f"10.0.0.{attempt + 1}")
        assert response.status_code == 302  # to "check your email"
    assert len(mail.outbox) == 2

    # From yet another connection, and with the address in capitals: still the same address.
    response = ask_reset(client, "EDITOR@example.org", address="10.0.0.9")
    assert response.status_code == 429
    assert REFUSAL in response.content.decode()
    assert len(mail.outbox) == 2

    # Another account is not concerned.
    assert ask_reset(client, "other@example.org", address="10.0.0.9").status_code == 302
    assert len(mail.outbox) == 3


def test_one_connection_gets_a_few_emails_then_a_message(client, settings, accounts):
    settings.PASSWORD_RESET_RATE_LIMIT_PER_CLIENT = 3
    for email in ("editor@example.org", "other@example.org", "nobody@example.org"):
        assert ask_reset(client, email).status_code == 302
    assert len(mail.outbox) == 2  # no email for an address without an account

    response = ask_reset(client, "other@example.org")
    assert response.status_code == 429
    assert REFUSAL in response.content.decode()
    assert len(mail.outbox) == 2

    # Another connection still can.
    assert ask_reset(client, "other@example.org", address="10.0.0.2").status_code == 302
    assert len(mail.outbox) == 3
