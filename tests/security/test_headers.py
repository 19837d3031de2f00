"""Security headers on a public page, the admin and a document download."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents.models import Document

from tests.portal.test_deploy import check_deploy
from tests.production_settings import production_settings

pytestmark = pytest.mark.django_db


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] in {"SAMEORIGIN", "DENY"}
    policy = response["Permissions-Policy"]
    assert "camera=()" in policy
    assert "microphone=()" in policy
    assert "geolocation=(self)" in policy


def directive(response, name):
    """The sources the response's Content-Security-Policy gives one directive."""
    for part in response["Content-Security-Policy"].split(";"):
        words = part.split()
        if words and words[0] == name:
            return words[1:]
    return None


def test_public_page_has_a_strict_policy_and_no_inline_script_or_style(client, home):
    response = client.get("/fr/")
    assert response.status_code == 200
    assert_common_headers(response)
    assert directive(response, "script-src") == ["'self'"]
    # Public pages have no inline style (tests/security/test_inline_styles.py).
    assert directive(response, "style-src") == ["'self'"]
    assert directive(response, "frame-ancestors") == ["'self'"]
    assert directive(response, "object-src") == ["'none'"]
    html = response.content.decode()
    # Every script is a file: no inline code, no inline event handler.
    assert html.count("<script") == html.count("<script src=")
    assert " onclick=" not in html and " onload=" not in html
    assert " style=" not in html and "<style" not in html
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.parametrize("url", ["/en/", "/fr/search/?q=emploi", "/fr/no-such-page/"])
def test_other_public_answers_have_the_strict_policy(client, home, url):
    response = client.get(url)
    assert response.status_code in {200, 404}
    assert directive(response, "script-src") == ["'self'"]
    assert directive(response, "style-src") == ["'self'"]


def test_admin_has_the_headers_and_its_laxer_script_and_style_policy(client, home):
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 20)
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_common_headers(response)
    # Wagtail's admin and wagtail-localize's editor still write inline scripts and styles.
    assert "'unsafe-inline'" in directive(response, "script-src")
    assert "'unsafe-inline'" in directive(response, "style-src")
    assert directive(response, "object-src") == ["'none'"]
    assert directive(response, "frame-ancestors") == ["'self'"]


@override_settings(ROOT_URLCONF="tests.security.admin_elsewhere_urls")
def test_the_laxer_policy_follows_the_admin_wherever_it_is_mounted(client, home):
    response = client.get("/gestion/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in directive(response, "style-src")
    assert "'unsafe-inline'" in directive(response, "script-src")
    response = client.get("/fr/")
    assert directive(response, "style-src") == ["'self'"]
    assert directive(response, "script-src") == ["'self'"]


@pytest.mark.parametrize(
    ("filename", "content_type", "disposition"),
    [
        ("report.pdf", "application/pdf", "inline"),
        ("notes.txt", "text/plain", "inline"),
        ("table.csv", "text/csv", "attachment"),
        ("letter.docx", "application/vnd.openxmlformats-officedocument", "attachment"),
    ],
)
def test_document_download_is_sandboxed(client, filename, content_type, disposition):
    document = Document.objects.create(title="Doc", file=ContentFile(b"%PDF-1.4 data", filename))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"
    csp = response["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "sandbox" in csp
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_hsts_is_sent_under_https_with_production_values(client, home, settings):
    """The values come from config.settings.production itself, with no variable set."""
    production = production_settings(
        "SECURE_PROXY_SSL_HEADER",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
    )
    settings.SECURE_PROXY_SSL_HEADER = tuple(production.pop("SECURE_PROXY_SSL_HEADER"))
    for name, value in production.items():
        setattr(settings, name, value)

    # The TLS proxy in front says whether the reader's request came over HTTPS.
    response = client.get("/fr/", HTTP_X_FORWARDED_PROTO="http")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/fr/"
    response = client.get("/fr/", HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )


def test_check_deploy_is_clean_with_a_frontend_cache_to_purge():
    """The other production shape: the README's variables and a caching proxy in front."""
    result = check_deploy(FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:6081/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
