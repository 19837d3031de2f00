"""An organisation's description as its editor could have written it.

Descriptions written in the admin come from Wagtail's rich-text editor, which can only
produce the field's features (bold, italic, link, lists). HTML from anywhere else (an
imported spreadsheet) goes through Wagtail's own whitelist for the same features first:
other elements and attributes are dropped, their text kept, and unsafe link schemes
(`javascript:`…) removed, so a `<meta http-equiv="refresh">` or a script never reaches a
public page or the admin's revision views.
"""

from functools import cache

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from .models import Organisation


@cache
def _whitelist():
    features = Organisation._meta.get_field("description").features
    return EditorHTMLConverter(features=features)


def sanitise_description(html):
    return _whitelist().to_database_format(html)
