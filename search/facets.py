"""Facet values of pages: written at index time, counted per result set.

Nothing here names a page type. A page's facets come from what BasePage and the gazetteer
give every page (content type, themes, audiences by slug) and from a few conventions any
page type may follow:

- `search_facets()` returning {"region": [...], "year": [...]} overrides the defaults;
- otherwise the region is `region_id` (e.g. a case study's region) and the year the
  first of `publication_date`, `date`, `start_year`, `first_published_at` that is set.
"""

from django.db.models import Count
from wagtail.models import Page

from territories.models import Region

from .models import FacetValue, PageCard

Facet = FacetValue.Facet
YEAR_SOURCES = ("publication_date", "date", "start_year", "first_published_at")


def _year(page):
    for name in YEAR_SOURCES:
        value = getattr(page, name, None)
        if value:
            return str(getattr(value, "year", value))
    return None


def _slugs(page, name):
    related = getattr(page, name, None)
    if related is None or not hasattr(related, "all"):
        return []
    # .all(), not values_list: it reads the terms preloaded for indexing.
    return [term.slug for term in related.all()]


def facet_values(page):
    """{facet: [values]} for a specific page instance."""
    values = {
        Facet.TYPE: [page._meta.label_lower],
        Facet.THEME: _slugs(page, "themes"),
        Facet.AUDIENCE: _slugs(page, "audiences"),
    }
    region = getattr(page, "region_id", None)
    values[Facet.REGION] = [region] if region else []
    year = _year(page)
    values[Facet.YEAR] = [year] if year else []
    if hasattr(page, "search_facets"):
        values.update(page.search_facets())
    return values


def card(page, region_names):
    """The PageCard of a specific page instance."""
    region_id = getattr(page, "region_id", None)
    return PageCard(
        page_id=page.pk,
        summary=getattr(page, "summary", "") or page.search_description or "",
        territory=region_names.get(region_id, "") if region_id else "",
    )


def index_pages(pages):
    """Replace the facet rows and cards of `pages` (called by the backends' add_items)."""
    pages = [page for page in pages if isinstance(page, Page)]
    if not pages:
        return
    ids = [page.pk for page in pages]
    region_ids = {getattr(page, "region_id", None) for page in pages} - {None}
    regions = Region.objects.filter(code__in=region_ids) if region_ids else Region.objects.none()
    region_names = dict(regions.values_list("code", "name"))
    PageCard.objects.filter(page_id__in=ids).delete()
    PageCard.objects.bulk_create([card(page, region_names) for page in pages])
    FacetValue.objects.filter(page_id__in=ids).delete()
    FacetValue.objects.bulk_create(
        [
            FacetValue(page_id=page.pk, facet=facet, value=str(value)[:100])
            for page in pages
            for facet, values in facet_values(page).items()
            for value in set(values)
        ],
        ignore_conflicts=True,
    )


def values_of(page_ids):
    """{page id: {facet: {values}}} of `page_ids`, in one query (a few rows per page)."""
    found = {}
    rows = FacetValue.objects.filter(page_id__one_of=page_ids).values_list(
        "page_id", "facet", "value"
    )
    for page_id, facet, value in rows:
        found.setdefault(page_id, {}).setdefault(facet, set()).add(value)
    return found


def count_all(page_ids, facets):
    """{facet: {value: count}} over `page_ids` with no facet selected: one GROUP BY (by
    page id, not by facet: a condition on the facet made the database read the whole
    (facet, value, page) index, 40 ms at 50,000 pages)."""
    counts = {facet: {} for facet in facets}
    rows = (
        FacetValue.objects.filter(page_id__one_of=page_ids)
        .values_list("facet", "value")
        .annotate(n=Count("page_id"))
        .order_by("-n", "value")
    )
    for facet, value, n in rows:
        if facet in counts:
            counts[facet][value] = n
    return counts


def has_all(page_values, selected):
    """Whether a page's {facet: {values}} matches every selected facet (OR within one)."""
    return all(
        page_values.get(facet, set()).intersection(values)
        for facet, values in selected.items()
        if values
    )


def count(page_values, selected, facets):
    """{facet: {value: count}} over pages' {facet: {values}}: each facet counted with the
    other facets' selections applied.

    So a value's count is the number of results a click on it gives (within a facet,
    values add up: OR), and choosing values in two facets narrows (AND). Counted here
    rather than with one GROUP BY per selected facet: the search page holds the values of
    its best 1,000 pages already (one query), and counting them costs a millisecond.
    """
    counts = {facet: {} for facet in facets}
    for facet in facets:
        others = {f: v for f, v in selected.items() if f != facet}
        tally = counts[facet]
        for values in page_values.values():
            if has_all(values, others):
                for value in values.get(facet, ()):
                    tally[value] = tally.get(value, 0) + 1
        counts[facet] = dict(sorted(tally.items(), key=lambda item: (-item[1], item[0])))
    return counts
