"""Reading documents: a file or a text -> :class:`Document` (sections, paragraphs, sentences, footnotes, lists)."""

from studyapp.text.document import (
    Aside,
    AsideKind,
    Block,
    Document,
    Footnote,
    ListItem,
    NumberedList,
    Paragraph,
    Section,
    Sentence,
    Table,
)
from studyapp.text.parser import parse_document
from studyapp.text.reading import MAX_BYTES, read_document

__all__ = [
    "MAX_BYTES",
    "Aside",
    "AsideKind",
    "Block",
    "Document",
    "Footnote",
    "ListItem",
    "NumberedList",
    "Paragraph",
    "Section",
    "Sentence",
    "Table",
    "parse_document",
    "read_document",
]
