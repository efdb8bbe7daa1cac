"""Benchmark of finding what to study (studyapp.extract only): find_dates over the seed's sentences,
find_facts/find_lists over the seed and over growing corpora (time per MB shows linear growth).
``seed_find_facts_ms`` reuses the parses of the previous run (as a re-import does); ``seed_find_facts_fresh_ms``
parses every dated sentence again (the English pipeline loaded once, before timing). Prints JSON. Run:

    .venv/bin/python tests/benchmarks/bench_find_dates.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from studyapp.extract import find_dates, find_facts, find_lists
from studyapp.language.parses import forget
from studyapp.language.pipeline import english
from studyapp.text import parse_document, read_document
from studyapp.text.document import NumberedList, Paragraph

SEED = Path(__file__).resolve().parents[2] / "decks" / "israeli-azerbaijani-alliance-and-iran.txt"


def best_ms(action, repeat: int = 20) -> float:
    action()  # warm up
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings) * 1000


def main() -> None:
    english()
    doc = read_document(SEED)
    sentences = [s.text for sec in doc.sections for b in sec.blocks if isinstance(b, Paragraph) for s in b.sentences]
    sentences += [i.text for sec in doc.sections for b in sec.blocks if isinstance(b, NumberedList) for i in b.items]
    result = {
        "seed_sentences": len(sentences),
        "seed_chars": sum(len(s) for s in sentences),
        "seed_find_dates_ms": round(best_ms(lambda: [find_dates(s) for s in sentences]), 3),
        "seed_find_facts_ms": round(best_ms(lambda: find_facts(doc)), 3),
        "seed_find_facts_fresh_ms": round(best_ms(lambda: (forget(), find_facts(doc))), 3),
        "seed_find_lists_ms": round(best_ms(lambda: find_lists(doc)), 3),
        "corpus": [],
    }
    text = SEED.read_text(encoding="utf-8")
    body = text[: text.index("\nNOTES\n")]
    chapter = body[body.index("\nHISTORICAL BACKGROUND") :]
    for copies in (25, 50, 100):
        corpus = body + "".join(
            chapter.replace("HISTORICAL BACKGROUND", f"HISTORICAL BACKGROUND {n}") for n in range(copies)
        )
        big = parse_document(corpus, name="corpus")
        ms = best_ms(lambda: (find_facts(big), find_lists(big)), repeat=3)
        result["corpus"].append(
            {
                "chars": len(corpus),
                "facts": len(find_facts(big)),
                "extract_ms": round(ms, 1),
                "ms_per_mb": round(ms / (len(corpus) / 1e6), 1),
            }
        )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
