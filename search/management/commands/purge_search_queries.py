from django.conf import settings
from django.core.management.base import BaseCommand

from search import stats


class Command(BaseCommand):
    help = (
        "Delete the search statistics older than SEARCH_QUERY_RETENTION_DAYS (readers' "
        "queries may hold personal data), and Wagtail's query hits of the same age. "
        "Run it daily."
    )

    def handle(self, *args, **options):
        deleted = stats.purge()
        self.stdout.write(
            f"Deleted {deleted} search statistic(s) older than "
            f"{settings.SEARCH_QUERY_RETENTION_DAYS} days."
        )
