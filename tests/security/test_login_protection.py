"""Failed sign-ins are rate limited (django-axes), passwords must be strong.

The lockout tests run with each cache production may have: Redis (when REDIS_URL names
one), Redis unreachable, and the tests' local-memory cache. Each applies the production
settings for that REDIS_URL (cache and lockout handler), read from the real settings
module: the lockout must hold, and answer no error, whatever state the cache is in.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command

from tests.production_settings import production_settings

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase"
# Nothing listens on port 1: every connection to this Redis is refused at once.
UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture(params=["local memory", "Redis", "Redis unreachable"])
def cache_state(request, settings):
    if request.param == "local memory":
        yield request.param  # the test settings as they are
        return
    if request.param == "Redis":
        if not settings.REDIS_URL:
            pytest.skip("REDIS_URL is not set: no Redis to run the lockout against")
        redis_url = settings.REDIS_URL
    else:
        redis_url = UNREACHABLE_REDIS
    production = production_settings("CACHES", "AXES_HANDLER", REDIS_URL=redis_url)
    # A prefix of its own, so that the keys this test writes are the only ones it deletes.
    production["CACHES"]["default"]["KEY_PREFIX"] = "test-login-protection"
    settings.CACHES = production["CACHES"]
    settings.AXES_HANDLER = production["AXES_HANDLER"]
    yield request.param
    if request.param == "Redis":
        cache.delete_pattern("*")


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


def test_wrong_passwords_lead_to_a_lockout_with_a_clear_message(
    client, settings, editor, cache_state
):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        response = sign_in(client, "wrong password")
        assert response.status_code == 200  # the form again, with its error
    response = sign_in(client, "wrong password")
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "to this account from your connection" in response.content.decode()
    assert "15 minutes" in response.content.decode()

    # Even the right password is refused while locked out.
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_right_password_signs_in(client, editor, cache_state):
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_lockout_is_per_username_and_address(client, settings, editor, cache_state):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        sign_in(client, "wrong password")
    response = sign_in(client, PASSWORD, address="10.0.0.2")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_a_success_resets_the_failure_count(client, settings, editor, cache_state):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        sign_in(client, "wrong password")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong password").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302


def test_one_address_trying_many_usernames_is_locked_out(client, settings, editor):
    """A password sprayed over accounts, one try each: no username reaches its own limit."""
    answers = [
        sign_in(client, "wrong password", username=f"user{index}").status_code
        for index in range(30)
    ]
    assert 429 in answers
    assert answers.index(429) + 1 == settings.LOGIN_ADDRESS_FAILURE_LIMIT
    assert set(answers[: answers.index(429)]) == {200}
    assert set(answers[answers.index(429) :]) == {429}

    # The right password of a real account is refused from that address too...
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "several accounts" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # ...but not from another one.
    assert sign_in(client, PASSWORD, address="10.0.0.2").status_code == 302


def test_signing_in_to_one_account_does_not_clear_the_address_count(client, settings, editor):
    """An attacker holding one account cannot reset the count by signing in to it."""
    for index in range(settings.LOGIN_ADDRESS_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong password", username=f"user{index}").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    assert sign_in(client, "wrong password", username="one-more").status_code == 429


def test_an_administrator_lifts_an_account_lockout_with_a_command(client, settings, editor):
    for _attempt in range(settings.LOGIN_FAILURE_LIMIT):
        sign_in(client, "wrong password")
    assert sign_in(client, PASSWORD).status_code == 429
    call_command("axes_reset_username", "editor", stdout=StringIO())
    assert sign_in(client, PASSWORD).status_code == 302


def test_an_administrator_lifts_an_address_lockout_with_a_command(client, settings, editor):
    for index in range(settings.LOGIN_ADDRESS_FAILURE_LIMIT):
        sign_in(client, "wrong password", username=f"user{index}")
    assert sign_in(client, PASSWORD).status_code == 429
    call_command("axes_reset_ip", "10.0.0.1", stdout=StringIO())
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
