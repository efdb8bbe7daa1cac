"""Child process of the fault campaign: works on a library until it is killed, saying what it committed.

Usage: ``fault_child.py FOLDER MODE [ARG] [DAYS]``, working ``DAYS`` later than today (so that cards answered
by earlier children have come due again). Modes:

- ``review DECK``: answers cards, one log id per line;
- ``write DECK``: answers cards, then imports the bundled article again and again (keeps writing until the
  disk is full);
- ``import ARTICLE``: prints ``imported DECK`` once the import is committed;
- ``backup``: writes backups, one path per line;
- ``restore``: restores the newest backup, then prints ``restored``.

Every mode prints ``ready`` first; a failure is printed as ``error <problem>|<sentence>`` (the words the app
would show).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from fsrs import Rating

from studyapp.errors import StudyappError
from studyapp.paths import bundled_documents
from studyapp.services.backups import restore_backup
from studyapp.services.library import Library
from studyapp.storage.health import problem_error


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(folder: str, mode: str, arg: str = "", days: str = "0") -> None:
    if mode == "restore":
        _say("ready")
        restore_backup(folder)
        _say("restored")
        return
    later = timedelta(days=int(days))
    lib = Library.open(folder, import_bundled=False, fuzzing=False, clock=lambda: datetime.now(UTC) + later)
    _say("ready")
    try:
        if mode in ("review", "write"):
            n = 0
            while True:
                session = lib.study.start_session(arg)
                if session.current is None and mode == "write":
                    lib.import_document(bundled_documents()[0])
                    continue
                if session.current is None:
                    _say("exhausted")
                    return
                while session.current is not None:
                    session.show_answer()
                    answer = session.rate((Rating.Good, Rating.Again, Rating.Easy)[n % 3], now=lib.now())
                    n += 1
                    _say(str(answer.log_id))
        elif mode == "import":
            _say(f"imported {lib.import_document(arg).deck_id}")
        elif mode == "backup":
            while True:
                _say(str(lib.backup().path))
    except (StudyappError, OSError, Exception) as error:  # what the app would tell the learner
        problem = problem_error(error, lib.path)
        _say(f"error {getattr(problem, 'problem', 'other')}|{problem}")


if __name__ == "__main__":
    main(*sys.argv[1:])
