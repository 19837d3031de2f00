"""Facet labels: region names and taxonomy terms' names per language.

They change rarely and every search page shows them: cached, and dropped when a theme or
an audience is saved or deleted (search/signals.py).
"""

from django.conf import settings
from django.core.cache import cache

from portal.models import Audience, Theme
from portal.taxonomy import terms_in_language
from territories.models import Region

SECONDS = 60 * 60
REGION_NAMES_KEY = "search:region-names"
TERM_NAMES_KEY = "search:term-names:{model}:{language}"


def region_names():
    """{code: name} of the regions."""
    names = cache.get(REGION_NAMES_KEY)
    if names is None:
        names = dict(Region.objects.values_list("code", "name"))
        cache.set(REGION_NAMES_KEY, names, SECONDS)
    return names


def term_names(model, language):
    """{slug: name} of a taxonomy's terms in `language`."""
    key = TERM_NAMES_KEY.format(model=model._meta.label_lower, language=language)
    names = cache.get(key)
    if names is None:
        names = dict(terms_in_language(model, language).values_list("slug", "name"))
        cache.set(key, names, SECONDS)
    return names


def invalidate_term_names():
    cache.delete_many(
        [
            TERM_NAMES_KEY.format(model=model._meta.label_lower, language=code)
            for model in (Theme, Audience)
            for code, _name in settings.LANGUAGES
        ]
    )
