"""Importing documents as decks; re-import keeps progress; first start imports the bundled documents."""

from __future__ import annotations

import shutil
from datetime import UTC

import pytest
from fsrs import Rating
from library_samples import DATA

from studyapp import paths
from studyapp.core.units import by_unit, members, shown_by
from studyapp.errors import DocumentError
from studyapp.generate import items_for_document
from studyapp.services.library import ImportCancelled, Library
from studyapp.text import read_document


def unit_counts(items) -> tuple[int, int]:
    """(units, summary units: those that wait for others) of ``items``."""
    groups = by_unit(items)
    shows = shown_by(groups)
    return len(groups), sum(1 for unit, group in groups.items() if members(unit, [i.reveals for i in group], shows))


def test_import_stores_a_deck_whose_document_and_items_come_back(library):
    result = library.import_document(DATA / "river_towns.md")
    expected = items_for_document(read_document(DATA / "river_towns.md"))
    assert (result.added, result.kept, result.retired) == (len(expected), 0, 0)
    assert library.items(result.deck_id) == sorted(expected, key=lambda i: i.position)
    assert library.document(result.deck_id) == read_document(DATA / "river_towns.md")
    (deck,) = library.decks()
    units, summaries = unit_counts(expected)
    assert units < len(expected) and summaries >= 1
    assert (deck.id, deck.title, deck.total, deck.new) == (
        result.deck_id,
        "River Towns of the Lower Valley",
        units,  # one card per unit of memory
        min(20, units - summaries),  # a chronology waits until its facts are known
    )


def test_several_documents_side_by_side(library):
    a = library.import_document(DATA / "river_towns.md")
    b = library.import_document(DATA / "island_survey.txt")
    decks = {d.id: d for d in library.decks()}
    assert set(decks) == {a.deck_id, b.deck_id}
    assert decks[b.deck_id].title == "The Island Survey"
    assert {i.section for i in library.items(b.deck_id)} <= {s.id for s in library.document(b.deck_id).sections}


def test_reimport_keeps_progress_adds_new_items_and_retires_removed_ones(library, clock, tmp_path):
    path = tmp_path / "river_towns.md"
    shutil.copy(DATA / "river_towns.md", path)
    first = library.import_document(path)
    deck = first.deck_id
    session = library.study.start_session(deck)
    answered = 0
    for _ in range(8):  # as many as the day offers, up to 8 (siblings a card shows wait for the next day)
        session.show_answer()
        answered += session.rate(Rating.Easy, now=clock.now) is not None
    studied = {h.unit: h for h in library.card_histories(deck) if h.reviews}
    assert len(studied) == answered >= 6

    text = path.read_text()
    removed_sentence = "The weekly market was chartered in March 1801. "
    assert removed_sentence in text
    text = text.replace(removed_sentence, "")
    text = text.replace("The last mill closed in 1968.", "The last mill closed in 1968. A new bridge opened in 2005.")
    path.write_text(text)
    clock.advance(hours=1)
    second = library.import_document(path)

    before_items = items_for_document(read_document(DATA / "river_towns.md"))
    after_items = items_for_document(read_document(path))
    before_ids, after_ids = {i.id for i in before_items}, {i.id for i in after_items}
    assert second.deck_id == deck
    assert (second.added, second.kept, second.retired) == (
        len(after_ids - before_ids),
        len(after_ids & before_ids),
        len(before_ids - after_ids),
    )
    assert second.added > 0 and second.retired > 0
    assert {i.id for i in library.items(deck)} == after_ids
    after_units = {i.memory_unit for i in after_items}
    gone_units = {i.memory_unit for i in before_items} - after_units
    now = {h.unit: h for h in library.card_histories(deck)}
    assert set(now) == after_units  # the unit of the removed sentence retired
    for unit, history in studied.items():
        if unit in after_units:
            assert now[unit] == history  # same state, same answers
    assert library.deck(deck).total == len(after_units)
    assert "2005" in " ".join(
        s.text for sec in library.document(deck).sections for p in sec.paragraphs for s in p.sentences
    )

    retired_studied = set(studied) & gone_units
    assert retired_studied  # the removed fact had been studied
    stats = library.stats.deck(deck)
    assert stats.total_reviews == answered  # the history of retired units is kept
    # a retired unit that comes back revives with its progress
    shutil.copy(DATA / "river_towns.md", path)
    third = library.import_document(path)
    assert third.retired == second.added
    revived = {h.unit: h for h in library.card_histories(deck)}
    for unit in retired_studied:
        assert revived[unit] == studied[unit]


def test_first_start_imports_the_bundled_documents_once(tmp_path):
    lib = Library.open(tmp_path, tz=UTC)
    try:
        decks = lib.decks()
        assert len(decks) == len(paths.bundled_documents()) >= 1
        assert all(d.total > 0 for d in decks)
    finally:
        lib.close(backup=False)
    lib = Library.open(tmp_path, tz=UTC)
    try:
        assert len(lib.decks()) == len(decks)
    finally:
        lib.close(backup=False)


def test_unreadable_document_gives_a_document_error_and_stores_nothing(library, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(DocumentError):
        library.import_document(binary)
    with pytest.raises(DocumentError):
        library.import_document(tmp_path / "missing.md")
    assert library.decks() == []


def test_cancelled_import_stores_nothing_and_progress_is_reported(library):
    steps = []
    with pytest.raises(ImportCancelled):
        library.import_document(
            DATA / "island_survey.txt", progress=lambda d, t: steps.append((d, t)), cancel=lambda: len(steps) >= 2
        )
    assert library.decks() == []
    steps.clear()
    library.import_document(DATA / "island_survey.txt", progress=lambda d, t: steps.append((d, t)))
    assert steps[0] == (0, 100) and steps[-1] == (100, 100)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_reading_position_round_trip(library):
    deck = library.import_document(DATA / "island_survey.txt").deck_id
    assert library.reading_position(deck) is None
    changes = library.set_reading_position(deck, "afterwards", 0.4)
    assert changes.reading == {deck}
    position = library.reading_position(deck)
    assert (position.section_id, position.scroll) == ("afterwards", 0.4)
