"""Canaries: what the portal's search backends rely on in django-modelsearch.

Each override in search/backends/ answers a gap of modelsearch's (docs/search.md, "What
the backends change"). These tests fail when modelsearch changes the code an override
replaces, or closes the gap it works around: then re-measure, and keep the override,
adapt it, or delete it.
"""

import inspect

import pytest
from django.db import connection
from modelsearch.backends import elasticsearch9 as es9
from modelsearch.backends import elasticsearchbase as es
from modelsearch.backends.database.postgres import postgres as pg

from search.backends import postgres


def source(function):
    return inspect.getsource(function)


def parameters(function):
    return list(inspect.signature(function).parameters)


on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the index table's PostgreSQL form"
)


@pytest.fixture
def lite():
    """modelsearch's SQLite backend, which only imports on SQLite (its models are)."""
    if connection.vendor != "sqlite":
        pytest.skip("modelsearch's SQLite backend")
    from modelsearch.backends.database.sqlite import sqlite

    return sqlite


# --- PostgreSQL ---------------------------------------------------------------------------
@on_postgresql
def test_the_index_table_has_the_columns_the_portal_writes():
    """postgres.PostgresIndex writes every column of an entry itself (_UPSERT_ENTRIES)."""
    columns = {field.column for field in pg.IndexEntry._meta.concrete_fields}
    assert columns == {
        "id",
        "content_type_id",
        "object_id",
        "title",
        "autocomplete",
        "body",
        "title_norm",
        "title_text",
        "body_text",
    }


def test_postgres_analyses_every_object_with_the_backends_one_configuration():
    """One configuration per backend, read by the indexer from the backend
    (django-modelsearch#61: language-aware indexes), and backends that overwrite each
    other's rows (wagtail/wagtail#9253): postgres.PostgresIndex.add_items sets the
    backend's config per language before the indexers read it."""
    assert "self.config = backend.config" in source(pg.ObjectIndexer.__init__)
    assert 'params.get("SEARCH_CONFIG")' in source(pg.PostgresSearchBackend.__init__)
    assert "ON CONFLICT (content_type_id, object_id)" in source(pg.PostgresIndex.add_items)
    assert parameters(pg.PostgresIndex.add_items) == ["self", "model", "objs"]
    assert parameters(pg.PostgresSearchQueryCompiler.get_config) == ["self", "backend"]


def test_postgres_writes_each_entry_three_times():
    """Entries go in with a norm of 1.0 and are updated after each chunk, then all again
    at the end of a rebuild (postgres.PostgresIndex._write_entries)."""
    add_items = source(pg.PostgresIndex.add_items)
    assert "1.0, %s, %s)" in add_items
    assert "title_norm = 1.0" in add_items
    assert "self._refresh_title_norms()" in add_items
    assert "entries = self.entries\n" in source(pg.PostgresIndex._refresh_title_norms)
    assert parameters(pg.PostgresIndex._refresh_title_norms) == ["self", "full"]
    assert "_refresh_title_norms(full=True)" in source(pg.PostgresSearchRebuilder.finish)
    # What _write_entries calls as modelsearch's add_items does.
    assert parameters(pg.ObjectIndexer) == ["obj", "backend"]
    assert {"title", "autocomplete", "body", "title_text", "body_text"} <= set(
        vars(pg.ObjectIndexer)
    )


def test_postgres_matches_the_concatenated_title_and_body():
    """`title || body @@ query`, which no index serves (wagtail/wagtail#6546):
    postgres.SearchQueryCompiler.search matches each word in the title or the body."""
    search = source(pg.PostgresSearchQueryCompiler.search)
    assert '_combine(vector, "||", False)' in search
    assert "_vector_=search_query" in search
    assert parameters(pg.PostgresSearchQueryCompiler.search) == [
        "self",
        "config",
        "start",
        "stop",
        "score_field",
        "backend",
    ]
    assert parameters(pg.PostgresSearchQueryCompiler.build_tsquery) == ["self", "query", "config"]
    assert parameters(pg.PostgresSearchQueryCompiler._build_rank_expression) == [
        "self",
        "vectors",
        "config",
    ]


@on_postgresql
def test_no_index_serves_the_concatenated_title_and_body(db):
    """modelsearch's model says a migration adds a GIN index on `title || body`; none
    does (wagtail/wagtail#6548 was closed unmerged)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = %s",
            [pg.IndexEntry._meta.db_table],
        )
        definitions = [row[0] for row in cursor.fetchall()]
    assert definitions
    assert not any("||" in definition for definition in definitions)


def test_postgres_ranks_through_the_join_to_every_matching_object():
    """Relevance is an ORDER BY over the objects joined to their entries (by text id):
    postgres.SearchQueryCompiler._ranked scores the entries first."""
    ordering = source(pg.PostgresSearchQueryCompiler._apply_ordering_and_scoring)
    assert 'queryset.order_by(rank_expression.desc(), "-pk")' in ordering
    assert parameters(pg.PostgresSearchQueryCompiler._apply_ordering_and_scoring) == [
        "self",
        "queryset",
        "rank_expression",
        "start",
        "stop",
        "score_field",
    ]


def test_postgres_fuzzy_compares_every_title_and_body():
    """The typo-tolerant query is a similarity computed for every title and body, kept
    above a threshold, which no index serves: postgres.SearchQueryCompiler filters titles
    with the operator a trigram index answers."""
    fuzzy = source(pg.PostgresSearchQueryCompiler._build_fuzzy_queryset)
    assert "body_similarity = TrigramWordSimilarity(" in fuzzy
    assert "Greatest(" in fuzzy
    assert "_fuzzy_raw_similarity__gte=threshold" in fuzzy
    assert parameters(pg.PostgresSearchQueryCompiler._build_fuzzy_queryset) == [
        "self",
        "config",
        "backend",
    ]
    assert pg.FUnaccent.function == "f_unaccent"


def test_postgres_autocomplete_keeps_accents():
    """modelsearch's autocomplete configuration is `simple`, which keeps accents (the
    database side of wagtail/wagtail#13005): the portal's folds them."""
    assert 'self.autocomplete_config = "simple"' in source(pg.PostgresSearchBackend.__init__)
    assert "return backend.autocomplete_config" in source(
        pg.PostgresAutocompleteQueryCompiler.get_config
    )


