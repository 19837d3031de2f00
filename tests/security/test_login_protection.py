"""Failed sign-ins are rate limited (django-axes), passwords must be strong."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase"


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, password, address="10.0.0.1", username="editor"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="en",  # the sign-in page speaks the browser's language
    )


def test_wrong_passwords_lead_to_a_lockout_with_a_clear_message(client, settings, editor):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        response = sign_in(client, "wrong password")
        assert response.status_code == 200  # the form again, with its error
    response = sign_in(client, "wrong password")
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "15 minutes" in response.content.decode()

    # Even the right password is refused while locked out.
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_username_and_address(client, settings, editor):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        sign_in(client, "wrong password")
    response = sign_in(client, PASSWORD, address="10.0.0.2")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_a_success_resets_the_failure_count(client, settings, editor):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        sign_in(client, "wrong password")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong password").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302


def test_the_client_address_comes_from_the_trusted_proxy_only(client, settings, editor):
    settings.TRUSTED_PROXY_COUNT = 1
    for index in range(settings.LOGIN_FAILURE_LIMIT):
        # The attacker changes the left-most entry; the proxy appends the real address.
        client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong password"},
            REMOTE_ADDR="10.9.9.9",
            HTTP_X_FORWARDED_FOR=f"1.2.3.{index}, 198.51.100.7",
        )
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR="10.9.9.9",
        HTTP_X_FORWARDED_FOR="1.2.3.99, 198.51.100.7",
    )
    assert response.status_code == 429


@pytest.mark.parametrize(
    "password", ["short-pass1", "123456789012345", "password12345", "editor-example"]
)
def test_weak_passwords_are_refused(password):
    user = get_user_model()(username="editor-example", email="editor@example.org")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_a_long_unusual_password_is_accepted():
    user = get_user_model()(username="someone", email="someone@example.org")
    validate_password(PASSWORD, user)
