"""The card editor (E in review, Enter or double-click in the browser): the learner's prompt, answer and choices
over the generated ones, with a preview as the card will look; the generated text beside, and when a re-import
changed it, an offer to take the new text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.card_changes import CardChange, CardEdit
from studyapp.services.learner_cards import CardEditError
from studyapp.services.library import Library


def _box(text: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * (lines + 1) + 2 * int(box.document().documentMargin()) + 6)
    return box


def preview_html(edit: CardEdit) -> str:
    """The card as the review shows it: prompt, the choices if any, then the answer."""
    prompt = escape(edit.prompt).replace("[...]", "<b>[…]</b>")
    choices = "".join(f"<li>{escape(c)}</li>" for c in edit.choices)
    listed = f"<ol>{choices}</ol>" if choices else ""
    return f"<p style='font-size:15px'>{prompt}</p>{listed}<hr><p><b>{escape(edit.answer)}</b></p>"


class CardEditor(QDialog):
    """Edit one item. On Save (Ctrl+Enter) the edit is stored through the service and ``change`` holds it;
    ``keep_undo`` False leaves undo to the caller (a review keeps it in order with its answers)."""

    def __init__(self, library: Library, item_id: str, *, keep_undo: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.library, self.item_id, self.keep_undo = library, item_id, keep_undo
        self.change: CardChange | None = None
        card = library.learner_cards.card(item_id)
        self.card = card
        self.setWindowTitle("Edit card")
        self.setMinimumWidth(560)
        shown = card.shown
        self.prompt = _box(shown.prompt, 3)
        self.answer = QLineEdit(shown.answer)
        self.choices = _box("\n".join(shown.choices), min(max(2, len(shown.choices)), 6))
        self.choices.setVisible(bool(card.generated.choices))
        form = QFormLayout()
        form.addRow("Prompt", self.prompt)
        form.addRow("Answer", self.answer)
        if card.generated.choices:
            form.addRow("Choices (one a line)", self.choices)
        generated = card.generated
        self.generated = QLabel(
            f"<b>Generated:</b> {escape(generated.prompt)} → {escape(generated.answer)}"
            f"<br><span>Source: {escape(generated.source.text)}</span>"
        )
        self.generated.setWordWrap(True)
        self.generated.setProperty("role", "muted")
        self.changed_note = QLabel(
            "The source sentence changed when the document was imported again: the generated text above is the "
            "new one; yours is kept below until you take the new text."
        )
        self.changed_note.setWordWrap(True)
        self.changed_note.setProperty("role", "warning")
        self.changed_note.setVisible(bool(card.edit and card.edit.source_changed))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setMinimumHeight(90)
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.use_generated = QPushButton("Use the generated text")
        self.use_generated.setEnabled(card.edit is not None)
        self.buttons.addButton(self.use_generated, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.use_generated.clicked.connect(self.take_generated)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setShortcut("Ctrl+Return")
        save.setToolTip("Save (Ctrl+Enter)")

        layout = QVBoxLayout(self)
        layout.addWidget(self.generated)
        layout.addWidget(self.changed_note)
        layout.addLayout(form)
        layout.addWidget(QLabel("Preview"))
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for box in (self.prompt, self.choices):
            box.textChanged.connect(self._update_preview)
        self.answer.textChanged.connect(self._update_preview)
        self._update_preview()
        self.prompt.setFocus()

    def edit(self) -> CardEdit:
        choices = tuple(line.strip() for line in self.choices.toPlainText().splitlines() if line.strip())
        return CardEdit(
            " ".join(self.prompt.toPlainText().split()),
            " ".join(self.answer.text().split()),
            choices if self.card.generated.choices else (),
        )

    def _update_preview(self) -> None:
        self.preview.setText(preview_html(self.edit()))

    def save(self) -> None:
        try:
            self.change = self.library.learner_cards.edit(self.item_id, self.edit(), keep_undo=self.keep_undo)
        except CardEditError as error:
            self.problem.setText(str(error))
            return
        self.accept()

    def take_generated(self) -> None:
        self.change = self.library.learner_cards.use_generated(self.item_id, keep_undo=self.keep_undo)
        self.accept()
