#!/usr/bin/env python3
"""Deal a blind read among several readers: one sample per seed drawn by the shared sampler, duplicates dropped,
the lines numbered and dealt round-robin, each reader's share in a folder of its own with the rubric.

usage: deal_read.py OUT_DIR NAME DOC... [--readers 4] [--per-doc 13] [--seeds 1,2]
                    [--sampler ../shared/quality/sample_items.py] [--rubric ../shared/quality/judge_items.md]

Writes ``OUT_DIR/NAME_key.jsonl`` (line, document, kind: for ``tally.py``, never shown) and
``OUT_DIR/judge_NAME_a/`` ... with ``rubric.md`` and ``sample.jsonl``. A reader is asked to read only those two
files and to write ``verdicts.jsonl`` beside them; then ``cat OUT_DIR/judge_NAME_*/verdicts.jsonl`` and tally it
against the key. The reads r79-r85 of ``tests/quality/README.md`` were dealt so.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
_SHARED = _ROOT.parent / "shared" / "quality"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("name")
    parser.add_argument("docs", nargs="+")
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--per-doc", default="13")
    parser.add_argument("--seeds", default="1")
    parser.add_argument("--sampler", type=Path, default=_SHARED / "sample_items.py")
    parser.add_argument("--rubric", type=Path, default=_SHARED / "judge_items.md")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    rows = _drawn(args)
    with open(args.out_dir / f"{args.name}_key.jsonl", "w", encoding="utf-8") as key:
        for line, row in enumerate(rows, 1):
            key.write(json.dumps({"line": line, "doc": row["doc"], "kind": row["kind"]}) + "\n")
    for reader in range(args.readers):
        folder = args.out_dir / f"judge_{args.name}_{chr(ord('a') + reader)}"
        folder.mkdir(exist_ok=True)
        shutil.copy(args.rubric, folder / "rubric.md")
        with open(folder / "sample.jsonl", "w", encoding="utf-8") as share:
            for line, row in enumerate(rows, 1):
                if (line - 1) % args.readers == reader:
                    shown = {"line": line, **{k: v for k, v in row.items() if v is not None}}
                    share.write(json.dumps(shown, ensure_ascii=False) + "\n")
    print(f"{len(rows)} items dealt to {args.readers} readers")


def _drawn(args: argparse.Namespace) -> list[dict[str, object]]:
    """The samples of every seed, each item once, in the order of ``args.docs``."""
    studyapp = Path(sys.executable).with_name("studyapp")
    rows: list[dict[str, object]] = []
    seen: set[tuple[object, ...]] = set()
    for seed in args.seeds.split(","):
        drawn = args.out_dir / f"{args.name}_s{seed}.jsonl"
        command = [sys.executable, str(args.sampler), str(studyapp), str(drawn), *args.docs]
        subprocess.run([*command, "--per-doc", args.per_doc, "--seed", seed], check=True)
        for row in map(json.loads, drawn.read_text(encoding="utf-8").splitlines()):
            identity = (row["doc"], row["kind"], row["prompt"], row["answer"])
            if identity not in seen:
                seen.add(identity)
                rows.append(row)
    names = [Path(doc).name for doc in args.docs]
    rows.sort(key=lambda row: names.index(str(row["doc"])) if row["doc"] in names else len(names))
    return rows


if __name__ == "__main__":
    main()
