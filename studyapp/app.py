"""Composition root: open the library (and its services), then the Qt application and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp import paths
from studyapp.errors import StudyappError

APP_NAME = "studyapp"


def system_clock() -> datetime:
    return datetime.now(UTC)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists), crisp on high-DPI screens and themed after the system."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    from studyapp.ui import theme
    from studyapp.ui.icons import icon

    theme.apply(app)
    app.setWindowIcon(icon("app"))
    return app


def ui_settings(data_dir: Path) -> QSettings:
    """Window geometry and the like, kept beside the library so each library (and each test) has its own."""
    return QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)


def build_window(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    clock: Callable[[], datetime] = system_clock,
    fuzzing: bool = True,
):
    """Open the library in ``data_dir`` and make the main window on it (not shown).

    Raises:
        LibraryError: the library cannot be opened (damaged, or in use by another running studyapp).
    """
    from studyapp.services.library import Library
    from studyapp.ui.main_window import MainWindow

    folder = paths.data_dir(data_dir)
    library = Library.open(folder, clock=clock, fuzzing=fuzzing)
    try:
        return MainWindow(library, ui_settings=ui_settings(folder), clock=clock)
    except BaseException:
        library.close()
        raise


def offer_restore(data_dir: str | os.PathLike[str] | None, error: StudyappError) -> bool:
    """The library is damaged: offer its newest backup. True when one was restored (then open it again)."""
    from studyapp.services.backups import list_backups, restore_backup
    from studyapp.ui.widgets import without_commands

    found = list_backups(data_dir)
    if not found:
        QMessageBox.critical(
            None,
            "studyapp cannot start",
            f"{without_commands(str(error))}\n\nThere is no backup to restore, so the library "
            "cannot be opened. Move the damaged file away to start with a new library.",
        )
        return False
    newest = found[0].created.astimezone()
    answer = QMessageBox.question(
        None,
        "The library is damaged",
        f"{without_commands(str(error))}\n\nRestore the backup of {newest:%d %B %Y, %H:%M}? "
        "Answers given since then will be lost; "
        "the damaged file is kept beside the library.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_backup(data_dir)
    except StudyappError as failure:
        QMessageBox.critical(None, "studyapp cannot start", without_commands(str(failure)))
        return False
    return True


def main(data_dir: str | os.PathLike[str] | None = None, argv: list[str] | None = None) -> int:
    """Open the desktop app; returns the process exit code."""
    from studyapp.services.backups import LibraryDamaged

    app = create_application(argv)
    from studyapp.ui import unexpected_errors
    from studyapp.ui.widgets import without_commands
    from studyapp.ui.worker import plain_message

    try:
        unexpected_errors.install(paths.data_dir(data_dir))
        try:
            window = build_window(data_dir)
        except LibraryDamaged as damaged:
            if not offer_restore(data_dir, damaged):
                return 1
            window = build_window(data_dir)
    except StudyappError as error:
        QMessageBox.critical(None, "studyapp cannot start", without_commands(str(error)))
        return 1
    except OSError as error:  # e.g. --data-dir names a file, or a folder that cannot be made
        not_a_folder = isinstance(error, (FileExistsError, NotADirectoryError))
        reason = f"{error.filename} is a file, not a folder" if not_a_folder else plain_message(error)
        QMessageBox.critical(
            None,
            "studyapp cannot start",
            f"The library folder cannot be used: {reason}. Choose another folder with --data-dir or STUDYAPP_DATA_DIR.",
        )
        return 1
    app.aboutToQuit.connect(window.library.close)
    window.show()
    return app.exec()
