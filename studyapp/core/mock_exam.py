"""A mock exam: every question answerable in any order, no feedback until the end, an optional time limit,
then a report (overall, per section, per kind of question, the time taken, what was missed).

Time is passed in (``now``), never read: the screen ticks a clock, tests move one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from studyapp.core.grading import Judgement, Verdict, judge
from studyapp.core.questions import Question, QuestionType

Response = str | tuple[str, ...]


class EndedBy(StrEnum):
    SUBMITTED = "submitted"
    TIME_UP = "time-up"


@dataclass(frozen=True)
class Score:
    right: int
    total: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.right + other.right, self.total + other.total)


@dataclass(frozen=True)
class Marked:
    """One question as marked: the response given (None: left blank) and its judgement."""

    question: Question
    response: Response | None
    judgement: Judgement

    @property
    def correct(self) -> bool:
        return self.judgement.correct


@dataclass(frozen=True)
class ExamReport:
    """The marked exam.

    Attributes:
        deck_id: the deck examined.
        sections: the sections chosen (() for the whole deck).
        started, finished: UTC moments; ``finished`` is the limit's end when time ran out.
        time_limit: None for an untimed exam.
        ended_by: handed in, or time up.
        marked: every question, in order.
        section_titles: section id -> title, for the per-section lines.
    """

    deck_id: str
    sections: tuple[str, ...]
    started: datetime
    finished: datetime
    time_limit: timedelta | None
    ended_by: EndedBy
    marked: tuple[Marked, ...]
    section_titles: dict[str, str] = field(default_factory=dict)

    @property
    def score(self) -> Score:
        return Score(sum(1 for m in self.marked if m.correct), len(self.marked))

    @property
    def time_taken(self) -> timedelta:
        return self.finished - self.started

    @property
    def by_section(self) -> dict[str, Score]:
        """Section id -> score, sections in the order their first question came."""
        scores: dict[str, Score] = {}
        for m in self.marked:
            section = m.question.item.section
            scores[section] = scores.get(section, Score(0, 0)) + Score(int(m.correct), 1)
        return scores

    @property
    def by_type(self) -> dict[QuestionType, Score]:
        scores: dict[QuestionType, Score] = {}
        for m in self.marked:
            scores[m.question.type] = scores.get(m.question.type, Score(0, 0)) + Score(int(m.correct), 1)
        return scores

    @property
    def missed(self) -> list[Marked]:
        return [m for m in self.marked if not m.correct]

    @property
    def unanswered(self) -> int:
        return sum(1 for m in self.marked if m.response is None)


class MockExam:
    """An exam being sat. :meth:`respond` any question, any number of times, until :meth:`finish`."""

    def __init__(
        self,
        deck_id: str,
        questions: Sequence[Question],
        *,
        started: datetime,
        time_limit: timedelta | None = None,
        sections: tuple[str, ...] = (),
        section_titles: dict[str, str] | None = None,
    ) -> None:
        self.deck_id, self.questions = deck_id, tuple(questions)
        self.started, self.time_limit, self.sections = started, time_limit, sections
        self.section_titles = dict(section_titles or {})
        self.responses: dict[int, Response] = {}
        self.report: ExamReport | None = None

    @property
    def finished(self) -> bool:
        return self.report is not None

    def respond(self, number: int, response: Response | None) -> None:
        """Record (or clear, with None or blank text) the response to question ``number``; ignored once over."""
        if self.finished or not 1 <= number <= len(self.questions):
            return
        if response is None or (isinstance(response, str) and not response.strip()):
            self.responses.pop(number, None)
        else:
            self.responses[number] = response

    def time_left(self, now: datetime) -> timedelta | None:
        if self.time_limit is None:
            return None
        return max(timedelta(0), self.started + self.time_limit - now)

    def tick(self, now: datetime) -> ExamReport | None:
        """End the exam when its time is up (returns the report then)."""
        if not self.finished and self.time_limit is not None and now >= self.started + self.time_limit:
            return self.finish(self.started + self.time_limit, ended_by=EndedBy.TIME_UP)
        return None

    def finish(self, now: datetime, *, ended_by: EndedBy = EndedBy.SUBMITTED) -> ExamReport:
        """Hand the exam in (once; later calls return the same report)."""
        if self.report is None:
            if self.time_limit is not None:
                now = min(now, self.started + self.time_limit)
            marked = tuple(self._mark(q) for q in self.questions)
            self.report = ExamReport(
                self.deck_id, self.sections, self.started, now, self.time_limit, ended_by, marked, self.section_titles
            )
        return self.report

    def _mark(self, question: Question) -> Marked:
        response = self.responses.get(question.number)
        if response is None:
            return Marked(question, None, Judgement(Verdict.WRONG, "Not answered."))
        return Marked(question, response, judge(question.item, response))
