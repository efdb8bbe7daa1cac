"""The top of a document: the title line, the "By X*" author line, and a paper's
block of author names, affiliations and e-mail addresses (front matter, kept apart from the study text)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from studyapp.text.blocks import BY_LINE
from studyapp.text.document import Aside, AsideKind
from studyapp.text.headings import heading_kind
from studyapp.text.inline import clean_inline
from studyapp.text.lines import Element, join_wrapped
from studyapp.text.markers import extract_markers

_MAX_AUTHOR_WORDS = 12
_MAX_TITLE_CHARS = 200
_MAX_BARE_NAME_CHARS = 80
_MAX_TITLE_LINES = 3
_AUTHOR_NOTE_MARKS = ("*", "\u2020", "\u2021")
_NAME_TOKEN = re.compile(r"^(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'\u2019-]+\.?|Ph\.D\.|(?:de|van|von|der|da|al|bin|ibn)-?)$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_NAME_JOINERS = frozenset({"and", "&"})
_MAX_TITLE_WORDS = 25
_MAX_FRONT_LINE = 150
_AFFILIATION = re.compile(
    r"\b(?:University|Universit[éeà]|Institute|Institut|College|Department|Dept\.|School of|Center|Centre|"
    r"Laboratory|Faculty|Academy|Hospital|Foundation)\b"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"\w+")
# Headings that open a body rather than name a document.
_SECTION_WORDS = frozenset({"introduction", "background", "overview", "contents", "table of contents"})


@dataclass(frozen=True)
class Front:
    """The top of a document read.

    Attributes:
        title: the raw title line, or None.
        author: the author's name (names, "A and B"), or None.
        elements: the elements after the title and author lines.
        asides: front matter kept apart: author names, affiliations, e-mail addresses.
    """

    title: str | None
    author: str | None
    elements: list[Element]
    asides: tuple[Aside, ...] = ()


def read_front(elements: list[Element], *, known_title: str | None = None) -> Front:
    """The title and author (see :func:`title_and_author`), and a paper's author block at the top of the first
    block after the title: the title printed again, lines of names, affiliations and e-mail addresses, set
    without blank lines above the abstract (as text converted from PDF has it)."""
    title, author, rest = title_and_author(elements, known_title=known_title)
    if title is None or not rest or rest[0].kind != "text":
        return Front(title, author, rest)
    first = rest[0]
    names: list[str] = []
    asides: list[Aside] = []
    title_words = _words(title)
    repeated = affiliated = 0
    k = 0
    for k, line in enumerate(first.raw):  # noqa: B007 (k is where the front matter ends)
        text = clean_inline(line).strip()
        words = _words(text)
        if not names and words and title_words[repeated : repeated + len(words)] == words:
            repeated += len(words)  # the title again, over its lines
        elif _name_line(text):
            names.append(_author_name(text))
            asides.append(Aside(AsideKind.FRONT_MATTER, names[-1]))
        elif names and len(text) <= _MAX_FRONT_LINE and (_AFFILIATION.search(text) or _EMAIL.search(text)):
            asides.append(Aside(AsideKind.FRONT_MATTER, text))
            affiliated += 1
        else:
            break
    else:
        k = len(first.raw)
    # A name over a paragraph may be a heading ("Early Life"): names count after the title printed again,
    # two or more of them, or with an affiliation.
    if not names or k == len(first.raw) or not (repeated == len(title_words) or len(names) > 1 or affiliated):
        return Front(title, author, rest)
    kept = first.raw[k:]
    remainder = [replace(first, text=join_wrapped(kept), raw=kept, alone=False)]
    return Front(title, author or " and ".join(names), remainder + rest[1:], tuple(asides))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _name_line(text: str) -> bool:
    """A line of one or more names ("Yarimar Bonilla", "A. B. Lindqvist and Jane Roe*")."""
    if len(text) > _MAX_BARE_NAME_CHARS or any(c.isdigit() for c in text) or text.isupper():
        return False
    tokens = text.strip("".join(_AUTHOR_NOTE_MARKS)).replace(",", " ").split()
    return 2 <= len(tokens) <= _MAX_AUTHOR_WORDS and all(_NAME_TOKEN.match(t) or t in _NAME_JOINERS for t in tokens)


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
            title, rest = _without_open_bracket(_title_lines(first.raw)), rest[1:]
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


def _without_open_bracket(title: str) -> str:
    """The title before a bracket it never closes: "CLAUDIUS (;Classical Latin spelling and ... of the name of
    Claudius:" opens a pronunciation the copy cut (blind read r127: every item headed with it)."""
    depth, opened = 0, -1
    for index, char in enumerate(title):
        if char == "(":
            depth, opened = depth + 1, index if depth == 0 else opened
        elif char == ")" and depth:
            depth -= 1
    if depth == 0 or opened <= 0:
        return title
    return title[:opened].rstrip(" ,;:")


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


_IMAGE_FILE_NAME = re.compile(r"\S+\.(?:jpe?g|png|gif|svg|tiff?|webp)", re.IGNORECASE)


def _title_like(text: str) -> bool:
    cleaned = clean_inline(text)
    if BY_LINE.match(cleaned) or cleaned.lower().strip(" :") in _SECTION_WORDS:
        return False
    if _IMAGE_FILE_NAME.match(cleaned) or text.rstrip().endswith("]]"):
        return False  # images above an untitled copy ("ATLAS_OR_GETTYSBURG_CAMPAIGN_MAP.jpg ...", read r49) or a
        # caption's tail ("Michelangelo's_David_2015.jpg'', by Michelangelo ... world art.]]", r55)
    if len(cleaned) > _MAX_TITLE_CHARS or extract_markers(cleaned)[0].rstrip()[-1:] in ".,;":
        return False  # (a sentence with its note mark, "... following the English Reformation.[1]", blind read r101)
    return heading_kind(cleaned) is not None or (len(cleaned.split()) <= _MAX_TITLE_WORDS and cleaned[:1].isupper())
