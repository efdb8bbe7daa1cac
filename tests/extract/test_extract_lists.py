"""Numbered lists found in real shapes: "1.", "1)", "(1)", wrapped lines, a page break inside an item, lists in
running text; notes, references and tables of contents are not study lists. Checked against lists annotated
by hand in tests/data/lists_gold.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studyapp.extract import find_lists
from studyapp.extract.running_lists import running_list
from studyapp.text import parse_document, read_document

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD = json.loads((DATA / "lists_gold.json").read_text(encoding="utf-8"))
DOCUMENTS = sorted(GOLD["documents"])


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_annotated_list_is_found_whole(name: str) -> None:
    lists = find_lists(read_document(DATA / name))
    expected = GOLD["documents"][name]
    assert [len(found.items) for found in lists] == [gold["entries"] for gold in expected]
    for found, gold in zip(lists, expected, strict=True):
        assert found.items[0].text.startswith(gold["first"])
        assert found.items[-1].text.startswith(gold["last"])
        assert [item.number for item in found.items] == list(range(1, gold["entries"] + 1))
        assert bool(found.sentence) == gold.get("running", False)  # a list in running text keeps its sentence


def test_the_bundled_article_keeps_both_lists_whole_across_the_page_break() -> None:
    lists = find_lists(read_document(DATA / "../../decks/israeli-azerbaijani-alliance-and-iran.txt"))
    assert sum(len(found.items) for found in lists) == 27


def test_a_page_break_inside_an_item_keeps_the_item_and_the_list_whole() -> None:
    works = find_lists(read_document(DATA / "lists/canal_shapes.txt"))[1]
    assert works.items[2].text == "finish the aqueduct over the river before the winter floods"
    assert works.items[3].text == "open the canal to traffic"
    assert works.items[0].text.endswith("above the town, a distance of four miles")  # a wrapped line rejoined


def test_tables_of_contents_and_references_are_not_study_lists() -> None:
    leads = [found.lead for found in find_lists(read_document(DATA / "lists/canal_shapes.txt"))]
    assert len(leads) == 2 and not any("Contents" in lead or "ARCHIVES" in lead for lead in leads)
    notes = read_document(DATA / "corpus/views_from_the_embassy_september_1914.txt")
    assert find_lists(notes) == []


def test_a_numbered_list_of_references_the_reader_did_not_take_for_notes_is_no_study_list() -> None:
    doc = parse_document(
        "A Report\n\nSOURCES CONSULTED\n\nWe read these papers:\n\n"
        "1. J. Smith, The Canal Age (London, 1960), pp. 12–15.\n"
        "2. Ibid., p. 40.\n"
        "3. A. Jones, 'Tolls and Trade', Economic History Review 12 (1959): 101–118.\n",
        name="report",
    )
    assert find_lists(doc) == []


def test_the_sentence_before_the_lead_travels_with_the_list() -> None:
    tobin = find_lists(read_document(DATA / "corpus/marshall_plan.txt"))[0]
    assert tobin.lead.startswith("He urged that the United States")
    assert "Maurice Tobin" in tobin.before  # who "He" is


@pytest.mark.parametrize(
    ("sentence", "lead", "entries"),
    [
        (
            # visualizing_sovereignty.txt, a paper converted from PDF
            "It offers by contrast three distinct groupings that cut across these traditional boundaries: (1) "
            "Caribbean societies that experienced nineteenth-century nation-building projects, (2) Caribbean "
            "societies that experimented with nonsovereign forms of decolonization, and (3) Caribbean societies "
            "that experienced the postwar decolonization project.",
            "It offers by contrast three distinct groupings that cut across these traditional boundaries:",
            [
                "Caribbean societies that experienced nineteenth-century nation-building projects",
                "Caribbean societies that experimented with nonsovereign forms of decolonization",
                "Caribbean societies that experienced the postwar decolonization project",
            ],
        ),
        (
            "The report set out the steps as follows: 1) count the households; 2) record the ages; 3) send the "
            "returns to Lisbon.",
            "The report set out the steps as follows:",
            ["count the households", "record the ages", "send the returns to Lisbon"],
        ),
    ],
)
def test_a_list_in_running_text(sentence: str, lead: str, entries: list[str]) -> None:
    found = running_list(sentence)
    assert found is not None and found.lead == lead
    assert [item.text for item in found.items] == entries


@pytest.mark.parametrize(
    "sentence",
    [
        "The equation (1) holds for every n.",  # a lone number in brackets
        "He cited (2) and (3) as proof.",  # no count from 1
        "(1) The first point comes without a lead.",
    ],
)
def test_numbers_in_brackets_that_make_no_list(sentence: str) -> None:
    assert running_list(sentence) is None


def test_a_list_in_running_text_keeps_its_id_across_a_typo_fix_and_an_edit_elsewhere() -> None:
    text = (DATA / "lists/canal_shapes.txt").read_text(encoding="utf-8")
    edited = text.replace("gave the company three powers", "gave the compnay three powers").replace(
        "The canal opened throughout in February 1794.", "The canal opened throughout in February 1794. It paid."
    )
    ids = [found.id for found in find_lists(parse_document(text, name="canal"))]
    assert [found.id for found in find_lists(parse_document(edited, name="canal"))] == ids
