"""Titles for display: an ALL-CAPS heading as a reader would write it ("Iran's Attitude Toward the Republic")."""

from __future__ import annotations

import re
from collections import Counter

_SMALL = frozenset(
    [
        "a",
        "à",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "de",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "onto",
        "or",
        "over",
        "per",
        "than",
        "the",
        "to",
        "toward",
        "towards",
        "up",
        "upon",
        "via",
        "vs",
        "with",
    ]
)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\S")
_ROMAN = re.compile(r"^[IVXLC]+$")
_DOTTED = re.compile(r"^(?:[A-Z]\.)+$")


def display_title(text: str) -> str:
    """Title-case an ALL-CAPS title; any other title is returned as written.

    Small words stay lower case inside the title, Roman numerals and dotted abbreviations (U.S.) stay as
    they are, and each part of a hyphenated word is capitalized ("VIS-À-VIS" -> "Vis-à-Vis").
    """
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2 or any(c.islower() for c in letters):
        return text
    words = text.split(" ")
    out = []
    for index, word in enumerate(words):
        first, last = index == 0, index == len(words) - 1
        out.append(_word(word, edge=first or last))
    return " ".join(out)


def _word(word: str, *, edge: bool) -> str:
    core = word.strip("\"'()[],:;.!?\u201c\u201d\u2018\u2019")
    if not core or _ROMAN.match(core) or _DOTTED.match(word.rstrip(",:;")):
        return word
    parts = word.split("-")
    if len(parts) == 1:
        return _part(word, small_ok=not edge)
    return "-".join(_part(part, small_ok=0 < i < len(parts) - 1) for i, part in enumerate(parts))


def _part(part: str, *, small_ok: bool) -> str:
    lower = part.lower()
    if small_ok and lower in _SMALL:
        return lower
    return _WORD.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), part, count=1) if part else part


def title_from_file_name(stem: str, text: str = "") -> str:
    """A title for a document that has none: its file name as words ("water_policy-notes" -> "Water policy notes"),
    written as the document's ``text`` writes them: as it names them with capitals ("louis_pasteur" and "LOUIS
    PASTEUR (1822-1895) was ..." -> "Louis Pasteur"), else each word as the text mostly writes it inside a
    sentence ("ada_lovelace" where "Lovelace" is always capitalized -> "Ada Lovelace")."""
    words = re.sub(r"[-_.]+", " ", stem).strip()
    if not words:
        return "Untitled"
    # words a file name parts with "_" the text may join with a hyphen: "chiang_kai_shek" is "Chiang Kai-shek" (r81),
    # where the text never writes them apart
    named = _named(words, r"\s+", text) or _named(words, r"(?:\s+|-)", text)
    as_written = Counter(n for n in named if not n.isupper())  # "Leonardo da Vinci", not the bold "LEONARDO DA VINCI"
    if as_written:
        return as_written.most_common(1)[0][0]
    if named:
        words_shown = display_title(named[0]).split()
        return " ".join(
            [
                words_shown[0],
                *(
                    _lowered_where_written_so(word, text, words_shown[: i + 1])
                    for i, word in enumerate(words_shown[1:])
                ),
            ]
        )
    if words.islower():
        words = " ".join(_as_written(word, text) for word in words.split())
        return words[0].upper() + words[1:]
    return words


def _named(words: str, between: str, text: str) -> list[str]:
    """Where ``text`` names ``words`` (a file name's, ``between`` each two of them) with capitals."""
    pattern = r"(?<!\w)" + between.join(map(_as_pattern, words.split())) + r"(?!\w)"
    named = [" ".join(m[0].split()) for m in re.finditer(pattern, text, re.IGNORECASE)]
    return [n for n in named if sum(c.isupper() for c in n) > 1]


def _as_pattern(word: str) -> str:
    """A file name's word as the text may write it: "hudsons" is "HUDSON'S" there (a file name drops the
    apostrophe)."""
    if len(word) > 2 and word.lower().endswith("s"):
        return re.escape(word[:-1]) + "['’]?s"
    return re.escape(word)


_LONGEST_PARTICLE = 4  # "von", "van", "der", "the", "ibn"


def _lowered_where_written_so(word: str, text: str, previous: list[str]) -> str:
    """``word`` in lower case where the text writes it so inside its sentences ("OTTO VON BISMARCK" and "Prince
    von Bismarck" -> "Otto von Bismarck"); a longer word only where the text writes it so after the ``previous``
    words of the name ("Qing dynasty"), not as an adjective elsewhere ("CONSTANTINE THE GREAT" and "a great
    victory" -> "Constantine the Great")."""
    if len(word) > _LONGEST_PARTICLE:  # "QING DYNASTY" is "Qing dynasty" where the text writes it so
        before = r"\s+".join(f"(?i:{re.escape(w)})" for w in previous)
        return word.lower() if re.search(rf"\b{before}\s+{re.escape(word.lower())}\b", text) else word
    inside = _inside_sentences(word, text)
    lower = sum(found.islower() for found in inside)
    return word.lower() if inside and lower > len(inside) - lower else word


def _as_written(word: str, text: str) -> str:
    """``word`` capitalized where the text writes it so more often than not inside a sentence, as it writes it
    most ("xiv" is "XIV", blind read r80: "Louis Xiv of France")."""
    inside = _inside_sentences(word, text)
    capitals = [found for found in inside if found[:1].isupper()]
    if len(capitals) <= len(inside) - len(capitals):
        return word
    return Counter(capitals).most_common(1)[0][0]


def _inside_sentences(word: str, text: str) -> list[str]:
    """``word`` as the text writes it after another word of a sentence (not where a sentence starts)."""
    return re.findall(r"(?<=[a-z,;] )" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE)


def short_title(title: str) -> str:
    """A document's title as a prompt names it: its main title, without a subtitle after a colon, once the
    main title has two words or more ("Views From the Embassy")."""
    main = re.split(r"\s*[:;]\s+|\s+[—–]\s+", title, maxsplit=1)[0]
    return display_title(main if len(main.split()) >= 2 else title)
