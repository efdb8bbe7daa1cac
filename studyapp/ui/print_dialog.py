"""Print a practice test: choose sections and a number of questions, write the PDF (questions, then the
answer key on its own page)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.services.library import Library
from studyapp.text.slugs import slugify
from studyapp.ui.practice_pdf import write_test_pdf
from studyapp.ui.scope_picker import ScopePicker
from studyapp.ui.typography import heading


class PrintTestDialog(QDialog):
    def __init__(self, library: Library, deck_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.deck_id = library, deck_id
        self.practice = library.practice
        self.written: Path | None = None
        title = heading(library.deck(deck_id).title)
        self.setWindowTitle("Print a practice test")
        self.picker = ScopePicker(types=None, count=20)
        self.picker.set_sections(self.practice.sections(deck_id))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.path = QLineEdit(str(Path(folder) / f"{slugify(title) or 'deck'}-practice-test.pdf"))
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.message = QLabel("Questions first; the answer key on a page of its own.")
        self.message.setProperty("role", "muted")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = buttons.addButton("Write the PDF", QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.setProperty("role", "primary")
        self.write_button.clicked.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading_label = QLabel(title)
        heading_label.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading_label)
        layout.addWidget(self.picker, 1)
        layout.addWidget(QLabel("Save as"))
        layout.addLayout(where)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, "Save the practice test", self.path.text(), "PDF (*.pdf)")
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def write(self) -> Path | None:
        """Write the PDF; the message says where, or what went wrong (nothing is lost either way)."""
        if self.picker.nothing_chosen():
            self.message.setText("Choose at least one section.")
            return None
        target = Path(self.path.text()).expanduser()
        test = self.practice.printable(
            self.deck_id, count=self.picker.count.value(), sections=self.picker.chosen_sections()
        )
        if not test.questions:
            self.message.setText("These sections have no questions to print.")
            return None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_test_pdf(test, target)
        except OSError as error:
            self.message.setText(f"The PDF could not be written to {target} ({error.strerror or error}).")
            return None
        if not target.is_file() or target.stat().st_size == 0:
            self.message.setText(f"The PDF could not be written to {target}: choose another folder.")
            return None
        self.written = target
        self.message.setText(f"Written: {target} ({len(test.questions)} questions and the answer key).")
        return target
