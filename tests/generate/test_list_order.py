"""Position and order are asked only where the order carries meaning (annotated in tests/data/lists_gold.json);
a list that is no study material gives no item a learner is offered."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from generate_docs import build

from studyapp.extract import find_lists
from studyapp.generate import items_for_document, make_items
from studyapp.generate.list_order import NumberedMentions, Order, order_meaning
from studyapp.generate.list_shapes import list_shape
from studyapp.generate.list_titles import list_titles
from studyapp.text import read_document
from studyapp.text.document import ListItem

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD = json.loads((DATA / "lists_gold.json").read_text(encoding="utf-8"))
POSITION_KINDS = {"list-item", "list-number", "list-order"}


@pytest.mark.parametrize("name", sorted(GOLD["documents"]))
def test_position_is_asked_exactly_where_the_order_means_something(name: str) -> None:
    doc = read_document(DATA / name)
    lists = find_lists(doc)
    items = items_for_document(doc, keep_all=True)
    for found, gold in zip(lists, GOLD["documents"][name], strict=True):
        kinds = Counter(i.kind for i in items if i.origin == found.id)
        assert bool(POSITION_KINDS & set(kinds)) == gold["ordered"], (name, gold["title"], kinds)
        if gold["ordered"]:
            assert kinds["list-item"] == kinds["list-number"] == gold["entries"] and kinds["list-order"] == 1


@pytest.mark.parametrize("name", sorted(GOLD["documents"]))
def test_a_list_not_worth_studying_offers_nothing(name: str) -> None:
    doc = read_document(DATA / name)
    offered = {i.origin for i in items_for_document(doc)}
    for found, gold in zip(find_lists(doc), GOLD["documents"][name], strict=True):
        assert (found.id in offered) == gold["study"], gold["title"]


def test_a_book_s_contents_are_no_study_list() -> None:
    """antoine_lavoisier.txt: the essays collected in a translation, in the 'In translation' bibliography."""
    doc = read_document(DATA / "corpus/antoine_lavoisier.txt")
    (found,) = find_lists(doc)
    shape = list_shape(found.items, list_titles(doc, [found])[found.id], ("In translation",))
    assert shape.unworthy == "titles of works in a collection or bibliography"
    # nine essays of 16 words on average: too many to recall, too long to show around a gap (blind read r20)
    essays = [i for i in items_for_document(doc, keep_all=True) if i.kind.startswith("list-")]
    assert all(i.quality.score < 0.5 and shape.unworthy in i.quality.reasons for i in essays)


def _meaning(lead: str, entries: list[str], *, body: tuple[str, ...] = (), doc_title: str = "A History") -> Order:
    doc, _, lists = build([("s", "Section", [{"lead": lead, "items": entries}])], doc_title=doc_title)
    title = list_titles(doc, lists)[lists[0].id]
    items = tuple(ListItem(n, text) for n, text in enumerate(entries, 1))
    return order_meaning(items, title, lead, labelled=False, mentions=NumberedMentions(body)).order


@pytest.mark.parametrize(
    ("lead", "entries", "order"),
    [
        (
            "The five largest cities of the Roman Empire around AD 150 were:",
            ["Rome", "Alexandria", "Antioch", "Carthage", "Ephesus"],
            Order.RANKED,
        ),
        (
            "The clubs were ranked as follows:",
            ["Ajax", "Feyenoord", "PSV"],
            Order.RANKED,
        ),
        (
            "After Bosworth, five Tudor monarchs reigned over England in succession:",
            ["Henry VII", "Henry VIII", "Edward VI", "Mary I", "Elizabeth I"],
            Order.SEQUENCE,
        ),
        (
            "The war fell into three phases:",
            ["the war of movement", "the stalemate in the trenches", "the return to movement"],
            Order.SEQUENCE,
        ),
        (
            "The governors of the colony were:",
            ["John Hunter (1795)", "Philip King (1800)", "William Bligh (1806)", "Lachlan Macquarie (1810)"],
            Order.SEQUENCE,
        ),
        (
            "To renew a passport, follow these steps:",
            ["fill in the form", "attach two photographs", "pay the fee"],
            Order.STEPS,
        ),
        (
            # The entries' names are in alphabetical order: the order says nothing about them.
            "On 24 December 1992, President George H. W. Bush pardoned six officials:",
            [
                "Elliott Abrams",
                "Duane Clarridge",
                "Alan Fiers",
                "Clair George",
                "Robert McFarlane",
                "Caspar Weinberger",
            ],
            Order.NONE,
        ),
        (
            # marshall_plan.txt: four recommendations, not ranked.
            "He urged that the United States play a large role in improving European productive efficiency by "
            "providing four recommendations for the program's administrators:",
            [
                "That BLS productivity personnel should serve on American-European councils for productivity",
                "that there should be a general exchange and publication of information",
                "that the technical abstract service should be the central source of information",
            ],
            Order.NONE,
        ),
        (
            # The bundled article: priorities "identified as follows", in no stated order.
            "Tehran's strategic priorities in the South Caucasus can thus be identified as follows:",
            ["To counter and reduce U.S. influence", "To prevent the deployment of U.S./NATO troops"],
            Order.NONE,
        ),
    ],
)
def test_what_the_order_of_a_list_means(lead: str, entries: list[str], order: Order) -> None:
    assert _meaning(lead, entries) is order


def test_a_list_the_text_refers_to_by_number_is_ordered() -> None:
    lead = "At its first conference, in 1951, the party adopted these founding objectives:"
    entries = ["To win self-government", "To protect the Gaelic language", "To secure fair rents", "To bring power"]
    assert _meaning(lead, entries) is Order.NONE
    later = ("The fourth objective was the first to be met.",)
    assert _meaning(lead, entries, body=later) is Order.REFERENCED


def test_entries_that_print_their_own_number_are_asked_by_it_never_by_position() -> None:
    """river_treaty.md: "ARTICLE 1 – The Parties shall ...": the label is the cue, the position means nothing."""
    doc = read_document(DATA / "lists/river_treaty.md")
    items = [i for i in items_for_document(doc) if i.kind.startswith("list-")]
    assert not POSITION_KINDS & {i.kind for i in items}
    cloze = next(i for i in items if i.kind == "list-cloze" and i.answer.startswith("Disputes"))
    assert cloze.prompt.endswith("Article 4 – [...]")
    which = next(i for i in items if i.kind == "list-choice" and "Disputes" in i.prompt)
    assert which.answer == "Article 4" and set(which.choices) <= {f"Article {n}" for n in range(1, 6)}


def test_a_ranking_is_asked_by_rank() -> None:
    lead = "The three largest cities of the empire were:"
    doc, facts, lists = build([("s", "Population", [{"lead": lead, "items": ["Rome", "Alexandria", "Antioch"]}])])
    items = make_items(doc, facts, lists)
    prompts = {i.prompt: i.answer for i in items}
    assert prompts["Where does “Antioch” rank among the three largest cities of the empire in “A Test Article”?"] == "3"
    assert prompts["What is the third of the three largest cities of the empire in “A Test Article”?"] == "Antioch"


def test_a_book_s_table_of_contents_in_the_text_is_no_study_list() -> None:
    chapters = ["The Early Years", "War and Exile", "The Return to Power", "Last Days"]
    lead = "The biography is divided into four chapters:"
    doc, facts, lists = build([("book", "The Book", [{"lead": lead, "items": chapters}])], doc_title="A Life")
    assert make_items(doc, facts, lists) == []
    every = make_items(doc, facts, lists, keep_all=True)
    assert every and all("titles of works in a collection or bibliography" in i.quality.reasons for i in every)
