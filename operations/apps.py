from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """How the site runs safely: headers, uploads, health, the anonymous page cache."""

    name = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from . import checks, signals  # noqa: F401
