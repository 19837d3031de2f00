"""Editors' promoted results (wagtail.contrib.search_promotions), in the reader's language.

An editor promotes a page once, for a query typed in either language; the reader sees that
page's translation in their language when it exists and is live.
"""

from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion


def promoted(query, pages, request=None):
    """[(title, url, description, page id)] promoted for `query`, among `pages` (the live
    public pages of the reader's locale) only."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    keys = [pick.page.translation_key for pick in picks if pick.page_id]
    pages = {
        page.translation_key: page
        for page in (pages.filter(translation_key__in=keys) if keys else [])
    }
    promotions = []
    for pick in picks:
        if pick.page_id:
            page = pages.get(pick.page.translation_key)
            if page:
                promotions.append((page.title, page.get_url(request), pick.description, page.pk))
        elif pick.external_link_url:
            promotions.append(
                (pick.external_link_text, pick.external_link_url, pick.description, None)
            )
    return promotions
