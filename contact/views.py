"""The contact form of an organisation's page.

A request is stored (committed) before the reader is told it was sent, then emailed to
the organisation; a failed email is logged and marked on the stored request
(`email_failed`, a filter of the admin's listing) for Avise to forward. Refused requests
(spam trap filled, too long, a line break in a one-line field, over the per-address rate
limit) store nothing.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from network.models import Organisation
from operations import rate_limit
from operations.client_ip import client_ip

from .forms import ContactForm
from .models import ContactRequest

logger = logging.getLogger(__name__)


def _organisation(slug):
    organisation = Organisation.objects.listed().filter(slug=slug[:200]).first()
    if organisation is None or not organisation.email:
        raise Http404
    return organisation


def _send(contact):
    subject = _("Request from %(name)s via the Avise portal") % {"name": contact.name}
    body = _(
        "%(name)s (%(email)s, %(organisation)s) sent this request to %(recipient)s "
        "from the Avise portal:\n\n%(message)s\n\nReply to this email to answer them."
    ) % {
        "name": contact.name,
        "email": contact.email,
        "organisation": contact.requester_organisation or "-",
        "recipient": contact.organisation_name,
        "message": contact.message,
    }
    EmailMessage(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        [contact.recipient_email],
        reply_to=[contact.email],
    ).send()


@never_cache
@require_http_methods(["GET", "POST"])
def contact_organisation(request, slug):
    organisation = _organisation(slug)
    context = {
        "organisation": organisation,
        "retention_days": settings.CONTACT_RETENTION_DAYS,
    }
    if request.method == "GET":
        context["form"] = ContactForm()
        return render(request, "contact/contact_form.html", context)

    form = ContactForm(request.POST)
    context["form"] = form
    if not rate_limit.allow(
        "contact",
        client_ip(request),
        settings.CONTACT_RATE_LIMIT,
        settings.CONTACT_RATE_WINDOW_SECONDS,
    ):
        context["refusal"] = _(
            "Too many requests were sent from your connection. Please try again in an hour."
        )
        return render(request, "contact/contact_form.html", context, status=429)
    if form.is_spam():
        context["refusal"] = _("Your request could not be sent.")
        return render(request, "contact/contact_form.html", context, status=400)
    if not form.is_valid():
        return render(request, "contact/contact_form.html", context, status=400)

    with transaction.atomic():
        contact = ContactRequest.objects.create(
            organisation=organisation,
            organisation_name=organisation.name,
            recipient_email=organisation.email,
            language=get_language() or settings.LANGUAGE_CODE,
            **{
                name: form.cleaned_data[name]
                for name in ("name", "email", "requester_organisation", "message")
            },
        )
    try:
        _send(contact)
    except Exception:  # stored anyway: marked, so that Avise forwards it from the admin
        logger.exception("Contact request %s could not be emailed", contact.pk)
        ContactRequest.objects.filter(pk=contact.pk).update(email_failed=True)
    return redirect("contact_sent", slug=organisation.slug)


@require_http_methods(["GET"])
def contact_sent(request, slug):
    organisation = _organisation(slug)
    return render(
        request,
        "contact/contact_sent.html",
        {"organisation": organisation, "retention_days": settings.CONTACT_RETENTION_DAYS},
    )
