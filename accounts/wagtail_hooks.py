from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

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
