"""Helpers of the extract tests: where the data lies, and how facts are scored against gold annotations."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from studyapp.extract.model import DatedFact

DATA = Path(__file__).resolve().parents[1] / "data"
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Score:
    recall: float
    precision: float
    missed: list[tuple[str, str]]
    extra: list[tuple[str, str]]


def _plain(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    return " ".join(re.sub(r"[^\w'\- ]+", " ", text).split())


def score_facts(facts: list[DatedFact], gold_path: Path) -> Score:
    """Recall and precision of (sentence, date) pairs against a gold file, matched one to one.

    A fact matches a gold pair when its sentence holds the pair's sentence snippet (the seed's gold gives
    sentence starts; the corpus gold gives a distinctive stretch) and one date text contains the other
    ("sixteenth century" matches "the beginning of the sixteenth century").
    """
    pairs = [(p["sentence"], p["date"]) for p in json.loads(gold_path.read_text(encoding="utf-8"))["pairs"]]
    unmatched = list(facts)
    missed = []
    for start, date in pairs:
        hit = next(
            (
                f
                for f in unmatched
                if _plain(start) in _plain(f.sentence)
                and (_plain(date) in _plain(f.date.text) or _plain(f.date.text) in _plain(date))
            ),
            None,
        )
        if hit is None:
            missed.append((start, date))
        else:
            unmatched.remove(hit)
    found = len(pairs) - len(missed)
    return Score(
        recall=found / len(pairs),
        precision=found / len(facts) if facts else 0.0,
        missed=missed,
        extra=[(f.sentence[:60], f.date.text) for f in unmatched],
    )
