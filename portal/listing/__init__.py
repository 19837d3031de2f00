"""Filterable listings, written once for every index page (after cfgov's FilterableList).

An index page combines `index_page.FilterableIndexMixin` with `RoutablePageMixin` and
declares its `facets` (`facets.py`). A request's query string is validated by
`forms.ListingFilterForm` (unknown or malformed values are dropped and reported, never a
server error); the results are the index's live, public children (`visibility.py`)
filtered by every facet (values of one facet are OR-ed, facets are AND-ed), in a stable
order, paginated (`results.py`). Each value shows how many results selecting it would
give with the other filters (`facet_counts.py`).

The number of SQL queries does not depend on the amount of content: the values and
counts of all facets come from one UNION query (two when filtered: one for the values
that exist at all, one for the counts under the other filters). Counts grow with the
content, so they are cached per listing and selection until the content changes
(portal/content_cache.py); so is the related content of detail pages.

Also here: what a card reads and its image (`cards.py`), an RSS and an Atom feed of every
listing's newest pages (`feeds.py`), and "what else is on the same themes" for the
detail pages (`related.py`), among the page types the content apps register.
"""
