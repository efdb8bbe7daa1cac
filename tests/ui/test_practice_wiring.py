"""The practice screens in the main window: the Practice menu and its shortcuts, the print dialog, the new
statistics plots, and article text that reaches the widgets as text, never as markup."""

from __future__ import annotations

from datetime import timedelta

import pypdfium2 as pdfium
from fsrs import Rating
from PySide6.QtCore import Qt

from studyapp.core.questions import Question, QuestionType
from studyapp.generate.model import Source, StudyItem
from studyapp.ui.print_dialog import PrintTestDialog


def test_the_practice_menu_opens_each_screen_on_the_selected_deck(qtbot, window, deck_id):
    for name, screen in (
        ("quiz", lambda: window.quiz_screen),
        ("exam", lambda: window.exam_screen),
        ("timeline", lambda: window.timeline_screen),
        ("lists", lambda: window.lists_screen),
    ):
        window.show_screen("library")
        window.screen_actions[name].trigger()
        assert window.stack.currentWidget() is screen() and screen().deck_id == deck_id
        assert window.practice_button.isChecked()
    assert window.screen_actions["quiz"].shortcut().toString() == "Ctrl+5"
    window.screen_actions["library"].trigger()
    assert not window.practice_button.isChecked()


def test_the_print_dialog_writes_the_pdf_where_asked_and_says_so(qtbot, library, deck_id, tmp_path):
    dialog = PrintTestDialog(library, deck_id)
    qtbot.addWidget(dialog)
    dialog.picker.count.setValue(7)
    dialog.path.setText(str(tmp_path / "out" / "revision.pdf"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.written == tmp_path / "out" / "revision.pdf"
    assert "7 questions" in dialog.message.text()
    assert len(pdfium.PdfDocument(str(dialog.written))) >= 2
    dialog.path.setText("/proc/no-such-place/test.pdf")  # a folder that cannot be written
    assert dialog.write() is None and "could not be written" in dialog.message.text()


def test_statistics_plot_retention_mastery_and_the_exam_day_against_the_target(qtbot, window, library, deck_id, clock):
    session = library.study.start_session(deck_id, now=clock())
    for _ in range(6):
        session.show_answer()
        session.rate(Rating.Easy, now=clock())
    clock.advance(timedelta(days=20))
    session = library.study.start_session(deck_id, now=clock())
    for rating in (Rating.Good, Rating.Again, Rating.Good):
        session.show_answer()
        session.rate(rating, now=clock())
    library.exam.set(deck_id, clock().date() + timedelta(days=10), target=0.85)
    window.show_statistics(deck_id)
    screen = window.statistics_screen
    assert [round(p.value, 2) for p in screen.retention.points] == [0.67]
    assert screen.retention.y_title == "retention (%)" and screen.retention.target == 0.9
    titles = [bar.label for bar in screen.mastery.bars]
    assert titles and all(0 <= bar.value <= 1 for bar in screen.mastery.bars)
    assert screen.exam_sections.isVisible() and screen.exam_sections.target == 0.85
    assert len(screen.exam_sections.bars) == len(library.exam.forecast(deck_id).sections)
    assert "predicted recall on" in screen.exam_sections.x_title
    assert not screen.grab().isNull()


def test_article_text_reaches_the_widgets_as_text(qtbot, window, deck_id):
    source = Source("s", "Tags <b>and</b> Types", "The <script>alert(1)</script> tag appeared in 1995.")
    item = StudyItem(
        "x", "date-cloze", "s", "The <i>script</i> tag appeared in [...].", "1995", source, "f", 0,
        cloze="The <i>script</i> tag appeared in {{c1::1995}}.", unit="f",
    )  # fmt: skip
    window.practice(deck_id)
    screen = window.quiz_screen
    screen.start([Question(1, item, QuestionType.TYPED)])
    assert "&lt;i&gt;script&lt;/i&gt;" in screen.view.prompt_label.text()
    qtbot.keyClicks(screen.view.typed, "1995")
    qtbot.keyClick(screen.view.typed, Qt.Key.Key_Return)
    assert "&lt;b&gt;and&lt;/b&gt;" in screen.view.source_label.text()
    assert "<script>" not in screen.view.answer_label.text()
