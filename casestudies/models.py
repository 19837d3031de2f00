"""Case studies (retours d'expérience) and their index."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from portal.blocks import BodyBlock, KeyFiguresBlock
from portal.content_cache import cached
from portal.listing.facets import PageFacet, RelatedNameFacet, TermFacet, YearFacet
from portal.listing.index_page import FilterableIndexMixin
from portal.listing.related import register_related_content, related_by_themes
from portal.listing.visibility import live_public
from portal.models import BasePage
from portal.routes import redirect_other_spellings
from territories.models import Commune, Department

from .blocks import TimelineEventBlock

NARRATIVE_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class CaseStudyIndexPage(FilterableIndexMixin, RoutablePageMixin, BasePage):
    """The case-study index: filters, a map of France, a feed."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown above the filters: what these case studies have in common."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")] + BasePage.taxonomy_panels
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count_per_parent = 1

    listing_ordering = [F("start_year").desc(nulls_last=True), "title", "pk"]
    listing_select_related = ["region"]
    facets = [
        TermFacet("theme", _("Theme"), "themes", "portal.Theme"),
        TermFacet("audience", _("Audience"), "audiences", "portal.Audience"),
        PageFacet(
            "form",
            _("Cooperation form"),
            "cooperation_forms",
            "resources.CooperationFormPage",
            # The short name (acronym) when there is one, as in the comparison table.
            label_expression=Coalesce(NullIf(F("acronym"), Value("")), F("title")),
        ),
        RelatedNameFacet("region", _("Region"), "region_id", "territories.Region"),
        PageFacet(
            "practice",
            _("Recommended practice"),
            "best_practices",
            "resources.BestPracticePage",
        ),
        YearFacet("year", _("Start year"), "start_year"),
    ]

    class Meta:
        verbose_name = _("case-study index")

    @property
    def listing_model(self):
        return CaseStudyPage

    map_list_limit = 50

    @path(pgettext_lazy("URL", "map/"), name="map")
    def map_view(self, request):
        """Case studies by département: a server-drawn SVG map (no JavaScript) whose
        départements link to the list of their case studies, `?departement=<code>`.

        One aggregate query for the map, one for the chosen département's list: the page
        does not grow with the number of case studies.
        """
        placed = self.listing_queryset().filter(commune__isnull=False)
        counts = dict(
            placed.order_by()
            .values_list("commune__department_id")
            .annotate(n=Count("pk"))
            .values_list("commune__department_id", "n")
        )
        code = request.GET.get("departement", "")
        department, cases, notice = None, [], None
        if code in counts:
            department = Department.objects.get(pk=code)
            cases = list(
                placed.filter(commune__department_id=code)
                .select_related("commune")
                .order_by("title", "pk")[: self.map_list_limit]
            )
        elif code:
            notice = _("The département “%(code)s” has no case study: showing the whole map.")
            notice %= {"code": code[:10]}
        base = self.get_url(request) + self.reverse_subpage("map")
        return self.render(
            request,
            template="casestudies/case_study_map.html",
            context_overrides={
                "counts": counts,
                "links": {c: f"{base}?departement={c}#departement-list" for c in counts},
                "department": department,
                "department_cases": cases,
                "department_total": counts.get(code, 0),
                "region_url": (
                    f"{self.url}?region={department.region_id}" if department else None
                ),
                "notice": notice,
            },
        )

    map_elsewhere = redirect_other_spellings(pgettext_lazy("URL", "map/"), "map")


class CaseStudyQuerySet(PageQuerySet):
    def applying(self, field, translation_key, locale_id):
        """Live, public case studies in a locale linked through `field` to any
        translation of the page with `translation_key` (a cooperation form or a best
        practice). wagtail-localize copies such links unchanged, so an English case
        study may point to the French page."""
        return (
            live_public(self)
            .filter(locale_id=locale_id, **{f"{field}__translation_key": translation_key})
            .distinct()
            .order_by("-start_year", "title", "pk")
        )


