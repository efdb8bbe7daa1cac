"""Paints a section's mastery (0-1) as a short bar with its percentage."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from studyapp.ui import theme

MASTERY_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_BAR_WIDTH = 70


class MasteryDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(MASTERY_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(
            option.widget.style().ControlElement.CE_ItemViewItem, option, painter, option.widget
        )
        c = theme.colors()
        rect = option.rect.adjusted(6, 0, -6, 0)
        if rect.width() < MIN_BAR_WIDTH:  # a narrow column: the percentage alone
            painter.save()
            painter.setPen(QColor(c.due if value >= 0.8 else c.muted))
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, f"{round(value * 100)}%"
            )
            painter.restore()
            return
        bar = QRectF(rect.left(), rect.center().y() - 3, rect.width() * 0.5, 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.line))
        painter.drawRoundedRect(bar, 3, 3)
        if value > 0:
            painter.setBrush(QColor(c.due if value >= 0.8 else c.accent))
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), max(6.0, bar.width() * value), 6), 3, 3)
        painter.setPen(QColor(c.muted))
        text_rect = QRectF(bar.right() + 6, rect.top(), rect.width() * 0.5 - 6, rect.height())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, f"{round(value * 100)}%"
        )
        painter.restore()
