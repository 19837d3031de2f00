"""Filterable listings, written once for every index page (after cfgov's FilterableList).

An index page combines `FilterableListingMixin` with `RoutablePageMixin` and declares its
`facets`. A request's query string is validated by `ListingFilterForm` (unknown or
malformed values are dropped and reported, never a server error); the results are the
index's live, public children filtered by every facet (values of one facet are OR-ed,
facets are AND-ed), in a stable order, paginated. Each value shows how many results
selecting it would give with the other filters (disjunctive counts).

The number of SQL queries does not depend on the amount of content: the values and
counts of all facets come from one UNION query (two when filtered: one for the values
that exist at all, one for the counts under the other filters). Counts grow with the
content, so they are cached per listing and selection until the content changes
(portal/content_cache.py); so is the related content of detail pages.

The module also answers "what else is on the same themes" (`related_by_themes`) for the
detail pages, and gives every listing an RSS and an Atom feed of its newest pages.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.db.models import (
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Length, Substr
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from .content_cache import cached

CARD_RENDITION = "fill-480x270|format-webp"


def not_private_q():
    """Pages outside any private section, as SQL (Wagtail's `public()` runs a query to
    list the restrictions first; this is one more condition of the same query)."""
    restricted_ancestors = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return ~Exists(restricted_ancestors)


def live_public(queryset):
    return queryset.live().filter(not_private_q())


def children_q(page):
    """The children of `page`, as a range on the indexed path: Wagtail's `child_of()`
    uses LIKE, which SQLite answers by reading every page."""
    step = page.steplen
    first, last = page.alphabet[0] * step, page.alphabet[-1] * step
    return Q(depth=page.depth + 1, path__range=(page.path + first, page.path + last))


def long_text_fields(model):
    """The names of the model's StreamFields and rich-text fields."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if isinstance(field, (StreamField, RichTextField))
    ]


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


# Facets ------------------------------------------------------------------------------


OPTION_COLUMNS = ("opt_facet", "opt_raw", "opt_url", "opt_label", "opt_language", "opt_sort")


def _text(expression):
    return Cast(expression, output_field=CharField())


class Facet:
    """One filter: a query-string parameter, the values it can take and what they mean.

    `lookup` is the ORM path whose values are counted (e.g. "themes__slug"). Options are
    (raw value, value in the URL, label) in the order readers see them: page facets, for
    instance, count translation keys but show slugs. Facets whose labels live in the
    database return the query for them from `option_rows()`; the listing runs those of
    all its facets as one UNION query. Facets are class attributes shared by every
    request: they keep no state.
    """

    def __init__(self, param, label, lookup):
        self.param = param
        self.label = label
        self.lookup = lookup

    def expression(self):
        return _text(F(self.lookup))

    def option_rows(self, raw_values, language):
        """A queryset of OPTION_COLUMNS for the labels, or None if none is needed."""
        return None

    def options(self, raw_values, language, rows):
        return [(raw, raw, raw) for raw in sorted(raw_values)]

    def filter_q(self, raw_values):
        return Q(**{f"{self.lookup}__in": raw_values})

    def _rows(self, queryset, raw, url, label, language, sort):
        return (
            queryset.order_by()
            .annotate(
                opt_facet=Value(self.param, output_field=CharField()),
                opt_raw=_text(raw),
                opt_url=_text(url),
                opt_label=_text(label),
                opt_language=_text(language),
                opt_sort=_text(sort),
            )
            .values_list(*OPTION_COLUMNS)
        )


class TermFacet(Facet):
    """Themes, audiences, territory types: filtered by slug, shown in the reader's
    language whichever instance of the term a page links to (see portal/taxonomy.py)."""

    def __init__(self, param, label, relation, model):
        super().__init__(param, label, f"{relation}__slug")
        self.model = model

    def option_rows(self, raw_values, language):
        terms = apps.get_model(self.model).objects.filter(slug__in=raw_values)
        return self._rows(
            terms, F("slug"), F("slug"), F("name"), F("locale__language_code"), F("sort_order")
        )

    def options(self, raw_values, language, rows):
        # One row per language of each term: keep the reader's, else any.
        rows = sorted(rows, key=lambda row: (int(row[5]), row[3]))
        names = {}
        for _facet, slug, _url, name, term_language, _sort in rows:
            if slug not in names or term_language == language:
                names[slug] = name
        return [(slug, slug, name) for slug, name in names.items()]


