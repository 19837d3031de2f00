"""Document uploads: the extension and size are checked by Wagtail (WAGTAILDOCS_EXTENSIONS,
WAGTAILDOCS_MAX_UPLOAD_SIZE); this form also refuses a file whose content is markup a
browser could run (HTML, SVG, XML with scripts) whatever its name says, e.g. "notes.txt"
holding an HTML page. Images are checked by Wagtail alone: extension and actual format,
file size, pixel count (WAGTAILIMAGES_MAX_IMAGE_PIXELS, which refuses decompression bombs).
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# Markers browsers use to decide that a file is a document they can run.
ACTIVE_MARKUP = re.compile(
    rb"<\s*(!doctype\s+html|html|head|body|script|svg|iframe|object|embed|\?xml)\b",
    re.IGNORECASE,
)
SNIFFED_BYTES = 1024


def looks_like_active_markup(uploaded_file):
    position = uploaded_file.tell()
    uploaded_file.seek(0)
    start = uploaded_file.read(SNIFFED_BYTES)
    uploaded_file.seek(position)
    return bool(ACTIVE_MARKUP.search(start.lstrip(b"\xef\xbb\xbf \t\r\n")))


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
