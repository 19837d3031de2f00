"""What a reader may find: the live, public pages of a locale that have not expired."""

from django.utils import timezone
from wagtail.models import Page


def live_pages(locale):
    """Live, public pages of a locale, filtered on index fields only (any backend).

    Not the tree's root ("Root", depth 1): it is live but never served, it has no URL."""
    return Page.objects.live().public().filter(locale=locale, depth__gt=1)


def not_expired(queryset):
    """Drop pages past their expiry date that `publish_scheduled` has not unpublished yet
    (expire_at is no index field: this runs in the database, after ranking)."""
    return queryset.exclude(expire_at__lte=timezone.now())
