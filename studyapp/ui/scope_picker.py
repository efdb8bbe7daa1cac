"""Choosing what a quiz, an exam or a printed test draws from: sections, types of question, how many, and
(for an exam) a time limit."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.questions import QuestionType
from studyapp.services.practice import SectionChoice
from studyapp.ui.typography import heading

SECTION_ROLE = Qt.ItemDataRole.UserRole


class ScopePicker(QWidget):
    """Sections (all by default), question types (``types``; none shown when None), count and time limit."""

    def __init__(
        self,
        *,
        types: Iterable[QuestionType] | None,
        count: int = 20,
        time_limit: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sections = QListWidget()
        self.sections.setMinimumHeight(140)
        self.sections.itemChanged.connect(lambda _item: self._update_summary())
        everything = QPushButton("All")
        everything.clicked.connect(lambda: self._check_all(True))
        nothing = QPushButton("None")
        nothing.clicked.connect(lambda: self._check_all(False))
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        head = QHBoxLayout()
        head.addWidget(QLabel("Sections"))
        head.addStretch(1)
        head.addWidget(everything)
        head.addWidget(nothing)

        self.type_boxes: dict[QuestionType, QCheckBox] = {}
        types_grid = QGridLayout()
        for index, kind in enumerate(types or ()):
            box = QCheckBox(kind.label)
            box.setChecked(True)
            self.type_boxes[kind] = box
            types_grid.addWidget(box, index // 3, index % 3)

        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(count)
        self.count.setSuffix(" questions")
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 300)
        self.minutes.setValue(0)
        self.minutes.setSpecialValueText("no time limit")
        self.minutes.setSuffix(" minutes")
        form = QFormLayout()
        form.addRow("Questions", self.count)
        if time_limit:
            form.addRow("Time limit", self.minutes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.summary)
        if self.type_boxes:
            layout.addWidget(QLabel("Kinds of question"))
            layout.addLayout(types_grid)
        layout.addLayout(form)

    def set_sections(self, sections: list[SectionChoice]) -> None:
        self.sections.blockSignals(True)
        self.sections.clear()
        for section in sections:
            if not section.items:
                continue
            indent = "    " * (section.level - 1)
            row = QListWidgetItem(f"{indent}{heading(section.title)}  ({section.items})")
            row.setData(SECTION_ROLE, section.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.sections.addItem(row)
        self.sections.blockSignals(False)
        self._update_summary()

    def chosen_sections(self) -> tuple[str, ...]:
        """The sections ticked; () when all are (the whole deck)."""
        rows = [self.sections.item(i) for i in range(self.sections.count())]
        ticked = [r.data(SECTION_ROLE) for r in rows if r.checkState() == Qt.CheckState.Checked]
        return () if len(ticked) == len(rows) else tuple(ticked)

    def nothing_chosen(self) -> bool:
        rows = [self.sections.item(i) for i in range(self.sections.count())]
        return not any(r.checkState() == Qt.CheckState.Checked for r in rows) or (
            bool(self.type_boxes) and not self.chosen_types()
        )

    def chosen_types(self) -> list[QuestionType]:
        return [kind for kind, box in self.type_boxes.items() if box.isChecked()]

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for index in range(self.sections.count()):
            self.sections.item(index).setCheckState(state)

    def _update_summary(self) -> None:
        chosen = self.chosen_sections()
        total = self.sections.count()
        self.summary.setText("The whole document" if not chosen else f"{len(chosen)} of {total} sections")
