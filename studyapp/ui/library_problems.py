"""The dialogs that tell the learner what happened to their library, each offering only the fix that fits.

At start: a damaged or lost library is offered its newest good backup (a lost one also a new, empty
library); a read-only one is offered reading; a full disk, a file-size limit, a newer studyapp's library or
a busy file are explained, with nothing to click but Quit. While running and on closing: problems found in
the background (a backup that found damage, the weekly check) and a backup that could not be written are
told before anything else happens; the window never closes on them in silence.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from studyapp.services.backups import BackupInfo
from studyapp.storage.health import LibraryProblem, Problem, Remedy
from studyapp.ui.widgets import without_commands

TITLES = {
    Problem.DAMAGED: "The library is damaged",
    Problem.MISSING: "The library is missing",
    Problem.READ_ONLY: "The library cannot be written",
    Problem.DISK_FULL: "The disk is full",
    Problem.FILE_TOO_LARGE: "The library has reached the file-size limit",
    Problem.TOO_NEW: "The library needs a newer studyapp",
    Problem.BUSY: "The library is busy",
    Problem.LOCKED: "The library is already open",
    Problem.DISK_ERROR: "The disk reported an error",
    Problem.BACKUP_FAILED: "The backup could not be written",
}


class Choice(Enum):
    RESTORE = "restore"
    START_NEW = "start new"
    READ_ONLY = "read only"
    QUIT = "quit"


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that shows its text as plain text, whatever it holds (a path, an article's title)."""
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def ask_at_start(problem: LibraryProblem, newest: BackupInfo | None, parent: QWidget | None = None) -> Choice:
    """The library could not be opened: say why and let the learner pick among the fixes that fit."""
    text = without_commands(str(problem))
    icon = QMessageBox.Icon.Warning if problem.remedy is Remedy.OPEN_READ_ONLY else QMessageBox.Icon.Critical
    box = message_box(parent, icon, TITLES.get(problem.problem, "studyapp cannot start"), text)
    choices: dict[object, Choice] = {}
    if problem.remedy is Remedy.RESTORE_BACKUP:
        if newest is not None:
            when = newest.created.astimezone()
            button = box.addButton(f"Restore the backup of {when:%d %B %Y, %H:%M}", QMessageBox.ButtonRole.AcceptRole)
            choices[button] = Choice.RESTORE
            box.setDefaultButton(button)
            box.setInformativeText(
                "Answers given after that backup are lost; the library it replaces is kept beside it."
            )
        else:
            box.setInformativeText("There is no sound backup to restore.")
    if problem.problem is Problem.MISSING:
        choices[box.addButton("Start a new library", QMessageBox.ButtonRole.DestructiveRole)] = Choice.START_NEW
    if problem.remedy is Remedy.OPEN_READ_ONLY:
        button = box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole)
        choices[button] = Choice.READ_ONLY
        box.setDefaultButton(button)
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(quit_button)
    box.exec()
    return choices.get(box.clickedButton(), Choice.QUIT)


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A plain-text warning the learner must acknowledge (modal)."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, without_commands(text))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def tell_found(problem: LibraryProblem, parent: QWidget | None) -> bool:
    """A problem found while the app runs. True when the learner chose to restart now (to restore)."""
    text = without_commands(str(problem))
    box = message_box(parent, QMessageBox.Icon.Critical, TITLES.get(problem.problem, "studyapp"), text)
    restart = None
    if problem.remedy is Remedy.RESTORE_BACKUP:
        box.setInformativeText(
            "Close studyapp and open it again: it will offer the newest sound backup. Until then, what you do "
            "may not be saved."
        )
        restart = box.addButton("Close and restore", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Continue" if restart else "OK", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return restart is not None and box.clickedButton() is restart
