"""Raw elements -> raw blocks: headings, paragraphs rejoined across page breaks, numbered lists kept whole."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studyapp.text.headings import MAX_HEADING_CHARS, ends_dangling, ends_sentence, heading_kind, starts_lower
from studyapp.text.inline import clean_inline
from studyapp.text.lines import Element, join_wrapped
from studyapp.text.markers import SUPERSCRIPT_DIGITS

_TAIL = 300  # enough of a paragraph's end to tell whether it ends a sentence
_MAX_ITEM = 2000  # a list item continued after a page break, but not indefinitely
_LABEL_WORDS = 10  # a short unfinished line ("From Wikipedia, the free encyclopedia") is a label, not a cut page
_TOC_TITLES = frozenset({"contents", "table of contents"})
_TOC_ENTRY_CHARS = 80
_KEYWORDS = re.compile(r"^\W{0,2}(?:key ?words|index terms|jel classification)\W{0,2}\s*:", re.IGNORECASE)
BY_LINE = re.compile(
    r"^\W{0,3}(?:by|(?:written|prepared|compiled) by|authors?:)\s+(\S.{0,150}?)[\s*,\u2020\u2021"
    + SUPERSCRIPT_DIGITS
    + r"]*$",
    re.IGNORECASE,
)


@dataclass
class RawHeading:
    text: str
    kind: str  # "md", or how a plain-text heading looks: "caps", "strong", "title", "plain", "emphasis"
    md_level: int = 0


@dataclass
class RawParagraph:
    """A paragraph, kept as the pieces a page break split it into (joined once, never quadratically)."""

    parts: list[str]
    closed: bool = False  # a bullet point: nothing after it continues it

    @property
    def text(self) -> str:
        if len(self.parts) > 1:
            self.parts = [_join_pieces(self.parts)]
        return self.parts[0]

    @property
    def tail(self) -> str:
        return self.parts[-1][-_TAIL:]

    def add(self, piece: str) -> None:
        self.parts.append(piece)


@dataclass
class RawList:
    items: list[tuple[int, str]] = field(default_factory=list)


RawBlock = RawHeading | RawParagraph | RawList


def build_blocks(elements: list[Element], *, plain_headings: bool, markdown: bool = False) -> list[RawBlock]:
    """Turn elements into blocks.

    A paragraph that does not end a sentence continues in the next text block (a page break); so does a
    block that starts with a lower-case letter. A lone short line becomes a heading only when the text
    before it is complete and the text after it does not continue it. In plain text (not Markdown), an
    ALL-CAPS first line right on top of its paragraph is a heading too.
    """
    blocks: list[RawBlock] = []
    in_contents = False
    for i, element in enumerate(elements):
        last = blocks[-1] if blocks else None
        if _is_contents(element) or (in_contents and _is_contents_entries(element)):
            in_contents = element.alone or (element.kind == "heading" and len(element.raw) == 1)
            continue  # a table of contents is navigation, nothing to study
        in_contents = False
        if element.kind == "heading":
            blocks.append(RawHeading(element.text, "md", element.level))
        elif element.kind == "item":
            if isinstance(last, RawList) and element.number == last.items[-1][0] + 1:
                last.items.append((element.number, element.text))
            else:
                blocks.append(RawList([(element.number, element.text)]))
        elif element.kind == "bullet":
            blocks.append(RawParagraph([element.text], closed=True))
        elif _KEYWORDS.match(element.text):
            continue  # "Keywords: ..." describes the article; it is nothing to study
        elif plain_headings and not markdown and (kind := _heading_on_top(element, last)):
            blocks.append(RawHeading(element.raw[0].strip(), kind))
            blocks.append(RawParagraph([join_wrapped(element.raw[1:])]))
        elif (
            isinstance(last, RawParagraph)
            and not last.closed
            and (starts_lower(element.text) or (not ends_sentence(last.tail) and not _label(last)))
        ):
            last.add(element.text)
        elif (
            isinstance(last, RawList)
            and starts_lower(element.text)
            and len(last.items[-1][1]) < _MAX_ITEM
            and not ends_sentence(last.items[-1][1])
        ):
            number, text = last.items[-1]
            last.items[-1] = (number, _glue(text, element.text))
        else:
            kind = _heading_kind(elements, i) if plain_headings else None
            blocks.append(RawHeading(element.text, kind) if kind else RawParagraph([element.text]))
    return blocks


def _label(paragraph: RawParagraph) -> bool:
    """A short line that ends neither a sentence nor mid-phrase: a tagline or a label, which a capitalised
    block after it does not continue."""
    return (
        len(paragraph.parts) == 1
        and len(paragraph.parts[0].split()) < _LABEL_WORDS
        and not ends_dangling(paragraph.parts[0])
    )


def _is_contents(element: Element) -> bool:
    """A "Contents" line, alone or on top of its entries ("1 History", "2 Eruption", ...)."""
    if clean_inline(element.raw[0] if element.raw else element.text).strip(" :#*_").lower() not in _TOC_TITLES:
        return False
    return element.kind == "heading" or len(element.raw) == 1 or _short_lines(element.raw[1:])


def _is_contents_entries(element: Element) -> bool:
    return element.kind in ("text", "item") and _short_lines(element.raw) and not ends_sentence(element.raw[-1])


def _short_lines(lines: list[str]) -> bool:
    return all(len(line.strip()) <= _TOC_ENTRY_CHARS for line in lines)


def _heading_kind(elements: list[Element], i: int) -> str | None:
    element = elements[i]
    if not element.alone or BY_LINE.match(element.text):
        return None
    nxt = elements[i + 1] if i + 1 < len(elements) else None
    if nxt is not None and nxt.kind == "text" and starts_lower(nxt.text):
        return None
    kind = heading_kind(clean_inline(element.text))
    stripped = element.text.strip()
    if kind and stripped[:1] in "*_" and stripped[-1:] in "*_":  # a heading set in bold or italics
        return "strong" if stripped[:2] in ("**", "__") else "emphasis"
    return kind


def _heading_on_top(element: Element, last: RawBlock | None) -> str | None:
    """A heading line right on top of its paragraph: ALL-CAPS, or a short line over a much longer one
    ("Early life" over an unwrapped paragraph) after a finished paragraph."""
    if len(element.raw) < 2 or len(element.raw[0]) > MAX_HEADING_CHARS:
        return None
    first, second = element.raw[0].strip(), element.raw[1].strip()
    kind = heading_kind(clean_inline(first))
    if kind == "caps" and (element.gap_before or not isinstance(last, RawParagraph) or ends_sentence(last.tail)):
        return kind
    previous_done = not isinstance(last, RawParagraph) or last.closed or ends_sentence(last.tail)
    if kind in ("title", "plain") and previous_done and 2 * len(first) < len(second) and second[:1].isupper():
        return kind
    return None


def _join_pieces(pieces: list[str]) -> str:
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].endswith("-") and not out[-1].endswith(" -"):
            out[-1] += piece  # a word or a compound broken across a page break
        else:
            out.append(piece)
    return " ".join(out)


def _glue(before: str, after: str) -> str:
    if before.endswith("-") and not before.endswith(" -"):
        return before + after
    return f"{before} {after}"
