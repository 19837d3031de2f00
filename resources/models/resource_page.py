"""What the four kinds of resource share, in one table the library can filter."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.content_cache import cached
from portal.listing.related import register_related_content, related_by_themes
from portal.models import BasePage


@register_related_content
class ResourcePage(BasePage):
    """The common part of guides, best practices, studies and cooperation forms.

    A concrete table (not abstract) so that the library filters and counts every kind of
    resource with one query: themes, audiences and the publication date live here.
    Editors never create a ResourcePage itself, only one of its four kinds.
    """

    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_(
            "When the document was first published (not when it was put online). "
            "Its year is used by the library's year filter."
        ),
    )

    is_creatable = False
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    @property
    def year(self):
        return self.publication_date.year if self.publication_date else None

    @property
    def card_meta(self):
        """The line under a listing card's summary: the year of publication."""
        return str(self.year or "")

    # Derived lists show this many case studies, then link to the filtered index.
    case_study_limit = 10

    def derived_case_studies_context(self, request, case_studies, param):
        """The first case studies of a derived list and, when there are more, the URL of
        the case-study index filtered on this page (`?param=<slug>`). Cached until the
        content changes."""

        def first_cases_and_their_index():
            cases = list(case_studies.select_related("region")[: self.case_study_limit + 1])
            more = len(cases) > self.case_study_limit
            return cases, cases[0].get_parent() if more else None

        cases, index = cached(f"derived-cases:{self.pk}:{param}", first_cases_and_their_index)
        more_url = f"{index.get_url(request)}?{param}={self.slug}" if index else None
        return {
            "related_case_studies": cases[: self.case_study_limit],
            "more_case_studies_url": more_url,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = related_by_themes(self)
        return context
