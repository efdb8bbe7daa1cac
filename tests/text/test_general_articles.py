"""Five real-world article shapes the reader was not built on, each read by the whole pipeline and compared
with a gold file annotated by hand before the code ran on it (tests/data/general_*.gold.json).

Shapes: a Wikipedia article copied as plain text (tagline, Contents block, [n] markers, "See also",
numbered References), a think-tank analysis (numbered headings down to "2.1", a "Key findings" list right
before "1. Introduction", a "1)" recommendations list, [n] endnotes), a journal article (superscripts before
punctuation, list items wrapped onto a second line, a page break inside a note), a history essay without
headings (dates in many forms, numbers that are no dates), a Markdown briefing ([^n] notes, a list broken by
a blank line and a page number).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from general_gold import ARTICLES, figures, gold_of, heading

from studyapp.extract import find_facts, find_lists
from studyapp.generate import make_items
from studyapp.text import parse_document, read_document

_NAME_WITHOUT_BY = "an author line of bare names without 'By', initials or a note mark is not told from a subtitle"
_FACT_XFAIL: dict[str, str] = {}
_AUTHOR_XFAIL = {"general_thinktank.txt": _NAME_WITHOUT_BY}


def _ids(path: Path) -> str:
    return path.name


def _mark(path: Path, known: dict[str, str]):
    reason = known.get(path.name)
    return pytest.param(path, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else path


def test_every_article_has_its_gold() -> None:
    assert len(ARTICLES) == 5
    for article in ARTICLES:
        assert gold_of(article)["pairs"] or gold_of(article)["lists"]


@pytest.mark.parametrize("article", ARTICLES, ids=_ids)
def test_title_and_sections_with_levels(article: Path) -> None:
    result = figures(article)
    gold = gold_of(article)
    assert result.title_ok
    assert [(heading(t), level) for t, level in result.sections] == [(heading(t), lv) for t, lv in gold["sections"]]


@pytest.mark.parametrize("article", [_mark(a, _AUTHOR_XFAIL) for a in ARTICLES], ids=_ids)
def test_author(article: Path) -> None:
    assert figures(article).author_ok


@pytest.mark.parametrize("article", ARTICLES, ids=_ids)
def test_footnotes_all_linked(article: Path) -> None:
    result = figures(article)
    assert result.footnotes == gold_of(article)["footnotes"]
    assert result.unlinked_markers == [] and result.uncited_notes == []
    assert result.leftover_markers == []


def test_a_page_break_inside_a_note_is_joined() -> None:
    doc = read_document(next(a for a in ARTICLES if a.name == "general_journal.txt"))
    note = doc.footnote(7)
    assert note is not None and note.text.endswith(
        'discussion of the sector line in Moe, Fjærtoft and Øverland, "Space and Timing," 150.'
    )


@pytest.mark.parametrize("article", ARTICLES, ids=_ids)
def test_numbered_lists_complete_and_in_order(article: Path) -> None:
    result = figures(article)
    assert len(result.lists) == len(gold_of(article)["lists"])
    assert result.lists_ok, result.lists


@pytest.mark.parametrize("article", [_mark(a, _FACT_XFAIL) for a in ARTICLES], ids=_ids)
def test_dated_facts_recall_and_precision(article: Path) -> None:
    result = figures(article)
    assert result.recall >= 0.9, result.missed
    assert result.precision >= 0.9, result.extra


def test_wikipedia_facts_before_year_1000_and_bc() -> None:
    """The Wikipedia article's dates of antiquity are all found, BC ones as signed astronomical years."""
    article = next(a for a in ARTICLES if a.name == "general_wiki.txt")
    result = figures(article)
    assert result.precision == 1.0 and result.missed == []
    dates = {fact.date.text: (fact.date.start, fact.date.end) for fact in find_facts(read_document(article))}
    assert dates["the 6th century BC"] == ("-0599", "-0500")
    assert dates["89 BC"] == ("-0088", "-0088")
    assert dates["5 February 62"] == ("0062-02-05", "0062-02-05")
    assert dates["24 August AD 79"] == ("0079-08-24", "0079-08-24")


