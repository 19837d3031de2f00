from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.blocks import BodyBlock, StepBlock
from portal.models import BasePage
from resources.blocks import ShortTextBlock

from .resource_page import ResourcePage


class BestPracticePage(ResourcePage):
    """One recommended practice; the case studies that apply it are derived from them."""

    number = models.PositiveSmallIntegerField(
        _("number"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(99)],
        help_text=_(
            "The practice's rank in the list of recommended practices (1 to 6); "
            "shown as “Practice 3” and used to order the practices."
        ),
    )
    context = RichTextField(
        _("context"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("Why this practice matters: the problem it answers."),
    )
    steps = StreamField(
        [("step", StepBlock(label=_("Step"), icon="list-ol"))],
        verbose_name=_("steps"),
        blank=True,
        help_text=_("How to put the practice in place, in order."),
    )
    pitfalls = StreamField(
        [("pitfall", ShortTextBlock(label=_("Pitfall")))],
        verbose_name=_("pitfalls to avoid"),
        blank=True,
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("number"),
            FieldPanel("context"),
            FieldPanel("steps"),
            FieldPanel("pitfalls"),
            FieldPanel("body"),
        ]
        + BasePage.taxonomy_panels
    )
    search_fields = ResourcePage.search_fields + [
        index.SearchField("context"),
        index.SearchField("steps"),
        index.SearchField("pitfalls"),
        index.SearchField("body"),
        index.FilterField("number"),
    ]

    class Meta:
        verbose_name = _("best practice")
        verbose_name_plural = _("best practices")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            self.derived_case_studies_context(request, self.related_case_studies(), "practice")
        )
        return context

    def related_case_studies(self):
        """The live case studies, in this page's language, that apply this practice.

        Case studies link to the practice (the link is typed once, on the case study).
        wagtail-localize copies that link unchanged to translations, so the English case
        study may point to the French practice: match on translation_key.
        """
        case_study_model = self._meta.get_field("case_studies").related_model
        return case_study_model.objects.applying(
            "best_practices", self.translation_key, self.locale_id
        )
