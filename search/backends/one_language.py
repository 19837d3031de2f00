"""What the Elasticsearch 9 and OpenSearch 3 backends add to Wagtail's: one language each.

A backend configured with LANGUAGE="fr" owns the indices "<prefix>_fr_…", analyses them
as French (search/backends/analysis.py) and indexes only French objects (and objects that
have no locale, such as documents); the "en" backend likewise. The reader's query goes to
the backend of the reader's language (search.backends.backend_for_language).
"""

from django.conf import settings
from modelsearch.query import Fuzzy
from modelsearch.utils import deep_update

from portal.taxonomy import preload_linked_terms
from search import indexing
from search.backends import accepts
from search.backends.analysis import AUTOCOMPLETE_MAPPING, index_settings

# Search requests fetch at most this many ids of matching pages; facets, filters and
# pagination then run in the database over those ids (docs/search.md).
MAX_MATCHES = 1000


class OneLanguageMappingMixin:
    edgengram_analyzer_config = AUTOCOMPLETE_MAPPING


class OneLanguageIndexMixin:
    def _own(self, items):
        return [item for item in items if accepts(self.backend.language, item)]

    def add_item(self, item):
        if self._own([item]):
            super().add_item(item)
            indexing.store([item])

    def add_items(self, model, items):
        items = self._own(items)
        preload_linked_terms(items)
        super().add_items(model, items)
        indexing.store(items)

    def delete_item(self, item):
        if self._own([item]):
            super().delete_item(item)
            indexing.forget(item)


class OneLanguageBackendMixin:
    supports_fuzzy = True

    def __init__(self, params):
        params = dict(params)
        self.language = params.pop("LANGUAGE", None) or settings.LANGUAGE_CODE
        params["INDEX_SETTINGS"] = deep_update(
            index_settings(self.language), params.get("INDEX_SETTINGS", {})
        )
        super().__init__(params)

    def fuzzy_query(self, query_string):
        return Fuzzy(query_string, operator="and")

    def matching_ids(self, results, limit=MAX_MATCHES):
        """Ids of the first `limit` hits of `results`, best first, in one request."""
        body = results._get_es_body()
        index = self.get_index_for_model(results.query_compiler.queryset.model)
        response = results._backend_do_search(
            body,
            index=index.name,
            _source=False,
            size=limit,
            **{results.fields_param_name: "pk"},
        )
        return [hit["fields"]["pk"][0] for hit in response["hits"]["hits"]]
