"""Translate content through wagtail-localize, with the other language's text given in code.

`setup_site` translates the home this way and the demo loader every page and snippet. The
caller saves the French instance, then describes the same fields in English. `translate()`
extracts the translatable segments of both versions in the same order, stores the English
strings as wagtail-localize StringTranslations of the French source, and asks
wagtail-localize to save (and publish) the translation. The English page is therefore a
real translation, linked to its source and editable in the translation editor, as if an
editor had translated it. Its slug is translated too (from the English title unless
given), so English addresses read in English: /en/resources/, /fr/ressources/.
"""

import copy
from collections import defaultdict

from django.db import transaction
from django.utils.text import slugify
from modelcluster.models import ClusterableModel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


class TranslationMismatch(ValueError):
    """The English description does not have the shape of the French content."""


def _detached_copy(instance):
    if isinstance(instance, ClusterableModel):
        return instance.__class__.from_json(instance.to_json())
    return copy.copy(instance)


def _strings(instance):
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def english_strings(original, english_fields):
    """{segment path: [English strings]}, from `original` and its fields in English.

    A path has several strings when a rich text has several paragraphs or list items:
    they come in the order of the text, as wagtail-localize stores them."""
    english = _detached_copy(original)
    for name, value in english_fields.items():
        setattr(english, name, value)
        field = english._meta.get_field(name)
        if isinstance(field, StreamField):
            # A round trip through the database format gives every block an id, which
            # the segment paths are built from.
            setattr(english, name, field.to_python(field.get_prep_value(getattr(english, name))))
    source_segments, target_segments = _strings(original), _strings(english)
    if len(source_segments) != len(target_segments):
        raise TranslationMismatch(
            f"{original!r}: {len(source_segments)} French strings, "
            f"{len(target_segments)} English ones"
        )
    strings = defaultdict(list)
    for source, target in zip(source_segments, target_segments, strict=True):
        strings[source.path].append(target.string.data)
    return strings


def with_translated_slug(fields):
    """A translated page's address in its own language: its slug is a translatable
    segment, made from the translated title unless given."""
    if "title" in fields and "slug" not in fields:
        return {**fields, "slug": slugify(fields["title"])}
    return fields


@transaction.atomic
def translate(original, english_fields, language_code="en", publish=True):
    """Create or update the `language_code` translation of `original`; return it."""
    if isinstance(original, Page):
        original = original.specific
        english_fields = with_translated_slug(english_fields)
    locale = Locale.objects.get(language_code=language_code)
    strings = english_strings(original, english_fields)
    source, _created = TranslationSource.update_or_create_from_instance(original)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = source.stringsegment_set.select_related("string", "context").order_by("order")
    for segment in segments:
        if not strings.get(segment.context.path):
            raise TranslationMismatch(f"{original!r}: no English for {segment.context.path}")
        text = strings[segment.context.path].pop(0)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text},
        )
    if not isinstance(original, Page):
        translation.save_target()
        return original.get_translation(locale)
    # wagtail-localize would publish on commit: inside a caller's transaction that is
    # after the page's children were added, and publishing then re-saves the page with
    # the child count it had before them, which breaks the tree. Publish now instead.
    translation.save_target(publish=False)
    target = original.get_translation(locale)
    if publish:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target
