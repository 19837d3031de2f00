"""Keep the spelling vocabulary in step with what is published.

The full-text index and the facet rows follow publishing through Wagtail's own index
signals (search/backends); the vocabulary is a cache of titles and summaries.
"""

from django.conf import settings
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .suggestions import invalidate_vocabulary


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    invalidate_vocabulary([code for code, _name in settings.LANGUAGES])
