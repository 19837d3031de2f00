from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.blocks import BodyBlock, DocumentBlock
from portal.models import BasePage
from resources.blocks import KeyFindingBlock

from .resource_page import ResourcePage


class StudyPage(ResourcePage):
    """A publication: who wrote it, when, what it found, how, and its files."""

    authors = models.CharField(
        _("authors"),
        max_length=255,
        blank=True,
        help_text=_("As they should appear in a citation, e.g. “Avise, RTES”."),
    )
    publisher = models.CharField(
        _("publisher"),
        max_length=255,
        blank=True,
        help_text=_("The organisation that published the study."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The publication's cover, portrait; shown beside the summary box."),
    )
    key_findings = StreamField(
        [("finding", KeyFindingBlock())],
        verbose_name=_("key findings"),
        blank=True,
    )
    methodology = RichTextField(
        _("methodology"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("How the study was carried out: sources, period, people consulted."),
    )
    documents = StreamField(
        [("document", DocumentBlock())],
        verbose_name=_("documents"),
        blank=True,
        help_text=_(
            "Upload the files in Documents; their format and size are shown automatically."
        ),
    )
    citation = models.TextField(
        _("how to cite"),
        blank=True,
        help_text=_(
            "Leave empty to build it from the authors, publisher, year, title and "
            "address of this page."
        ),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("authors"),
                    FieldPanel("publisher"),
                    FieldPanel("publication_date"),
                    FieldPanel("cover_image"),
                ],
                heading=_("Publication"),
            ),
            FieldPanel("key_findings"),
            FieldPanel("methodology"),
            FieldPanel("documents"),
            FieldPanel("citation"),
            FieldPanel("body"),
        ]
        + BasePage.taxonomy_panels
    )
    search_fields = ResourcePage.search_fields + [
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.SearchField("key_findings"),
        index.SearchField("methodology"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("study")
        verbose_name_plural = _("studies")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["citation"] = self.citation_text(request)
        return context

    def citation_text(self, request=None):
        """The editor's citation, else “Authors (Publisher), Title, year. URL”."""
        if self.citation:
            return self.citation
        who = self.authors or self.publisher
        if self.authors and self.publisher and self.publisher != self.authors:
            who = f"{self.authors} ({self.publisher})"
        parts = [part for part in (who, self.title) if part]
        text = ", ".join(parts)
        if self.publication_date:
            text += f", {self.publication_date.year}"
        url = self.get_full_url(request)
        return f"{text}. {url}" if url else f"{text}."
