"""Text converted from PDF: pages (form feeds) -> body lines, footnotes of each page's foot, and page furniture.

``pdftotext`` and its kin end each page with a form feed. A page carries furniture that is no study text: a
running header or footer repeated on most pages ("[ Author ] Short title", "Journal Issue (1) [ date ]"), a page
number, and the footnotes printed at its foot ("1" alone on a line, then the note). The body lines of all pages
are joined with a blank line at each page break, so that a paragraph cut by a break is rejoined like any other.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from studyapp.text.document import Aside, AsideKind, Footnote
from studyapp.text.inline import clean_inline

_MIN_PAGES = 3
_EDGE_LINES = 4  # a running header or footer is among the first or last lines of a page
_MAX_FURNITURE_CHARS = 120
_FURNITURE_SHARE = 0.5  # on at least half of the pages
_PAGE_NUMBER = re.compile(
    r"^(?:[Pp]age\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$|^[ivxlc]{1,6}$|^[-\u2013]\s*\d{1,4}\s*[-\u2013]$"
)
_DIGITS = re.compile(r"\d+")
_NOTE_NUMBER = re.compile(r"^(\d{1,3})$")
_NOTE_WITH_TEXT = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_FIGURE_LABEL = re.compile(r"^(?:fig(?:ure)?|table|map|plate|chart)\.?\s+\d", re.IGNORECASE)


@dataclass(frozen=True)
class Pages:
    """What the page layer found.

    Attributes:
        lines: the body lines of every page, a blank line at each page break.
        footnotes: the notes printed at the feet of the pages, by number.
        furniture: running headers and footers (each distinct line once) and page numbers.
    """

    lines: list[str]
    footnotes: tuple[Footnote, ...]
    furniture: tuple[Aside, ...]


def read_pages(lines: list[str]) -> Pages | None:
    """Split ``lines`` at form feeds and take out each page's furniture and footnotes; None for text with
    fewer than three pages (no form feeds, nothing to take out)."""
    pages = _split_pages(lines)
    if len(pages) < _MIN_PAGES:
        return None
    running = _running_lines(pages)
    body: list[str] = []
    notes: list[tuple[int, list[str]]] = []
    seen_furniture: dict[str, None] = {}
    page_numbers = 0
    for page in pages:
        kept = []
        for line in page:
            key = _key(line)
            if key in running:
                seen_furniture.setdefault(line.strip(), None)
            else:
                kept.append(line)
        kept, numbered = _without_page_number(kept)
        page_numbers += numbered
        start = _notes_start(kept, notes[-1][0] + 1 if notes else 1, body)
        if start is not None:
            _read_notes(kept[start:], notes)
            kept = kept[:start]
        if body and kept:
            body.append("")
        body.extend(kept)
    furniture = [Aside(AsideKind.PAGE, text) for text in seen_furniture]
    if page_numbers:
        furniture.append(Aside(AsideKind.PAGE, f"{page_numbers} page numbers"))
    footnotes = tuple(Footnote(number, clean_inline(" ".join(parts))) for number, parts in notes)
    return Pages(body, footnotes, tuple(furniture))


def _split_pages(lines: list[str]) -> list[list[str]]:
    pages: list[list[str]] = [[]]
    for line in lines:
        if "\f" in line:
            before, _, after = line.partition("\f")
            if before.strip():
                pages[-1].append(before)
            pages.append([])
            line = after.replace("\f", "")
        pages[-1].append(line)
    return [page for page in pages if any(line.strip() for line in page)]


def _key(line: str) -> str:
    """A line as compared across pages: digits stand for any number ("Page 3", "Issue (1) [ May 2016 ]")."""
    return " ".join(_DIGITS.sub("#", line).split()).lower()


def _edges(page: list[str]) -> list[str]:
    filled = [line for line in page if line.strip()]
    return filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines found at the top or foot of at least half of the pages: a running header or footer."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update(
            {
                _key(line)
                for line in _edges(page)
                if len(line.strip()) <= _MAX_FURNITURE_CHARS
                and not _PAGE_NUMBER.match(line.strip())
                and not _FIGURE_LABEL.match(line.strip())
            }
        )
    least = max(_MIN_PAGES, _FURNITURE_SHARE * len(pages))
    return {key for key, n in counts.items() if n >= least}


def _without_page_number(page: list[str]) -> tuple[list[str], int]:
    """The page without a page number standing alone as its first or last line."""
    filled = [i for i, line in enumerate(page) if line.strip()]
    for i in (filled[-1:] + filled[:1]) if filled else []:
        if _PAGE_NUMBER.match(page[i].strip()):
            return page[:i] + page[i + 1 :], 1
    return page, 0


def _notes_start(page: list[str], expected: int, body: list[str]) -> int | None:
    """Where the footnotes at the foot of ``page`` begin: the first line that starts note ``expected`` (its
    number alone, or before its text), after a body line that cites it."""
    marker = re.compile(
        r"(?:(?<=[^\W\d_][.,;:!?\"'\u201d\u2019)])|(?<=[^\W\d_][.,;:!?][\"'\u201d\u2019)]))"
        + str(expected)
        + r"(?=\s|$)"
    )
    cited = any(marker.search(line) for line in body[-40:])
    for i, line in enumerate(page):
        stripped = line.strip()
        if not cited:
            cited = marker.search(line) is not None
            continue
        number = _NOTE_NUMBER.match(stripped) or _NOTE_WITH_TEXT.match(stripped)
        if number and int(number.group(1)) == expected and i > 0:
            return i
    return None


def _read_notes(lines: list[str], notes: list[tuple[int, list[str]]]) -> None:
    """Add the notes of a page foot: each starts with the next number, alone or before its text."""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        expected = notes[-1][0] + 1 if notes else None
        alone = _NOTE_NUMBER.match(stripped)
        with_text = _NOTE_WITH_TEXT.match(stripped)
        number = alone or with_text
        if number and (expected is None or int(number.group(1)) == expected):
            notes.append((int(number.group(1)), [with_text.group(2)] if with_text else []))
        elif notes:
            notes[-1][1].append(stripped)