class TypeFacet(Facet):
    """The page type, in the URL by a short stable name ("guide", "study"…)."""

    def __init__(self, param, label, models):
        super().__init__(param, label, "content_type_id")
        self.models = models

    def options(self, raw_values, language, rows):
        result = []
        for label in self.models:
            model = apps.get_model(label)
            raw = str(ContentType.objects.get_for_model(model).pk)  # cached by Django
            if raw in raw_values:
                name = model._meta.model_name.removesuffix("page")
                result.append((raw, name, model._meta.verbose_name_plural.capitalize()))
        return result


class PageFacet(Facet):
    """A link to other pages (cooperation forms): in the URL by the slug of the page in
    the reader's language; counted and filtered by translation_key, because
    wagtail-localize copies such links unchanged to translations."""

    def __init__(self, param, label, relation, model, label_expression=None):
        super().__init__(param, label, f"{relation}__translation_key")
        self.model = model
        self.label_expression = label_expression

    def option_rows(self, raw_values, language):
        pages = (
            apps.get_model(self.model)
            .objects.live()
            .filter(translation_key__in=raw_values, locale__language_code=language)
        )
        label = self.label_expression or F("title")
        return self._rows(pages, F("translation_key"), F("slug"), label, Value(language), label)

    def options(self, raw_values, language, rows):
        rows = sorted(rows, key=lambda row: row[5].casefold())
        return [(raw, slug, label) for _facet, raw, slug, label, _language, _sort in rows]


class RelatedNameFacet(Facet):
    """A foreign key shown by the related row's name (regions by their INSEE code)."""

    def __init__(self, param, label, lookup, model, name_field="name"):
        super().__init__(param, label, lookup)
        self.model = model
        self.name_field = name_field

    def option_rows(self, raw_values, language):
        rows = apps.get_model(self.model).objects.filter(pk__in=raw_values)
        name = F(self.name_field)
        return self._rows(rows, F("pk"), F("pk"), name, Value(""), name)

    def options(self, raw_values, language, rows):
        rows = sorted(rows, key=lambda row: row[5].casefold())
        return [(raw, url, label) for _facet, raw, url, label, _language, _sort in rows]


class YearFacet(Facet):
    """A year, newest first."""

    def options(self, raw_values, language, rows):
        return [(raw, raw, raw) for raw in sorted(raw_values, reverse=True)]


def facet_options(facets, present, language):
    """{param: [(raw, url value, label)]} for the values present, in one query."""
    queries = []
    for facet in facets:
        raw_values = list(present.get(facet.param, {}))
        if raw_values and (query := facet.option_rows(raw_values, language)) is not None:
            queries.append(query)
    rows = {}
    if queries:
        for row in queries[0].union(*queries[1:], all=True):
            rows.setdefault(row[0], []).append(row)
    return {
        facet.param: facet.options(
            list(present.get(facet.param, {})), language, rows.get(facet.param, [])
        )
        for facet in facets
    }