def test_the_portals_postgres_classes_extend_modelsearchs():
    assert issubclass(postgres.SearchBackend, pg.PostgresSearchBackend)
    assert postgres.SearchBackend.index_class is postgres.PostgresIndex
    assert postgres.SearchBackend.query_compiler_class is postgres.SearchQueryCompiler


# --- SQLite -------------------------------------------------------------------------------
def test_sqlite_indexes_raw_text_with_a_module_level_indexer(lite):
    """FTS5 cannot stem, and modelsearch's SQLite add_items builds its own module's
    ObjectIndexer (no class attribute to swap): sqlite.SQLiteIndex.add_items writes
    search.text's analysis through the portal's indexer."""
    add_items = source(lite.SQLiteIndex.add_items)
    assert "ObjectIndexer(obj, self.backend)" in add_items
    assert not hasattr(lite.SQLiteIndex, "indexer_class")
    assert parameters(lite.SQLiteIndex.add_items) == ["self", "model", "objs"]
    assert {"title", "autocomplete", "body"} <= set(vars(lite.ObjectIndexer))
    # Existing entries are updated one query each.
    assert ".update(\n                title=title" in add_items


def test_sqlite_passes_the_typed_query_to_fts5(lite):
    """A `"` typed in a search reaches FTS5's MATCH and raises "unterminated string"
    (wagtail/wagtail#13227): the portal's compilers send analysed words only."""
    content = source(lite.SQLiteSearchQueryCompiler.build_search_query_content)
    assert "terms = query.query_string.split()" in content
    assert parameters(lite.SQLiteSearchQueryCompiler.build_search_query_content) == [
        "self",
        "query",
        "config",
    ]


def test_sqlite_orders_by_a_score_subquery_per_row(lite):
    """Relevance is a correlated score subquery evaluated for every matching object
    (django-modelsearch#85): sqlite's _ranked reads the index once, the match driving."""
    search = source(lite.SQLiteSearchQueryCompiler.search)
    assert "score_subquery = index_query.filter(" in search
    assert "Subquery(score_subquery" in search
    assert parameters(lite.SQLiteSearchQueryCompiler.search) == [
        "self",
        "config",
        "start",
        "stop",
        "score_field",
    ]


def test_sqlite_bm25_weighs_every_column_alike(lite):
    """bm25() without column weights: a long title dilutes the page whose title says what
    was asked (sqlite.WeightedBM25 weighs the title ten times the body)."""
    from modelsearch.backends.database.sqlite.query import BM25

    table = lite.SQLiteFTSIndexEntry._meta.db_table
    assert BM25().as_sql(None, connection) == (f"bm25({table})", [])
    assert lite.SQLiteSearchQueryCompiler.FTS_TABLE_FIELDS == ["title", "body"]


def test_the_portals_sqlite_classes_extend_modelsearchs(lite):
    from search.backends import sqlite

    assert issubclass(sqlite.SearchBackend, lite.SQLiteSearchBackend)
    assert sqlite.SearchBackend.index_class is sqlite.SQLiteIndex


# --- Elasticsearch / OpenSearch -----------------------------------------------------------
def test_elasticsearch_autocomplete_does_not_fold_accents_at_query_time():
    """wagtail/wagtail#13005: the edge n-grams fold accents, their search analyser does
    not (analysis.AUTOCOMPLETE_MAPPING replaces it)."""
    assert es9.Elasticsearch9Mapping.edgengram_analyzer_config == {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": "standard",
    }


def test_elasticsearch_slices_beyond_100_hits_through_the_scroll_api():
    """results[:1000] scrolls 100 hits at a time and loads each page of objects from the
    database (12 requests and 10 queries for 1,000 ids, measured with the recorder):
    one_language.matching_ids asks for the ids in one request, through the methods
    _do_search itself uses."""
    do_search = source(es.ElasticsearchBaseSearchResults._do_search)
    assert "PAGE_SIZE = 100" in do_search
    assert "use_scroll = limit is None or limit > PAGE_SIZE" in do_search
    assert "self._get_es_body()" in do_search
    assert "self._backend_do_search(body, **params)" in do_search
    assert es.ElasticsearchBaseSearchResults.fields_param_name == "stored_fields"
    assert parameters(es.ElasticsearchBaseSearchResults._backend_do_search) == [
        "self",
        "body",
        "kwargs",
    ]
