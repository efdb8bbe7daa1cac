"""Where the body ends: the notes section and the back matter after it.

The notes are the lines under a notes heading ("NOTES", "## References") after which the text holds hardly
any prose, and a closing run of numbered notes (``[1] ...``) from note 1 on, wherever it stands: copies of
encyclopedia articles put it after the "See also" and "External links" lists. What follows the notes under a
back-matter heading ("Further reading", "About the Author") is back matter: sources and links, never study text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.text.blocks import RawHeading, RawParagraph, build_blocks
from studyapp.text.lines import MD_HEADING, scan_lines
from studyapp.text.markers import SUPERSCRIPT_DIGITS
from studyapp.text.notes import is_back_matter_title, is_notes_title, is_reference_title, split_back_matter

_MAX_NOTES_HEADING_CHARS = 60
_EMPTY_BULLETS = re.compile(r"^(?:[-*+\u2022]\s+)*[-*+\u2022]?\s*$|^(?:[-*+\u2022]\s+)+")
_FIRST_NOTE = re.compile(r"^\s*(?:\u00b9|\[1\])(?![\d" + SUPERSCRIPT_DIGITS + r"])\s*")
_ANY_NOTE = re.compile(r"^\s*(?:[" + SUPERSCRIPT_DIGITS + r"]+|\[\d{1,4}\])")
_NOTES_SHARE = 0.8
_NUMBERED = re.compile(r"^\s*\^?\d{1,4}[.)\s]")
_PROSE_WORDS = 25
_PROSE_IN_NOTES = 2
_PROSE_SHARE_IN_NOTES = 0.2


@dataclass(frozen=True)
class EndMatter:
    """The lines of a text split into the body, the notes sections and the back matter."""

    body: list[str]
    notes: list[str]
    back: list[str]


def split_end_matter(lines: list[str]) -> EndMatter:
    """Split ``lines`` into the body, the notes (under their heading, and a closing run of numbered notes) and
    the back matter that follows the notes heading."""
    start = _closing_notes_start(lines)
    closing = lines[start:] if start is not None else []
    body, headed = _split_at_notes_heading(lines[:start] if start is not None else lines)
    notes, back = split_back_matter(headed)
    return EndMatter(body, [*notes, "", *closing] if closing else notes, back)


def back_matter(lines: list[str]) -> tuple[list[RawParagraph], list[str]]:
    """What follows the notes: paragraphs (a bio, "External links", back-matter headings left out) and the
    entries listed under a heading of sources ("Further reading", "Bibliography")."""
    paragraphs: list[RawParagraph] = []
    references: list[str] = []
    sources = False
    for block in build_blocks(scan_lines(lines).elements, plain_headings=True):
        if isinstance(block, RawHeading):
            if is_back_matter_title(block.text) or is_reference_title(block.text):
                sources = is_reference_title(block.text)
            else:
                paragraphs.append(RawParagraph([block.text]))
        elif isinstance(block, RawParagraph):
            entry = _EMPTY_BULLETS.sub("", block.text)  # "-   -   Barrett, ...": bullets of a nested list
            if not entry:
                continue
            if sources:
                references.append(entry)
            else:
                paragraphs.append(RawParagraph([entry], closed=block.closed))
    return paragraphs, references


def _split_at_notes_heading(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines after the notes heading ("NOTES", "## References") are the notes section.

    It is the first such heading after which the text holds hardly any prose (a "Bibliography" in the
    middle of several articles is no notes section for the rest).
    """
    headings = [
        i
        for i, line in enumerate(lines)
        if line.strip()
        and len(line) <= _MAX_NOTES_HEADING_CHARS
        and is_notes_title(line)
        and (
            MD_HEADING.match(line)
            or ((i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip()))
        )
    ]
    if headings:
        # Prose paragraphs after each heading, counted from the end so that the whole scan stays linear.
        bounds = [*headings, len(lines)]
        prose_after, paragraphs_after = [0] * len(headings), [0] * len(headings)
        prose, paragraphs = 0, 0
        for k in range(len(headings) - 1, -1, -1):
            segment_prose, segment_paragraphs = _prose_count(lines, bounds[k] + 1, bounds[k + 1])
            prose, paragraphs = prose + segment_prose, paragraphs + segment_paragraphs
            prose_after[k], paragraphs_after[k] = prose, paragraphs
        for k, i in enumerate(headings):
            if prose_after[k] <= max(_PROSE_IN_NOTES, _PROSE_SHARE_IN_NOTES * paragraphs_after[k]):
                return lines[:i], lines[i:]  # the heading too: "References" says what the entries under it are
    return lines, []


def _prose_count(lines: list[str], start: int, end: int) -> tuple[int, int]:
    """(prose paragraphs, paragraphs) in ``lines[start:end]``; prose is a long first line with no note number."""
    prose = paragraphs = 0
    for j in range(start, end):
        line = lines[j]
        if line.strip() and (j == start or not lines[j - 1].strip()):
            paragraphs += 1
            # (maxsplit: counting stops once the line is long enough to be prose)
            if (
                len(line.split(None, _PROSE_WORDS)) >= _PROSE_WORDS
                and not _ANY_NOTE.match(line)
                and not _NUMBERED.match(line)
            ):
                prose += 1
    return prose, paragraphs


def _closing_notes_start(lines: list[str]) -> int | None:
    """Where a closing run of notes starts: the last paragraph that opens with note 1 (``¹``, ``[1]``), when
    (nearly) every paragraph from there to the end opens with a note number."""
    first = None
    for i in range(len(lines) - 1, -1, -1):
        if _FIRST_NOTE.match(lines[i]) and (i == 0 or not lines[i - 1].strip()):
            first = i
            break
    if first is None:
        return None
    paragraph_starts = [
        line for j, line in enumerate(lines[first:], first) if line.strip() and (j == first or not lines[j - 1].strip())
    ]
    notes = sum(1 for line in paragraph_starts if _ANY_NOTE.match(line))
    return first if notes >= 2 and notes >= _NOTES_SHARE * len(paragraph_starts) else None
