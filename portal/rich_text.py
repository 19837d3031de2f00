"""The admin's rich-text editor: Draftail, which refuses what is not a Draftail document.

Draftail posts its content as JSON (a "contentstate"), which Wagtail's widget converts to
HTML as it reads the form: a post of anything else (a script's, a broken client's) raised
there, a server error. WAGTAILADMIN_RICH_TEXT_EDITORS makes this widget the default, for
every RichTextField and RichTextBlock.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.rich_text import DraftailRichTextArea


class UnreadableText(str):
    """What the widget read instead of a Draftail document. Forms clean rich text with a
    CharField, which calls str() on the value: that raises the error, so the form shows it
    beside the field and nothing is saved."""

    def __str__(self):
        raise ValidationError(
            _("This text could not be read: it was not sent by the editor. Type it again."),
            code="invalid",
        )


class RichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError):
            # Not JSON (json.loads' ValueError), or JSON of another shape.
            return UnreadableText("unreadable")

    def format_value(self, value):
        # The form shown again after the error opens an empty editor.
        return super().format_value(None if isinstance(value, UnreadableText) else value)
