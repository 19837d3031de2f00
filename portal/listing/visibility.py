"""Which pages a reader may see, as conditions of the query that lists them."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def not_private_q():
    """Pages outside any private section, as SQL (Wagtail's `public()` runs a query to
    list the restrictions first; this is one more condition of the same query)."""
    restricted_ancestors = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return ~Exists(restricted_ancestors)


def live_public(queryset):
    return queryset.live().filter(not_private_q())


def children_q(page):
    """The children of `page`, as a range on the indexed path: Wagtail's `child_of()`
    uses LIKE, which SQLite answers by reading every page."""
    step = page.steplen
    first, last = page.alphabet[0] * step, page.alphabet[-1] * step
    return Q(depth=page.depth + 1, path__range=(page.path + first, page.path + last))
