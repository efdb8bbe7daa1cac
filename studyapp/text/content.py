"""Raw paragraphs and lists -> model blocks: sentences with their footnotes, list items with their lead."""
from __future__ import annotations

import re
from collections.abc import Mapping

from studyapp.text.blocks import RawBlock, RawList, RawParagraph
from studyapp.text.document import Block, ListItem, NumberedList, Paragraph, Sentence
from studyapp.text.inline import clean_inline
from studyapp.text.markers import extract_markers
from studyapp.text.sentences import split_sentences

_ITEM_END = re.compile(r"(?:\s*[;,]\s*(?:and|or)|\s+(?:and|or)|\s*[;,.])\s*$")
_KEEP_FINAL_DOT = frozenset({"etc", "Inc", "Ltd", "Co", "al"})


def paragraph(text: str, labels: Mapping[str, int]) -> Paragraph:
    """Clean ``text`` for display, split it into sentences and turn footnote markers into numbers."""
    sentences = []
    for raw in split_sentences(clean_inline(text)):
        sentence, notes = extract_markers(raw, labels)
        if sentence:
            sentences.append(Sentence(sentence, notes))
    return Paragraph(tuple(sentences))


def section_blocks(content: list[RawBlock], section_title: str, labels: Mapping[str, int]) -> tuple[Block, ...]:
    """The blocks of one section; a list's lead is the last sentence before it, else the section title."""
    blocks: list[Block] = []
    for raw in content:
        if isinstance(raw, RawParagraph):
            para = paragraph(raw.text, labels)
            if para.sentences:
                blocks.append(para)
        elif isinstance(raw, RawList):
            previous = blocks[-1] if blocks else None
            lead = previous.sentences[-1].text if isinstance(previous, Paragraph) else section_title
            blocks.append(NumberedList(lead, tuple(list_item(n, t, labels) for n, t in raw.items)))
    return tuple(blocks)


def list_item(number: int, text: str, labels: Mapping[str, int]) -> ListItem:
    """A list item cleaned for display, without its footnote markers and its trailing ";", "; and", "."."""
    cleaned, notes = extract_markers(clean_inline(text), labels)
    return ListItem(number, strip_item_end(cleaned), notes)


def strip_item_end(text: str) -> str:
    """``"To ensure peace; and"`` -> ``"To ensure peace"``; ``"the U.S."`` keeps its final dot."""
    last_word = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and ("." in last_word[:-1] or last_word[:-1] in _KEEP_FINAL_DOT):
        return text
    return _ITEM_END.sub("", text) or text
