"""A support structure of the directory: data with drafts, moderation and a public page.

An organisation is a translatable snippet. Only its description is translated (with
wagtail-localize); every other field is synchronised from the French source, so both
language versions always agree on where a structure is and what it covers.

Public lists, ranking, maps and exports read the French source rows
(`Organisation.objects.listed()`): their synchronised fields are authoritative even when
an English copy has not been re-synchronised yet. Only the description is taken from the
reader's language version when there is a published one (`attach_descriptions`).
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class OrganisationKind(models.TextChoices):
    FABRIQUE = "fabrique", _("Fabrique à initiatives member")
    INCUBATOR = "incubator", _("ESS incubator")
    ACCELERATOR = "accelerator", _("Accelerator")
    PTCE = "ptce", _("PTCE (territorial economic cooperation hub)")
    CRESS = "cress", _("CRESS (regional ESS chamber)")
    DLA = "dla", _("DLA (local support scheme)")
    NETWORK_HEAD = "network_head", _("Network head")
    OTHER = "other", _("Other")


KIND_LABELS = dict(OrganisationKind.choices)

CARD_FIELDS = (
    "name",
    "slug",
    "kind",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
    "commune__name",
    "commune__department_id",
)


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        """What anonymous readers may see: published and active."""
        return self.filter(live=True, active=True)

    def sources(self):
        """The French (source) versions: one row per organisation."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)

    def listed(self):
        """What the directory lists, ranks, maps and exports: public source versions."""
        return self.public().sources()

    def for_cards(self):
        """What a result card shows (network/components/organisation_card.html), in two
        queries: a few columns with the commune's name, and the services as
        `card_services` (a list: a ParentalManyToManyField's manager costs a queryset per
        row)."""
        return (
            self.select_related("commune")
            .only(*CARD_FIELDS)
            .prefetch_related(models.Prefetch("services", to_attr="card_services"))
        )


def attach_descriptions(organisations, language=None):
    """Give each organisation `localized_description`, in the reader's language.

    Structured fields are read from the French source, which is always up to date; only
    the description differs between languages. One query, whatever the number of rows.
    """
    organisations = list(organisations)
    language = language or get_language() or settings.LANGUAGE_CODE
    translated = {}
    if language != settings.LANGUAGE_CODE and organisations:
        translated = dict(
            Organisation.objects.filter(
                translation_key__in=[o.translation_key for o in organisations],
                locale__language_code=language,
                live=True,
            ).values_list("translation_key", "description")
        )
    for organisation in organisations:
        organisation.localized_description = translated.get(
            organisation.translation_key, organisation.description
        )
    return organisations


