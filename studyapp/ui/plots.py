"""Plots with labelled axes, painted in the theme's colours: a share over time (retention, exam scores) and
a share per row (mastery per section, predicted recall on the exam day against the target)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from studyapp.ui import theme

AXIS_FONT_PT = 8.5
_PERCENTS = (0.0, 0.25, 0.5, 0.75, 1.0)


@dataclass(frozen=True)
class Point:
    day: date
    value: float  # 0.0-1.0
    label: str = ""  # shown on hover (tooltip of the nearest point)


def _small_font(widget: QWidget):
    font = widget.font()
    font.setPointSizeF(AXIS_FONT_PT)
    return font


def _empty(painter: QPainter, rect, text: str) -> None:
    painter.setPen(QColor(theme.colors().muted))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class TrendPlot(QWidget):
    """A share (0-100%) over dates: points joined by a line, an optional target line and an optional marked day
    (the exam). Both axes carry a title and tick labels."""

    def __init__(self, *, y_title: str, x_title: str = "date", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.y_title, self.x_title = y_title, x_title
        self.points: list[Point] = []
        self.target: float | None = None
        self.marked_day: date | None = None
        self.marked_label = ""
        self.empty_text = "Nothing to show yet"
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_data(
        self, points: Sequence[Point], *, target: float | None = None, marked_day: date | None = None, marked_label=""
    ) -> None:
        self.points = sorted(points, key=lambda p: p.day)
        self.target, self.marked_day, self.marked_label = target, marked_day, marked_label
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def _frame(self) -> QRectF:
        metrics = QFontMetrics(_small_font(self))
        left = metrics.horizontalAdvance("100%") + metrics.height() + 12
        return QRectF(
            left, 10, max(40, self.width() - left - 14), max(40, self.height() - 10 - 2 * metrics.height() - 12)
        )

    def _span(self) -> tuple[int, int]:
        days = [p.day.toordinal() for p in self.points]
        if self.marked_day is not None:
            days.append(self.marked_day.toordinal())
        first, last = min(days), max(days)
        return (first - 1, last + 1) if first == last else (first, last)

    def _x(self, frame: QRectF, ordinal: int) -> float:
        first, last = self._span()
        return frame.left() + frame.width() * (ordinal - first) / (last - first)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(_small_font(self))
        if not self.points:
            _empty(painter, self.rect().adjusted(8, 0, -8, 0), self.empty_text)
            painter.end()
            return
        frame = self._frame()
        metrics = QFontMetrics(painter.font())
        muted, line = QColor(c.muted), QColor(c.line)
        for share in _PERCENTS:  # y grid and ticks
            y = frame.bottom() - frame.height() * share
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, frame.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{round(share * 100)}%",
            )
        painter.save()  # y title, written upwards
        painter.translate(metrics.height() / 2 + 1, frame.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-frame.height() / 2, -metrics.height() / 2, frame.height(), metrics.height()),
                         Qt.AlignmentFlag.AlignCenter, self.y_title)  # fmt: skip
        painter.restore()
        first, last = self._span()
        ticks = [first, (first + last) // 2, last] if last - first >= 2 else [first, last]
        for ordinal in ticks:  # x ticks
            x = self._x(frame, ordinal)
            text = f"{date.fromordinal(ordinal):%d %b}"
            width = metrics.horizontalAdvance(text) + 4
            left = min(max(x - width / 2, frame.left() - 4), frame.right() - width + 4)
            painter.drawText(
                QRectF(left, frame.bottom() + 3, width, metrics.height()), Qt.AlignmentFlag.AlignCenter, text
            )
        painter.drawText(
            QRectF(frame.left(), frame.bottom() + 3 + metrics.height(), frame.width(), metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            self.x_title,
        )
        if self.target is not None:
            y = frame.bottom() - frame.height() * self.target
            painter.setPen(QPen(QColor(c.learning), 1.4, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
            painter.drawText(QRectF(frame.left() + 4, y - metrics.height() - 1, 200, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, f"target {round(self.target * 100)}%")  # fmt: skip
        if self.marked_day is not None:
            x = self._x(frame, self.marked_day.toordinal())
            painter.setPen(QPen(QColor(c.wrong), 1.4, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
            width = metrics.horizontalAdvance(self.marked_label) + 6
            painter.drawText(QRectF(min(x + 3, frame.right() - width), frame.top(), width, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, self.marked_label)  # fmt: skip
        accent = QColor(c.accent)
        points = [
            QPointF(self._x(frame, p.day.toordinal()), frame.bottom() - frame.height() * p.value) for p in self.points
        ]
        painter.setPen(QPen(accent, 2))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(accent)
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)
        painter.end()


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # 0.0-1.0
    detail: str = ""  # shown on hover


class BarsPlot(QWidget):
    """One horizontal bar per row (0-100%), labels on the left, an optional target line, an x axis with ticks
    and a title."""

    ROW = 22

    def __init__(self, *, x_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.x_title = x_title
        self.bars: list[Bar] = []
        self.target: float | None = None
        self.empty_text = "Nothing to show yet"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._fit()

    def set_data(self, bars: Sequence[Bar], *, target: float | None = None) -> None:
        self.bars, self.target = list(bars), target
        self._fit()
        self.update()

    def _fit(self) -> None:
        metrics = QFontMetrics(_small_font(self))
        self.setFixedHeight(max(70, len(self.bars) * self.ROW + 2 * metrics.height() + 20))

    def sizeHint(self) -> QSize:
        return QSize(480, self.height())

    def _label_width(self) -> float:
        return min(260.0, max(90.0, self.width() * 0.36))

    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(_small_font(self))
        if not self.bars:
            _empty(painter, self.rect().adjusted(8, 0, -8, 0), self.empty_text)
            painter.end()
            return
        metrics = QFontMetrics(painter.font())
        left = self._label_width()
        right = self.width() - metrics.horizontalAdvance("100%") / 2 - 6
        top = 6
        bottom = top + len(self.bars) * self.ROW
        width = right - left
        muted = QColor(c.muted)
        for share in _PERCENTS:
            x = left + width * share
            painter.setPen(QPen(QColor(c.line), 1))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(muted)
            painter.drawText(QRectF(x - 20, bottom + 2, 40, metrics.height()), Qt.AlignmentFlag.AlignCenter,
                             f"{round(share * 100)}%")  # fmt: skip
        title = (
            self.x_title if self.target is None else f"{self.x_title} · dashed line: target {round(self.target * 100)}%"
        )
        painter.drawText(QRectF(left, bottom + 2 + metrics.height(), width, metrics.height()),
                         Qt.AlignmentFlag.AlignCenter, title)  # fmt: skip
        for index, bar in enumerate(self.bars):
            y = top + index * self.ROW
            painter.setPen(QColor(c.text))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(left - 10))
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, y, left - 8, self.ROW), align, label)
            below = self.target is not None and bar.value < self.target
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.learning if below else c.accent))
            painter.drawRoundedRect(QRectF(left, y + 5, max(2.0, width * bar.value), self.ROW - 10), 2, 2)
            painter.setPen(muted)
            text = f"{round(bar.value * 100)}%"
            inside = width * bar.value > metrics.horizontalAdvance(text) + 40
            x = left + width * bar.value + (-metrics.horizontalAdvance(text) - 6 if inside else 4)
            painter.setPen(QColor(c.on_accent) if inside and not below else QColor(c.text) if inside else muted)
            painter.drawText(
                QRectF(x, y, metrics.horizontalAdvance(text) + 4, self.ROW), Qt.AlignmentFlag.AlignVCenter, text
            )
        if self.target is not None:
            x = left + width * self.target
            painter.setPen(QPen(QColor(c.wrong), 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, top - 2), QPointF(x, bottom + 2))
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        index = int((event.position().y() - 6) // self.ROW)
        bar = self.bars[index] if 0 <= index < len(self.bars) else None
        detail = f" — {bar.detail}" if bar and bar.detail else ""
        self.setToolTip(f"<p>{escape(bar.label)}: {round(bar.value * 100)}%{escape(detail)}</p>" if bar else "")
        super().mouseMoveEvent(event)