# The form ----------------------------------------------------------------------------


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values and remembers the others instead of failing the form."""

    widget = forms.CheckboxSelectMultiple

    def clean(self, value):
        values = [str(v) for v in (value or []) if isinstance(v, str)]
        self.rejected = [v for v in values if not self.valid_value(v)]
        return list(dict.fromkeys(v for v in values if self.valid_value(v)))


class ListingFilterForm(forms.Form):
    """One checkbox group per facet; choices are the values present in the listing."""

    def __init__(self, data, facet_choices):
        super().__init__(data)
        for facet, choices in facet_choices:
            self.fields[facet.param] = LenientMultipleChoiceField(
                label=facet.label, choices=choices, required=False
            )

    def rejected_values(self):
        return [
            (self.fields[name].label, value)
            for name in self.fields
            for value in getattr(self.fields[name], "rejected", [])
        ]


# The listing -------------------------------------------------------------------------


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
class Listing:
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


class FilterableListingMixin:
    """For an index page (with RoutablePageMixin) listing its children with filters.

    Subclasses set `listing_model` (the model of the children, or a concrete parent of
    them), `facets`, `listing_ordering`, and may extend `listing_queryset()`.
    """

    listing_model = None
    facets = []
    listing_ordering = ["-first_published_at", "-pk"]
    listing_page_size = 12
    listing_select_related = []
    feed_size = 20

    def listing_queryset(self):
        """The live, public children of this index, in its locale, in any order."""
        return live_public(self.listing_model.objects.filter(children_q(self)))

    def build_listing(self, request):
        base = self.listing_queryset()
        language = get_language()
        present = cached(f"listing:{self.pk}:present", lambda: facet_counts(base, self.facets))
        options = facet_options(self.facets, present, language)
        raw_by_url = {
            param: {url_value: raw for raw, url_value, _label in choices}
            for param, choices in options.items()
        }
        facet_choices = [
            (facet, [(url_value, label) for _raw, url_value, label in options[facet.param]])
            for facet in self.facets
        ]

        form = ListingFilterForm(request.GET, facet_choices)
        form.is_valid()  # always true: unknown values are dropped, not errors
        selected_raw = {
            facet.param: [raw_by_url[facet.param][v] for v in form.cleaned_data[facet.param]]
            for facet in self.facets
        }
        query = {facet.param: form.cleaned_data[facet.param] for facet in self.facets}
        notices = [
            _("The value “%(value)s” of the filter “%(filter)s” is unknown and was ignored.")
            % {"value": value[:40], "filter": label}
            for label, value in form.rejected_values()
        ]

        filters = {
            facet.param: self._facet_filter(base, facet, selected_raw[facet.param])
            for facet in self.facets
            if selected_raw[facet.param]
        }
        results = base
        for condition in filters.values():
            results = results.filter(condition)
        counts = present
        selection = sorted((param, sorted(values)) for param, values in selected_raw.items())
        if filters:
            counts = cached(
                f"listing:{self.pk}:counts:{selection}",
                lambda: disjunctive_counts(base, self.facets, filters),
            )

        states = []
        for facet in self.facets:
            state_options = [
                FacetOption(
                    value=url_value,
                    label=label,
                    count=counts.get(facet.param, {}).get(raw, 0),
                    selected=raw in selected_raw[facet.param],
                    input_id=f"filter-{facet.param}-{index}",
                )
                for index, (raw, url_value, label) in enumerate(options[facet.param])
            ]
            states.append(FacetState(facet, state_options))

        page_param = request.GET.get("page", "1")
        if not page_param.isdigit():
            notices.append(
                _("The page number “%(value)s” is not valid: showing the first page.")
                % {"value": page_param[:20]}
            )
        paginator = Paginator(
            CachedResults(
                results.order_by(*self.listing_ordering),
                name=f"listing:{self.pk}:results:{selection}",
                prepare=self.listing_items,
            ),
            self.listing_page_size,
        )
        page = paginator.get_page(page_param if page_param.isdigit() else 1)
        return Listing(
            facets=states,
            page=page,
            notices=notices,
            base_url=self.get_url(request) or "",
            query=query,
        )

    def _facet_filter(self, base, facet, raw_values):
        # Through a subquery: no duplicate rows, and no join shared with another facet.
        return Q(pk__in=base.model.objects.filter(facet.filter_q(raw_values)).values("pk"))

    def listing_items(self, queryset):
        """What a card shows, in a constant number of queries, without the long texts
        a card never shows (the database sorts narrower rows)."""
        renditions = get_image_model().get_rendition_model().objects
        return (
            queryset.select_related("listing_image", *self.listing_select_related)
            .defer(*long_text_fields(queryset.model))
            .prefetch_related(
                Prefetch(
                    "listing_image__renditions",
                    queryset=renditions.filter(filter_spec=CARD_RENDITION),
                )
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.build_listing(request)
        return context

    # Feeds

    def feed_items(self):
        return self.listing_queryset().order_by("-first_published_at", "-pk")[: self.feed_size]

    @path("feed/", name="feed_rss")
    def feed_rss(self, request):
        return ListingFeed()(request, index=self)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return AtomListingFeed()(request, index=self)

    @property
    def feed_url(self):
        return self.url + self.reverse_subpage("feed_rss")

    @property
    def atom_feed_url(self):
        return self.url + self.reverse_subpage("feed_atom")


def facet_counts(queryset, facets):
    """{facet param: {raw value: number of pages}} over `queryset`, in one query."""
    return _union_counts([(facet, queryset) for facet in facets])


def disjunctive_counts(base, facets, filters):
    """Counts of each facet's values under the filters of the other facets."""
    parts = []
    for facet in facets:
        queryset = base
        for param, condition in filters.items():
            if param != facet.param:
                queryset = queryset.filter(condition)
        parts.append((facet, queryset))
    return _union_counts(parts)


