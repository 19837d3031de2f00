"""Reading the content files (demo/content/README.md describes them).

They are YAML with one convention and three tags:
- a mapping whose keys are the site's languages (`{fr: …, en: …}`) is a value given in
  each language; any other value is the same in every language;
- `!page ressources/ami` is the page at that path of French slugs under the home,
  `!image guide` an image of media/images.yaml, `!document …` a document of
  media/documents.yaml (demo/references.py finds or makes them).
"""

from dataclasses import dataclass
from functools import partial
from pathlib import Path

import yaml
from django.conf import settings

CONTENT_DIR = Path(__file__).resolve().parent / "content"
LANGUAGES = frozenset(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)


@dataclass(frozen=True)
class Ref:
    """A `!page`, `!image` or `!document` in a file."""

    kind: str
    key: str


class ContentLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML's safe loader (libyaml's when installed: much faster), plus the three tags."""


def _construct_ref(kind, loader, node):
    return Ref(kind, loader.construct_scalar(node))


for _kind in ("page", "image", "document"):
    ContentLoader.add_constructor(f"!{_kind}", partial(_construct_ref, _kind))


def read(path):
    """The data of the file at `path` under demo/content/."""
    return yaml.load((CONTENT_DIR / path).read_text(encoding="utf-8"), Loader=ContentLoader)


def is_language_mapping(value):
    return isinstance(value, dict) and value.keys() == LANGUAGES


def is_translated(value):
    """Whether `value` holds anything given in each language."""
    if is_language_mapping(value):
        return True
    if isinstance(value, dict):
        return any(is_translated(item) for item in value.values())
    if isinstance(value, list):
        return any(is_translated(item) for item in value)
    return False


def in_language(value, language_code):
    """`value` as it reads in `language_code`."""
    if is_language_mapping(value):
        return value[language_code]
    if isinstance(value, dict):
        return {name: in_language(item, language_code) for name, item in value.items()}
    if isinstance(value, list):
        return [in_language(item, language_code) for item in value]
    return value
