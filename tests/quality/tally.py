#!/usr/bin/env python3
"""Tally a blind read: good items overall, per kind and per document.

usage: tally.py KEY.jsonl VERDICTS.jsonl

``VERDICTS.jsonl`` is the reader's verdict, one line per item: ``{"line": 3, "good": false, "faults":
["answerable"], "reason": "..."}`` (``faults`` names the rubric points marked no). Prints a JSON summary.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path


def main() -> None:
    key_lines = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    key = {row["line"]: row for row in map(json.loads, key_lines)}
    verdict_lines = Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()
    verdicts = [json.loads(line) for line in verdict_lines if line.strip()]
    by: dict[str, dict[str, list[bool]]] = {"kind": defaultdict(list), "doc": defaultdict(list)}
    faults: Counter[str] = Counter()
    for verdict in verdicts:
        row = key[verdict["line"]]
        for field in by:
            by[field][row[field]].append(bool(verdict["good"]))
        faults.update(verdict.get("faults", []))
    good = sum(bool(v["good"]) for v in verdicts)

    def share(marks: list[bool]) -> str:
        return f"{sum(marks)}/{len(marks)} ({100 * sum(marks) / len(marks):.0f}%)"

    summary = {
        "good": share([bool(v["good"]) for v in verdicts]) if verdicts else "0/0",
        "good_items": good,
        "items": len(verdicts),
        "by_kind": {k: share(v) for k, v in sorted(by["kind"].items())},
        "by_doc": {k: share(v) for k, v in sorted(by["doc"].items())},
        "faults": dict(faults.most_common()),
    }
    json.dump(summary, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
