"""The database backend on PostgreSQL: modelsearch's, each object in its own language.

The tsvector of a French object is built with the `portal_french` configuration (unaccent
+ french_stem), an English one's with `portal_english`; a query uses the reader's.
Autocomplete uses `portal_simple` (unaccent, no stemming). The configurations and the
unaccent / pg_trgm extensions come from search's migrations.

Each override below names the need it answers, with its figure; tests/search/
test_upstream.py fails when the modelsearch behaviour it works around changes.
"""

import re

from django.db import connections
from django.db.models import (
    Avg,
    BooleanField,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    IntegerField,
    Q,
    TextField,
    Value,
)
from django.db.models.functions import Cast, Length
from django.db.models.lookups import Exact, GreaterThan
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.query import Fuzzy, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from portal.taxonomy import preload_linked_terms
from search import indexing
from search.backends import object_language, query_language
from search.backends.database import RANKED_LIMIT, keep_best

CONFIGS = {"fr": "portal_french", "en": "portal_english"}
AUTOCOMPLETE_CONFIG = "portal_simple"
# How far an entry's title norm may be from the index's average title length / its own
# before a rebuild corrects it (a new version of the row).
NORM_TOLERANCE = 0.1


def config_for(language):
    return CONFIGS.get(language, AUTOCOMPLETE_CONFIG)


class PostgresIndex(pg.PostgresIndex):
    def add_items(self, model, objs):
        """Each language's objects written with its configuration.

        modelsearch analyses every object with the backend's one SEARCH_CONFIG, and two
        backends cannot share the index table (wagtail/wagtail#9253; language-aware
        indexes are django-modelsearch#61, not released). Its indexer reads
        `backend.config`; backends are built per call, so this is no shared state.
        """
        preload_linked_terms(objs)
        by_language = {}
        for obj in objs:
            by_language.setdefault(object_language(obj), []).append(obj)
        for language, group in by_language.items():
            self.backend.config = config_for(language)
            self._write_entries(model, group)
        indexing.store(objs)

    def _write_entries(self, model, objs):
        """modelsearch's add_items, except that each entry is written once, with its
        title norm.

        modelsearch inserts entries with a norm of 1.0, then updates them (average title
        length / title length) after each chunk, and every entry again at the end of a
        rebuild: three versions of each row, so a fresh index took three times its size
        (170 MB for 70,000 entries) and PostgreSQL read that through for a common word
        (70 ms instead of 30). Here the norm is computed in the insert, from the index's
        average title length (the chunk's own while the index is empty), the end of a
        rebuild corrects only the norms that average has moved by more than
        NORM_TOLERANCE, and an entry that would not change is not written again.
        """
        if not model.get_search_fields() or not objs:
            return
        indexers = [pg.ObjectIndexer(obj, self.backend) for obj in objs]
        compiler = InsertQuery(pg.IndexEntry).get_compiler(connection=self.write_connection)
        content_type_pk = pg.get_content_type_pk(model)
        rows, params = [], []
        for indexer in indexers:
            vectors, row_params = [], [content_type_pk, indexer.id]
            for field_name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    pg.IndexEntry._meta.get_field(field_name), getattr(indexer, field_name)
                )
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                row_params.extend(value_params)
            rows.append("(%s, %s, {}, {}, {}, %s, %s)".format(*vectors))
            params.extend([*row_params, indexer.title_text, indexer.body_text])
        table = pg.IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                _UPSERT_ENTRIES.format(table=table, rows=", ".join(rows)),
                [self._average_title_length(), *params, NORM_TOLERANCE],
            )

    def _average_title_length(self):
        return (
            self.entries.annotate(title_length=Length("title"))
            .filter(title_length__gt=0)
            .aggregate(Avg("title_length"))["title_length__avg"]
        )

    def _refresh_title_norms(self, full=False):
        """Norms are written with their entries; at the end of a rebuild (full), the ones
        the final average moved by more than NORM_TOLERANCE are corrected."""
        if not full:
            return
        average = self._average_title_length()
        if average is None:
            return
        norm = ExpressionWrapper(Value(average) / F("title_length"), FloatField())
        (
            self.entries.annotate(title_length=Length("title"), norm=norm)
            .filter(title_length__gt=0)
            .filter(
                Q(title_norm__lt=F("norm") * (1 - NORM_TOLERANCE))
                | Q(title_norm__gt=F("norm") * (1 + NORM_TOLERANCE))
            )
            .update(title_norm=norm)
        )

    def delete_item(self, item):
        super().delete_item(item)
        indexing.forget(item)


