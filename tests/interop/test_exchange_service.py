"""The exchange use case over a real library (SQLite in a temp folder), checked in a real Anki collection."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from anki_samples import ARTICLE, FIXED_TS, import_apkg
from fsrs import Rating

from studyapp.errors import ExportError
from studyapp.interop.anki_models import TEMPLATES
from studyapp.interop.anki_notes import note_guid
from studyapp.services.exchange import AnkiExportOptions, ExchangeService
from studyapp.services.library import Library

STUDY_DAY = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)  # in the past: Anki refuses future reviews


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def library(tmp_path):
    clock = Clock(STUDY_DAY)
    source = tmp_path / "canals.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    lib = Library.open(tmp_path / "data", import_bundled=False, clock=clock, tz=UTC, fuzzing=False)
    deck_id = lib.import_document(source).deck_id
    yield lib, deck_id, clock
    lib.close()


def test_a_library_deck_exports_its_active_items(library, tmp_path, anki_collection):
    lib, deck_id, _ = library
    out = tmp_path / "deck.apkg"
    result = ExchangeService(lib).export_deck_to_anki(deck_id, out, timestamp=FIXED_TS)
    items = lib.items(deck_id)
    units = {h.unit for h in lib.card_histories(deck_id)}
    assert (result.notes, result.cards) == (len(units), len(items))
    assert len(items) > len(units) > 5
    col = anki_collection()
    import_apkg(col, out)
    assert (col.note_count(), col.card_count()) == (len(units), len(items))
    guids = {col.get_note(n).guid for n in col.find_notes("")}
    assert guids == {note_guid(deck_id, unit) for unit in units}


def test_progress_callback_reaches_the_end(library, tmp_path):
    lib, deck_id, _ = library
    seen: list[tuple[int, int]] = []
    ExchangeService(lib).export_deck_to_anki(
        deck_id, tmp_path / "d.apkg", timestamp=FIXED_TS, progress=lambda done, total: seen.append((done, total))
    )
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)


def test_unknown_deck_names_the_decks_there_are(library, tmp_path):
    lib, deck_id, _ = library
    with pytest.raises(ExportError, match=f"No deck 'nope' in the library. Decks: {deck_id}"):
        ExchangeService(lib).export_deck_to_anki("nope", tmp_path / "x.apkg", timestamp=FIXED_TS)


def test_progress_of_studied_cards_arrives_in_anki(library, tmp_path, anki_collection):
    lib, deck_id, clock = library
    answered: dict[str, list] = {}  # unit -> its card's states after each answer
    asked: dict[str, str] = {}  # unit -> the kind asked last
    for day in range(3):
        clock.now = STUDY_DAY + timedelta(days=day)
        session = lib.study.start_session(deck_id, now=clock.now)
        for _ in range(8):
            if session.current is None:
                break
            unit, kind = session.current.unit, session.current.item.kind
            session.show_answer()
            clock.now += timedelta(seconds=30)
            answer = session.rate(Rating.Good, now=clock.now, duration_ms=3000)
            answered.setdefault(unit, []).append(answer.after)
            asked[unit] = kind
    out = tmp_path / "progress.apkg"
    result = ExchangeService(lib).export_deck_to_anki(deck_id, out, options=AnkiExportOptions(with_progress=True))
    assert result.reviews == sum(len(states) for states in answered.values())
    col = anki_collection()
    import_apkg(col, out, with_scheduling=True)
    by_guid = {note_guid(deck_id, unit): unit for unit in answered}
    in_review = carried = 0
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        unit = by_guid.get(card.note().guid)
        if unit is None or TEMPLATES[card.ord].kind != asked[unit]:  # not studied, or not the card asked last
            assert card.type == 0 and card.reps == 0
            continue
        carried += 1
        last = answered[unit][-1]
        assert card.reps == len(answered[unit])
        assert col.db.scalar("select count() from revlog where cid = ?", cid) == len(answered[unit])
        due = datetime.fromtimestamp(last.due_us / 1e6, UTC)
        if card.type == 2:
            anki_due = datetime.fromtimestamp(col.crt + card.due * 86_400, UTC)
            assert abs(anki_due - due) < timedelta(days=1)
            in_review += 1
        else:
            assert abs(card.due - due.timestamp()) < 2
    assert carried == len(answered) and in_review > 0
