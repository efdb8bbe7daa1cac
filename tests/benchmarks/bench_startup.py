"""Startup and review latency of the desktop app; prints JSON.

``window_shown_ms``: from process start (the parent's clock before spawning ``python``) to the first paint of the
main window showing the bundled deck, in a fresh process started like ``python main.py`` on a library that
already holds the deck (median of several runs, bytecode compiled as in an installed app; the first, cold run
is reported apart). ``next_card_ms``: from rating a card to the next card painted
(median over a run of cards). Targets: under 1000 ms and under 16 ms.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_startup.py``
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STARTS = 7
CARDS = 30


def child_window_shown(data_dir: str, spawned_at: float) -> None:
    """Runs in the child: what ``main()`` does, plus a note of the first paint of the main window."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from studyapp.app import build_window, create_application

    app = create_application([])
    window = build_window(data_dir)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
                self.at = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    window.library_screen.table.viewport().installEventFilter(spy)  # the deck list painted = window usable
    window.show()
    app.exec()
    decks = window.library_screen.table.rowCount()
    window.library.close()
    print(json.dumps({"ms": (spy.at - spawned_at) * 1000, "decks": decks}))


def child_next_card(data_dir: str) -> None:
    from fsrs import Rating
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from studyapp.app import build_window, create_application

    app = create_application([])
    window = build_window(data_dir, fuzzing=False)
    window.resize(1280, 800)
    window.show()
    deck_id = window.library.decks()[0].id
    window.study(deck_id)
    review = window.review_screen

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    spy = Painted()
    review.prompt_label.installEventFilter(spy)
    for _ in range(5):
        app.processEvents()
    timings = []
    for _ in range(CARDS):
        if review.session.current is None:
            break
        if review.current_is_choice():
            review.pick_choice(1)
        else:
            review.show_answer()
        for _ in range(3):
            app.processEvents()
        spy.seen = False
        started = time.perf_counter()
        review.rate(Rating.Good)
        while not spy.seen:
            QApplication.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
    window.library.close()
    print(json.dumps({"timings": timings}))


def _run_child(*args: str, pycache: Path) -> dict:
    env = dict(
        os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPYCACHEPREFIX=str(pycache)
    )  # an installed app has its bytecode compiled; keep it out of the tree
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from studyapp.services.library import Library

    with tempfile.TemporaryDirectory(prefix="studyapp-bench-") as scratch:
        seeded = Path(scratch) / "seeded"
        started = time.perf_counter()
        Library.open(seeded).close()  # first start: imports the bundled deck
        first_start_ms = (time.perf_counter() - started) * 1000
        pycache = Path(scratch) / "pycache"
        cold = _run_child("--window-shown", str(seeded), repr(time.time()), pycache=pycache)["ms"]
        starts = []
        for _ in range(STARTS):
            result = _run_child("--window-shown", str(seeded), repr(time.time()), pycache=pycache)
            assert result["decks"] >= 1
            starts.append(result["ms"])
        study = Path(scratch) / "study"
        shutil.copytree(seeded, study, ignore=shutil.ignore_patterns("*.lock"))
        timings = _run_child("--next-card", str(study), pycache=pycache)["timings"]
    print(
        json.dumps(
            {
                "window_shown_ms": round(statistics.median(starts), 1),
                "window_shown_ms_min": round(min(starts), 1),
                "window_shown_runs": len(starts),
                "window_shown_ms_cold": round(cold, 1),  # first run, bytecode not yet compiled
                "next_card_ms": round(statistics.median(timings), 2),
                "next_card_ms_p90": round(sorted(timings)[int(len(timings) * 0.9) - 1], 2),
                "next_card_runs": len(timings),
                "first_start_import_ms": round(first_start_ms, 1),
                "targets": {"window_shown_ms": 1000, "next_card_ms": 16},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--window-shown":
        sys.path.insert(0, str(ROOT))
        child_window_shown(sys.argv[2], float(sys.argv[3]))
    elif len(sys.argv) > 1 and sys.argv[1] == "--next-card":
        sys.path.insert(0, str(ROOT))
        child_next_card(sys.argv[2])
    else:
        main()
