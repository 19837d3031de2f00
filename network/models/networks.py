"""Networks of support structures (the Fabrique à initiatives…) and their yearly figures."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Network(TranslatableMixin, index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in filter URLs; the same in every language.")
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("website"),
        InlinePanel("figures", heading=_("Yearly figures"), label=_("year")),
    ]
    # The figures are not copied to translations: they are numbers, kept once on the
    # source (French) network and read from there by yearly_figures().
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def yearly_figures(self):
        """The figures of the source-language network, oldest year first (one query)."""
        return NetworkFigures.objects.filter(
            network__translation_key=self.translation_key,
            network__locale__language_code=settings.LANGUAGE_CODE,
        ).order_by("year")


class NetworkFigures(models.Model):
    network = ParentalKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="figures"
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(1990)])
    members = models.PositiveIntegerField(_("member structures"), null=True, blank=True)
    creativity_sessions = models.PositiveIntegerField(
        _("creativity sessions"), null=True, blank=True
    )
    opportunity_studies = models.PositiveIntegerField(
        _("opportunity studies"), null=True, blank=True
    )
    activities_created = models.PositiveIntegerField(
        _("activities created"), null=True, blank=True
    )

    panels = [
        FieldPanel("year"),
        FieldPanel("members"),
        FieldPanel("creativity_sessions"),
        FieldPanel("opportunity_studies"),
        FieldPanel("activities_created"),
    ]

    class Meta:
        verbose_name = _("yearly figures")
        verbose_name_plural = _("yearly figures")
        ordering = ["year"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "year"], name="network_figures_one_per_year"
            )
        ]

    def __str__(self):
        return f"{self.network} {self.year}"
