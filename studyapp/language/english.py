"""Whether a sentence is written in English: a quotation in Haitian Creole or a French title inside an English
article is no study material for its readers (blind reads r8-r12: "the prompt is in Haitian Creole")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ][a-zà-ÿ'’-]*")
_FEWEST = 5  # lower-case words: fewer tell nothing (a sentence of names)
_ENGLISH_SHARE = 0.5


def reads_as_english(text: str) -> bool:
    """False when most of the text's lower-case words are neither English function words (spaCy's list) nor
    words lemminflect knows; names are left out of the count, as any language writes them alike."""
    words = _LOWER_WORD.findall(text)
    if len(words) < _FEWEST:
        return True
    known = sum(1 for word in words if _known(word.strip("'’-")))
    return known >= _ENGLISH_SHARE * len(words)


@cache
def function_words() -> frozenset[str]:
    """spaCy's English function words ("the", "was", "indefinitely" is not one), in lower case."""
    from spacy.lang.en.stop_words import STOP_WORDS  # never on the way to a window

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=16384)
def _known(word: str) -> bool:
    from lemminflect import getAllLemmas  # it imports spaCy: never on the way to a window

    return word in function_words() or bool(getAllLemmas(word))
