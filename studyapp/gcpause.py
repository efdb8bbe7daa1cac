"""Pause the cyclic garbage collector while a pipeline stage builds many small objects.

Reading, extracting and generating make hundreds of thousands of small objects and no reference cycles;
left running, the collector rescans every live object again and again, so big documents take superlinear
time. Reference counting still frees everything as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector for the ``with`` block; re-enable it only if it was on (nests safely)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
