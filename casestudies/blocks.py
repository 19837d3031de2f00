"""Blocks only case studies use; the shared ones are in portal/blocks.py."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class TimelineEventBlock(blocks.StructBlock):
    date_label = blocks.CharBlock(
        label=_("when"),
        max_length=40,
        help_text=_("A year or a period as readers should see it, e.g. “2021” or “Spring 2022”."),
    )
    event = blocks.TextBlock(label=_("what happened"))

    class Meta:
        icon = "date"
        label = _("Timeline event")
