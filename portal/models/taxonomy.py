"""The controlled vocabulary shared by content and the directory.

Themes, audiences and territory types are translatable snippets. Pages and organisations
link to them with many-to-many fields, which wagtail-localize copies as they are to a
translation (it does not translate many-to-many links, see portal/localize_gaps.py): a
page therefore may point to the French or the English instance of a term. Everything that
filters or displays terms goes through `slug` (shared by both instances) and
`translation_key`, never through the primary key, so both cases behave the same.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Term(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Used in filter URLs; the same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Theme(Term):
    """A "filière" or a need a territory works on: ageing well, mobility, housing…"""

    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])

    panels = Term.panels + [FieldPanel("description")]
    translatable_fields = Term.translatable_fields + [TranslatableField("description")]

    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Audience(Term):
    """Who a resource is written for: elected officials, officers, project leaders…"""

    class Meta(Term.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class TerritoryType(Term):
    """Rural, urban, peri-urban, mountain, coastal, overseas…"""

    class Meta(Term.Meta):
        verbose_name = _("territory type")
        verbose_name_plural = _("territory types")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
