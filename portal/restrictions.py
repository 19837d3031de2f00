"""A page's view restriction applies to all its translations.

Wagtail keeps a restriction per page, and wagtail-localize copies it to a translation only
when the translation is created or synchronised: making the French page private left its
English translation public. Whenever a restriction is saved, its groups change, or it is
deleted, the same restriction is written on every translation of its page (the other
locales' pages and aliases that share its translation_key), whichever language it was set
in. The receivers are connected when portal/apps.py imports this module;
portal/migrations/0002 mirrored the restrictions made before.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction

# Set while mirroring: the restrictions written on the translations send the same
# signals, and must not be mirrored back.
_mirroring = ContextVar("mirroring_view_restrictions", default=False)


@contextmanager
def _writing_mirrors():
    token = _mirroring.set(True)
    try:
        yield
    finally:
        _mirroring.reset(token)


def _translations(page_id):
    page = Page.objects.only("translation_key").get(pk=page_id)
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page_id)


def mirror_restriction(restriction, groups=False):
    """Give every translation of the restriction's page the same type and password (and,
    when `groups`, the same groups)."""
    if _mirroring.get():
        return
    with _writing_mirrors():
        for translation in _translations(restriction.page_id):
            mirrored = translation.view_restrictions.order_by("pk").first()
            if mirrored is None:
                mirrored = PageViewRestriction(page=translation)
                groups = True  # a new copy starts with the source's groups
            if (mirrored.restriction_type, mirrored.password) != (
                restriction.restriction_type,
                restriction.password,
            ):
                mirrored.restriction_type = restriction.restriction_type
                mirrored.password = restriction.password
                mirrored.save()
            if groups:
                mirrored.groups.set(restriction.groups.all())


def remove_mirrors(restriction):
    """Make the translations public again once the restriction is deleted."""
    if _mirroring.get():
        return
    with _writing_mirrors():
        translations = _translations(restriction.page_id)
        for mirrored in PageViewRestriction.objects.filter(page__in=translations):
            mirrored.delete()


def deleted_on_its_own(origin):
    """Whether a restriction's deletion was asked for, not a page's deletion cascading to
    it: deleting one translation must leave the others private."""
    if isinstance(origin, QuerySet):
        return origin.model is PageViewRestriction
    return isinstance(origin, PageViewRestriction)


@receiver(post_save, sender=PageViewRestriction)
def _restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:  # loaddata writes every page's own rows
        mirror_restriction(instance)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def _restriction_groups_changed(sender, instance, action, reverse, **kwargs):
    # The admin's form saves the groups after the restriction (post_save saw the old ones).
    if not reverse and action in ("post_add", "post_remove", "post_clear"):
        mirror_restriction(instance, groups=True)


@receiver(post_delete, sender=PageViewRestriction)
def _restriction_deleted(sender, instance, origin=None, **kwargs):
    if deleted_on_its_own(origin):
        remove_mirrors(instance)
