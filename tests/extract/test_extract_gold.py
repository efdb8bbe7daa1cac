"""Dated facts measured against hand-made gold annotations: the bundled article and our own articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_gold import DATA, REPO, score_facts

from studyapp.extract import find_facts
from studyapp.text import read_document

SEED = REPO / "decks" / "israeli-azerbaijani-alliance-and-iran.txt"


def test_seed_facts_match_the_gold_annotation() -> None:
    result = score_facts(find_facts(read_document(SEED)), DATA / "extract_seed_gold.json")
    assert result.recall >= 0.95, result.missed
    assert result.precision >= 0.95, result.extra


@pytest.mark.parametrize("name", ["extract_encyclopedic.txt", "extract_analytical.md", "extract_chronicle.txt"])
def test_own_articles_match_their_gold(name: str) -> None:
    article = DATA / name
    gold = DATA / (Path(name).stem + "_gold.json")
    result = score_facts(find_facts(read_document(article)), gold)
    assert result.recall >= 0.9, result.missed
    assert result.precision >= 0.9, result.extra
