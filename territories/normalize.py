"""One way to write a place name for matching: "Saint-Étienne" and "st etienne" agree."""

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_ABBREVIATIONS = {"saint": "st", "sainte": "ste"}


def normalize_name(text):
    """Lower case, no accents or ligatures, words separated by one space, saint → st."""
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    words = _NOT_ALNUM.sub(" ", text).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)
