"""Query logging for editors: what readers search, and what finds nothing."""

from django.db.models import F
from django.utils import timezone
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query

from .models import QueryStat


def record(query, language, found):
    """Count one search of `query` (and whether it found nothing) for today."""
    query_string = normalise_query_string(query)[:255]
    if not query_string:
        return
    # Wagtail's own counter feeds the "popular queries" of the promotions admin.
    Query.get(query_string).add_hit()
    stat, _created = QueryStat.objects.get_or_create(
        query_string=query_string, language=language, date=timezone.localdate()
    )
    QueryStat.objects.filter(pk=stat.pk).update(
        searches=F("searches") + 1, fruitless=F("fruitless") + (0 if found else 1)
    )
