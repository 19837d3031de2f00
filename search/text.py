"""How the portal reads words: the same analysis at index time and at query time.

PostgreSQL (portal_french / portal_english text-search configurations) and Elasticsearch /
OpenSearch (the analysers in search/backends/analysis.py) analyse text themselves. SQLite
FTS5 only splits words and folds simple accents, so the SQLite backend writes this
module's analysis into the index and applies it to the query. The order mirrors the other
backends: elisions dropped, lower case, accents and ligatures folded, then the Snowball
stemmer of the text's language (the same algorithm PostgreSQL's french_stem and
english_stem use), so "Coopératives" and "cooperer" both become "cooper".
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

SNOWBALL_LANGUAGES = {"fr": "french", "en": "english"}
# l'habitat, d’une, qu'elle, jusqu'à: the article or pronoun glued by an apostrophe.
ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\w)", re.IGNORECASE)
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
WORD = re.compile(r"\w+", re.UNICODE)
# The short words every page has; dropped like PostgreSQL's and Elasticsearch's stop lists
# do, so that "guide de la coopération" needs no "de" or "la" in the page.
FRENCH_STOP_WORDS = """a au aux avec ce ces c d dans de des du elle en et eux il j je l la le
les leur lui m ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que qui
s sa se ses son sur t ta te tes toi ton tu un une vos votre vous y est sont"""
ENGLISH_STOP_WORDS = """a an and are as at be but by for if in into is it no not of on or
such that the their then there these they this to was will with"""
STOP_WORDS = {"fr": set(FRENCH_STOP_WORDS.split()), "en": set(ENGLISH_STOP_WORDS.split())}


def fold(text):
    """Lower case, without accents or ligatures: "Œuvre Coopérative" → "oeuvre cooperative"."""
    text = (text or "").translate(LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words(text):
    """The folded words of `text`, elisions removed, in order."""
    return WORD.findall(fold(ELISION.sub("", text or "")).replace("_", " "))


# A Snowball stemmer keeps the word being stemmed in the object itself, so two threads
# sharing one (gunicorn's gthread workers) corrupt each other's word: one per thread.
_per_thread = threading.local()


def _stemmer(language):
    stemmers = _per_thread.__dict__.setdefault("stemmers", {})
    if language not in stemmers:
        name = SNOWBALL_LANGUAGES.get(language)
        stemmers[language] = snowballstemmer.stemmer(name) if name else None
    return stemmers[language]


@lru_cache(maxsize=50_000)
def stem(word, language):
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def analyse(text, language):
    """Index terms of `text` read as `language`: folded, elisions and stop words dropped,
    stemmed."""
    stop = STOP_WORDS.get(language, ())
    return [stem(word, language) for word in words(text) if word not in stop]


def analysed_text(text, language):
    return " ".join(analyse(text, language))
