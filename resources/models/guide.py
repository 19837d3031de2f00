from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.blocks import BodyBlock, table_of_contents
from portal.models import BasePage

from .resource_page import ResourcePage


class GuidePage(ResourcePage):
    """A long-form how-to: chapters (headings), checklists, questions and answers."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "A short paragraph above the table of contents: what the reader will "
            "be able to do after reading."
        ),
    )
    territory_types = ParentalManyToManyField(
        "portal.TerritoryType",
        verbose_name=_("territory types"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty if the guide applies to every kind of territory."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        help_text=_(
            "Each heading becomes a chapter in the table of contents; use the "
            "“Steps or checklist” block with the checklist style for checklists."
        ),
    )

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("intro"),
            FieldPanel("publication_date"),
            FieldPanel("body"),
            FieldPanel("territory_types"),
        ]
        + BasePage.taxonomy_panels
    )
    search_fields = ResourcePage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = table_of_contents(self.body)
        return context
