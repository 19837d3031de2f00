"""An organisation's description as its editor could have written it.

Descriptions written in the admin come from Wagtail's rich-text editor, which can only
produce the field's features (bold, italic, link, lists). HTML from anywhere else (an
imported spreadsheet) goes through Wagtail's own whitelist for the same features first:
other elements and attributes are dropped, their text kept, and unsafe link schemes
(`javascript:`…) removed, so a `<meta http-equiv="refresh">` or a script never reaches a
public page or the admin's revision views.

`holds_foreign_markup` tells a description the editor could not have written (network's
migration 0008 cleans those that imports stored before this).
"""

from functools import cache

from bs4 import BeautifulSoup
from bs4.element import PreformattedString
from wagtail.admin.rich_text.converters.editor_html import (
    DbWhitelister,
    EditorHTMLConverter,
    WhitelistRule,
)
from wagtail.whitelist import attribute_rule, check_url

from .models import Organisation

# Besides the whitelist's elements, the editor's own output holds block keys and internal
# links in the database format (<a linktype="page" id="…">).
BLOCK_KEY = "data-block-key"
EDITOR_ATTRIBUTES = {"a": {"href", "linktype", "id"}}
# wagtail-localize keeps a rich text as a template: its markup with one placeholder per
# translatable string (<text position="0"></text>).
PLACEHOLDER = "text"
# Elements whose text is dropped with them (html.parser reads their content as raw text).
CODE = {"script", "style"}


class _DescriptionWhitelister(DbWhitelister):
    """Wagtail's whitelist, which keeps the text of the elements it drops, except for
    scripts and style sheets: their text is code, not prose."""

    def clean_tag_node(self, doc, tag):
        if tag.name in CODE:
            tag.decompose()
        else:
            super().clean_tag_node(doc, tag)


@cache
def _converter():
    features = Organisation._meta.get_field("description").features
    return EditorHTMLConverter(features=features)


@cache
def _whitelist(template):
    rules = list(_converter().converter_rules)
    if template:
        rules.append(WhitelistRule(PLACEHOLDER, attribute_rule({"position": True})))
    return _DescriptionWhitelister(rules)


def sanitise_description(html, template=False):
    """`html` reduced to what the description's features allow; `template`: a
    wagtail-localize template, whose string placeholders are kept."""
    return _whitelist(template).clean(html)


def holds_foreign_markup(html, template=False):
    """Whether `html` holds an element, attribute, link or comment the editor cannot
    write."""
    # Draftail never writes a div (the whitelist turns one into a paragraph).
    elements = set(_whitelist(template).element_rules) - {"[document]", "div"}
    document = BeautifulSoup(html, "html.parser")
    if any(isinstance(node, PreformattedString) for node in document.descendants):
        return True  # a comment, doctype, CDATA or processing instruction
    for tag in document.find_all(True):
        allowed = EDITOR_ATTRIBUTES.get(tag.name, set()) | {BLOCK_KEY}
        if template and tag.name == PLACEHOLDER:
            allowed = {"position"}
        if tag.name not in elements or set(tag.attrs) - allowed:
            return True
        if tag.has_attr("href") and check_url(tag["href"]) is None:  # javascript:…
            return True
    return False
