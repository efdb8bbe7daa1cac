"""Raw elements -> raw blocks: headings, paragraphs rejoined across page breaks, numbered lists kept whole."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studyapp.text.captions import lone_captions
from studyapp.text.debris import block_kind, is_figure_label, looks_like_reference, split_debris
from studyapp.text.document import AsideKind
from studyapp.text.headings import (
    MAX_HEADING_CHARS,
    ends_dangling,
    ends_sentence,
    heading_kind,
    run_in_heading,
    starts_lower,
)
from studyapp.text.inline import clean_inline
from studyapp.text.lines import Element, join_wrapped
from studyapp.text.markers import SUPERSCRIPT_DIGITS

_TAIL = 300  # enough of a paragraph's end to tell whether it ends a sentence
_MAX_ITEM = 2000  # a list item continued after a page break, but not indefinitely
_MAX_CAPTION_LINES = 3
_HEADING_TAIL_CHARS = 40
_MAX_ASIDES_BETWEEN = 20
_MIN_REFERENCE_RUN = 2
_REFERENCE_SHARE = 0.8
_MAX_RUN_IN_WORDS = 10  # a subheading closed by a full stop ("Potential problems.")
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
    kind: str  # "md", or how a plain-text heading looks: "caps", "strong", "title", "plain", "emphasis", "runin"
    md_level: int = 0
    blanks: int = 0  # blank lines before it


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


@dataclass
class RawAside:
    """Text that is no study material (see :class:`studyapp.text.document.AsideKind`)."""

    kind: AsideKind
    text: str


@dataclass
class RawTable:
    rows: tuple[tuple[str, ...], ...]
    header: bool


RawBlock = RawHeading | RawParagraph | RawList | RawAside | RawTable


def build_blocks(
    elements: list[Element], *, plain_headings: bool, markdown: bool = False, compact: bool = False
) -> list[RawBlock]:
    """Turn elements into blocks.

    Debris (captions, markup, licence lines, tables) becomes asides and tables first, so that no heading is
    ever made of it. A paragraph that does not end a sentence continues in the next text block (a page
    break), across any asides between them; so does a block that starts with a lower-case letter. A lone
    short line becomes a heading only when the text before it is complete and the text after it does not
    continue it. In plain text (not Markdown), an ALL-CAPS first line right on top of its paragraph is a
    heading too, and so is a heading run into its paragraph's first line.
    """
    blocks: list[RawBlock] = []
    in_contents = False
    plain = plain_headings and not markdown
    captions = lone_captions(elements) if plain_headings else set()
    caption: RawAside | None = None  # a figure's caption that the next block may go on
    for i, element in enumerate(elements):
        last = _last_content(blocks)
        if _is_contents(element) or (in_contents and _is_contents_entries(element)):
            in_contents = element.alone or (element.kind == "heading" and len(element.raw) == 1)
            continue  # a table of contents is navigation, nothing to study
        in_contents = False
        if caption is not None and element.kind == "text" and _continues_caption(caption, element):
            caption.text = _glue(caption.text, element.text)
            continue
        caption = None
        if element.kind == "heading":
            blocks.append(RawHeading(element.text, "md", element.level, element.blanks))
        elif element.kind == "table" and element.table is not None:
            blocks.append(RawTable(element.table.rows, element.table.header))
        elif element.kind == "item":
            if isinstance(last, RawList) and element.number == last.items[-1][0] + 1:
                last.items.append((element.number, element.text))
            else:
                blocks.append(RawList([(element.number, element.text)]))
        elif element.kind == "bullet":
            kind = block_kind(element.text)
            blocks.append(RawAside(kind, element.text) if kind else RawParagraph([element.text], closed=True))
        elif _KEYWORDS.match(element.text):
            continue  # "Keywords: ..." describes the article; it is nothing to study
        elif i in captions or is_figure_label(element.text):
            label = RawAside(AsideKind.CAPTION, element.text)
            blocks.append(label)
            caption = label if i not in captions else None
        else:
            pieces = split_debris(element.text)
            if len(pieces) == 1 and pieces[0].kind is None and pieces[0].text == element.text:
                _add_text(blocks, elements, i, last, headings=plain_headings, plain=plain, compact=compact)
                continue
            for piece in pieces:
                if piece.kind is not None:
                    aside = RawAside(piece.kind, piece.text)
                    blocks.append(aside)
                    caption = aside if is_figure_label(piece.text) else None
                else:
                    _add_prose(blocks, piece.text.strip())
    return _reference_runs(blocks)


def _reference_runs(blocks: list[RawBlock]) -> list[RawBlock]:
    """A numbered list or a run of bullets whose entries are sources (document codes, citations) is a list of
    references, not study text."""
    out: list[RawBlock] = []
    run: list[RawParagraph] = []
    for block in [*blocks, None]:
        if isinstance(block, RawParagraph) and block.closed:
            run.append(block)
            continue
        if run:
            references = sum(1 for b in run if looks_like_reference(b.text))
            is_list = len(run) >= _MIN_REFERENCE_RUN and references >= _REFERENCE_SHARE * len(run)
            out.extend(RawAside(AsideKind.REFERENCE, b.text) if is_list else b for b in run)
            run = []
        if isinstance(block, RawList) and sum(1 for _, t in block.items if looks_like_reference(t)) >= max(
            _MIN_REFERENCE_RUN, _REFERENCE_SHARE * len(block.items)
        ):
            out.extend(RawAside(AsideKind.REFERENCE, f"{n}. {t}") for n, t in block.items)
        elif block is not None:
            out.append(block)
    return out


def _add_text(
    blocks: list[RawBlock],
    elements: list[Element],
    i: int,
    last: RawBlock | None,
    *,
    headings: bool,
    plain: bool,
    compact: bool,
) -> None:
    """Add a text element of prose: a heading, a paragraph, or the continuation of the block before it.

    ``headings``: lone lines may be headings (the text has no Markdown headings); ``plain``: plain-text rules
    too (a heading on top of its paragraph or run into it)."""
    element = elements[i]
    if plain and (kind := _heading_on_top(element, last)):
        lines = _heading_lines(element.raw, kind)
        blocks.append(RawHeading(join_wrapped(element.raw[:lines]), kind, blanks=element.blanks))
        if element.raw[lines:]:
            blocks.append(RawParagraph([join_wrapped(element.raw[lines:])]))
    elif (
        _continues(last, element.text)
        and not _heading_after_cut(elements, i, last, headings, compact)
        and not _quoted_block(element, last)
    ):
        _add_prose(blocks, element.text)
    elif (
        isinstance(last, RawList)
        and starts_lower(element.text)
        and len(last.items[-1][1]) < _MAX_ITEM
        and not ends_sentence(last.items[-1][1])
    ):
        number, text = last.items[-1]
        last.items[-1] = (number, _glue(text, element.text))
    elif plain and element.gap_before and (run_in := run_in_heading(element.text)):
        head, rest = run_in
        blocks.append(RawHeading(head, heading_kind(head) or "title", blanks=element.blanks))
        blocks.append(RawParagraph([rest]))
    else:
        kind = _heading_kind(elements, i, compact=compact and plain) if headings else None
        text = element.text.rstrip(".") if kind == "runin" else element.text
        blocks.append(RawHeading(text, kind, blanks=element.blanks) if kind else RawParagraph([element.text]))


def _heading_after_cut(elements: list[Element], i: int, last: RawBlock | None, headings: bool, compact: bool) -> bool:
    """A heading after a paragraph that ends without a full stop ("... the United States and Canada[27]"),
    where the paragraph does not end mid-phrase: the line is a heading, not the paragraph's continuation."""
    element = elements[i]
    return (
        headings
        and element.alone
        and isinstance(last, RawParagraph)
        and not starts_lower(element.text)
        and not ends_dangling(last.tail)
        and _heading_kind(elements, i, compact=compact) is not None
    )


