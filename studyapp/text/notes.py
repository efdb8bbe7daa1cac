"""The notes section ("NOTES", "References", ...) and Markdown footnote definitions -> :class:`Footnote`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from studyapp.text.document import Footnote
from studyapp.text.inline import clean_inline, is_fully_emphasized
from studyapp.text.markers import SUPERSCRIPT_CLASS, superscript_number

NOTES_TITLES = frozenset(
    [
        "notes",
        "endnotes",
        "footnotes",
        "references",
        "sources",
        "citations",
        "works",
        "cited",
        "notes",
        "and",
        "references",
        "references",
        "and",
        "notes",
        "bibliography",
    ]
) | {"works cited", "notes and references", "references and notes", "end notes"}

BACK_MATTER_TITLES = frozenset(
    {
        "see also",
        "external links",
        "further reading",
        "acknowledgments",
        "acknowledgements",
        "about the author",
        "about the authors",
        "author biography",
        "author bio",
        "notes on contributors",
        "appendix",
    }
)
# Back matter that lists sources rather than links or people.
REFERENCE_TITLES = frozenset(
    {"references", "bibliography", "further reading", "works cited", "sources", "select bibliography", "literature"}
)
_HEADING_DECORATION = re.compile(r"^#{1,6}\s+|(?:\s*\[edit\])?[*_:#\s]*$|^[*_\s]+", re.IGNORECASE)  # "Notes[edit]"
_SUPERSCRIPT_START = re.compile(r"^(" + SUPERSCRIPT_CLASS + r"+)\s*(.*)$")
_BRACKET_START = re.compile(r"^\[\^?(\d{1,4})\]:?\s*(.*)$")
_PAGE_NUMBER = re.compile(r"^(?:\d{1,4}|-\s*\d{1,4}\s*-|page \d{1,4})$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-*+\u2022]\s+)+")
_NUMBER_START = re.compile(r"^\^?(\d{1,4})(?:[.)]|\s)\s*(.*)$")


def is_notes_title(line: str) -> bool:
    """True for a line that opens a notes section ("NOTES", "## References", "**Endnotes:**")."""
    return len(line) <= 40 and heading_key(line) in NOTES_TITLES


def is_back_matter_title(line: str) -> bool:
    """True for a heading of matter that is no study material ("See also", "About the Author")."""
    return len(line) <= 40 and heading_key(line) in BACK_MATTER_TITLES


def is_reference_title(line: str) -> bool:
    """True for a heading over a list of sources ("References", "Further reading")."""
    return len(line) <= 40 and heading_key(line) in REFERENCE_TITLES


def heading_key(line: str) -> str:
    """``"## Further Reading:"`` -> ``"further reading"``."""
    return _HEADING_DECORATION.sub("", line.strip()).lower()


def split_back_matter(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split the lines after a notes heading into the notes and what follows them.

    The notes end at a back-matter heading ("About the Author", "External links") or at a paragraph set in
    bold or italics as a whole (an author's bio); a further notes heading ("References" after "Notes") is
    skipped.
    """
    for i, line in enumerate(lines):
        stripped = line.strip()
        after_gap = i == 0 or not lines[i - 1].strip()
        if after_gap and (is_back_matter_title(stripped) or (len(stripped) > 40 and is_fully_emphasized(stripped))):
            return lines[:i], lines[i:]
    return lines, []


@dataclass(frozen=True)
class Notes:
    """A notes section read: its numbered notes, and the unnumbered entries of a list of sources in it."""

    footnotes: list[Footnote]
    references: list[str]


def parse_notes(lines: Iterable[str]) -> Notes:
    """Read the lines of a notes section; a note split over several lines or blank lines is joined.

    A note starts with its number: ``¹``, ``[1]``, ``[^1]:``, ``1.``, ``1)`` or ``1`` followed by text. Bare
    numbers must follow on from the previous note (the first may have any number: a chapter's notes may go on
    from the chapter before), so a continuation line that starts with a year stays a continuation. Entries
    without a number under a heading of sources ("References", or "References" after "Notes") are references,
    one a paragraph or bullet; any other line before the first note (an author's starred note) is left out.
    """
    notes: list[tuple[int, list[str]]] = []
    references: list[list[str]] = []
    in_sources = False
    lines = [raw.strip() for raw in lines]
    for i, line in enumerate(lines):
        if not line or is_notes_title(line):
            in_sources = in_sources or (bool(line) and is_reference_title(line))
            continue
        start = _note_start(line, notes[-1][0] if notes else None)
        if start is None and _PAGE_NUMBER.match(line) and _alone(lines, i):
            continue  # a page number inside a note that a page break split
        if start is not None:
            notes.append((start[0], [start[1]]))
            in_sources = False
        elif in_sources:
            entry = _BULLET.sub("", line)
            if entry and (not references or _BULLET.match(line) or not lines[i - 1]):
                references.append([entry])
            elif entry:
                references[-1].append(entry)
        elif notes:
            notes[-1][1].append(line)
    return Notes(
        [Footnote(number, clean_inline(_join_lines(parts))) for number, parts in notes],
        [_join_lines(parts) for parts in references],
    )


def _alone(lines: list[str], i: int) -> bool:
    return (i == 0 or not lines[i - 1]) and (i + 1 == len(lines) or not lines[i + 1])


def _note_start(line: str, previous: int | None) -> tuple[int, str] | None:
    match = _SUPERSCRIPT_START.match(line)
    if match:
        return superscript_number(match.group(1)), match.group(2)
    match = _BRACKET_START.match(line)
    if match:
        return int(match.group(1)), match.group(2)
    match = _NUMBER_START.match(line)
    if match:
        number = int(match.group(1))
        if previous is None or number == previous + 1:
            return number, match.group(2)
    return None


def _join_lines(parts: list[str]) -> str:
    pieces = [parts[0]]
    for part in parts[1:]:
        # A URL or word broken at the line end ("great-satan-" / "backs-...") is rejoined without a space.
        end = pieces[-1].rstrip(">")
        if not (end.endswith(("-", "/")) and not end.endswith(" -")):
            pieces.append(" ")
        pieces.append(part)
    return "".join(pieces)
