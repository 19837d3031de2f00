"""Facet labels: region names (terms' names per language: portal.taxonomy.term_names).

Every search page shows them and they change only when the gazetteer is reloaded: cached
for an hour.
"""

from django.core.cache import cache

from territories.models import Region

SECONDS = 60 * 60
REGION_NAMES_KEY = "search:region-names"


def region_names():
    """{code: name} of the regions."""
    names = cache.get(REGION_NAMES_KEY)
    if names is None:
        names = dict(Region.objects.values_list("code", "name"))
        cache.set(REGION_NAMES_KEY, names, SECONDS)
    return names
