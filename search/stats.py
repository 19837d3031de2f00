"""Query logging for editors: what readers search, and what finds nothing."""

from django.db.models import F
from django.utils import timezone
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from .models import QueryStat


def record(query, language, found):
    """Count one search of `query` (and whether it found nothing) for today.

    Each counter is one UPDATE once today's row exists (rows are created on the day's
    first search), so counting costs two queries per search.
    """
    query_string = normalise_query_string(query)[:255]
    if not query_string:
        return
    today = timezone.localdate()
    # Wagtail's own counter feeds the "popular queries" of the promotions admin; this is
    # Query.add_hit() without its read-before-write.
    hits = QueryDailyHits.objects.filter(query__query_string=query_string, date=today)
    if not hits.update(hits=F("hits") + 1):
        _increment(QueryDailyHits, {"query": Query.get(query_string), "date": today}, hits=1)
    _increment(
        QueryStat,
        {"query_string": query_string, "language": language, "date": today},
        searches=1,
        fruitless=0 if found else 1,
    )


def _increment(model, key, **amounts):
    changes = {name: F(name) + amount for name, amount in amounts.items()}
    if model.objects.filter(**key).update(**changes):
        return
    _row, created = model.objects.get_or_create(**key, defaults=amounts)
    if not created:  # another request created it meanwhile
        model.objects.filter(**key).update(**changes)
