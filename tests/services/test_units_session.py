"""One memory per unit on real articles: the format ladder, and days of study that never give an answer away."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest
from fsrs import Rating

from studyapp.core.cards import Queue, from_us, to_us
from studyapp.core.session import Phase
from studyapp.generate.model import Kind
from studyapp.paths import bundled_documents

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "corpus"
ORDERED_LIST = DATA / "lists" / "roman_cities.md"  # a ranked list: asked by number and put in order too
SHORT_LIST = DATA / "lists" / "poor_law_commission.txt"  # four recommendations: recalled whole too


@dataclass(frozen=True)
class Shown:
    """One card as a session showed it."""

    day: int
    unit: str
    item_id: str
    kind: str
    reveals: tuple[str, ...]
    queue: int  # the unit's card queue when shown
    members_known: bool  # for a summary unit: every member in review (or out of study)


def members_known(library, deck: str, members: tuple[str, ...]) -> bool:
    states = {h.unit: h.state for h in library.card_histories(deck)}
    return all(
        states[m].queue in (Queue.SUSPENDED, Queue.WAITING) or (states[m].state == 2 and not states[m].is_new)
        for m in members
        if m in states
    )


def study_days(library, clock, deck: str, days: int, *, again_every: int = 6) -> list[Shown]:
    """A learner who studies every day until nothing is left (waiting for learning steps within the day),
    answering Again to every ``again_every``-th card and Good to the rest."""
    shown: list[Shown] = []
    start = clock.now
    for day in range(days):
        clock.now = start + timedelta(days=day)
        day_end = clock.now.replace(hour=23, minute=0)
        while clock.now < day_end:
            session = library.study.start_session(deck)
            while session.phase is Phase.QUESTION:
                current = session.current
                shown.append(
                    Shown(
                        day,
                        current.unit,
                        current.item.id,
                        current.item.kind,
                        tuple(current.item.reveals),
                        current.card.queue,
                        members_known(library, deck, current.members) if current.members else True,
                    )
                )
                assert current.item.memory_unit == current.unit
                session.show_answer()
                clock.advance(seconds=20)
                rating = Rating.Again if len(shown) % again_every == 0 else Rating.Good
                session.rate(rating, now=clock.now, duration_ms=8000)
            due = library.repos().cards.learning_due(session.scope)
            if due is None or from_us(due) >= day_end:
                break
            clock.now = max(clock.now, from_us(due))
    return shown


def assert_nothing_given_away(shown: list[Shown]) -> None:
    for day in {s.day for s in shown}:
        today = [s for s in shown if s.day == day]
        visible: set[str] = set()
        asked: set[str] = set()
        for card in today:
            assert card.unit not in visible, f"day {day}: {card.item_id} asks {card.unit}, shown on an earlier card"
            if card.unit in asked:
                assert card.queue == Queue.LEARNING, f"day {day}: {card.unit} asked again outside its learning steps"
            visible.update(card.reveals)
            asked.add(card.unit)


@pytest.mark.parametrize(
    "source", [bundled_documents()[0], CORPUS / "cuban_missile_crisis.txt"], ids=["bundled", "cuban-missile-crisis"]
)
def test_three_weeks_of_study_never_give_an_answer_away(library, clock, source):
    deck = library.import_document(source).deck_id
    shown = study_days(library, clock, deck, 21)
    assert_nothing_given_away(shown)
    new_per_day = library.settings.get(deck).new_per_day
    for day in range(21):  # new cards spread over days, and across units (a unit is one card)
        introduced = [s for s in shown if s.day == day and s.queue == Queue.NEW]
        assert len(introduced) <= new_per_day
        assert len({s.unit for s in introduced}) == len(introduced)
    summaries = [s for s in shown if s.kind in (Kind.CHRONOLOGY, Kind.LIST_RECALL, Kind.LIST_ORDER)]
    assert summaries and all(s.members_known for s in summaries if s.queue == Queue.NEW)
    assert any(s.reveals for s in shown)  # the rule was put to work
    assert len({s.kind for s in shown}) >= 5  # the ladder used many forms (the bundled lists: gaps alone)
    units = {h.unit for h in library.card_histories(deck)}
    assert {s.unit for s in shown} <= units


def test_a_fact_climbs_the_ladder_and_falls_back_after_again(library, clock):
    # a document whose first fact is asked in every way (the bundled article's first, "before the fifth
    # century", is a limit: it has no "When ...?" question)
    deck = library.import_document(Path(__file__).parent / "data" / "island_survey.txt").deck_id
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=1))
    session = library.study.start_session(deck)
    unit = session.current.unit
    kinds = {i.kind for i in library.items(deck) if i.memory_unit == unit}
    assert {Kind.DATE_CHOICE, Kind.DATE_CLOZE, Kind.DATE_WHEN} <= kinds
    asked = []

    def answer(rating: Rating) -> None:
        session.show_answer()
        asked.append(session.current.item.kind)
        session.rate(rating, now=clock.now)

    answer(Rating.Good)  # new: recognised among choices
    clock.advance(minutes=10)
    session = library.study.start_session(deck)
    answer(Rating.Good)  # its second learning step: the gap
    for _ in range(4):  # reviews as they fall due: the gap, then the open question, then the reverse one
        state = next(h.state for h in library.card_histories(deck) if h.unit == unit)
        clock.now = from_us(state.due_us) + timedelta(minutes=1)
        session = library.study.start_session(deck)
        assert session.current.unit == unit
        answer(Rating.Good)
    assert asked[:2] == [Kind.DATE_CHOICE, Kind.DATE_CLOZE]
    assert Kind.DATE_WHEN in asked[2:]
    climbed = asked[-1]
    state = next(h.state for h in library.card_histories(deck) if h.unit == unit)
    clock.now = from_us(state.due_us) + timedelta(minutes=1)
    session = library.study.start_session(deck)
    answer(Rating.Again)
    clock.advance(minutes=10)
    session = library.study.start_session(deck)
    assert session.current.unit == unit and session.current.card.queue == Queue.LEARNING
    answer(Rating.Good)  # relearning: a form easier than the one that failed
    from studyapp.core.ladder import rung_of

    assert rung_of(asked[-1]) == rung_of(asked[-2]) - 1
    assert rung_of(asked[-2]) >= rung_of(climbed)
    assert library.stats.deck(deck).total_reviews == len(asked)
    assert library.stats.deck(deck).cards_by_queue["new"] == library.deck(deck).total - 1  # one unit studied


def test_a_whole_list_waits_for_its_entries_then_comes_after_those_due(library, clock):
    deck = library.import_document(SHORT_LIST).deck_id
    histories = library.card_histories(deck)
    whole = next(h for h in histories if h.unit.startswith("list-") and "/" not in h.unit)
    assert whole.state.queue == Queue.WAITING
    entries = {h.unit for h in histories if h.unit.startswith(whole.unit + "/")}
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=500))
    section = next(i.section for i in library.items(deck) if i.memory_unit == whole.unit)
    first_day = None
    for day in range(8):  # a list cloze sets its neighbours aside: the entries take a few days
        session = library.study.start_session(deck, section=section)
        while session.phase is Phase.QUESTION:
            unit = session.current.unit
            if unit == whole.unit and first_day is None:
                first_day = day
                states = {h.unit: h.state for h in library.card_histories(deck)}
                assert all(states[e].state == 2 for e in entries)  # every entry known
                assert all(states[e].due_us >= to_us(session.day_end) for e in entries)  # none still due today
            session.show_answer()
            session.rate(Rating.Easy, now=clock.now)
        clock.advance(days=1)
    assert first_day is not None and first_day >= 1


def test_exposure_survives_a_new_session_the_same_day(library, clock):
    """What earlier sessions of the day showed still counts: no unit they revealed is asked."""
    deck = library.import_document(bundled_documents()[0]).deck_id
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=500))
    revealed: set[str] = set()
    for _ in range(3):
        session = library.study.start_session(deck)
        for _ in range(15):
            if session.phase is not Phase.QUESTION:
                break
            assert session.current.unit not in revealed
            revealed.update(session.current.item.reveals)
            session.show_answer()
            session.rate(Rating.Easy, now=clock.advance(seconds=10))
    assert revealed  # a list cloze was shown
    assert library.study.start_session(deck).exposure.revealed >= revealed


def test_an_item_suspended_alone_is_no_longer_asked_and_comes_back(library, clock, tmp_path):
    article = tmp_path / "nordvik.txt"  # one fact, asked four ways
    article.write_text("Nordvik\n\nHISTORY\n\nThe first railway reached Nordvik in 1872.\n", encoding="utf-8")
    deck = library.import_document(article).deck_id
    session = library.study.start_session(deck)
    first = session.current
    assert first.item.kind in (Kind.DATE_CHOICE, Kind.DATE_CLOZE)  # the easiest forms open a unit
    changes = library.study.suspend_item(first.item.id)
    assert changes.decks == {deck}
    assert [i.id for i in library.study.suspended_items(deck)] == [first.item.id]
    again = library.study.start_session(deck).current
    assert again.unit == first.unit and again.item.kind != first.item.kind  # another form of the same fact
    library.study.suspend_item(first.item.id, suspended=False)
    assert library.study.suspended_items(deck) == []
    assert library.study.start_session(deck).current.item.id == first.item.id
    with pytest.raises(KeyError):
        library.study.suspend_item("no-such-item")
    ranked = library.import_document(ORDERED_LIST).deck_id
    whole_list = next(i for i in library.items(ranked) if i.kind == Kind.LIST_RECALL)
    order = next(i for i in library.items(ranked) if i.kind == Kind.LIST_ORDER and i.unit == whole_list.unit)
    library.study.suspend_item(order.id)
    with pytest.raises(ValueError, match="only question left"):
        library.study.suspend_item(whole_list.id)


def test_a_neighbour_due_today_is_not_set_aside_when_the_entry_can_be_asked_another_way(library, clock):
    from studyapp.core.cards import CardState
    from studyapp.storage import bulk

    deck = library.import_document(ORDERED_LIST).deck_id
    cards = {h.unit: h.state for h in library.card_histories(deck)}
    whole = next(u for u in cards if u.startswith("list-") and "/" not in u)
    fifth, fourth = f"{whole}/5", f"{whole}/4"

    def due_review(unit: str, hours_ago: int) -> CardState:
        due = to_us(clock.now - timedelta(hours=hours_ago))
        last = to_us(clock.now - timedelta(days=3))
        return CardState(cards[unit].id, 2, None, 3.0, 5.0, due, last, Queue.REVIEW, Kind.LIST_CLOZE)

    with library.repos().db.atomic():
        bulk.write_states(library.repos().db, [due_review(fifth, 2), due_review(fourth, 1)])
    session = library.study.start_session(deck)
    assert session.current.unit == fifth
    assert (
        fourth in next(i for i in library.items(deck) if i.memory_unit == fifth and i.kind == Kind.LIST_CLOZE).reveals
    )
    assert session.current.item.kind == Kind.LIST_ITEM  # not the cloze that would show entry 4, due today
    session.show_answer()
    session.rate(Rating.Good, now=clock.now)
    assert next(h.state for h in library.card_histories(deck) if h.unit == fourth).queue == Queue.REVIEW
    asked = []
    while session.phase is Phase.QUESTION and fourth not in asked:
        asked.append(session.current.unit)
        session.show_answer()
        session.rate(Rating.Good, now=clock.now)
    assert fourth in asked  # still due today, not set aside


def test_a_retired_way_of_asking_is_never_chosen_and_a_new_one_is(library, clock):
    from library_samples import TEXT

    from studyapp.generate.model import Source, StudyItem
    from studyapp.text import parse_document

    doc = parse_document(TEXT, name="chronicle")
    source = Source("alpha", "Alpha", "In 1901 the first thing happened.")

    def ask(kind: str) -> StudyItem:
        return StudyItem(f"{doc.id}:{kind}", kind, "alpha", "When?", "1901", source, "fact-1", 0, unit="fact-1")

    def first_kind() -> str:
        return library.study.start_session(doc.id).current.item.kind

    library.store_document(doc, source_name="c.txt", source_text=TEXT, items=[ask(Kind.DATE_CHOICE), ask("date-when")])
    assert first_kind() == Kind.DATE_CHOICE
    library.store_document(doc, source_name="c.txt", source_text=TEXT, items=[ask("date-when")])
    assert first_kind() == Kind.DATE_WHEN  # the choice item retired with the re-import
    library.store_document(doc, source_name="c.txt", source_text=TEXT, items=[ask(Kind.DATE_CLOZE), ask("date-when")])
    assert first_kind() == Kind.DATE_CLOZE  # a new, easier way joins the same card
    assert library.deck(doc.id).total == 1


def test_of_two_facts_of_one_sentence_due_today_the_weaker_memory_is_asked_and_the_stronger_waits(library, clock):
    from studyapp.core.cards import CardState
    from studyapp.storage import bulk

    deck = library.import_document(bundled_documents()[0]).deck_id
    items = library.items(deck)
    strong = next(i.unit for i in items if i.kind == "date-cloze" and i.answer == "1991" and "Baku" in i.source.text)
    weak = next(i.unit for i in items if i.kind == "date-cloze" and i.answer == "March 22, 1992")
    cards = {h.unit: h.state for h in library.card_histories(deck)}

    def due_review(unit: str, stability: float, hours_ago: int) -> CardState:
        due, last = to_us(clock.now - timedelta(hours=hours_ago)), to_us(clock.now - timedelta(days=9))
        return CardState(cards[unit].id, 2, None, stability, 5.0, due, last, Queue.REVIEW, Kind.DATE_WHEN)

    with library.repos().db.atomic():
        bulk.write_states(library.repos().db, [due_review(strong, 20.0, 2), due_review(weak, 2.0, 1)])
    session = library.study.start_session(deck)
    assert session.current.unit == weak  # though the stronger one fell due first
    assert strong in session.current.item.reveals
    session.show_answer()
    session.rate(Rating.Good, now=clock.now)
    assert next(h.state for h in library.card_histories(deck) if h.unit == strong).queue == Queue.BURIED
