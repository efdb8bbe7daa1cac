"""Sentence splitting: the reader's splitter against pysbd and spaCy's senter, on the development corpus.

    .venv/bin/pip install pysbd==0.3.4       # pysbd is not a dependency of studyapp; spaCy is
    python tests/benchmarks/compare_sentence_splitters.py [--out /tmp/splitter-diff.json]

Every paragraph of the development corpus (tests/data/corpus) as the reader reads it is split by each
splitter. Prints the time of each (CPU seconds per MB of paragraph text) and how many paragraphs each library
splits differently from ours; ``--out`` writes those paragraphs (ours beside theirs) for a reader to judge
which boundaries are wrong. The judgement of the last run is in README.md (Reading documents).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from studyapp.text import read_document  # noqa: E402
from studyapp.text.sentences import split_sentences  # noqa: E402


def paragraphs() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt")):
        doc = read_document(path)
        for section in doc.sections:
            found.extend((path.stem, p.text) for p in section.paragraphs)
    return found


def timed(split, texts: list[str]) -> tuple[list[list[str]], float]:
    start = time.process_time()
    out = [[s.strip() for s in split(t) if s.strip()] for t in texts]
    return out, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    found = paragraphs()
    texts = [text for _, text in found]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    ours, seconds = timed(split_sentences, texts)
    report = {"paragraphs": len(texts), "mb": round(mb, 3), "ours": {"s_per_mb": round(seconds / mb, 3)}}
    others = {}
    try:
        import pysbd

        others["pysbd"] = pysbd.Segmenter(language="en", clean=False).segment
    except ImportError:
        report["pysbd"] = "not installed"
    import spacy

    from studyapp.language.pipeline import pipeline_name

    senter = spacy.load(pipeline_name(), exclude=["parser", "ner", "lemmatizer", "attribute_ruler", "tagger"])
    senter.enable_pipe("senter")
    others["spacy_senter"] = lambda text: [s.text for s in senter(text).sents]
    differing = []
    for name, split in others.items():
        theirs, seconds = timed(split, texts)
        differ = [i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
        report[name] = {"s_per_mb": round(seconds / mb, 3), "paragraphs_split_differently": len(differ)}
        differing += [{"doc": found[i][0], "splitter": name, "ours": ours[i], "theirs": theirs[i]} for i in differ]
    print(json.dumps(report, indent=2))
    if args.out:
        args.out.write_text(json.dumps(differing, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
