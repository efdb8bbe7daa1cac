"""Text -> :class:`Document`: the pipeline that the reader's modules make up.

lines (:mod:`.lines`) -> blocks (:mod:`.blocks`) -> front matter (:mod:`.front`) -> sections (:mod:`.sections`),
with the notes section and Markdown footnote definitions read apart (:mod:`.notes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from studyapp.errors import DocumentError
from studyapp.gcpause import gc_paused
from studyapp.text.blocks import RawHeading, RawParagraph, build_blocks
from studyapp.text.document import Document, Footnote
from studyapp.text.front import metadata_block, title_and_author
from studyapp.text.inline import clean_inline
from studyapp.text.lines import MD_HEADING, join_wrapped, scan_lines
from studyapp.text.markers import SUPERSCRIPT_DIGITS, MarkerStyle, extract_markers, has_markers
from studyapp.text.notes import is_back_matter_title, is_notes_title, parse_notes, split_back_matter
from studyapp.text.sections import build_body
from studyapp.text.slugs import slugify
from studyapp.text.titles import title_from_file_name

_MAX_NOTES_HEADING_CHARS = 60
_FIRST_NOTE = re.compile(r"^\s*(?:\u00b9|\[1\])(?![\d" + SUPERSCRIPT_DIGITS + r"])\s*\S")
_ANY_NOTE = re.compile(r"^\s*(?:[" + SUPERSCRIPT_DIGITS + r"]+|\[\d{1,4}\])\s*\S")
_NOTES_SHARE = 0.8
_NUMBERED = re.compile(r"^\s*\^?\d{1,4}[.)\s]")
_PROSE_WORDS = 25
_PROSE_IN_NOTES = 2
_PROSE_SHARE_IN_NOTES = 0.2


def parse_document(text: str, *, name: str, markdown: bool | None = None) -> Document:
    """Read ``text`` (plain text or Markdown) into a :class:`Document`.

    Args:
        text: the decoded document.
        name: the file stem; gives the id and title when the text has no title.
        markdown: Markdown rules on or off (a ``.md`` file); by default detected from the content
            (``#`` headings, ``[^1]:`` footnotes). Plain text also takes an ALL-CAPS line right on top of
            its paragraph as a heading; Markdown does not.

    Raises:
        DocumentError: the text is empty or holds only white space.
    """
    text = normalize_newlines(text)
    if not text.strip():
        raise DocumentError(f"The document \u201c{name}\u201d is empty: there is no text to study.")
    with gc_paused():
        return _parse(text, name=name, markdown=markdown)


def normalize_newlines(text: str) -> str:
    """CRLF and CR -> LF; a leading BOM and NUL characters removed."""
    text = text.lstrip("\ufeff").replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _parse(text: str, *, name: str, markdown: bool | None) -> Document:
    meta, lines = metadata_block(text.split("\n"))
    body_lines, note_lines = _split_notes(lines)
    note_lines, back_lines = split_back_matter(note_lines)
    scan = scan_lines(body_lines)
    has_md_headings = any(e.kind == "heading" for e in scan.elements)
    if markdown is None:
        markdown = has_md_headings or bool(scan.definitions)
    labels = _label_numbers(label for label, _ in scan.definitions)
    footnotes = _merge_notes(
        parse_notes(note_lines),
        [Footnote(labels[label], clean_inline(join_wrapped(parts))) for label, parts in scan.definitions],
    )
    style = MarkerStyle(labels, _plain_numbers(footnotes, body_lines))
    raw_title, author, elements = title_and_author(scan.elements, known_title=meta.get("title"))
    author = meta.get("author") or author
    title = clean_inline(extract_markers(raw_title, labels)[0]) if raw_title else ""
    blocks = build_blocks(elements, plain_headings=not has_md_headings, markdown=markdown)
    back = _back_matter(back_lines)
    body = build_body(blocks, title=title, has_author=author is not None, style=style, back=back)
    return Document(
        id=slugify(title) if title else slugify(name, fallback="document"),
        title=title or title_from_file_name(name),
        author=author,
        abstract=body.abstract,
        sections=body.sections,
        footnotes=footnotes,
        trailing=body.trailing,
    )


def _back_matter(lines: list[str]) -> list[RawParagraph]:
    """What follows the notes (a bio, "External links"), as paragraphs, back-matter headings left out."""
    paragraphs = []
    for block in build_blocks(scan_lines(lines).elements, plain_headings=True):
        if isinstance(block, RawHeading):
            if not is_back_matter_title(block.text):
                paragraphs.append(RawParagraph([block.text]))
        elif isinstance(block, RawParagraph):
            paragraphs.append(block)
    return paragraphs


def _split_notes(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines after the notes heading ("NOTES", "## References") are the notes section.

    It is the first such heading after which the text holds hardly any prose (a "Bibliography" in the
    middle of several articles is no notes section for the rest). Without such a heading, a closing run
    of paragraphs that start with note numbers (``¹ ...``, ``[1] ...``) from note 1 on is the notes section.
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
                return lines[:i], lines[i + 1 :]
    start = _unheaded_notes_start(lines)
    return (lines[:start], lines[start:]) if start is not None else (lines, [])


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


def _unheaded_notes_start(lines: list[str]) -> int | None:
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


def _plain_numbers(footnotes: tuple[Footnote, ...], body_lines: list[str]) -> frozenset[int]:
    """Note numbers cited by bare digits, when the body has notes to cite but no marker of another kind."""
    if not footnotes or has_markers("\n".join(body_lines)):
        return frozenset()
    return frozenset(f.number for f in footnotes)


def _label_numbers(labels: Iterable[str]) -> dict[str, int]:
    """Markdown footnote labels -> numbers: ``[^3]`` is 3, ``[^note]`` the next free number."""
    ordered = list(dict.fromkeys(labels))
    numbers = {label: int(label) for label in ordered if label.isdigit()}
    next_number = max(numbers.values(), default=0) + 1
    for label in ordered:
        if label not in numbers:
            numbers[label], next_number = next_number, next_number + 1
    return numbers


def _merge_notes(*groups: list[Footnote]) -> tuple[Footnote, ...]:
    by_number: dict[int, Footnote] = {}
    for group in groups:
        for note in group:
            by_number.setdefault(note.number, note)
    return tuple(by_number[n] for n in sorted(by_number))
