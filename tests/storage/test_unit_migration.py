"""Migration 0005 on a library made by the release before units (``data/release_library.sql.gz``, made by
``data/make_release_library.py`` on main at 9678646): one card per unit, every review kept, suspends, buries,
retired items and the exam carried over, and the library goes on working (sessions, undo, re-import)."""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fsrs import Card, Rating, ReviewLog, Scheduler

from studyapp.core.cards import Queue, from_us
from studyapp.core.ladder import decode_ways
from studyapp.core.session import Phase
from studyapp.paths import bundled_documents
from studyapp.services.library import Library
from studyapp.storage.database import DB_NAME

FIXTURE = Path(__file__).parent / "data" / "release_library.sql.gz"
AFTER = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # the morning after the fixture's last study day


def load_release(folder: Path, *, strip_units: bool = False) -> Path:
    """The release library as a database file in ``folder``; ``strip_units`` makes it look older still (items
    stored before they named their unit)."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / DB_NAME)
    conn.executescript(gzip.decompress(FIXTURE.read_bytes()).decode("utf-8"))
    if strip_units:
        for item_id, data in conn.execute("SELECT id, data FROM items").fetchall():
            fields = {k: v for k, v in json.loads(data).items() if k not in ("unit", "reveals")}
            conn.execute("UPDATE items SET data = ? WHERE id = ?", [json.dumps(fields), item_id])
    conn.commit()
    conn.close()
    return folder


def read_release(folder: Path) -> dict:
    """What the release library holds, read before the migration."""
    conn = sqlite3.connect(folder / DB_NAME)
    units = {
        i: json.loads(d).get("unit") or json.loads(d)["origin"] for i, d in conn.execute("SELECT id, data FROM items")
    }
    kinds = dict(conn.execute("SELECT id, kind FROM items"))
    cards = {
        row[0]: row
        for row in conn.execute(
            "SELECT id, item_id, queue, state, step, stability, difficulty, due, last_review, buried_until FROM cards"
        )
    }
    reviews = conn.execute(
        "SELECT reviewed, card_id, deck_id, rating, duration_ms FROM reviews ORDER BY reviewed"
    ).fetchall()
    retired = {row[0] for row in conn.execute("SELECT id FROM items WHERE retired_us IS NOT NULL")}
    exam = conn.execute("SELECT deck_id, day, target FROM exams").fetchone()
    conn.close()
    return {"units": units, "kinds": kinds, "cards": cards, "reviews": reviews, "retired": retired, "exam": exam}


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    folder = load_release(tmp_path_factory.mktemp("release") / "data")
    before = read_release(folder)
    library = Library.open(folder, import_bundled=False, clock=lambda: AFTER, tz=UTC, fuzzing=False)
    conn = library.repos().db.conn
    cards = {
        row[0]: row
        for row in conn.execute(
            "SELECT unit, id, queue, state, step, stability, difficulty, due, last_review, buried_until, last_kind "
            "FROM cards"
        )
    }
    reviews = conn.execute(
        "SELECT reviewed, card_id, deck_id, rating, duration_ms, item_id FROM reviews ORDER BY reviewed"
    ).fetchall()
    suspended_items = {row[0] for row in conn.execute("SELECT id FROM items WHERE suspended = 1")}
    yield library, before, {"cards": cards, "reviews": reviews, "suspended_items": suspended_items}
    library.close(backup=False)


def unit_cards(before: dict) -> dict[str, list[tuple]]:
    """The release's item cards grouped by unit."""
    grouped = defaultdict(list)
    for row in before["cards"].values():
        grouped[before["units"][row[1]]].append(row)
    return grouped


def test_one_card_per_unit_and_every_review_kept(migrated):
    library, before, after = migrated
    assert set(after["cards"]) == set(unit_cards(before))
    assert len(after["cards"]) < len(before["cards"])
    assert len(after["reviews"]) == len(before["reviews"]) == 1760
    old = {(r[0], r[2], r[3], r[4]) for r in before["reviews"]}
    assert {(r[0], r[2], r[3], r[4]) for r in after["reviews"]} == old  # time, deck, rating, duration
    card_unit = {row[1]: unit for unit, row in after["cards"].items()}
    for (_, old_card, *_), (_, new_card, *_, item_id) in zip(before["reviews"], after["reviews"], strict=True):
        old_item = before["cards"][old_card][1]
        assert item_id == old_item  # the item it asked
        assert card_unit[new_card] == before["units"][old_item]  # on its unit's card
    conn = library.repos().db.conn
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_unit_studied_through_one_item_keeps_its_state_exactly(migrated):
    _, before, after = migrated
    studied_cards = {r[1] for r in before["reviews"]}
    checked = 0
    for unit, rows in unit_cards(before).items():
        studied = [row for row in rows if row[0] in studied_cards]
        if len(studied) == 1:
            old = studied[0]
            assert after["cards"][unit][3:9] == old[3:9], unit  # state, step, stability, difficulty, due, last review
            checked += 1
    assert checked >= 5


