"""Sub-URLs of routable pages, spelled in each language.

A route is declared once with a translatable path,
`@path(pgettext_lazy("URL", "compare/"), name="compare")`: Django translates URL patterns
lazily, so the route answers `…/comparer/` under /fr/ and `…/compare/` under /en/, and
`reverse_subpage("compare")` (or `{% routablepageurl page "compare" %}`) spells it in the
active language. After it in the class,
`compare_elsewhere = redirect_other_spellings(pgettext_lazy("URL", "compare/"), "compare")`
answers the other languages' spellings with a permanent redirect to the active
language's (a link copied from the other language, a URL edited by hand).
"""

import re

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils import translation
from django.utils.functional import lazy
from wagtail.contrib.routable_page.models import re_path


def redirect_other_spellings(route, name):
    """A routable page's view for `route` as spelled in any language, redirecting (301)
    to the route called `name` in the active language. Declared after that route, which
    comes first and so answers its own language's spelling."""

    def every_spelling():
        spellings = set()
        for code, _label in settings.LANGUAGES:
            with translation.override(code):
                spellings.add(re.escape(str(route)))
        return rf"^(?:{'|'.join(sorted(spellings))})$"

    @re_path(lazy(every_spelling, str)(), name=f"{name}_other_spellings")
    def redirect(page, request):
        url = page.get_url(request) + page.reverse_subpage(name)
        if query := request.META.get("QUERY_STRING"):
            url += f"?{query}"
        return HttpResponsePermanentRedirect(url)

    return redirect
