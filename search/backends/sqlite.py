"""The database backend on SQLite: modelsearch's FTS5 backend, each object in its own
language.

FTS5 cannot stem, so the index receives search.text's analysis (folded, elisions and stop
words dropped, Snowball stems) and the query gets the same.

Each override below names the need it answers, with its figure; tests/search/
test_upstream.py fails when the modelsearch behaviour it works around changes.
"""

from django.db import connections
from django.db.models import Exists, ExpressionWrapper, F, IntegerField, OuterRef
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite import sqlite as lite
from modelsearch.backends.database.sqlite.query import (
    BM25,
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from portal.taxonomy import preload_linked_terms
from search import indexing, text
from search.backends import object_language, query_language
from search.backends.database import RANKED_LIMIT, keep_best


class ObjectIndexer(lite.ObjectIndexer):
    """Writes analysed words, so FTS5 matches stems; the page shows its own text."""

    @cached_property
    def language(self):
        return object_language(self.obj)

    @cached_property
    def title(self):
        return text.analysed_text(super().title, self.language)

    @cached_property
    def body(self):
        return text.analysed_text(super().body, self.language)

    @cached_property
    def autocomplete(self):
        # Prefix matching wants whole folded words, not stems.
        return " ".join(text.words(super().autocomplete))


class SQLiteIndex(lite.SQLiteIndex):
    def add_items(self, model, objs):
        """modelsearch's add_items with the portal's indexer (modelsearch's is a module
        global, so it cannot be swapped per backend).

        Rows are replaced rather than updated one by one (modelsearch's way): a rebuild
        is two queries per chunk instead of one per object.
        """
        if not model.get_search_fields():
            return
        preload_linked_terms(objs)
        rows = {}
        for obj in objs:
            indexer = ObjectIndexer(obj, self.backend)
            rows[indexer.id] = {
                "title": indexer.title,
                "autocomplete": indexer.autocomplete,
                "body": indexer.body,
            }
        if not rows:
            return
        content_type_pk = lite.get_content_type_pk(model)
        entries = self.entries.filter(content_type_id=content_type_pk)
        entries.filter(object_id__in=rows).delete()
        self.entries.bulk_create(
            lite.IndexEntry(content_type_id=content_type_pk, object_id=object_id, **row)
            for object_id, row in rows.items()
        )
        self._refresh_title_norms()
        indexing.store(objs)

    def delete_item(self, item):
        super().delete_item(item)
        indexing.forget(item)


class _AnalysedQueryMixin:
    """Rewrites the query's words the way the index was written, or matches nothing."""

    def analyse_query(self, query_string):
        return text.analyse(query_string, query_language())

    def build_search_query_content(self, query, config=None):
        if isinstance(query, (PlainText, Phrase)):
            terms = self.analyse_query(query.query_string)
            if not terms:
                return None
            if isinstance(query, Phrase):
                return SearchQueryExpression(" ".join(terms))
            query = PlainText(" ".join(terms), operator=query.operator)
        return super().build_search_query_content(query, config=config)

    def search(self, config, start, stop, score_field=None):
        if isinstance(self.query, (PlainText, Phrase)) and not self.analyse_query(
            self.query.query_string
        ):
            return self.queryset.none()
        if (
            not self.order_by_relevance
            or score_field
            or not isinstance(self.query, (PlainText, Phrase))
        ):
            return super().search(config, start, stop, score_field=score_field)
        return self._ranked(config)[start:stop]

    def _ranked(self, config):
        """The best RANKED_LIMIT candidates matching the query, best first by BM25, with
        the number of all the matches (keep_best).

        modelsearch orders by a score subquery evaluated for every matching row, and
        SQLite's planner may probe the full-text table once per index entry (a full match
        each time): seconds once thousands of objects match. Here the index is read once,
        the full-text match driving, for the ids of the best matches and (a window over
        the same rows) how many there are. Readers page through the best RANKED_LIMIT, as
        with Elasticsearch (one_language.MAX_MATCHES).
        """
        matched = (
            lite.SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(
                    self.fields or self.FTS_TABLE_FIELDS,
                    self.build_search_query(normalize(self.query), config=config),
                )
            )
            # Expressions, not bare columns: otherwise SQLite may start from the entries'
            # (content type, object id) index and probe the full-text table once per
            # entry (seconds for 20,000 organisations).
            .alias(
                entry_type=ExpressionWrapper(
                    F("index_entry__content_type_id") + 0, output_field=IntegerField()
                ),
                # modelsearch stores ids as text; the portal's indexed models have integer
                # keys. Each match then looks its object up by primary key, where
                # `IN (candidates)` listed every candidate first (30 ms at 50,000 pages).
                entry_pk=Cast("index_entry__object_id", output_field=IntegerField()),
            )
            .filter(
                Exists(self.queryset.filter(pk=OuterRef("entry_pk"))),
                entry_type__in=get_descendants_content_types_pks(self.queryset.model),
            )
        )
        scored = matched.annotate(
            score=self._build_rank_expression(self.get_search_vectors(), config)
        ).values_list("index_entry__object_id", "score")
        rows = _best_and_total(scored, RANKED_LIMIT, self.queryset.db)
        to_pk = self.queryset.model._meta.pk.to_python
        best = [to_pk(object_id) for object_id, _total in rows]
        return keep_best(self, best, rows[0][1] if rows else 0)


def _best_and_total(scored, limit, using):
    """[(object id, total)] of the `limit` best rows of `scored` ((object id, score) rows,
    lower scores better), with the number of all its rows in each.

    Raw SQL around the ORM's: FTS5 refuses bm25() beside a window function, so the count
    runs over the scored rows as a derived table, which the ORM cannot write.
    """
    inner, params = scored.query.sql_with_params()
    sql = (
        # The ORM's SQL and parameters; its columns are named after the values_list.
        f'SELECT "index_entry__object_id", COUNT(*) OVER () FROM ({inner}) '  # noqa: S608
        'ORDER BY "score" LIMIT %s'
    )
    with connections[using].cursor() as cursor:
        cursor.execute(sql, [*params, limit])
        return cursor.fetchall()


class WeightedBM25(BM25):
    """FTS5's bm25 with column weights (autocomplete, body, title): a match in the title
    counts ten times one in the body. modelsearch's unweighted bm25 scores the whole row,
    so a long title diluted a page whose title says exactly what was asked."""

    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({lite.SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, 10.0)", []


class SearchQueryCompiler(_AnalysedQueryMixin, lite.SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()


class AutocompleteQueryCompiler(_AnalysedQueryMixin, lite.SQLiteAutocompleteQueryCompiler):
    def analyse_query(self, query_string):
        return text.words(query_string)


class SearchBackend(lite.SQLiteSearchBackend):
    index_class = SQLiteIndex
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    supports_fuzzy = False
