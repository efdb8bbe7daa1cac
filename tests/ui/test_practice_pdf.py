"""The printable practice test: a PDF that a real reader (PDFium) opens, whose pages render, whose answer key
sits on pages of its own and matches the questions as printed."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QColor, QImage

from studyapp.core.printable import LETTERS, printable_test
from studyapp.core.questions import QuestionType
from studyapp.generate.model import Source, StudyItem
from studyapp.ui.practice_pdf import write_test_pdf
from studyapp.ui.typography import smarten


def _pages(path):
    pdf = pdfium.PdfDocument(str(path))
    texts, images = [], []
    for page in pdf:
        texts.append(page.get_textpage().get_text_range().replace("\r\n", "\n"))
        bitmap = page.render(scale=1, rev_byteorder=True)
        images.append(
            QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888).copy()
        )
    return texts, images


def _ink(image: QImage) -> float:
    """Share of sampled pixels that are not white."""
    dark = total = 0
    for y in range(0, image.height(), 6):
        for x in range(0, image.width(), 6):
            total += 1
            dark += QColor(image.pixel(x, y)).lightness() < 200
    return dark / total


def _flat(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').split())


def test_the_pdf_opens_renders_and_its_key_matches_the_questions(qtbot, library, deck_id, tmp_path):
    test = library.practice.printable(deck_id, count=16, seed=21)
    path = write_test_pdf(test, tmp_path / "test.pdf")
    texts, images = _pages(path)
    assert len(texts) >= 2 and all(image.width() > 500 for image in images)
    assert all(
        0 < _ink(image) < 0.3 for image in images
    )  # every page has print on it (a question may end on a page of its own), none is a black box
    key_start = next(i for i, text in enumerate(texts) if text.lstrip().startswith("Answer key"))
    assert key_start >= 1  # the key begins a page of its own, after the questions
    questions_text = _flat(" ".join(texts[:key_start]))
    key_text = _flat(" ".join(texts[key_start:]))
    assert "Answer key" not in questions_text
    for printed in test.questions:
        assert f"{printed.number}." in questions_text
    # Each key line: "N. B — answer": the letter names the printed option holding the answer.
    for printed, entry in zip(test.questions, test.key, strict=True):
        assert printed.number == entry.number
        if entry.letters and "," not in entry.letters:
            option = printed.options[LETTERS.index(entry.letters)]
            assert option == f"{entry.letters}. {entry.answer}"
            assert _flat(smarten(f"{entry.number}. {entry.letters} — {entry.answer}")) in key_text
        elif entry.letters:
            order = [printed.options[LETTERS.index(letter)][3:] for letter in entry.letters.split(", ")]
            assert "; ".join(order) == entry.answer
    numbers = [int(n) for n in re.findall(r"(?m)^(\d+)\. ", "\n".join(texts[key_start:]))]
    found = iter(numbers)  # in order (a whole list's answer numbers its own lines in between)
    assert all(any(n == q.number for n in found) for q in test.questions)


def test_every_type_prints_with_its_answer_and_article_text_stays_text(qtbot, tmp_path):
    source = Source("s", "Trade <b>& Tariffs</b>", "The <i>Zollverein</i> began on 1 January 1834.")
    base = dict(section="s", source=source, position=0)
    items = [
        StudyItem("a", "date-choice", prompt="When did the <i>Zollverein</i> begin?", answer="1834",
                  choices=("1824", "1834", "1844"), origin="f1", unit="f1", **base),
        StudyItem("b", "date-cloze", prompt="The customs union began on [...].", answer="1 January 1834",
                  origin="f2", unit="f2", **base),
        StudyItem("c", "list-order", prompt="Put in order: the members\n• Prussia\n• Bavaria\n• Saxony",
                  answer="1. Prussia\n2. Bavaria\n3. Saxony", order=("Prussia", "Bavaria", "Saxony"),
                  origin="l1", unit="l1", **base),
        StudyItem("d", "list-recall", prompt="Recall the members (3 members), in order.",
                  answer="1. Prussia\n2. Bavaria\n3. Saxony", origin="l2", unit="l2", **base),
    ]  # fmt: skip
    import random

    from studyapp.core.questions import make_questions

    questions = make_questions(items, random.Random(3))
    assert [q.type for q in questions] == [
        QuestionType.CHOICE, QuestionType.TYPED, QuestionType.ORDERING, QuestionType.LIST_RECALL
    ]  # fmt: skip
    test = printable_test("Customs <Union>", "Practice test", questions)
    texts, _ = _pages(write_test_pdf(test, tmp_path / "t.pdf"))
    everything = _flat(" ".join(texts))
    assert "<i>Zollverein</i>" in everything and "Customs <Union>" in everything  # escaped, not markup
    assert "The customs union began on ________." in everything
    assert test.questions[3].answer_lines == 3


@pytest.mark.parametrize("count", [1, 18])  # 18: nearly every unit the bundled article can ask in one test (19)
def test_small_and_long_tests_both_print(qtbot, library, deck_id, tmp_path, count):
    test = library.practice.printable(deck_id, count=count, seed=1)
    texts, _ = _pages(write_test_pdf(test, tmp_path / "t.pdf"))
    assert len(test.questions) == count
    assert sum(text.count("Answer key") for text in texts) == 1
