#!/usr/bin/env python3
"""Draw a reproducible sample of generated items for a blind read.

usage: sample_items.py OUT_DIR DOC... [--per-doc 15] [--seed 7]

Writes ``OUT_DIR/sample.jsonl`` (what the reader sees: one item per line with its kind, prompt, answer,
choices and the source text it was made from) and ``OUT_DIR/key.jsonl`` (the same lines with the document
path, item id, unit and quality verdict, for tallying after the read; never shown to the reader). Items are
drawn per document, round-robin over kinds, so every kind is read. Run with the project's interpreter:
``.venv/bin/python tests/quality/sample_items.py /tmp/read docs...``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from studyapp.extract import find_lists
from studyapp.generate import items_for_document
from studyapp.generate.sources import made_from
from studyapp.text import read_document


def draw(paths: list[Path], per_doc: int, seed: int) -> list[tuple[Path, object]]:
    rng = random.Random(seed)
    picked = []
    for path in paths:
        by_kind: dict[str, list] = {}
        doc = read_document(path)
        lists = {study_list.id: study_list for study_list in find_lists(doc)}
        for item in items_for_document(doc):
            by_kind.setdefault(str(item.kind), []).append(item)
        chosen: list = []
        while len(chosen) < per_doc and any(by_kind.values()):
            for kind in sorted(by_kind):
                if by_kind[kind] and len(chosen) < per_doc:
                    chosen.append(by_kind[kind].pop(rng.randrange(len(by_kind[kind]))))
        picked.extend((path, item, made_from(item, lists)) for item in chosen)
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("docs", nargs="+", type=Path)
    parser.add_argument("--per-doc", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with (
        (args.out_dir / "sample.jsonl").open("w", encoding="utf-8") as sample,
        (args.out_dir / "key.jsonl").open("w", encoding="utf-8") as key,
    ):
        for line, (path, item, made_from) in enumerate(draw(args.docs, args.per_doc, args.seed), 1):
            # as the shared sampler (../shared/quality/sample_items.py) shows it: with the document's file name
            shown = {"line": line, "doc": path.name, "kind": str(item.kind), "prompt": item.prompt}
            shown["answer"] = item.answer
            if item.choices:
                shown["choices"] = list(item.choices)
            shown["source_text"] = made_from
            sample.write(json.dumps(shown, ensure_ascii=False) + "\n")
            private = {
                "line": line,
                "doc": path.name,
                "id": item.id,
                "kind": str(item.kind),
                "unit": item.memory_unit,
                "score": item.quality.score,
                "reasons": list(item.quality.reasons),
            }
            key.write(json.dumps(private, ensure_ascii=False) + "\n")
    print(args.out_dir / "sample.jsonl")


if __name__ == "__main__":
    main()
