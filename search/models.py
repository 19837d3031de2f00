from django.db import models
from django.utils.translation import gettext_lazy as _


class FacetValue(models.Model):
    """One facet value of one page: ("theme", "mobilite"), ("year", "2024")…

    Written by the search backends whenever they index a page (search/facets.py), so facets
    follow publishing and `update_index` exactly like the full-text index does. Counting a
    facet over a result set is then one GROUP BY, whatever the page type.
    """

    class Facet(models.TextChoices):
        TYPE = "type", _("Content type")
        THEME = "theme", _("Theme")
        AUDIENCE = "audience", _("Audience")
        REGION = "region", _("Region")
        YEAR = "year", _("Year")

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    facet = models.CharField(max_length=12, choices=Facet.choices)
    value = models.CharField(max_length=100)

    class Meta:
        unique_together = [("page", "facet", "value")]
        indexes = [models.Index(fields=["facet", "value", "page"])]

    def __str__(self):
        return f"{self.page_id} {self.facet}={self.value}"


class PageCard(models.Model):
    """What a result shows of a page besides its title and URL: its summary and territory.

    Written at index time with the facet values, so a page of results is one query
    whatever the page types (no per-type query for the specific fields), the way a search
    engine returns stored fields.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="search_card"
    )
    summary = models.TextField(blank=True)
    territory = models.CharField(max_length=200, blank=True)

    def __str__(self):
        return f"{self.page_id}"


class QueryStat(models.Model):
    """How often a query was searched on a day, and how often it found nothing."""

    query_string = models.CharField(_("query"), max_length=255)
    language = models.CharField(_("language"), max_length=8)
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    fruitless = models.PositiveIntegerField(_("searches without result"), default=0)

    class Meta:
        verbose_name = _("search query statistic")
        verbose_name_plural = _("search query statistics")
        unique_together = [("query_string", "language", "date")]
        indexes = [models.Index(fields=["date", "language"])]

    def __str__(self):
        return f"{self.query_string} ({self.language}, {self.date})"


class TitleWord(models.Model):
    """One word of the title of a page or an organisation: what suggestions read.

    Written at index time with the facet values (search/titles.py). A suggestion is a
    range on an indexed column (word >= "coo" AND word < "coo\\uffff"), read in index order
    and stopped at the limit, so its cost does not grow with the amount of content, on
    every database. Whether the object may be shown is checked when suggesting.
    """

    kind = models.CharField(max_length=40)  # "page", or a search source's key
    object_id = models.PositiveIntegerField()
    language = models.CharField(max_length=8)
    word = models.CharField(max_length=100)  # folded: lower case, no accents
    title = models.TextField()
    folded_title = models.TextField()  # " word word … ", for the other words typed
    length = models.PositiveIntegerField()  # of the title: shorter titles first

    class Meta:
        indexes = [
            models.Index(fields=["kind", "language", "word", "length"]),
            models.Index(fields=["kind", "object_id"]),
        ]

    def __str__(self):
        return f"{self.word} → {self.title}"
