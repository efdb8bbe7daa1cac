"""Dated facts of real development articles against our own hand annotations (tests/data/corpus_gold).

Four shapes: a Wikipedia chronicle told day by day, a government history in short essays, an essay that cites
by author and year, a journal paper converted from PDF with its notes and page headers run into the text. Each
gold file says what was counted and what was not. Run with ``-s`` to see the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_gold import DATA, score_facts

from studyapp.extract import find_facts
from studyapp.text import read_document

DOCUMENTS = [
    "cuban_missile_crisis",
    "milestones_1866_1898",
    "mathematics_biology_next_microscope",
    "visualizing_sovereignty",
]
BAR = 0.95


@pytest.mark.parametrize("name", DOCUMENTS)
def test_dated_facts_of_development_articles_match_our_annotation(name: str, record_property) -> None:
    facts = find_facts(read_document(DATA / "corpus" / f"{name}.txt"))
    result = score_facts(facts, DATA / "corpus_gold" / f"{name}.json")
    record_property("recall", round(result.recall, 3))
    record_property("precision", round(result.precision, 3))
    print(f"\n{name}: recall {result.recall:.3f}, precision {result.precision:.3f}")
    assert result.recall >= BAR, result.missed
    assert result.precision >= BAR, result.extra


def test_every_gold_file_names_its_document_and_says_what_it_counts() -> None:
    for path in sorted((DATA / "corpus_gold").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        assert Path(path.stem).name in text and "annotator_notes" in text
