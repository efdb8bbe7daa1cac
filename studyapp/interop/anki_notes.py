"""One study item as one Anki note: its note type, escaped fields, tags, GUID and place in the new queue."""

from __future__ import annotations

import re

import genanki

from studyapp.generate.model import CHOICE_KINDS, ORDER_KINDS, StudyItem
from studyapp.interop.anki_fields import (
    cloze_html,
    footnotes_html,
    list_html,
    source_html,
    text_html,
)
from studyapp.interop.anki_models import CHOICE, CLOZE, ORDER, QUESTION, NoteTypeSpec, model_for

_CLOZE_MARK = re.compile(r"\{\{c\d+::")
_TAG_UNSAFE = re.compile(r"[\s\"]+")


def note_guid(document_id: str, item_id: str) -> str:
    """The note's identity in Anki: the item's stable id, never a hash of the fields."""
    return genanki.guid_for(document_id, item_id)


def note_type_for(item: StudyItem) -> NoteTypeSpec:
    if item.cloze and _CLOZE_MARK.search(item.cloze):
        return CLOZE
    if item.kind in CHOICE_KINDS and item.choices:
        return CHOICE
    if item.kind in ORDER_KINDS and item.order:
        return ORDER
    return QUESTION


def note_fields(item: StudyItem) -> list[str]:
    """The field values (HTML) of ``item``'s note, in the order of its note type's fields."""
    source = source_html(item.source.section_title, item.source.text)
    notes = footnotes_html(item.source.footnotes)
    spec = note_type_for(item)
    if spec is CLOZE:
        return [cloze_html(item.cloze, item.answer), source, notes]
    if spec is CHOICE:
        return [
            text_html(item.prompt),
            list_html(item.choices, css_class="choices"),
            text_html(item.answer),
            source,
            notes,
        ]
    if spec is ORDER:
        return [text_html(item.prompt), list_html(item.order, css_class="order"), source, notes]
    return [text_html(item.prompt), text_html(item.answer), source, notes]


def tag(prefix: str, value: str) -> str:
    """A hierarchical Anki tag (``section::historical-factors``); Anki tags cannot hold spaces."""
    return f"{prefix}::{_TAG_UNSAFE.sub('-', value.strip()) or 'none'}"


def note_for(item: StudyItem, *, document_id: str) -> genanki.Note:
    """The genanki note of ``item``: stable GUID, article order as its new-card position."""
    return genanki.Note(
        model=model_for(note_type_for(item)),
        fields=note_fields(item),
        tags=[tag("section", item.section), tag("kind", item.kind)],
        guid=note_guid(document_id, item.id),
        due=item.position,
    )
