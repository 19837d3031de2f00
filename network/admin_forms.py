"""The organisation editing form: communes are typed as codes, not picked in a list.

A select box of 35,000 communes is unusable; editors type INSEE codes or postcodes
("42218 97110 2A004"), which are what their spreadsheets hold anyway.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from territories.models import Commune, Postcode


class CommuneCodesField(forms.Field):
    widget = forms.Textarea(attrs={"rows": 2})
    default_error_messages = {
        "unknown": _("Unknown INSEE code or postcode: %(codes)s."),
    }

    def prepare_value(self, value):
        if isinstance(value, str):
            return value
        codes = []
        for item in value or ():
            codes.append(item.insee if isinstance(item, Commune) else str(item))
        return " ".join(sorted(codes))

    def to_python(self, value):
        codes = (value or "").replace(",", " ").upper().split()
        if not codes:
            return Commune.objects.none()
        insee = set(Commune.objects.filter(insee__in=codes).values_list("insee", flat=True))
        by_postcode = set(
            Postcode.objects.filter(code__in=codes).values_list("commune_id", flat=True)
        )
        known_postcodes = set(
            Postcode.objects.filter(code__in=codes).values_list("code", flat=True)
        )
        unknown = [c for c in codes if c not in insee and c not in known_postcodes]
        if unknown:
            raise ValidationError(
                self.error_messages["unknown"],
                code="unknown",
                params={"codes": ", ".join(unknown[:10])},
            )
        return Commune.objects.filter(insee__in=insee | by_postcode)


class OrganisationAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "area_communes" in self.fields:
            field = self.fields["area_communes"]
            self.fields["area_communes"] = CommuneCodesField(
                label=field.label,
                required=False,
                help_text=_(
                    "INSEE codes or postcodes separated by spaces, e.g. 42218 97110 2A004. "
                    "A postcode adds every commune it serves."
                ),
            )
            if self.instance.pk:
                self.initial["area_communes"] = " ".join(
                    self.instance.area_communes.values_list("insee", flat=True)
                )
