"""Keep cached menus, vocabularies and derived content in step with what editors publish."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .content_cache import invalidate_content
from .models import Audience, ContactSettings, NavigationSettings, TerritoryType, Theme
from .navigation import invalidate_menus
from .sites import invalidate_cached_sites
from .taxonomy import invalidate_term_labels


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def _site_changed(sender, **kwargs):
    invalidate_cached_sites()
    invalidate_menus()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    invalidate_menus()
    invalidate_content()


@receiver(post_delete, sender=Page)
def _page_deleted(sender, **kwargs):
    # Deleting a live page unpublishes it without the page_unpublished signal.
    invalidate_content()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _restriction_changed(sender, **kwargs):
    # The menus list only public pages: a page made private leaves them at once.
    invalidate_menus()
    invalidate_content()


@receiver(post_save, sender=NavigationSettings)
@receiver(post_save, sender=ContactSettings)
def _chrome_changed(sender, created=False, **kwargs):
    # for_site() creates an empty row on first use: that changes no menu.
    if not created:
        invalidate_menus()


@receiver(post_save, sender=Theme)
@receiver(post_save, sender=Audience)
@receiver(post_save, sender=TerritoryType)
@receiver(post_delete, sender=Theme)
@receiver(post_delete, sender=Audience)
@receiver(post_delete, sender=TerritoryType)
def _term_changed(sender, **kwargs):
    invalidate_term_labels()
    invalidate_content()