class Organisation(
    PreviewableMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        help_text=_(
            "The end of the entry's address in the directory; the same in every language."
        ),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    networks = ParentalManyToManyField(
        "network.Network", verbose_name=_("networks"), blank=True, related_name="members"
    )
    services = ParentalManyToManyField(
        "network.Service", verbose_name=_("services offered"), blank=True, related_name="+"
    )
    themes = ParentalManyToManyField(
        "portal.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )

    # Where it is. The coordinates default to the commune's centre (see save()).
    address = models.CharField(_("street address"), max_length=300, blank=True)
    commune = models.ForeignKey(
        "territories.Commune",
        verbose_name=_("commune"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Leave empty to use the centre of the commune."),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Leave empty to use the centre of the commune."),
    )

    # What it covers.
    national = models.BooleanField(
        _("national"), default=False, help_text=_("Works anywhere in France.")
    )
    area_regions = ParentalManyToManyField(
        "territories.Region", verbose_name=_("regions covered"), blank=True, related_name="+"
    )
    area_departments = ParentalManyToManyField(
        "territories.Department",
        verbose_name=_("départements covered"),
        blank=True,
        related_name="+",
    )
    area_communes = ParentalManyToManyField(
        "territories.Commune", verbose_name=_("communes covered"), blank=True, related_name="+"
    )

    # Contact.
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Provenance and freshness.
    source = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("Where this entry comes from.")
    )
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive entries are hidden from the public.")
    )
    external_id = models.CharField(
        _("external identifier"),
        max_length=100,
        blank=True,
        help_text=_("The identifier in the source file, used to match rows on import."),
    )

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="organisation",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="organisation",
        for_concrete_model=False,
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("networks"), FieldPanel("services"), FieldPanel("themes")],
            heading=_("Networks, services and themes"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("commune"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("national"),
                FieldPanel("area_regions"),
                FieldPanel("area_departments"),
                FieldPanel("area_communes"),
            ],
            heading=_("Area of action"),
        ),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone"), FieldPanel("logo")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("source"),
                FieldPanel("last_verified"),
                FieldPanel("active"),
                FieldPanel("external_id"),
            ],
            heading=_("Provenance"),
        ),
    ]

    translatable_fields = [
        TranslatableField("description"),
        SynchronizedField("name"),
        SynchronizedField("slug"),
        SynchronizedField("kind"),
        SynchronizedField("networks"),
        SynchronizedField("services"),
        SynchronizedField("themes"),
        SynchronizedField("address"),
        SynchronizedField("commune"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("national"),
        SynchronizedField("area_regions"),
        SynchronizedField("area_departments"),
        SynchronizedField("area_communes"),
        SynchronizedField("website"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("logo"),
        SynchronizedField("source"),
        SynchronizedField("last_verified"),
        SynchronizedField("active"),
        SynchronizedField("external_id"),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("address"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("active"),
        index.FilterField("kind"),
        index.RelatedFields("commune", [index.SearchField("name")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        indexes = [
            # The nearby search's bounding box.
            models.Index(fields=["latitude", "longitude"], name="organisation_lat_lon"),
            models.Index(fields=["external_id"], name="organisation_external_id"),
            # Public queries filter on the locale first: the indexes start with it, or
            # the planner picks the bare locale index and scans every row of a language.
            models.Index(
                fields=["locale", "latitude", "longitude"], name="organisation_locale_lat_lon"
            ),
            # Partial: Django writes `WHERE national` (no "= 1"), which only a partial
            # index on that condition can serve.
            models.Index(
                fields=["locale"], condition=Q(national=True), name="organisation_national"
            ),
        ]
        constraints = [
            # One row per external id in each language (translations copy it).
            models.UniqueConstraint(
                fields=["external_id", "locale"],
                condition=~Q(external_id=""),
                name="organisation_external_id_per_locale",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.fill_coordinates_from_commune()
        super().save(*args, **kwargs)

    def fill_coordinates_from_commune(self):
        """No exact point known: place the structure at its commune's centre."""
        if self.commune_id and (self.latitude is None or self.longitude is None):
            self.latitude = self.commune.latitude
            self.longitude = self.commune.longitude

    @property
    def kind_label(self):
        """The kind's name in the active language. get_kind_display() rebuilds the
        choices on every call, which counted on a page of 50 results."""
        return KIND_LABELS.get(self.kind, self.kind)

    def get_preview_template(self, request, mode_name):
        return "network/organisation_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        self.localized_description = self.description
        context["organisation"] = self
        context["facts"] = detail_facts(self, from_database=False)
        return context


def public_version(slug, language):
    """The listed organisation with this slug, with `localized_description`, or None.

    One query reads the French source and the reader's language version together.
    """
    rows = (
        Organisation.objects.filter(slug=slug, live=True)
        .filter(locale__language_code__in={settings.LANGUAGE_CODE, language})
        .select_related("locale", "commune__region", "logo")
    )
    versions = {row.locale.language_code: row for row in rows}
    source = versions.get(settings.LANGUAGE_CODE)
    if source is None or not source.active:
        return None
    source.localized_description = versions.get(language, source).description
    return source


LINKS = {
    # relation: (target field on the through model, the columns read for display)
    "services": ("service", ("translation_key", "name")),
    "themes": ("theme", ("translation_key", "name")),
    "networks": ("network", ("translation_key", "name")),
    "area_regions": ("region", ("code", "name")),
    "area_departments": ("department", ("code", "name")),
    "area_communes": ("commune", ("insee", "name")),
}


def detail_facts(organisation, from_database=True):
    """The linked terms and areas of one organisation, {relation: [objects]}.

    From the database it costs two queries (terms, areas), each a UNION over the
    many-to-many tables, instead of one query per relation; the objects carry just what
    the detail page shows. A preview reads the unsaved relations in memory instead.
    """
    if not from_database:
        return {name: list(getattr(organisation, name).all()) for name in LINKS}
    facts = {name: [] for name in LINKS}
    for group in (
        ("services", "themes", "networks"),
        ("area_regions", "area_departments", "area_communes"),
    ):
        queries = []
        for name in group:
            target, (key, label) = LINKS[name]
            through = Organisation._meta.get_field(name).remote_field.through
            queries.append(
                through.objects.filter(organisation_id=organisation.pk).values_list(
                    models.Value(name), f"{target}__{key}", f"{target}__{label}"
                )
            )
        first, *others = queries
        for name, key_value, label_value in first.union(*others, all=True):
            target, (key, label) = LINKS[name]
            model = Organisation._meta.get_field(name).related_model
            facts[name].append(model(**{key: key_value, label: label_value}))
    for objects in facts.values():
        objects.sort(key=lambda item: item.name)
    return facts
