"""Run a reader's search: pages of every type, organisations and documents, in one language.

No page type is named here. Pages are `Page.objects.live().public()` in the reader's locale
(so every page type, present or future, is searched); organisations and documents are
"sources" (search/sources.py). The backend ranks; facets, narrowing, sorting and
pagination then run in the database over the ranked set (search/facets.py).
"""

from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, When
from django.utils import timezone
from wagtail.models import Locale, Page

from . import facets
from .backends import backend_for_language
from .models import FacetValue

Facet = FacetValue.Facet
PAGE_FACETS = [Facet.TYPE, Facet.THEME, Facet.AUDIENCE, Facet.REGION, Facet.YEAR]


def ranked(backend, query, candidates):
    """`candidates` matching `query`, best first, as a queryset that can still be filtered.

    Database backends give a queryset directly; Elasticsearch/OpenSearch give the ids of
    their best hits (capped, see one_language.MAX_MATCHES), turned back into a queryset in
    the same order.
    """
    results = backend.search(query, candidates, operator="and")
    if hasattr(results, "get_queryset"):
        return results.get_queryset()
    if not hasattr(backend, "matching_ids"):
        ids = [obj.pk for obj in results[:1000]]
    else:
        ids = backend.matching_ids(results)
    order = Case(
        *[When(pk=pk, then=position) for position, pk in enumerate(ids)],
        output_field=IntegerField(),
    )
    model = candidates.model
    if not ids:
        return model._default_manager.none()
    return model._default_manager.filter(pk__in=ids).order_by(order)


def ranked_with_typos(backend, query, candidates):
    """ranked(), else, when nothing matches and the backend can, a typo-tolerant match."""
    matches = ranked(backend, query, candidates)
    if not getattr(backend, "supports_fuzzy", False) or matches.exists():
        return matches, False
    return ranked(backend, backend.fuzzy_query(query), candidates), True


def live_pages(locale):
    """Live, public pages of a locale, filtered on index fields only (any backend)."""
    return Page.objects.live().public().filter(locale=locale)


def not_expired(queryset):
    """Drop pages past their expiry date that `publish_scheduled` has not unpublished yet
    (expire_at is no index field: this runs in the database, after ranking)."""
    return queryset.exclude(expire_at__lte=timezone.now())


def is_expired(page):
    return page.expire_at is not None and page.expire_at <= timezone.now()


@dataclass
class PageSearch:
    """The pages matching a query in one language, narrowed by the selected facets."""

    query: str
    language: str
    selected: dict = field(default_factory=dict)
    sort: str = "relevance"

    locale: Locale | None = None

    def __post_init__(self):
        self.locale = self.locale or Locale.objects.get(language_code=self.language)
        self.backend = backend_for_language(self.language)
        matches, self.typo_tolerant = ranked_with_typos(
            self.backend, self.query, live_pages(self.locale)
        )
        self.matches = not_expired(matches)

    @property
    def results(self):
        """The narrowed, sorted queryset of matching pages."""
        narrowed = facets.narrow(self.matches, self.selected)
        if self.sort == "newest":
            narrowed = narrowed.order_by("-first_published_at", "-pk")
        return narrowed

    def facet_counts(self):
        return facets.count(self.matches, self.selected, PAGE_FACETS)


def specific_in_order(ids):
    """The pages of `ids` as their specific types, in that order (1 query + 1 per type)."""
    pages = Page.objects.filter(pk__in=ids).specific().select_related("locale")
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in ids if pk in by_id]
