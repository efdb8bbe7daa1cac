"""Cards of the learner's own, made in the reader (SuperMemo's keys): select words of a sentence and press
Alt+Z for a cloze of them, or Alt+X for a question and answer about that sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.card_changes import CardChange
from studyapp.services.changes import Changes
from studyapp.services.learner_cards import CardEditError, changes_of
from studyapp.services.library import Library
from studyapp.ui.typography import smarten

if TYPE_CHECKING:
    from studyapp.ui.reader_screen import ReaderScreen

CLOZE_KEYS, QUESTION_KEYS = "Alt+Z", "Alt+X"


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2029", " ").replace("\u2028", " ").split())


def sentence_of(reader: ReaderScreen, selected: str) -> str | None:
    """The sentence of the section shown that holds ``selected`` (as the document has it, or as the reader
    shows it when only its typeset form holds the words); None when no one sentence does."""
    if reader.document is None or reader.section_id is None or not selected:
        return None
    section = reader.document.section(reader.section_id)
    sentences = [s.text for p in section.paragraphs for s in p.sentences]
    sentences += [block.lead for block in section.lists] + [i.text for block in section.lists for i in block.items]
    for text in sentences:
        if selected in _plain(text):
            return _plain(text)
    for text in sentences:
        if selected in _plain(smarten(text)):
            return _plain(smarten(text))
    return None


class QuestionDialog(QDialog):
    """A question and its answer about one sentence (the answer starts as the selected words)."""

    def __init__(self, library: Library, deck_id: str, section_id: str, sentence: str, answer: str, parent: QWidget):
        super().__init__(parent)
        self.library, self.deck_id, self.section_id, self.sentence = library, deck_id, section_id, sentence
        self.change: CardChange | None = None
        self.setWindowTitle("New question")
        self.setMinimumWidth(520)
        source = QLabel(sentence)
        source.setWordWrap(True)
        source.setProperty("role", "muted")
        self.question = QLineEdit()
        self.question.setPlaceholderText("The question, as you want to be asked")
        self.answer = QLineEdit(answer)
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        form = QFormLayout()
        form.addRow("Question", self.question)
        form.addRow("Answer", self.answer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Make card")
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.question.setFocus()

    def make(self) -> None:
        try:
            self.change = self.library.learner_cards.make_question(
                self.deck_id, self.section_id, self.sentence, self.question.text(), self.answer.text()
            )
        except CardEditError as error:
            self.problem.setText(str(error))
            return
        self.accept()


class OwnCardMaker(QObject):
    """Alt+Z and Alt+X on a reader."""

    def __init__(self, reader: ReaderScreen) -> None:
        super().__init__(reader)
        self.reader = reader
        self.last_message = ""
        for keys, slot in ((CLOZE_KEYS, self.make_cloze), (QUESTION_KEYS, self.make_question)):
            shortcut = QShortcut(QKeySequence(keys), reader, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _selection(self) -> tuple[str, str] | None:
        """(selected words, their sentence), or None after telling the learner what to select."""
        selected = _plain(self.reader.view.textCursor().selectedText())
        sentence = sentence_of(self.reader, selected)
        if sentence is None:
            self._tell("Select words within one sentence of the text first.")
            return None
        return selected, sentence

    def make_cloze(self) -> bool:
        found = self._selection()
        reader = self.reader
        if found is None or reader.deck_id is None or reader.section_id is None:
            return False
        selected, sentence = found
        try:
            change = reader.library.learner_cards.make_cloze(reader.deck_id, reader.section_id, sentence, selected)
        except CardEditError as error:
            self._tell(str(error))
            return False
        self._made(changes_of(change), f"Cloze card made: “{selected}” hidden. Ctrl+Z takes it back.")
        return True

    def make_question(self) -> bool:
        found = self._selection()
        reader = self.reader
        if found is None or reader.deck_id is None or reader.section_id is None:
            return False
        selected, sentence = found
        dialog = QuestionDialog(reader.library, reader.deck_id, reader.section_id, sentence, selected, reader)
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted or dialog.change is None:
            return False
        self._made(changes_of(dialog.change), "Question card made. Ctrl+Z takes it back.")
        return True

    def _made(self, changes: Changes, message: str) -> None:
        self.reader.activateWindow()
        self.reader.view.setFocus()  # back to reading, the dialog gone
        self.reader.refresh()
        self.reader.changed.emit(changes)
        self._tell(message)

    def _tell(self, message: str) -> None:
        window = self.reader.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 5000)
        self.last_message = message
