"""Raw paragraphs and lists -> model blocks: sentences with their footnotes, list items with their lead."""

from __future__ import annotations

from studyapp.text.blocks import RawAside, RawBlock, RawList, RawParagraph, RawTable
from studyapp.text.citations import citation_spans
from studyapp.text.document import Aside, AsideKind, Block, ListItem, NumberedList, Paragraph, Sentence, Table
from studyapp.text.inline import clean_inline
from studyapp.text.markers import MarkerStyle, extract_markers, may_hold_marker, superscript_plain_digits
from studyapp.text.sentences import split_sentences

_CONJUNCTIONS = frozenset({"and", "or"})
_KEEP_FINAL_DOT = frozenset({"etc", "Inc", "Ltd", "Co", "al"})


def paragraph(text: str, style: MarkerStyle) -> Paragraph:
    """Clean ``text`` for display, split it into sentences and turn footnote markers into numbers."""
    marked = _marked(clean_inline(text), style)
    if not may_hold_marker(marked) and not style.author_year:  # most paragraphs: no sentence needs a look
        return Paragraph(tuple(Sentence(raw) for raw in split_sentences(marked)))
    sentences = []
    for raw in split_sentences(marked):
        sentence, notes = extract_markers(raw, style.labels)
        if sentence:
            sentences.append(Sentence(sentence, notes, citation_spans(sentence) if style.author_year else ()))
    return Paragraph(tuple(sentences))


def section_blocks(
    content: list[RawBlock], section_title: str, style: MarkerStyle
) -> tuple[tuple[Block, ...], tuple[Aside | Table, ...]]:
    """The study blocks of one section and its asides (each placed before the study block it precedes).

    A list's lead is the last sentence before it, else the section title.
    """
    blocks: list[Block] = []
    asides: list[Aside | Table] = []
    for raw in content:
        if isinstance(raw, RawParagraph):
            para = paragraph(raw.text, style)
            if para.sentences:
                blocks.append(para)
        elif isinstance(raw, RawList):
            previous = blocks[-1] if blocks else None
            lead = previous.sentences[-1].text if isinstance(previous, Paragraph) else section_title
            blocks.append(NumberedList(lead, tuple(list_item(n, t, style) for n, t in raw.items)))
        elif isinstance(raw, RawAside) and raw.kind is AsideKind.MARKUP:
            asides.append(Aside(raw.kind, raw.text.strip(), len(blocks)))  # shown as it stands, if at all
        elif isinstance(raw, RawAside):
            text, notes = extract_markers(clean_inline(raw.text), style.labels)
            if text.strip():
                asides.append(Aside(raw.kind, text.strip(), len(blocks), notes))
        elif isinstance(raw, RawTable):
            rows = tuple(tuple(aside_text(cell, style) for cell in row) for row in raw.rows)
            asides.append(Table(rows, raw.header, len(blocks)))
    return tuple(blocks), tuple(asides)


def aside_text(text: str, style: MarkerStyle) -> str:
    """An aside's text for display: Markdown leftovers and footnote markers taken out."""
    return extract_markers(clean_inline(text), style.labels)[0].strip()


def list_item(number: int, text: str, style: MarkerStyle) -> ListItem:
    """A list item cleaned for display, without its footnote markers and its trailing ";", "; and", "."."""
    cleaned, notes = extract_markers(_marked(clean_inline(text), style), style.labels)
    return ListItem(number, strip_item_end(cleaned), notes)


def _marked(text: str, style: MarkerStyle) -> str:
    return superscript_plain_digits(text, style.plain_numbers) if style.plain_numbers else text


def strip_item_end(text: str) -> str:
    """``"To ensure peace; and"`` (or ``"; and:"``) -> ``"To ensure peace"``; ``"the U.S."`` keeps its final dot."""
    stripped = text.rstrip()
    words = stripped.rsplit(None, 1)
    if len(words) == 2 and words[1].rstrip(":") in _CONJUNCTIONS:  # "; and:" before the last item
        stripped = words[0].rstrip()
        if stripped[-1:] in (";", ","):
            stripped = stripped[:-1].rstrip()
        return stripped or text
    if stripped.endswith("."):
        last_word = words[-1] if words else ""
        if "." in last_word[:-1] or last_word[:-1] in _KEEP_FINAL_DOT:
            return stripped
    return stripped.rstrip(";,.").rstrip() or text
