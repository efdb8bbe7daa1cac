"""Reading documents: a file or a text -> :class:`Document` (sections, paragraphs, sentences, footnotes, lists)."""

from studyapp.text.document import (
    Block,
    Document,
    Footnote,
    ListItem,
    NumberedList,
    Paragraph,
    Section,
    Sentence,
)
from studyapp.text.parser import parse_document
from studyapp.text.reading import MAX_BYTES, read_document

__all__ = [
    "MAX_BYTES",
    "Block",
    "Document",
    "Footnote",
    "ListItem",
    "NumberedList",
    "Paragraph",
    "Section",
    "Sentence",
    "parse_document",
    "read_document",
]
