"""Mixins that every content page combines; each brings its own fields and panels."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from portal.taxonomy import linked_terms as load_linked_terms


class CardMixin(models.Model):
    """What a page's card (templates/components/card.html), its search result and its
    social preview show: a summary and an image."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_(
            "Two or three sentences shown on cards, in search results and as the "
            "page's meta description."
        ),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and social networks (landscape, at least 1200 px wide)."),
    )

    card_panels = [
        MultiFieldPanel([FieldPanel("summary"), FieldPanel("listing_image")], heading=_("Listing"))
    ]
    search_fields = [index.SearchField("summary", boost=2)]

    class Meta:
        abstract = True


class TaxonomyMixin(models.Model):
    """Themes and audiences: what listings, related content and search filter on."""

    themes = ParentalManyToManyField(
        "portal.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        help_text=_("The sectors (filières) or needs this page is about."),
    )
    audiences = ParentalManyToManyField(
        "portal.Audience",
        verbose_name=_("audiences"),
        blank=True,
        related_name="+",
        help_text=_("Who this page is written for."),
    )

    taxonomy_panels = [
        MultiFieldPanel([FieldPanel("themes"), FieldPanel("audiences")], heading=_("Taxonomy"))
    ]
    search_fields = [
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("audiences", [index.SearchField("name")]),
    ]

    class Meta:
        abstract = True

    @cached_property
    def linked_terms(self):
        """{field name: [terms]} of all the page's taxonomy fields, in one query."""
        return load_linked_terms(self)
