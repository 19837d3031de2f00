"""The home page and the standard pages (about, legal notice, accessibility statement)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BodyBlock, KeyFiguresBlock, table_of_contents
from portal.listing.visibility import live_public

from .base_page import BasePage


class HomePage(BasePage):
    hero_title = models.CharField(_("hero title"), max_length=160)
    hero_text = models.TextField(_("hero text"), max_length=600, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_title = models.CharField(_("featured section title"), max_length=160, blank=True)
    featured = StreamField(
        [("page", blocks.PageChooserBlock(label=_("page")))],
        verbose_name=_("featured pages"),
        blank=True,
        max_num=6,
        help_text=_("Up to six pages highlighted below the introduction."),
    )
    key_figures = StreamField(
        [("key_figures", KeyFiguresBlock())],
        verbose_name=_("key figures"),
        blank=True,
        max_num=1,
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Introduction"),
        ),
        FieldPanel("featured_title"),
        FieldPanel("featured"),
        FieldPanel("key_figures"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def featured_pages(self):
        """The featured pages in this home's language, live, in the chosen order.

        Editors choose pages in any language (the English home is a translation of the
        French one, so it holds the French choices); each is shown in its translation.
        """
        ids = [block["value"] for block in self.featured.raw_data if block["value"]]
        chosen = Page.objects.filter(id__in=ids).values_list("id", "translation_key")
        order = {key: ids.index(page_id) for page_id, key in chosen}
        pages = (
            live_public(Page.objects)
            .filter(translation_key__in=order, locale_id=self.locale_id)
            .specific()
        )
        return sorted(pages, key=lambda page: order[page.translation_key])


class StandardPage(BasePage):
    """About, legal notice, accessibility statement, and any plain page."""

    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = table_of_contents(self.body)
        return context
