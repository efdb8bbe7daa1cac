"""The About box and the keyboard-shortcut sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from studyapp import __version__

SHORTCUTS = (
    ("Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4", "Library / Reader / Review / Statistics"),
    ("Ctrl+O", "Import a document"),
    ("Ctrl+E", "Export to Anki"),
    ("Ctrl+,", "Deck options"),
    ("Space or Enter", "Show the answer (review); on a choice or order card: I don't know"),
    ("1 2 3 4", "Again / Hard / Good / Easy; on a choice card, pick a choice first"),
    ("↑ ↓ / Alt+↑ ↓", "Pick / move an entry of an order drill"),
    ("↑ ↓ PgUp PgDn Home End", "Scroll a long card (review)"),
    ("Esc", "Leave the review for the screen it was started from"),
    ("Ctrl+Z", "Undo the last rating, bury or suspend"),
    ("- / @", "Bury the card until tomorrow / suspend it (review)"),
    ("Ctrl+Shift+U", "Suspended and buried cards of the deck, to bring back"),
    ("Ctrl+Shift+M", "Mark the section read or unread (reader)"),
    ("Alt+Left / Alt+Right", "Previous / next section (reader)"),
    ("Ctrl+Shift+S", "Study this section (reader)"),
    ("Ctrl++ / Ctrl+- / Ctrl+0", "Larger / smaller / default type (reader)"),
    ("F11", "Full screen"),
)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About studyapp",
        f"<h3>studyapp {__version__}</h3>"
        "<p>Turn a serious article into durable knowledge: read it section by section, study the cards "
        "made from its dated facts and numbered lists, and come back when the scheduler (FSRS) says so.</p>"
        "<p>Exports to Anki with your progress.</p>",
    )


def show_shortcuts(parent: QWidget) -> None:
    rows = "".join(
        f"<tr><td style='padding:3px 16px 3px 0'><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in SHORTCUTS
    )
    box = QMessageBox(parent)
    box.setWindowTitle("Keyboard shortcuts")
    box.setText(f"<table>{rows}</table>")
    box.exec()
