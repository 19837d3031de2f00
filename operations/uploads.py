"""Upload checks beyond Wagtail's own.

Documents: the extension and size are checked by Wagtail (WAGTAILDOCS_EXTENSIONS,
WAGTAILDOCS_MAX_UPLOAD_SIZE); this form also refuses a file that holds markup a browser
could run (HTML, SVG, XML with scripts) whatever its name says, e.g. "notes.txt" holding
an HTML page. The whole file is scanned (it is at most the upload limit), case-insensitively,
as UTF-8 (or any ASCII-compatible encoding) and as UTF-16 in both byte orders.

Images: Wagtail checks the extension and actual format, the file size and the pixel count
(WAGTAILIMAGES_MAX_IMAGE_PIXELS, which refuses decompression bombs); it counts the frames
of an animation only with Wand, so this form counts them with Pillow (`n_frames`): an
animated GIF, PNG or WebP is width × height × frames pixels to decode.
"""

import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

# Start tags browsers use to decide that a file is a document they can run. A tag name
# follows "<" at once and ends at whitespace, "/" or ">" (an HTML parser reads "< script"
# as text); requiring the end keeps random bytes in a compressed PDF from matching.
ACTIVE_TAGS = ("!doctype html", "html", "head", "body", "script", "svg", "iframe", "object")
ACTIVE_TAGS += ("embed", "?xml")
WHITESPACE = "\t\n\f\r "


def _markup_pattern(encoding):
    def literal(text):
        return re.escape(text.encode(encoding))

    def one_of(characters):
        return b"(?:" + b"|".join(literal(c) for c in characters) + b")"

    space = one_of(WHITESPACE) + b"+"
    names = b"|".join(space.join(literal(word) for word in tag.split()) for tag in ACTIVE_TAGS)
    return re.compile(literal("<") + b"(?:" + names + b")" + one_of(WHITESPACE + "/>"), re.I)


ACTIVE_MARKUP = [_markup_pattern(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]


def looks_like_active_markup(uploaded_file):
    """Whether the file holds an active start tag anywhere, in UTF-8 or UTF-16."""
    position = uploaded_file.tell()
    uploaded_file.seek(0)
    # Wagtail refuses larger files; a file's size is not trusted to bound the read.
    content = uploaded_file.read(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1)
    uploaded_file.seek(position)
    return any(pattern.search(content) for pattern in ACTIVE_MARKUP)


class SafeDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data and looks_like_active_markup(uploaded):
            raise forms.ValidationError(
                _(
                    "This file contains web page markup (HTML or SVG) and cannot be published "
                    "as a document. Upload a PDF or an office document instead."
                ),
                code="active_markup",
            )
        return uploaded


def pixels_to_decode(uploaded_file):
    """Width × height × frames of the image (Pillow reads the frames' headers only)."""
    position = uploaded_file.tell()
    uploaded_file.seek(0)
    try:
        with PillowImage.open(uploaded_file) as image:
            return image.width * image.height * getattr(image, "n_frames", 1)
    finally:
        uploaded_file.seek(position)


class SafeImageForm(BaseImageForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
        if uploaded and "file" in self.changed_data and limit:
            pixels = pixels_to_decode(uploaded)
            if pixels > limit:
                # Wagtail's own message for a single frame over the limit.
                message = self.fields["file"].error_messages["file_too_many_pixels"]
                raise forms.ValidationError(
                    message % {"num_pixels": pixels, "max_pixels_count": limit},
                    code="file_too_many_pixels",
                )
        return uploaded