# modelsearch's upsert, the title norm computed from the (content type, id, title,
# autocomplete, body, title text, body text) rows: the index's average title length
# (first parameter), or the rows' own when the index is empty, over each title's. An
# entry that would not change (a rebuild of unchanged content) is left as it is, not
# written again (the last parameter: NORM_TOLERANCE).
_UPSERT_ENTRIES = """
    INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body,
                         title_norm, title_text, body_text)
    SELECT content_type_id, object_id, title, autocomplete, body,
           CASE WHEN length(title) > 0
                THEN COALESCE(%s, AVG(NULLIF(length(title), 0)) OVER ()) / length(title)
                ELSE 1.0 END,
           title_text, body_text
    FROM (VALUES {rows}) AS entry (content_type_id, object_id, title, autocomplete, body,
                                   title_text, body_text)
    ON CONFLICT (content_type_id, object_id)
    DO UPDATE SET title = EXCLUDED.title,
                  title_norm = EXCLUDED.title_norm,
                  autocomplete = EXCLUDED.autocomplete,
                  body = EXCLUDED.body,
                  title_text = EXCLUDED.title_text,
                  body_text = EXCLUDED.body_text
    WHERE ({table}.title, {table}.autocomplete, {table}.body, {table}.title_text,
           {table}.body_text)
          IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.autocomplete, EXCLUDED.body,
                            EXCLUDED.title_text, EXCLUDED.body_text)
       OR abs({table}.title_norm - EXCLUDED.title_norm) > %s * EXCLUDED.title_norm
"""


class WordSimilarTo(Func):
    """`typed <% text`: pg_trgm's word similarity above its threshold (0.6), the operator
    form that a trigram index answers."""

    template = "%(expressions)s"
    arg_joiner = " <%% "
    output_field = BooleanField()


def _numnode(tsquery):
    """How many lexemes and operators a tsquery holds (0: only stop words)."""
    return Func(tsquery, function="numnode", output_field=IntegerField())


