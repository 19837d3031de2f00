"""The most SQL queries a page may cost, with warm caches or right after a publication.

Tests assert these as ceilings, and that a count does not grow with the content (the
same or less with three times as much): exact numbers would break on a Wagtail or Django
minor release that moves a query without changing what a reader gets.
"""

DETAIL = 12
LISTING = 15
HOME = 15
SEARCH = 15
# Right after a publication, a detail page reads again what it derives from other pages
# (related content, taxonomy terms, derived case studies, cooperation forms and
# practices; portal/content_cache.py). Wagtail's own routing and view-restriction check
# take 8 queries (9 in English) for a page two levels below the home, which leaves no
# room for those under DETAIL: a case study in English needs 17.
DETAIL_AFTER_A_PUBLICATION = 17


def count_queries(client, url, *, warm=False, after_a_change=False):
    """How many queries `client` spends on `url` (answered 200): after a first request
    that warms the caches as in production when `warm`, right after what any
    publication does when `after_a_change`."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from portal.content_cache import invalidate_content

    if warm:
        client.get(url)
    if after_a_change:
        invalidate_content()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
