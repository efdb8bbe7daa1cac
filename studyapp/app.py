"""Composition root: open the library (and its services), then the Qt application and the main window."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp import paths
from studyapp.errors import StudyappError

APP_NAME = "studyapp"


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


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


def build_window(data_dir: str | os.PathLike[str] | None = None, *, clock: Callable[[], datetime] = system_clock,
                 fuzzing: bool = True):
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


def main(data_dir: str | os.PathLike[str] | None = None, argv: list[str] | None = None) -> int:
    """Open the desktop app; returns the process exit code."""
    app = create_application(argv)
    try:
        window = build_window(data_dir)
    except StudyappError as error:
        QMessageBox.critical(None, "studyapp cannot start", str(error))
        return 1
    app.aboutToQuit.connect(window.library.close)
    window.show()
    return app.exec()
