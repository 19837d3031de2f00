"""The portal's search backends: Wagtail's (django-modelsearch) with a language per object.

Why subclasses rather than one backend per language (docs/search.md): several database
backends share one index table and overwrite each other (wagtail/wagtail#9253). So the
database backend is ONE backend that analyses each object in its own locale's language,
and each query in the reader's. Elasticsearch / OpenSearch use one backend per language,
each with its own indices and analysers, each indexing only its language's objects.
"""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from search.conf import search_backend_settings


def _locale_languages():
    # A handful of rows, read once per process; a new locale needs a restart anyway
    # (LANGUAGES is a setting).
    if not _locale_languages.cache:
        _locale_languages.cache = dict(Locale.objects.values_list("id", "language_code"))
    return _locale_languages.cache


_locale_languages.cache = {}


def object_language(obj):
    """The language an object is written in: its locale's, else the site's default."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return settings.LANGUAGE_CODE
    language = _locale_languages().get(locale_id)
    if language is None:
        _locale_languages.cache = {}
        language = _locale_languages().get(locale_id, settings.LANGUAGE_CODE)
    return language


def query_language():
    """The language a query is read in: the active one, i.e. the reader's."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def backend_for_language(language):
    """The configured backend that searches `language` (the multilingual default else)."""
    for name, params in search_backend_settings().items():
        if params.get("LANGUAGE") == language:
            return get_search_backend(name)
    return get_search_backend("default")


def accepts(backend_language, obj):
    """Whether a one-language backend indexes `obj` (objects with no locale go in all)."""
    if backend_language is None or getattr(obj, "locale_id", None) is None:
        return True
    return object_language(obj) == backend_language
