from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Who may do what: roles, login protection, two-factor authentication."""

    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from network.models import Organisation

        from .organisation_access import OrganisationPermissionPolicy

        register_permission_policy(Organisation, OrganisationPermissionPolicy(Organisation))
