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
_ORDINAL = re.compile(r"\d+(?:ST|ND|RD|TH|st|nd|rd|th)")
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
    if not core or _ROMAN.match(core) or _DOTTED.match(word.rstrip(",:;")) or _initials_shaped(core):
        return word
    parts = word.split("-")
    if len(parts) == 1:
        return _part(word, small_ok=not edge)
    return "-".join(_part(part, small_ok=0 < i < len(parts) - 1) for i, part in enumerate(parts))


def _initials_shaped(word: str) -> bool:
    """ "AA", "BBC", "NHS": letters no English word is made of (one letter twice, or three or four without a
    vowel), an acronym's ("O AA ASSAULT GROUP" is "O AA Assault Group", not "O Aa Assault Group": blind read r168);
    not "MR" or "ST", abbreviations of words."""
    if not word.isalpha() or len(word) > 4:
        return False
    return word[0] == word[1] if len(word) == 2 else len(word) > 2 and not set(word) & set("AEIOUY")


def _part(part: str, *, small_ok: bool) -> str:
    lower = part.lower()
    if small_ok and lower in _SMALL:
        return lower
    if _ORDINAL.fullmatch(part):
        return lower  # "113TH" is "113th"
    return _WORD.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), part, count=1) if part else part


def title_from_file_name(stem: str, text: str = "") -> str:
    """A title for a document that has none: its file name as words ("water_policy-notes" -> "Water policy notes"),
    written as the document's ``text`` writes them: as it names them with capitals ("louis_pasteur" and "LOUIS
    PASTEUR (1822-1895) was ..." -> "Louis Pasteur"), else each word as the text mostly writes it inside a
    sentence ("ada_lovelace" where "Lovelace" is always capitalized -> "Ada Lovelace")."""
    words = re.sub(r"[-_.]+", " ", stem).strip()
    if not words:
        return "Untitled"
    named = _named_anyhow(words, text)
    if not named and words.islower() and (two := _two_names(words, text)):
        return two
    as_written = Counter(n for n in named if not n.isupper())  # "Leonardo da Vinci", not the bold "LEONARDO DA VINCI"
    if as_written:
        return as_written.most_common(1)[0][0]
    if named and " " not in words and words.islower():
        forms = [found for found in _inside_sentences(words, text) if found[:1].isupper()]
        capitals = [found for found in forms if found.isupper()]
        if len(forms) > 1 and len(capitals) >= _MOSTLY * len(forms):
            return capitals[0]  # "NATO" wherever the text names it is no "Nato" (once is the opening's bold); a
            # stray "Fifa" of a reference's title among 160 "FIFA" does not make it one (blind read r130)
    if named:
        return _bold_as_written(named[0], text)
    if words.islower():
        words = " ".join(_as_written(word, text) for word in words.split())
        return words[0].upper() + words[1:]
    return words


_MOSTLY = 0.9  # of the text's capitalized mentions of a file name's one word


def _bold_as_written(name: str, text: str) -> str:
    """A name the text writes only in capitals ("OTTO VON BISMARCK"), each word after the first in lower case where
    the text writes it so in the name ("Otto von Bismarck", "Qing dynasty")."""
    shown = display_title(name).split()
    rest = (_lowered_where_written_so(shown[i], text, shown[:i], shown[i + 1 :]) for i in range(1, len(shown)))
    return " ".join([shown[0], *rest])


def _two_names(words: str, text: str) -> str:
    """A file name's words as two names the text writes apart, each as the text writes it: "The 113TH HEAVY
    ANTI-AIRCRAFT REGIMENT ... of the British Army's Royal Artillery" (blind read r168: "113th Heavy anti aircraft
    regiment Royal Artillery"); "" where none splits so ("Charles I" and "of England": "of England" is no name)."""
    split = words.split()
    for cut in range(len(split) - 1, 1, -1):
        head, tail = " ".join(split[:cut]), " ".join(split[cut:])
        if _named_anyhow(head, text) and _named_anyhow(tail, text):
            return f"{title_from_file_name(head, text)} {title_from_file_name(tail, text)}"
    return ""


def _named_anyhow(words: str, text: str) -> list[str]:
    # words a file name parts with "_" the text may join with a hyphen: "chiang_kai_shek" is "Chiang Kai-shek" (r81),
    # where the text never writes them apart
    return (
        _named(words, r"\s+", text)
        or _named(words, r"(?:\s+|-)", text)
        or _named(words, r"(?:[.,]?\s+|[–—])", text)  # "MARY, QUEEN OF SCOTS", "Dwight D. Eisenhower", "A–B"
    )


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


def _lowered_where_written_so(word: str, text: str, previous: list[str], following: list[str]) -> str:
    """``word`` in lower case where the text writes the name so: after its ``previous`` words ("Qing dynasty"), or,
    for a particle, before its ``following`` word ("OTTO VON BISMARCK" and "Prince von Bismarck" -> "Otto von
    Bismarck"); not where the text writes the word in lower case only elsewhere ("CONSTANTINE THE GREAT" and "a
    great victory", "AMERICAN REVOLUTIONARY WAR" and "the war")."""
    lowered = re.escape(word.lower())
    before = r"\s+".join(f"(?i:{re.escape(w)})" for w in previous)
    if re.search(rf"\b{before}\s+{lowered}\b", text):
        return word.lower()
    if len(word) <= _LONGEST_PARTICLE and following and _a_particle(word, text):
        return word.lower()
    return word


def _a_particle(word: str, text: str) -> bool:
    """The text writes ``word`` in lower case inside its sentences, mostly before a name ("von Roon", "von
    Humboldt"), as a particle of names, not as a common word ("the war with", "war broke out")."""
    after: list[str] = re.findall(r"(?<=[a-z,;] )" + re.escape(word.lower()) + r"\s+(\w)", text)
    return sum(c.isupper() for c in after) > len(after) / 2


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
    shown = main if len(main.split()) >= 2 else title
    return shown if initialism_shaped(shown) else display_title(shown)  # "DNA" as ``Document`` shows it


_INITIALISM_LETTERS = 6  # "UNESCO"; a longer word in capitals is a name set in bold or a heading


def initialism_shaped(title: str) -> bool:
    """One short word in capitals ("DNA", "NATO"): an initialism where the text writes it so (see
    ``Document.display_title``), which a title already shown keeps."""
    return title.isalpha() and title.isupper() and 2 <= len(title) <= _INITIALISM_LETTERS
