from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from network.organisation_access import is_outside_member

from . import two_factor


@hooks.register("register_admin_urls")
def two_factor_urls():
    return two_factor.urlpatterns


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-factor authentication"),
        "help_text": _("Ask for a code from an authenticator app after your password."),
    }


@hooks.register("construct_page_chooser_queryset")
def published_pages_only_for_network_members(pages, request):
    """Network members may link pages in their entry's description: the chooser shows them
    what any reader sees, never a draft's or a private page's title."""
    if is_outside_member(request.user):
        return pages.live().public()
    return pages
