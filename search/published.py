"""What a reader may find: the live, public pages of a locale that have not expired."""

from django.utils import timezone
from wagtail.models import Page


def live_pages(locale):
    """Live, public pages of a locale, filtered on index fields only (any backend)."""
    return Page.objects.live().public().filter(locale=locale)


def not_expired(queryset):
    """Drop pages past their expiry date that `publish_scheduled` has not unpublished yet
    (expire_at is no index field: this runs in the database, after ranking)."""
    return queryset.exclude(expire_at__lte=timezone.now())
