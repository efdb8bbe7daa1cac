"""Real widgets on a real library in a temp folder, with a frozen clock and no interval fuzzing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from studyapp.services.library import Library

FROZEN_NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@dataclass
class SteppingClock:
    """The time the app sees; tests move it on explicitly."""

    now: datetime = FROZEN_NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture(scope="session")
def seeded_library_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library holding the bundled deck, built once (first start) and copied for each test."""
    folder = tmp_path_factory.mktemp("seed")
    Library.open(folder, clock=SteppingClock(), fuzzing=False, tz=UTC).close()
    return folder


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
def library(tmp_path: Path, seeded_library_dir: Path, clock: SteppingClock):
    folder = tmp_path / "library"
    shutil.copytree(seeded_library_dir, folder, ignore=shutil.ignore_patterns("*.lock", "backups"))
    lib = Library.open(folder, clock=clock, fuzzing=False, tz=UTC)
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot, library: Library, clock: SteppingClock, tmp_path: Path):
    from studyapp.ui.main_window import MainWindow

    win = MainWindow(
        library, ui_settings=QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat), clock=clock
    )
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def deck_id(library: Library) -> str:
    return library.decks()[0].id


@pytest.fixture
def markdown_document() -> str:
    """A short article of our own, in Markdown (headings, dates, a numbered list)."""
    return MARKDOWN_DOCUMENT


MARKDOWN_DOCUMENT = """# The Hanseatic League

By A. Historian

A short history of a trading alliance of the Baltic and North Sea towns.

## Beginnings

Merchants of Lübeck and Hamburg agreed in 1241 to protect the road between the two towns. The alliance grew
as other towns joined it during the thirteenth century.

## Decline

The League lost its privileges in London in 1598. The last formal diet met in 1669, with only nine towns
present.

The reasons for the decline can be listed as follows:

1. the rise of territorial states;
2. the shift of trade to the Atlantic;
3. competition from Dutch shipping.
"""