def test_list_of_what_someone_should_do_is_named_so() -> None:
    doc = read_document(next(a for a in ARTICLES if a.name == "general_thinktank.txt"))
    items = make_items(doc, find_facts(doc), find_lists(doc))
    prompts = [i.prompt for i in items if i.kind == "list-recall"]
    assert (
        "Recall what the governments of the region and their partners should do in “Cutting the Cord”"
        " (4 points, in any order)." in prompts
    )
    assert not any(p.startswith("Government ") for p in prompts)


_POLICY_BRIEF = """Ports and Power: Investments in European Harbours

Briefing Paper | March 2023

1 Introduction

In 2016 a shipping group bought a majority stake in the Port of Piraeus for €368.5 million.1 Since then, firms \
have invested in terminals in Rotterdam and Hamburg.2

2 The Investments

2.1 Piraeus

The government sold 51 per cent of the port authority in August 2016.3

3 Recommendations

1) Screen port investments at the European level.
2) Require reciprocity in access to foreign ports.

Endnotes

1 Annual report 2016.
2 Investment update, 2022.
3 Press release, 2021.
"""


def test_plain_digit_markers_after_the_full_stop_end_the_paragraph() -> None:
    """ "in Hamburg.2": the paragraph is finished, so the numbered headings after it stay headings; a
    dateline with "|" is no section, and a list under "3 Recommendations" is led by "Recommendations"."""
    doc = parse_document(_POLICY_BRIEF, name="brief")
    assert [(heading(s.title), s.level) for s in doc.sections] == [
        ("introduction", 1),
        ("the investments", 1),
        ("piraeus", 2),
        ("recommendations", 1),
    ]
    assert [s.footnotes for s in doc.sections[0].paragraphs[0].sentences] == [(1,), (2,)]
    assert [lst.lead for lst in find_lists(doc)] == ["Recommendations"]
    assert [f.date.text for f in find_facts(doc)] == ["2016", "August 2016"]


def test_wikipedia_edit_links_do_not_hide_the_references() -> None:
    wiki = next(a for a in ARTICLES if a.name == "general_wiki.txt").read_text("utf-8")
    for title in ("History", "Rediscovery", "See also", "References"):
        wiki = wiki.replace(f"\n{title}\n", f"\n{title}[edit]\n")
    doc = parse_document(wiki, name="wiki")
    assert len(doc.footnotes) == 19
    assert [s.title for s in doc.sections][1:3] == ["History", "Eruption of Vesuvius"]
    assert "References" not in " ".join(p.text for p in doc.trailing)


def test_wikipedia_marker_groups_and_letter_notes() -> None:
    """ "[7, 8]" after a full stop ends the sentence like "[7]"; "[a]" explanatory-note markers are not shown."""
    refs = "".join(f"{n}. Source {n}, 200{n}.\n" for n in range(1, 10))
    doc = parse_document(
        "Some Town\n\nSome Town was founded in 1850.[1][2] It grew after 1900.[3–5] A railway came in 1920.[a]\n\n"
        "History\n\nThe town was rebuilt in 1950.[6, 7] A museum opened in 1960.[8][9]\n\nReferences\n\n" + refs,
        name="town",
    )
    sentences = [(s.text, s.footnotes) for sec in doc.sections for p in sec.paragraphs for s in p.sentences]
    assert sentences == [
        ("Some Town was founded in 1850.", (1, 2)),
        ("It grew after 1900.", (3, 4, 5)),
        ("A railway came in 1920.", ()),
        ("The town was rebuilt in 1950.", (6, 7)),
        ("A museum opened in 1960.", (8, 9)),
    ]


def test_a_list_numbered_in_parentheses() -> None:
    doc = parse_document(
        "A Title\n\nDEMANDS\n\nThe report makes three demands of the government:\n\n"
        "(1) publish the data every quarter;\n"
        "(2) fund the regional offices; and\n(3) review the law by 2026.\n\nIt ends there.\n",
        name="x",
    )
    (found,) = find_lists(doc)
    assert found.lead == "The report makes three demands of the government:"
    assert [(i.number, i.text) for i in found.items] == [
        (1, "publish the data every quarter"),
        (2, "fund the regional offices"),
        (3, "review the law by 2026"),
    ]
