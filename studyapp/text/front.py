"""The top of a document: a ``---`` metadata block, the title line and the "By X*" author line."""

from __future__ import annotations

import re

from studyapp.text.blocks import BY_LINE
from studyapp.text.headings import heading_kind
from studyapp.text.inline import clean_inline
from studyapp.text.lines import Element

_MAX_META_LINES = 40
_MAX_AUTHOR_WORDS = 12
_MAX_TITLE_CHARS = 200
_MAX_BARE_NAME_CHARS = 80
_MAX_TITLE_LINES = 3
_AUTHOR_NOTE_MARKS = ("*", "\u2020", "\u2021")
_NAME_TOKEN = re.compile(r"^(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'\u2019-]+\.?|Ph\.D\.|(?:de|van|von|der|da|al|bin|ibn)-?)$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_NAME_JOINERS = frozenset({"and", "&"})
_MAX_TITLE_WORDS = 25
# Headings that open a body rather than name a document.
_SECTION_WORDS = frozenset({"introduction", "background", "overview", "contents", "table of contents"})


def metadata_block(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """A YAML-like ``---`` block at the very top (``title: ...``, ``author: ...``): its fields and the rest."""
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), _MAX_META_LINES)):
        if lines[end].strip() in ("---", "..."):
            meta = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep and value.strip():
                    meta[key.strip().lower()] = value.strip().strip("\"'")
            return (meta, lines[end + 1 :]) if meta else ({}, lines)
    return {}, lines


def title_and_author(
    elements: list[Element], *, known_title: str | None = None
) -> tuple[str | None, str | None, list[Element]]:
    """The title (a ``# title`` alone at its level, or a first heading-like line) and the author ("By X*").

    Returns the raw title, the author's name and the elements that remain. With a ``known_title`` (from
    metadata), no line is taken as the title.
    """
    title: str | None = None
    author: str | None = None
    rest = list(elements)
    if known_title:
        title = known_title
    elif rest:
        first = rest[0]
        if first.kind == "heading":
            if sum(1 for e in rest if e.kind == "heading" and e.level <= first.level) == 1:
                title, rest = first.text, rest[1:]
        elif first.kind == "text" and len(first.raw) <= _MAX_TITLE_LINES and _title_like(first.text):
            title, rest = _title_lines(first.raw), rest[1:]
            if len(rest) >= 2 and rest[0].alone and _title_like(rest[0].text) and _by_line_name(rest[1]):
                title, rest = _with_subtitle(title, rest[0].text), rest[1:]
    for i, element in enumerate(rest[:2]):
        name = _by_line_name(element)
        if name:
            author, rest = name, rest[:i] + rest[i + 1 :]
            break
    if author is None and title is not None and rest and _bare_name_line(rest[0]):
        author, rest = _author_name(rest[0].raw[0]), rest[1:]
    return title, author, rest


def _by_line_name(element: Element) -> str | None:
    if element.kind != "text" or len(element.raw) > 2:
        return None
    match = BY_LINE.match(clean_inline(element.text))
    name = match and _author_name(match.group(1))
    return name if name and len(name.split()) <= _MAX_AUTHOR_WORDS else None


def _with_subtitle(title: str, subtitle: str) -> str:
    return f"{title} {subtitle}" if title.rstrip().endswith((":", "\u2014", "-")) else f"{title}: {subtitle}"


def _title_lines(lines: list[str]) -> str:
    """A title over several lines; a Title-Case second line is a subtitle ("Gas and Power: A New Map")."""
    title = lines[0].strip()
    for line in lines[1:]:
        line = line.strip()
        subtitle = heading_kind(clean_inline(title)) == "title" == heading_kind(clean_inline(line))
        title = _with_subtitle(title, line) if subtitle else f"{title} {line}"
    return title


def _bare_name_line(element: Element) -> bool:
    """A name under the title without "By" ("A. B. Lindqvist", "Jane Roe*"), perhaps with an affiliation
    on the lines below it."""
    if element.kind != "text" or len(element.raw) > _MAX_TITLE_LINES or not element.gap_before:
        return False
    line = element.raw[0].strip()
    if len(line) > _MAX_BARE_NAME_CHARS:
        return False
    marked = line.endswith(_AUTHOR_NOTE_MARKS)  # "Jane Roe*" points to a note on the author
    tokens = clean_inline(line).strip("".join(_AUTHOR_NOTE_MARKS)).replace(",", " ").split()
    return (
        2 <= len(tokens) <= _MAX_AUTHOR_WORDS
        and all(_NAME_TOKEN.match(t) or t in _NAME_JOINERS for t in tokens)
        and (marked or any(_INITIAL.match(t) for t in tokens))
    )


def _author_name(text: str) -> str:
    name = clean_inline(text).strip(" *,\u2020\u2021")
    last_word = name.rsplit(" ", 1)[-1]
    if name.endswith(".") and "." not in last_word[:-1] and len(last_word) > 2:
        name = name[:-1]  # "By Jane Smith." but not "Ph.D." or an initial
    return name


def _title_like(text: str) -> bool:
    cleaned = clean_inline(text)
    if BY_LINE.match(cleaned) or cleaned.lower().strip(" :") in _SECTION_WORDS:
        return False
    if len(cleaned) > _MAX_TITLE_CHARS or cleaned.rstrip()[-1:] in ".,;":
        return False
    return heading_kind(cleaned) is not None or (len(cleaned.split()) <= _MAX_TITLE_WORDS and cleaned[:1].isupper())
