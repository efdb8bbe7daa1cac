"""A practice quiz: one question at a time, feedback at once, the learner may overrule a judgement.

question -> (answer, or reveal and check yourself) -> feedback -> next question ... -> done. Each answer is
handed once to ``on_answer`` when the learner moves on (so an "I was right" counts), which is where the
scheduler hears of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from studyapp.core.grading import Judgement, Verdict, judge
from studyapp.core.questions import Question

Response = str | tuple[str, ...]


class QuizPhase(Enum):
    QUESTION = "question"
    REVEALED = "revealed"  # a recall question's answer is shown: the learner says whether they knew it
    FEEDBACK = "feedback"
    DONE = "done"


@dataclass(frozen=True)
class QuizAnswer:
    question: Question
    response: Response | None  # None for a recall question checked by the learner
    judgement: Judgement
    overruled: bool = False  # the learner said "I was right"

    @property
    def correct(self) -> bool:
        return self.overruled or self.judgement.correct


class PracticeQuiz:
    """The state of a quiz; ``on_answer(answer)`` is called once per question answered, on moving on."""

    def __init__(self, questions: Sequence[Question], *, on_answer: Callable[[QuizAnswer], None] | None = None):
        self.questions = tuple(questions)
        self.answers: list[QuizAnswer] = []
        self.index = 0
        self.phase = QuizPhase.QUESTION if self.questions else QuizPhase.DONE
        self._on_answer = on_answer or (lambda _answer: None)

    @property
    def current(self) -> Question | None:
        return self.questions[self.index] if self.phase is not QuizPhase.DONE else None

    @property
    def last(self) -> QuizAnswer | None:
        """The answer being shown in the feedback phase."""
        return self.answers[-1] if self.phase is QuizPhase.FEEDBACK else None

    def answer(self, response: Response) -> QuizAnswer | None:
        """Judge a response to the current (app-marked) question: QUESTION -> FEEDBACK; else ignored."""
        question = self.current
        if self.phase is not QuizPhase.QUESTION or question is None or not question.type.marked_by_app:
            return None
        self.answers.append(QuizAnswer(question, response, judge(question.item, response)))
        self.phase = QuizPhase.FEEDBACK
        return self.answers[-1]

    def reveal(self) -> None:
        """Show a recall question's answer: QUESTION -> REVEALED."""
        if self.phase is QuizPhase.QUESTION and self.current and not self.current.type.marked_by_app:
            self.phase = QuizPhase.REVEALED

    def check(self, knew: bool) -> QuizAnswer | None:
        """The learner's own verdict on a revealed recall question: REVEALED -> FEEDBACK."""
        if self.phase is not QuizPhase.REVEALED or self.current is None:
            return None
        verdict = Judgement(Verdict.RIGHT if knew else Verdict.WRONG)
        self.answers.append(QuizAnswer(self.current, None, verdict))
        self.phase = QuizPhase.FEEDBACK
        return self.answers[-1]

    def overrule(self) -> QuizAnswer | None:
        """ "I was right": the answer shown in feedback counts as right."""
        last = self.last
        if last is None or last.correct:
            return None
        self.answers[-1] = QuizAnswer(last.question, last.response, last.judgement, overruled=True)
        return self.answers[-1]

    def next(self) -> None:
        """FEEDBACK -> the next question (or DONE); the answer is handed on here, once."""
        if self.phase is not QuizPhase.FEEDBACK:
            return
        self._on_answer(self.answers[-1])
        self.index += 1
        self.phase = QuizPhase.QUESTION if self.index < len(self.questions) else QuizPhase.DONE

    def stop(self) -> None:
        """End the quiz early: an answer on show is handed on first."""
        if self.phase is QuizPhase.FEEDBACK:
            self._on_answer(self.answers[-1])
        self.phase = QuizPhase.DONE

    @property
    def score(self) -> tuple[int, int]:
        """(right, answered)."""
        return sum(1 for a in self.answers if a.correct), len(self.answers)

    @property
    def missed(self) -> list[QuizAnswer]:
        return [a for a in self.answers if not a.correct]
