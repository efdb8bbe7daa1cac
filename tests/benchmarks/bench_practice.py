"""Exam preparation speed; prints JSON.

``exam_draw_ms``: a 50-question mock exam drawn from a deck of 10,000 items (the bundled article's items
repeated as distinct units), from the call to the numbered questions with their items decoded (target
< 100 ms). ``quiz_draw_ms``: the same for a 20-question quiz of chosen sections. Medians and maxima over
runs with different seeds, after one warm-up draw.

``timeline_open_ms``: the timeline screen showing a deck of 5,000 dated facts (BC and AD, days to
centuries), from ``show_deck`` to the first paint finished (target < 300 ms). ``pan_frame_ms``: one frame
of a drag (move by 8 px, repaint) over 150 frames, at the whole span and zoomed in 30 times: median, p95
and max (no stutter: p95 under a 60 Hz frame, 16.7 ms). ``cpu_median``: the process's CPU time for the
same work (the VM is shared: wall time includes waiting for a core).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_practice.py``
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import UTC
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from studyapp import paths
from studyapp.extract.model import DatedFact, DateMention
from studyapp.generate import items_for_document
from studyapp.services.library import Library
from studyapp.text import parse_document, read_document

ITEMS = 10_000
EVENTS = 5_000
DRAWS = 25
FRAMES = 150


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _cpu(times: list[float]) -> float:
    return _ms(statistics.median(times))


def _summary(times: list[float]) -> dict:
    ordered = sorted(times)
    return {
        "median": _ms(statistics.median(ordered)),
        "p95": _ms(ordered[int(len(ordered) * 0.95) - 1]),
        "max": _ms(ordered[-1]),
    }


def big_deck(library: Library) -> str:
    """The bundled article stored with its items repeated to ITEMS, each copy a unit of its own."""
    source = paths.bundled_documents()[0]
    doc = read_document(source)
    base = items_for_document(doc)
    items = []
    copy = 0
    while len(items) < ITEMS:
        for item in base:
            if len(items) == ITEMS:
                break
            tag = f"~{copy}"
            items.append(
                replace(
                    item,
                    id=item.id + tag,
                    origin=item.origin + tag,
                    unit=item.memory_unit + tag,
                    reveals=tuple(r + tag for r in item.reveals),
                    position=item.position + copy * 10_000,
                )
            )
        copy += 1
    text = source.read_text(encoding="utf-8")
    library.store_document(doc, source_name=source.name, source_text=text, items=items)
    return doc.id


def bench_draws(library: Library, deck: str) -> dict:
    exams, practice = library.mock_exams, library.practice
    sections = [s.id for s in practice.sections(deck) if s.items][:4]
    exams.start(deck, count=50, seed=0)  # warm: the connection's page cache and the statement cache
    exam_times, exam_cpu, quiz_times = [], [], []
    for seed in range(1, DRAWS + 1):
        start, cpu = time.perf_counter(), time.process_time()
        exam = exams.start(deck, count=50, seed=seed)
        exam_times.append(time.perf_counter() - start)
        exam_cpu.append(time.process_time() - cpu)
        assert len(exam.questions) == 50
        start = time.perf_counter()
        quiz = practice.draw(deck, count=20, seed=seed, sections=sections)
        quiz_times.append(time.perf_counter() - start)
        assert len(quiz) == 20
    return {
        "exam_draw_ms": _summary(exam_times) | {"cpu_median": _cpu(exam_cpu)},
        "quiz_draw_ms": _summary(quiz_times),
    }


TIMELINE_TEXT = "A Long Chronicle\n\nFIRST PART\n\nIn 1900 something began.\n\nSECOND PART\n\nIn 1950 it ended.\n"


def timeline_deck(library: Library) -> str:
    """A deck of EVENTS dated facts over five millennia (days, months, years, decades, centuries; BC and AD),
    their sentences the bundled article's, stored as the extractor stores facts."""
    doc = parse_document(TIMELINE_TEXT, name="long-chronicle")
    article = read_document(paths.bundled_documents()[0])
    sentences = [s.text for sec in article.sections for p in sec.paragraphs for s in p.sentences]
    rng = random.Random(5)
    facts = []
    for n in range(EVENTS):
        year = rng.randint(-3000, 2020) or 1
        kind = rng.random()
        if kind < 0.3:
            start = end = f"{year:05d}" if year < 0 else f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        elif kind < 0.8:
            start = end = f"{year:05d}" if year < 0 else f"{year:04d}"
        else:
            start, end = (
                (f"{year:05d}", f"{year + 99:05d}") if year < -100 else (f"{abs(year):04d}", f"{abs(year) + 99:04d}")
            )
        text = f"{abs(year)} BC" if year < 0 else str(year)
        mention = DateMention(text, 0, start, end)
        section = doc.sections[n % len(doc.sections)].id
        sentence = sentences[n % len(sentences)]
        facts.append(DatedFact(f"fact-{n:05d}", section, sentence, "", mention, (), n))
    library.store_document(doc, source_name="long-chronicle.txt", source_text=TIMELINE_TEXT, items=[], facts=facts)
    return doc.id


def bench_timeline(library: Library, deck: str) -> dict:
    from PySide6.QtWidgets import QApplication

    from studyapp.app import create_application
    from studyapp.ui.timeline_screen import TimelineScreen

    app = QApplication.instance() or create_application([])
    opens, open_cpu = [], []
    for _ in range(5):
        screen = TimelineScreen(library, library.now)
        screen.resize(1280, 760)
        screen.show()
        app.processEvents()
        start, cpu = time.perf_counter(), time.process_time()
        screen.show_deck(deck)
        screen.view.repaint()
        opens.append(time.perf_counter() - start)
        open_cpu.append(time.process_time() - cpu)
        shown = len(screen.view.events)
        screen.close()
        screen.deleteLater()
        app.processEvents()
    screen = TimelineScreen(library, library.now)
    screen.resize(1280, 760)
    screen.show()
    screen.show_deck(deck)
    app.processEvents()
    view = screen.view
    frames = {}
    for name, zoom in (("whole_span", 1.0), ("zoomed_in_30x", 30.0)):
        view.fit()
        view.zoom(zoom)
        times, cpu_times = [], []
        for frame in range(FRAMES):
            start, cpu = time.perf_counter(), time.process_time()
            view.pan(8 if (frame // 50) % 2 == 0 else -8)
            view.repaint()
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu)
        frames[name] = _summary(times) | {
            "cpu_median": _cpu(cpu_times),
            "labels": len(view._hits),
            "counted_not_shown": view.left_out,
        }
    return {
        "events": shown,
        "timeline_open_ms": _summary(opens) | {"cpu_median": _cpu(open_cpu)},
        "pan_frame_ms": frames,
    }


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-practice-") as folder:
        library = Library.open(Path(folder), import_bundled=False, fuzzing=False, tz=UTC)
        try:
            deck = big_deck(library)
            result = {"items": ITEMS} | bench_draws(library, deck)
            result |= bench_timeline(library, timeline_deck(library))
        finally:
            library.close(backup=False)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
