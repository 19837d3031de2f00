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


def html_after(prefix_length, markup=b"<script>alert(1)</script>"):
    return b"Compte rendu de la r\xc3\xa9union.\n" * (prefix_length // 30) + markup


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.txt", html_after(5_000)),
        ("notes.txt", html_after(900_000, b"<SCRIPT src=//evil.example/x.js></SCRIPT>")),
        ("data.csv", html_after(3_000, b"<Svg/onload=alert(1)>")),
        ("notes.txt", "<html><body onload=alert(1)>".encode("utf-16")),  # with its BOM
        ("notes.txt", ("x" * 4000 + "<iframe src=//evil.example>").encode("utf-16-le")),
        ("notes.txt", "<!DOCTYPE html><p>Bonjour".encode("utf-16-be")),
    ],
    ids=["after-1-KB", "far-and-upper-case", "svg-in-csv", "utf-16", "utf-16-le", "utf-16-be"],
)
def test_markup_anywhere_in_a_document_is_refused_in_utf8_and_utf16(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 200
    assert "web page markup" in file_errors(response)
    assert Document.objects.count() == 0


@pytest.mark.parametrize(
    "content",
    [
        b"Les balises html et svg, et la comparaison a < b > c.\n" * 200,
        "Compte rendu en UTF-16 : html, <b>gras</b>.".encode("utf-16"),
        b"%PDF-1.4\n" + bytes(range(256)) * 400,
    ],
    ids=["words", "utf-16-text", "binary"],
)
def test_documents_that_only_mention_markup_are_stored(admin_client, content):
    response = upload_document(admin_client, "notes.txt", content)
    assert response.status_code == 302
    assert Document.objects.count() == 1


def gif_bytes(frames, width=100, height=100):
    images = [
        PillowImage.new("RGB", (width, height), (frame * 20 % 256, 40, 200))
        for frame in range(frames)
    ]
    buffer = io.BytesIO()
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:], duration=50)
    return buffer.getvalue()


def test_every_frame_of_an_animated_image_counts_against_the_pixel_limit(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000  # five frames of 100 × 100
    response = upload_image(admin_client, "anim.gif", gif_bytes(10), "image/gif")
    assert response.status_code == 200
    assert "too many pixels" in file_errors(response)
    assert Image.objects.count() == 0
    # Positive control: the same frames, fewer of them, fit.
    assert upload_image(admin_client, "anim.gif", gif_bytes(4), "image/gif").status_code == 302
    assert Image.objects.count() == 1
