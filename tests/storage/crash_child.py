"""Child process of the crash test: answers cards in a loop, printing each committed answer's log id."""

from __future__ import annotations

import sys

from fsrs import Rating

from studyapp.services.library import Library


def main(folder: str, deck: str) -> None:
    lib = Library.open(folder, import_bundled=False, fuzzing=False)
    print("ready", flush=True)
    ratings = (Rating.Good, Rating.Again, Rating.Easy, Rating.Hard)
    n = 0
    while True:
        session = lib.study.start_session(deck)
        if session.current is None:
            print("exhausted", flush=True)
            return
        while session.current is not None:
            session.show_answer()
            answer = session.rate(ratings[n % 4], now=lib.now(), duration_ms=1000)
            n += 1
            sys.stdout.write(f"{answer.log_id}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
