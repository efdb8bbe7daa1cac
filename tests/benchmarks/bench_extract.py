"""Reading speed: file -> Document (and, when the generate package is there, Document -> study items).

    python tests/benchmarks/bench_extract.py [--repeat 30] [--sizes 1,2,5,10] [--items-sizes 1,2,5,10]
                                             [--seed-sizes 1,10]

Prints one JSON object:
- ``seed``: the bundled article, warm, median of ``--repeat`` runs: ``read_parse_ms`` (read the file, decode,
  parse) and ``extract_items_ms`` (``items_for_document`` on the parsed document: extract + items).
- ``corpora``: one row per generated corpus of N MB (one document made of many varied articles, built
  deterministically from the bundled article and the sample documents under tests/data): its bytes,
  sections, paragraphs, lists, footnotes, ``read_parse_s`` and ``extract_items_s``.
  The sample documents are dense in dates, so this corpus makes about three times the items per MB of a
  real article: a stress case.
- ``seed_corpora``: the bundled article repeated to N MB (the density of a real article): ``read_parse_s``,
  ``extract_items_s``, ``total_s`` and ``items``.
- ``seconds_per_mb``: read+parse time divided by size for each corpus; flat when time is linear in size.
- ``max_bytes``: the size above which ``read_document`` refuses a file (sizes above it are not timed).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from studyapp.text import MAX_BYTES, NumberedList, read_document  # noqa: E402

try:
    from studyapp.generate import items_for_document
except ImportError:  # generate not there yet
    items_for_document = None

MB = 1024 * 1024
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_BACK_MATTER = re.compile(r"^(?:NOTES|Notes|References|#+ *Notes|See also)\s*$", re.MULTILINE)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20[0-2]\d)\b")


def median_ms(run: Callable[[], object], repeat: int) -> float:
    run()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 2)


def source_articles() -> list[str]:
    paths = sorted((ROOT / "decks").glob("*.txt")) + sorted((ROOT / "tests" / "data").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "data").glob("*.md"))
    texts = []
    for path in paths:
        text = path.read_text(encoding="utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        texts.append(_BACK_MATTER.split(text)[0])  # one notes section, at the very end of the corpus
    return texts


def varied_article(template: str, number: int, rng: random.Random) -> str:
    """A new article from a template: its own title, shuffled paragraphs, shifted years, and markers renumbered."""
    blocks = [b for b in template.split("\n\n") if b.strip()]
    if len(blocks) < 3:  # a paragraph a line, no blank lines: its first line is its title
        first, _, rest = template.partition("\n")
        blocks = [first, ""] + [b for b in rest.split("\n") if b.strip()]
    head, body = blocks[:2], blocks[2:]
    if len(body) > 4:
        cut = rng.randrange(1, len(body) - 1)
        body = body[cut:] + body[:cut]
    shift = rng.randrange(-40, 40)
    text = "\n\n".join(body)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    marker = (number % 50) + 1
    text = text.replace(".¹ ", f".{str(marker).translate(_SUPERSCRIPTS)} ")
    return f"ARTICLE {number}: {head[0].strip('# ').upper()}\n\n" + "\n\n".join(head[1:]) + "\n\n" + text


def corpus(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    templates = source_articles()
    parts, total, number = [], 0, 0
    while total < size:
        number += 1
        article = varied_article(templates[number % len(templates)], number, rng)
        parts.append(article)
        total += len(article.encode("utf-8")) + 2
    notes = "\n\n".join(f"{str(n).translate(_SUPERSCRIPTS)} Note {n}, a source of the corpus." for n in range(1, 51))
    return "\n\n".join(parts) + "\n\nNOTES\n\n" + notes + "\n"


def seed_corpus(size: int) -> str:
    """The bundled article's body repeated (each copy under its own title) up to ``size`` bytes, then its
    notes: a corpus with the density of dates and lists of a real article."""
    text = next((ROOT / "decks").glob("*.txt")).read_text(encoding="utf-8")
    head, body, notes = _split_seed(text)
    copies = max(1, size // len(body.encode("utf-8")))
    parts = [body.replace(head, f"PART {n}: {head}", 1) for n in range(1, copies + 1)]
    return "\n\n".join(parts) + notes


def _split_seed(text: str) -> tuple[str, str, str]:
    body, _, notes = text.partition("\nNOTES\n")
    head = next(line for line in body.splitlines() if line.strip())
    return head, body, "\nNOTES\n" + notes


def timed(run: Callable[[], object]) -> tuple[object, float]:
    gc.collect()  # the previous corpus's objects are gone before the clock starts
    start = time.perf_counter()
    result = run()
    return result, round(time.perf_counter() - start, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--sizes", default="1,2,5,10", help="corpus sizes in MB")
    parser.add_argument(
        "--items-sizes", default="1,2,5,10", help="corpus sizes (MB) for which extract+items is timed too ('' for none)"
    )
    parser.add_argument(
        "--seed-sizes", default="1,10", help="sizes (MB) of corpora made by repeating the bundled article ('' for none)"
    )
    args = parser.parse_args()

    seed_path = next((ROOT / "decks").glob("*.txt"))
    doc = read_document(seed_path)
    result: dict[str, object] = {
        "seed": {
            "read_parse_ms": median_ms(lambda: read_document(seed_path), args.repeat),
            "extract_items_ms": (
                median_ms(lambda: items_for_document(doc), args.repeat) if items_for_document else None
            ),
            "sections": len(doc.sections),
            "footnotes": len(doc.footnotes),
        },
        "corpora": [],
        "max_bytes": MAX_BYTES,
    }
    item_sizes = {float(s) for s in args.items_sizes.split(",") if s.strip()}
    with tempfile.TemporaryDirectory() as folder:
        for size in (float(s) for s in args.sizes.split(",")):
            if size * MB > MAX_BYTES:
                continue
            path = Path(folder) / f"corpus-{size:g}mb.txt"
            path.write_text(corpus(int(size * MB)), encoding="utf-8")
            big = items = None
            big, read_s = timed(lambda: read_document(path))
            row = {
                "mb": size,
                "bytes": path.stat().st_size,
                "sections": len(big.sections),
                "paragraphs": sum(len(s.paragraphs) for s in big.sections),
                "lists": sum(isinstance(b, NumberedList) for s in big.sections for b in s.blocks),
                "footnotes": len(big.footnotes),
                "read_parse_s": read_s,
            }
            if items_for_document and size in item_sizes:
                items, items_s = timed(lambda: items_for_document(big))
                row["extract_items_s"] = items_s
                row["items"] = len(items)
            result["corpora"].append(row)
        for size in (float(s) for s in args.seed_sizes.split(",") if s.strip()):
            path = Path(folder) / f"seed-corpus-{size:g}mb.txt"
            path.write_text(seed_corpus(int(size * MB)), encoding="utf-8")
            big = items = None
            big, read_s = timed(lambda: read_document(path))
            items, items_s = timed(lambda: items_for_document(big))
            result.setdefault("seed_corpora", []).append(
                {
                    "mb": size,
                    "bytes": path.stat().st_size,
                    "read_parse_s": read_s,
                    "extract_items_s": items_s,
                    "total_s": round(read_s + items_s, 3),
                    "items": len(items),
                }
            )
    result["seconds_per_mb"] = {
        f"{row['mb']:g}": round(row["read_parse_s"] * MB / row["bytes"], 3) for row in result["corpora"]
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
