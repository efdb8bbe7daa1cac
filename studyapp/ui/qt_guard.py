"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

That release drops one reference to ``None`` each time Python calls a Qt function that returns nothing
(``label.setText(...)`` and the like). From Python 3.12 on ``None`` is immortal and nothing happens; on 3.11 its
count falls with every call until the interpreter aborts with "Fatal Python error: none_dealloc" — after a few
hundred cards in a review session. ``True`` and ``False`` suffer the same at interpreter exit after a long
session ("bool_dealloc"). The guard measures the leak and, only when it is there, gives these three singletons
a reserve of references so large that their counts can never reach zero. Remove it once PySide6 is fixed.
"""
from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40


def none_refcount_leaks() -> bool:
    """True when calling a void Qt function loses a reference to None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 8


def guard_none_refcount() -> bool:
    """Apply the guard if this Python and Qt need it; returns True when it was applied."""
    if sys.version_info >= (3, 12) or not none_refcount_leaks():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE  # ob_refcnt: first field of an object
    return True
