"""Elasticsearch 9 with a French or English analyser (see one_language.py)."""

from modelsearch.backends import elasticsearch9 as es9

from .one_language import OneLanguageBackendMixin, OneLanguageIndexMixin, OneLanguageMappingMixin


class Mapping(OneLanguageMappingMixin, es9.Elasticsearch9Mapping):
    pass


class Index(OneLanguageIndexMixin, es9.Elasticsearch9Index):
    pass


class SearchQueryCompiler(es9.Elasticsearch9SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(es9.Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchBackend(OneLanguageBackendMixin, es9.Elasticsearch9SearchBackend):
    mapping_class = Mapping
    index_class = Index
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
