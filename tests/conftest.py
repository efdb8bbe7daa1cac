"""Shared by every test."""

from __future__ import annotations

import pytest

from studyapp import logs


@pytest.fixture(autouse=True)
def _no_log_file_outlives_its_test():
    """`studyapp` commands and the window start a log file in their data folder: closed after each test, so a
    later test never writes into a folder that is gone."""
    yield
    logs.stop()