@register_related_content
class CaseStudyPage(BasePage):
    """What a territory did with ESS actors: need, approach, results, lessons."""

    commune = models.ForeignKey(
        "territories.Commune",
        verbose_name=_("main commune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Where the project mainly takes place; it places the case study on the "
            "map. For a project covering a whole area, choose its main town."
        ),
    )
    region = models.ForeignKey(
        "territories.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Filled in from the commune when left empty."),
    )
    territory_types = ParentalManyToManyField(
        "portal.TerritoryType",
        verbose_name=_("territory types"),
        blank=True,
        related_name="+",
    )
    cooperation_forms = ParentalManyToManyField(
        "resources.CooperationFormPage",
        verbose_name=_("cooperation forms used"),
        blank=True,
        related_name="case_studies",
        help_text=_(
            "Choose the French pages: the English case study shows their "
            "translations. The cooperation form pages list this case study "
            "automatically."
        ),
    )
    best_practices = ParentalManyToManyField(
        "resources.BestPracticePage",
        verbose_name=_("practices applied"),
        blank=True,
        related_name="case_studies",
        help_text=_(
            "The recommended practices this case study illustrates; those pages "
            "list it automatically."
        ),
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
        help_text=_(
            "The year the cooperation started (not the year of publication); "
            "used by the year filter."
        ),
    )
    need = RichTextField(
        _("need"),
        features=NARRATIVE_FEATURES,
        help_text=_("The territory's need or problem at the start."),
    )
    approach = RichTextField(
        _("approach"),
        features=NARRATIVE_FEATURES,
        help_text=_("What the actors did together, and how they organised themselves."),
    )
    results = StreamField(
        [("key_figures", KeyFiguresBlock())],
        verbose_name=_("results in figures"),
        blank=True,
        help_text=_("Only figures the actors can source."),
    )
    timeline = StreamField(
        [("event", TimelineEventBlock())], verbose_name=_("timeline"), blank=True
    )
    lessons = RichTextField(
        _("lessons learnt"),
        features=NARRATIVE_FEATURES,
        blank=True,
        help_text=_("What others should know before doing the same."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    contact_name = models.CharField(
        _("contact structure"),
        max_length=200,
        blank=True,
        help_text=_(
            "The organisation readers can contact about this project (not a person's name)."
        ),
    )
    contact_url = models.URLField(_("contact structure's website"), blank=True)

    objects = PageManager.from_queryset(CaseStudyQuerySet)()

    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("commune"),
                    FieldPanel("region"),
                    FieldPanel("territory_types"),
                    FieldPanel("start_year"),
                ],
                heading=_("Territory"),
            ),
            MultiFieldPanel(
                [FieldPanel("cooperation_forms"), FieldPanel("best_practices")],
                heading=_("Cooperation"),
            ),
            InlinePanel("actors", heading=_("Actors"), label=_("actor")),
            FieldPanel("need"),
            FieldPanel("approach"),
            FieldPanel("results"),
            FieldPanel("timeline"),
            FieldPanel("lessons"),
            FieldPanel("body"),
            MultiFieldPanel(
                [FieldPanel("contact_name"), FieldPanel("contact_url")], heading=_("Contact")
            ),
        ]
        + BasePage.taxonomy_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("need"),
        index.SearchField("approach"),
        index.SearchField("lessons"),
        index.SearchField("body"),
        index.SearchField("contact_name"),
        index.RelatedFields("commune", [index.SearchField("name")]),
        index.RelatedFields("region", [index.SearchField("name")]),
        index.FilterField("start_year"),
        index.FilterField("region_id"),
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.linked_pages_context())
        context["related"] = related_by_themes(self)
        context["place"] = self.place()
        return context

    @property
    def card_meta(self):
        """The line under a listing card's summary: region and start year."""
        region = self.region.name if self.region_id else ""
        return " · ".join(part for part in (region, str(self.start_year or "")) if part)

    def place(self):
        """The commune with its département and region, in one query (or None)."""
        if not self.commune_id:
            return None
        return (
            Commune.objects.select_related("department", "region")
            .only("name", "department__code", "department__name", "region__name")
            .get(pk=self.commune_id)
        )

    def linked_pages_context(self):
        """The cooperation forms and practices shown, cached until the content changes
        (a preview shows the choices being edited)."""
        fields = ["cooperation_forms", "best_practices"]
        if self.pk is None or set(fields) & set(getattr(self, "_cluster_related_objects", {})):
            return {field: list(self.linked_pages(field)) for field in fields}
        return cached(
            f"linked:{self.pk}",
            lambda: {field: list(self.linked_pages(field)) for field in fields},
        )

    def linked_pages(self, field):
        """The live pages linked through `field`, in this page's language.

        wagtail-localize copies the links unchanged, so an English case study may point to
        the French cooperation form: show whichever translation is in the page's locale.
        """
        model = self._meta.get_field(field).related_model
        keys = getattr(self, field).values("translation_key")
        return (
            live_public(model.objects)
            .filter(locale_id=self.locale_id, translation_key__in=keys)
            .order_by("title")
        )

    def save(self, *args, **kwargs):
        if self.region_id is None and self.commune_id:
            self.region_id = self.commune.region_id
        super().save(*args, **kwargs)


class CaseStudyActor(TranslatableMixin, Orderable):
    """One actor of a case study and its role."""

    CATEGORY_CHOICES = [
        ("public", _("Public authority")),
        ("ess", _("ESS structure")),
        ("private", _("Private business")),
        ("citizens", _("Residents and citizens")),
    ]

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="actors")
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_(
            "The organisation or group, e.g. “Ville de Paris” or “residents of the village”."
        ),
    )
    category = models.CharField(_("category"), max_length=20, choices=CATEGORY_CHOICES)
    role = models.CharField(
        _("role"),
        max_length=255,
        blank=True,
        help_text=_("What it did in the cooperation, in a few words."),
    )

    panels = [FieldPanel("name"), FieldPanel("category"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("actor")
        verbose_name_plural = _("actors")

    def __str__(self):
        return self.name
