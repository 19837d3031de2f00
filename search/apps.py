from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    # "search" would clash with nothing in Django, but Wagtail's own app is
    # "wagtailsearch"; an explicit label keeps admin URLs and permissions readable.
    label = "portal_search"
    verbose_name = _("Search")

    def ready(self):
        from . import lookups, signals  # noqa: F401
