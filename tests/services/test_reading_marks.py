"""Reading first: read marks that persist, new cards per section, and what to read next."""

from __future__ import annotations

from datetime import UTC

import pytest
from fsrs import Rating
from library_samples import handmade_items

from studyapp.services.library import Library
from studyapp.text import parse_document

NESTED = """# A Made-Up Chronicle

## Alpha

In 1901 the first thing happened. In 1902 the second thing happened.

### Alpha One

In 1903 the third thing happened.

## Beta

In 1950 the fourth thing happened.

## Gamma

In 1960 the fifth thing happened.
"""


@pytest.fixture
def deck(library: Library) -> str:
    doc = parse_document(NESTED, name="chronicle", markdown=True)
    spec = [("alpha", "a1", 0), ("alpha", "a2", 1), ("alpha-one", "a3", 2), ("beta", "b1", 3), ("gamma", "g1", 4)]
    library.store_document(doc, source_name="chronicle.md", source_text=NESTED, items=handmade_items(doc.id, spec))
    return doc.id


def test_a_read_mark_is_stored_and_survives_reopening(tmp_path, library, deck, clock):
    changes = library.reading.set_read(deck, "beta")
    assert deck in changes.reading
    assert library.reading.read_sections(deck) == {"beta"}
    library.close(backup=False)
    with Library.open(tmp_path / "data", import_bundled=False, clock=clock, tz=UTC, fuzzing=False) as again:
        assert again.reading.read_sections(deck) == {"beta"}
        again.reading.set_read(deck, "beta", read=False)
        assert again.reading.read_sections(deck) == frozenset()


def test_an_unknown_section_cannot_be_marked(library, deck):
    with pytest.raises(KeyError):
        library.reading.set_read(deck, "no-such-section")


def test_new_cards_of_a_section_include_its_subsections_and_fall_as_cards_are_studied(library, deck, clock):
    assert library.reading.new_cards(deck) == {"alpha": 3, "alpha-one": 1, "beta": 1, "gamma": 1}
    session = library.study.start_session(deck, section="alpha-one", now=clock())
    session.show_answer()
    session.rate(Rating.Good, now=clock())
    assert library.reading.new_cards(deck) == {"alpha": 2, "beta": 1, "gamma": 1}


def test_a_deck_is_started_by_a_read_mark_or_an_answer(library, deck, clock):
    assert not library.reading.started(deck)
    library.reading.set_read(deck, "alpha")
    assert library.reading.started(deck)
    library.reading.set_read(deck, "alpha", read=False)
    assert not library.reading.started(deck)
    session = library.study.start_session(deck, now=clock())
    session.show_answer()
    session.rate(Rating.Good, now=clock())
    assert library.reading.started(deck)


def test_the_next_section_to_read_skips_read_ones_and_the_subsections_just_studied(library, deck):
    assert library.reading.next_unread(deck).id == "alpha"
    assert library.reading.next_unread(deck, after="alpha").id == "beta"  # Alpha One went with Alpha
    library.reading.set_read(deck, "beta")
    assert library.reading.next_unread(deck, after="alpha").id == "gamma"
    assert library.reading.next_unread(deck, after="gamma") is None


def test_a_library_made_before_read_marks_gains_them_and_keeps_its_history(tmp_path, clock):
    from studyapp.storage.database import DB_NAME
    from studyapp.storage.migrations import migrations

    folder = tmp_path / "old"
    with Library.open(folder, import_bundled=False, clock=clock, tz=UTC, fuzzing=False) as old:
        doc = parse_document(NESTED, name="chronicle", markdown=True)
        items = handmade_items(doc.id, [("alpha", "a1", 0), ("beta", "b1", 1)])
        old.store_document(doc, source_name="chronicle.md", source_text=NESTED, items=items)
        session = old.study.start_session(doc.id, now=clock())
        session.show_answer()
        session.rate(Rating.Good, now=clock())
    import sqlite3

    with sqlite3.connect(folder / DB_NAME) as db:  # as the release before this one left it
        db.execute("DROP TABLE reading_marks")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_reading_marks'")
    with Library.open(folder, import_bundled=False, clock=clock, tz=UTC, fuzzing=False) as upgraded:
        assert "0006_reading_marks" in [m.name for m in migrations.applied(upgraded.repos().db)]
        assert upgraded.stats.deck(doc.id).total_reviews == 1
        assert upgraded.reading.started(doc.id)  # the answer counts: no "Start reading" for a studied deck
        upgraded.reading.set_read(doc.id, "beta")
        assert upgraded.reading.read_sections(doc.id) == {"beta"}


def test_reading_is_begun_once_the_reader_leaves_the_start(library, deck):
    assert not library.reading.begun(deck)
    library.set_reading_position(deck, "alpha", 0.0)  # opened at the start: not begun
    assert not library.reading.begun(deck)
    library.set_reading_position(deck, "alpha", 0.4)
    assert library.reading.begun(deck)
    library.set_reading_position(deck, "beta", 0.0)
    assert library.reading.begun(deck)
