"""Keep the directory's cached filter choices in step with the vocabularies."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal.models import Theme
from portal.taxonomy import CACHE_KEY

from .forms import invalidate_term_choices
from .models import Network, Service


@receiver(post_save, sender=Service)
@receiver(post_save, sender=Network)
@receiver(post_save, sender=Theme)
@receiver(post_delete, sender=Service)
@receiver(post_delete, sender=Network)
@receiver(post_delete, sender=Theme)
def _term_changed(sender, **kwargs):
    invalidate_term_choices(sender)
    # Labels of services and networks use portal.taxonomy's cache too.
    cache.delete(CACHE_KEY.format(model=sender._meta.label_lower))
