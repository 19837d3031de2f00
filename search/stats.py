"""Query logging for editors: what readers search, and what finds nothing.

Anyone can send any text, as often as they like, so what is written is bounded:
- a query is logged as its words only (lower case, letters and digits, the hyphens and
  apostrophes inside words, one space apart): no punctuation, markup, address or formula
  reaches the reports or their spreadsheets; longer than MAX_LOGGED_LENGTH or more than
  MAX_LOGGED_WORDS words, it is not logged at all (nobody's question looks like that);
- a query already logged today costs one UPDATE per counter; at most
  MAX_NEW_QUERIES_PER_DAY new queries are logged a day, later ones are not;
- Wagtail's own counter (Query, QueryDailyHits: the promotions admin's "popular
  searches") counts only queries that found something: a query that finds nothing is one
  row of QueryStat, which the "searches without result" report reads;
- `purge_search_queries` (daily) deletes what is older than SEARCH_QUERY_RETENTION_DAYS.
"""

import re
from datetime import timedelta

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from .models import QueryStat

MAX_LOGGED_LENGTH = 100
MAX_LOGGED_WORDS = 10
MAX_NEW_QUERIES_PER_DAY = 5000
# The reports list a query that found nothing once it was searched this many times.
REPORTED_AFTER_SEARCHES = 3
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def logged_form(query):
    """The query as it is logged, or None when it is not logged."""
    words = WORD.findall((query or "").lower())
    logged = " ".join(words)
    if not words or len(words) > MAX_LOGGED_WORDS or len(logged) > MAX_LOGGED_LENGTH:
        return None
    return logged


def record(query, language, found):
    """Count one search of `query` for today, and whether it found nothing."""
    query_string = logged_form(query)
    if query_string is None:
        return
    today = timezone.localdate()
    key = {"query_string": query_string, "language": language, "date": today}
    amounts = {"searches": 1, "fruitless": 0 if found else 1}
    if not _increment(QueryStat, key, **amounts):
        if QueryStat.objects.filter(date=today).count() >= MAX_NEW_QUERIES_PER_DAY:
            return  # a flood of new queries: the rest of the day's are not logged
        _create_or_increment(QueryStat, key, **amounts)
    if found:
        # Query.add_hit() without its read-before-write.
        hits = QueryDailyHits.objects.filter(query__query_string=query_string, date=today)
        if not hits.update(hits=F("hits") + 1):
            key = {"query": Query.get(query_string), "date": today}
            _create_or_increment(QueryDailyHits, key, hits=1)


def _increment(model, key, **amounts):
    """Add `amounts` to the row of `key`: whether it existed."""
    return bool(model.objects.filter(**key).update(**_additions(amounts)))


def _create_or_increment(model, key, **amounts):
    _row, created = model.objects.get_or_create(**key, defaults=amounts)
    if not created:  # another request created it meanwhile
        model.objects.filter(**key).update(**_additions(amounts))


def _additions(amounts):
    return {name: F(name) + amount for name, amount in amounts.items()}


def purge():
    """Delete the counts older than SEARCH_QUERY_RETENTION_DAYS, Wagtail's daily hits as
    old (what its `searchpromotions_garbage_collect` does with WAGTAILSEARCH_HITS_MAX_AGE,
    the same number of days, but from the local date, as the counts are kept), then the
    queries left without hits or promotions; how many rows of QueryStat went."""
    since = timezone.localdate() - timedelta(days=settings.SEARCH_QUERY_RETENTION_DAYS)
    deleted, _by_model = QueryStat.objects.filter(date__lt=since).delete()
    QueryDailyHits.objects.filter(date__lt=since).delete()
    Query.garbage_collect()
    return deleted
