"""Generation speed alone: facts and lists -> study items (``make_items``), extract excluded.

    python tests/benchmarks/bench_generate.py [--repeat 30] [--sizes 1,2,5,10]

Prints one JSON object: ``seed`` (the bundled article: facts, lists, items, median and best ``make_items_ms``
over ``--repeat`` warm runs, CPU time) and ``corpora`` (the corpora of ``bench_extract.py``, N MB each:
facts, lists, items, ``make_items_s`` and ``seconds_per_mb``, flat when time is linear in size).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import MB, corpus  # noqa: E402

from studyapp.extract import find_facts, find_lists  # noqa: E402
from studyapp.generate import make_items  # noqa: E402
from studyapp.text import parse_document, read_document  # noqa: E402


def cpu_seconds(run) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--sizes", default="1,2,5,10", help="corpus sizes in MB ('' for none)")
    args = parser.parse_args()

    doc = read_document(next((ROOT / "decks").glob("*.txt")))
    facts, lists = find_facts(doc), find_lists(doc)
    make_items(doc, facts, lists)  # warm-up
    times = [cpu_seconds(lambda: make_items(doc, facts, lists)) for _ in range(args.repeat)]
    result: dict[str, object] = {
        "seed": {
            "facts": len(facts),
            "lists": len(lists),
            "items": len(make_items(doc, facts, lists)),
            "make_items_ms": round(statistics.median(times) * 1000, 2),
            "best_make_items_ms": round(min(times) * 1000, 2),
        },
        "corpora": [],
    }
    for size in (float(s) for s in args.sizes.split(",") if s.strip()):
        text = corpus(int(size * MB))
        big = parse_document(text, name="corpus.txt")
        big_facts, big_lists = find_facts(big), find_lists(big)
        items: list = []
        seconds = cpu_seconds(lambda: items.extend(make_items(big, big_facts, big_lists)))
        result["corpora"].append(
            {
                "mb": size,
                "facts": len(big_facts),
                "lists": len(big_lists),
                "items": len(items),
                "make_items_s": round(seconds, 3),
                "seconds_per_mb": round(seconds * MB / len(text.encode("utf-8")), 3),
            }
        )
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
