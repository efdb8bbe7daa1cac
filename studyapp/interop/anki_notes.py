"""One unit of memory as one Anki note: a card per kind of item, escaped fields, tags, GUID, new position."""

from __future__ import annotations

import re
from collections.abc import Sequence

import genanki

from studyapp.generate.model import StudyItem
from studyapp.interop.anki_fields import filled_html, footnotes_html, list_html, source_html, text_html
from studyapp.interop.anki_models import FIELDS, TEMPLATE_OF_KIND, unit_model

_CLOZE_MARK = re.compile(r"\{\{c\d+::")
_TAG_UNSAFE = re.compile(r"[\s\"]+")
_FIELD_INDEX = {name: index for index, name in enumerate(FIELDS)}


def note_guid(document_id: str, unit: str) -> str:
    """The note's identity in Anki: the unit's stable id, never a hash of the fields."""
    return genanki.guid_for(document_id, "unit", unit)


def card_fields(item: StudyItem) -> tuple[str, str]:
    """The question and answer (HTML) of ``item``'s card."""
    shape = TEMPLATE_OF_KIND[item.kind].shape
    if shape == "choice" and item.choices:
        return text_html(item.prompt) + list_html(item.choices, css_class="choices"), text_html(item.answer)
    if shape == "cloze" and _CLOZE_MARK.search(item.cloze):
        return text_html(item.prompt), filled_html(item.cloze, item.answer)
    if shape == "order" and item.order:
        return text_html(item.prompt), list_html(item.order, css_class="order")
    return text_html(item.prompt), text_html(item.answer)


def note_fields(items: Sequence[StudyItem]) -> list[str]:
    """The field values (HTML) of the note of one unit's ``items`` (the first one's source is the note's),
    in the note type's order; the fields of kinds the unit has no item of stay empty (no card)."""
    head = items[0]
    values = [""] * len(FIELDS)
    values[0] = source_html(head.source.section_title, head.source.text)
    values[1] = footnotes_html(head.source.footnotes)
    for item in reversed(items):  # two items of one kind: the first in article order is the card
        template = TEMPLATE_OF_KIND[item.kind]
        question, answer = card_fields(item)
        values[_FIELD_INDEX[template.name]], values[_FIELD_INDEX[template.answer_field]] = question, answer
    return values


def tag(prefix: str, value: str) -> str:
    """A hierarchical Anki tag (``section::historical-factors``); Anki tags cannot hold spaces."""
    return f"{prefix}::{_TAG_UNSAFE.sub('-', value.strip()) or 'none'}"


def note_for(unit: str, items: Sequence[StudyItem], *, document_id: str) -> genanki.Note:
    """The genanki note of one unit and its items (article order): stable GUID, the unit's place in the
    article as its new-card position."""
    kinds = dict.fromkeys(item.kind for item in items)
    return genanki.Note(
        model=unit_model(),
        fields=note_fields(items),
        tags=[tag("section", items[0].section), *(tag("kind", kind) for kind in kinds)],
        guid=note_guid(document_id, unit),
        due=min(item.position for item in items),
    )
