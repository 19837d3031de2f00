"""One request's listing: the facets with their counts, a page of results, the URLs.

The count and the ids of each page of results are cached until the content changes.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from portal.content_cache import cached

from .facets import Facet


class CachedResults:
    """A listing's ordered results as the paginator reads them (a count and slices).

    Counting and ordering every match costs as much as the content grows, so the count
    and the ids of each slice are cached under `name` until the content changes; the
    cards of a slice are then read by id, with `prepare(queryset)` applied.
    """

    def __init__(self, queryset, name, prepare):
        self.queryset = queryset
        self.name = name
        self.prepare = prepare

    def count(self):
        return cached(f"{self.name}:count", self.queryset.count)

    def __getitem__(self, window):
        ids = cached(
            f"{self.name}:{window.start}:{window.stop}",
            lambda: list(self.queryset.values_list("pk", flat=True)[window]),
        )
        cards = {card.pk: card for card in self.prepare(self.queryset.filter(pk__in=ids))}
        return [cards[pk] for pk in ids if pk in cards]


@dataclass
class FacetState:
    facet: Facet
    options: list = field(default_factory=list)  # FacetOption

    @property
    def param(self):
        return self.facet.param

    @property
    def label(self):
        return self.facet.label


@dataclass
class FacetOption:
    value: str  # as in the URL
    label: str
    count: int
    selected: bool
    input_id: str


@dataclass
class ListingResults:
    """What a listing shows for one request: the facets with their options, a page of
    results, notices about ignored values, and the URLs that change the selection."""

    facets: list
    page: object  # django.core.paginator.Page
    notices: list
    base_url: str
    query: dict  # param -> list of URL values, the cleaned selection

    @property
    def is_filtered(self):
        return any(self.query.values())

    @property
    def items(self):
        return self.page.object_list

    @property
    def total(self):
        return self.page.paginator.count

    def url(self, page_number=None, **overrides):
        query = {**self.query, **overrides}
        pairs = [(param, value) for param, values in query.items() for value in values]
        if page_number and page_number > 1:
            pairs.append(("page", page_number))
        return self.base_url + ("?" + urlencode(pairs) if pairs else "")

    @property
    def active_filters(self):
        """(facet label, value label, URL without it) for every selected value."""
        result = []
        for state in self.facets:
            for option in state.options:
                if option.selected:
                    remaining = [v for v in self.query[state.param] if v != option.value]
                    result.append(
                        (state.label, option.label, self.url(**{state.param: remaining}))
                    )
        return result

    @property
    def clear_url(self):
        return self.base_url

    @property
    def page_links(self):
        """Page numbers around the current one, with the first and the last."""
        current, last = self.page.number, self.page.paginator.num_pages
        numbers = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
        links, previous = [], 0
        for number in numbers:
            if number - previous > 1:
                links.append(None)  # an ellipsis
            links.append((number, self.url(number), number == current))
            previous = number
        return links

    @property
    def previous_url(self):
        return self.url(self.page.previous_page_number()) if self.page.has_previous() else None

    @property
    def next_url(self):
        return self.url(self.page.next_page_number()) if self.page.has_next() else None
