"""Statistics of a deck (or the whole library): reviews heatmap, due forecast, retention over time, mastery
per section, and with an exam date the predicted recall on the day per section against the target."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from studyapp.services.changes import Changes
from studyapp.services.library import Library
from studyapp.ui.charts import BarChart, Heatmap
from studyapp.ui.plots import Bar, BarsPlot, Point, TrendPlot
from studyapp.ui.review_format import duration_text
from studyapp.ui.typography import heading
from studyapp.ui.widgets import plain_label


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def _panel(title: str, *widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    heading = QLabel(title)
    heading.setStyleSheet("font-weight: 600;")
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)  # beside a taller panel, the content stays at the top
    return frame


class _Figure(QWidget):
    """A big number with a caption under it."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.caption = QLabel(caption)
        self.caption.setProperty("role", "muted")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class StatisticsScreen(QWidget):
    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.deck_id: str | None = None
        self._stale = False
        self.title = QLabel("Statistics")
        self.title.setProperty("role", "title")
        self.subtitle = plain_label()  # names the deck: its title is text, whatever it holds
        self.subtitle.setProperty("role", "subtitle")

        self.figures = {
            key: _Figure(caption)
            for key, caption in (
                ("today", "reviews today"),
                ("streak", "day streak"),
                ("retention", "retention, 30 days"),
                ("total", "reviews in all"),
                ("cards", "new · learning · review"),
            )
        }
        figures = QHBoxLayout()
        figures.setSpacing(28)
        for figure in self.figures.values():
            figures.addWidget(figure)
        figures.addStretch(1)
        figures_box = QWidget()
        figures_box.setLayout(figures)

        self.heatmap = Heatmap()
        self.forecast = BarChart()
        self.forecast.empty_text = "No reviews due in the next 30 days. New cards come in each day as you study."

        self.retention = TrendPlot(y_title="retention (%)", x_title="week")
        self.retention.empty_text = "Retention shows once cards come back for review (a few days after learning)."
        self.mastery = BarsPlot(x_title="mastery now: predicted recall today (%)")
        self.mastery.empty_text = "Choose a deck to see its sections."
        self.exam = QLabel()
        self.exam.setWordWrap(True)
        self.exam.setTextFormat(Qt.TextFormat.RichText)
        self.exam_sections = BarsPlot(x_title="predicted recall on the exam day (%)")

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(32, 24, 32, 24)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        grid.addLayout(heading, 0, 0, 1, 2)
        grid.addWidget(_panel("Today and overall", figures_box), 1, 0, 1, 2)
        grid.addWidget(_panel("Reviews per day", self.heatmap), 2, 0)
        grid.addWidget(_panel("Cards due in the next 30 days", self.forecast), 2, 1)
        grid.addWidget(_panel("Retention over time", self.retention), 3, 0)
        grid.addWidget(_panel("Mastery per section", self.mastery), 3, 1)
        grid.addWidget(_panel("Exam", self.exam, self.exam_sections), 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_deck(self, deck_id: str | None) -> None:
        self.deck_id = deck_id
        self.refresh()

    def refresh(self, changes: Changes | None = None) -> None:
        """Recompute after ``changes`` that concern the deck shown; while hidden, only note that it is due."""
        if (
            changes is not None
            and self.deck_id is not None
            and self.deck_id not in changes.decks
            and not changes.settings
        ):
            return
        if changes is not None and not self.isVisible():
            self._stale = True  # statistics can be slow on big decks: not after every rating in the review
            return
        self._stale = False
        stats = self.library.stats.deck(self.deck_id)
        name = heading(self.library.deck(self.deck_id).title) if self.deck_id else "All decks"
        studied = "nothing studied yet"
        if stats.total_reviews:
            studied = f"{duration_text(stats.total_seconds)} studied in all"
        self.subtitle.setText(f"{name} · {studied}")
        queues = stats.cards_by_queue
        self.figures["today"].value.setText(str(stats.today_reviews))
        self.figures["streak"].value.setText(str(stats.streak))
        self.figures["retention"].value.setText(_percent(stats.true_retention_30d))
        self.figures["total"].value.setText(str(stats.total_reviews))
        self.figures["cards"].value.setText(
            f"{queues.get('new', 0)} · {queues.get('learning', 0)} · {queues.get('review', 0)}"
        )
        days = {d.day: d.reviews for d in stats.reviews_per_day}
        self.heatmap.set_data(days, self.library.now().astimezone().date())
        self.forecast.set_data(list(stats.due_forecast), "today", f"in {len(stats.due_forecast) - 1} days")
        target = self.library.repos().decks.settings(self.deck_id).desired_retention if self.deck_id else None
        self.retention.set_data(
            [Point(w.week, w.retention, f"{w.answers} answers") for w in stats.retention_by_week], target=target
        )
        sections = self.library.stats.sections(self.deck_id) if self.deck_id else []
        self.mastery.set_data([Bar(heading(s.title), s.mastery, f"{s.cards} cards") for s in sections])
        self._show_exam()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show_exam(self) -> None:
        forecast = self.library.exam.forecast(self.deck_id) if self.deck_id else None
        self.exam_sections.setVisible(forecast is not None)
        if forecast is None:
            self.exam.setText(
                "No exam date set. Set one in Deck options (Ctrl+,) to see where you will stand "
                "on the day and the reviews it takes to reach your target."
            )
            return
        weakest = sorted(forecast.sections, key=lambda s: s.predicted_recall)[:3]
        weak = ", ".join(f"{escape(heading(s.title))} ({_percent(s.predicted_recall)})" for s in weakest)
        verdict = "on track" if forecast.on_track else "below target"
        self.exam.setText(
            f"<p><b>{forecast.exam.day:%d %B %Y}</b> · {forecast.days_left} study days left · target "
            f"{_percent(forecast.exam.target)}</p>"
            f"<p>Predicted recall on the day if you stop now: <b>{_percent(forecast.overall)}</b> ({verdict}). "
            f"To reach the target: about {forecast.reviews_per_day} reviews and {forecast.new_per_day} new cards "
            f"a day ({forecast.reviews_needed} reviews in all).</p>"
            f"<p>Weakest sections: {weak or '—'}</p>"
        )
        self.exam_sections.x_title = f"predicted recall on {forecast.exam.day:%d %B} if you stop now (%)"
        self.exam_sections.set_data(
            [Bar(heading(s.title), s.predicted_recall, f"{s.cards} cards") for s in forecast.sections],
            target=forecast.exam.target,
        )
