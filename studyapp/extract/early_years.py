"""Whether a document writes years of the first millennium without their era mark, as histories of late
antiquity and the early Middle Ages do ("In 785, his men captured Girona", "Carloman died on 5 December 771"):
only then are such three-digit numbers read as years, since elsewhere they count things ("in 300 ships")."""

from __future__ import annotations

import re
from collections.abc import Iterable

# "In 785, his men ...", "in 774 Charlemagne ...", "until 814.": a three-digit number no noun follows
_YEAR_TOLD = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil)\s[1-9]\d{2}"
    r"(?=[,;]|\.(?:\s|$)|\s+(?:[A-Z]|(?:he|she|they|it|the|when|and|at|on|after|before|his|her|their|by|with|as|under)\b))"
)
_FEWEST = 3  # sentences that tell such a year: one or two may be a count after all
_BC_SHARE = 4  # ... and at least four times as many as mark a year BC ("Sulla in 86 BC" in a life of Justinian)


_BEFORE_CHRIST = re.compile(r"\d\s?(?:BCE?|B\.C\.)")


def early_years(sentences: Iterable[str]) -> bool:
    """True when at least three of ``sentences`` give a three-digit year after "in", "since" or "until", four
    times as many as mark a year BC: where BC is common a year written bare may be either ("destroyed in 480" is
    480 BC)."""
    texts = list(sentences)
    told = sum(1 for text in texts if _YEAR_TOLD.search(text))
    before_christ = sum(1 for text in texts if _BEFORE_CHRIST.search(text))
    return told >= _FEWEST and before_christ * _BC_SHARE <= told
