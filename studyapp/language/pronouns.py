"""Which of "he" and "she" a document uses for a name, so that a "she" is never given to a man it speaks of as
"he" (blind read r31: "Ibsen gave birth to their only child", a "she" that stood for his wife)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

_NAME = re.compile(r"\b[A-Z][\w’'-]{2,}")
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_FEWEST = 3  # sentences that speak of a name with one pronoun before the other is ruled out for it
_SHARE = 4  # ... and at least this many times as often as with the other


@dataclass(frozen=True)
class Pronouns:
    """How often each name word is followed, in its sentence, by "he" (or "his", ...) and by "she"."""

    he: Counter[str] = field(default_factory=Counter)
    she: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, sentences: Iterable[str]) -> Pronouns:
        he: Counter[str] = Counter()
        she: Counter[str] = Counter()
        for sentence in sentences:
            for name in _NAME.finditer(sentence):
                after = sentence[name.end() :]
                word = _word(name.group(0))
                he[word] += bool(_HE.search(after))
                she[word] += bool(_SHE.search(after))
        return cls(he, she)

    def fits(self, name: str, pronoun: str) -> bool:
        """False when ``pronoun`` ("she", "his", ...) is the one the document does not use for ``name``."""
        words = name.split()
        if not words:
            return True
        word = _word(words[-1])
        female = bool(_SHE.fullmatch(pronoun))
        same, other = (self.she, self.he) if female else (self.he, self.she)
        return not (other[word] >= _FEWEST and other[word] >= _SHARE * same[word])


def _word(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")
