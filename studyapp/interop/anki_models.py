"""The four Anki note types studyapp writes, with ids and names fixed once and for all.

Anki recognises a note type by its id. Changing a type's fields or templates in a way Anki must notice
needs a new id *and* a new name (see genanki's notes); styling (CSS) may change freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import genanki

from studyapp.paths import resource

TEMPLATES_DIR = "anki"


@dataclass(frozen=True)
class NoteTypeSpec:
    model_id: int
    name: str
    fields: tuple[str, ...]
    template: str  # base name of the ``*_front.html`` / ``*_back.html`` pair under resources/anki/
    is_cloze: bool = False


CLOZE = NoteTypeSpec(1164675367, "studyapp Cloze", ("Text", "Source", "Footnotes"), "cloze", is_cloze=True)
QUESTION = NoteTypeSpec(2109922802, "studyapp Question", ("Question", "Answer", "Source", "Footnotes"), "question")
CHOICE = NoteTypeSpec(1699172390, "studyapp Choice", ("Question", "Choices", "Answer", "Source", "Footnotes"), "choice")
ORDER = NoteTypeSpec(1247337272, "studyapp Order", ("Prompt", "Answer", "Source", "Footnotes"), "order")
NOTE_TYPES = (CLOZE, QUESTION, CHOICE, ORDER)


def _read(name: str) -> str:
    return resource(f"{TEMPLATES_DIR}/{name}").read_text(encoding="utf-8")


@cache
def model_for(spec: NoteTypeSpec) -> genanki.Model:
    """The genanki model of ``spec``, templates and CSS read from ``resources/anki/``."""
    return genanki.Model(
        spec.model_id,
        spec.name,
        fields=[{"name": name} for name in spec.fields],
        templates=[
            {
                "name": "Cloze" if spec.is_cloze else "Card 1",
                "qfmt": _read(f"{spec.template}_front.html"),
                "afmt": _read(f"{spec.template}_back.html"),
            }
        ],
        css=_read("cards.css"),
        model_type=genanki.Model.CLOZE if spec.is_cloze else genanki.Model.FRONT_BACK,
    )
