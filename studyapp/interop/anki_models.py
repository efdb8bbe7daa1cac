"""The Anki note type studyapp writes: one note per unit of memory, one card template per item kind.

A unit (a fact, a list entry, a whole list, a chronology) is one note; each kind of item is a card template
whose front shows only when the note's field for that kind is filled, so a note has a card for each way the
unit can be asked, like Anki's own notes with several card types. Templates come in the order of the format
ladder (recognition first): Anki introduces a note's new cards in that order, one a day with siblings buried.

Anki recognises a note type by its id. Changing its fields or templates in a way Anki must notice needs a new
id *and* a new name (see genanki's notes); styling (CSS) may change freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import genanki

from studyapp.core.ladder import rung_of
from studyapp.generate.model import CHOICE_KINDS, KINDS, ORDER_KINDS, Kind
from studyapp.paths import resource

TEMPLATES_DIR = "anki"
MODEL_ID = 1873460519
MODEL_NAME = "studyapp Unit"
SHARED_FIELDS = ("Source", "Footnotes")

_NAMES = {
    Kind.DATE_CHOICE: "Date choice",
    Kind.LIST_CHOICE: "Entry choice",
    Kind.CHRONOLOGY: "Chronology",
    Kind.LIST_ORDER: "List order",
    Kind.DATE_CLOZE: "Date cloze",
    Kind.LIST_CLOZE: "Entry cloze",
    Kind.DATE_WHEN: "When",
    Kind.LIST_ITEM: "Entry",
    Kind.LIST_RECALL: "Whole list",
    Kind.DATE_WHAT: "What",
    Kind.LIST_NUMBER: "Entry number",
}
_CLOZE_KINDS = frozenset({Kind.DATE_CLOZE, Kind.LIST_CLOZE})


@dataclass(frozen=True)
class CardTemplate:
    """One card type of the unit note: the kind it asks, its name (also the name of its question field; the
    answer field adds " answer"), its shape (choice, cloze, order or question) and the label on the card."""

    kind: str
    name: str
    shape: str
    caption: str

    @property
    def answer_field(self) -> str:
        return f"{self.name} answer"


def _template(kind: Kind) -> CardTemplate:
    if kind in CHOICE_KINDS:
        return CardTemplate(kind, _NAMES[kind], "choice", "Choose one")
    if kind in _CLOZE_KINDS:
        return CardTemplate(kind, _NAMES[kind], "cloze", "Fill the gap")
    if kind in ORDER_KINDS:
        return CardTemplate(kind, _NAMES[kind], "order", "Put in order")
    return CardTemplate(kind, _NAMES[kind], "question", "Question")


TEMPLATES: tuple[CardTemplate, ...] = tuple(
    _template(kind) for kind in sorted(KINDS, key=lambda k: (rung_of(k), KINDS.index(k)))
)
TEMPLATE_OF_KIND = {t.kind: t for t in TEMPLATES}
FIELDS: tuple[str, ...] = (*SHARED_FIELDS, *(name for t in TEMPLATES for name in (t.name, t.answer_field)))


def _read(name: str) -> str:
    return resource(f"{TEMPLATES_DIR}/{name}").read_text(encoding="utf-8")


def _fill(text: str, template: CardTemplate) -> str:
    for key, value in (("NAME", template.name), ("SHAPE", template.shape), ("KIND", template.kind)):
        text = text.replace(f"@{key}@", value)
    return text.replace("@CAPTION@", template.caption)


@cache
def unit_model() -> genanki.Model:
    """The genanki model of the unit note, templates and CSS read from ``resources/anki/``."""
    front, back = _read("unit_front.html"), _read("unit_back.html")
    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": t.name, "qfmt": _fill(front, t), "afmt": _fill(back, t)} for t in TEMPLATES],
        css=_read("cards.css"),
        model_type=genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )
