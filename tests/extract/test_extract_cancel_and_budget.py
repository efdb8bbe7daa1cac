"""Long work stays bounded and can be stopped: find_facts and make_items look at a cancel flag as they go,
report their progress, and a document past the parser's budget keeps its facts (whole sentences, in doubt).

Speed itself is measured in tests/benchmarks (bench_extract.py --pathological), not here."""

from __future__ import annotations

import pytest

from studyapp.extract import facts as facts_module
from studyapp.extract import find_facts, find_lists
from studyapp.generate import Cancelled, make_items
from studyapp.text import parse_document

TOWNS = ["council", "bridge", "harbour", "market", "school", "church"]


def chronicle(sentences: int) -> str:
    body = " ".join(f"In {1500 + n % 400} the {TOWNS[n % 6]} of town {n} opened." for n in range(sentences))
    return f"A CHRONICLE\n\nEVENTS\n\n{body}\n"


def stops_after(calls: int):
    seen = []

    def cancel() -> bool:
        seen.append(True)
        return len(seen) > calls

    return cancel


@pytest.mark.parametrize("calls", [0, 1, 2, 3])
def test_finding_facts_stops_when_asked_at_every_stage(calls: int) -> None:
    doc = parse_document(chronicle(3000), name="chronicle.txt")
    with pytest.raises(Cancelled):
        find_facts(doc, cancel=stops_after(calls))


def test_making_items_stops_when_asked() -> None:
    doc = parse_document(chronicle(1500), name="chronicle.txt")
    facts = find_facts(doc)
    with pytest.raises(Cancelled):
        make_items(doc, facts, find_lists(doc), cancel=stops_after(1))


def test_progress_counts_the_sentences_parsed_up_to_all() -> None:
    reports = []
    find_facts(
        parse_document(chronicle(200) + "\nA closing remark was made in 1999 by a visitor.\n", name="c"),
        progress=lambda done, total: reports.append((done, total)),
    )
    assert reports and reports[-1][0] == reports[-1][1]
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_past_the_budget_facts_keep_their_whole_sentence_and_its_cloze(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts_module, "ANALYSIS_BUDGET", 10)
    doc = parse_document(chronicle(30), name="chronicle.txt")
    facts = find_facts(doc)
    assert len(facts) == 30
    assert all(f.event is not None for f in facts[:10]) and all(f.event is None for f in facts[10:])
    items = make_items(doc, facts, [], keep_all=True)
    late = [i for i in items if i.origin == facts[20].id]
    assert {i.kind for i in late} == {"date-cloze"}
    assert all("sentence not analysed" in i.quality.reasons for i in late)
    assert late[0].prompt.endswith(" — In [...] the harbour of town 20 opened.")  # under the article's title
