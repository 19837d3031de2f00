from django import template
from django.utils.translation import get_language

from search.highlight import highlight

register = template.Library()


@register.simple_tag
def highlighted(summary, query, length=300):
    """The summary, cut to `length` characters, with the query's words marked."""
    summary = summary or ""
    if len(summary) > length:
        summary = summary[:length].rsplit(" ", 1)[0] + "…"
    return highlight(summary, query, (get_language() or "fr").split("-")[0])


@register.simple_tag
def facet_toggle_url(querystring_params, facet, value):
    """The query string with `value` of `facet` added or removed, back on page 1."""
    params = querystring_params.copy()
    values = params.getlist(facet)
    if value in values:
        values.remove(value)
    else:
        values.append(value)
    params.setlist(facet, values)
    params.pop("page", None)
    return "?" + params.urlencode()
