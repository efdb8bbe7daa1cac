"""Odd shapes from upstream never crash generation and never produce duplicate ids."""

from __future__ import annotations

from generate_docs import build

from studyapp.extract.model import DatedFact, DateMention, StudyList
from studyapp.generate import make_items
from studyapp.text.document import Document, ListItem


def test_an_empty_document_has_no_items() -> None:
    doc = Document("empty", "Empty", None, None, ())
    assert make_items(doc, [], []) == []


def test_facts_whose_date_is_not_where_extract_says_or_that_share_an_id() -> None:
    doc, _, _ = build([("s", "S", ["Nothing is dated here."])])
    moved = DatedFact("fact-a", "s", "The fort fell in 1520.", "", DateMention("1520", 0, "1520", "1520"), (), 0)
    missing = DatedFact("fact-b", "s", "The fort fell.", "", DateMention("1521", 3, "1521", "1521"), (), 1)
    twin = DatedFact("fact-a", "s", "The fort rose in 1530.", "", DateMention("1530", 16, "1530", "1530"), (), 2)
    unknown_section = DatedFact(
        "fact-c", "gone", "It ended in 1540.", "", DateMention("1540", 12, "1540", "1540"), (99,), 3
    )
    items = make_items(doc, [moved, missing, twin, unknown_section], [])
    assert len({i.id for i in items}) == len(items)
    cloze = next(i for i in items if i.kind == "date-cloze" and i.origin == "fact-a" and "fell" in i.prompt)
    assert cloze.prompt == "A Test Article — The fort fell in [...]."  # found by its text although the offset was wrong
    assert any(i.origin == "fact-b" and i.kind == "date-cloze" for i in items)
    assert next(i for i in items if i.origin == "fact-c").source.footnotes == ()  # no such note: left out


def test_lists_with_one_item_no_items_or_repeated_numbers() -> None:
    doc, facts, _ = build([("s", "S", ["A plain sentence."])])
    lists = [
        StudyList("list-one", "s", "The club's only rule:", (ListItem(1, "Be kind"),), 0),
        StudyList("list-none", "s", "Nothing:", (), 1),
        StudyList(
            "list-twice",
            "s",
            "The steps of the launch:",
            (ListItem(1, "Start"), ListItem(1, "Again"), ListItem(2, "End")),
            2,
        ),
    ]
    items = make_items(doc, facts, lists)
    assert len({i.id for i in items}) == len(items)
    assert not [i for i in items if i.origin == "list-one"]  # one entry is no list to learn
    assert not [i for i in items if i.origin == "list-none"]
    assert [i for i in items if i.origin == "list-twice" and i.kind == "list-item"][1].answer == "Again"
