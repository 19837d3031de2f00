"""StreamField blocks shared by every page type.

App-specific blocks live in each app's blocks.py. Each block has an icon, a group and a
description so editors find it in the block menu.
"""

import html
import re

from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

TEXT = _("Text")
MEDIA = _("Media")
STRUCTURE = _("Structure")

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section title; every heading feeds the page's table of contents."""

    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        group = TEXT
        label = _("Heading")
        description = _("A section title, listed in the table of contents.")
        template = "components/blocks/heading.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = slugify(value["text"])
        return context


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("info", _("Good to know")), ("tip", _("Tip")), ("warning", _("Watch out"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        group = TEXT
        label = _("Callout")
        description = _("A highlighted box: a tip, a point of attention.")
        template = "components/blocks/callout.html"


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("figure"), max_length=30, help_text=_("e.g. 299 or 47 %"))
    label = blocks.CharBlock(label=_("what it counts"), max_length=160)


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("figures"), min_num=1, max_num=6)
    source = blocks.CharBlock(label=_("source"), required=False, max_length=200)

    class Meta:
        icon = "pick"
        group = TEXT
        label = _("Key figures")
        description = _("Up to six figures shown side by side, with their source.")
        template = "components/blocks/key_figures.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    author = blocks.CharBlock(label=_("author"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("role"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        group = TEXT
        label = _("Quote")
        template = "components/blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe the image for readers who cannot see it; leave empty if it is decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        group = MEDIA
        label = _("Image")
        template = "components/blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's own title."),
    )

    class Meta:
        icon = "doc-full"
        group = MEDIA
        label = _("Document download")
        description = _("A download link that shows the file's format and size.")
        template = "components/blocks/document.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.RichTextBlock(
        label=_("text"), required=False, features=["bold", "italic", "link", "ul"]
    )


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    style = blocks.ChoiceBlock(
        label=_("style"),
        choices=[("steps", _("Numbered steps")), ("checklist", _("Checklist"))],
        default="steps",
    )
    steps = blocks.ListBlock(StepBlock(), label=_("items"), min_num=1)

    class Meta:
        icon = "list-ol"
        group = STRUCTURE
        label = _("Steps or checklist")
        template = "components/blocks/steps.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("answer"), features=["bold", "italic", "link", "ul"])


class QuestionsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    questions = blocks.ListBlock(QuestionBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "help"
        group = STRUCTURE
        label = _("Questions and answers")
        description = _("Questions that open on click, readable without JavaScript.")
        template = "components/blocks/questions.html"


class RelatedCardsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    pages = blocks.ListBlock(blocks.PageChooserBlock(), label=_("pages"), min_num=1, max_num=6)

    class Meta:
        icon = "list-ul"
        group = STRUCTURE
        label = _("Related content cards")
        template = "components/blocks/related_cards.html"

    def get_context(self, value, parent_context=None):
        """The chosen pages that are live, as their own type, in the editor's order:
        one query per page type instead of one per card."""
        context = super().get_context(value, parent_context)
        ids = [page.pk for page in value["pages"] if page]
        pages = Page.objects.live().public().filter(pk__in=ids).specific()
        by_id = {page.pk: page for page in pages}
        context["cards"] = [by_id[pk] for pk in ids if pk in by_id]
        return context


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from the host until the reader asks for it."""

    url = blocks.URLBlock(
        label=_("video address"),
        help_text=_(
            "A YouTube or Vimeo address. Nothing is loaded from the video site "
            "until the reader clicks the link."
        ),
    )
    title = blocks.CharBlock(label=_("title"), max_length=200)
    transcript = blocks.RichTextBlock(label=_("transcript"), required=False)

    class Meta:
        icon = "media"
        group = MEDIA
        label = _("Video")
        template = "components/blocks/video.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        group=TEXT,
        template="components/blocks/paragraph.html",
    )
    callout = CalloutBlock()
    key_figures = KeyFiguresBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    document = DocumentBlock()
    video = VideoBlock()
    steps = StepsBlock()
    questions = QuestionsBlock()
    related = RelatedCardsBlock()


# An h2 or h3 inside rich text, with its attributes and its inner HTML.
RICH_TEXT_HEADING = re.compile(r"<(h[23])\b([^>]*)>(.*?)</\1>", re.IGNORECASE | re.DOTALL)


def _heading_text(inner_html):
    return html.unescape(strip_tags(inner_html)).strip()


def rich_text_headings(source):
    """The (level, text) of the h2 and h3 headings in a rich text's HTML."""
    return [
        (level.lower(), text)
        for level, _attrs, inner in RICH_TEXT_HEADING.findall(source)
        if (text := _heading_text(inner))
    ]


def add_heading_ids(rendered_html):
    """Give every h2 and h3 of rendered rich text the anchor the table of contents uses."""

    def with_id(match):
        level, attrs, inner = match.groups()
        anchor = slugify(_heading_text(inner))
        if not anchor or re.search(r"\bid\s*=", attrs):
            return match.group(0)
        return f'<{level}{attrs} id="{anchor}">{inner}</{level}>'

    return RICH_TEXT_HEADING.sub(with_id, rendered_html)


def table_of_contents(body):
    """The (anchor, text, level) of every heading, in order: heading blocks and the h2/h3
    written inside paragraphs (which `add_heading_ids` gives the same anchors)."""
    entries = []
    for block in body:
        if block.block_type == "heading":
            text = block.value["text"]
            entries.append((slugify(text), text, block.value["level"]))
        elif block.block_type == "paragraph":
            for level, text in rich_text_headings(block.value.source):
                entries.append((slugify(text), text, level))
    return entries
