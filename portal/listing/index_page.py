"""The mixin an index page combines to list its children with filters and feeds."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path

from portal.content_cache import cached
from portal.routes import redirect_other_spellings

from .cards import card_queryset
from .facet_counts import disjunctive_counts, facet_counts
from .facets import facet_options
from .feeds import AtomListingFeed, ListingFeed
from .forms import ListingFilterForm
from .results import CachedResults, FacetOption, FacetState, ListingResults
from .visibility import children_q, live_public


class FilterableIndexMixin:
    """For an index page (with RoutablePageMixin) listing its children with filters.

    Subclasses set `listing_model` (the model of the children, or a concrete parent of
    them), `facets`, `listing_ordering`, and may extend `listing_queryset()`. The page's
    context gets `listing` (a `ListingResults`); its routes add an RSS and an Atom feed.
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
        return ListingResults(
            facets=self._facet_states(options, counts, selected_raw),
            page=page,
            notices=notices,
            base_url=self.get_url(request) or "",
            query=query,
        )

    def _facet_filter(self, base, facet, raw_values):
        # Through a subquery: no duplicate rows, and no join shared with another facet.
        return Q(pk__in=base.model.objects.filter(facet.filter_q(raw_values)).values("pk"))

    def _facet_states(self, options, counts, selected_raw):
        """Each facet with its options as the form shows them: label, count, checked."""
        return [
            FacetState(
                facet,
                [
                    FacetOption(
                        value=url_value,
                        label=label,
                        count=counts.get(facet.param, {}).get(raw, 0),
                        selected=raw in selected_raw[facet.param],
                        input_id=f"filter-{facet.param}-{index}",
                    )
                    for index, (raw, url_value, label) in enumerate(options[facet.param])
                ],
            )
            for facet in self.facets
        ]

    def listing_items(self, queryset):
        """The cards of a page of results (cards.card_queryset)."""
        return card_queryset(queryset, self.listing_select_related)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = self.build_listing(request)
        return context

    # Feeds

    def feed_items(self):
        return self.listing_queryset().order_by("-first_published_at", "-pk")[: self.feed_size]

    @path(pgettext_lazy("URL", "feed/"), name="feed_rss")
    def feed_rss(self, request):
        return ListingFeed()(request, index=self)

    @path(pgettext_lazy("URL", "feed/atom/"), name="feed_atom")
    def feed_atom(self, request):
        return AtomListingFeed()(request, index=self)

    feed_rss_elsewhere = redirect_other_spellings(pgettext_lazy("URL", "feed/"), "feed_rss")
    feed_atom_elsewhere = redirect_other_spellings(pgettext_lazy("URL", "feed/atom/"), "feed_atom")
