from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MESSAGE_MAX, NAME_MAX, ORGANISATION_MAX, single_line


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=NAME_MAX, validators=[single_line])
    email = forms.EmailField(label=_("Your email address"), max_length=254)
    requester_organisation = forms.CharField(
        label=_("Your organisation or local authority"),
        max_length=ORGANISATION_MAX,
        required=False,
        validators=[single_line],
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("At most %(count)s characters.") % {"count": MESSAGE_MAX},
    )
    # A field people never see (hidden by CSS and from assistive technology): robots
    # filling every field give themselves away.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_spam(self):
        return bool(self.data.get("website"))
