"""Optional two-factor authentication (TOTP) for admin accounts, on django-otp.

An editor turns it on from their account menu: the page shows a QR code and the key for
an authenticator app, and the first code typed confirms the device. From then on, after
the password, every admin request asks for a code once per session
(AdminTwoFactorMiddleware). django-otp's TOTP devices throttle wrong codes themselves.
"""

from base64 import b32encode

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = self.cleaned_data["token"].strip().replace(" ", "")
        if self.device is None or not self.device.verify_token(token):
            raise forms.ValidationError(_("This code is not valid. Try the current one."))
        return token


def _confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def _safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters("token")
@require_http_methods(["GET", "POST"])
def verify(request):
    """Second step of the login, for accounts with a device."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    device = _confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(_safe_next(request))
    form = TokenForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(_safe_next(request))
    return render(
        request, "accounts/two_factor_verify.html", {"form": form, "next": _safe_next(request)}
    )


def _qr_code_svg(device):
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    # Generated here from our own data: the key and the account name, nothing typed.
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308


@never_cache
@sensitive_post_parameters("token")
@require_http_methods(["GET", "POST"])
def setup(request):
    """Turn two-factor authentication on (or show that it is on, and offer to turn it off)."""
    user = request.user
    if user_has_device(user, confirmed=True):
        return render(request, "accounts/two_factor_status.html", {})
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": "authenticator"}
    )
    form = TokenForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, _("Two-factor authentication is on for your account."))
        return redirect("accounts_two_factor")
    return render(
        request,
        "accounts/two_factor_setup.html",
        {"form": form, "qr_code": _qr_code_svg(device), "key": b32encode(device.bin_key).decode()},
    )


@never_cache
@sensitive_post_parameters("token")
@require_http_methods(["POST"])
def disable(request):
    """Turning it off needs a current code, so a borrowed session cannot do it."""
    device = _confirmed_device(request.user)
    form = TokenForm(device, request.POST)
    if form.is_valid():
        TOTPDevice.objects.filter(user=request.user).delete()
        messages.success(request, _("Two-factor authentication is off for your account."))
    else:
        messages.error(request, _("This code is not valid: two-factor authentication stays on."))
    return redirect("accounts_two_factor")


urlpatterns = [
    path("two-factor/", setup, name="accounts_two_factor"),
    path("two-factor/verify/", verify, name="accounts_two_factor_verify"),
    path("two-factor/disable/", disable, name="accounts_two_factor_disable"),
]
