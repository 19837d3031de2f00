"""Run a reader's search: pages of every type, organisations and documents, in one language.

No page type is named here. Pages are `Page.objects.live().public()` in the reader's locale
(so every page type, present or future, is searched); organisations and documents are
"sources" (search/sources.py). The backend ranks; facets, narrowing and sorting then run in
the database over the ids of its best MAX_MATCHES pages (search/facets.py).
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, Window
from wagtail.models import Locale, Page

from . import facets, suggestions, text
from .backends import backend_for_language
from .models import FacetValue
from .ordering import in_given_order
from .published import live_pages, not_expired

Facet = FacetValue.Facet
PAGE_FACETS = [Facet.TYPE, Facet.THEME, Facet.AUDIENCE, Facet.REGION, Facet.YEAR]
# The backend's best pages a search reads: facets and pages of results work on these.
MAX_MATCHES = 1000
# How many of the best pages are re-read for title coverage (titles_first).
TITLE_RERANK = 50


class Matches:
    """What a backend found: the best matches first (`queryset`, which can still be
    filtered), and how many matches there are in all (`count()`).

    Most backends hand over only their best MAX_MATCHES, in order (`ids`), and the
    database backends the number of all matches with them; otherwise the count is asked
    of the queryset. Paginator accepts it as an object list.
    """

    def __init__(self, queryset, total=None, ids=None):
        self.queryset = queryset
        self.total = total
        self.ids = ids

    def count(self):
        if self.total is None:
            self.total = self.queryset.count()
        return self.total

    def __getitem__(self, key):
        return self.queryset[key]

    def first(self, n):
        """([the first n matches], how many match): one query, counting with a window
        over the same rows when the backend did not count them."""
        if self.total is not None:
            return list(self.queryset[:n]), self.total
        rows = list(self.queryset.annotate(_matches=Window(Count("*")))[:n])
        self.total = rows[0]._matches if rows else 0
        return rows, self.total


def ranked(backend, query, candidates):
    """`candidates` matching `query`: Matches, the best first.

    Database backends give a queryset directly; Elasticsearch/OpenSearch give the ids of
    their best hits (capped, see one_language.MAX_MATCHES), turned back into a queryset in
    the same order.
    """
    results = backend.search(query, candidates, operator="and")
    if hasattr(results, "get_queryset"):
        queryset = results.get_queryset()
        compiler = results.query_compiler
        return Matches(
            queryset,
            getattr(compiler, "total_matches", None),
            getattr(compiler, "best_ids", None),
        )
    if not hasattr(backend, "matching_ids"):
        ids = [obj.pk for obj in results[:MAX_MATCHES]]
    else:
        ids = backend.matching_ids(results)
    model = candidates.model
    if not ids:
        return Matches(model._default_manager.none(), 0)
    return Matches(in_given_order(model._default_manager.filter(pk__one_of=ids), ids), ids=ids)


def titles_first(rows, query, language):
    """The ids of `rows` ((pk, title), best first) in the backend's order, except that
    among the best TITLE_RERANK, pages whose title holds every word of the query come
    first.

    A title that says everything the reader asked is the strongest sign of relevance, but
    the backends' scores (BM25, ts_rank) also reward long texts that repeat one of the
    words: "cooperer filiere" put a case study whose body says "filière" twenty times
    above the guide titled "Coopérer … une filière". Words are compared analysed (the
    same stems as the index), so "cooperer" covers "Coopérer".
    """
    ids = [pk for pk, _title in rows]
    wanted = set(text.analyse(query, language))
    if not wanted:
        return ids
    covering = [
        pk for pk, title in rows[:TITLE_RERANK] if wanted <= set(text.analyse(title, language))
    ]
    first = set(covering)
    return covering + [pk for pk in ids if pk not in first]


def in_order(ids):
    """A queryset of the pages of `ids`, in that order."""
    return in_given_order(Page.objects.filter(pk__one_of=ids), ids)


@dataclass
class PageSearch:
    """The pages matching a query in one language, narrowed by the selected facets.

    The backend's best MAX_MATCHES pages are read once (ids and titles, one query);
    facets, narrowing and sorting then work on those ids, so the full-text match runs once
    per search, not once per facet count.
    """

    query: str
    language: str
    selected: dict = field(default_factory=dict)
    sort: str = "relevance"

    locale: Locale | None = None
    candidates: object = None  # live_pages(locale), when the caller has it already

    def __post_init__(self):
        self.locale = self.locale or Locale.objects.get(language_code=self.language)
        if self.candidates is None:
            self.candidates = live_pages(self.locale)
        self.backend = backend_for_language(self.language)
        self.searched = self.query  # the query whose results are shown
        self.typo_tolerant = False
        found, rows = self._search(self.query)
        # The typo-tolerant retries need words to correct: not for stop words or signs.
        if not rows and text.analyse(self.query, self.language):
            found, rows = self._retry_with_typos()
        if self.typo_tolerant and self.searched == self.query:
            self.ids = [pk for pk, _title, _total in rows]  # the backend's similarity order
        else:
            self.ids = titles_first(
                [(pk, title) for pk, title, _total in rows], self.searched, self.language
            )
        # A backend that hands over only its best matches counted them all with its
        # ranking (which may include pages just past their expiry date: see not_expired);
        # otherwise the window over the rows read counts them.
        if found.total is not None and len(rows) == MAX_MATCHES:
            self.total = found.total
        else:
            self.total = rows[0][2] if rows else 0

    def _retry_with_typos(self):
        """(Matches, rows) when the query matched nothing: first the query spelled as the
        site spells its words (suggestions.spelling_suggestion: "coperation" searches
        "coopération", titles and bodies, as fast as any search), then, where the backend
        has one, its own typo-tolerant matching (a trigram similarity of the titles on
        PostgreSQL, fuzziness on Elasticsearch/OpenSearch) for what the vocabulary could
        not correct."""
        corrected = suggestions.spelling_suggestion(self.query, self.locale)
        if corrected:
            found, rows = self._search(corrected)
            if rows:
                self.searched, self.typo_tolerant = corrected, True
                return found, rows
        if not getattr(self.backend, "supports_fuzzy", False):
            return Matches(Page.objects.none(), 0), []
        found, rows = self._search(self.backend.fuzzy_query(self.query))
        self.typo_tolerant = bool(rows)
        return found, rows

    def _search(self, query):
        """(Matches, rows of the best pages) of `query` (a string or a backend query)."""
        found = ranked(self.backend, query, self.candidates)
        return found, self._best_rows(found)

    @staticmethod
    def _best_rows(found):
        """(pk, title, number of matches) of the best MAX_MATCHES pages: the count is a
        window over the same query, where a second query would match everything again."""
        matches = not_expired(found.queryset).annotate(total=Window(Count("*")))
        if found.ids is None:
            return list(matches.values_list("pk", "title", "total")[:MAX_MATCHES])
        # The backend's order is known: the rows are read unordered and put in that order
        # here (the position of each id in a string of 1,000 cost the database 5 ms).
        position = {pk: n for n, pk in enumerate(found.ids)}
        rows = matches.order_by().values_list("pk", "title", "total")
        return sorted(rows, key=lambda row: position[row[0]])

    @cached_property
    def facet_values(self):
        """{page id: {facet: {values}}} of the matching pages (one query)."""
        return facets.values_of(self.ids) if self.ids else {}

    def result_ids(self):
        """The ids of the matching pages, narrowed by the selected facets, sorted."""
        if not self.ids:
            return []
        if not any(self.selected.values()) and self.sort == "relevance":
            return self.ids
        kept = [
            pk for pk in self.ids if facets.has_all(self.facet_values.get(pk, {}), self.selected)
        ]
        if self.sort == "newest":
            return list(
                Page.objects.filter(pk__one_of=kept)
                .order_by("-first_published_at", "-pk")
                .values_list("pk", flat=True)
            )
        return kept

    @property
    def results(self):
        """The narrowed, sorted pages, as a queryset."""
        return in_order(self.result_ids())

    def facet_counts(self):
        if not any(self.selected.values()):
            # Nothing to narrow: one GROUP BY, without reading every page's values.
            return facets.count_all(self.ids, PAGE_FACETS)
        return facets.count(self.facet_values, self.selected, PAGE_FACETS)
