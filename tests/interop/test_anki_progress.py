"""Progress carried into Anki: review history, scheduling state and FSRS memory, as a fresh Anki sees them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from anki_samples import FIXED_TS, import_apkg
from fsrs import Card, Rating, Scheduler, State

from studyapp.errors import ExportError
from studyapp.interop import CardProgress, add_progress, export_items
from studyapp.interop.anki_notes import note_guid

START = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
G, A, E = Rating.Good, Rating.Again, Rating.Easy
PLAN = {  # item id -> answers given in studyapp
    "f1-cloze": [G, G, G, G, G],  # review state, long interval
    "f1-when": [G, G, G, A],  # lapsed: relearning
    "f2-cloze": [E],  # straight to review
    "f2-what": [G],  # learning, second step pending
    "f2-choice": [],  # never studied
    "rail-order": [G, G, G, A, G, G],  # relearned back into review
    "f3-when": [G, G],
}


def study(card_id: int, answers: list[Rating], scheduler: Scheduler) -> tuple[Card, tuple]:
    card, logs, when = Card(card_id=card_id, due=START), [], START
    for answer in answers:
        card, log = scheduler.review_card(card, answer, when, 4200)
        logs.append(log)
        when = max(card.due, when + timedelta(minutes=1))
    return card, tuple(logs)


@pytest.fixture
def scheduler() -> Scheduler:
    return Scheduler(desired_retention=0.87, enable_fuzzing=False)


@pytest.fixture
def progress(scheduler) -> list[CardProgress]:
    out = []
    for n, (item_id, answers) in enumerate(PLAN.items(), start=1):
        card, logs = study(n, answers, scheduler)
        out.append(CardProgress(item_id, card, logs, suspended=item_id == "f3-when"))
    return out


@pytest.fixture
def imported(tmp_path, document, items, progress, scheduler, anki_collection):
    plain, out = tmp_path / "plain.apkg", tmp_path / "progress.apkg"
    export_items(document, items, plain, timestamp=FIXED_TS)
    summary = add_progress(plain, out, progress, document_id=document.id, deck_name=document.title, scheduler=scheduler)
    col = anki_collection()
    col.crt -= 400 * 86_400  # a learner's collection is older than the one the package was built in
    import_apkg(col, out, with_scheduling=True)
    guid_to_item = {note_guid(document.id, i.id): i.id for i in items}
    cards = {guid_to_item[col.get_card(cid).note().guid]: col.get_card(cid) for cid in col.find_cards("")}
    return col, cards, summary


def test_summary_counts_what_was_carried(imported):
    _, _, summary = imported
    assert summary.studied == 6
    assert summary.reviews == sum(len(a) for a in PLAN.values())
    assert summary.missing == ()


def test_review_counts_and_history_match(imported, progress):
    col, cards, _ = imported
    for entry in progress:
        card = cards[entry.item_id]
        assert card.reps == len(entry.logs), entry.item_id
        rows = col.db.all("select id, ease from revlog where cid = ? order by id", card.id)
        assert [ease for _, ease in rows] == [int(log.rating) for log in entry.logs]
        expected_ms = [int(log.review_datetime.timestamp() * 1000) for log in entry.logs]
        # revlog ids are unique milliseconds: answers at the same instant on two cards are a few ms apart
        assert all(abs(ms - want) < 50 for (ms, _), want in zip(rows, expected_ms, strict=True))
    assert cards["f1-when"].lapses == 1 and cards["rail-order"].lapses == 1 and cards["f1-cloze"].lapses == 0


def test_due_dates_and_intervals_match_within_a_day(imported, progress):
    col, cards, _ = imported
    checked = 0
    for entry in progress:
        card, fsrs_card = cards[entry.item_id], entry.card
        if fsrs_card.state != State.Review or fsrs_card.last_review is None:
            continue
        anki_due = datetime.fromtimestamp(col.crt + card.due * 86_400, UTC)
        assert abs(anki_due - fsrs_card.due) < timedelta(days=1), entry.item_id
        assert abs(card.ivl - (fsrs_card.due - fsrs_card.last_review).days) <= 1, entry.item_id
        assert card.type == 2
        checked += 1
    assert checked == 4  # f1-cloze, f2-cloze, rail-order, and f3-when (suspended)


def test_learning_cards_keep_their_step_due_time(imported, progress):
    _, cards, _ = imported
    by_id = {p.item_id: p for p in progress}
    for item_id, ctype in (("f2-what", 1), ("f1-when", 3)):
        card = cards[item_id]
        assert (card.type, card.queue) == (ctype, 1)
        assert card.due == int(by_id[item_id].card.due.timestamp())


def test_memory_state_suspension_and_new_cards(imported, progress):
    _, cards, _ = imported
    by_id = {p.item_id: p for p in progress}
    state = cards["f1-cloze"].memory_state
    assert state is not None
    assert state.stability == pytest.approx(by_id["f1-cloze"].card.stability, rel=1e-3)
    assert state.difficulty == pytest.approx(by_id["f1-cloze"].card.difficulty, rel=1e-3)
    assert cards["f3-when"].queue == -1
    assert (cards["f2-choice"].type, cards["f2-choice"].queue, cards["f2-choice"].reps) == (0, 0, 0)


def test_the_deck_preset_carries_the_learners_fsrs_settings(imported):
    col, cards, _ = imported
    preset = col.decks.config_dict_for_deck_id(cards["f1-cloze"].did)
    assert preset["desiredRetention"] == pytest.approx(0.87)
    assert preset["new"]["delays"] == [1.0, 10.0]


def test_reviews_dated_after_now_are_refused_with_a_message(tmp_path, document, items, scheduler):
    plain = tmp_path / "plain.apkg"
    export_items(document, items, plain, timestamp=FIXED_TS)
    future = datetime.now(UTC) + timedelta(days=3)
    card, log = scheduler.review_card(Card(card_id=1, due=future), G, future, 1000)
    with pytest.raises(ExportError, match="dated in the future"):
        add_progress(
            plain,
            tmp_path / "p.apkg",
            [CardProgress("f1-cloze", card, (log,))],
            document_id=document.id,
            deck_name=document.title,
            scheduler=scheduler,
        )
