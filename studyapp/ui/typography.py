"""Display typography: headings written in capitals shown in title case, straight quotes and ``--`` made proper."""
from __future__ import annotations

import re

_SMALL_WORDS = frozenset("a à an and as at but by for from in into nor of on or per the to via vis vs with".split())
_DOUBLE_OPEN = re.compile(r'(^|[\s(\[{—–-])"')
_SINGLE_OPEN = re.compile(r"(^|[\s(\[{—–-])'")
_NUMBER_RANGE = re.compile(r"(?<=\d)-(?=\d)")


def heading(title: str) -> str:
    """A title ready to show: title case if written in capitals, proper quotes and dashes."""
    return smarten(display_title(title))


def display_title(title: str) -> str:
    """"IRAN'S PRIORITIES IN THE REGION" -> "Iran's Priorities in the Region"; other titles unchanged.

    Words with dots (abbreviations such as "U.S.") keep their capitals.
    """
    if not title.isupper():
        return title
    words = title.split(" ")
    shown = []
    for index, word in enumerate(words):
        if "." in word:
            shown.append(word)
        elif index and word.lower() in _SMALL_WORDS:
            shown.append(word.lower())
        else:
            parts = word.split("-")
            shown.append("-".join(
                part.lower() if n and part.lower() in _SMALL_WORDS else part[:1].upper() + part[1:].lower()
                for n, part in enumerate(parts)))
    return " ".join(shown)


def smarten(text: str) -> str:
    """Curly quotes and dashes for display (``--`` -> em dash, ``1918-1920`` -> en dash).

    Already-typeset text passes unchanged.
    """
    text = text.replace("---", "—").replace("--", "—")
    text = _NUMBER_RANGE.sub("–", text)
    text = _DOUBLE_OPEN.sub(r"\1“", text).replace('"', "”")
    text = _SINGLE_OPEN.sub(r"\1‘", text).replace("'", "’")
    return text
