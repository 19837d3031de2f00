"""From a content file's data to the values a model's fields take.

A file names fields as the model does and gives their values in the model's own shapes,
so one conversion serves every page type, snippet and setting:
- a StreamField is a list of one-key mappings, `{block type: block value}`;
- a many-to-many field lists slugs (codes for the gazetteer) or references;
- a foreign key is a reference or the related row's primary key (an INSEE code);
- a child relation (an InlinePanel's rows) lists one mapping of fields per row.
"""

from django.conf import settings
from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin

from portal.translate import translate

from .files import Ref, in_language, is_translated, read
from .media import demo_document, demo_image


class References:
    """What the files' `!page`, `!image` and `!document` stand for, found or made once."""

    def __init__(self, home):
        self.home = home
        self.images = read("media/images.yaml")
        self.documents = read("media/documents.yaml")
        self.found = {}

    def resolve(self, value):
        """`value` with every reference replaced by its page, image or document."""
        if isinstance(value, Ref):
            if value not in self.found:
                self.found[value] = getattr(self, value.kind)(value.key)
            return self.found[value]
        if isinstance(value, dict):
            return {name: self.resolve(item) for name, item in value.items()}
        if isinstance(value, list):
            return [self.resolve(item) for item in value]
        return value

    def page(self, path):
        url_path = f"{self.home.url_path}{path}/"
        return Page.objects.get(locale_id=self.home.locale_id, url_path=url_path).specific

    def image(self, name):
        return demo_image(name, self.images[name])

    def document(self, name):
        return demo_document(name, self.documents[name])


def source_values(model, data, references):
    """`data`'s fields as `model`'s values in the default language (French)."""
    return model_values(model, data, settings.LANGUAGE_CODE, references)


def translate_from(instance, data, references):
    """Translate the saved `instance` into every other language with wagtail-localize.

    The translated fields are those `data` gives per language; the others read the same
    in every language."""
    translated = {name: value for name, value in data.items() if is_translated(value)}
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if language_code != settings.LANGUAGE_CODE:
            values = model_values(type(instance), translated, language_code, references)
            translate(instance, values, language_code=language_code)


def model_values(model, data, language_code, references):
    """`data`'s fields as `model`'s field values, in `language_code`."""
    return {
        name: field_value(
            model._meta.get_field(name), references.resolve(in_language(value, language_code))
        )
        for name, value in data.items()
    }


def field_value(field, value):
    if isinstance(field, StreamField):
        return [(block_type, block) for item in value for block_type, block in item.items()]
    if field.many_to_many:
        return related_rows(field.related_model, value)
    if field.one_to_many:
        return [field.related_model(**row) for row in value]
    if field.many_to_one and not isinstance(value, models.Model):
        return field.related_model._default_manager.filter(pk=value).first()
    return value


def related_rows(model, keys):
    """The rows of `model` named by `keys` (rows already, or slugs, or primary keys), in
    that order; a translatable model's rows in the default locale."""
    if all(isinstance(key, models.Model) for key in keys):
        return list(keys)
    lookup = "slug" if any(field.name == "slug" for field in model._meta.fields) else "pk"
    rows = model._default_manager.filter(**{f"{lookup}__in": keys})
    if issubclass(model, TranslatableMixin):
        rows = rows.filter(locale=Locale.get_default())
    by_key = {getattr(row, lookup): row for row in rows}
    missing = [key for key in keys if key not in by_key]
    if missing:
        raise LookupError(f"No {model._meta.verbose_name} {missing}")
    return [by_key[key] for key in keys]
