"""Composition root: open the library (and its services), then the Qt application and the main window."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

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
    read_only: str | None = None,
):
    """Open the library in ``data_dir`` and make the main window on it (not shown).

    Args:
        read_only: open the library read-only, for this reason (shown when a write is refused).

    Raises:
        LibraryError: the library cannot be opened or shown (a ``LibraryProblem`` says why: damaged, in use by
            another running studyapp, a full disk...).
    """
    from studyapp.services.library import Library
    from studyapp.storage.health import LibraryDamaged, problem_error
    from studyapp.ui.main_window import MainWindow

    folder = paths.data_dir(data_dir)
    library = Library.open(folder, clock=clock, fuzzing=fuzzing, read_only=read_only is not None)
    if read_only is not None:
        library.why_read_only = read_only
    try:
        return MainWindow(library, ui_settings=ui_settings(folder), clock=clock)
    except (sqlite3.Error, UnicodeDecodeError) as error:  # a damaged table: the file opened, its rows do not
        library.close(backup=False)
        problem = problem_error(error, library.path, doing="showing the library")
        if isinstance(problem, LibraryDamaged):
            library.watch.damage(problem)
        raise problem from error
    except BaseException:
        library.close()
        raise


def open_main_window(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    clock: Callable[[], datetime] = system_clock,
    fuzzing: bool = True,
):
    """The main window on the library, after the learner chose a fix for whatever kept it from opening
    (a backup, a new library, reading only). None when they chose to quit or nothing could be done."""
    from studyapp.services.backups import newest_good_backup, restore_backup, start_new_library
    from studyapp.storage.health import LibraryProblem, Remedy, read_only_reason
    from studyapp.ui import library_problems
    from studyapp.ui.library_problems import Choice

    read_only: str | None = None
    for _attempt in range(4):
        try:
            return build_window(data_dir, clock=clock, fuzzing=fuzzing, read_only=read_only)
        except LibraryProblem as problem:
            newest = newest_good_backup(data_dir) if problem.remedy is Remedy.RESTORE_BACKUP else None
            choice = library_problems.ask_at_start(problem, newest)
            try:
                if choice is Choice.RESTORE and newest is not None:
                    restore_backup(data_dir, newest.path)
                elif choice is Choice.START_NEW:
                    start_new_library(data_dir)
                elif choice is Choice.READ_ONLY:
                    read_only = (read_only_reason(problem.path) if problem.path else None) or "it cannot be written"
                else:
                    return None
            except StudyappError as failure:
                library_problems.tell(None, "studyapp cannot start", str(failure))
                return None
    return None


def main(data_dir: str | os.PathLike[str] | None = None, argv: list[str] | None = None) -> int:
    """Open the desktop app; returns the process exit code."""
    app = create_application(argv)
    from studyapp.ui import library_problems, unexpected_errors
    from studyapp.ui.worker import plain_message

    while True:
        try:
            unexpected_errors.install(paths.data_dir(data_dir))
            window = open_main_window(data_dir)
        except StudyappError as error:
            library_problems.tell(None, "studyapp cannot start", str(error))
            return 1
        except OSError as error:  # e.g. --data-dir names a file, or a folder that cannot be made
            not_a_folder = isinstance(error, (FileExistsError, NotADirectoryError))
            reason = f"{error.filename} is a file, not a folder" if not_a_folder else plain_message(error)
            library_problems.tell(
                None,
                "studyapp cannot start",
                f"The library folder cannot be used: {reason}. "
                "Choose another folder with --data-dir or STUDYAPP_DATA_DIR.",
            )
            return 1
        if window is None:
            return 1
        app.aboutToQuit.connect(window.close_library)
        window.show()
        code = app.exec()
        if not window.restart_requested:
            return code
