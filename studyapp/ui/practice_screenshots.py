"""Screenshots of the practice screens (``quiz.png``, ``exam-report.png``, ``timeline.png``, ``lists.png``),
and the mock exams a scratch library is given so the report shows a history."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from studyapp.core.questions import QuestionType

SAMPLE_EXAMS = ((13, 0.45), (9, 0.55), (5, 0.65), (2, 0.75))  # (days ago, share answered right)
SAMPLE_EXAM_QUESTIONS = 20


def sit_sample_exams(library) -> None:
    """Mock exams of the first deck on past days, scores rising as a learner's would; kept in the history
    only (a sample must not move cards studied since)."""
    decks = library.decks()
    if not decks:
        return
    service = library.mock_exams
    rng = random.Random(7)
    for days_ago, share in SAMPLE_EXAMS:
        started = library.now() - timedelta(days=days_ago, hours=2)
        exam = service.start(decks[0].id, count=SAMPLE_EXAM_QUESTIONS, seed=days_ago, now=started)
        for question in exam.questions:
            right = rng.random() < share
            item = question.item
            if question.type.arranged:
                exam.respond(question.number, item.order if right else question.entries)
            elif question.type is QuestionType.CHOICE:
                exam.respond(
                    question.number, item.answer if right else next(c for c in item.choices if c != item.answer)
                )
            else:
                exam.respond(question.number, item.answer if right else "I am not sure")
        service.keep(exam.finish(started + timedelta(minutes=14 + days_ago % 5)))


class PracticeShots:
    """Brings each practice screen into a state worth showing (the same state at every size and theme)."""

    def __init__(self, window, deck_id: str, *, scratch: bool) -> None:
        """``scratch``: the library is a throwaway one, which may be written to (answers, exam history)."""
        self.window, self.deck_id, self.scratch = window, deck_id, scratch
        self._report = None

    def quiz(self) -> None:
        """Feedback on a date typed with the year only (judged partly right), with its source."""
        window, deck_id = self.window, self.deck_id
        window.show_practice("quiz", deck_id)
        questions = window.library.practice.draw(deck_id, count=60, seed=3, types=[QuestionType.TYPED])
        full_dates = [q for q in questions if q.item.kind.startswith("date") and q.item.answer[-4:].isdigit()]
        chosen = next((q for q in full_dates if not q.item.answer.isdigit()), questions[0] if questions else None)
        if chosen is None:
            return
        screen = window.quiz_screen
        screen.start([chosen, *[q for q in questions if q is not chosen][:9]])
        screen.view.typed.setText(chosen.item.answer[-4:])
        screen.answer(screen.view.typed.text())

    def exam_report(self) -> None:
        """The report of an exam just sat (most right, some missed), over the sample history."""
        window = self.window
        window.show_practice("exam", self.deck_id)
        screen = window.exam_screen
        if self._report is None:
            screen.start(count=12, seed=11, time_limit=timedelta(minutes=15))
            screen.timer.stop()
            rng = random.Random(3)
            for question in screen.exam.questions:
                item = question.item
                if rng.random() < 0.7:
                    screen.exam.respond(question.number, item.order if question.type.arranged else item.answer)
                elif question.type is QuestionType.TYPED:
                    screen.exam.respond(question.number, "1990")
            self._report = screen.exam.finish(screen.exam.started + timedelta(minutes=11, seconds=40))
            if self.scratch:
                screen.service.keep(self._report)
        screen.show_report(self._report)

    def timeline(self) -> None:
        self.window.show_practice("timeline", self.deck_id)
        screen = self.window.timeline_screen
        screen.rng.seed(4)
        screen.new_which_first()
        if screen.view.events:
            screen.view.select(len(screen.view.events) // 2, reveal=False)

    def lists(self) -> None:
        """One entry at a time: two entries done (on a scratch library), the next typed and shown."""
        self.window.show_practice("lists", self.deck_id)
        screen = self.window.lists_screen
        if not screen.lists:
            return
        screen.start_one_by_one()
        for knew in (True, True) if self.scratch else ():
            screen.reveal()
            screen.mark(knew)
        entry = screen.drill.entry
        screen.typed.setText(entry.text if entry else "")
        screen.reveal()

    def shoot(self, both_sizes: Callable[[str, Callable[[], None]], None]) -> None:
        """Each practice screen at both sizes (``both_sizes(name, prepare)`` saves them)."""
        for name, prepare in (
            ("quiz", self.quiz),
            ("exam-report", self.exam_report),
            ("timeline", self.timeline),
            ("lists", self.lists),
        ):
            both_sizes(name, prepare)

    def shoot_dark(self, save: Callable[[str], Path]) -> list[Path]:
        """The quiz, the report, the timeline and the statistics in the dark theme (already switched)."""
        written = []
        for name, prepare in (("quiz", self.quiz), ("exam-report", self.exam_report), ("timeline", self.timeline)):
            prepare()
            written.append(save(f"{name}-dark.png"))
        self.window.show_statistics(self.deck_id)
        written.append(save("statistics-dark.png"))
        return written
