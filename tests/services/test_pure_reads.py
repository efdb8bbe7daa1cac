"""Reads never write: the deck list, statistics, the set-aside cards, the reader's counts and the card browser
(its rows, searched or sorted, a card's history, the editor's card) leave the library file as it was, and
still count a new day as a session starting would store it (buried cards back, a whole list in the new queue
once its entries are known)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from fsrs import Rating

from studyapp.core.card_changes import CardEdit, RejectReason
from studyapp.core.cards import Queue, to_us
from studyapp.core.session import Phase
from studyapp.errors import LibraryError
from studyapp.services.browser import BrowseQuery
from studyapp.services.library import Library
from studyapp.storage.database import DB_NAME

LIST_DOCUMENT = Path(__file__).resolve().parents[1] / "data" / "lists" / "roman_cities.md"


def _study_easy(library: Library, clock, deck: str) -> None:
    """One session answering every card Easy."""
    session = library.study.start_session(deck)
    while session.phase is Phase.QUESTION:
        session.show_answer()
        session.rate(Rating.Easy, now=clock.now)


def _everything_read(library: Library, deck: str) -> list[object]:
    """Every read a screen or a command makes of a deck, with what each returned."""
    section = library.document(deck).sections[0].id
    practice = library.practice
    browser, everything = library.browser, BrowseQuery(deck_id=deck)
    first = browser.rows(everything, limit=1)[0]
    word = first.row.prompt.split()[0]
    return [
        library.decks(),
        library.deck(deck),
        library.items(deck),
        library.items(deck, section),
        library.section_scope(deck, section),
        library.card_histories(deck),
        library.reading_position(deck),
        library.section_mastery(deck),
        library.settings.get(deck),
        library.stats.deck(deck).to_json(),
        library.stats.deck(None).to_json(),
        library.stats.sections(deck),
        library.set_aside.cards(deck),
        library.study.suspended_items(deck),
        library.reading.read_sections(deck),
        library.reading.new_cards(deck),
        library.reading.new_left(deck),
        library.reading.started(deck),
        library.reading.begun(deck),
        library.reading.next_unread(deck),
        library.familiarity.deck(deck),
        library.exam.get(deck),
        practice.sections(deck),
        [q.item.id for q in practice.draw(deck, count=10, seed=1)],
        practice.lists(deck),
        practice.timeline(deck),
        practice.unit_items(deck),
        library.mock_exams.history(deck),
        [r.to_json() for r in browser.rows(everything, limit=10_000)],
        [r.to_json() for r in browser.rows(BrowseQuery(deck_id=deck, search=word, sort="due", descending=True))],
        [r.to_json() for r in browser.rows(BrowseQuery(states=("rejected", "edited")))],
        browser.count(everything),
        browser.count(BrowseQuery(search=word)),
        browser.sections(deck),
        browser.history(first.row.card_id),
        library.learner_cards.card(first.item_id),
    ]


def _file_state(library: Library) -> tuple[bytes, bytes, int]:
    """The database file and its WAL, byte for byte, and SQLite's count of commits seen from another
    connection."""
    path = library.folder / DB_NAME
    wal = Path(f"{path}-wal")
    other = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        version = other.execute("PRAGMA data_version").fetchone()[0]
    finally:
        other.close()
    return path.read_bytes(), wal.read_bytes() if wal.exists() else b"", version


@pytest.fixture
def studied(library, clock):
    """A list deck studied for three days (its entries known by then, the whole list still waiting), and on the
    last one card buried; one item edited and one rejected by the learner. Now is the next day, before any
    study."""
    deck = library.import_document(LIST_DOCUMENT).deck_id
    edited, rejected = library.items(deck)[:2]
    library.learner_cards.edit(edited.id, CardEdit(edited.prompt + " (mine)", edited.answer, edited.choices))
    library.learner_cards.reject([rejected.id], RejectReason.UNCLEAR)
    for day in range(3):
        if day:
            clock.advance(days=1)
        _study_easy(library, clock, deck)
    library.study.bury(next(h.state.id for h in library.card_histories(deck) if h.state.queue == Queue.REVIEW))
    clock.advance(days=1)
    return deck


def test_a_new_day_is_counted_by_reads_that_leave_the_file_as_it_was(library, clock, studied):
    deck = studied
    cards = library.repos().cards
    moves = cards.pending_moves(deck, now_us=to_us(clock.now))
    kinds = {(m.stored, m.belongs) for m in moves}
    assert any(stored == Queue.BURIED for stored, _ in kinds)  # a buried card whose day is over...
    assert (Queue.WAITING, Queue.NEW) in kinds  # ...and the whole list, its entries now known
    conn = library.repos().db.conn
    written, before = conn.total_changes, _file_state(library)

    reads = _everything_read(library, deck)

    assert conn.total_changes == written  # no row written through the library's connection
    assert _file_state(library) == before  # nor anything at all
    assert cards.pending_moves(deck, now_us=to_us(clock.now)) == moves  # the new day is still to be stored

    summary = library.deck(deck)
    assert summary.new >= 1  # the whole list, ready today
    assert not [c for c in library.set_aside.cards(deck) if not c.suspended]  # the buried card is back
    assert library.stats.deck(deck).cards_by_queue["buried"] == 0

    counted = {
        "decks": reads[0],
        "stats": reads[9],
        "all stats": reads[10],
        "set aside": reads[12],
        "new cards": reads[15],
        "new left": reads[16],
    }
    library.study.start_session(deck)  # where the new day is stored
    assert cards.pending_moves(deck, now_us=to_us(clock.now)) == []
    stored = _everything_read(library, deck)
    # the reads had counted it exactly (the stored queues themselves are what the session changed)
    now_stored = {name: stored[i] for name, i in zip(counted, (0, 9, 10, 12, 15, 16), strict=True)}
    for name in ("stats", "all stats"):  # mastery is a mean of floats: summed in another order now
        mastery = now_stored[name].pop("mastery")
        assert mastery == pytest.approx(counted[name].pop("mastery"))
    assert now_stored == counted

    library.exam.set(deck, clock.now.date() + timedelta(days=20))  # the exam's reads, too
    written, before = conn.total_changes, _file_state(library)
    assert library.exam.forecast(deck) is not None and library.deck(deck).days_to_exam == 20
    assert conn.total_changes == written and _file_state(library) == before


def test_a_write_inside_a_read_is_refused_and_the_next_write_goes_through(library, clock, studied):
    with library.connection.reading() as repos, pytest.raises(sqlite3.OperationalError, match="readonly"):
        repos.decks.set_meta("probe", "written in a read")
    with library.connection.reading(), pytest.raises(RuntimeError, match="inside a read"):
        library.reading.set_read(studied, library.document(studied).sections[0].id)
    library.reading.set_read(studied, library.document(studied).sections[0].id)
    assert library.reading.read_sections(studied)


def test_a_library_opened_read_only_refuses_writes_with_a_plain_message(library, studied):
    reader = Library.open(library.folder, read_only=True, import_bundled=False)
    try:
        assert [d.id for d in reader.decks()] == [studied]
        with pytest.raises(LibraryError, match="read-only"):
            reader.study.bury(1)
        with pytest.raises(LibraryError, match="read-only"):
            reader.settings.set(studied, reader.settings.get(studied))
    finally:
        reader.close()
