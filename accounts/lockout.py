"""Sign-in lockouts: django-axes counts failures in the database, with two limits.

- LOGIN_FAILURE_LIMIT failures for one username from one address lock that username out
  from that address (AXES_LOCKOUT_PARAMETERS): a reader who mistypes does not lock the
  account for its owner elsewhere.
- LOGIN_ADDRESS_FAILURE_LIMIT failures from one address, over all usernames, lock the
  address out (one password tried against many accounts). axes has a single limit for all
  its parameters, and one as low as the per-account limit would lock a whole office behind
  one address out after a few typos: this count is the handler's own, higher limit.

A successful sign-in clears the failures of its own username and address only (axes'
AXES_RESET_ON_SUCCESS), so someone holding one account cannot clear the address' count by
signing in to it. Lockouts end after LOGIN_LOCKOUT_MINUTES; an administrator lifts one
sooner with `manage.py axes_reset_username NAME` or `manage.py axes_reset_ip ADDRESS`.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render


class LoginAttemptsHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        failures = super().get_failures(request, credentials)
        if address_locked_out(request):
            # On axes' scale: its single limit then locks, whatever the username.
            return max(failures, get_failure_limit(request, credentials))
        return failures


def address_locked_out(request):
    recent = AccessAttempt.objects.filter(
        ip_address=request.axes_ip_address,
        attempt_time__gte=get_cool_off_threshold(request),
    )
    failures = recent.aggregate(total=Sum("failures_since_start"))["total"] or 0
    return failures >= settings.LOGIN_ADDRESS_FAILURE_LIMIT


def lockout_response(request, original_response=None, credentials=None):
    """What django-axes answers once a username and address, or an address, are locked out."""
    return render(
        request,
        "accounts/lockout.html",
        {
            "lockout_minutes": settings.LOGIN_LOCKOUT_MINUTES,
            "whole_address": address_locked_out(request),
        },
        status=429,
    )
