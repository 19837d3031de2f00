"""The content files read as the loader expects, without loading them."""

import pytest
from django.apps import apps

from demo.files import CONTENT_DIR, LANGUAGES, Ref, in_language, is_translated, read
from demo.pages import NOT_FIELDS

PAGE_FILES = sorted((CONTENT_DIR / "pages").rglob("*.yaml"))


def partial_translations(value, where=""):
    """Where a mapping gives some of the site's languages but not all of them."""
    if isinstance(value, dict):
        if LANGUAGES & value.keys() and value.keys() != LANGUAGES:
            yield where
        for name, item in value.items():
            yield from partial_translations(item, f"{where}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from partial_translations(item, f"{where}[{index}]")


@pytest.mark.parametrize("path", sorted(CONTENT_DIR.rglob("*.yaml")), ids=lambda p: p.stem)
def test_every_translated_value_is_given_in_every_language(path):
    assert list(partial_translations(read(path))) == []


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda path: path.stem)
def test_a_page_file_names_its_model_s_fields_and_is_translated(path):
    data = read(path)
    model = apps.get_model(data["type"])
    for name in data.keys() - set(NOT_FIELDS):
        model._meta.get_field(name)  # raises for a field the page type does not have
    assert is_translated(data["title"]), "an English page needs its own title"


def test_the_language_mapping_and_references_read_as_documented():
    data = read(CONTENT_DIR / "pages/retours-d-experience/ressourcerie-cooperative-du-poher.yaml")
    assert in_language(data["title"], "fr") == "Une ressourcerie coopérative au cœur du Poher"
    assert in_language(data["title"], "en").startswith("A cooperative second-hand shop")
    assert data["cooperation_forms"] == [Ref("page", "ressources/scic")]
    assert data["listing_image"] == Ref("image", "cas-poher")
    assert not is_translated(data["themes"])
