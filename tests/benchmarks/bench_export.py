"""Anki export speed against genanki alone, measured in the same run.

    python tests/benchmarks/bench_export.py [--items 10000] [--repeat 5]

Both sides write the same notes to an .apkg (a note per unit of memory, four items each, a card per item):
- ``studyapp``: ``studyapp.interop.export_items`` from StudyItems (selection, grouping by unit, escaping, the
  unit note type, deck tree, stable GUIDs, reproducible zip);
- ``genanki``: plain ``genanki.Note`` objects with the same field strings, tags, due and models, in the same
  decks, written by ``genanki.Package.write_to_file`` (field strings are prepared before its clock starts).

Runs alternate (genanki, studyapp, genanki, ...) so both see the same machine state. Prints one JSON object:
medians in seconds, ``ratio`` = studyapp / genanki (the target is <= 1.5), the same ratio of the fastest
runs, sizes of both files; and ``with_progress_s``, one export carrying the history of 30% of the units
(five answers each) through the anki package (skip with ``--no-progress``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from datetime import UTC

import genanki

from studyapp.core.units import by_unit
from studyapp.generate.model import KINDS, Source, StudyItem
from studyapp.interop import export_items
from studyapp.interop.anki_decks import deck_tree
from studyapp.interop.anki_models import unit_model
from studyapp.interop.anki_notes import note_fields, tag
from studyapp.text.document import Document, Footnote, Paragraph, Section, Sentence

TIMESTAMP = 1_780_000_000.0
WORDS = (
    "harbour",
    "treaty",
    "council",
    "railway",
    "merchant",
    "province",
    "charter",
    "assembly",
    "river",
    "reform",
    "customs",
    "envoy",
    "garrison",
    "ledger",
    "minister",
    "& co.",
    "<b>",
    "{{x}}",
    "a::b",
)


def _sentence(n: int, year: int) -> str:
    words = [WORDS[(n * 7 + k * 3) % len(WORDS)] for k in range(18)]
    return f"In {year} the {' '.join(words[:9])} met, and the {' '.join(words[9:])} followed."


def synthetic(n_items: int) -> tuple[Document, list[StudyItem]]:
    """A document of 20 sections (every fourth a subsection) and ``n_items`` items of every kind."""
    sections = []
    for s in range(20):
        sub = s % 4 == 3
        sections.append(
            Section(
                f"s{s}",
                f"Section {s} :: part",
                2 if sub else 1,
                f"s{s - 1}" if sub else None,
                (Paragraph((Sentence(_sentence(s, 1800 + s)),)),),
            )
        )
    doc = Document(
        "bench-doc",
        "Bench & Document",
        "A. Writer",
        None,
        tuple(sections),
        tuple(Footnote(k, f"Note {k}, archive & box {k}.") for k in range(1, 40)),
    )
    items = []
    for n in range(n_items):
        kind = KINDS[n % len(KINDS)]
        section = sections[n % len(sections)]
        year = 1700 + n % 300
        text = _sentence(n, year)
        source = Source(section.id, section.title, text, ((n % 39 + 1, f"Note {n % 39 + 1}, archive & box."),))
        extra: dict = {}
        if kind in {"date-cloze", "list-cloze"}:
            extra["cloze"] = text.replace(str(year), f"{{{{c1::{year}}}}}", 1)
        if kind == "date-choice":
            extra["choices"] = (str(year), str(year + 10), str(year - 25), str(year + 40))
        if kind in {"chronology", "list-order"}:
            extra["order"] = tuple(_sentence(n + k, year + k) for k in range(5))
        items.append(
            StudyItem(
                id=f"item-{n}",
                kind=kind,
                section=section.id,
                prompt=f"When? {text}",
                answer=str(year),
                source=source,
                origin=f"o{n // 4}",
                position=n // 4,
                **extra,
            )
        )
    return doc, items


def write_with_genanki(
    doc: Document, prepared: list[tuple[int, genanki.Model, list[str], list[str], int]], path: Path
) -> None:
    decks = {
        spec.deck_id: genanki.Deck(spec.deck_id, spec.name) for spec in deck_tree(doc, {s.id for s in doc.sections})
    }
    for deck_id, model, fields, tags, due in prepared:
        decks[deck_id].add_note(genanki.Note(model=model, fields=fields, tags=tags, due=due))
    genanki.Package(list(decks.values())).write_to_file(str(path), timestamp=TIMESTAMP)


def prepare_plain(doc: Document, items: list[StudyItem]) -> list[tuple[int, genanki.Model, list[str], list[str], int]]:
    deck_of = {spec.section: spec.deck_id for spec in deck_tree(doc, {s.id for s in doc.sections})}
    return [
        (
            deck_of[group[0].section],
            unit_model(),
            note_fields(group),
            [tag("section", group[0].section), *(tag("kind", i.kind) for i in group)],
            group[0].position,
        )
        for group in by_unit(items).values()
    ]


def time_with_progress(doc: Document, items: list[StudyItem], scratch: Path) -> float:
    from datetime import datetime, timedelta

    from fsrs import Card, Rating, Scheduler

    from studyapp.interop import CardProgress, add_progress

    scheduler = Scheduler(enable_fuzzing=False)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    progress = []
    units = list(by_unit(items).items())
    for n, (unit, group) in enumerate(units[: len(units) * 3 // 10]):
        card, logs, when = Card(card_id=n + 1, due=start), [], start + timedelta(seconds=n)
        for rating in (Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Good):
            card, log = scheduler.review_card(card, rating, when, 3000)
            logs.append(log)
            when = max(card.due, when + timedelta(minutes=1))
        progress.append(CardProgress(unit, card, tuple(logs), last_kind=group[-1].kind))
    began = time.perf_counter()
    summary = export_items(doc, items, scratch / "plain.apkg", timestamp=TIMESTAMP)
    add_progress(
        scratch / "plain.apkg",
        scratch / "progress.apkg",
        progress,
        document_id=doc.id,
        deck_name=summary.decks[0],
        scheduler=scheduler,
    )
    return round(time.perf_counter() - began, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-progress", action="store_true", help="skip the export that carries progress")
    args = parser.parse_args()

    doc, items = synthetic(args.items)
    prepared = prepare_plain(doc, items)
    ours, theirs = [], []
    with tempfile.TemporaryDirectory(prefix="bench-export-") as scratch:
        ours_path, theirs_path = Path(scratch) / "studyapp.apkg", Path(scratch) / "genanki.apkg"
        export_items(doc, items, ours_path, timestamp=TIMESTAMP)  # warm-up: templates read, modules loaded
        write_with_genanki(doc, prepared, theirs_path)
        for _ in range(args.repeat):
            start = time.perf_counter()
            write_with_genanki(doc, prepared, theirs_path)
            theirs.append(time.perf_counter() - start)
            start = time.perf_counter()
            export_items(doc, items, ours_path, timestamp=TIMESTAMP)
            ours.append(time.perf_counter() - start)
        sizes = {"studyapp_bytes": ours_path.stat().st_size, "genanki_bytes": theirs_path.stat().st_size}
        progress_s = None if args.no_progress else time_with_progress(doc, items, Path(scratch))
    studyapp_s, genanki_s = statistics.median(ours), statistics.median(theirs)
    print(
        json.dumps(
            {
                "items": args.items,
                "repeat": args.repeat,
                "studyapp_s": round(studyapp_s, 4),
                "genanki_s": round(genanki_s, 4),
                "ratio": round(studyapp_s / genanki_s, 3),
                "ratio_of_fastest": round(min(ours) / min(theirs), 3),  # less sensitive to a busy machine
                "target_ratio_max": 1.5,
                "studyapp_runs_s": [round(t, 4) for t in ours],
                "genanki_runs_s": [round(t, 4) for t in theirs],
                **sizes,
                "with_progress_s": progress_s,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
