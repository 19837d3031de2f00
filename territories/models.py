"""The French gazetteer: régions, départements and communes (INSEE COG 2026).

Codes are the primary keys: they are stable, readable in URLs and exports, and a reload of
the data updates rows in place without breaking the links from case studies and
organisations.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    code = models.CharField(_("INSEE code"), max_length=3, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Department(models.Model):
    code = models.CharField(_("code"), max_length=3, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="departments"
    )
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))

    class Meta:
        verbose_name = _("département")
        verbose_name_plural = _("départements")
        ordering = ["code"]

    def __str__(self):
        return f"{self.name} ({self.code})"


class Commune(models.Model):
    insee = models.CharField(_("INSEE code"), max_length=5, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    # The name as normalize_name() writes it, for accent- and case-blind prefix search.
    search_name = models.CharField(max_length=100, db_index=True, editable=False)
    department = models.ForeignKey(
        Department,
        verbose_name=_("département"),
        on_delete=models.PROTECT,
        related_name="communes",
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="communes"
    )
    postcodes = models.CharField(
        _("postcodes"), max_length=200, help_text=_("Space-separated, ascending.")
    )
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    population = models.PositiveIntegerField(_("population"), default=0)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]
        indexes = [models.Index(fields=["latitude", "longitude"])]

    def __str__(self):
        return f"{self.name} ({self.department_id})"

    @property
    def postcode_list(self):
        return self.postcodes.split()


class Postcode(models.Model):
    """One row per (postcode, commune): a postcode may serve several communes."""

    code = models.CharField(_("postcode"), max_length=5, db_index=True)
    commune = models.ForeignKey(Commune, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("postcode")
        unique_together = [("code", "commune")]

    def __str__(self):
        return f"{self.code} {self.commune_id}"


class GazetteerVersion(models.Model):
    """The checksum of the loaded data files, so an unchanged gazetteer is not reloaded."""

    checksum = models.CharField(max_length=64)
    loaded_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.checksum
