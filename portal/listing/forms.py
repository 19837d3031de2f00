"""The filter form: one checkbox group per facet, lenient with what it cannot read."""

from django import forms


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values and remembers the others instead of failing the form."""

    widget = forms.CheckboxSelectMultiple

    def clean(self, value):
        values = [str(v) for v in (value or []) if isinstance(v, str)]
        self.rejected = [v for v in values if not self.valid_value(v)]
        return list(dict.fromkeys(v for v in values if self.valid_value(v)))


class ListingFilterForm(forms.Form):
    """One checkbox group per facet; choices are the values present in the listing."""

    def __init__(self, data, facet_choices):
        super().__init__(data)
        for facet, choices in facet_choices:
            self.fields[facet.param] = LenientMultipleChoiceField(
                label=facet.label, choices=choices, required=False
            )

    def rejected_values(self):
        return [
            (self.fields[name].label, value)
            for name in self.fields
            for value in getattr(self.fields[name], "rejected", [])
        ]
