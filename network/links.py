"""Where a reader opens the directory, one of its entries or a place, in their language.

For the apps above the directory (search results and suggestions): /fr/annuaire/<slug>/,
/en/directory/?q=Paris+(75)&commune=75056. None when the language has no live directory.
"""

from django.utils.http import urlencode

from portal.content_cache import cached

from .directory import commune_label
from .models import DirectoryPage


def directory_url(language):
    """The live directory page's URL in `language` (relative with one site), or None.

    Cached until a page is published, unpublished, moved or deleted."""

    def find():
        page = DirectoryPage.objects.live().filter(locale__language_code=language).first()
        return page.get_url() if page else None

    return cached(f"network:directory-url:{language}", find)


def entry_url(slug, language):
    """The public page of the organisation `slug` (the same slug in every language)."""
    base = directory_url(language)
    if base is None:
        return None
    return base + DirectoryPage.get_resolver().reverse("organisation", slug=slug)


def place_url(commune, language):
    """The directory's results for `commune`, its label in the text box as if chosen."""
    base = directory_url(language)
    if base is None:
        return None
    return f"{base}?{urlencode({'q': commune_label(commune), 'commune': commune.insee})}"
