#!/usr/bin/env python3
"""What a change to the generator does to the items readers have already judged blind.

usage: judged_change.py BEFORE_REV DOC... --reads DIR...

Each reads ``DIR`` holds a reader's ``sample.jsonl`` (the items shown) and ``verdicts.jsonl`` (the marks). The
items of every ``DOC`` are made twice, by the code at ``BEFORE_REV`` (checked out in a temporary worktree)
and by the working tree; an item the change no longer offers, or offers reworded, is counted with the marks
its old wording got. Prints each such item and "removed: G judged good, B judged bad".

Run it on development documents only: tuning on the held-out articles would make their reads worthless.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

_REPO = Path(__file__).resolve().parents[2]
_DUMP = (
    "import json, sys\n"
    "from studyapp.generate import items_for_document\n"
    "from studyapp.text import read_document\n"
    "for path in sys.argv[1:]:\n"
    "    for item in items_for_document(read_document(path)):\n"
    "        print(json.dumps([str(item.kind), item.prompt]))\n"
)


def _offered(source: Path, docs: list[str]) -> set[tuple[str, str]]:
    """(kind, prompt) of every item the code under ``source`` offers for ``docs``."""
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, *docs],
        cwd=source,
        env={"PYTHONPATH": str(source), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    offered: set[tuple[str, str]] = set()
    for line in done.stdout.splitlines():
        kind, prompt = json.loads(line)
        offered.add((kind, prompt))
    return offered


def _judged(dirs: list[Path]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    marks: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for folder in dirs:
        shown = {row["line"]: row for row in map(json.loads, (folder / "sample.jsonl").read_text().splitlines())}
        for line in (folder / "verdicts.jsonl").read_text().splitlines():
            if line.strip():
                verdict = json.loads(line)
                item = shown[verdict["line"]]
                marks.setdefault((item["kind"], item["prompt"]), []).append(verdict)
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("docs", nargs="+")
    parser.add_argument("--reads", nargs="+", type=Path, required=True)
    args = parser.parse_args()
    docs = [str(Path(d).resolve()) for d in args.docs]
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "before"
        git = ["git", "-C", str(_REPO), "worktree"]
        subprocess.run([*git, "add", "-q", "--detach", str(old), args.before], check=True)
        try:
            before = _offered(old, docs)
        finally:
            subprocess.run([*git, "remove", "--force", str(old)], check=True)
    after = _offered(_REPO, docs)
    marks = _judged(args.reads)
    good = bad = 0
    for key in sorted(before - after):
        for verdict in marks.get(key, []):
            good += bool(verdict["good"])
            bad += not verdict["good"]
            mark = "GOOD" if verdict["good"] else "BAD "
            print(mark, key[0], key[1][:140].replace("\n", " "), "|", verdict["reason"])
    print(f"removed: {good} judged good, {bad} judged bad ({len(before - after)} items removed or reworded)")


if __name__ == "__main__":
    main()
