"""The log file: ``studyapp.log`` in the data folder, rotated, for the details a learner is spared.

The learner reads a plain sentence; the log keeps what a bug report needs (the traceback, what was being
done). Modules log through ``logging.getLogger(__name__)``; :func:`start` sends every ``studyapp.*`` record at
INFO and above to the file. Without it (tests, a library used as a package) nothing is written.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "studyapp.log"
MAX_BYTES = 1_000_000  # a few thousand tracebacks: enough history, never a disk filled by a loop of errors
KEPT = 3  # studyapp.log.1 .. .3

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _LogFile(RotatingFileHandler):
    """A log that cannot be written (a full disk, a read-only medium) loses the record quietly: the learner is
    told of the disk by the app itself, never by logging's own traceback on stderr."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def start(data_dir: Path) -> Path:
    """Log to ``data_dir/studyapp.log`` (rotating) from now on; returns the file. Calling again with another
    folder moves the log there; with the same folder it does nothing. A folder that does not exist yet gets no
    log (call again once it does)."""
    path = data_dir / LOG_NAME
    root = logging.getLogger("studyapp")
    for handler in list(root.handlers):
        if isinstance(handler, _LogFile):
            if Path(handler.baseFilename) == path.absolute():
                return path
            root.removeHandler(handler)
            handler.close()
    if not data_dir.is_dir():  # nothing is created for a log: a command on a new folder leaves it as it was
        return path
    handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def stop() -> None:
    """Close the log file (the folder can then be moved or deleted)."""
    root = logging.getLogger("studyapp")
    for handler in list(root.handlers):
        if isinstance(handler, _LogFile):
            root.removeHandler(handler)
            handler.close()
