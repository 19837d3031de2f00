"""What a support structure offers: a small controlled vocabulary, like the themes."""

from django.utils.translation import gettext_lazy as _

from portal.models.taxonomy import Term


class Service(Term):
    """Diagnosis of needs, feasibility study, incubation, training, funding advice…"""

    class Meta(Term.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
