"""What the portal stores beside every backend's own index, at the same moments.

Each backend's index calls `store` from add_items and `forget` from delete_item, so facet
values, result cards and title words follow publishing and `update_index` on SQLite,
PostgreSQL, Elasticsearch and OpenSearch alike.
"""

from . import facets, titles


def store(objs):
    facets.index_pages(objs)
    titles.index_titles(objs)


def forget(obj):
    # Facet values and cards go with the page (on_delete=CASCADE); title words have no
    # foreign key (they point to pages and organisations alike).
    titles.forget(obj)