class SearchQueryCompiler(pg.PostgresSearchQueryCompiler):
    def get_config(self, backend):
        """The reader's language, not the backend's one SEARCH_CONFIG (see add_items)."""
        return config_for(query_language())

    def search(self, config, start, stop, score_field=None, backend=None):
        """modelsearch's search, except for a plain query (each word must be in the title
        or in the body, rather than the whole query in `title || body`) and for a
        typo-tolerant one (titles only, through a trigram index); both ranked by
        `_ranked` when ordered by relevance.

        The same rows match, but concatenating two tsvectors for every index entry cost
        100 ms at 50,000 pages even when nothing matched, and no index could answer it
        (wagtail/wagtail#6546); `title @@ word OR body @@ word` reads the two GIN indexes
        modelsearch creates (a missing word: a few milliseconds).
        """
        words = self._plain_words()
        fuzzy = isinstance(self.query, Fuzzy)
        if not words and not fuzzy:
            return super().search(config, start, stop, score_field, backend)
        if self.order_by_relevance and score_field is None:
            if fuzzy:
                return self._ranked(*self._similar_titles("title_text"))[start:stop]
            return self._ranked(
                self._every_word(words, config, "title", "body"),
                self._build_rank_expression(
                    [(F("title"), F("title_norm")), (F("body"), 1.0)], config
                ),
            )[start:stop]
        if fuzzy:  # through _build_fuzzy_queryset
            return super().search(config, start, stop, score_field, backend)
        queryset = self.queryset.filter(
            self._every_word(words, config, "index_entries__title", "index_entries__body")
        )
        rank = self._build_rank_expression(self.get_search_vectors(None), config)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)

    def _plain_words(self):
        """The words of a plain query joined by AND over the index, else None."""
        query = self.query
        if not isinstance(query, PlainText) or query.operator != "and" or self.fields:
            return None
        return [word for word in re.split(r"[\s\-]+", query.query_string) if word] or None

    def _every_word(self, words, config, title, body):
        """Each word in the `title` or the `body` vector (field paths).

        A word that is a stop word (no lexeme: numnode() = 0) asks nothing, as to_tsquery
        drops it; a query made only of stop words or signs matches nothing (as
        modelsearch's `@@` of an empty query), not every page.
        """
        condition = Q(GreaterThan(_numnode(self.build_tsquery(self.query, config)), 0))
        for word in words:
            word_query = self.build_tsquery(PlainText(word), config=config)
            condition &= (
                Q(Exact(_numnode(word_query), 0))
                | Q(**{title: word_query})
                | Q(**{body: word_query})
            )
        return condition

    def _similar_titles(self, title_text):
        """(condition, score) of the typo-tolerant match on `title_text` (a path to the
        index entry's title).

        modelsearch computes the word similarity of the query with every title and every
        body and keeps those above a threshold: an expression no index can answer, half a
        second at 5,000 pages. Here titles are filtered with the operator the trigram
        index of search's migration 0005 serves, then ordered by similarity. A typo in a
        word only the body holds is caught by the spelling suggestion instead
        (search/suggestions.py).
        """
        typed = pg.FUnaccent(Value(self.query.query_string, output_field=TextField()))
        title = pg.FUnaccent(F(title_text))
        return Q(WordSimilarTo(typed, title)), pg.TrigramWordSimilarity(typed, title)

    def _build_fuzzy_queryset(self, config, backend):
        condition, score = self._similar_titles("index_entries__title_text")
        queryset = self.queryset.filter(condition).annotate(_fuzzy_similarity=score)
        return queryset, F("_fuzzy_similarity")

    def _ranked(self, condition, score):
        """The best RANKED_LIMIT candidates whose index entry meets `condition`, by
        `score`, best first, with the number of all the matches (keep_best).

        Through modelsearch's relation, PostgreSQL joined each matching entry to its
        object one by one (a text key: 20,000 index probes, 75 ms for a common word at
        50,000 pages) and sorted the entries with their vectors (spilling to disk). Here
        the matching entries and their scores are computed first, once, then kept if
        their object is a candidate (a hash join on the integer key), counted and cut to
        the best: 150 -> 45 ms for that word.
        """
        entries = (
            pg.IndexEntry.objects.filter(condition)
            # An expression, not the column: otherwise PostgreSQL may read the entries of
            # these content types (every page) rather than the full-text indexes.
            .alias(entry_type=ExpressionWrapper(F("content_type_id") + 0, IntegerField()))
            .filter(entry_type__in=get_descendants_content_types_pks(self.queryset.model))
            # modelsearch stores ids as text; the portal's indexed models have integer
            # keys.
            .annotate(entry_pk=Cast("object_id", IntegerField()), score=score)
            .values("entry_pk", "score")
            .order_by()
        )
        candidates = self.queryset.order_by().values("pk")
        rows = _best_candidates_and_total(entries, candidates, RANKED_LIMIT)
        return keep_best(self, [pk for pk, _total in rows], rows[0][1] if rows else 0)


def _best_candidates_and_total(entries, candidates, limit):
    """[(object id, total)] of the `limit` best rows of `entries` ((entry_pk, score) rows,
    higher scores better) whose object is in `candidates` (a pk queryset), with the number
    of all such rows in each.

    Raw SQL around the ORM's: the matching entries are a materialized CTE, so that
    PostgreSQL scores them once and drops their vectors before joining and counting,
    which the ORM cannot write.
    """
    entries_sql, entries_params = entries.query.sql_with_params()
    candidates_sql, candidates_params = candidates.query.sql_with_params()
    sql = (
        f"WITH matched AS MATERIALIZED ({entries_sql}) "  # noqa: S608 - the ORM's SQL
        'SELECT "entry_pk", COUNT(*) OVER () FROM matched '
        f'WHERE "entry_pk" IN ({candidates_sql}) '
        'ORDER BY "score" DESC, "entry_pk" DESC LIMIT %s'
    )
    with connections[candidates.db].cursor() as cursor:
        cursor.execute(sql, [*entries_params, *candidates_params, limit])
        return cursor.fetchall()


class SearchBackend(pg.PostgresSearchBackend):
    index_class = PostgresIndex
    query_compiler_class = SearchQueryCompiler
    supports_fuzzy = True

    def __init__(self, params):
        super().__init__(params)
        # Autocomplete folds accents like the other backends (wagtail/wagtail#13005).
        self.autocomplete_config = AUTOCOMPLETE_CONFIG

    def fuzzy_query(self, query_string):
        return Fuzzy(query_string, operator="and", unaccent=True)