def _union_counts(parts):
    if not parts:
        return {}
    querysets = [
        queryset.order_by()
        .annotate(facet=Value(facet.param, output_field=CharField()), value=facet.expression())
        .filter(value__isnull=False)
        .values("facet", "value")
        .annotate(n=Count("pk", distinct=True))
        .values_list("facet", "value", "n")
        for facet, queryset in parts
    ]
    counts = {}
    for param, value, n in querysets[0].union(*querysets[1:], all=True):
        counts.setdefault(param, {})[value] = n
    return counts


# Feeds -------------------------------------------------------------------------------


class ListingFeed(Feed):
    """The newest live pages of an index, in the index's language (the URL's language
    prefix has activated it, and Feed declares get_language() as the feed's language)."""

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return f"{index.title} · Avise"

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return getattr(index, "intro", "") or index.summary

    def items(self, index):
        return index.feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class AtomListingFeed(ListingFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)


# Related content ---------------------------------------------------------------------

# The page models whose pages can be suggested as "on the same themes"; each has its own
# themes table. Another app adds its model here when it has pages worth suggesting.
RELATED_CONTENT_MODELS = ["resources.ResourcePage", "casestudies.CaseStudyPage"]


def related_by_themes(page, limit=4):
    """Live pages in the page's locale sharing most themes with it, newest first.

    Cached until the content changes; else one query per model in RELATED_CONTENT_MODELS.
    """
    if page.pk is None:  # a new page being previewed
        return []
    return cached(f"related:{page.pk}:{limit}", lambda: _related_by_themes(page, limit))


def _related_by_themes(page, limit):
    """The page's own theme slugs are a subquery, so a page without themes costs the
    same and gets nothing. The number of shared themes is counted in the link table
    (a narrow subquery per candidate) rather than by grouping whole page rows."""
    slugs = _theme_links(type(page)).filter(page_id=page.pk).values("theme__slug")
    candidates = []
    for label in RELATED_CONTENT_MODELS:
        model = apps.get_model(label)
        links = _theme_links(model).filter(theme__slug__in=slugs)
        shared = (
            links.filter(page_id=OuterRef("pk"))
            .order_by()
            .values("page_id")
            .annotate(n=Count("*"))
            .values("n")
        )
        candidates += list(
            live_public(model.objects)
            .filter(locale_id=page.locale_id, pk__in=links.values("page_id"))
            .exclude(pk=page.pk)
            .annotate(shared=Subquery(shared, output_field=IntegerField()))
            .order_by("-shared", "-first_published_at", "-pk")
            .only(
                "id",
                "title",
                "url_path",
                "summary",
                "content_type_id",
                "locale_id",
                "first_published_at",
                "depth",
                "path",
            )[:limit]
        )
    # Live pages imported without a publication date sort last among equals.
    candidates.sort(
        key=lambda p: (
            -p.shared,
            -(p.first_published_at.timestamp() if p.first_published_at else 0),
            -p.pk,
        )
    )
    return candidates[:limit]


def _theme_links(model):
    """The rows linking `model`'s pages to their themes (`theme`), with `page_id`."""
    field = model._meta.get_field("themes")
    return field.remote_field.through.objects.annotate(page_id=F(f"{field.m2m_field_name()}_id"))