def _add_prose(blocks: list[RawBlock], text: str) -> None:
    """Add prose that is no heading: to the paragraph it continues, else as a paragraph of its own."""
    if not text:
        return
    last = _last_content(blocks)
    if isinstance(last, RawParagraph) and _continues(last, text):
        last.add(text)
    else:
        blocks.append(RawParagraph([text]))


def _continues(last: RawBlock | None, text: str) -> bool:
    return (
        isinstance(last, RawParagraph)
        and not last.closed
        and (starts_lower(text) or (not ends_sentence(last.tail) and not _label(last) and not _opens_a_sentence(text)))
    )


# Words that open a sentence and go in lower case inside one: a paragraph that begins with one begins a sentence
# even where the paragraph before stops mid-phrase, most often where the copy lost what ended it ("McClellan's army
# reached the gates of Richmond in the Peninsula Campaign,[86]" / "Also in the spring of 1862, ...", r79).
_SENTENCE_ADVERBS = frozenset(
    {"Also", "However", "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Therefore", "Thus"}
)


_NOTE_MARKERS_AT_END = re.compile(r"(?:\[\w+\])+$")


def _quoted_block(element: Element, last: RawBlock | None) -> bool:
    """An indented block after a blank line, under a lead that ends on a comma or a colon ("In the words of J.
    Desmond Clark,[17]" / "  It was early realized that ..."): a quotation set apart, not the lead's own words
    (blind read r167)."""
    if not isinstance(last, RawParagraph) or not element.gap_before or element.indent == 0:
        return False
    return _NOTE_MARKERS_AT_END.sub("", last.tail.rstrip()).endswith((",", ":")) and not starts_lower(element.text)


