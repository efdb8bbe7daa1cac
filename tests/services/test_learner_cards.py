"""The learner's edits, rejections and own cards: stored, shown, undone, and kept by a real re-import."""

from __future__ import annotations

import shutil

import pytest
from fsrs import Rating
from library_samples import DATA

from studyapp.core.card_changes import CardEdit, RejectReason, UndoAction
from studyapp.core.cards import Queue
from studyapp.generate.model import Kind
from studyapp.services.learner_cards import CardEditError

MILL = "The last mill closed in 1968."


def _import(library, tmp_path):
    path = tmp_path / "river_towns.md"
    shutil.copy(DATA / "river_towns.md", path)
    return path, library.import_document(path).deck_id


def _item(library, deck, kind, text):
    return next(i for i in library.items(deck) if i.kind == kind and text in i.source.text)


def _card_of(library, deck, unit):
    return next(h for h in library.card_histories(deck) if h.unit == unit)


def test_an_edit_shows_everywhere_keeps_the_schedule_and_survives_a_reimport(library, clock, tmp_path):
    path, deck = _import(library, tmp_path)
    session = library.study.start_session(deck)
    for _ in range(6):
        session.show_answer()
        session.rate(Rating.Good, now=clock.now)
    cloze = _item(library, deck, Kind.DATE_CLOZE, MILL)
    before = _card_of(library, deck, cloze.memory_unit)

    library.learner_cards.edit(cloze.id, CardEdit("The town's last mill shut in [...].", "1968"))
    shown = library.learner_cards.card(cloze.id)
    assert shown.shown.prompt == "The town's last mill shut in [...]."
    assert shown.shown.cloze == "The town's last mill shut in {{c1::1968}}."
    assert shown.generated.prompt.endswith(" — The last mill closed in [...].")  # under its article's title
    assert shown.edit is not None and not shown.edit.source_changed
    assert _item(library, deck, Kind.DATE_CLOZE, MILL).prompt == "The town's last mill shut in [...]."
    assert _card_of(library, deck, cloze.memory_unit) == before  # schedule and history untouched

    path.write_text(path.read_text().replace(MILL, "The last old mill closed in 1968."))
    clock.advance(hours=1)
    library.import_document(path)
    again = library.learner_cards.card(cloze.id)
    assert again.shown.prompt == "The town's last mill shut in [...]."  # the learner's text kept
    assert again.edit is not None and again.edit.source_changed  # and the changed source said
    assert again.generated.prompt.endswith(" — The last old mill closed in [...].")  # the new generated text
    assert library.stats.deck(deck).total_reviews == 6  # no answer lost

    library.learner_cards.use_generated(cloze.id)
    assert library.learner_cards.card(cloze.id).shown.prompt.endswith(" — The last old mill closed in [...].")


def test_bad_edits_are_refused_in_words(library, tmp_path):
    _, deck = _import(library, tmp_path)
    cloze = _item(library, deck, Kind.DATE_CLOZE, MILL)
    with pytest.raises(CardEditError, match="prompt cannot be empty"):
        library.learner_cards.edit(cloze.id, CardEdit("  ", "1968"))
    choice = next(i for i in library.items(deck) if i.kind == Kind.DATE_CHOICE)
    with pytest.raises(CardEditError, match="one of the choices"):
        library.learner_cards.edit(choice.id, CardEdit(choice.prompt, "1999", choice.choices))


def test_a_rejected_card_leaves_the_queue_stays_out_after_a_reimport_and_can_be_restored(library, clock, tmp_path):
    path, deck = _import(library, tmp_path)
    unit = _item(library, deck, Kind.DATE_CLOZE, MILL).memory_unit
    unit_items = [i for i in library.items(deck) if i.memory_unit == unit]
    total = library.deck(deck).total
    library.learner_cards.reject([i.id for i in unit_items], RejectReason.WRONG)
    assert not [i for i in library.items(deck) if i.memory_unit == unit]
    assert _card_of(library, deck, unit).state.queue == Queue.SUSPENDED  # no way left to ask it
    assert unit not in {c.item.memory_unit for c in library.set_aside.cards(deck)}  # restored from the browser
    counts = library.stats.deck(deck).to_json()["rejected"]
    assert counts["wrong"] == {kind: 1 for kind in {i.kind for i in unit_items}}

    clock.advance(hours=1)
    library.import_document(path)
    assert not [i for i in library.items(deck) if i.memory_unit == unit]
    assert library.learner_cards.card(unit_items[0].id).rejected == "wrong"

    library.learner_cards.restore([i.id for i in unit_items])
    assert {i.id for i in library.items(deck) if i.memory_unit == unit} == {i.id for i in unit_items}
    assert _card_of(library, deck, unit).state.queue == Queue.NEW
    assert library.deck(deck).total == total


