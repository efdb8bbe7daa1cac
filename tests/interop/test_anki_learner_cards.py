"""The Anki export of a library deck carries the learner's edits and own cards and leaves rejected ones out
(checked in a real Anki collection)."""

from __future__ import annotations

from datetime import UTC, datetime

from anki_samples import ARTICLE, FIXED_TS, import_apkg

from studyapp.core.card_changes import CardEdit, RejectReason
from studyapp.generate.model import Kind
from studyapp.interop.anki_notes import note_guid
from studyapp.services.exchange import ExchangeService
from studyapp.services.library import Library

LOCK = "The first lock opened in 1761"


def _fields(col) -> str:
    return "\n".join(field for note_id in col.find_notes("") for field in col.get_note(note_id).fields)


def test_edited_and_own_cards_go_to_anki_and_rejected_ones_stay_behind(tmp_path, anki_collection):
    source = tmp_path / "canals.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    clock = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    lib = Library.open(tmp_path / "data", import_bundled=False, clock=lambda: clock, tz=UTC, fuzzing=False)
    try:
        deck = lib.import_document(source).deck_id
        items = lib.items(deck)
        when = next(i for i in items if i.kind == Kind.DATE_WHEN and LOCK in i.source.text)
        lib.learner_cards.edit(when.id, CardEdit("In what year did the canal's first lock open?", "1761"))
        rejected_unit = next(i for i in items if "Steam barges" in i.source.text).memory_unit
        rejected = [i for i in items if i.memory_unit == rejected_unit]
        lib.learner_cards.reject([i.id for i in rejected], RejectReason.NOT_WORTH_LEARNING)
        section = when.section
        lib.learner_cards.make_question(deck, section, LOCK + ".", "What grew around the first lock?", "The town")
        units = {i.memory_unit for i in lib.items(deck)}
        out = tmp_path / "deck.apkg"
        result = ExchangeService(lib).export_deck_to_anki(deck, out, timestamp=FIXED_TS)
    finally:
        lib.close(backup=False)
    assert result.notes == len(units)
    col = anki_collection()
    import_apkg(col, out)
    fields = _fields(col)
    assert col.note_count() == len(units)
    (edited,) = [col.get_note(n) for n in col.find_notes("") if col.get_note(n).guid == note_guid(deck, when.unit)]
    assert "first lock open?" in edited["When"] and "canal" in edited["When"]
    assert "What grew around the first lock?" in fields and "The town" in fields
    assert note_guid(deck, rejected_unit) not in {col.get_note(n).guid for n in col.find_notes("")}
    assert "arrived on the canal in [...]" not in fields  # the rejected fact's cloze
