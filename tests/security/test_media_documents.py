"""Documents are only ever served by /documents/<id>/…, which checks their collection's
privacy; their original files under /media/documents/ are unreachable even when the app
serves the media itself (SERVE_MEDIA, or DEBUG).
"""

import importlib

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import clear_url_caches
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

SECRET = b"%PDF-1.4\n% confidentiel\n"


def reload_urls():
    importlib.reload(importlib.import_module("config.urls"))
    clear_url_caches()


@pytest.fixture
def media_served_by_the_app(settings):
    """The README's one-machine option: Django serves MEDIA_ROOT (the URLs are built at
    import, so they are built again with and without it)."""
    settings.SERVE_MEDIA = True
    reload_urls()
    yield
    settings.SERVE_MEDIA = False
    reload_urls()


@pytest.fixture
def private_document():
    root = Collection.get_first_root_node()
    private = root.add_child(name="Réservé")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document(title="Confidentiel", collection=private)
    document.file.save("confidentiel.pdf", ContentFile(SECRET), save=False)
    document.save()
    return document


@pytest.fixture
def image():
    return wagtail_factories.ImageFactory(title="Photo")


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize(
    "spelling",
    [
        "{name}",
        "./{name}",
        "images/../{name}",
        "/{name}",
        "{upper}",
    ],
)
def test_a_documents_original_file_is_not_served_under_media(
    client, media_served_by_the_app, private_document, image, spelling
):
    name = private_document.file.name  # documents/confidentiel….pdf
    path = spelling.format(name=name, upper=name.replace("documents/", "DOCUMENTS/", 1))
    response = client.get(f"/media/{path}")
    assert response.status_code == 404
    assert SECRET not in body(response)
    # Positive control: the app does serve the other media.
    served = client.get(f"/media/{image.file.name}")
    assert served.status_code == 200
    assert body(served) == image.file.open("rb").read()


def test_a_private_document_asks_for_a_login_and_is_served_once_logged_in(
    client, media_served_by_the_app, private_document
):
    assert private_document.url.startswith(f"/documents/{private_document.pk}/")
    response = client.get(private_document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    user = get_user_model().objects.create_user("reader", "r@example.org", "x" * 20)
    client.force_login(user)
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert body(response) == SECRET


def test_without_the_option_no_media_are_served_by_the_app(client, image):
    assert client.get(f"/media/{image.file.name}").status_code == 404
