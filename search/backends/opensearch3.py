"""OpenSearch 3 with a French or English analyser (see one_language.py)."""

from modelsearch.backends import opensearch3 as os3

from .one_language import OneLanguageBackendMixin, OneLanguageIndexMixin, OneLanguageMappingMixin


class Mapping(OneLanguageMappingMixin, os3.OpenSearch3Mapping):
    pass


class Index(OneLanguageIndexMixin, os3.OpenSearch3Index):
    pass


class SearchQueryCompiler(os3.OpenSearch3SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(os3.OpenSearch3AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchBackend(OneLanguageBackendMixin, os3.OpenSearch3SearchBackend):
    mapping_class = Mapping
    index_class = Index
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
