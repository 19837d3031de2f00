from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.search import index

from portal.models import BasePage


class ResourceIndexPage(RoutablePageMixin, BasePage):
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

    class Meta:
        verbose_name = _("resource library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing_items"] = self.get_children().live().public().specific()
        return context
