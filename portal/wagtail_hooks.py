from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_search import SearchedInTheDatabase
from .models import Audience, TerritoryType, Theme
from .page_chooser import linkable_pages_only

hooks.register("construct_page_chooser_queryset", linkable_pages_only)


class TermViewSet(SearchedInTheDatabase, SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "tag"


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"


class TerritoryTypeViewSet(TermViewSet):
    model = TerritoryType
    icon = "site"


class TaxonomyGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, AudienceViewSet, TerritoryTypeViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)
