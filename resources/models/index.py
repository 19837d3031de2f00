from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from portal.listing.facets import TermFacet, TypeFacet, YearFacet
from portal.listing.index_page import FilterableIndexMixin
from portal.models import BasePage
from portal.routes import redirect_other_spellings

from .cooperation_form import CooperationFormPage
from .resource_page import ResourcePage


class ResourceIndexPage(FilterableIndexMixin, RoutablePageMixin, BasePage):
    """The library: every guide, best practice, study and cooperation form, filterable."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown above the filters: what readers will find in the library."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")] + BasePage.taxonomy_panels
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = [
        "resources.GuidePage",
        "resources.BestPracticePage",
        "resources.StudyPage",
        "resources.CooperationFormPage",
    ]
    max_count_per_parent = 1

    listing_model = ResourcePage
    listing_ordering = ["-first_published_at", "-pk"]
    facets = [
        TypeFacet(
            "type",
            _("Type"),
            [
                "resources.GuidePage",
                "resources.BestPracticePage",
                "resources.StudyPage",
                "resources.CooperationFormPage",
            ],
        ),
        TermFacet("theme", _("Theme"), "themes", "portal.Theme"),
        TermFacet("audience", _("Audience"), "audiences", "portal.Audience"),
        YearFacet("year", _("Year of publication"), "publication_date__year"),
    ]

    class Meta:
        verbose_name = _("resource library")

    @path(pgettext_lazy("URL", "compare/"), name="compare")
    def compare_view(self, request):
        """The cooperation forms side by side, from the most occasional to the most lasting.

        `?form=<slug>` (repeatable) narrows the comparison; unknown slugs are ignored.
        """
        forms = list(
            CooperationFormPage.objects.child_of(self)
            .live()
            .public()
            .order_by("spectrum_position", "title", "pk")
        )
        wanted = set(request.GET.getlist("form"))
        chosen = [form for form in forms if form.slug in wanted]
        return self.render(
            request,
            template="resources/compare.html",
            context_overrides={
                "forms": chosen if len(chosen) >= 2 else forms,
                "all_forms": forms,
                "chosen_slugs": {form.slug for form in chosen} if len(chosen) >= 2 else set(),
                "ignored_selection": bool(wanted) and len(chosen) < 2,
            },
        )

    compare_elsewhere = redirect_other_spellings(pgettext_lazy("URL", "compare/"), "compare")
