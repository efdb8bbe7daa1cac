"""Text -> :class:`Document`: front matter, sections, paragraphs, sentences, lists, footnotes."""
from __future__ import annotations

import gc
import gc
import re
from collections.abc import Iterable, Mapping

from studyapp.errors import DocumentError
from studyapp.text.blocks import BY_LINE, RawBlock, RawHeading, RawList, RawParagraph, build_blocks
from studyapp.text.document import (
    Block, Document, Footnote, ListItem, NumberedList, Paragraph, Section, Sentence,
)
from studyapp.text.headings import heading_kind
from studyapp.text.inline import clean_inline
from studyapp.text.lines import MD_HEADING, Element, join_wrapped, scan_lines
from studyapp.text.markers import extract_markers
from studyapp.text.notes import is_notes_title, parse_notes
from studyapp.text.sentences import split_sentences
from studyapp.text.slugs import UniqueSlugs, slugify

_ABSTRACT_LABEL = re.compile(r"^\W*(?:abstract|summary)\W*\s*", re.IGNORECASE)
_ABSTRACT_TITLES = frozenset({"abstract", "summary"})
_TRAILING_TITLES = re.compile(r"^about the authors?$|^(?:author|authors)(?:'s)? (?:bio|note)$", re.IGNORECASE)
_ITEM_END = re.compile(r"(?:\s*[;,]\s*(?:and|or)|\s+(?:and|or)|\s*[;,.])\s*$")
_FRONT_HEADINGS = frozenset({"introduction", "background", "overview", "contents", "table of contents"})
_MAX_AUTHOR_WORDS = 12
_MAX_META_LINES = 40
INTRO_TITLE = "Introduction"
NO_HEADING_TITLE = "Text"


def parse_document(text: str, *, name: str, markdown: bool | None = None) -> Document:
    """Read ``text`` (plain text or Markdown) into a :class:`Document`.

    Args:
        text: the decoded document.
        name: the file stem; gives the id and title when the text has no title.
        markdown: force Markdown rules on or off; by default detected from the content.

    Raises:
        DocumentError: the text is empty or holds only white space.
    """
    text = normalize_newlines(text)
    if not text.strip():
        raise DocumentError(f"The document \u201c{name}\u201d is empty: there is no text to study.")
    # Parsing makes many small objects and no reference cycles: the cyclic collector would only scan them
    # again and again, which makes big documents take superlinear time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse(text, name=name, markdown=markdown)
    finally:
        if collecting:
            gc.enable()


def _parse(text: str, *, name: str, markdown: bool | None) -> Document:
    lines = text.split("\n")
    meta, lines = _front_matter_block(lines)
    body_lines, note_lines = _split_notes(lines)
    scan = scan_lines(body_lines)
    has_md_headings = any(e.kind == "heading" for e in scan.elements)
    if markdown is None:
        markdown = has_md_headings or bool(scan.definitions)
    labels = _label_numbers(label for label, _ in scan.definitions)
    footnotes = _merge_notes(
        parse_notes(note_lines),
        [Footnote(labels[label], clean_inline(join_wrapped(parts))) for label, parts in scan.definitions],
    )
    elements = scan.elements
    title, author, elements = _front_matter(elements)
    title = meta.get("title") or title
    author = meta.get("author") or author
    blocks = build_blocks(elements, plain_headings=not has_md_headings, markdown=markdown)
    return _assemble(blocks, title=title, author=author, name=name, labels=labels, footnotes=footnotes)


def normalize_newlines(text: str) -> str:
    """CRLF and CR -> LF; a leading BOM and NUL characters removed."""
    text = text.lstrip("\ufeff").replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _front_matter_block(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """A YAML-like ``---`` block at the very top (``title: ...``, ``author: ...``) is metadata, not text."""
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), _MAX_META_LINES)):
        if lines[end].strip() in ("---", "..."):
            meta = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep and value.strip():
                    meta[key.strip().lower()] = value.strip().strip("\"'")
            if not meta:
                return {}, lines
            return meta, lines[end + 1:]
    return {}, lines


