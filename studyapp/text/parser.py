"""Text -> :class:`Document`: the pipeline that the reader's modules make up.

wiki templates out (:mod:`.templates`) -> pages of PDF text (:mod:`.pages`) -> body, notes and back matter
(:mod:`.endmatter`) -> lines (:mod:`.lines`) -> front matter (:mod:`.front`) -> blocks (:mod:`.blocks`, with debris
set apart by :mod:`.debris`, :mod:`.captions` and :mod:`.tables`) -> sections (:mod:`.sections`); notes read by
:mod:`.notes`.
"""

from __future__ import annotations

from collections.abc import Iterable

from studyapp.errors import DocumentError
from studyapp.gcpause import gc_paused
from studyapp.text.blocks import build_blocks
from studyapp.text.citations import MIN_CITATIONS, count_citations
from studyapp.text.document import Aside, AsideKind, Document, Footnote, Paragraph, Section
from studyapp.text.endmatter import back_matter, split_end_matter
from studyapp.text.front import read_front
from studyapp.text.inline import clean_inline
from studyapp.text.lines import join_wrapped, scan_lines
from studyapp.text.markers import MarkerStyle, extract_markers, has_markers
from studyapp.text.metadata import metadata_block
from studyapp.text.notes import parse_notes
from studyapp.text.pages import read_pages
from studyapp.text.sections import build_body
from studyapp.text.slugs import slugify
from studyapp.text.templates import without_templates
from studyapp.text.titles import title_from_file_name


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
    lines = without_templates(text).split("\n")
    pages = read_pages(lines) if "\f" in text else None
    meta, lines = metadata_block(pages.lines if pages else lines)
    end = split_end_matter(lines)
    scan = scan_lines(end.body)
    has_md_headings = any(e.kind == "heading" for e in scan.elements)
    if markdown is None:
        markdown = has_md_headings or bool(scan.definitions)
    labels = _label_numbers(label for label, _ in scan.definitions)
    notes = parse_notes(end.notes)
    footnotes = _merge_notes(
        notes.footnotes,
        [Footnote(labels[label], clean_inline(join_wrapped(parts))) for label, parts in scan.definitions],
        list(pages.footnotes) if pages else [],
    )
    author_year = count_citations("\n".join(end.body)) >= MIN_CITATIONS
    style = MarkerStyle(labels, _plain_numbers(footnotes, end.body), author_year)
    front = read_front(scan.elements, known_title=meta.title)
    author = meta.author or front.author
    title = clean_inline(extract_markers(front.title, labels)[0]) if front.title else ""
    blocks = build_blocks(front.elements, plain_headings=not has_md_headings, markdown=markdown, compact=scan.compact)
    back, references = back_matter(end.back)
    # A first paragraph after the author line is the abstract, unless the metadata gave one.
    has_author = author is not None and meta.abstract is None
    body = build_body(blocks, title=title, has_author=has_author, style=style, back=back)
    asides = [
        *(pages.furniture if pages else ()),
        *front.asides,
        *body.asides,
        *(Aside(AsideKind.REFERENCE, clean_inline(r)) for r in [*notes.references, *references]),
    ]
    return Document(
        id=slugify(title) if title else slugify(name, fallback="document"),
        title=title or title_from_file_name(name, _prose(body.sections)),
        author=author,
        abstract=body.abstract or (clean_inline(meta.abstract) if meta.abstract else None),
        sections=body.sections,
        footnotes=footnotes,
        trailing=body.trailing,
        asides=tuple(asides),
    )


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


def _prose(sections: Iterable[Section]) -> str:
    """The document's paragraphs, in order: an untitled document names what it is about in them."""
    return "\n".join(b.text for section in sections for b in section.blocks if isinstance(b, Paragraph))
