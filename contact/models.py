from datetime import timedelta

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NAME_MAX = 120
ORGANISATION_MAX = 200
MESSAGE_MAX = 5000

# A name or an organisation is one line: a line break would also break the email's
# subject, which carries the name (mail headers refuse them).
single_line = RegexValidator(
    r"[\r\n]",
    inverse_match=True,
    message=_("Please write this on a single line."),
    code="line_break",
)


class ContactRequestQuerySet(models.QuerySet):
    def past_retention(self, now=None):
        """Requests older than CONTACT_RETENTION_DAYS: their personal data must go."""
        now = now or timezone.now()
        return self.filter(created_at__lt=now - timedelta(days=settings.CONTACT_RETENTION_DAYS))


class ContactRequest(models.Model):
    """A request sent from an organisation's page: emailed to it and kept for Avise."""

    organisation = models.ForeignKey(
        "network.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        related_name="contact_requests",
        verbose_name=_("organisation"),
    )
    organisation_name = models.CharField(_("organisation contacted"), max_length=255)
    recipient_email = models.EmailField(_("sent to"))
    name = models.CharField(_("name"), max_length=NAME_MAX, validators=[single_line])
    email = models.EmailField(_("email"))
    requester_organisation = models.CharField(
        _("organisation or local authority"),
        max_length=ORGANISATION_MAX,
        blank=True,
        validators=[single_line],
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX)
    language = models.CharField(_("language"), max_length=8)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)
    # Set when the email to the organisation could not be sent: Avise forwards it.
    email_failed = models.BooleanField(_("email failed"), default=False)

    objects = ContactRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact request")
        verbose_name_plural = _("contact requests")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} → {self.organisation_name}"
