"""Killing the app mid-review (SIGKILL) loses at most the answer in flight and never damages the file."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from studyapp.generate.model import Source, StudyItem
from studyapp.services.library import Library
from studyapp.text import parse_document

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
TEXT = "Crash Test\n\nONE\n\nIn 1900 a thing happened.\n"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_reviews_keeps_every_committed_answer(tmp_path):
    lib = Library.open(tmp_path, import_bundled=False, fuzzing=False)
    doc = parse_document(TEXT, name="crash")
    items = [
        StudyItem(
            id=f"{doc.id}:{i}",
            kind="date-when",
            section="one",
            prompt=f"Q{i}",
            answer="1900",
            source=Source("one", "One", "s"),
            origin=f"o{i}",
            position=i,
        )
        for i in range(5000)
    ]
    lib.store_document(doc, source_name="crash.txt", source_text=TEXT, items=items)
    lib.settings.set(doc.id, replace(lib.settings.get(doc.id), new_per_day=100000))
    lib.close(backup=False)

    rng = random.Random(20260302)
    printed: list[int] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(5):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(tmp_path), doc.id], stdout=subprocess.PIPE, text=True, env=env
        )
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.25, 0.8))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        lines = out.splitlines()
        if lines and not lines[-1].isdigit():
            lines = lines[:-1]  # a line cut by the kill
        round_ids = [int(line) for line in lines if line.isdigit()]
        assert round_ids, "the child answered nothing before the kill"
        printed.extend(round_ids)

        conn = sqlite3.connect(tmp_path / "library.sqlite3")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {r[0] for r in conn.execute("SELECT reviewed FROM reviews")}
            assert set(printed) <= stored
            assert len(stored) - len(printed) <= 1  # the answer in flight may or may not have landed
            # the card state of every logged answer was written with it
            mismatched = conn.execute(
                "SELECT count(*) FROM cards c WHERE c.last_review IS NOT NULL AND c.last_review != "
                "(SELECT max(r.reviewed) FROM reviews r WHERE r.card_id = c.id)"
            ).fetchone()[0]
            assert mismatched == 0
        finally:
            conn.close()
        printed = sorted(stored)  # an in-flight answer that landed counts from now on
