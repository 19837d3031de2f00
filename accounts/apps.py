from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Who may do what: roles, login protection, two-factor authentication."""

    name = "accounts"
    verbose_name = _("Accounts")
