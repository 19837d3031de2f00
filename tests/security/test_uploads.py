"""Uploads through the Wagtail admin: each refused case says why and stores nothing."""

import io
import struct
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.html import escape
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("up", "up@example.org", "x" * 20)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # assert on the English messages
    profile.save()
    client.force_login(user)
    return client


def png_bytes(width=20, height=10):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def png_header_claiming(width, height):
    """A small PNG whose header announces a huge image: a decompression bomb's shape."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


def file_errors(response):
    """The messages shown next to the file field (checked to be on the page too)."""
    with translation.override("en"):  # the admin speaks the user's language
        errors = [str(error) for error in response.context["form"].errors["file"]]
    html = response.content.decode()
    for error in errors:
        assert escape(error) in html
    return " ".join(errors)


def upload_image(client, name, content, content_type="image/png"):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Upload",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_document(client, name, content, content_type="application/octet-stream"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": "Upload",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_a_valid_image_is_stored(admin_client):
    response = upload_image(admin_client, "photo.png", png_bytes())
    assert response.status_code == 302
    assert Image.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>',
            "Not a supported image format",
        ),
        ("page.html", b"<html><script>alert(1)</script></html>", "Not a supported image format"),
        ("photo.png", b"this is not an image at all", "Upload a valid image"),
        ("photo.jpg", png_bytes(), "extension does not match"),
        ("bomb.png", png_header_claiming(30_000, 30_000), "too many pixels"),
    ],
)
def test_refused_images_say_why_and_store_nothing(admin_client, name, content, message):
    response = upload_image(admin_client, name, content)
    assert response.status_code == 200
    assert message in file_errors(response)
    assert Image.objects.count() == 0


def test_an_oversized_image_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    response = upload_image(admin_client, "photo.png", png_bytes(400, 400) + b"\0" * 2000)
    assert response.status_code == 200
    assert "too big" in file_errors(response)
    assert Image.objects.count() == 0


def test_a_valid_document_is_stored(admin_client):
    response = upload_document(admin_client, "study.pdf", b"%PDF-1.4\n% a study\n")
    assert response.status_code == 302
    assert Document.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("page.html", b"<html><body>hi</body></html>", "File extension"),
        ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "File extension"),
        ("tool.exe", b"MZ\x90\x00", "File extension"),
        ("notes.txt", b"\n  <!DOCTYPE html><script>alert(1)</script>", "web page markup"),
        ("data.csv", b"<svg onload=alert(1)>", "web page markup"),
    ],
)
def test_refused_documents_say_why_and_store_nothing(admin_client, name, content, message):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 200
    assert message in file_errors(response)
    assert Document.objects.count() == 0


def test_an_oversized_document_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    response = upload_document(admin_client, "study.pdf", b"%PDF-1.4\n" + b"0" * 500)
    assert response.status_code == 200
    assert "too big" in file_errors(response)
    assert Document.objects.count() == 0
