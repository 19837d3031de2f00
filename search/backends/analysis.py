"""Elasticsearch / OpenSearch analysis settings for a one-language index.

`default` is the analyser Elasticsearch applies to every text field that names none
(modelsearch's _all_text, _all_text_boost_*, title, body…), so the whole index reads its
language. `default_search` is the same at query time. Autocomplete fields keep
modelsearch's edge-n-grams, but their search analyser folds accents too (modelsearch's
uses "standard", which does not: the cause of wagtail/wagtail#13005).
"""

from copy import deepcopy

FRENCH_ELISION = {
    "type": "elision",
    "articles_case": True,
    "articles": [
        "l",
        "m",
        "t",
        "qu",
        "n",
        "s",
        "j",
        "d",
        "c",
        "jusqu",
        "quoiqu",
        "lorsqu",
        "puisqu",
    ],
}

FILTERS = {
    "portal_french_elision": FRENCH_ELISION,
    "portal_french_stop": {"type": "stop", "stopwords": "_french_"},
    "portal_french_stemmer": {"type": "stemmer", "language": "french"},
    "portal_english_possessive": {"type": "stemmer", "language": "possessive_english"},
    "portal_english_stop": {"type": "stop", "stopwords": "_english_"},
    "portal_english_stemmer": {"type": "stemmer", "language": "english"},
}

TEXT_FILTERS = {
    "fr": [
        "portal_french_elision",
        "lowercase",
        "portal_french_stop",
        "asciifolding",
        "portal_french_stemmer",
    ],
    "en": [
        "portal_english_possessive",
        "lowercase",
        "portal_english_stop",
        "asciifolding",
        "portal_english_stemmer",
    ],
}

# Words as typed, for prefixes: elisions dropped, folded, never stemmed.
AUTOCOMPLETE_FILTERS = {
    "fr": ["portal_french_elision", "lowercase", "asciifolding"],
    "en": ["lowercase", "asciifolding"],
}


def index_settings(language):
    """The INDEX_SETTINGS merged over modelsearch's own for a `language` index."""
    text_analyser = {"type": "custom", "tokenizer": "standard", "filter": TEXT_FILTERS[language]}
    autocomplete_filters = AUTOCOMPLETE_FILTERS[language]
    return {
        "settings": {
            "analysis": {
                "filter": deepcopy(FILTERS),
                "analyzer": {
                    "default": text_analyser,
                    "default_search": deepcopy(text_analyser),
                    "edgengram_analyzer": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*autocomplete_filters, "edgengram"],
                    },
                    "portal_autocomplete_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": autocomplete_filters,
                    },
                },
            }
        }
    }


AUTOCOMPLETE_MAPPING = {
    "analyzer": "edgengram_analyzer",
    "search_analyzer": "portal_autocomplete_search",
}
