"""Show a taxonomy term in the reader's language, whichever instance a page links to.

wagtail-localize copies many-to-many links unchanged to a translation, so an English page
may link to the French "Mobilité" (see portal/localize_gaps.py). The labels of every term
in every language are one small cached dictionary keyed by translation_key.
"""

from django.core.cache import cache
from django.utils.translation import get_language

CACHE_KEY = "portal:term-labels:{model}"


def invalidate_term_labels():
    from .models import Audience, TerritoryType, Theme

    cache.delete_many(
        [CACHE_KEY.format(model=m._meta.label_lower) for m in (Theme, Audience, TerritoryType)]
    )


def _labels(model):
    key = CACHE_KEY.format(model=model._meta.label_lower)
    labels = cache.get(key)
    if labels is None:
        labels = {
            (str(translation_key), language): name
            for translation_key, language, name in model.objects.values_list(
                "translation_key", "locale__language_code", "name"
            )
        }
        cache.set(key, labels, 60 * 60)
    return labels


def term_label(term, language=None):
    """The term's name in `language` (default: the active one), else its own name."""
    language = language or get_language()
    return _labels(type(term)).get((str(term.translation_key), language), term.name)


def terms_in_language(model, language=None):
    """All terms of `model` in the reader's language, ordered, for filter forms."""
    from wagtail.models import Locale

    language = language or get_language()
    return model.objects.filter(locale__in=Locale.objects.filter(language_code=language))
