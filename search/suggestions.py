"""Never a dead end: spelling suggestions, closest themes, pages worth reading.

The vocabulary is the folded words of the titles and summaries of live pages in one
language, plus theme names: a few thousand words, cached and rebuilt after publishing.
"""

import difflib
import re
from collections import Counter

from django.core.cache import cache
from wagtail.models import Site, get_page_models

from portal.content_cache import cached
from portal.models import BasePage, HomePage, StandardPage, Theme
from portal.taxonomy import terms_in_language

from . import text
from .published import live_pages, not_expired

VOCABULARY_KEY = "search:vocabulary:{language}"
VOCABULARY_SECONDS = 60 * 60
MIN_WORD_LENGTH = 3
WRITTEN_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def invalidate_vocabulary(languages):
    cache.delete_many([VOCABULARY_KEY.format(language=language) for language in languages])


def vocabulary(locale):
    """{folded word: the word as written}, for titles, summaries and theme names."""
    key = VOCABULARY_KEY.format(language=locale.language_code)
    words = cache.get(key)
    if words is None:
        texts = list(not_expired(live_pages(locale)).values_list("title", flat=True))
        texts += list(_summaries(locale))
        texts += list(
            terms_in_language(Theme, locale.language_code).values_list("name", flat=True)
        )
        words = {}
        # Each distinct word folded once (at 50,000 pages, folding every occurrence took
        # seconds), the most frequent spelling first: "coopération" over "cooperation".
        frequency = Counter()
        for word, n in Counter(WRITTEN_WORD.findall("\n".join(texts))).items():
            frequency[word.lower()] += n
        for word, _n in frequency.most_common():
            folded = text.fold(word)
            if len(folded) >= MIN_WORD_LENGTH:
                words.setdefault(folded, word)
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def _summaries(locale):
    """Summaries of every page type that has one (BasePage's field, one table each)."""
    for model in get_page_models():
        if issubclass(model, BasePage) and not model._meta.abstract:
            rows = not_expired(model.objects.live().public().filter(locale=locale))
            rows = rows.exclude(summary="")
            yield from rows.values_list("summary", flat=True).iterator()


def _candidates(word, words):
    """Words of similar length with the same first letter: difflib stays fast."""
    return [w for w in words if w[0] == word[0] and abs(len(w) - len(word)) <= 2]


def spelling_suggestion(query, locale):
    """The query with each unknown word replaced by the closest known one, or None."""
    words = vocabulary(locale)
    folded_words = sorted(words)
    corrected, changed = [], False
    for word in text.words(query):
        if len(word) < MIN_WORD_LENGTH or word in words:
            corrected.append(words.get(word, word))
            continue
        close = difflib.get_close_matches(word, _candidates(word, folded_words), n=1, cutoff=0.75)
        corrected.append(words[close[0]] if close else word)
        changed = changed or bool(close)
    return " ".join(corrected) if changed else None


def closest_themes(query, language, limit=4):
    """Themes whose name is nearest the query (the best ones first, never empty)."""
    themes = list(terms_in_language(Theme, language))
    typed = " ".join(text.words(query))

    def closeness(theme):
        name = " ".join(text.words(theme.name))
        return difflib.SequenceMatcher(None, typed, name).ratio()

    return sorted(themes, key=closeness, reverse=True)[:limit]


def reading_links(locale, request):
    """The page of help's "most read" and "latest" lists, as (title, url): the same for
    every query that finds nothing, so read once until the content changes."""

    def links(pages):
        return [(page.title, page.get_url(request)) for page in pages]

    site = Site.find_for_request(request)
    return cached(
        f"search:reading-links:{site.pk if site else ''}:{locale.pk}",
        lambda: {"featured": links(featured_pages(locale)), "recent": links(recent_pages(locale))},
    )


def recent_pages(locale, limit=5):
    """The latest content pages (not the home page nor plain standard pages)."""
    return list(
        live_pages(locale).not_type(HomePage, StandardPage).order_by("-first_published_at")[:limit]
    )


def featured_pages(locale):
    """What editors feature on the home page: the portal's "most read" picks."""
    home = HomePage.objects.live().filter(locale=locale).first()
    return home.featured_pages() if home else []
