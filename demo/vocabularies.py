"""The demo's vocabularies (themes, audiences, territory types, services): one file per
vocabulary in demo/content/vocabularies/, naming its model, each term with its slug and
its name (and description) per language."""

from django.apps import apps
from wagtail.models import Locale

from .fields import source_values, translate_from
from .files import CONTENT_DIR, read


def load_vocabularies(references):
    for path in sorted(CONTENT_DIR.glob("vocabularies/*.yaml")):
        data = read(path)
        ensure_terms(apps.get_model(data["model"]), data["terms"], references)


def ensure_terms(model, terms, references):
    """Create the terms that are missing, in the file's order, and translate them."""
    locale = Locale.get_default()
    existing = set(model.objects.filter(locale=locale).values_list("slug", flat=True))
    for position, term in enumerate(terms):
        if term["slug"] in existing:
            continue
        fields = {name: value for name, value in term.items() if name != "slug"}
        instance = model.objects.create(
            slug=term["slug"],
            locale=locale,
            sort_order=position * 10,
            **source_values(model, fields, references),
        )
        translate_from(instance, fields, references)
