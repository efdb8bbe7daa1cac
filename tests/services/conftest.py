"""A library in a temp folder with a frozen clock, UTC days and fuzzing off."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from library_samples import Clock

from studyapp.services.library import Library


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def library(tmp_path: Path, clock: Clock):
    lib = Library.open(tmp_path / "data", import_bundled=False, clock=clock, tz=UTC, fuzzing=False)
    yield lib
    lib.close(backup=False)
