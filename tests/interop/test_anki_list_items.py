"""List items of a real article as the real Anki sees them: a list choice is a choice card, a gap a cloze card,
each on the note of its list entry."""

from __future__ import annotations

from pathlib import Path

from anki_samples import FIXED_TS, import_apkg
from anki_text import visible_text

from studyapp.generate import Kind, items_for_document
from studyapp.interop import export_items
from studyapp.interop.anki_notes import note_guid
from studyapp.text import read_document

# EXCOMM's courses of action: each asked by its gloss as a choice, and as a gap (the bundled article's two lists
# of priorities lend each other no wrong options: they hold entries true of both)
ARTICLE = Path(__file__).resolve().parents[1] / "data" / "corpus" / "cuban_missile_crisis.txt"


def test_list_choices_and_gaps_export_as_choice_and_cloze_notes(tmp_path, anki_collection):
    document = read_document(ARTICLE)
    items = [i for i in items_for_document(document) if i.kind in (Kind.LIST_CHOICE, Kind.LIST_CLOZE)]
    choice = next(i for i in items if i.kind == Kind.LIST_CHOICE)
    cloze = next(i for i in items if i.kind == Kind.LIST_CLOZE)
    out = tmp_path / "lists.apkg"
    export_items(document, [choice, cloze], out, timestamp=FIXED_TS)
    col = anki_collection()
    import_apkg(col, out)
    by_guid = {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}
    choice_note = by_guid[note_guid(document.id, choice.memory_unit)]
    assert choice_note.note_type()["name"] == "studyapp Unit"
    card = next(c for c in choice_note.cards() if c.template()["name"] == "Entry choice")
    question = visible_text(card.question())
    assert choice.prompt in question and all(option in question for option in choice.choices)
    assert "kind::list-choice" in choice_note.tags
    cloze_note = by_guid[note_guid(document.id, cloze.memory_unit)]
    gap = next(c for c in cloze_note.cards() if c.template()["name"] == "Entry cloze")
    assert cloze.answer not in visible_text(gap.question())
    assert cloze.answer in visible_text(gap.answer())
