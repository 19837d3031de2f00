from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.blocks import BodyBlock, StepBlock
from portal.models import BasePage
from resources.blocks import ShortTextBlock

from .resource_page import ResourcePage

SPECTRUM_CHOICES = [
    (1, _("1 · One-off: spontaneous, limited to set objectives")),
    (2, _("2 · Occasional: a shared project with a set end")),
    (3, _("3 · Regular: a standing partnership without its own structure")),
    (4, _("4 · Organised: shared governance and resources")),
    (5, _("5 · Lasting: structured, deep and self-renewing")),
]


class CooperationFormPage(ResourcePage):
    """A way to cooperate (PTCE, SCIC, comité de filière…), comparable side by side.

    The case studies that use it are derived from the case studies' own links.
    """

    acronym = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_(
            "The acronym or short name used in the comparison table, e.g. “PTCE”. "
            "Leave empty if the title is already short."
        ),
    )
    definition = RichTextField(
        _("definition"),
        features=["bold", "italic", "link"],
        help_text=_("Two or three sentences a newcomer understands."),
    )
    spectrum_position = models.PositiveSmallIntegerField(
        _("place on the cooperation spectrum"),
        choices=SPECTRUM_CHOICES,
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_(
            "From 1 (one-off, spontaneous, limited to set objectives) to 5 "
            "(lasting, structured, deep and self-renewing)."
        ),
    )
    legal_vehicle = models.TextField(
        _("legal vehicle"),
        blank=True,
        help_text=_(
            "The legal form it takes, if any (association, SCIC, agreement…), in "
            "one or two sentences for the comparison table."
        ),
    )
    governance = models.TextField(
        _("governance"),
        blank=True,
        help_text=_("Who decides and how, in one or two sentences."),
    )
    typical_actors = models.TextField(
        _("typical actors"),
        blank=True,
        help_text=_(
            "Who usually takes part: local authorities, ESS structures, businesses, residents…"
        ),
    )
    prerequisites = models.TextField(
        _("prerequisites"),
        blank=True,
        help_text=_(
            "What must exist before starting: a shared diagnosis, a lead structure, funding…"
        ),
    )
    steps = StreamField(
        [("step", StepBlock(label=_("Step"), icon="list-ol"))],
        verbose_name=_("steps"),
        blank=True,
    )
    strengths = StreamField(
        [("strength", ShortTextBlock(label=_("Strength")))],
        verbose_name=_("strengths"),
        blank=True,
    )
    limits = StreamField(
        [("limit", ShortTextBlock(label=_("Limit")))],
        verbose_name=_("limits"),
        blank=True,
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("acronym"),
            FieldPanel("definition"),
            MultiFieldPanel(
                [
                    FieldPanel("spectrum_position"),
                    FieldPanel("legal_vehicle"),
                    FieldPanel("governance"),
                    FieldPanel("typical_actors"),
                    FieldPanel("prerequisites"),
                ],
                heading=_("Comparison"),
            ),
            FieldPanel("steps"),
            FieldPanel("strengths"),
            FieldPanel("limits"),
            FieldPanel("body"),
        ]
        + BasePage.taxonomy_panels
    )
    search_fields = ResourcePage.search_fields + [
        index.SearchField("acronym", boost=3),
        index.AutocompleteField("acronym"),
        index.SearchField("definition", boost=2),
        index.SearchField("legal_vehicle"),
        index.SearchField("governance"),
        index.SearchField("typical_actors"),
        index.SearchField("body"),
        index.FilterField("spectrum_position"),
    ]

    class Meta:
        verbose_name = _("cooperation form")
        verbose_name_plural = _("cooperation forms")

    @property
    def short_name(self):
        return self.acronym or self.title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            self.derived_case_studies_context(request, self.related_case_studies(), "form")
        )
        # For the link to the library's comparison: Wagtail's routing found the library
        # on its way to this page and keeps it as the parent (no query).
        context["library"] = self.get_parent().specific
        return context

    def related_case_studies(self):
        """The live case studies in this page's language that use this form.

        Matched on translation_key: see BestPracticePage.related_case_studies.
        """
        case_study_model = self._meta.get_field("case_studies").related_model
        return case_study_model.objects.applying(
            "cooperation_forms", self.translation_key, self.locale_id
        )
