"""The timeline on a temp library: every dated fact, in time order (BC too); a click opens the reader at the
sentence; keys pick, zoom and pan; the drills have one right answer."""

from __future__ import annotations

import itertools
import random

import pytest
from PySide6.QtCore import QPoint, Qt

from studyapp.core.timeline import day_number, ticks
from studyapp.core.timeline_drills import MASK, masked, place_event, which_first
from studyapp.storage.practice import PracticeRepository
from studyapp.ui.typography import smarten

ANCIENT = """# Rome and Carthage

## The wars

The First Punic War began in 264 BC over Sicily. Carthage surrendered Sicily in 241 BC.
Hannibal crossed the Alps in 218 BC with his elephants. Scipio defeated Hannibal at Zama in 202 BC.
Carthage was destroyed in 146 BC after a long siege.

## Afterwards

Julius Caesar founded a colony on the ruins of Carthage in 44 BC. Vandals took the city in AD 439.
The Arab conquest ended Roman Carthage in AD 698.
"""


@pytest.fixture
def timeline(qtbot, window, deck_id):
    window.show_practice("timeline", deck_id)
    return window.timeline_screen


def test_every_dated_fact_is_on_the_timeline_in_time_order(timeline, library, deck_id):
    facts = PracticeRepository(library.repos().db).facts(deck_id)
    events = timeline.view.events
    assert sorted(e.fact_id for e in events) == sorted(f.id for f in facts) and len(events) > 30
    assert all((a.start, a.end) <= (b.start, b.end) for a, b in itertools.pairwise(events))
    by_id = {f.id: f for f in facts}
    march_1992 = next(e for e in events if by_id[e.fact_id].date_text == "March 22, 1992")
    assert march_1992.start == day_number(1992, 3, 22) and march_1992.end == march_1992.start + 1
    assert f"{len(events)} dated facts" in timeline.subtitle.full_text()


def test_bc_dates_come_before_ad_ones(qtbot, window, library, tmp_path):
    path = tmp_path / "carthage.md"
    path.write_text(ANCIENT, encoding="utf-8")
    deck = library.import_document(path).deck_id
    window.show_practice("timeline", deck)
    events = window.timeline_screen.view.events
    assert [e.date_text for e in events] == [
        "264 BC",
        "241 BC",
        "218 BC",
        "202 BC",
        "146 BC",
        "44 BC",
        "AD 439",
        "AD 698",
    ]
    view = window.timeline_screen.view
    view.resize(1000, 400)
    labels = [t.label for t in ticks(view.first, view.last, max_ticks=9)]
    assert any(label.endswith("BC") for label in labels) and any(not label.endswith("BC") for label in labels)


def test_clicking_an_event_opens_the_reader_at_its_sentence(qtbot, window, timeline, library, deck_id):
    view = timeline.view
    view.grab()  # paint once: labels are placed
    rect, index = view._hits[len(view._hits) // 2]
    event = view.events[index]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    reader = window.reader_screen
    assert window.stack.currentWidget() is reader
    assert reader.section_id == event.section
    assert reader.view.textCursor().selectedText().split()[:6] == smarten(event.sentence).split()[:6]


def test_keys_pick_events_zoom_and_pan(qtbot, timeline):
    view = timeline.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first_pick = view.current
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current == first_pick + 1
    assert view.events[view.current].date_text in timeline.detail.text() and timeline.open_button.isEnabled()
    span = view.last - view.first
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.last - view.first < span * 0.7
    before = view.first
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.first > before
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.last - view.first == pytest.approx(span)
    with qtbot.waitSignal(view.activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args[0] is view.events[view.current]


def test_crowded_events_are_counted_not_overdrawn(qtbot, timeline):
    view = timeline.view
    view.resize(500, 300)
    view.grab()
    shown = len(view._hits)
    rects = [r for r, _ in view._hits]
    assert shown + view.left_out == len(view.events)
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    view.zoom(40, around_x=250)
    view.grab()
    assert len(view._hits) <= len(view.events) and view.left_out < len(view.events)


def test_hiding_a_section_removes_its_events(qtbot, timeline):
    view = timeline.view
    first = timeline.sections.item(0)
    section = first.data(Qt.ItemDataRole.UserRole)
    first.setCheckState(Qt.CheckState.Unchecked)
    view.grab()
    assert section in view.hidden_sections
    assert all(view.events[i].section != section for _, i in view._hits)


def test_drills_have_one_right_answer_and_hide_the_dates(qtbot, timeline):
    events = timeline.view.events
    rng = random.Random(3)
    for _ in range(20):
        drill = which_first(events, rng)
        a, b = drill.shown
        assert a.end <= b.start or b.end <= a.start
        assert drill.first.start == min(a.start, b.start)
        place = place_event(events, rng)
        refs = place.references
        assert all(r.end <= s.start for r, s in itertools.pairwise(refs))
        before = refs[place.slot - 1] if place.slot else None
        after = refs[place.slot] if place.slot < len(refs) else None
        assert (before is None or before.end <= place.event.start) and (after is None or place.event.end <= after.start)
    event = next(e for e in events if e.date_text in e.sentence)
    assert event.date_text not in masked(event) and MASK in masked(event)


def test_the_drill_panel_marks_an_answer(qtbot, timeline):
    timeline.rng.seed(5)
    qtbot.mouseClick(timeline.first_button, Qt.MouseButton.LeftButton)
    drill = timeline.drill
    number = drill.shown.index(drill.first) + 1
    qtbot.keyClick(timeline.view, Qt.Key.Key_0 + number)
    assert timeline.drill_feedback.text().startswith("Right.") and timeline.score_label.text().startswith("1 of 1")
    qtbot.mouseClick(timeline.place_button, Qt.MouseButton.LeftButton)
    place = timeline.drill
    wrong = (place.slot + 1) % (len(place.references) + 1)
    timeline.answer_place(wrong)
    assert (
        timeline.drill_feedback.text().startswith("Not quite.")
        and place.event.date_text in timeline.drill_feedback.text()
    )


def test_a_drag_pans_the_timeline(qtbot, timeline):
    view = timeline.view
    view.resize(800, 300)
    before = view.first
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(400, 40))
    for x in (380, 340, 300):
        qtbot.mouseMove(view, QPoint(x, 40))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 40))
    assert view.first > before  # dragged left: later dates came in
