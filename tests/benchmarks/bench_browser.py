"""The card browser at scale: search, sort by each column, and the next page, on a synthetic library.

    python tests/benchmarks/bench_browser.py --rows 100000 --db /tmp/studyapp-bench-browser

Prints one JSON object of medians in milliseconds (each query run ``--repeat`` times on a warm connection, as
the browser runs them):

- ``search``: a word in about 1% of the rows, one in about 10%, and the commonest word (the first page, 200
  rows, in article order); ``search_sorted_by_due``: the same sorted by due.
- ``sort``: the first page sorted by each column, both directions (the slower is kept).
- ``next_page``: the page after the first, and the page after the middle row (pages are read after the last
  row's sort key, never by OFFSET).
- ``count``: the rows of the bigger deck; ``filtered_sort``: one deck and one kind, sorted by due.
- ``plans``: any sort whose plan builds a temporary B-tree (there should be none).

The library holds ``--rows`` items in two decks (90% and 10%), two ways of asking each unit (a gap and a
question), 12 words of prose each from a vocabulary of 3,000 (Zipf); 80% of the units studied (stability
1-200 days, some lapses), the rest new. It is built once and cached under ``--db DIR``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from studyapp.core.cards import CardState, Queue, to_us
from studyapp.generate.model import Source, StudyItem
from studyapp.services.browser import COLUMNS, BrowseQuery
from studyapp.services.library import Library
from studyapp.storage import bulk
from studyapp.storage.browse import BrowseRepository
from studyapp.text.document import Document, Paragraph, Section, Sentence

DAY = 86_400_000_000
SECTIONS = 20
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _words(rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return sorted({"".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(3000)})


def build(folder: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = _words(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf: a few common words, many rare
    lib = Library.open(folder, import_bundled=False, clock=lambda: NOW, fuzzing=False)
    for deck, share in (("big-deck", 0.9), ("small-deck", 0.1)):
        units = int(rows * share) // 2
        sections = tuple(
            Section(f"s{i}", f"Section {i}", 1, None, (Paragraph((Sentence(f"Text {i}."),)),)) for i in range(SECTIONS)
        )
        doc = Document(id=deck, title=deck, author=None, abstract=None, sections=sections)
        items = []
        for n in range(units):
            sentence = " ".join(rng.choices(vocabulary, weights, k=12)).capitalize()
            year = str(1800 + rng.randint(0, 220))
            section = f"s{n * SECTIONS // units}"
            source = Source(section, "S", f"{sentence} in {year}.")
            for kind, prompt in (("date-cloze", f"{sentence} in [...]."), ("date-when", f"When: {sentence.lower()}?")):
                items.append(
                    StudyItem(f"{deck}:{n}:{kind}", kind, section, prompt, year, source, f"f{n}", n, unit=f"f{n}")
                )
        lib.store_document(doc, source_name=f"{deck}.txt", source_text=f"{deck}\n", items=items)
    repos = lib.repos()
    now_us = to_us(NOW)
    states, counts = [], []
    for deck in ("big-deck", "small-deck"):
        ids = bulk.card_ids(repos.db, deck)
        for card_id in ids[: int(len(ids) * 0.8)]:
            stability = rng.uniform(1, 200)
            last = now_us - int(rng.uniform(0, stability * 1.1) * DAY)
            states.append(
                CardState(
                    card_id, 2, None, stability, rng.uniform(1, 10), last + int(stability * DAY), last, Queue.REVIEW
                )
            )
            counts.append((card_id, rng.randint(1, 30), rng.choice((0, 0, 0, 1, 2, 5))))
    with repos.db.atomic():
        bulk.write_states(repos.db, states)
        bulk.write_counts(repos.db, counts)
        repos.decks.set_meta("bundled_imported", NOW.isoformat())
    lib.close(backup=False)


def _median_ms(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def measure(folder: Path, repeat: int) -> dict[str, object]:
    lib = Library.open(folder, import_bundled=False)
    browser, page = lib.browser, 200
    browse = BrowseRepository(lib.repos().db.conn)
    total = browser.count(BrowseQuery())
    vocabulary = _words(random.Random(1))
    share = {}
    for word in vocabulary:
        share.setdefault(round(browser.count(BrowseQuery(search=word)) / total, 2), word)
    rare, common, commonest = share[0.01], min(share.items(), key=lambda s: abs(s[0] - 0.1))[1], share[max(share)]
    results: dict[str, object] = {"rows": total}
    results["search"] = {
        f"{word} ({browser.count(BrowseQuery(search=word))} rows)": _median_ms(
            lambda w=word: browser.rows(BrowseQuery(search=w), limit=page), repeat
        )
        for word in (rare, common, commonest)
    }
    results["search_sorted_by_due"] = {
        word: _median_ms(lambda w=word: browser.rows(BrowseQuery(search=w, sort="due"), limit=page), repeat)
        for word in (rare, common, commonest)
    }
    sorts: dict[str, float] = {}
    plans: list[str] = []
    for column in COLUMNS:
        for descending in (False, True):
            query = BrowseQuery(sort=column, descending=descending)
            ms = _median_ms(lambda q=query: browser.rows(q, limit=page), repeat)
            sorts[column] = max(sorts.get(column, 0.0), ms)
            sql, args = browse.sql(query, after=browser.rows(query, limit=page)[-1].key)
            plan = " ".join(r[3] for r in lib.repos().db.conn.execute(f"EXPLAIN QUERY PLAN {sql}", args))
            if "TEMP B-TREE" in plan:
                plans.append(f"{column}: {plan}")
    results["sort"] = sorts
    results["sort_max"] = max(sorts.values())
    pages: dict[str, dict[str, float]] = {}
    for column in COLUMNS:
        query = BrowseQuery(sort=column)
        first = browser.rows(query, limit=page)[-1].key
        middle = browser.rows(query, limit=total // 2)[-1].key  # set-up: where the middle page starts
        pages[column] = {
            "second": _median_ms(lambda q=query, k=first: browser.rows(q, after=k, limit=page), repeat),
            "middle": _median_ms(lambda q=query, k=middle: browser.rows(q, after=k, limit=page), repeat),
        }
    results["next_page"] = pages
    results["next_page_max"] = max(v for p in pages.values() for v in p.values())
    results["count"] = _median_ms(lambda: browser.count(BrowseQuery(deck_id="big-deck")), repeat)
    results["filtered_sort"] = _median_ms(
        lambda: browser.rows(BrowseQuery(deck_id="small-deck", kinds=("date-when",), sort="due"), limit=page), repeat
    )
    results["plans"] = plans
    lib.close(backup=False)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, default=Path("/tmp/studyapp-bench-browser"))
    args = parser.parse_args()
    folder = args.db / f"rows-{args.rows}-seed-{args.seed}"
    if not (folder / "library.sqlite3").exists():
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        build(folder, args.rows, args.seed)
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    print(json.dumps(measure(folder, args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