def test_a_unit_the_learner_suspended_stays_suspended_when_its_rejected_items_come_back(library, tmp_path):
    _, deck = _import(library, tmp_path)
    unit = _item(library, deck, Kind.DATE_CLOZE, MILL).memory_unit
    unit_items = [i.id for i in library.items(deck) if i.memory_unit == unit]
    assert len(unit_items) >= 2
    card = _card_of(library, deck, unit).state.id
    library.study.suspend(card)  # the learner's own decision
    library.learner_cards.reject(unit_items, RejectReason.UNCLEAR)
    library.learner_cards.restore(unit_items[:1])
    assert _card_of(library, deck, unit).state.queue == Queue.SUSPENDED  # still the learner's suspension
    library.learner_cards.restore(unit_items[1:])
    assert _card_of(library, deck, unit).state.queue == Queue.SUSPENDED
    assert unit in {c.item.memory_unit for c in library.set_aside.cards(deck)}  # where they bring it back

    library.study.suspend(card, suspended=False)
    library.learner_cards.reject(unit_items, RejectReason.UNCLEAR)  # now the rejection alone suspends it
    assert _card_of(library, deck, unit).state.queue == Queue.SUSPENDED
    restored = library.learner_cards.restore(unit_items[:1])
    assert _card_of(library, deck, unit).state.queue == Queue.NEW
    library.learner_cards.undo()  # the restore taken back: held by the rejection again...
    assert library.learner_cards.last_change() != restored
    assert _card_of(library, deck, unit).state.queue == Queue.SUSPENDED
    library.learner_cards.restore(unit_items)  # ...so a restore still brings it back
    assert _card_of(library, deck, unit).state.queue == Queue.NEW

    library.learner_cards.reject(unit_items, RejectReason.UNCLEAR)
    library.study.suspend(card)  # suspended by the learner while rejected: theirs from now on
    library.learner_cards.restore(unit_items)
    assert _card_of(library, deck, unit).state.queue == Queue.SUSPENDED


def test_own_cards_are_studied_survive_a_reimport_and_undo_takes_changes_back_in_order(library, clock, tmp_path):
    path, deck = _import(library, tmp_path)
    section = next(i for i in library.items(deck) if MILL in i.source.text).section
    cloze = library.learner_cards.make_cloze(deck, section, MILL, "last mill")
    question = library.learner_cards.make_question(deck, section, MILL, "What closed in 1968?", "The last mill")
    own = {i.id: i for i in library.items(deck) if i.id in cloze.item_ids + question.item_ids}
    assert own[cloze.item_ids[0]].prompt == "The [...] closed in 1968."
    assert own[question.item_ids[0]].answer == "The last mill"
    with pytest.raises(CardEditError, match="Select the words"):
        library.learner_cards.make_cloze(deck, section, MILL, "not there")
    drawn = {q.item.id for q in library.practice.draw(deck, count=500, seed=1)}
    assert drawn and not drawn & set(own)  # practice asks generated cards only
    rejected = next(iter(sorted(drawn)))
    library.learner_cards.reject([rejected], RejectReason.DUPLICATE)
    assert rejected not in {q.item.id for q in library.practice.draw(deck, count=500, seed=1)}
    library.learner_cards.undo()

    clock.advance(hours=1)
    path.write_text(path.read_text().replace(MILL, "The last old mill closed in 1968."))
    library.import_document(path)
    assert set(own) <= {i.id for i in library.items(deck)}
    assert {h.unit for h in library.card_histories(deck)} >= set(own)

    assert library.learner_cards.undo() == question
    assert library.learner_cards.undo() == cloze
    assert not set(own) & {i.id for i in library.items(deck)}
    assert library.learner_cards.undo() is None


def test_a_review_undoes_edit_and_reject_in_order_with_its_answers(library, clock, tmp_path):
    _, deck = _import(library, tmp_path)
    session = library.study.start_session(deck)
    session.show_answer()
    session.rate(Rating.Good, now=clock.now)
    shown = session.current
    item = shown.item
    edit = library.learner_cards.edit(item.id, CardEdit("My own wording?", item.answer, item.choices), keep_undo=False)
    session.record_change(edit, clock.now)
    assert session.current.item.prompt == "My own wording?" and session.undo_action == UndoAction.EDIT
    reject = library.learner_cards.reject([item.id], RejectReason.UNCLEAR, keep_undo=False)
    session.record_change(reject, clock.now)
    assert session.current is None or session.current.unit != shown.unit or session.current.asked.item_id != item.id
    assert session.undo_action == UndoAction.REJECT and not library.learner_cards.can_undo

    assert session.undo() == reject
    assert library.learner_cards.card(item.id).rejected is None
    assert session.current.unit == shown.unit and session.current.item.prompt == "My own wording?"
    assert session.undo() == edit
    assert session.current.item.prompt == item.prompt
    assert session.undo_action == UndoAction.RATING
    session.undo()
    assert library.stats.deck(deck).total_reviews == 0
