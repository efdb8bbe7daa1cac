"""The format ladder on its own: which rung a unit's memory is ready for, and which item that asks."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fsrs import State

from studyapp.core.cards import CardState, Queue
from studyapp.core.ladder import Rung, UnitItem, choose, rung_of, target_rung
from studyapp.generate.model import KINDS, Kind

NEW = CardState(1, int(State.Learning), 0, None, None, 0, None, Queue.NEW)
REVIEW = CardState(1, int(State.Review), None, 10.0, 5.0, 0, 0, Queue.REVIEW)
FACT = (
    UnitItem("c", Kind.DATE_CLOZE),
    UnitItem("w", Kind.DATE_WHEN),
    UnitItem("x", Kind.DATE_CHOICE),
    UnitItem("h", Kind.DATE_WHAT),
)


def test_every_kind_has_a_rung_and_an_unknown_kind_counts_as_an_open_question():
    assert {rung_of(kind) for kind in KINDS} == set(Rung)
    assert rung_of("a-kind-of-tomorrow") is Rung.RECALL


def test_a_new_unit_is_recognised_then_cued_during_its_learning_steps():
    assert target_rung(NEW) is Rung.RECOGNISE
    first_step = replace(NEW, step=1, stability=2.3, difficulty=5.0, last_review_us=0, last_kind=Kind.DATE_CHOICE)
    assert target_rung(first_step) is Rung.CUED
    again = replace(first_step, step=0)  # Again on a learning step starts the steps over
    assert target_rung(again) is Rung.RECOGNISE


@pytest.mark.parametrize(
    ("stability", "last", "expected"),
    [
        (0.5, Kind.DATE_CLOZE, Rung.RECOGNISE),
        (3.0, Kind.DATE_CLOZE, Rung.CUED),
        (10.0, Kind.DATE_CLOZE, Rung.RECALL),
        (40.0, Kind.DATE_WHEN, Rung.REVERSE),
        (40.0, Kind.DATE_CHOICE, Rung.CUED),  # one rung at a time, however strong the memory
        (40.0, None, Rung.REVERSE),  # no form on record: stability alone
    ],
)
def test_a_review_climbs_with_stability_one_rung_per_answer(stability, last, expected):
    assert target_rung(replace(REVIEW, stability=stability, last_kind=last)) is expected


@pytest.mark.parametrize(
    ("failed", "expected"),
    [(Kind.DATE_WHAT, Rung.RECALL), (Kind.DATE_WHEN, Rung.CUED), (Kind.DATE_CHOICE, Rung.RECOGNISE)],
)
def test_again_falls_back_below_the_form_that_failed(failed, expected):
    lapsed = replace(REVIEW, state=int(State.Relearning), step=0, stability=30.0, last_kind=failed)
    assert target_rung(lapsed) is expected


def test_choose_takes_the_hardest_form_not_above_the_target():
    assert choose(FACT, Rung.RECOGNISE).item_id == "x"
    assert choose(FACT, Rung.CUED).item_id == "c"
    assert choose(FACT, Rung.REVERSE).item_id == "h"


def test_choose_makes_do_with_the_forms_a_unit_has():
    entry = (UnitItem("n", Kind.LIST_NUMBER), UnitItem("i", Kind.LIST_ITEM))  # no cloze left by the quality gate
    assert choose(entry, Rung.RECOGNISE).item_id == "i"  # the easiest above the target
    assert choose(entry, Rung.CUED).item_id == "i"
    assert choose((), Rung.RECALL) is None


def test_on_a_tie_another_kind_than_the_one_asked_last():
    tie = (UnitItem("a", Kind.DATE_CLOZE), UnitItem("b", Kind.LIST_CLOZE))
    assert choose(tie, Rung.CUED).item_id == "a"
    assert choose(tie, Rung.CUED, last_kind=Kind.DATE_CLOZE).item_id == "b"
