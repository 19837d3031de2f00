from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from portal.blocks import add_heading_ids

register = template.Library()


@register.filter
def with_heading_ids(rendered_html):
    """{{ value|richtext|with_heading_ids }}: anchors for the table of contents."""
    # Only ids made of slug characters are added, so safe input stays safe.
    return mark_safe(add_heading_ids(str(conditional_escape(rendered_html))))
