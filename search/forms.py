"""The search page's query string, validated: bad values are dropped, never a 500."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import FacetValue

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 10
# Characters no analyser reads; NUL in particular breaks database drivers.
CONTROL_CHARACTERS = dict.fromkeys(range(32))
Facet = FacetValue.Facet


def clean_query(value):
    value = (value or "").translate(CONTROL_CHARACTERS)
    return " ".join(value.split())[:MAX_QUERY_LENGTH]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the site"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("relevance", _("Relevance")), ("newest", _("Newest first"))],
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)

    FACET_VALUE_MAX_LENGTH = 100

    def __init__(self, data, *args, **kwargs):
        self.facet_values = {
            facet: [
                value[: self.FACET_VALUE_MAX_LENGTH]
                for value in data.getlist(facet)[:MAX_VALUES_PER_FACET]
                if value and "\x00" not in value
            ]
            for facet in Facet.values
        }
        super().__init__(data, *args, **kwargs)

    def clean_q(self):
        return clean_query(self.cleaned_data.get("q"))

    def clean_sort(self):
        return self.cleaned_data.get("sort") or "relevance"

    def clean_page(self):
        return self.cleaned_data.get("page") or 1

    def values(self):
        """(query, sort, page, selected facets) with invalid parts replaced by defaults."""
        self.is_valid()
        data = self.cleaned_data
        query = data.get("q") or clean_query(self.data.get("q"))
        sort = data.get("sort") or "relevance"
        page = data.get("page") or 1
        selected = {facet: values for facet, values in self.facet_values.items() if values}
        return query, sort, page, selected
