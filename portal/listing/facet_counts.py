"""How many pages each facet value gives, in one UNION query whatever the facets."""

from django.db.models import CharField, Count, Value


def facet_counts(queryset, facets):
    """{facet param: {raw value: number of pages}} over `queryset`, in one query."""
    return _union_counts([(facet, queryset) for facet in facets])


def disjunctive_counts(base, facets, filters):
    """Counts of each facet's values under the filters of the other facets."""
    parts = []
    for facet in facets:
        queryset = base
        for param, condition in filters.items():
            if param != facet.param:
                queryset = queryset.filter(condition)
        parts.append((facet, queryset))
    return _union_counts(parts)


def _union_counts(parts):
    if not parts:
        return {}
    querysets = [
        queryset.order_by()
        .annotate(facet=Value(facet.param, output_field=CharField()), value=facet.expression())
        .filter(value__isnull=False)
        .values("facet", "value")
        .annotate(n=Count("pk", distinct=True))
        .values_list("facet", "value", "n")
        for facet, queryset in parts
    ]
    counts = {}
    for param, value, n in querysets[0].union(*querysets[1:], all=True):
        counts.setdefault(param, {})[value] = n
    return counts
