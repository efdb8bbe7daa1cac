"""A mock exam's report: the score, per section and per kind of question, the time taken, what was missed
(with its source), "review these now", and the trend of every exam toward the exam date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.mock_exam import EndedBy, ExamReport, Marked
from studyapp.services.mock_exams import PastExam
from studyapp.ui.plots import Bar, BarsPlot, Point, TrendPlot
from studyapp.ui.review_format import duration_text
from studyapp.ui.typography import heading, smarten

MARKED_ROLE = Qt.ItemDataRole.UserRole
MISSED_ROWS_SHOWN = 6


def panel(title: str, *widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    label = QLabel(title)
    label.setStyleSheet("font-weight: 600;")
    layout.addWidget(label)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return frame


def _response_text(marked: Marked) -> str:
    if marked.response is None:
        return "(no answer)"
    if isinstance(marked.response, tuple):
        return "; ".join(marked.response)
    return marked.response


def _answer_text(marked: Marked) -> str:
    item = marked.question.item
    return "; ".join(item.order) if marked.question.type.arranged else item.answer


def history_points(history: list[PastExam]) -> list[Point]:
    return [Point(h.day, h.score, f"{h.right} of {h.questions}") for h in history]


class ExamReportView(QWidget):
    """Emits ``review_requested(list of Marked)`` for "review these now" and ``source_requested(Marked)``."""

    review_requested = Signal(object)
    source_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ExamReport | None = None
        self.score_label = QLabel()
        self.score_label.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.detail_label = QLabel()
        self.detail_label.setProperty("role", "muted")
        self.detail_label.setWordWrap(True)
        self.by_section = BarsPlot(x_title="questions right in the section (%)")
        self.by_type = BarsPlot(x_title="questions right of this kind (%)")
        self.missed = QTreeWidget()
        self.missed.setColumnCount(3)
        self.missed.setHeaderLabels(["Question", "Your answer", "Answer"])
        self.missed.setRootIsDecorated(False)
        self.missed.setWordWrap(True)
        self.missed.setUniformRowHeights(False)
        self.missed.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.missed.itemDoubleClicked.connect(lambda row, _col: self._show_source(row))
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)  # article text, never markup
        self.source_label.setProperty("role", "muted")
        self.missed.currentItemChanged.connect(lambda row, _prev: self._describe(row))
        self.source_button = QPushButton("Show in the reader")
        self.source_button.clicked.connect(lambda: self._show_source(self.missed.currentItem()))
        self.review_button = QPushButton("Review these now")
        self.review_button.setProperty("role", "primary")
        self.review_button.setToolTip("A practice quiz of the missed questions, with feedback")
        self.review_button.clicked.connect(lambda: self.report and self.review_requested.emit(self.report.missed))
        self.trend = TrendPlot(y_title="score (%)")
        self.trend.empty_text = "Your exams will show here, with the trend toward the exam date."

        missed_actions = QHBoxLayout()
        missed_actions.addWidget(self.review_button)
        missed_actions.addWidget(self.source_button)
        missed_actions.addStretch(1)
        missed_box = QWidget()
        missed_layout = QVBoxLayout(missed_box)
        missed_layout.setContentsMargins(0, 0, 0, 0)
        missed_layout.addWidget(self.missed)
        missed_layout.addWidget(self.source_label)
        missed_layout.addLayout(missed_actions)

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setSpacing(14)
        grid.addWidget(self.score_label, 0, 0, 1, 2)
        grid.addWidget(self.detail_label, 1, 0, 1, 2)
        grid.addWidget(panel("By section", self.by_section), 2, 0)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(panel("By kind of question", self.by_type))
        right.addWidget(panel("Your exams so far", self.trend), 1)
        grid.addLayout(right, 2, 1)
        self.missed_panel = panel("Missed", missed_box)
        grid.addWidget(self.missed_panel, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_report(
        self, report: ExamReport, history: list[PastExam], *, exam_day: date | None, target: float | None
    ) -> None:
        self.report = report
        score = report.score
        self.score_label.setText(f"{score.right} of {score.total} right  ·  {round(score.share * 100)}%")
        how = "Time ran out" if report.ended_by is EndedBy.TIME_UP else "Handed in"
        limit = f" of {duration_text(report.time_limit.total_seconds())}" if report.time_limit else ""
        blank = f" · {report.unanswered} left blank" if report.unanswered else ""
        self.detail_label.setText(
            f"{how} after {duration_text(report.time_taken.total_seconds())}{limit}{blank} · "
            f"{report.finished.astimezone():%d %B %Y, %H:%M}"
        )
        titles = report.section_titles
        in_document_order = sorted(
            report.by_section.items(),
            key=lambda pair: list(titles).index(pair[0]) if pair[0] in titles else len(titles),
        )
        self.by_section.set_data(
            [Bar(heading(titles.get(sid, sid)), s.share, f"{s.right} of {s.total}") for sid, s in in_document_order]
        )
        self.by_type.set_data(
            [Bar(kind.label, s.share, f"{s.right} of {s.total}") for kind, s in report.by_type.items()]
        )
        self.missed.clear()
        for marked in report.missed:
            prompt = smarten(marked.question.instruction.replace("\n", " "))
            row = QTreeWidgetItem([f"{marked.question.number}. {prompt}", smarten(_response_text(marked)),
                                   smarten(_answer_text(marked))])  # fmt: skip
            for column in range(3):
                row.setToolTip(column, row.text(column))
            row.setData(0, MARKED_ROLE, marked)
            self.missed.addTopLevelItem(row)
        self.missed.setColumnWidth(0, 380)
        self.missed.setColumnWidth(1, 160)
        has_missed = bool(report.missed)
        self.review_button.setEnabled(has_missed)
        self.source_button.setEnabled(has_missed)
        self.missed_panel.setVisible(has_missed)
        if has_missed:
            self.missed.setCurrentItem(self.missed.topLevelItem(0))
        rows = min(len(report.missed), MISSED_ROWS_SHOWN)  # the list as tall as a few rows; the page scrolls
        row_height = self.missed.sizeHintForRow(0) if has_missed else 24
        self.missed.setFixedHeight(self.missed.header().sizeHint().height() + rows * max(row_height, 24) + 6)
        self.trend.set_data(
            history_points(history), target=target, marked_day=exam_day, marked_label="exam" if exam_day else ""
        )

    def _describe(self, row: QTreeWidgetItem | None) -> None:
        marked = row.data(0, MARKED_ROLE) if row is not None else None
        if marked is None:
            self.source_label.clear()
            return
        source = marked.question.item.source
        note = f"{marked.judgement.note} " if marked.judgement.note else ""
        self.source_label.setText(f"{note}From “{heading(source.section_title)}”: {smarten(source.text)}")

    def _show_source(self, row: QTreeWidgetItem | None) -> None:
        marked = row.data(0, MARKED_ROLE) if row is not None else None
        if marked is not None:
            self.source_requested.emit(marked)
