"""Deck settings: defaults, validation, and their effect on scheduling."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from fsrs import Card, Rating, Scheduler
from library_samples import store

from studyapp.core.settings import DeckSettings


def test_defaults_and_round_trip(library):
    deck, _ = store(library, [("alpha", "A", 0)])
    assert library.settings.get(deck) == DeckSettings()
    assert DeckSettings().desired_retention == 0.9 and DeckSettings().day_start_hour == 4
    chosen = DeckSettings(
        desired_retention=0.95,
        new_per_day=5,
        max_reviews_per_day=50,
        learning_steps=(2.0, 15.0, 60.0),
        relearning_steps=(5.0,),
        day_start_hour=6,
    )
    changes = library.settings.set(deck, chosen)
    assert changes.settings == {deck} and library.settings.get(deck) == chosen


@pytest.mark.parametrize(
    "bad", [dict(desired_retention=0.5), dict(new_per_day=-1), dict(learning_steps=(0.0,)), dict(day_start_hour=24)]
)
def test_out_of_range_values_are_refused_with_a_message(library, bad):
    deck, _ = store(library, [("alpha", "A", 0)])
    with pytest.raises(ValueError, match=r"\w+ \w+"):
        library.settings.set(deck, replace(DeckSettings(), **bad))
    assert library.settings.get(deck) == DeckSettings()


def test_retention_and_steps_drive_the_scheduler(library, clock):
    deck, _ = store(library, [("alpha", "A", 0)])
    library.settings.set(deck, DeckSettings(desired_retention=0.97, learning_steps=(3.0, 30.0)))
    session = library.study.start_session(deck)
    assert session.next_intervals(clock.now)[Rating.Again] == timedelta(minutes=3)
    assert session.next_intervals(clock.now)[Rating.Good] == timedelta(minutes=30)
    session.show_answer()
    session.rate(Rating.Easy, now=clock.now)
    later = clock.advance(days=30)
    session = library.study.start_session(deck)
    card = session.current.card.to_fsrs()
    strict = Scheduler(desired_retention=0.97, enable_fuzzing=False)
    loose = Scheduler(desired_retention=0.9, enable_fuzzing=False)
    good = session.next_intervals(later)[Rating.Good]
    assert good == strict.review_card(card, Rating.Good, later)[0].due - later
    assert good < loose.review_card(Card(**{**card.__dict__}), Rating.Good, later)[0].due - later
