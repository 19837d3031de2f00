from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationMembership(models.Model):
    """A network member's account and an organisation it may edit (both language versions).

    Anyone who may open the directory in the admin without the
    `network.manage_all_organisations` permission sees and edits only the organisations
    linked to their account here (network/organisation_access.py).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="organisation_memberships",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )

    class Meta:
        verbose_name = _("organisation membership")
        verbose_name_plural = _("organisation memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="unique_membership")
        ]
        permissions = [
            ("manage_all_organisations", _("Can see and edit every organisation")),
            ("edit_own_organisations", _("Can edit the organisations linked to the account")),
        ]

    def __str__(self):
        return f"{self.user} → {self.organisation}"
