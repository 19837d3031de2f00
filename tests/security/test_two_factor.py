"""Optional two-factor authentication for admin accounts."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase"


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, admin="/admin/"):
    return client.post(f"{admin}login/", {"username": "editor", "password": PASSWORD})


def turn_on(client, admin="/admin/"):
    client.get(f"{admin}two-factor/")
    device = TOTPDevice.objects.get()
    response = client.post(f"{admin}two-factor/", {"token": current_code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_without_a_device_the_password_is_enough(client, editor):
    sign_in(client)
    assert client.get("/admin/").status_code == 200


def test_setup_shows_a_qr_code_and_refuses_a_wrong_code(client, editor):
    sign_in(client)
    response = client.get("/admin/two-factor/")
    assert response.status_code == 200
    assert "<svg" in response.content.decode()
    response = client.post("/admin/two-factor/", {"token": "000000"})
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(confirmed=True).exists()


def test_with_a_device_the_admin_asks_for_a_code_after_the_password(client, editor):
    sign_in(client)
    device = turn_on(client)
    client.logout()

    sign_in(client)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/verify/?next=")

    response = client.post("/admin/two-factor/verify/", {"token": "123456", "next": "/admin/"})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302

    # A code is used once; forget the one used at setup instead of waiting 30 s.
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    device.throttle_reset()
    response = client.post(
        "/admin/two-factor/verify/", {"token": current_code(device), "next": "/admin/pages/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_the_verify_page_does_not_redirect_elsewhere(client, editor):
    sign_in(client)
    device = turn_on(client)
    client.logout()
    sign_in(client)
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    response = client.post(
        "/admin/two-factor/verify/",
        {"token": current_code(device), "next": "https://evil.example.com/"},
    )
    assert response["Location"] == "/admin/"


def test_turning_it_off_needs_a_current_code(client, editor):
    sign_in(client)
    device = turn_on(client)
    client.post("/admin/two-factor/disable/", {"token": "000000"})
    assert TOTPDevice.objects.filter(confirmed=True).exists()
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    device.throttle_reset()
    client.post("/admin/two-factor/disable/", {"token": current_code(device)})
    assert not TOTPDevice.objects.exists()


@override_settings(ROOT_URLCONF="tests.security.admin_elsewhere_urls")
def test_the_code_is_asked_wherever_the_admin_is_mounted(client, editor):
    sign_in(client, "/gestion/")
    turn_on(client, "/gestion/")
    client.logout()
    sign_in(client, "/gestion/")
    response = client.get("/gestion/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/gestion/two-factor/verify/?next=")
    assert client.get("/gestion/two-factor/verify/").status_code == 200
