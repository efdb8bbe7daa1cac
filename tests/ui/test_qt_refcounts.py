"""The installed PySide6 keeps Python's reference counts intact.

PySide6 6.12.0 drops a reference to None on every void call under Python 3.11, and a long review session
then aborts with "Fatal Python error: none_dealloc"; pyproject.toml pins below it. This test catches a
release with the same fault before a learner does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_references(qtbot):
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        probe.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 100
