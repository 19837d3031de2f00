"""Blocks only resources use; the shared ones are in portal/blocks.py."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class KeyFindingBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("finding"), max_length=200)
    text = blocks.TextBlock(
        label=_("explanation"),
        required=False,
        help_text=_("One or two sentences; state only what the study itself says."),
    )

    class Meta:
        icon = "pick"
        label = _("Key finding")
        template = "resources/blocks/key_finding.html"


class ShortTextBlock(blocks.TextBlock):
    """One item of a plain list: a pitfall, a strength, a limit."""

    class Meta:
        icon = "minus"
        label = _("Item")
        template = "resources/blocks/short_text.html"
