"""Raw paragraphs and lists -> model blocks: sentences with their footnotes, list items with their lead."""

from __future__ import annotations

from studyapp.text.blocks import RawBlock, RawList, RawParagraph
from studyapp.text.document import Block, ListItem, NumberedList, Paragraph, Sentence
from studyapp.text.inline import clean_inline
from studyapp.text.markers import MarkerStyle, extract_markers, may_hold_marker, superscript_plain_digits
from studyapp.text.sentences import split_sentences

_CONJUNCTIONS = frozenset({"and", "or"})
_KEEP_FINAL_DOT = frozenset({"etc", "Inc", "Ltd", "Co", "al"})


def paragraph(text: str, style: MarkerStyle) -> Paragraph:
    """Clean ``text`` for display, split it into sentences and turn footnote markers into numbers."""
    marked = _marked(clean_inline(text), style)
    if not may_hold_marker(marked):  # most paragraphs cite nothing: no sentence of theirs needs a look
        return Paragraph(tuple(Sentence(raw) for raw in split_sentences(marked)))
    sentences = []
    for raw in split_sentences(marked):
        sentence, notes = extract_markers(raw, style.labels)
        if sentence:
            sentences.append(Sentence(sentence, notes))
    return Paragraph(tuple(sentences))


def section_blocks(content: list[RawBlock], section_title: str, style: MarkerStyle) -> tuple[Block, ...]:
    """The blocks of one section; a list's lead is the last sentence before it, else the section title."""
    blocks: list[Block] = []
    for raw in content:
        if isinstance(raw, RawParagraph):
            para = paragraph(raw.text, style)
            if para.sentences:
                blocks.append(para)
        elif isinstance(raw, RawList):
            previous = blocks[-1] if blocks else None
            lead = previous.sentences[-1].text if isinstance(previous, Paragraph) else section_title
            blocks.append(NumberedList(lead, tuple(list_item(n, t, style) for n, t in raw.items)))
    return tuple(blocks)


def list_item(number: int, text: str, style: MarkerStyle) -> ListItem:
    """A list item cleaned for display, without its footnote markers and its trailing ";", "; and", "."."""
    cleaned, notes = extract_markers(_marked(clean_inline(text), style), style.labels)
    return ListItem(number, strip_item_end(cleaned), notes)


def _marked(text: str, style: MarkerStyle) -> str:
    return superscript_plain_digits(text, style.plain_numbers) if style.plain_numbers else text


def strip_item_end(text: str) -> str:
    """``"To ensure peace; and"`` -> ``"To ensure peace"``; ``"the U.S."`` keeps its final dot."""
    stripped = text.rstrip()
    words = stripped.rsplit(None, 1)
    if len(words) == 2 and words[1] in _CONJUNCTIONS:
        stripped = words[0].rstrip()
        if stripped[-1:] in (";", ","):
            stripped = stripped[:-1].rstrip()
        return stripped or text
    if stripped.endswith("."):
        last_word = words[-1] if words else ""
        if "." in last_word[:-1] or last_word[:-1] in _KEEP_FINAL_DOT:
            return stripped
    return stripped.rstrip(";,.").rstrip() or text
