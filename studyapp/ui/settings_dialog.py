"""Deck options: desired retention, daily limits, learning steps, day start, exam date and target recall."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.settings import DeckSettings
from studyapp.services.changes import Changes
from studyapp.services.library import Library
from studyapp.ui.typography import heading

_STEP = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd]?)$")
_UNIT_MINUTES = {"s": 1 / 60, "": 1.0, "m": 1.0, "h": 60.0, "d": 1440.0}


def parse_steps(text: str) -> tuple[float, ...]:
    """ "1m 10m" / "1 10" / "30s, 1h" -> minutes; ValueError with a plain message otherwise."""
    steps = []
    for token in re.split(r"[\s,]+", text.strip()):
        if not token:
            continue
        match = _STEP.match(token.lower())
        if not match:
            raise ValueError(f"“{token}” is not a step. Write steps like “1m 10m” or “10m 1h”.")
        steps.append(float(match.group(1)) * _UNIT_MINUTES[match.group(2)])
    if not steps:
        raise ValueError("Give at least one learning step, such as “10m”.")
    return tuple(steps)


def format_steps(steps: tuple[float, ...]) -> str:
    def one(minutes: float) -> str:
        if minutes >= 1440 and minutes % 1440 == 0:
            return f"{int(minutes // 1440)}d"
        if minutes >= 60 and minutes % 60 == 0:
            return f"{int(minutes // 60)}h"
        return f"{minutes:g}m"

    return " ".join(one(m) for m in steps)


class SettingsDialog(QDialog):
    """Edits one deck's options; :attr:`changes` holds what saving changed."""

    def __init__(self, library: Library, deck_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.deck_id = library, deck_id
        self.changes = Changes()
        self.setWindowTitle(f"Options — {heading(library.deck(deck_id).title)}")
        self.setMinimumWidth(520)
        current = library.settings.get(deck_id)
        exam = library.exam.get(deck_id)

        self.retention = QSpinBox(minimum=70, maximum=99, suffix="%")  # percent, as the app says it elsewhere
        self.retention.setValue(round(current.desired_retention * 100))
        self.retention.setToolTip("The chance of recalling a card when it comes due. Higher means more reviews.")
        self.new_per_day = QSpinBox(minimum=0, maximum=9999)
        self.new_per_day.setValue(current.new_per_day)
        self.max_reviews = QSpinBox(minimum=0, maximum=99999)
        self.max_reviews.setValue(current.max_reviews_per_day)
        self.learning_steps = QLineEdit(format_steps(current.learning_steps))
        self.learning_steps.setToolTip("Delays before a new card graduates, e.g. “1m 10m”.")
        self.relearning_steps = QLineEdit(format_steps(current.relearning_steps))
        self.relearning_steps.setToolTip("Delays after a forgotten card, e.g. “10m”.")
        self.day_start = QSpinBox(minimum=0, maximum=23, suffix=":00")
        self.day_start.setValue(current.day_start_hour)
        self.day_start.setToolTip("The hour at which a new study day begins (local time).")

        daily = QGroupBox("Daily study")
        form = QFormLayout(daily)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Desired retention", self.retention)
        form.addRow("New cards per day", self.new_per_day)
        form.addRow("Maximum reviews per day", self.max_reviews)
        form.addRow("Learning steps", self.learning_steps)
        form.addRow("Relearning steps", self.relearning_steps)
        form.addRow("Next day starts at", self.day_start)

        self.exam_enabled = QCheckBox("I have an exam on this material")
        self.exam_day = QDateEdit(calendarPopup=True)
        self.exam_day.setDisplayFormat("d MMMM yyyy")
        today = library.now().astimezone().date()
        tomorrow = today + timedelta(days=1)
        self.exam_day.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        day = exam.day if exam else today + timedelta(days=30)
        self.exam_day.setDate(QDate(day.year, day.month, day.day))
        self.exam_target = QSpinBox(minimum=50, maximum=99, suffix="%")
        self.exam_target.setValue(round((exam.target if exam else 0.9) * 100))
        self.exam_target.setToolTip("The share of cards you want to recall on the exam day.")
        self.exam_enabled.setChecked(exam is not None)
        self.exam_enabled.toggled.connect(self._exam_toggled)
        self.forecast = QLabel()
        self.forecast.setWordWrap(True)
        self.forecast.setProperty("role", "muted")
        exam_box = QGroupBox("Exam")
        exam_form = QFormLayout(exam_box)
        exam_form.addRow(self.exam_enabled)
        exam_form.addRow("Exam day", self.exam_day)
        exam_form.addRow("Target recall", self.exam_target)
        exam_form.addRow(self.forecast)
        self._exam_toggled(exam is not None)
        self._show_forecast()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(daily)
        layout.addWidget(exam_box)
        layout.addWidget(buttons)

    def _exam_toggled(self, on: bool) -> None:
        self.exam_day.setEnabled(on)
        self.exam_target.setEnabled(on)

    def _show_forecast(self) -> None:
        forecast = self.library.exam.forecast(self.deck_id)
        if forecast is None:
            self.forecast.setText("With an exam date, reviews are planned so that you reach the target on the day.")
            return
        state = "on track" if forecast.on_track else "not on track yet"
        self.forecast.setText(
            f"Predicted recall on the day: {round(forecast.overall * 100)}% ({state}). "
            f"{forecast.days_left} study days left; about {forecast.reviews_per_day} reviews and "
            f"{forecast.new_per_day} new cards a day reach the target."
        )

    def values(self) -> DeckSettings:
        """The settings as entered (ValueError with a plain message when one is not valid)."""
        return DeckSettings(
            desired_retention=self.retention.value() / 100,
            new_per_day=self.new_per_day.value(),
            max_reviews_per_day=self.max_reviews.value(),
            learning_steps=parse_steps(self.learning_steps.text()),
            relearning_steps=parse_steps(self.relearning_steps.text()),
            day_start_hour=self.day_start.value(),
        ).validated()

    def save(self) -> None:
        try:
            changes = self.library.settings.set(self.deck_id, self.values())
            if self.exam_enabled.isChecked():
                day = self.exam_day.date()
                changes |= self.library.exam.set(
                    self.deck_id, date(day.year(), day.month(), day.day()), target=self.exam_target.value() / 100
                )
            elif self.library.exam.get(self.deck_id) is not None:
                changes |= self.library.exam.clear(self.deck_id)
        except ValueError as error:
            QMessageBox.warning(self, "Options not saved", str(error))
            return
        self.changes = changes
        self.accept()
