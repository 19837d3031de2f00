from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Directory")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from . import signals  # noqa: F401
        from .models import Organisation
        from .organisation_access import OrganisationPermissionPolicy

        register_permission_policy(Organisation, OrganisationPermissionPolicy(Organisation))
