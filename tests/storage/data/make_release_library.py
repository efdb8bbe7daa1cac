"""How ``release_library.sql.gz`` was made: a library of the release before units (main at 9678646, schema
0001-0003, one card per item), with three weeks of review history on the bundled article.

It ran once on that commit and is kept to say what the fixture holds; on later code it no longer applies (the
card-per-item store it drives is gone). The fixture is a gzipped SQL dump (``sqlite3 .dump``), so a test can
load it into a fresh file and open it with the current code, which migrates it.

What the history holds, so the migration test has every case to check:
- 21 study days of a seeded learner (Again 12%, Hard 10%, Good 68%, Easy 10%; default limits, learning steps
  answered the same day, FSRS fuzzing on with a seeded ``random``), an exam set on day 10;
- the items of one fact answered separately (several cards of one unit with history);
- one item card suspended while its siblings go on, and every item of another fact suspended;
- one card buried on the last day (buried until the next day start);
- a re-import of the article without one studied paragraph, so its facts' items retire with their history.

    python tests/storage/data/make_release_library.py OUT.sql.gz
"""

from __future__ import annotations

import gzip
import random
import sqlite3
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from fsrs import Rating

from studyapp.core.cards import from_us
from studyapp.core.session import Phase
from studyapp.paths import bundled_documents
from studyapp.services.library import Library

START = datetime(2026, 11, 2, 17, 0, tzinfo=UTC)
RATINGS = (Rating.Again,) * 12 + (Rating.Hard,) * 10 + (Rating.Good,) * 68 + (Rating.Easy,) * 10
DROPPED = "Modernizing the Azerbaijani Army"  # the start of a paragraph of the bundled article, left out on re-import


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def study_day(lib: Library, deck: str, clock: Clock, rng: random.Random) -> int:
    answered = 0
    session = lib.study.start_session(deck, now=clock.now)
    while True:
        while session.phase is Phase.QUESTION:
            session.show_answer()
            clock.now += timedelta(seconds=rng.randint(4, 30))
            session.rate(rng.choice(RATINGS), now=clock.now, duration_ms=rng.randint(2000, 20000))
            answered += 1
        due = lib.repos().cards.learning_due(session.scope)
        if due is None or from_us(due) > clock.now.replace(hour=23, minute=0):
            return answered
        clock.now = from_us(due) + timedelta(seconds=1)
        session = lib.study.start_session(deck, now=clock.now)


def main(out: Path) -> None:
    random.seed(11)  # fsrs fuzzing draws from the global random
    rng = random.Random(5)
    clock = Clock()
    article = bundled_documents()[0]
    with tempfile.TemporaryDirectory() as scratch:
        lib = Library.open(Path(scratch) / "lib", import_bundled=False, clock=clock, tz=UTC, fuzzing=True)
        deck = lib.import_document(article).deck_id
        items = lib.items(deck)
        by_origin: dict[str, list] = {}
        for item in items:
            by_origin.setdefault(item.origin, []).append(item)
        histories = {h.item_id: h for h in lib.card_histories(deck)}
        facts = [o for o, group in by_origin.items() if len(group) >= 3 and group[0].kind.startswith("date-")]
        one_suspended, all_suspended = by_origin[facts[5]], by_origin[facts[6]]
        lib.study.suspend(histories[one_suspended[1].id].state.id)
        for item in all_suspended:
            lib.study.suspend(histories[item.id].state.id)
        for day in range(21):
            clock.now = START + timedelta(days=day)
            if day == 10:
                lib.exam.set(deck, date(2026, 12, 1), target=0.9)
            study_day(lib, deck, clock, rng)
        clock.now += timedelta(minutes=5)
        session = lib.study.start_session(deck, now=clock.now)
        lib.study.bury(next(h.state.id for h in lib.card_histories(deck) if h.state.queue == 2))
        del session
        text = article.read_text(encoding="utf-8")
        start = text.index(DROPPED)
        end = text.index("\n\n", start)
        edited = Path(scratch) / article.name
        edited.write_text(text[:start] + text[end + 2 :], encoding="utf-8")
        clock.now += timedelta(minutes=1)
        result = lib.import_document(edited)
        print(f"re-import: {result.added} added, {result.kept} kept, {result.retired} retired", file=sys.stderr)
        lib.close(backup=False)
        conn = sqlite3.connect(Path(scratch) / "lib" / "library.sqlite3")
        dump = "\n".join(conn.iterdump()) + "\n"
        reviews = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
        conn.close()
    out.write_bytes(gzip.compress(dump.encode("utf-8"), mtime=0))
    print(f"{reviews} reviews, {len(dump)} bytes of SQL -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
