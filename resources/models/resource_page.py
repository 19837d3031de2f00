"""What the four kinds of resource share, in one table the library can filter."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.listing import related_by_themes
from portal.models import BasePage


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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = related_by_themes(self)
        return context
