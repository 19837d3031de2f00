"""The directory's search form: it validates the query string of a shareable URL.

Values that cannot be understood make the form invalid (the page answers 400 with the
reason); filter values that name no known term are dropped and reported, so an old
shared link still gives results.
"""

import re

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from portal.models import Theme
from territories.models import Commune, Department

from .models import Network, OrganisationKind, Service
from .nearby import MAX_RADIUS_KM

INSEE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")
DEPARTMENT_CODE = re.compile(r"^(?:\d{2,3}|2[AB])$")
MAX_SHOWN_VALUE = 40


CHOICES_CACHE_KEY = "network:choices:{model}:{language}"


def invalidate_term_choices(model):
    cache.delete_many(
        [
            CHOICES_CACHE_KEY.format(model=model._meta.label_lower, language=code)
            for code, _name in settings.LANGUAGES
        ]
    )


def term_choices(model, language):
    """[(slug, name)] of a vocabulary in the reader's language, else in French.

    Cached per language; network/signals.py clears it when a term is saved or deleted.
    """
    key = CHOICES_CACHE_KEY.format(model=model._meta.label_lower, language=language)
    choices = cache.get(key)
    if choices is None:
        choices = _term_choices(model, language)
        cache.set(key, choices, 60 * 60)
    return choices


def _term_choices(model, language):
    names = {}
    order = "sort_order" if hasattr(model, "sort_order") else "name"
    rows = model.objects.filter(
        locale__language_code__in={language, settings.LANGUAGE_CODE}
    ).values_list("slug", "name", "locale__language_code", order)
    for slug, name, code, order in rows:
        if slug not in names or code == language:
            names[slug] = (order, name)
    return [(slug, name) for slug, (order, name) in sorted(names.items(), key=lambda i: i[1])]


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values and remembers the others in `dropped`.

    An empty value is the form's "All" option: no filter, not an unknown value.
    """

    def clean(self, value):
        value = [v for v in self.to_python(value) if v.strip()]
        known = {str(key) for key, _label in self.choices}
        self.dropped = [v for v in value if v not in known]
        return [v for v in dict.fromkeys(value) if v in known]


class DirectorySearchForm(forms.Form):
    q = forms.CharField(
        label=_("Commune or postcode"),
        max_length=100,
        required=False,
        help_text=_("For example Saint-Étienne, 97110 or 2A004."),
        error_messages={"max_length": _("Type at most %(limit_value)d characters.")},
    )
    commune = forms.CharField(required=False, max_length=5, widget=forms.HiddenInput)
    department = forms.CharField(required=False, max_length=3, widget=forms.HiddenInput)
    lat = forms.FloatField(
        required=False,
        min_value=-90,
        max_value=90,
        widget=forms.HiddenInput,
        error_messages={"invalid": _("The latitude must be a number between -90 and 90.")},
    )
    lon = forms.FloatField(
        required=False,
        min_value=-180,
        max_value=180,
        widget=forms.HiddenInput,
        error_messages={"invalid": _("The longitude must be a number between -180 and 180.")},
    )
    radius = forms.IntegerField(
        label=_("Radius (km)"),
        required=False,
        min_value=1,
        max_value=MAX_RADIUS_KM,
        widget=forms.HiddenInput,
    )
    kind = LenientMultipleChoiceField(label=_("Kind of structure"), required=False)
    service = LenientMultipleChoiceField(label=_("Service"), required=False)
    theme = LenientMultipleChoiceField(label=_("Theme"), required=False)
    network = LenientMultipleChoiceField(label=_("Network"), required=False)

    FILTERS = ("kind", "service", "theme", "network")

    def __init__(self, data, *, language):
        super().__init__(data)
        self.fields["kind"].choices = OrganisationKind.choices
        self.fields["service"].choices = term_choices(Service, language)
        self.fields["theme"].choices = term_choices(Theme, language)
        self.fields["network"].choices = term_choices(Network, language)

    def clean_commune(self):
        code = self.cleaned_data["commune"].strip().upper()
        if not code:
            return None
        commune = None
        if INSEE.match(code):
            commune = (
                Commune.objects.select_related("department", "region").filter(insee=code).first()
            )
        if commune is None:
            raise forms.ValidationError(
                _("No commune has the INSEE code %(code)s."),
                params={"code": code[:MAX_SHOWN_VALUE]},
            )
        return commune

    def clean_department(self):
        code = self.cleaned_data["department"].strip().upper()
        if not code:
            return None
        department = None
        if DEPARTMENT_CODE.match(code):
            department = Department.objects.filter(code=code).first()
        if department is None:
            raise forms.ValidationError(
                _("No département has the code %(code)s."), params={"code": code[:MAX_SHOWN_VALUE]}
            )
        return department

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("lat") is None) != (cleaned.get("lon") is None) and not self.errors:
            raise forms.ValidationError(_("A location needs both a latitude and a longitude."))
        return cleaned

    @property
    def filter_fields(self):
        return [self[name] for name in self.FILTERS]

    @property
    def dropped_values(self):
        """[(filter label, value)] of the filter values that were ignored."""
        dropped = []
        for name in self.FILTERS:
            for value in getattr(self.fields[name], "dropped", []):
                dropped.append((self.fields[name].label, value[:MAX_SHOWN_VALUE]))
        return dropped

    def filters(self):
        """Keyword arguments for network.nearby.nearby()."""
        data = self.cleaned_data
        return {
            "kind": data.get("kind") or None,
            "services": data.get("service") or (),
            "themes": data.get("theme") or (),
            "networks": data.get("network") or (),
        }
