"""Changes that make cached pages stale."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from . import page_cache

# Apps whose data appears on public pages, also outside Wagtail's publishing flow: the
# directory, site settings and taxonomy, the gazetteer, redirects,
# sites, locales, view restrictions, images and documents.
APPS_SHOWN_ON_PAGES = {
    "portal",
    "network",
    "territories",
    "resources",
    "casestudies",
    "wagtailcore",
    "wagtailredirects",
    "wagtailimages",
    "wagtaildocs",
}
# Models of those apps written at every edit or render without changing what the public
# sees (revisions and logs of drafts, workflow bookkeeping, image renditions).
IGNORED_MODELS = {
    "revision",
    "pagelogentry",
    "modellogentry",
    "workflowstate",
    "taskstate",
    "pagesubscription",
    "comment",
    "commentreply",
    "referenceindex",
    "uploadedfile",
    "rendition",
    "uploadedimage",
    "uploadeddocument",
}


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(published)
@receiver(unpublished)
def _content_published(sender, **kwargs):
    page_cache.invalidate()


@receiver(post_save)
@receiver(post_delete)
def _data_changed(sender, instance, created=False, **kwargs):
    meta = sender._meta
    if meta.app_label not in APPS_SHOWN_ON_PAGES or meta.model_name in IGNORED_MODELS:
        return
    if created and isinstance(instance, BaseSiteSetting):
        return  # for_site() makes an empty row on first use: nothing visible changed
    page_cache.invalidate()