def _opens_a_sentence(text: str) -> bool:
    return text.split(maxsplit=1)[0].rstrip(",") in _SENTENCE_ADVERBS if text.strip() else False


def _last_content(blocks: list[RawBlock]) -> RawBlock | None:
    """The last block that is not an aside: what a paragraph cut by a page break (and a figure) continues."""
    for block in blocks[: -_MAX_ASIDES_BETWEEN - 2 : -1]:  # a paragraph goes on across a few asides, not more
        if not isinstance(block, RawAside):
            return block
    return None


def _continues_caption(caption: RawAside, element: Element) -> bool:
    """True when ``element`` goes on with a figure's caption: the caption after a figure label alone, a caption
    cut mid-phrase ("Slave Revolt in Jamaica: A" / "Cartographic Narrative"), or a short lower-case line that
    finishes it ("Temporal map of the Caribbean" / "created by J. Blossom in 2015.")."""
    if len(element.raw) > _MAX_CAPTION_LINES:
        return False
    if is_figure_label(caption.text) or ends_dangling(caption.text) or caption.text.endswith(":"):
        return True
    return starts_lower(element.text) and not ends_sentence(caption.text) and ends_sentence(element.text)


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


# an image's option the copy left before a caption: "upright=1.35 A polling process was ..." (blind read r117)
_IMAGE_OPTION = re.compile(r"(?:upright|thumb|thumbnail|frameless|left|right|center)(?:=[\d.]+)?\s+[A-Z]")


def _heading_kind(elements: list[Element], i: int, *, compact: bool = False) -> str | None:
    """The kind of heading a lone line is, or None. In a compact text (paragraphs set apart without blank
    lines), a short line after a blank line is a subheading even when a full stop closes it."""
    element = elements[i]
    if not element.alone or BY_LINE.match(element.text):
        return None
    nxt = elements[i + 1] if i + 1 < len(elements) else None
    if (
        nxt is not None
        and nxt.kind == "text"
        and starts_lower(nxt.text)
        and split_debris(nxt.text)[0].kind is None
        and not _IMAGE_OPTION.match(nxt.text)
    ):
        return None  # the next block goes on with this line (a caption's end, "...]]", or an image's option does not)
    text = clean_inline(element.text)
    if (
        compact
        and element.blanks
        and text.endswith(".")
        and not text.endswith("..")
        and len(text.split()) <= _MAX_RUN_IN_WORDS
        and heading_kind(text[:-1]) is not None
    ):
        return "runin"
    kind = heading_kind(text)
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


def _heading_lines(raw: list[str], kind: str) -> int:
    """How many of ``raw``'s first lines an ALL-CAPS heading runs over: its first, and after it short lines that
    go on with it ("BUILDING AN ORGANIZATION, DECLARING WAR ON THE UNITED STATES" / "(1992-1996)")."""
    count = 1
    while (
        kind == "caps"
        and count < len(raw)
        and len(raw[count].strip()) <= _HEADING_TAIL_CHARS
        and not ends_sentence(raw[count])
        and (raw[count].strip().startswith("(") or heading_kind(clean_inline(raw[count])) == "caps")
    ):
        count += 1
    return count


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
