"""The abstract page every content page type extends."""

from wagtail.models import Page
from wagtail.search import index

from portal.view_restrictions import view_restrictions

from .mixins import CardMixin, TaxonomyMixin


class BasePage(CardMixin, TaxonomyMixin, Page):
    """Card summary and image, themes and audiences, SEO, search fields.

    Subclasses end their `content_panels` with `BasePage.taxonomy_panels`, so editors
    tag a page where they write it.
    """

    content_panels = Page.content_panels
    promote_panels = Page.promote_panels + CardMixin.card_panels
    settings_panels = Page.settings_panels

    search_fields = (
        Page.search_fields
        + CardMixin.search_fields
        + TaxonomyMixin.search_fields
        + [index.FilterField("locale_id"), index.FilterField("first_published_at")]
    )

    # The ancestors found with the page when it was routed (portal/routing.py), root
    # first: the view-restriction check and the breadcrumbs need no query for them.
    routed_ancestors = None

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        if self.routed_ancestors is None:
            return super().get_view_restrictions()
        return view_restrictions(self, self.routed_ancestors)

    @property
    def meta_description(self):
        return self.search_description or self.summary
