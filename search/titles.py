"""Suggestions as a reader types: titles of pages and organisations whose words start
with what was typed.

Each word of a title is one TitleWord row, written whenever the object is indexed (any
backend). Suggesting reads a range of the (kind, language, word, length) index in order
and stops at the limit: a few milliseconds whether the site has 500 pages or 50,000,
where the full-text index had to score every title matching "coo" first. The words typed
are folded like the index's (accents, case, ligatures, elisions: search/text.py) and each
is a prefix: "hab incl" finds "Habitat inclusif". Suggestions follow the index: the
completions of the longest word typed in alphabetical order (the word itself first), and
for each the shortest titles first.

Rows are written for published objects only; whether one may be shown (live, public, not
expired, active…) is checked when suggesting, by the caller's queryset, so a row left
behind can never show anything it should not.
"""

from wagtail.models import Page

from . import text
from .backends import object_language
from .models import TitleWord
from .sources import SOURCES

PAGE = "page"
MIN_WORD_LENGTH = 2
MAX_WORDS = 6
# Rows read per suggestion wanted: some may be hidden, or several words of one title.
OVERFETCH = 4


def kind_of(obj):
    if isinstance(obj, Page):
        return PAGE
    key = obj._meta.label_lower
    return key if any(s.key == key and s.suggested for s in SOURCES) else None


def index_titles(objs):
    """Replace the title words of `objs` (called by the backends' add_items)."""
    by_kind = {}
    for obj in objs:
        kind = kind_of(obj)
        if kind:
            by_kind.setdefault(kind, []).append(obj)
    for kind, group in by_kind.items():
        delete_titles(kind, [obj.pk for obj in group])
        TitleWord.objects.bulk_create(
            row for obj in group if getattr(obj, "live", True) for row in _rows(kind, obj)
        )


def delete_titles(kind, ids):
    TitleWord.objects.filter(kind=kind, object_id__in=ids).delete()


def forget(obj):
    """Remove an object's title words (called when it leaves the index)."""
    kind = kind_of(obj)
    if kind:
        delete_titles(kind, [obj.pk])


def _rows(kind, obj):
    title = str(obj.title if kind == PAGE else obj)
    title_words = text.words(title)
    words = [w for w in dict.fromkeys(title_words) if len(w) >= MIN_WORD_LENGTH]
    folded = " " + " ".join(title_words) + " "
    language = object_language(obj)
    return [
        TitleWord(
            kind=kind,
            object_id=obj.pk,
            language=language,
            word=word[:100],
            title=title,
            folded_title=folded,
            length=len(title),
        )
        for word in words
    ]


def suggest(typed, language, kind, visible, limit):
    """Up to `limit` objects of the queryset `visible` whose title has, for each word
    typed, a word starting with it; best first."""
    typed_words = list(dict.fromkeys(text.words(typed)))[:MAX_WORDS]
    if not typed_words or limit <= 0:
        return []
    longest = max(typed_words, key=len)
    rows = TitleWord.objects.filter(
        kind=kind, language=language, word__gte=longest, word__lt=longest + "\uffff"
    )
    for other in typed_words:
        if other != longest:
            rows = rows.filter(folded_title__contains=" " + other)
    ids = list(
        dict.fromkeys(
            rows.order_by("word", "length").values_list("object_id", flat=True)[
                : limit * OVERFETCH
            ]
        )
    )
    shown = visible.in_bulk(ids)
    return [shown[pk] for pk in ids if pk in shown][:limit]
