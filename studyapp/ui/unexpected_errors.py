"""The last line of defence: an error nobody caught is written to a log and told in plain words.

Without it, an exception in a Qt slot prints a traceback to a terminal the learner never sees and the click
silently does nothing. The library's own transactions make sure no committed answer is lost either way.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp import logs
from studyapp.storage.database import DB_NAME
from studyapp.storage.health import LibraryProblem, Problem, problem_error
from studyapp.storage.library_file import remember_damage
from studyapp.ui.widgets import without_commands
from studyapp.ui.worker import plain_message

LOG_NAME = logs.LOG_NAME
log = logging.getLogger(__name__)
_shown: set[QMessageBox] = set()


def user_message(error: BaseException, log: Path) -> str:
    """What the learner reads: what happened, that their answers are safe, and where the details are."""
    if isinstance(error, sqlite3.Error) or (isinstance(error, OSError) and _in_folder(error, log.parent)):
        problem = problem_error(error, log.parent / DB_NAME)
        what = without_commands(str(problem))
        if getattr(problem, "problem", None) is Problem.DAMAGED:
            remember_damage(log.parent / DB_NAME, str(error))
            what += (
                " Every answer given before this is saved. Close studyapp and open it again: it will offer the "
                "newest sound backup."
            )
        elif not isinstance(problem, LibraryProblem):
            what = (
                f"The library could not be read or written ({error}). Every answer given before this is saved. "
                "Close studyapp and open it again."
            )
    else:
        what = plain_message(error)
    return f"{what}\n\nThe details were written to {log}."


def _in_folder(error: OSError, folder: Path) -> bool:
    """The file the error is about lies in the library folder (else it is no matter of the library)."""
    try:
        return bool(error.filename) and Path(str(error.filename)).resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def install(data_dir: Path) -> None:
    """Route uncaught exceptions of the GUI thread to a log file and a message box."""
    log_file = logs.start(data_dir)

    def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Uncaught exception", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            box = QMessageBox(QMessageBox.Icon.Warning, "studyapp", "", parent=QApplication.activeWindow())
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(user_message(error, log_file))
            _shown.add(box)  # a box without a parent lives only as long as a Python reference to it
            box.finished.connect(lambda _result: _shown.discard(box))
            box.open()

    sys.excepthook = report
