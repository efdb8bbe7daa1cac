"""Mock exams: set one up, keep its report, show the history and its trend toward the exam date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fsrs import Rating

from studyapp.core.cards import from_us, to_us
from studyapp.core.grading import Judgement, Verdict, suggested_rating
from studyapp.core.mock_exam import EndedBy, ExamReport, Marked, MockExam
from studyapp.core.questions import EXAM_TYPES, Question, QuestionType
from studyapp.services.changes import Changes
from studyapp.services.connection import LibraryConnection
from studyapp.services.practice import PracticeService
from studyapp.services.study_clock import StudyClock
from studyapp.storage.exam_history import AnswerRow, ExamHistoryRepository, ExamRow
from studyapp.storage.items import item_from_json, item_to_json


@dataclass(frozen=True)
class PastExam:
    """One exam of the history: when, how it went, and the study day it was sat on."""

    id: int
    day: date
    finished: datetime
    score: float  # 0.0-1.0
    right: int
    questions: int
    time_taken: timedelta
    ended_by: EndedBy


class MockExamService:
    """Reached as ``library.mock_exams``."""

    def __init__(self, connection: LibraryConnection, clock: StudyClock, practice: PracticeService) -> None:
        self._connection, self._clock, self._practice = connection, clock, practice

    def start(
        self,
        deck_id: str,
        *,
        count: int,
        time_limit: timedelta | None = None,
        sections: Iterable[str] = (),
        seed: int | None = None,
        now: datetime | None = None,
    ) -> MockExam:
        """A new exam of up to ``count`` questions the app can mark (choice, typed, ordering, chronology)."""
        chosen = tuple(sections)
        questions = self._practice.draw(deck_id, count=count, seed=seed, sections=chosen, types=EXAM_TYPES)
        with self._connection.reading() as repos:
            titles = {sid: title for sid, title, _, _ in repos.documents.sections(deck_id)}
        return MockExam(
            deck_id,
            questions,
            started=now or self._clock.now(),
            time_limit=time_limit,
            sections=chosen,
            section_titles=titles,
        )

    def save(self, report: ExamReport) -> tuple[int, Changes]:
        """Keep the report and let each answer feed the scheduler once (see
        :meth:`PracticeService.record_answer`); returns the exam id and what changed."""
        exam_id = self.keep(report)
        changes = Changes(decks=frozenset({report.deck_id}))
        for m in report.marked:
            rating = suggested_rating(m.correct) if m.response is not None else Rating.Again
            try:
                recorded = self._practice.record_answer(report.deck_id, m.question.item.id, rating, report.finished)
            except KeyError:
                continue  # the item was retired by a re-import during the exam
            changes |= recorded.changes
        return exam_id, changes

    def keep(self, report: ExamReport) -> int:
        """Add the report to the history (the scheduler is not told: see :meth:`save`); returns its id."""
        exam = ExamRow(
            0,
            report.deck_id,
            to_us(report.started),
            to_us(report.finished),
            None if report.time_limit is None else int(report.time_limit.total_seconds()),
            str(report.ended_by),
            report.sections,
            report.score.total,
            report.score.right,
        )
        answers = [
            AnswerRow(
                m.question.number,
                m.question.item.id,
                m.question.item.section,
                str(m.question.type),
                item_to_json(m.question.item),
                m.question.entries,
                m.response,
                str(m.judgement.verdict),
                m.judgement.note,
                m.correct,
            )
            for m in report.marked
        ]
        with self._connection.writing() as repos:
            return ExamHistoryRepository(repos.db).add(exam, answers)

    def history(self, deck_id: str) -> list[PastExam]:
        """The deck's exams, oldest first."""
        with self._connection.reading() as repos:
            hour = repos.decks.settings(deck_id).day_start_hour
            rows = ExamHistoryRepository(repos.db).exams(deck_id)
        return [
            PastExam(
                row.id,
                self._clock.today(hour, from_us(row.finished_us)),
                from_us(row.finished_us),
                row.correct / row.questions if row.questions else 0.0,
                row.correct,
                row.questions,
                timedelta(microseconds=row.finished_us - row.started_us),
                EndedBy(row.ended_by),
            )
            for row in rows
        ]

    def report(self, exam_id: int) -> ExamReport:
        """A kept exam's report, as it was marked (KeyError when unknown)."""
        with self._connection.reading() as repos:
            repo = ExamHistoryRepository(repos.db)
            row = repo.exam(exam_id)
            answer_rows = repo.answers(exam_id)
            titles = {sid: title for sid, title, _, _ in repos.documents.sections(row.deck_id)}
        marked = []
        for a in answer_rows:
            question = Question(a.number, item_from_json(a.item), QuestionType(a.type), a.entries)
            marked.append(Marked(question, a.response, Judgement(Verdict(a.verdict), a.note)))
        return ExamReport(
            row.deck_id,
            row.sections,
            from_us(row.started_us),
            from_us(row.finished_us),
            None if row.time_limit_s is None else timedelta(seconds=row.time_limit_s),
            EndedBy(row.ended_by),
            tuple(marked),
            titles,
        )
