"""Sixty reviews of the bundled article on the review screen, keys only, default limits: no unit asked twice on
one day beyond the learning steps of its card, and no item whose answer an earlier card of the day showed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import Qt
from review_keys import reveal_answer

from studyapp.core.cards import Queue, from_us
from studyapp.core.session import Phase
from studyapp.ui import review_format as fmt


@dataclass(frozen=True)
class Asked:
    day: int
    unit: str
    item_id: str
    reveals: tuple[str, ...]
    learning: bool  # the unit's card was in its learning steps


def test_sixty_reviews_never_repeat_a_unit_or_give_an_answer_away(qtbot, window, library, deck_id, clock):
    defaults = library.settings.get(deck_id)
    assert (defaults.new_per_day, defaults.max_reviews_per_day) == (20, 200)
    review = window.review_screen
    start = clock.now
    asked: list[Asked] = []
    day = 0
    window.study(deck_id)
    while len(asked) < 60:
        if review.finished:
            due = library.repos().cards.learning_due(review.session.scope)
            if due is not None and from_us(due) < review.session.day_end:
                clock.now = max(clock.now, from_us(due))  # back when a learning step is due
            else:
                day += 1
                clock.now = start + timedelta(days=day)
            window.study(deck_id)
            assert day < 10
            continue
        current = review.session.current
        item = current.item
        assert item.memory_unit == current.unit
        assert review.card_view.kind_label.text() == fmt.caption(item).upper()  # the screen shows the item chosen
        asked.append(Asked(day, current.unit, item.id, tuple(item.reveals), current.card.queue == Queue.LEARNING))
        reveal_answer(qtbot, review)
        if review.session.phase is Phase.QUESTION:  # an order drill: Space checked the order
            qtbot.keyClick(review, Qt.Key.Key_Space)
        clock.advance(timedelta(seconds=15))
        qtbot.keyClick(review, Qt.Key.Key_1 if len(asked) % 7 == 0 else Qt.Key.Key_3)  # Again now and then, else Good

    for today in {a.day for a in asked}:
        shown_before: set[str] = set()
        asked_before: set[str] = set()
        for a in (a for a in asked if a.day == today):
            assert a.unit not in shown_before, f"{a.item_id} asks {a.unit}, whose answer an earlier card showed"
            assert a.unit not in asked_before or a.learning, f"{a.unit} asked twice on day {today}"
            shown_before.update(a.reveals)
            asked_before.add(a.unit)
    assert any(a.reveals for a in asked)  # list clozes were among them: the rule had work to do
    assert any(a.learning for a in asked)  # and learning steps came back the same day
    assert len({a.unit for a in asked}) < len(asked)
