"""Editors' reports: the most frequent searches and the searches that found nothing.

Readers' text is shown escaped (Wagtail's columns), as it was logged (search/stats.py: its
words only), and only once it found something or was searched REPORTED_AFTER_SEARCHES
times.
"""

from datetime import timedelta

from django.db.models import F, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from portal.spreadsheets import spreadsheet_cell

from .models import QueryStat
from .stats import REPORTED_AFTER_SEARCHES

PERIOD_DAYS = 30


# Readers' queries may hold names or addresses: the reports need their own permission.
VIEW_PERMISSION = "portal_search.view_querystat"


class QueryReportView(ReportView):
    permission_policy = ModelPermissionPolicy(QueryStat)
    permission_required = "view"
    header_icon = "search"
    paginate_by = 50
    columns = [
        Column("query_string", label=_("Query")),
        Column("language", label=_("Language")),
        Column("searches", label=_("Searches")),
        Column("fruitless", label=_("Searches without result")),
    ]
    list_export = ["query_string", "language", "searches", "fruitless"]
    export_headings = {
        "query_string": _("Query"),
        "language": _("Language"),
        "searches": _("Searches"),
        "fruitless": _("Searches without result"),
    }

    def preprocess_field_value(self, field, value, export_format):
        """A CSV export quotes a query a spreadsheet would run as a formula (rows logged
        before queries were reduced to their words; Wagtail's XLSX export writes text)."""
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_cell(value) if export_format == self.FORMAT_CSV else value

    def totals(self):
        """Each query's counts over the period, for the queries that found something or
        were searched again: a query sent once, which found nothing, is anyone's text."""
        since = timezone.localdate() - timedelta(days=PERIOD_DAYS)
        return (
            QueryStat.objects.filter(date__gte=since)
            .values("query_string", "language")
            .annotate(searches=Sum("searches"), fruitless=Sum("fruitless"))
            .filter(Q(searches__gt=F("fruitless")) | Q(searches__gte=REPORTED_AFTER_SEARCHES))
        )

    def get_filename(self):
        return f"{self.export_name}-{timezone.localdate():%Y-%m-%d}"


class PopularQueriesView(QueryReportView):
    page_title = _("Popular searches (last 30 days)")
    index_url_name = "search_reports:popular"
    index_results_url_name = "search_reports:popular_results"
    export_name = "popular-searches"

    def get_queryset(self):
        return self.totals().order_by("-searches", "query_string")


class FruitlessQueriesView(QueryReportView):
    page_title = _("Searches without result (last 30 days)")
    index_url_name = "search_reports:fruitless"
    index_results_url_name = "search_reports:fruitless_results"
    export_name = "searches-without-result"

    def get_queryset(self):
        return self.totals().filter(fruitless__gt=0).order_by("-fruitless", "query_string")
