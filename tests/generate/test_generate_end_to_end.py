"""Reader + extract + items on the bundled article and on articles of our own, and the `items` command."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from studyapp.extract import find_facts, find_lists
from studyapp.generate import KINDS, make_items
from studyapp.generate.list_quality import worth_recalling
from studyapp.text import read_document

REPO = Path(__file__).resolve().parents[2]
SEED = next((REPO / "decks").glob("*.txt"))
OWN = sorted((Path(__file__).parent / "data").iterdir())
GENERAL = sorted(p for p in (REPO / "tests" / "data").glob("general_*") if p.suffix in {".txt", ".md"})


def _check(path: Path) -> tuple[list, list, list]:
    doc = read_document(path)
    facts, lists = find_facts(doc), find_lists(doc)
    items = make_items(doc, facts, lists)
    assert len({i.id for i in items}) == len(items)
    assert all(i.kind in KINDS for i in items)
    everything = make_items(doc, facts, lists, keep_all=True)
    for fact in facts:  # one cloze per fact; a question, a reverse and a choice at most, where they ask well
        kinds = Counter(i.kind for i in everything if i.origin == fact.id)
        assert kinds["date-cloze"] == 1, fact.sentence
        assert max(kinds["date-when"], kinds["date-what"], kinds["date-choice"]) <= 1, fact.sentence
    for study_list in lists:
        own = [i for i in make_items(doc, facts, [study_list], keep_all=True) if i.origin == study_list.id]
        kinds = Counter(i.kind for i in own)
        assert kinds["list-cloze"] == len(study_list.items)  # every entry is asked, at least as a gap
        assert kinds["list-recall"] == worth_recalling([entry.text for entry in study_list.items])
        ordered = kinds["list-order"] == 1
        assert kinds["list-item"] == kinds["list-number"] == (len(study_list.items) if ordered else 0)
    for item in items:
        if item.kind in ("date-choice", "list-choice"):
            assert len(set(item.choices)) >= 3 and item.choices.count(item.answer) == 1
        else:
            assert not item.choices
        assert item.prompt and item.answer and item.source.text
        assert item.source.section_title == doc.section(item.section).title
        assert all(text for _, text in item.source.footnotes)
    assert [i.position for i in items] == sorted(i.position for i in items)
    return items, facts, lists


def test_the_bundled_article() -> None:
    items, _, lists = _check(SEED)
    assert len(lists) == 2 and sorted(len(lst.items) for lst in lists) == [12, 15]
    kinds = Counter(i.kind for i in items)
    assert kinds["list-cloze"] == 27 and kinds["chronology"] >= 1  # drills place events that stand alone
    assert kinds["list-choice"] == 0  # two lists of priorities, true of each other: no wrong options to lend
    # only where the date times one event alone, is a day or a month (blind reads r11-r16: a year 72% good), its
    # subject is a name when the date needs it, and the clause ends where a phrase does
    whats = [i for i in items if i.kind == "date-what"]
    assert whats and all(
        re.search(
            r"(?:January|February|March|April|May|June|July|August|September|October|November|December)", i.prompt
        )
        for i in whats
    )
    cited = [i for i in items if i.kind == "date-cloze" and i.source.footnotes]
    assert cited  # the cited notes' texts travel with the items


@pytest.mark.parametrize("path", GENERAL, ids=lambda p: p.name)
def test_articles_in_shapes_the_reader_was_not_built_on(path: Path) -> None:
    items, facts, _ = _check(path)
    assert facts
    for item in items:
        # A cloze or question never strands a date's own prefix ("by chance c., when").
        assert " c.," not in item.prompt and " c. [...]" not in item.prompt
        assert " do not " not in item.prompt or " do not " in item.source.text


@pytest.mark.parametrize("path", OWN, ids=lambda p: p.name)
def test_our_own_articles(path: Path) -> None:
    items, facts, lists = _check(path)
    assert facts and lists
    assert any(i.kind == "chronology" for i in items)


def test_the_items_command_prints_the_contract(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", "items", str(OWN[0]), "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and {r["kind"] for r in rows} <= set(KINDS)
    for row in rows:
        assert {"id", "kind", "section", "prompt", "answer", "source"} <= set(row)
        assert ("choices" in row) == (row["kind"] == "date-choice")
        assert {"section", "section_title", "text", "footnotes"} <= set(row["source"])
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    failed = subprocess.run(
        [sys.executable, "-m", "studyapp", "items", str(empty), "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert failed.returncode != 0 and "Traceback" not in failed.stderr and failed.stderr.strip()
