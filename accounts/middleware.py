from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import unquote
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django_otp import user_has_device
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.account import get_password_reset_form
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail_localize.models import TranslationSource

from network.organisation_access import is_outside_member
from operations import rate_limit
from operations.client_ip import client_ip

# Admin views an account with a device may open before typing its code.
ALLOWED_BEFORE_CODE = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "accounts_two_factor_verify",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}

# The admin views an outside network member may open (NetworkMemberScopeMiddleware): their
# organisations (each URL checked by network/organisation_access.py), the choosers and
# uploads its form uses, and their own account. Anything else in the admin is refused.
MEMBER_NAMESPACES = {
    "wagtailsnippets_network_organisation",
    "commune_chooser",
    "wagtailimages",
    "wagtailimages_chooser",
    "wagtailembeds",
    "wagtailadmin_editing_sessions",
}
MEMBER_VIEW_NAMES = {
    "wagtailadmin_home",
    "wagtailadmin_account",
    "wagtailadmin_logout",
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_dismissibles",
    "accounts_two_factor",
    "accounts_two_factor_verify",
    "accounts_two_factor_disable",
    # Links in the description's rich text.
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_anchor_link",
}


def member_may_open(match):
    if match is None:
        return False
    return match.view_name in MEMBER_VIEW_NAMES or match.namespace in MEMBER_NAMESPACES


def in_admin(request):
    """Whether the request is for the Wagtail admin, wherever config/urls.py mounts it."""
    return request.path.startswith(reverse("wagtailadmin_home"))


class AdminTwoFactorMiddleware(MiddlewareMixin):
    """After the password, an admin account with a TOTP device must type a code.

    Runs after django_otp's OTPMiddleware, which tells whether this session is verified.
    Public pages are not concerned: only the admin needs a second factor.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        if self._needs_code(request):
            verify_url = reverse("accounts_two_factor_verify")
            return redirect(f"{verify_url}?{urlencode({'next': request.get_full_path()})}")
        return None

    def _needs_code(self, request):
        if not in_admin(request) or request.resolver_match.view_name in ALLOWED_BEFORE_CODE:
            return False
        user = request.user
        return (
            user.is_authenticated
            and not user.is_verified()
            and user_has_device(user, confirmed=True)
        )


class NetworkMemberScopeMiddleware(MiddlewareMixin):
    """Outside network members reach only the admin views their organisation needs.

    Deny by default: an admin URL not allowed below (a Wagtail report, the page tree, the
    translation tools, an admin added by a future app...) is refused to them like any
    admin area without permission, so it cannot show them another organisation's entry or
    history. Staff roles are not concerned (network/organisation_access.py).
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if not in_admin(request) or member_may_open(match):
            return None
        if is_outside_member(request.user):
            return permission_denied(request)
        return None


class PasswordResetRateLimitMiddleware(MiddlewareMixin):
    """The admin's password-reset form sends at most so many emails per client and per address.

    Over the limit, the form is shown again with a message (429) and nothing is sent, so the
    form cannot be used to flood a mailbox or our mail server. The view is Wagtail's; the
    check runs just before it.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match.view_name != "wagtailadmin_password_reset":
            return None
        if password_reset_allowed(request):
            return None
        form = get_password_reset_form()(request.POST)
        form.add_error(
            None,
            _(
                "Too many password reset requests were made from your connection or for "
                "this address. Please try again in an hour."
            ),
        )
        return TemplateResponse(
            request, "wagtailadmin/account/password_reset/form.html", {"form": form}, status=429
        )


def password_reset_allowed(request):
    window = settings.PASSWORD_RESET_RATE_WINDOW_SECONDS
    email = request.POST.get("email", "").strip()[:254]
    # Both counters move on every attempt, so neither can be reset by varying the other.
    per_client = rate_limit.allow(
        "password-reset-client",
        client_ip(request),
        settings.PASSWORD_RESET_RATE_LIMIT_PER_CLIENT,
        window,
    )
    per_email = rate_limit.allow(
        "password-reset-email", email, settings.PASSWORD_RESET_RATE_LIMIT_PER_EMAIL, window
    )
    return per_client and per_email


class TranslationGuardMiddleware(MiddlewareMixin):
    """wagtail-localize checks only `submit_translation`; two of its views need more.

    - "Update translations" with "publish" ticked publishes pages or organisations without
      moderation: it needs the publish permission on the source, as publishing the
      source itself would (translators translate, moderators publish).
    - Submitting a snippet for translation creates its translation, live if the source is:
      it needs the change permission on that snippet (editors hold `submit_translation`
      for pages but may not change organisations).
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        name = request.resolver_match.view_name
        if name == "wagtail_localize:update_translations":
            allowed = self._may_update(request, view_kwargs)
        elif name == "wagtail_localize:submit_snippet_translation":
            allowed = self._may_submit_snippet(request, view_kwargs)
        else:
            return None
        return None if allowed else permission_denied(request)

    def _may_update(self, request, kwargs):
        if request.method != "POST" or not request.POST.get("publish_translations"):
            return True
        source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
        return source is None or may_publish(request.user, source.get_source_instance())

    def _may_submit_snippet(self, request, kwargs):
        try:
            model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
        except LookupError:
            return True  # the view answers 404
        instance = model._default_manager.filter(pk=unquote(kwargs["pk"])).first()
        if instance is None:
            return True
        policy = policy_registry.get_by_type(model)
        return policy.user_has_permission_for_instance(request.user, "change", instance)


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "publish", instance)
