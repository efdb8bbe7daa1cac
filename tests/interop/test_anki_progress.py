"""Progress carried into Anki: review history, scheduling state and FSRS memory, as a fresh Anki sees them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from anki_samples import FIXED_TS, import_apkg
from fsrs import Card, Rating, Scheduler, State

from studyapp.errors import ExportError
from studyapp.interop import CardProgress, add_progress, export_items
from studyapp.interop.anki_models import TEMPLATES
from studyapp.interop.anki_notes import note_guid

START = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
G, A, E = Rating.Good, Rating.Again, Rating.Easy
PLAN = {  # unit -> (answers given in studyapp, the kind asked last)
    "f1": ([G, G, G, G, G], "date-when"),  # review state, long interval
    "f2": ([G, G, G, A], "date-choice"),  # lapsed: relearning
    "railways": ([G], "chronology"),  # learning, second step pending
    "f3": ([], None),  # never studied, and suspended
}
CARRIER = {"f1": "f1-when", "f2": "f2-choice", "railways": "rail-order"}  # the card of the kind asked last


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
    for n, (unit, (answers, last_kind)) in enumerate(PLAN.items(), start=1):
        card, logs = study(n, answers, scheduler)
        out.append(CardProgress(unit, card, logs, suspended=unit == "f3", last_kind=last_kind))
    return out


@pytest.fixture
def imported(tmp_path, document, items, progress, scheduler, anki_collection):
    plain, out = tmp_path / "plain.apkg", tmp_path / "progress.apkg"
    export_items(document, items, plain, timestamp=FIXED_TS)
    summary = add_progress(plain, out, progress, document_id=document.id, deck_name=document.title, scheduler=scheduler)
    col = anki_collection()
    col.crt -= 400 * 86_400  # a learner's collection is older than the one the package was built in
    import_apkg(col, out, with_scheduling=True)
    by_card = {(note_guid(document.id, i.memory_unit), i.kind): i.id for i in items}
    cards = {}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        cards[by_card[card.note().guid, TEMPLATES[card.ord].kind]] = card
    return col, cards, summary


def test_summary_counts_what_was_carried(imported):
    _, _, summary = imported
    assert summary.studied == 3
    assert summary.reviews == sum(len(answers) for answers, _ in PLAN.values())
    assert summary.missing == ()


def test_the_card_asked_last_carries_the_units_whole_history(imported, progress, items):
    col, cards, _ = imported
    for entry in progress:
        if not entry.logs:
            continue
        card = cards[CARRIER[entry.unit]]
        assert card.reps == len(entry.logs), entry.unit
        rows = col.db.all("select id, ease from revlog where cid = ? order by id", card.id)
        assert [ease for _, ease in rows] == [int(log.rating) for log in entry.logs]
        expected_ms = [int(log.review_datetime.timestamp() * 1000) for log in entry.logs]
        # revlog ids are unique milliseconds: answers at the same instant on two cards are a few ms apart
        assert all(abs(ms - want) < 50 for (ms, _), want in zip(rows, expected_ms, strict=True))
        for sibling in items:  # the unit's other ways of asking start new in Anki
            if sibling.memory_unit == entry.unit and sibling.id != CARRIER[entry.unit]:
                assert (cards[sibling.id].type, cards[sibling.id].reps) == (0, 0), sibling.id
    assert col.db.scalar("select count() from revlog") == sum(len(e.logs) for e in progress)
    assert cards["f2-choice"].lapses == 1 and cards["f1-when"].lapses == 0


def test_due_dates_and_intervals_match_within_a_day(imported, progress):
    col, cards, _ = imported
    entry = next(p for p in progress if p.unit == "f1")
    card, fsrs_card = cards["f1-when"], entry.card
    assert fsrs_card.state == State.Review and card.type == 2
    anki_due = datetime.fromtimestamp(col.crt + card.due * 86_400, UTC)
    assert abs(anki_due - fsrs_card.due) < timedelta(days=1)
    assert abs(card.ivl - (fsrs_card.due - fsrs_card.last_review).days) <= 1


def test_learning_cards_keep_their_step_due_time(imported, progress):
    _, cards, _ = imported
    by_unit = {p.unit: p for p in progress}
    for unit, ctype in (("railways", 1), ("f2", 3)):
        card = cards[CARRIER[unit]]
        assert (card.type, card.queue) == (ctype, 1)
        assert card.due == int(by_unit[unit].card.due.timestamp())


def test_memory_state_suspension_and_new_cards(imported, progress):
    _, cards, _ = imported
    f1 = next(p for p in progress if p.unit == "f1")
    state = cards["f1-when"].memory_state
    assert state is not None
    assert state.stability == pytest.approx(f1.card.stability, rel=1e-3)
    assert state.difficulty == pytest.approx(f1.card.difficulty, rel=1e-3)
    assert cards["f3-when"].queue == -1  # the suspended unit: every card of its note
    assert (cards["f2-cloze"].type, cards["f2-cloze"].queue, cards["f2-cloze"].reps) == (0, 0, 0)


def test_the_deck_preset_carries_the_learners_fsrs_settings_and_buries_siblings(imported):
    col, cards, _ = imported
    preset = col.decks.config_dict_for_deck_id(cards["f1-cloze"].did)
    assert preset["desiredRetention"] == pytest.approx(0.87)
    assert preset["new"]["delays"] == [1.0, 10.0]
    assert preset["new"]["bury"] and preset["rev"]["bury"] and preset["buryInterdayLearning"]


def test_anki_buries_a_units_other_cards_once_one_is_answered(imported):
    col, cards, _ = imported
    from anki.cards import Card as AnkiCard
    from anki.scheduler.v3 import CardAnswer

    col.decks.select(cards["f2-choice"].did)
    queued = col.sched.get_queued_cards(fetch_limit=50)
    top = next(q for q in queued.cards if q.card.id == cards["f2-choice"].id)  # relearning, due long ago
    card = AnkiCard(col, backend_card=top.card)
    card.start_timer()
    col.sched.answer_card(col.sched.build_answer(card=card, states=top.states, rating=CardAnswer.GOOD))
    for sibling in ("f2-cloze", "f2-what"):
        assert col.get_card(cards[sibling].id).queue == -2, sibling  # buried by Anki's own sibling rule
    assert col.get_card(cards["f1-cloze"].id).queue == 0  # another unit's new card is not


def test_reviews_dated_after_now_are_refused_with_a_message(tmp_path, document, items, scheduler):
    plain = tmp_path / "plain.apkg"
    export_items(document, items, plain, timestamp=FIXED_TS)
    future = datetime.now(UTC) + timedelta(days=3)
    card, log = scheduler.review_card(Card(card_id=1, due=future), G, future, 1000)
    with pytest.raises(ExportError, match="dated in the future"):
        add_progress(
            plain,
            tmp_path / "p.apkg",
            [CardProgress("f1", card, (log,))],
            document_id=document.id,
            deck_name=document.title,
            scheduler=scheduler,
        )
