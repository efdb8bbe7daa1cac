"""The timeline, painted: every dated fact on a zoomable axis (millennia to days, BC and AD), coloured by
section, labels stacked in lanes (the ones that fit; the rest are counted), ranges as bars.

Mouse: wheel zooms around the pointer, drag pans, a click opens the event. Keys: ←/→ pick the previous or
next event, Enter opens it, +/- zoom, Shift+←/→ pan, Home shows everything.
Only the events in view are measured and laid out, so a deck of thousands pans smoothly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from studyapp.core.timeline import TimelineEvent, civil_date, fitted_span, stack_labels, ticks, year_text
from studyapp.ui import theme
from studyapp.ui.typography import smarten

LANE_HEIGHT = 22
AXIS_BAND = 58  # px under the lanes: range bars, the axis, tick labels and the axis title
MAX_LABEL = 300  # px
MIN_SPAN_DAYS = 10.0
ZOOM_STEP = 1.25
LIGHT_HUES = (
    "#2f5d62",
    "#b5541d",
    "#2a62b8",
    "#7a4f9a",
    "#2f7d3b",
    "#a8323e",
    "#8a6d1d",
    "#1f7a8c",
    "#6b6b2f",
    "#9c4f72",
)
DARK_HUES = (
    "#7fb7be",
    "#f0a06b",
    "#7fb0ff",
    "#c39be0",
    "#7fcf8a",
    "#f08c8c",
    "#e0c26b",
    "#6fd0e0",
    "#c8c86b",
    "#e39bbd",
)


def section_colors(sections: Sequence[str]) -> dict[str, str]:
    """A colour per section, in document order, from the theme's palette."""
    hues = DARK_HUES if theme.is_dark() else LIGHT_HUES
    return {section: hues[index % len(hues)] for index, section in enumerate(sections)}


