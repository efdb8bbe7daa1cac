"""Reject a card with a reason (from review: Delete; from the browser: its Reject button)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from studyapp.core.card_changes import RejectReason

LABELS = {
    RejectReason.WRONG: "&Wrong: the card says something the text does not",
    RejectReason.UNCLEAR: "&Unclear: the question cannot be answered as asked",
    RejectReason.NOT_WORTH_LEARNING: "&Not worth learning",
    RejectReason.DUPLICATE: "&Duplicate of another card",
}


class RejectDialog(QDialog):
    """Asks why; ``reason`` is the choice once accepted."""

    def __init__(self, count: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Reject card" if count == 1 else f"Reject {count} cards")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Why is this card no good? It leaves your study until you restore it."))
        self.options: dict[RejectReason, QRadioButton] = {}
        for reason, label in LABELS.items():
            button = QRadioButton(label)
            self.group.addButton(button)
            self.options[reason] = button
            layout.addWidget(button)
        self.options[RejectReason.WRONG].setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Reject")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def reason(self) -> RejectReason:
        return next(reason for reason, button in self.options.items() if button.isChecked())
