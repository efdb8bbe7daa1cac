"""A practice test on paper: the questions as a student reads them, and an answer key that matches them.

Plain data only; ``studyapp.ui.practice_pdf`` sets it on pages. A cloze's gap becomes a line to write on,
choices and entries to order are lettered (A, B, C...), and the key gives the letter with the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.core.questions import Question, QuestionType
from studyapp.generate.phrasing import GAP

BLANK = "________"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class PrintedQuestion:
    """One question on paper.

    Attributes:
        number: its number on the test.
        text: the question, gaps as lines to write on.
        options: lettered lines under it ("A. 1992"): choices, or entries to put in order.
        answer_lines: how many empty lines to leave for the answer (0 for a choice).
        instruction: what to write ("Circle one.", "Write the letters in order.").
    """

    number: int
    text: str
    options: tuple[str, ...]
    answer_lines: int
    instruction: str


@dataclass(frozen=True)
class KeyEntry:
    """The answer to one question: the letter(s) when lettered, the answer, and where it comes from."""

    number: int
    letters: str
    answer: str
    source: str  # section title


@dataclass(frozen=True)
class PrintableTest:
    title: str
    subtitle: str
    questions: tuple[PrintedQuestion, ...]
    key: tuple[KeyEntry, ...]


def printable_test(title: str, subtitle: str, questions: Sequence[Question]) -> PrintableTest:
    printed, key = [], []
    for question in questions:
        item = question.item
        text = question.instruction.replace(GAP, BLANK)
        if question.type is QuestionType.CHOICE:
            options = tuple(f"{LETTERS[i]}. {choice}" for i, choice in enumerate(item.choices))
            letter = LETTERS[item.choices.index(item.answer)]
            printed.append(PrintedQuestion(question.number, text, options, 0, "Circle one."))
            key.append(KeyEntry(question.number, letter, item.answer, item.source.section_title))
        elif question.type.arranged:
            options = tuple(f"{LETTERS[i]}. {entry}" for i, entry in enumerate(question.entries))
            letters = ", ".join(LETTERS[question.entries.index(entry)] for entry in item.order)
            answer = "; ".join(item.order)
            printed.append(PrintedQuestion(question.number, text, options, 1, "Write the letters in order."))
            key.append(KeyEntry(question.number, letters, answer, item.source.section_title))
        else:
            lines = item.answer.count("\n") + 1 if question.type is QuestionType.LIST_RECALL else 1
            if question.type is QuestionType.RECALL:
                lines = 2
            printed.append(PrintedQuestion(question.number, text, (), lines, ""))
            key.append(KeyEntry(question.number, "", item.answer, item.source.section_title))
    return PrintableTest(title, subtitle, tuple(printed), tuple(key))
