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
        self._shown: list[int] = []  # indices of the events of the sections shown
        self._shown_starts: list[int] = []
        self._longest = 0  # days: the longest event, so one starting before the view but still running is drawn
        self.colors: dict[str, str] = {}
        self.hidden_sections: set[str] = set()
        self.first, self.last = fitted_span(())
        self.current: int | None = None
        self.left_out = 0  # events in view whose label did not fit (shown as a count)
        self._labels: dict[int, tuple[str, float]] = {}
        self._elided: dict[int, str] = {}
        self._marks_cache: tuple | None = None
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
        self._char_width = self._metrics.averageCharWidth() * 1.08  # text of the article runs a little wider

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    # --- data ---------------------------------------------------------------------------------------------
    def set_events(self, events: Sequence[TimelineEvent], colors: dict[str, str]) -> None:
        """The events (in time order) and a colour per section; the view fits them all."""
        self.events = list(events)
        self._longest = max((e.end - e.start for e in self.events), default=0)
        self.colors = colors
        self._labels.clear()
        self._elided.clear()
        self._marks_cache = None
        self.current = None
        self._index_shown()
        self.fit()

    def set_hidden_sections(self, sections: set[str]) -> None:
        self.hidden_sections = set(sections)
        self._index_shown()
        self.update()

    def _index_shown(self) -> None:
        """The events of the sections shown (indices, in time order) and their starts, for bisection."""
        self._shown = [i for i, e in enumerate(self.events) if e.section not in self.hidden_sections]
        self._shown_starts = [self.events[i].start for i in self._shown]

    def label(self, index: int) -> tuple[str, float]:
        """An event's label as shown (date, then the sentence, cut to fit) and its width. The width is first
        estimated from the text's length (placing labels reads thousands; measuring them all would stutter),
        then the text is cut to that width when it is first drawn."""
        cached = self._labels.get(index)
        if cached is None:
            event = self.events[index]
            text = f"{event.date_text} · {event.sentence}"
            width = min(float(MAX_LABEL), len(text) * self._char_width) + 14
            cached = self._labels[index] = (text, width)
        return cached

    def _shown_text(self, index: int) -> str:
        text, width = self.label(index)
        shown = self._elided.get(index)
        if shown is None:
            shown = self._elided[index] = self._metrics.elidedText(
                smarten(text), Qt.TextElideMode.ElideRight, int(width - 14)
            )
        return shown

    def _marks_origin(self, scale: float) -> float:
        self._mark_lines(scale)
        return self._marks_cache[1]

    def _mark_lines(self, scale: float) -> dict[str, tuple[list[int], list[QLineF], list[QLineF]]]:
        """Every shown event's mark at this scale, per section: the points (one per pixel, sorted, with their
        positions for bisection) and the ranges' bars, from an origin day: built once per zoom level and
        section choice, then only moved."""
        # A pan moves both ends by the same amount, which may change their difference in the last bit.
        key = (f"{scale:.9g}", len(self._shown), tuple(sorted(self.hidden_sections)))
        if self._marks_cache is None or self._marks_cache[0] != key:
            origin = self.first
            points: dict[str, set[int]] = {}
            ranges: set[tuple[str, int, int]] = set()
            for i in self._shown:
                e = self.events[i]
                x0 = int((e.start - origin) * scale)
                if e.end - e.start > 31:
                    ranges.add((e.section, x0, max(x0 + 2, int((e.end - origin) * scale))))
                else:
                    points.setdefault(e.section, set()).add(x0)
            lines = {}
            for section in set(points) | {r[0] for r in ranges}:
                xs = sorted(points.get(section, ()))
                bars = sorted((x0, x1) for s_, x0, x1 in ranges if s_ == section)
                lines[section] = (xs, [QLineF(x, 0, x + 1, 0) for x in xs], [QLineF(x0, 0, x1, 0) for x0, x1 in bars])
            self._marks_cache = (key, origin, lines)
        return self._marks_cache[2]

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

    def visible_indices(self) -> list[int]:
        """Events (by index, sections shown only) that may show in the view: starting before its end, and not
        starting so early that even the longest event would be over before its start."""
        low = bisect_left(self._shown_starts, self.first - self._longest)
        return self._shown[low : bisect_right(self._shown_starts, self.last)]

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

        shown = self.visible_indices()
        events = self.events
        painter.save()  # the marks, laid out once per zoom level and moved along when panning
        offset = (self._marks_origin(scale) - first) * scale
        painter.translate(offset, axis_y - 7)
        for section, (xs, points, bars) in self._mark_lines(scale).items():
            pen = QPen(QColor(self.colors.get(section, c.accent)), 4)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLines(points[bisect_left(xs, -offset - 4) : bisect_right(xs, width - offset + 4)])  # in view
            painter.drawLines(bars)  # ranges are few; the painter clips them
        painter.restore()

        lanes = max(1, (axis_y - 18 - LANE_HEIGHT) // LANE_HEIGHT)  # the top line is kept for the count
        marks = _Marks(events, shown, first, scale)
        placed, self.left_out = stack_labels(marks, _IndexedWidths(self, shown), lanes=lanes, view_width=width)
        self._hits = []
        boxes = []
        for spot in placed:  # stems first, so no stem runs across another event's label
            index = shown[spot.index]
            color = QColor(self.colors.get(self.events[index].section, c.accent))
            x, mark = spot.left, marks[spot.index]
            y = axis_y - 18 - (spot.lane + 1) * LANE_HEIGHT
            painter.setPen(QPen(color, 1))
            painter.drawLine(QPointF(mark, y + LANE_HEIGHT - 4), QPointF(mark, axis_y - 9))
            boxes.append((QRectF(x, y + 2, self.label(index)[1], LANE_HEIGHT - 4), index, color))
        paper = QColor(c.accent_soft)
        for rect, index, color in boxes:
            painter.fillRect(rect, paper if index == self.current else QColor(c.paper))
            painter.fillRect(QRectF(rect.x(), rect.y() + 3, 4, rect.height() - 6), color)
            painter.setPen(QColor(c.accent_text if index == self.current else c.text))
            painter.drawText(rect.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self._shown_text(index))
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
                if e.start - tolerance <= day <= e.end + tolerance:
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
        shown = self._shown
        if not shown:
            return
        if self.current is None:
            middle = bisect_left(self._shown_starts, (self.first + self.last) / 2)
            self.select(shown[min(middle, len(shown) - 1)])
            return
        position = bisect_left(shown, self.current)
        self.select(shown[max(0, min(len(shown) - 1, position + direction))])


class _IndexedWidths:
    """Widths of the shown events' labels, by their place among the shown (measured on first need)."""

    def __init__(self, view: TimelineView, shown: list[int]) -> None:
        self.view, self.shown = view, shown

    def __getitem__(self, index: int) -> float:
        return self.view.label(self.shown[index])[1]


class _Marks:
    """The shown events' positions in pixels, computed when read (bisection reads a few of thousands)."""

    def __init__(self, events: list[TimelineEvent], shown: list[int], first: float, scale: float) -> None:
        self.events, self.shown, self.first, self.scale = events, shown, first, scale

    def __len__(self) -> int:
        return len(self.shown)

    def __getitem__(self, index: int) -> float:
        return (self.events[self.shown[index]].start - self.first) * self.scale
