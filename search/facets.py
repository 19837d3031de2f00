"""Facet values of pages: written at index time, counted per result set.

Nothing here names a page type. A page's facets come from what BasePage and the gazetteer
give every page (content type, themes, audiences by slug) and from a few conventions any
page type may follow:

- `search_facets()` returning {"region": [...], "year": [...]} overrides the defaults;
- otherwise the region is `region_id` (e.g. a case study's region) and the year the
  first of `publication_date`, `date`, `start_year`, `first_published_at` that is set.
"""

from django.db.models import Count, Q
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


def pages_with(facet, values):
    """Ids of pages having any of `values` for `facet` (a subquery)."""
    return FacetValue.objects.filter(facet=facet, value__in=values).values("page_id")


def narrow(queryset, selected):
    """`queryset` restricted to the pages matching every selected facet (OR within one)."""
    for facet, values in selected.items():
        if values:
            queryset = queryset.filter(pk__in=pages_with(facet, values))
    return queryset


def count(matching, selected, facets):
    """{facet: {value: count}}: each facet counted with the other facets' filters applied.

    So a value's count is the number of results a click on it gives (within a facet,
    values add up: OR), and choosing values in two facets narrows (AND). Facets with no
    selected value share one narrowed set: one GROUP BY for all of them, plus one per
    facet that has a selection.
    """
    counts = {facet: {} for facet in facets}
    unselected = [facet for facet in facets if not selected.get(facet)]
    if unselected:
        ids = narrow(matching, selected).values("pk")
        rows = (
            FacetValue.objects.filter(Q(facet__in=unselected) & Q(page_id__in=ids))
            .values("facet", "value")
            .annotate(n=Count("page_id"))
            .order_by("-n", "value")
        )
        for row in rows:
            counts[row["facet"]][row["value"]] = row["n"]
    for facet in facets:
        if facet in unselected:
            continue
        others = {f: v for f, v in selected.items() if f != facet}
        ids = narrow(matching, others).values("pk")
        rows = (
            FacetValue.objects.filter(Q(facet=facet) & Q(page_id__in=ids))
            .values("value")
            .annotate(n=Count("page_id"))
            .order_by("-n", "value")
        )
        counts[facet] = {row["value"]: row["n"] for row in rows}
    return counts
