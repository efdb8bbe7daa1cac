"""The browser's rows: every sort, filter and search, pages that add up, a card's history, and the actions on
a selection (suspend, forget, set the due day, reject, export)."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta

import pytest
from fsrs import Rating
from library_samples import DATA

from studyapp.cli import main as cli
from studyapp.core.card_changes import CardEdit, RejectReason
from studyapp.core.cards import Queue
from studyapp.services.browser import COLUMNS, BrowseQuery


@pytest.fixture
def deck(library, clock, tmp_path):
    path = tmp_path / "river_towns.md"
    shutil.copy(DATA / "river_towns.md", path)
    deck_id = library.import_document(path).deck_id
    library.import_document(DATA / "island_survey.txt")
    session = library.study.start_session(deck_id)
    for rating in (Rating.Easy,) * 6 + (Rating.Good, Rating.Again, Rating.Hard) * 2:
        session.show_answer()
        session.rate(rating, now=clock.now)
    clock.advance(days=40)
    session = library.study.start_session(deck_id)
    for _ in range(3):  # reviews forgotten: lapses
        session.show_answer()
        session.rate(Rating.Again, now=clock.now)
    clock.advance(days=1)
    return deck_id


def _values(rows, column):
    r = {
        "kind": lambda row: row.row.kind,
        "prompt": lambda row: row.row.prompt,
        "answer": lambda row: row.row.answer,
        "due": lambda row: row.row.due_us,
        "interval": lambda row: row.interval_days,
        "stability": lambda row: row.row.stability,
        "difficulty": lambda row: row.row.difficulty,
        "reviews": lambda row: row.row.reviews,
        "lapses": lambda row: row.row.lapses,
        "state": lambda row: row.row.queue,
    }.get(column)
    return None if r is None else [r(row) for row in rows]


@pytest.mark.parametrize("column", COLUMNS)
def test_every_column_sorts_both_ways_and_pages_add_up(library, deck, column):
    everything = library.browser.rows(BrowseQuery(deck_id=deck, sort=column), limit=10_000)
    assert len(everything) == library.browser.count(BrowseQuery(deck_id=deck)) == len(library.items(deck))
    pages, after = [], None
    while True:  # pages of 7 rows, each after the last row of the page before
        page = library.browser.rows(BrowseQuery(deck_id=deck, sort=column), after=after, limit=7)
        if not page:
            break
        pages += page
        after = page[-1].key
    assert [r.item_id for r in pages] == [r.item_id for r in everything]
    values = _values(everything, column)
    if values is not None:
        present = [v for v in values if v is not None]
        assert present == sorted(present) and len(set(present)) > 1, column
        down = _values(
            library.browser.rows(BrowseQuery(deck_id=deck, sort=column, descending=True), limit=10_000), column
        )
        assert [v for v in down if v is not None] == sorted(present, reverse=True)


def test_filters_and_search_find_what_the_learner_did(library, deck):
    rows = library.browser.rows(BrowseQuery(deck_id=deck), limit=10_000)
    assert {r.row.deck_id for r in library.browser.rows(BrowseQuery(), limit=10_000)} == {deck, "the-island-survey"}
    studied = [r for r in rows if r.row.reviews]
    assert studied and all(r.row.reviews >= 1 for r in studied)
    assert sum(r.row.lapses for r in rows) >= 1
    mill = library.browser.rows(BrowseQuery(deck_id=deck, search="mill"), limit=1000)
    assert mill and all("mill" in (r.row.prompt + r.row.answer).lower() or "mill" in _source(library, r) for r in mill)
    assert library.browser.rows(BrowseQuery(search="weav"), limit=10)  # a word's start finds it
    assert library.browser.rows(BrowseQuery(search='"or" AND ('), limit=10) == []  # no operator syntax error

    target = mill[0]
    library.learner_cards.edit(
        target.item_id, CardEdit("Which craft built the zanzibar mill in [...]?", target.row.answer)
    )
    (edited,) = library.browser.rows(BrowseQuery(deck_id=deck, search="zanzibar"), limit=10)
    assert edited.item_id == target.item_id and edited.state.endswith("edited")
    assert [r.item_id for r in library.browser.rows(BrowseQuery(states=("edited",)), limit=10)] == [target.item_id]
    other = mill[1]
    library.learner_cards.reject([other.item_id], RejectReason.DUPLICATE)
    (rejected,) = library.browser.rows(BrowseQuery(states=("rejected",)), limit=10)
    assert rejected.item_id == other.item_id and rejected.state.startswith("rejected (duplicate)")
    kinds = library.browser.rows(BrowseQuery(deck_id=deck, kinds=("date-cloze",)), limit=1000)
    assert kinds and {r.row.kind for r in kinds} == {"date-cloze"}
    section = rows[0].row.section
    in_section = library.browser.rows(BrowseQuery(deck_id=deck, sections=(section,)), limit=1000)
    assert in_section and {r.row.section for r in in_section} == {section}
    assert {r.section_title for r in in_section} != {section}  # titles, not ids
    with pytest.raises(ValueError, match="Unknown column"):
        library.browser.rows(BrowseQuery(sort="colour"))


def _source(library, row) -> str:
    return library.learner_cards.card(row.item_id).generated.source.text.lower()


def test_a_cards_history_and_the_actions_on_a_selection(library, deck, clock):
    rows = library.browser.rows(BrowseQuery(deck_id=deck, sort="reviews", descending=True), limit=10_000)
    top = rows[0]
    history = library.browser.history(top.row.card_id)
    assert len(history) == top.row.reviews >= 1
    assert [h.reviewed_us for h in history] == sorted(h.reviewed_us for h in history)

    selection = [r.item_id for r in rows[:3]]
    library.browser.suspend(selection)
    assert all(
        r.row.queue == Queue.SUSPENDED
        for r in library.browser.rows(BrowseQuery(deck_id=deck), limit=10_000)
        if r.item_id in selection
    )
    library.browser.suspend(selection, suspended=False)

    moved, _ = library.browser.reschedule([top.item_id], date(2026, 6, 1))
    assert moved == 1
    (after,) = [r for r in library.browser.rows(BrowseQuery(deck_id=deck), limit=10_000) if r.item_id == top.item_id]
    assert after.due is not None and after.due.date() in (date(2026, 6, 1), date(2026, 6, 1) + timedelta(days=1))

    reviews = library.stats.deck(deck).total_reviews
    library.browser.forget([top.item_id])
    (reset,) = [r for r in library.browser.rows(BrowseQuery(deck_id=deck), limit=10_000) if r.item_id == top.item_id]
    assert reset.row.queue == Queue.NEW and reset.row.stability is None and reset.due is None
    assert library.stats.deck(deck).total_reviews == reviews  # the history stays


def test_cards_command_gives_the_browsers_search_as_json(library, deck, capsys):
    expected = [r.item_id for r in library.browser.rows(BrowseQuery(deck_id=deck, search="mill"), limit=1000)]
    folder = library.folder
    library.close(backup=False)
    assert cli(["--data-dir", str(folder), "cards", deck, "--search", "mill", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in shown] == expected and all(r["deck"] == deck for r in shown)
    assert cli(["--data-dir", str(folder), "cards", "nowhere", "--search", "mill"]) == 1
    assert "No deck 'nowhere'" in capsys.readouterr().err
    assert cli(["--data-dir", str(folder), "cards", deck, "--sort", "colour"]) == 1
    assert "Unknown column" in capsys.readouterr().err
