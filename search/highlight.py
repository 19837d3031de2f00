"""Mark the query's words in a summary, matching them the way the index does.

"coopératives" is marked for the query "cooperer" because both analyse to "cooper".
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import text

TOKEN = re.compile(r"(\w+)", re.UNICODE)


def highlight(summary, query, language):
    """`summary` escaped, with each word that matches a query word inside <mark>."""
    wanted = set(text.analyse(query, language))
    if not summary:
        return ""
    if not wanted:
        return escape(summary)
    parts = []
    for index, part in enumerate(TOKEN.split(summary)):
        if (
            index % 2
            and text.analyse(part, language)
            and (text.analyse(part, language)[0] in wanted)
        ):
            parts.append(f"<mark>{escape(part)}</mark>")
        else:
            parts.append(escape(part))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above
