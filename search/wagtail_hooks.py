from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import VIEW_PERMISSION, FruitlessQueriesView, PopularQueriesView


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


report_urls = (
    [
        path("popular/", PopularQueriesView.as_view(), name="popular"),
        path(
            "popular/results/",
            PopularQueriesView.as_view(results_only=True),
            name="popular_results",
        ),
        path("fruitless/", FruitlessQueriesView.as_view(), name="fruitless"),
        path(
            "fruitless/results/",
            FruitlessQueriesView.as_view(results_only=True),
            name="fruitless_results",
        ),
    ],
    "search_reports",
)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [path("reports/searches/", include(report_urls, namespace="search_reports"))]


@hooks.register("register_reports_menu_item")
def register_popular_searches_menu_item():
    return SearchReportMenuItem(
        _("Popular searches"),
        reverse("search_reports:popular"),
        icon_name="search",
        order=900,
    )


@hooks.register("register_reports_menu_item")
def register_fruitless_searches_menu_item():
    return SearchReportMenuItem(
        _("Searches without result"),
        reverse("search_reports:fruitless"),
        icon_name="search",
        order=901,
    )
