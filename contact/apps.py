from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    """Contact and support requests sent to an organisation of the directory."""

    name = "contact"
    verbose_name = _("Contact requests")
