"""Reading speed: file -> Document (and, when the generate package is there, Document -> study items).

    python tests/benchmarks/bench_extract.py [--repeat 30] [--sizes 1,2,5,10] [--items-sizes 1,2,5,10]
                                             [--seed-sizes 1,10] [--pathological 0.25,0.5,1]

Prints one JSON object:
- ``seed``: the bundled article, warm (the English pipeline loaded once), median of ``--repeat`` runs:
  ``read_parse_ms`` (read the file, decode, parse), ``file_to_items_ms`` (read + extract + items, with the
  cache of sentence parses emptied before each run: every dated sentence is parsed again),
  ``file_to_items_cached_ms`` (the same with the sentences' parses kept from the previous run, as when an
  edited article is imported again) and ``extract_items_ms`` (extract + items on the parsed document, parses
  emptied).
- ``corpora``: one row per generated corpus of N MB (one document made of many varied articles, built
  deterministically from the bundled article and the sample documents under tests/data): its bytes,
  sections, paragraphs, lists, footnotes, ``read_parse_s`` and ``extract_items_s``.
  The sample documents are dense in dates, so this corpus makes about three times the items per MB of a
  real article: a stress case.
- ``seed_corpora``: the bundled article repeated to N MB (the density of a real article): ``read_parse_s``,
  ``extract_items_s``, ``total_s`` and ``items``.
- ``seconds_per_mb``: read+parse time divided by size for each corpus; flat when time is linear in size.
- ``max_bytes``: the size above which ``read_document`` refuses a file (sizes above it are not timed).
- ``pathological`` (issue 12 item 11): one line of 250,000 dated sentences (9.9 MB) and 1,000,000 short dated
  lines (11 MB), at the given fractions of that size: ``read_s``, ``facts_s`` (find_facts), ``items_s``
  (make_items), ``seconds_per_mb``; and ``cancel_s``: how long after the cancel flag is set generation stops
  (the flag set 3 s into find_facts on the full line).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from studyapp.extract import find_facts, find_lists  # noqa: E402
from studyapp.generate import Cancelled, items_for_document, make_items  # noqa: E402
from studyapp.language.parses import forget  # noqa: E402
from studyapp.language.pipeline import english  # noqa: E402
from studyapp.text import MAX_BYTES, NumberedList, parse_document, read_document  # noqa: E402

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


_TOWNS = ("council", "bridge", "harbour", "market", "school", "church", "railway", "tower", "museum", "mill")


def one_line(sentences: int) -> str:
    """One line of dated sentences (250,000 make 9.9 MB)."""
    body = " ".join(f"In {1000 + n % 1000} the {_TOWNS[n % 10]} of Nordvik {n} was rebuilt." for n in range(sentences))
    return f"A LONG LINE\n\n{body}\n"


def many_lines(lines: int) -> str:
    """Short dated lines, one a line (1,000,000 make 11 MB)."""
    return "MANY LINES\n\n" + "".join(f"{_TOWNS[n % 10].title()} in {1000 + n % 1000}.\n" for n in range(lines))


def pathological(fractions: list[float]) -> dict[str, object]:
    rows = []
    for name, make, full in (("one_line", one_line, 250_000), ("many_lines", many_lines, 1_000_000)):
        for fraction in fractions:
            text = make(int(full * fraction))
            gc.collect()
            doc, read_s = timed(lambda: parse_document(text, name=f"{name}.txt"))
            facts, facts_s = timed(lambda: find_facts(doc))
            items, items_s = timed(lambda: make_items(doc, facts, find_lists(doc)))
            mb = len(text.encode("utf-8")) / MB
            total = read_s + facts_s + items_s
            rows.append(
                {
                    "case": name,
                    "mb": round(mb, 2),
                    "facts": len(facts),
                    "items": len(items),
                    "read_s": read_s,
                    "facts_s": facts_s,
                    "items_s": items_s,
                    "total_s": round(total, 2),
                    "seconds_per_mb": round(total / mb, 2),
                }
            )
            doc = facts = items = None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux: the process's peak so far
    return {"rows": rows, "peak_rss_mb": round(peak), "cancel_s": cancel_latency(one_line(250_000))}


def cancel_latency(text: str, after: float = 3.0) -> float:
    """Seconds from setting the cancel flag (``after`` seconds into find_facts) to find_facts giving up."""
    doc = parse_document(text, name="line.txt")
    started = time.perf_counter()
    flagged: list[float] = []

    def cancel() -> bool:
        if time.perf_counter() - started >= after:
            flagged.append(flagged[0] if flagged else time.perf_counter())
            return True
        return False

    try:
        find_facts(doc, cancel=cancel)
    except Cancelled:
        return round(time.perf_counter() - flagged[0], 3)
    return float("nan")


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
    parser.add_argument(
        "--pathological", default="", help="fractions of the issue 12 texts to time, e.g. 0.25,0.5,1 ('' for none)"
    )
    args = parser.parse_args()

    english()  # warm: the pipeline loads once per process, before the first import
    seed_path = next((ROOT / "decks").glob("*.txt"))
    doc = read_document(seed_path)

    def fresh(run: Callable[[], object]) -> Callable[[], object]:
        def without_cached_parses() -> object:
            forget()
            return run()

        return without_cached_parses

    result: dict[str, object] = {
        "seed": {
            "read_parse_ms": median_ms(lambda: read_document(seed_path), args.repeat),
            "file_to_items_ms": median_ms(fresh(lambda: items_for_document(read_document(seed_path))), args.repeat),
            "file_to_items_cached_ms": median_ms(lambda: items_for_document(read_document(seed_path)), args.repeat),
            "extract_items_ms": median_ms(fresh(lambda: items_for_document(doc)), args.repeat),
            "sections": len(doc.sections),
            "footnotes": len(doc.footnotes),
        },
        "corpora": [],
        "max_bytes": MAX_BYTES,
    }
    item_sizes = {float(s) for s in args.items_sizes.split(",") if s.strip()}
    with tempfile.TemporaryDirectory() as folder:
        for size in (float(s) for s in args.sizes.split(",") if s.strip()):
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
            if size in item_sizes:
                forget()
                items, items_s = timed(lambda: items_for_document(big))
                row["extract_items_s"] = items_s
                row["items"] = len(items)
            result["corpora"].append(row)
        for size in (float(s) for s in args.seed_sizes.split(",") if s.strip()):
            path = Path(folder) / f"seed-corpus-{size:g}mb.txt"
            path.write_text(seed_corpus(int(size * MB)), encoding="utf-8")
            big = items = None
            big, read_s = timed(lambda: read_document(path))
            forget()
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
    result["items_seconds_per_mb"] = {
        f"{row['mb']:g}": round(row["extract_items_s"] * MB / row["bytes"], 3)
        for row in result["corpora"]
        if "extract_items_s" in row
    }
    if args.pathological:
        result["pathological"] = pathological([float(f) for f in args.pathological.split(",")])
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