def test_a_unit_studied_through_several_items_is_their_answers_replayed_in_time_order(migrated):
    _, before, after = migrated
    scheduler = Scheduler(enable_fuzzing=False)  # the fixture deck has the default settings
    by_card = defaultdict(list)
    for reviewed, card_id, _, rating, duration in before["reviews"]:
        by_card[card_id].append((reviewed, rating, duration))
    merged = 0
    for unit, rows in unit_cards(before).items():
        answers = sorted(a for row in rows for a in by_card.get(row[0], []))
        if len({row[0] for row in rows if row[0] in by_card}) < 2:
            continue
        card_id = after["cards"][unit][1]
        logs = [ReviewLog(card_id, Rating(r), from_us(t), d) for t, r, d in answers]
        expected = scheduler.reschedule_card(Card(card_id=card_id, due=logs[0].review_datetime), logs)
        _, _, _, state, step, stability, difficulty, due, last_review, *_ = after["cards"][unit]
        assert (state, step) == (int(expected.state), expected.step), unit
        assert stability == pytest.approx(expected.stability) and difficulty == pytest.approx(expected.difficulty)
        assert from_us(due) == expected.due and from_us(last_review) == expected.last_review
        last_item = next(r[5] for r in reversed(after["reviews"]) if r[1] == card_id)
        assert after["cards"][unit][10] == before["kinds"][last_item]  # the ladder goes on from the last form
        merged += 1
    assert merged >= 30  # most facts were asked several ways before


def test_suspends_buries_and_retired_items_carry_over(migrated):
    library, before, after = migrated
    grouped = unit_cards(before)
    active = {u: [r for r in rows if r[1] not in before["retired"]] for u, rows in grouped.items()}
    all_suspended = [u for u, rows in active.items() if rows and all(r[2] == Queue.SUSPENDED for r in rows)]
    partly = [u for u, rows in active.items() if any(r[2] == Queue.SUSPENDED for r in rows) and u not in all_suspended]
    assert len(all_suspended) == 1 and len(partly) == 1
    assert after["cards"][all_suspended[0]][2] == Queue.SUSPENDED
    assert after["cards"][partly[0]][2] != Queue.SUSPENDED
    lone = {r[1] for r in grouped[partly[0]] if r[2] == Queue.SUSPENDED}
    assert after["suspended_items"] == lone  # that way of asking stays out of the ladder
    ways = library.repos().cards.unit_items(before["exam"][0], partly[0])
    assert ways and lone.isdisjoint(w.item_id for w in ways)
    (stored,) = library.repos().db.conn.execute("SELECT ways FROM cards WHERE unit = ?", [partly[0]]).fetchone()
    assert decode_ways(stored) == tuple(ways)  # the card's copy, as the queue reads it

    (buried,) = [u for u, rows in active.items() if any(r[2] == Queue.BURIED for r in rows)]
    assert after["cards"][buried][2] == Queue.BURIED
    assert after["cards"][buried][9] == max(r[9] for r in grouped[buried] if r[2] == Queue.BURIED)

    gone = [u for u, rows in grouped.items() if not active[u]]
    assert gone and all(after["cards"][u][2] == Queue.RETIRED for u in gone)
    gone_ids = {after["cards"][u][1] for u in gone}
    assert any(r[1] in gone_ids for r in after["reviews"])  # their history is kept


def test_the_migrated_library_goes_on_working(migrated):
    library, before, _ = migrated
    deck = before["exam"][0]
    stats = library.stats.deck(deck)
    assert stats.total_reviews == 1760
    assert sum(stats.cards_by_queue.values()) == library.deck(deck).total
    forecast = library.exam.forecast(deck)
    assert forecast is not None and forecast.exam.day.isoformat() == before["exam"][1]
    session = library.study.start_session(deck)
    assert library.repos().decks.exam(deck).planned_day == AFTER.date().isoformat()  # the plan was made again
    assert session.phase is Phase.QUESTION
    unit = session.current.unit
    assert session.current.item.memory_unit == unit
    session.show_answer()
    answer = session.rate(Rating.Good, now=AFTER)
    assert answer is not None and library.stats.deck(deck).total_reviews == 1761
    session.undo()
    assert library.stats.deck(deck).total_reviews == 1760 and session.current.unit == unit

    # the full article again: the units its dropped paragraph held come back with their history
    retired_before = {h.unit for h in library.card_histories(deck)}
    result = library.import_document(bundled_documents()[0])
    assert result.kept > 0 and result.retired > 0  # the chronology made without that paragraph retires
    revived = {h.unit: h for h in library.card_histories(deck)}
    back = set(revived) - retired_before
    assert back and all(revived[u].reviews for u in back if not u.startswith("chronology-"))


def test_a_library_older_than_units_groups_list_items_by_entry(tmp_path):
    folder = load_release(tmp_path / "data", strip_units=True)
    before = read_release(folder)
    with Library.open(folder, import_bundled=False, clock=lambda: AFTER, tz=UTC, fuzzing=False) as library:
        units = dict(library.repos().db.conn.execute("SELECT id, unit FROM items"))
    fresh = read_release(load_release(tmp_path / "fresh"))
    drills = {i for i, kind in before["kinds"].items() if kind == "chronology"}
    assert {i: u for i, u in units.items() if i not in drills} == {
        i: u for i, u in fresh["units"].items() if i not in drills
    }  # the same units as items that name theirs: a fact, a list entry, a whole list
    assert all(units[i] == i for i in drills)  # a drill alone (its origin, the section, holds several)
    assert any("/" in u for u in units.values())


def test_facts_of_one_sentence_reveal_each_other_after_the_migration(migrated):
    """Items made before the release said nothing of the other facts of their sentence: the migration adds
    them from the stored facts (the bundled article's "... in 1991, ... in March 22, 1992.")."""
    library, before, _ = migrated
    deck = before["exam"][0]
    items = library.items(deck)
    first = next(i.unit for i in items if i.kind == "date-cloze" and i.answer == "1991" and "Baku" in i.source.text)
    second = next(i.unit for i in items if i.kind == "date-cloze" and i.answer == "March 22, 1992")
    assert all(second in i.reveals for i in items if i.unit == first)
    assert all(first in i.reveals for i in items if i.unit == second)
    (ways,) = library.repos().db.conn.execute("SELECT ways FROM cards WHERE unit = ?", [first]).fetchone()
    assert all(second in way.reveals for way in decode_ways(ways))
