"""Review hot path at scale, against the real Anki backend measured in the same run.

    python tests/benchmarks/bench_review.py --cards 100000 --reviews 1000000 --db /tmp/studyapp-bench

Prints one JSON object: ``next_answer_median_ms`` / ``next_answer_p99_ms`` (show the answer, rate Good,
persist, fetch the next due card: the whole step of a review), ``screen_step_median_ms`` / ``_p99_ms`` (the
same plus what the review screen asks for each card, and Anki's ``get_queued_cards`` returns too: the counts
left today, at the question and at the answer, and the four rating buttons' intervals), ``open_ms`` (open the
library and count today's cards per deck, median of 5), and the same step (``get_queued_cards`` +
``answer_card``) timed on an Anki collection holding the same number of cards and review logs, FSRS on:
``anki_next_answer_*`` as Anki ships (``synchronous=FULL``: an fsync per answer) and
``anki_sync_normal_next_answer_*`` with our durability (``synchronous=NORMAL``); skip both with ``--no-anki``.

The synthetic library (one deck, 20 sections; ``--cards`` units of memory, each asked three ways: a choice, a
gap and a when-question, so 300,000 items for 100,000 cards; 80% review cards with stabilities from 1 to 200
days, some overdue; 20% new) and the Anki collection (one note and card per unit) are built once, cached
under ``--db DIR``, and copied to a temporary folder for each run so every run starts from the same state.
The studyapp step includes choosing which item asks the unit (the format ladder reads the unit's items).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fsrs import Rating

from studyapp.core.cards import CardState, Queue, to_us
from studyapp.generate.model import Source, StudyItem
from studyapp.services.library import Library
from studyapp.storage import bulk
from studyapp.text.document import Document, Paragraph, Section, Sentence

DECK = "bench-deck"
SECTIONS = 20
DAY = 86_400_000_000
ANKI_FSRS = os.environ.get("ANKI_FSRS", "1") == "1"


def build_library(folder: Path, cards: int, reviews: int, now: datetime, seed: int) -> None:
    rng = random.Random(seed)
    sections = tuple(
        Section(id=f"s{i}", title=f"Section {i}", level=1, parent=None, blocks=(Paragraph((Sentence(f"Text {i}."),)),))
        for i in range(SECTIONS)
    )
    doc = Document(id=DECK, title="Benchmark deck", author=None, abstract=None, sections=sections)
    year = {n: str(1900 + n % 100) for n in range(100)}
    items = [
        StudyItem(
            id=f"{DECK}:{n}:{kind}",
            kind=kind,
            section=f"s{n % SECTIONS}",
            prompt=f"When {n}?" if kind != "date-cloze" else f"Sentence {n} in [...].",
            answer=year[n % 100],
            source=Source(f"s{n % SECTIONS}", "S", f"Sentence {n}."),
            origin=f"fact-{n}",
            position=n,
            choices=(year[n % 100], "1850", "1875", "1999") if kind == "date-choice" else (),
            cloze=f"Sentence {n} in {{{{c1::{year[n % 100]}}}}}." if kind == "date-cloze" else "",
            unit=f"fact-{n}",
        )
        for n in range(cards)
        for kind in ("date-choice", "date-cloze", "date-when")
    ]
    lib = Library.open(folder, import_bundled=False, clock=lambda: now, fuzzing=False)
    lib.store_document(doc, source_name="bench.txt", source_text="Benchmark deck\n", items=items)
    repos = lib.repos()
    now_us = to_us(now)
    ids = bulk.card_ids(repos.db, DECK)
    review_ids = ids[: int(len(ids) * 0.8)]
    states, logs = [], []
    per_card = max(reviews // max(len(review_ids), 1), 1)
    extra = reviews - per_card * len(review_ids)
    for index, card_id in enumerate(review_ids):
        stability = rng.uniform(1, 200)
        last = now_us - int(rng.uniform(0, stability * 1.1) * DAY)
        after = CardState(
            card_id,
            2,
            None,
            stability,
            rng.uniform(1, 10),
            last + int(stability * DAY),
            last,
            Queue.REVIEW,
            rng.choice(("date-choice", "date-cloze", "date-when")),
        )
        states.append(after)
        count = per_card + (1 if index < extra else 0)
        before = CardState(card_id, 2, None, stability / 2, after.difficulty, last, last - DAY, Queue.REVIEW)
        for k in range(count):
            logs.append(
                (
                    card_id,
                    DECK,
                    rng.choice((1, 3, 3, 3, 4)),
                    last - (count - k) * 3 * DAY,
                    rng.randint(2000, 15000),
                    before,
                    after,
                )
            )
    logs.sort(key=lambda log: log[3])
    for n in range(1, len(logs)):  # review times are keys: make them distinct
        if logs[n][3] <= logs[n - 1][3]:
            logs[n] = (*logs[n][:3], logs[n - 1][3] + 1, *logs[n][4:])
    with repos.db.atomic():
        bulk.write_states(repos.db, states)
        bulk.append_reviews(repos.db, logs)
        repos.decks.set_meta("bundled_imported", now.isoformat())
    repos.db.execute("ANALYZE")
    lib.close(backup=False)


def time_library(folder: Path, steps: int, warmup: int, screen_steps: int) -> dict:
    opens = []
    for _ in range(5):
        start = time.perf_counter()
        lib = Library.open(folder)
        lib.decks()
        opens.append((time.perf_counter() - start) * 1000)
        lib.close(backup=False)
    lib = Library.open(folder)
    settings = lib.settings.get(DECK)
    from dataclasses import replace

    lib.settings.set(DECK, replace(settings, max_reviews_per_day=9999))
    session = lib.study.start_session(DECK)
    durations = []
    for n in range(steps + warmup):
        if session.current is None:
            break
        now = datetime.now(UTC)
        start = time.perf_counter()
        session.show_answer()
        session.rate(Rating.Good, now=now, duration_ms=5000)
        if n >= warmup:
            durations.append((time.perf_counter() - start) * 1000)
    screen = []
    for _ in range(screen_steps):  # the same session goes on, as the review screen drives it
        if session.current is None:
            break
        now = datetime.now(UTC)
        start = time.perf_counter()
        session.counts(now)
        session.show_answer()
        session.counts(now)
        session.next_intervals(now)
        session.rate(Rating.Good, now=now, duration_ms=5000)
        screen.append((time.perf_counter() - start) * 1000)
    lib.close(backup=False)
    return {
        "open_ms": statistics.median(opens),
        "open_first_ms": opens[0],
        **_summary("", durations),
        **_summary("", screen, "screen_step"),
    }


def _summary(prefix: str, durations: list[float], step: str = "next_answer") -> dict:
    ordered = sorted(durations)
    return {
        f"{prefix}{step}_median_ms": round(statistics.median(ordered), 4),
        f"{prefix}{step}_p99_ms": round(ordered[max(int(len(ordered) * 0.99) - 1, 0)], 4),
        f"{prefix}{step}_steps" if step != "next_answer" else f"{prefix}steps": len(ordered),
    }


def build_anki(path: Path, cards: int, reviews: int, seed: int) -> None:
    from anki.collection import Collection

    rng = random.Random(seed)
    col = Collection(str(path))
    model = col.models.by_name("Basic")
    note = col.new_note(model)
    note["Front"], note["Back"] = "seed", "seed"
    col.add_note(note, 1)
    today = col.sched.today
    base = int(time.time() * 1000) - 10 * 365 * 86_400_000
    notes, card_rows, logs = [], [], []
    review_count = int(cards * 0.8)
    per_card = max(reviews // max(review_count, 1), 1)
    extra = reviews - per_card * review_count
    for n in range(cards):
        nid = cid = base + n
        notes.append((nid, f"g{n}", model["id"], 0, 0, "", f"When {n}?\x1f{1900 + n % 100}", f"When {n}?", 0, 0, ""))
        if n < review_count:
            ivl = int(rng.uniform(1, 200))
            due = today + ivl - int(rng.uniform(0, ivl * 1.1))
            memory = json.dumps({"s": round(rng.uniform(1, 200), 2), "d": round(rng.uniform(1, 10), 2), "dr": 0.9})
            card_rows.append((cid, nid, 1, 0, 0, 0, 2, 2, due, ivl, 2500, per_card, 0, 0, 0, 0, 0, memory))
            for k in range(per_card + (1 if n < extra else 0)):
                logs.append(
                    (
                        base + n * 100 + k,
                        cid,
                        0,
                        rng.choice((1, 3, 3, 3, 4)),
                        ivl,
                        ivl // 2,
                        2500,
                        rng.randint(2000, 15000),
                        1,
                    )
                )
        else:
            card_rows.append((cid, nid, 1, 0, 0, 0, 0, 0, n, 0, 0, 0, 0, 0, 0, 0, 0, ""))
    conf = col.decks.config_dict_for_deck_id(1)
    conf["rev"]["perDay"] = 9999
    col.decks.save(conf)
    col.set_config("fsrs", ANKI_FSRS)
    col.close()
    # Rows go in through SQLite directly (one transaction): Anki's DB proxy commits row by row.
    conn = sqlite3.connect(str(path))
    with conn:
        conn.executemany(
            "INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            notes,
        )
        conn.executemany(
            "INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, "
            "lapses, left, odue, odid, flags, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            card_rows,
        )
        conn.executemany(
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) VALUES (?,?,?,?,?,?,?,?,?)", logs
        )
    conn.close()


def time_anki(path: Path, steps: int, warmup: int, *, prefix: str, synchronous_normal: bool = False) -> dict:
    import anki.collection  # before anki.cards, which imports it circularly (an import sorter keeps it first)
    from anki.cards import Card
    from anki.scheduler.v3 import CardAnswer

    col = anki.collection.Collection(str(path))
    if synchronous_normal:  # our durability: no fsync per answer, safe against a killed process
        col.db.execute("pragma synchronous = normal")
    col.decks.select(1)
    durations = []
    for n in range(steps + warmup):
        start = time.perf_counter()
        queued = col.sched.get_queued_cards()
        if not queued.cards:
            break
        top = queued.cards[0]
        card = Card(col, backend_card=top.card)
        card.start_timer()
        col.sched.answer_card(col.sched.build_answer(card=card, states=top.states, rating=CardAnswer.GOOD))
        if n >= warmup:
            durations.append((time.perf_counter() - start) * 1000)
    col.close()
    return _summary(prefix, durations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument(
        "--db",
        default=str(Path(tempfile.gettempdir()) / "studyapp-bench"),
        help="folder caching the built library and Anki collection",
    )
    parser.add_argument("--steps", type=int, default=2000, help="timed review steps")
    parser.add_argument("--warmup", type=int, default=50, help="untimed steps first")
    parser.add_argument("--screen-steps", type=int, default=1000, help="timed on-screen steps after those")
    parser.add_argument("--no-anki", action="store_true", help="skip the Anki comparison")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    cache = Path(args.db) / f"c{args.cards}-r{args.reviews}-s{args.seed}"
    built = {}
    lib_cache, anki_cache = cache / "library", cache / "anki" / "collection.anki2"
    if not (lib_cache / "library.sqlite3").exists():
        start = time.perf_counter()
        shutil.rmtree(lib_cache, ignore_errors=True)
        build_library(lib_cache, args.cards, args.reviews, datetime.now(UTC), args.seed)
        built["build_library_s"] = round(time.perf_counter() - start, 2)
    if not args.no_anki and not anki_cache.exists():
        start = time.perf_counter()
        anki_cache.parent.mkdir(parents=True, exist_ok=True)
        build_anki(anki_cache, args.cards, args.reviews, args.seed)
        built["build_anki_s"] = round(time.perf_counter() - start, 2)

    with tempfile.TemporaryDirectory() as work:
        work_lib = Path(work) / "library"
        shutil.copytree(lib_cache, work_lib, ignore=shutil.ignore_patterns("library.lock", "backups"))
        if not args.no_anki:
            for name in ("anki", "anki-normal"):
                shutil.copytree(anki_cache.parent, Path(work) / name)
        os.sync()  # the copies' write-back must not compete with the timed steps
        result = {
            "cards": args.cards,
            "reviews": args.reviews,
            **time_library(work_lib, args.steps, args.warmup, args.screen_steps),
        }
        if not args.no_anki:
            result.update(time_anki(Path(work) / "anki" / "collection.anki2", args.steps, args.warmup, prefix="anki_"))
            result.update(
                time_anki(
                    Path(work) / "anki-normal" / "collection.anki2",
                    args.steps,
                    args.warmup,
                    prefix="anki_sync_normal_",
                    synchronous_normal=True,
                )
            )
    result.update(built)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
