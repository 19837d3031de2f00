"""The directory in the admin: organisations (moderated snippets), networks, services,
and a searchable commune chooser."""

from django import forms
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.admin_search import SearchedInTheDatabase
from territories.models import Commune
from territories.places import find_communes

from . import admin_urls
from .admin_forms import OrganisationAdminForm
from .admin_views import IMPORT_PERMISSIONS, REVIEW_PERMISSION
from .models import Network, Organisation, Service
from .organisation_access import OrganisationAccessMixin


class CommuneSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Name, postcode or INSEE code"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q")
        if not query:
            return objects
        self.is_searching = True
        self.search_query = query
        return objects.filter(insee__in=[c.insee for c in find_communes(query, limit=50)])


class CommuneChooserViewSet(ChooserViewSet):
    """Organisation.commune is chosen by typing a name, a postcode or an INSEE code."""

    model = Commune
    icon = "site"
    choose_one_text = _("Choose a commune")
    choose_another_text = _("Choose another commune")
    edit_item_text = _("Change the commune")
    filter_form_class = CommuneSearchForm
    ordering = ["-population"]
    per_page = 20


commune_chooser_viewset = CommuneChooserViewSet("commune_chooser")


@hooks.register("register_admin_viewset")
def register_commune_chooser():
    return commune_chooser_viewset


class OrganisationViewSet(OrganisationAccessMixin, SearchedInTheDatabase, SnippetViewSet):
    # Network members see and edit only their own organisation(s) (organisation_access.py).
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "commune", "last_verified", "active"]
    list_filter = ["kind", "active", "national"]
    search_fields = ["name"]
    ordering = ["name"]
    edit_handler = ObjectList(Organisation.panels, base_form_class=OrganisationAdminForm)


class NetworkViewSet(SearchedInTheDatabase, SnippetViewSet):
    model = Network
    icon = "link"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class ServiceViewSet(SearchedInTheDatabase, SnippetViewSet):
    model = Service
    icon = "tasks"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class DirectoryGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, NetworkViewSet, ServiceViewSet)
    menu_icon = "group"
    menu_label = _("Directory")
    menu_name = "directory"


register_snippet(DirectoryGroup)


# Directory tools: spreadsheet import, coverage gaps, freshness (network/admin_views.py).
@hooks.register("register_admin_urls")
def register_directory_tools_urls():
    return [path("directory/", include(admin_urls))]


class PermittedMenuItem(MenuItem):
    def __init__(self, *args, permissions, **kwargs):
        super().__init__(*args, **kwargs)
        self.permissions = permissions

    def is_shown(self, request):
        return request.user.has_perms(self.permissions)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PermittedMenuItem(
        _("Import organisations"),
        reverse("network_import"),
        icon_name="upload",
        order=1000,
        permissions=IMPORT_PERMISSIONS,
    )


@hooks.register("register_reports_menu_item")
def register_gaps_report():
    return PermittedMenuItem(
        _("Directory coverage gaps"),
        reverse("network_gaps"),
        icon_name="warning",
        order=900,
        permissions=[REVIEW_PERMISSION],
    )


@hooks.register("register_reports_menu_item")
def register_stale_report():
    return PermittedMenuItem(
        _("Directory entries to verify"),
        reverse("network_stale"),
        icon_name="time",
        order=901,
        permissions=[REVIEW_PERMISSION],
    )