class TimelineView(QWidget):
    """Emits ``activated(TimelineEvent)`` on a click or Enter, ``selected(TimelineEvent)`` on a pick."""

    activated = Signal(object)
    selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[TimelineEvent] = []
        self._starts: list[int] = []
        self._longest = 0  # days: the longest event, so one starting before the view but still running is drawn
        self.colors: dict[str, str] = {}
        self.hidden_sections: set[str] = set()
        self.first, self.last = fitted_span(())
        self.current: int | None = None
        self.left_out = 0  # events in view whose label did not fit (shown as a count)
        self._labels: dict[int, tuple[str, float]] = {}
        self._hits: list[tuple[QRectF, int]] = []
        self._press: QPointF | None = None
        self._panning = False
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._font = QFont(self.font())
        self._font.setPointSizeF(9.0)
        self._metrics = QFontMetrics(self._font)

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    # --- data ---------------------------------------------------------------------------------------------
    def set_events(self, events: Sequence[TimelineEvent], colors: dict[str, str]) -> None:
        """The events (in time order) and a colour per section; the view fits them all."""
        self.events = list(events)
        self._starts = [e.start for e in self.events]
        self._longest = max((e.end - e.start for e in self.events), default=0)
        self.colors = colors
        self._labels.clear()
        self.current = None
        self.fit()

    def set_hidden_sections(self, sections: set[str]) -> None:
        self.hidden_sections = set(sections)
        self.update()

    def label(self, index: int) -> tuple[str, float]:
        """An event's label as shown (date, then the sentence, cut to fit) and its width."""
        cached = self._labels.get(index)
        if cached is None:
            event = self.events[index]
            text = self._metrics.elidedText(
                f"{event.date_text} · {smarten(event.sentence)}", Qt.TextElideMode.ElideRight, MAX_LABEL
            )
            cached = self._labels[index] = (text, float(self._metrics.horizontalAdvance(text)) + 14)
        return cached

    # --- view ---------------------------------------------------------------------------------------------
    def fit(self) -> None:
        self.first, self.last = fitted_span(self.events)
        self.update()

    def x_of(self, day: float) -> float:
        return (day - self.first) * self.width() / (self.last - self.first)

    def day_at(self, x: float) -> float:
        return self.first + x * (self.last - self.first) / max(1, self.width())

    def zoom(self, factor: float, around_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the day under ``around_x`` (default: the middle) in place."""
        x = self.width() / 2 if around_x is None else around_x
        pivot = self.day_at(x)
        full_first, full_last = fitted_span(self.events)
        span = (self.last - self.first) / factor
        span = min(max(span, MIN_SPAN_DAYS), (full_last - full_first) * 1.5)
        self.first = pivot - span * x / max(1, self.width())
        self.last = self.first + span
        self.update()

    def pan(self, pixels: float) -> None:
        """Move the view by ``pixels`` (positive: later dates come in from the right)."""
        shift = pixels * (self.last - self.first) / max(1, self.width())
        self.first += shift
        self.last += shift
        self.update()

    def select(self, index: int | None, *, reveal: bool = True) -> None:
        if index is None or not self.events:
            return
        index = max(0, min(len(self.events) - 1, index))
        self.current = index
        event = self.events[index]
        if reveal and not self.first <= event.start <= self.last:
            span = self.last - self.first
            self.first = event.middle - span / 2
            self.last = self.first + span
        self.update()
        self.selected.emit(event)

    def visible_indices(self) -> range:
        """Events (by index) that may show in the view: starting before its end and not over before its start."""
        return range(bisect_left(self._starts, self.first - self._longest), bisect_right(self._starts, self.last))

    # --- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colors()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(c.paper))
        painter.setFont(self._font)
        metrics = self._metrics
        width, height = self.width(), self.height()
        axis_y = height - AXIS_BAND + 22
        scale = width / (self.last - self.first)
        first = self.first

        ticks_shown = ticks(first, self.last, max_ticks=max(2, width // 110))
        painter.setPen(QPen(QColor(c.line), 1))
        painter.drawLines(
            [QLineF(t.day * scale - first * scale, 8, t.day * scale - first * scale, axis_y) for t in ticks_shown]
        )
        painter.setPen(QColor(c.muted))
        for tick in ticks_shown:
            x = (tick.day - first) * scale
            painter.drawText(
                QRectF(x - 60, axis_y + 6, 120, metrics.height()), Qt.AlignmentFlag.AlignCenter, tick.label
            )
        painter.drawText(
            QRectF(0, axis_y + 6 + metrics.height(), width, metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            f"time  ({self._span_text()})",
        )
        painter.setPen(QPen(QColor(c.text), 1.5))
        painter.drawLine(QPointF(0, axis_y), QPointF(width, axis_y))

        shown = [i for i in self.visible_indices() if self.events[i].section not in self.hidden_sections]
        markers: dict[str, list[QLineF]] = {}
        for i in shown:  # every event gets a mark on the axis; a range a bar along it
            e = self.events[i]
            x0 = (e.start - first) * scale
            x1 = max(x0 + 2, (e.end - first) * scale) if e.is_range else x0
            markers.setdefault(e.section, []).append(QLineF(x0, axis_y - 7, x1, axis_y - 7))
        for section, lines in markers.items():
            pen = QPen(QColor(self.colors.get(section, c.accent)), 4)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLines(lines)

        lanes = max(1, (axis_y - 18 - LANE_HEIGHT) // LANE_HEIGHT)  # the top line is kept for the count
        marks = [(self.events[i].start - first) * scale for i in shown]
        widths = _IndexedWidths(self, shown)
        # A label starts at its mark, or further left where it would run past the right edge.
        xs = _LabelLefts(marks, widths, width)
        placed, self.left_out = stack_labels(xs, widths, lanes=lanes)
        self._hits = []
        boxes = []
        for spot in placed:  # stems first, so no stem runs across another event's label
            index = shown[spot.index]
            color = QColor(self.colors.get(self.events[index].section, c.accent))
            x, mark = xs[spot.index], marks[spot.index]
            y = axis_y - 18 - (spot.lane + 1) * LANE_HEIGHT
            painter.setPen(QPen(color, 1))
            painter.drawLine(QPointF(mark, y + LANE_HEIGHT - 4), QPointF(mark, axis_y - 9))
            boxes.append((QRectF(x, y + 2, self.label(index)[1], LANE_HEIGHT - 4), index, color))
        paper = QColor(c.accent_soft)
        for rect, index, color in boxes:
            painter.fillRect(rect, paper if index == self.current else QColor(c.paper))
            painter.fillRect(QRectF(rect.x(), rect.y() + 3, 4, rect.height() - 6), color)
            painter.setPen(QColor(c.accent_text if index == self.current else c.text))
            painter.drawText(rect.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.label(index)[0])
            self._hits.append((rect, index))
        if self.current is not None and self.current not in {shown[p.index] for p in placed}:
            e = self.events[self.current]
            x = (e.start - first) * scale
            painter.setPen(QPen(QColor(c.accent), 2))
            painter.drawEllipse(QPointF(x, axis_y - 7), 6, 6)
        if self.left_out:
            painter.setPen(QColor(c.muted))
            painter.drawText(
                QRectF(0, 4, width - 8, metrics.height()),
                Qt.AlignmentFlag.AlignRight,
                f"{self.left_out} more events here: zoom in (wheel or +) to read them",
            )
        painter.end()

    def _span_text(self) -> str:
        y0, y1 = civil_date(int(self.first))[0], civil_date(int(self.last))[0]
        return f"{year_text(y0)} to {year_text(y1)}"

    # --- mouse and keys -----------------------------------------------------------------------------------
    def hit(self, point: QPointF) -> int | None:
        """The event whose label (or, failing that, whose mark on the axis) is under ``point``."""
        for rect, index in self._hits:
            if rect.contains(point):
                return index
        axis_y = self.height() - AXIS_BAND + 22
        if abs(point.y() - (axis_y - 7)) <= 8:
            day = self.day_at(point.x())
            tolerance = 5 * (self.last - self.first) / max(1, self.width())
            for index in self.visible_indices():
                e = self.events[index]
                if e.section not in self.hidden_sections and e.start - tolerance <= day <= e.end + tolerance:
                    return index
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps, event.position().x())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._panning = event.position(), False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position().x() - self._press.x()
            if self._panning or abs(delta) >= QApplication.startDragDistance():
                self._panning = True
                self.pan(-delta)
                self._press = event.position()
            return
        index = self.hit(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if index is not None else Qt.CursorShape.ArrowCursor)
        if index is None:
            self.setToolTip("")
        else:  # the date and the whole sentence (labels are cut), escaped
            e = self.events[index]
            self.setToolTip(f"<p><b>{escape(e.date_text)}</b><br/>{escape(smarten(e.sentence))}</p>")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        was_click = self._press is not None and not self._panning
        self._press, self._panning = None, False
        if was_click and event.button() == Qt.MouseButton.LeftButton:
            index = self.hit(event.position())
            if index is not None:
                self.select(index, reveal=False)
                self.activated.emit(self.events[index])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = -1 if key == Qt.Key.Key_Left else 1
            if shift:
                self.pan(direction * self.width() * 0.2)
            else:
                self._step(direction)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP * ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / (ZOOM_STEP * ZOOM_STEP))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            self.activated.emit(self.events[self.current])
        else:
            super().keyPressEvent(event)

    def _step(self, direction: int) -> None:
        shown = [i for i in range(len(self.events)) if self.events[i].section not in self.hidden_sections]
        if not shown:
            return
        if self.current is None:
            middle = (self.first + self.last) / 2
            start = bisect_left(self._starts, middle)
            self.select(min(shown, key=lambda i: abs(i - start)))
            return
        position = bisect_left(shown, self.current)
        self.select(shown[max(0, min(len(shown) - 1, position + direction))])


class _IndexedWidths:
    """Widths of the shown events' labels, by their place among the shown (measured on first need)."""

    def __init__(self, view: TimelineView, shown: list[int]) -> None:
        self.view, self.shown = view, shown

    def __getitem__(self, index: int) -> float:
        return self.view.label(self.shown[index])[1]


class _LabelLefts:
    """Left edges of the shown labels: at the mark, pulled left (never past 0) to end inside the view."""

    def __init__(self, marks: list[float], widths: _IndexedWidths, view_width: float) -> None:
        self.marks, self.widths, self.view_width = marks, widths, view_width

    def __len__(self) -> int:
        return len(self.marks)

    def __getitem__(self, index: int) -> float:
        mark = self.marks[index]
        if mark < self.view_width - MAX_LABEL - 14:
            return max(0.0, mark)  # far from the edge: no need to measure
        return max(0.0, min(mark, self.view_width - self.widths[index] - 2))

    def __iter__(self):
        return (self[i] for i in range(len(self.marks)))
