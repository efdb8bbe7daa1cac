"""Two small painted charts for the statistics screen: a reviews heatmap and a bar chart."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from studyapp.ui import theme

CELL = 13
GAP = 3


class Heatmap(QWidget):
    """Reviews per day over the last ``weeks`` weeks, one column per week (Monday on top)."""

    def __init__(self, weeks: int = 26, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks = weeks
        self.counts: dict[date, int] = {}
        self.today = date.today()
        self.setMinimumHeight(7 * (CELL + GAP) + 24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, counts: dict[date, int], today: date) -> None:
        self.counts, self.today = counts, today
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.weeks * (CELL + GAP) + 40, 7 * (CELL + GAP) + 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        weeks = max(4, min(self.weeks, (self.width() - 8) // (CELL + GAP)))
        start = self.today - timedelta(days=self.today.weekday() + 7 * (weeks - 1))
        peak = max(self.counts.values(), default=0) or 1
        accent, empty = QColor(c.accent), QColor(c.line)
        painter.setPen(Qt.PenStyle.NoPen)
        for week in range(weeks):
            for weekday in range(7):
                day = start + timedelta(days=7 * week + weekday)
                if day > self.today:
                    continue
                count = self.counts.get(day, 0)
                color = QColor(empty)
                if count:
                    color = QColor(accent)
                    color.setAlphaF(0.3 + 0.7 * count / peak)
                painter.setBrush(color)
                painter.drawRoundedRect(QRectF(week * (CELL + GAP), weekday * (CELL + GAP), CELL, CELL), 3, 3)
        painter.setPen(QColor(c.muted))
        painter.drawText(
            QRectF(0, 7 * (CELL + GAP) + 2, self.width(), 20),
            Qt.AlignmentFlag.AlignLeft,
            f"Last {weeks} weeks · most in a day: {peak if self.counts else 0}",
        )
        painter.end()


class BarChart(QWidget):
    """Vertical bars with a value label over each non-zero bar and a caption under the first and last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[int] = []
        self.first_label, self.last_label = "", ""
        self.empty_text = "Nothing to show yet"
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, values: list[int], first_label: str, last_label: str) -> None:
        self.values, self.first_label, self.last_label = values, first_label, last_label
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 150)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colors()
        painter = QPainter(self)
        if not any(self.values):
            painter.setPen(QColor(c.muted))
            painter.drawText(
                self.rect().adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_h = 18
        height = self.height() - 2 * label_h
        step = self.width() / len(self.values)
        peak = max(self.values) or 1
        for index, value in enumerate(self.values):
            bar_h = height * value / peak
            rect = QRectF(index * step + step * 0.15, label_h + height - bar_h, step * 0.7, bar_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.accent if index else c.due))
            painter.drawRoundedRect(rect, 2, 2)
            if value and step >= 14:
                painter.setPen(QColor(c.muted))
                painter.drawText(
                    QRectF(index * step - 6, rect.top() - label_h, step + 12, label_h),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(value),
                )
        painter.setPen(QColor(c.line))
        painter.drawLine(0, label_h + height, self.width(), label_h + height)
        painter.setPen(QColor(c.muted))
        bottom = QRectF(0, label_h + height + 2, self.width(), label_h)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, self.first_label)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, self.last_label)
        painter.end()
