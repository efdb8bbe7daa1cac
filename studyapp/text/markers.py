"""Footnote markers in body text: Unicode superscripts (``²³`` = 23), ``[1]``, ``[1, 2]``, ``[^1]``, ``[^note]``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_VALUE = {c: str(i) for i, c in enumerate(SUPERSCRIPT_DIGITS)}
SUPERSCRIPT_CLASS = "[" + SUPERSCRIPT_DIGITS + "]"

# Each pattern searched through long text opens with a plain character set, not a repeat (``[x][x]*``, not
# ``[x]+``): that lets the regex engine skip quickly to the next candidate character.
MARKER = re.compile(
    SUPERSCRIPT_CLASS + SUPERSCRIPT_CLASS + r"*"
    r"|\[\^([^\]\s]{1,40})\]"
    r"|\[(\d{1,4}(?:\s*[,\u2013-]\s*\d{1,4}){0,20})\]"
)
"""Any footnote marker (group 1: a ``[^label]``; group 2: the numbers of a ``[1, 2]``)."""

# A bare number glued to the end of a sentence or clause: "centuries.1 The", "said,\u201d12 and".
# After a year only at a sentence end ("in 1921.4 A convention"), never in a decimal ("2.1 billion").
_PLAIN_DIGITS = re.compile(
    r"(?:(?<=[^\W\d_][.,;:!?])|(?<=[^\W\d_][.,;:!?][\"\u201d\u2019)]))(\d{1,3})(?=\s|$)"
    r"|(?<=(?<![\d,.])\d{4}\.)(\d{1,3})(?=\s+[\"\u201c(]?[A-Z]|\s*$)"
)
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_UNIT_BEFORE = re.compile(r"(?:\b[kcmd]?m|\bft)$")
_SPACES = re.compile(r"\s\s+")
_SPACE_BEFORE_PUNCT = re.compile(r" ([.,;:!?\u2019\u201d)])")  # after runs of spaces are one (no backtracking)
_MAX_RANGE = 50
_SUPERSCRIPT_CHAR = re.compile(SUPERSCRIPT_CLASS)


@dataclass(frozen=True)
class MarkerStyle:
    """How a document marks its footnotes.

    Attributes:
        labels: Markdown labels (``[^note]``) -> note numbers; a numeric label stands for itself.
        plain_numbers: when the document cites its notes with bare numbers ("centuries.1 The"), the numbers
            of its notes; empty otherwise.
        author_year: the document cites its sources by author and year ("(Levin 1992)") throughout.
    """

    labels: Mapping[str, int] = field(default_factory=dict)
    plain_numbers: frozenset[int] = frozenset()
    author_year: bool = False  # the document cites its sources by author and year, "(Levin 1992)"


def has_markers(text: str) -> bool:
    """True when ``text`` holds a superscript, ``[1]`` or ``[^1]`` marker."""
    return MARKER.search(text) is not None


def superscript_plain_digits(text: str, numbers: frozenset[int]) -> str:
    """``"centuries.1 The"`` -> ``"centuries.¹ The"`` for the numbers of existing notes."""

    def mark(match: re.Match[str]) -> str:
        digits = match.group(1) or match.group(2)
        return digits.translate(_TO_SUPERSCRIPT) if int(digits) in numbers else digits

    return _PLAIN_DIGITS.sub(mark, text)


def superscript_number(text: str) -> int:
    """``"²³"`` -> 23."""
    return int("".join(_SUPERSCRIPT_VALUE[c] for c in text))


def extract_markers(text: str, labels: Mapping[str, int] | None = None) -> tuple[str, tuple[int, ...]]:
    """Remove footnote markers from ``text``; return the text and the cited note numbers in order.

    ``labels`` maps Markdown labels (``[^note]``) to note numbers; a numeric label stands for itself.
    Superscript ``²``/``³`` right after a unit (``16 km²``) is an exponent, not a marker, and stays.
    """
    if not may_hold_marker(text):
        return text, ()
    numbers: list[int] = []

    def take(match: re.Match[str]) -> str:
        label, bracketed = match.group(1), match.group(2)
        if label is not None:
            number = _label_number(label, labels)
            if number is None:
                return match.group(0)
            numbers.append(number)
        elif bracketed is not None:
            numbers.extend(_bracket_numbers(bracketed))
        else:
            if match.group(0) in "²³" and _UNIT_BEFORE.search(text, 0, match.start()):
                return match.group(0)
            if _mass_number(text, match.start(), match.end()):
                return match.group(0)
            numbers.append(superscript_number(match.group(0)))
        return ""

    cleaned = MARKER.sub(take, text)
    if not numbers:
        return text, ()
    cleaned = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", cleaned)).strip()
    return cleaned, tuple(dict.fromkeys(numbers))


def _mass_number(text: str, start: int, end: int) -> bool:
    """Superscript digits that open a word rather than close one: an isotope's mass number ("The heavy isotope ¹⁵N
    was first discovered", blind read r142), never a note's marker, which follows a word or a stop."""
    opens = start == 0 or text[start - 1].isspace() or text[start - 1] in "(–-"
    return opens and end < len(text) and text[end].isalpha()


def may_hold_marker(text: str) -> bool:
    """A quick test: False means ``text`` surely holds no footnote marker."""
    return "[" in text or (not text.isascii() and _SUPERSCRIPT_CHAR.search(text) is not None)


def _label_number(label: str, labels: Mapping[str, int] | None) -> int | None:
    if labels is not None and label in labels:
        return labels[label]
    return int(label) if label.isdigit() else None


def _bracket_numbers(text: str) -> list[int]:
    numbers: list[int] = []
    for part in text.split(","):
        bounds = re.split(r"\s*[\u2013-]\s*", part.strip())
        if len(bounds) == 2 and 0 < int(bounds[1]) - int(bounds[0]) <= _MAX_RANGE:
            numbers.extend(range(int(bounds[0]), int(bounds[1]) + 1))
        else:
            numbers.extend(int(b) for b in bounds if b)
    return numbers
