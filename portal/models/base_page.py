"""The abstract page every content page type extends."""

from wagtail.models import Page
from wagtail.search import index

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

    class Meta:
        abstract = True

    def get_admin_display_title(self):
        # The page chooser annotates the published title for users who may not see drafts
        # (portal/page_chooser.py); everyone else gets Wagtail's (the draft title).
        return getattr(self, "published_title", None) or super().get_admin_display_title()

    @property
    def meta_description(self):
        return self.search_description or self.summary
