"""Indexing follows publishing.

Wagtail indexes an object on post_save, but modelcluster writes a page's (or snippet's)
ParentalManyToMany links - themes, audiences - after that signal, so the index and the
facet rows would hold the previous themes until the next save. Re-indexing once the
publication is complete (page_published / published) fixes that. The spelling
vocabulary, a cache of the titles of live public pages, is dropped at the same moments and
when a view restriction is saved or deleted (the terms' labels are portal's, dropped by
portal/signals.py).
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelsearch.index import class_is_indexed, insert_or_update_object
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, published

from .suggestions import invalidate_vocabulary


def _invalidate_vocabulary():
    invalidate_vocabulary([code for code, _name in settings.LANGUAGES])


@receiver(page_published)
def _reindex_published_page(sender, instance, **kwargs):
    insert_or_update_object(instance)
    _invalidate_vocabulary()


@receiver(published)
def _reindex_published_snippet(sender, instance, **kwargs):
    # Pages get this signal too, after page_published: they are indexed already.
    if not isinstance(instance, Page) and class_is_indexed(type(instance)):
        insert_or_update_object(instance)


@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _page_changed(sender, **kwargs):
    _invalidate_vocabulary()