def _split_notes(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines after the last notes heading ("NOTES", "## References") are the notes section."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.strip() and len(line) <= 60 and is_notes_title(line):
            alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
            if alone or MD_HEADING.match(line):
                return lines[:i], lines[i + 1:]
    return lines, []


def _label_numbers(labels: Iterable[str]) -> dict[str, int]:
    labels = list(dict.fromkeys(labels))
    numbers = {label: int(label) for label in labels if label.isdigit()}
    next_number = max(numbers.values(), default=0) + 1
    for label in labels:
        if label not in numbers:
            numbers[label], next_number = next_number, next_number + 1
    return numbers


def _merge_notes(*groups: list[Footnote]) -> tuple[Footnote, ...]:
    by_number: dict[int, Footnote] = {}
    for group in groups:
        for note in group:
            by_number.setdefault(note.number, note)
    return tuple(by_number[n] for n in sorted(by_number))


def _front_matter(elements: list[Element]) -> tuple[str | None, str | None, list[Element]]:
    """Title (a ``# title`` or a first heading-like line) and author ("By X*") at the top."""
    title: str | None = None
    author: str | None = None
    rest = list(elements)
    if rest:
        first = rest[0]
        if first.kind == "heading":
            same_level = [e for e in rest if e.kind == "heading" and e.level <= first.level]
            if len(same_level) == 1:
                title = first.text
                rest = rest[1:]
        elif first.kind == "text" and len(first.raw) == 1:
            if _title_like(first.text) and not BY_LINE.match(first.text):
                title = first.text
                rest = rest[1:]
    for i, element in enumerate(rest[:2]):
        if element.kind == "text" and len(element.raw) <= 2:
            match = BY_LINE.match(clean_inline(element.text))
            candidate = match and _author_name(match.group(1))
            if candidate and len(candidate.split()) <= _MAX_AUTHOR_WORDS:
                author = candidate
                rest = rest[:i] + rest[i + 1:]
                break
    return title, author, rest


def _author_name(text: str) -> str:
    name = clean_inline(text).strip(" *,")
    last_word = name.rsplit(" ", 1)[-1]
    if name.endswith(".") and "." not in last_word[:-1] and len(last_word) > 2:
        name = name[:-1]  # "By Jane Smith." but not "Ph.D." or an initial
    return name


def _title_like(text: str) -> bool:
    cleaned = clean_inline(text)
    if cleaned.lower().strip(" :") in _FRONT_HEADINGS:
        return False
    if len(cleaned) > 200 or cleaned.rstrip()[-1:] in ".,;":
        return False
    return heading_kind(cleaned) is not None or (len(cleaned.split()) <= 25 and cleaned[:1].isupper())


def _assemble(blocks: list[RawBlock], *, title: str | None, author: str | None, name: str,
              labels: Mapping[str, int], footnotes: tuple[Footnote, ...]) -> Document:
    title_text = clean_inline(extract_markers(title, labels)[0]) if title else ""
    display_name = re.sub(r"[-_]+", " ", name).strip()
    doc_title = title_text or display_name or "Untitled"
    levels = _heading_levels([b for b in blocks if isinstance(b, RawHeading)])
    slugs = UniqueSlugs()
    sections: list[Section] = []
    trailing: list[Paragraph] = []
    abstract: str | None = None
    front: list[RawBlock] = []
    current: tuple[str, int, list[RawBlock]] | None = None  # title, level, blocks
    grouped: list[tuple[str, int, list[RawBlock]]] = []
    for block in blocks:
        if isinstance(block, RawHeading):
            current = (clean_inline(extract_markers(block.text, labels)[0]), levels[id(block)], [])
            grouped.append(current)
        elif current is None:
            front.append(block)
        else:
            current[2].append(block)
    if not grouped:
        grouped = [(title_text or NO_HEADING_TITLE, 1, front)]
        front = []
    kept: list[tuple[str, int, list[RawBlock]]] = []
    for heading, level, content in grouped:
        key = heading.lower().strip(" :.")
        if key in _ABSTRACT_TITLES and abstract is None and not kept:
            abstract = " ".join(_plain_text(b, labels) for b in content if isinstance(b, RawParagraph)) or None
        elif _TRAILING_TITLES.match(key):
            trailing.extend(_paragraph(b.text, labels) for b in content if isinstance(b, RawParagraph))
        else:
            kept.append((heading, level, content))
    if front:
        if author and isinstance(front[0], RawParagraph) and abstract is None:
            abstract = _plain_text(front[0], labels)
            front = front[1:]
        elif isinstance(front[0], RawParagraph) and _ABSTRACT_LABEL.match(front[0].text) and abstract is None:
            abstract = _ABSTRACT_LABEL.sub("", _plain_text(front[0], labels), count=1)
            front = front[1:]
        if front:
            kept.insert(0, (INTRO_TITLE, 1, front))
    if kept:
        heading, level, content = kept[-1]
        while content and isinstance(content[-1], RawParagraph) and _is_emphasized(content[-1].text):
            trailing.insert(0, _paragraph(content.pop().text, labels))
    parent: str | None = None
    for heading, level, content in kept:
        section_id = slugs.make(heading)
        if level == 1 or parent is None:
            level, parent = 1, section_id
            sections.append(Section(section_id, heading, 1, None, _blocks(content, heading, labels)))
        else:
            sections.append(Section(section_id, heading, 2, parent, _blocks(content, heading, labels)))
    return Document(
        id=slugify(title_text) if title_text else slugify(name, fallback="document"),
        title=doc_title,
        author=author,
        abstract=abstract,
        sections=tuple(sections),
        footnotes=footnotes,
        trailing=tuple(trailing),
    )


def _heading_levels(headings: list[RawHeading]) -> dict[int, int]:
    md = [h.md_level for h in headings if h.kind == "md"]
    base = min(md, default=1)
    has_caps = any(h.kind == "caps" for h in headings)
    has_other = any(h.kind in ("title", "plain") for h in headings)
    levels: dict[int, int] = {}
    for h in headings:
        if h.kind == "md":
            levels[id(h)] = 1 if h.md_level == base else 2
        else:
            levels[id(h)] = 2 if (has_caps and has_other and h.kind != "caps") else 1
    return levels


def _is_emphasized(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) > 4 and stripped[0] in "*_" and stripped.rstrip("*_ ")[-1:] != "" and (
        stripped.endswith(("*", "_")))


def _plain_text(block: RawParagraph, labels: Mapping[str, int]) -> str:
    return _paragraph(block.text, labels).text


def _paragraph(text: str, labels: Mapping[str, int]) -> Paragraph:
    sentences = []
    for raw in split_sentences(clean_inline(text)):
        sentence, notes = extract_markers(raw, labels)
        if sentence:
            sentences.append(Sentence(sentence, notes))
    return Paragraph(tuple(sentences))


def _blocks(content: list[RawBlock], section_title: str, labels: Mapping[str, int]) -> tuple[Block, ...]:
    blocks: list[Block] = []
    for raw in content:
        if isinstance(raw, RawParagraph):
            paragraph = _paragraph(raw.text, labels)
            if paragraph.sentences:
                blocks.append(paragraph)
        elif isinstance(raw, RawList):
            previous = blocks[-1] if blocks else None
            lead = previous.sentences[-1].text if isinstance(previous, Paragraph) else section_title
            blocks.append(NumberedList(lead, tuple(_item(n, t, labels) for n, t in raw.items)))
    return tuple(blocks)


def _item(number: int, text: str, labels: Mapping[str, int]) -> ListItem:
    cleaned, notes = extract_markers(clean_inline(text), labels)
    return ListItem(number, _strip_item_end(cleaned), notes)


def _strip_item_end(text: str) -> str:
    last_word = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and ("." in last_word[:-1] or last_word[:-1] in ("etc", "Inc", "Ltd", "Co", "al")):
        return text
    stripped = _ITEM_END.sub("", text)
    return stripped or text
