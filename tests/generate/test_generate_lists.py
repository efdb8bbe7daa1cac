"""Items of numbered lists: a gap among the neighbours, which of these belongs, the whole list, and (only where
the order means something) position and order; each with its unit, what it reveals and a quality verdict."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from generate_docs import build, by_kind

from studyapp.extract import find_lists
from studyapp.generate import items_for_document, make_items
from studyapp.generate.list_shapes import as_line
from studyapp.generate.model import split_topic
from studyapp.text import parse_document, read_document

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = DATA.parents[1] / "decks" / "israeli-azerbaijani-alliance-and-iran.txt"
GOALS = [
    "To counter foreign influence",
    "To secure the trade routes",
    "To keep the alliance",
    "To limit the rival's navy",
    "To support the partner",
]
SPEC = [
    (
        "aims",
        "STRATEGIC AIMS",
        [
            "The government has long-term aims.",
            {
                "lead": "The government's strategic goals in the region can thus be identified as follows:",
                "items": GOALS,
            },
        ],
    )
]


def test_every_entry_is_asked_as_a_gap_among_its_neighbours() -> None:
    doc, facts, lists = build(SPEC)
    clozes = [i for i in by_kind(make_items(doc, facts, lists), "list-cloze") if i.origin == lists[0].id]
    title = "The government's strategic goals in the region in “A Test Article”:"
    third = next(i for i in clozes if i.answer == GOALS[2])
    # "…" where entries are left out (blind read r4: three entries of fifteen read as the whole list)
    assert third.prompt == f"{title}\n…\n2. {GOALS[1]}\n3. [...]\n4. {GOALS[3]}\n…"
    assert third.cloze == f"{title}\n…\n2. {GOALS[1]}\n3. {{{{c1::{GOALS[2]}}}}}\n4. {GOALS[3]}\n…"
    assert third.unit == f"{lists[0].id}/3" and set(third.reveals) == {f"{lists[0].id}/2", f"{lists[0].id}/4"}
    first = next(i for i in clozes if i.answer == GOALS[0])
    assert first.prompt == f"{title}\n1. [...]\n2. {GOALS[1]}\n3. {GOALS[2]}\n…"
    last = next(i for i in clozes if i.answer == GOALS[4])
    assert last.prompt == f"{title}\n…\n3. {GOALS[2]}\n4. {GOALS[3]}\n5. [...]"


def test_a_short_list_is_shown_whole_around_its_gap() -> None:
    # blind read r4: "Maurice Tobin's four recommendations" showed three of them
    lead = "Tobin made four recommendations for the program's administrators:"
    recommendations = ["to share staff", "to set targets", "to exchange information", "to found a service"]
    doc, facts, lists = build([("aid", "Aid", [{"lead": lead, "items": recommendations}])], doc_title="The Plan")
    clozes = by_kind(make_items(doc, facts, lists), "list-cloze")
    assert clozes and all(c.prompt.count("\n") == 4 and "…" not in c.prompt for c in clozes)


def test_an_unordered_list_is_recalled_in_any_order_and_never_asked_by_position() -> None:
    doc, facts, lists = build(SPEC)
    items = make_items(doc, facts, lists)
    assert not {"list-item", "list-number", "list-order"} & {i.kind for i in items}
    recall = next(i for i in items if i.kind == "list-recall")
    assert recall.prompt == (
        "Recall the government's strategic goals in the region in “A Test Article” (5 goals, in any order)."
    )
    assert recall.answer == "\n".join(f"{n}. {g}" for n, g in enumerate(GOALS, 1))
    assert recall.unit == lists[0].id and len(recall.reveals) == 5


def test_an_ordered_list_is_asked_by_position_and_put_in_order() -> None:
    lead = "The war fell into five phases:"
    phases = ["the invasion", "the siege", "the winter truce", "the relief", "the retreat"]
    doc, facts, lists = build([("war", "The War", [{"lead": lead, "items": phases}])], doc_title="The Long War")
    items = make_items(doc, facts, lists)
    lines = [phase.capitalize() for phase in phases]  # entries on lines of their own begin with a capital
    third = next(i for i in items if i.kind == "list-item" and i.answer == "The winter truce")
    assert third.prompt == "What is the third of the five phases of the Long War?"  # "the war" named by the title
    number = next(i for i in items if i.kind == "list-number" and "the winter truce" in i.prompt)
    assert number.prompt == "What number is “the winter truce” among the five phases of the Long War?"
    assert number.answer == "3" and number.unit == third.unit == f"{lists[0].id}/3"
    drill = next(i for i in items if i.kind == "list-order")
    assert drill.order == tuple(lines) and drill.unit == lists[0].id
    shown = [line[2:] for line in drill.prompt.splitlines()[1:]]
    assert sorted(shown) == sorted(lines) and shown != lines
    recall = next(i for i in items if i.kind == "list-recall")
    assert recall.prompt == "Recall the five phases of the Long War, in order."


def _priorities_and_objectives():
    """The bundled article with its second list announced as objectives: two lists written alike ("To ...") of
    two kinds (the article's own two lists of priorities hold entries true of both, and lend each other none)."""
    text = SEED.read_text(encoding="utf-8").replace(
        "Iran's key priorities towards Azerbaijan can be identified", "Iran's key objectives towards Azerbaijan are"
    )
    return parse_document(text, name=SEED.name)


def test_which_of_these_belongs_takes_its_distractors_from_a_list_written_alike_of_another_kind() -> None:
    """Each list lends the other its wrong options, but never one close to an entry of the list asked about ("To
    counter and reduce U.S. influence" is no fair wrong option beside "To minimize U.S. influence and curtail
    Azerbaijan's bid for EU/NATO membership")."""
    assert not [i for i in items_for_document(read_document(SEED)) if i.kind == "list-choice"]
    doc = _priorities_and_objectives()
    south, azerbaijan = find_lists(doc)
    items = items_for_document(doc)
    choices = [i for i in items if i.kind == "list-choice" and i.origin == azerbaijan.id]
    wrong_options = {c for i in choices for c in i.choices if c != i.answer}
    assert 2 <= len(choices) <= len(wrong_options)  # no more such cards than wrong options to tell apart
    own = {entry.text for entry in azerbaijan.items}
    others = {entry.text for entry in south.items}
    for item in choices:
        assert item.prompt == (
            "Israeli-Azerbaijani Alliance and Iran — "
            "Which of these does the article list among Iran's key objectives towards Azerbaijan?"
        )
        assert len(item.choices) == 4 and item.choices.count(item.answer) == 1 and item.answer in own
        wrong = set(item.choices) - {item.answer}
        assert wrong <= others
        assert "To counter and reduce U.S. influence" not in wrong
        assert set(item.reveals) == {f"{south.id}/{e.number}" for e in south.items if e.text in wrong}


def test_a_glossed_list_asks_the_gloss_by_the_name_and_the_name_by_the_gloss() -> None:
    """cuban_missile_crisis.txt: "Blockade: Use the US Navy to block any missiles from arriving in Cuba"."""
    doc = read_document(DATA / "corpus/cuban_missile_crisis.txt")
    items = [i for i in items_for_document(doc) if i.kind.startswith("list-")]
    title = "The possible courses of action discussed by EXCOMM"
    cloze = next(i for i in items if i.kind == "list-cloze" and i.prompt.endswith("Secret approach: [...]"))
    assert cloze.prompt == f"Cuban Missile Crisis — {title}:\nSecret approach: [...]"  # under the article's title
    assert cloze.answer == "Offer Castro the choice of splitting with the Russians or being invaded"
    assert cloze.reveals == ()
    choice = next(i for i in items if i.kind == "list-choice" and "attack all known missile sites" in i.prompt)
    assert choice.prompt == (
        "Cuban Missile Crisis — Which of the possible courses of action discussed by EXCOMM goes with "
        "“Use the US Air Force to attack all known missile sites”?"
    )
    labels = {"Do nothing", "Diplomacy", "Secret approach", "Invasion", "Air strike", "Blockade"}
    assert choice.answer == "Air strike" and len(choice.choices) == 4 and set(choice.choices) <= labels
    # A gloss that names its label ("Blockade: Use the US Navy to block ...") is asked neither way.
    assert not [i for i in items if i.kind == "list-choice" and ("block any" in i.prompt or "invasion" in i.prompt)]
    assert not [i for i in items if i.kind == "list-cloze" and i.prompt.endswith("Blockade: [...]")]


def test_every_list_item_carries_a_quality_verdict_and_long_lists_are_not_recalled_whole() -> None:
    doc = read_document(SEED)
    every = [i for i in items_for_document(doc, keep_all=True) if i.kind.startswith("list-")]
    assert all(0.0 <= i.quality.score <= 1.0 for i in every)
    # twelve and fifteen priorities: asked entry by entry, never recalled as one card (blind read r20)
    assert every and not [i for i in every if i.kind == "list-recall"]


def test_list_items_link_to_the_lead_and_the_notes_of_their_entry() -> None:
    doc, facts, lists = build(SPEC, notes={7: "A report of 2010."})
    noted = replace(lists[0].items[1], footnotes=(7,))
    lists[0] = replace(lists[0], items=(lists[0].items[0], noted, *lists[0].items[2:]))
    items = [i for i in make_items(doc, facts, lists) if i.origin == lists[0].id]
    assert all(i.source.text == lists[0].lead and i.source.section == "aims" for i in items)
    second = next(i for i in items if i.kind == "list-cloze" and i.answer == GOALS[1])
    assert second.source.footnotes == ((7, "A report of 2010."),)
    recall = next(i for i in items if i.kind == "list-recall")
    assert recall.source.footnotes == ((7, "A report of 2010."),)
    first = next(i for i in items if i.kind == "list-cloze" and i.answer == GOALS[0])
    assert first.source.footnotes == ()


def test_a_list_in_running_text_cites_its_sentence() -> None:
    doc = read_document(DATA / "lists/canal_shapes.txt")
    powers = find_lists(doc)[0]
    items = [i for i in items_for_document(doc) if i.origin == powers.id]
    assert items and all(i.source.text == powers.sentence for i in items)
    assert powers.sentence.startswith("Its act of Parliament gave the company three powers: (1) to buy land")


def test_items_follow_article_order_facts_and_lists_interleaved() -> None:
    doc, facts, lists = build(
        [
            (
                "s",
                "S",
                [
                    "The Halden chess club was founded in 1901.",
                    {"lead": "The Halden chess club has three rules:", "items": ["One", "Two", "Three"]},
                    "The Halden chess club closed in 1950.",
                    "A Halden museum opened in 1960.",
                ],
            )
        ]
    )
    items = make_items(doc, facts, lists)
    first = {}
    for item in items:
        first.setdefault(item.origin, item.position)
    founded, closed = (next(f.id for f in facts if str(year) in f.sentence) for year in (1901, 1950))
    assert first[founded] < first[lists[0].id] < first[closed]
    drill = by_kind(items, "chronology")[0]
    assert drill.position == max(first[f.id] for f in facts)  # introduced once all its events were seen
    assert items.index(drill) == len(items) - 1


def test_no_wrong_option_bears_the_mark_of_its_own_list() -> None:
    """A question on the South Caucasus list never offers an entry of the Azerbaijan list that names
    Azerbaijan (it would give itself away), and the right option is never the only one to name it."""
    doc = _priorities_and_objectives()
    south, azerbaijan = find_lists(doc)
    choices = [i for i in items_for_document(doc) if i.kind == "list-choice"]
    assert {i.origin for i in choices} == {south.id, azerbaijan.id}
    for item in (i for i in choices if i.origin == south.id):
        assert not [c for c in item.choices if c != item.answer and "Azerbaijan" in c]
    for item in (i for i in choices if i.origin == azerbaijan.id):
        names = ["Azerbaijan" in c for c in item.choices]
        assert names.count("Azerbaijan" in item.answer) >= 2  # the answer shares its look with a wrong option


def test_a_list_of_names_takes_wrong_options_from_other_people_the_text_names() -> None:
    """Officials pardoned: the wrong options are other people of the article (the counsel, two convicted
    men), never the pardoner named in the title, never a name sharing a word with an entry."""
    doc = read_document(DATA / "lists/iran_contra_pardons.txt")
    choices = [i for i in items_for_document(doc) if i.kind == "list-choice"]
    entries = {
        "Elliott Abrams",
        "Duane Clarridge",
        "Alan Fiers",
        "Clair George",
        "Robert McFarlane",
        "Caspar Weinberger",
    }
    assert len(choices) == 3  # three names to choose from: three cards, not six with the same wrong options
    for item in choices:
        assert item.answer in entries and item.choices.count(item.answer) == 1 and len(item.choices) == 4
        assert set(item.choices) - {item.answer} <= {"Lawrence Walsh", "Oliver North", "John Poindexter"}
        assert item.reveals == ()  # a name of the text is no entry of a list


def test_the_entries_of_an_order_of_works_are_asked_as_what_comes_in_it() -> None:
    """canal_shapes.txt: "He set out the order of the works as follows:" (the engineer of the sentence before)."""
    doc = read_document(DATA / "lists/canal_shapes.txt")
    prompts = {
        split_topic(i.prompt)[1]: i.answer for i in items_for_document(doc) if i.kind in ("list-item", "list-number")
    }
    title = "the order of the works set out by Thomas Dadford"
    assert prompts[f"What comes fourth in {title}?"] == "Open the canal to traffic"  # an answer on its own line
    assert prompts[f"In {title}, what number is “open the canal to traffic”?"] == "4"


@pytest.mark.parametrize(
    ("entry", "line"),
    [
        ('that the "technical abstract" service', 'That the "technical abstract" service'),
        ("“on the Combustion of Phosphorus.”", "“On the Combustion of Phosphorus.”"),
        ("de Gaulle's resignation", "De Gaulle's resignation"),
        ("iPhone sales in 2010", "iPhone sales in 2010"),  # a word in mixed case is written so on purpose
        ("3 million tonnes of grain", "3 million tonnes of grain"),
    ],
)
def test_an_entry_on_a_line_of_its_own_begins_with_a_capital(entry: str, line: str) -> None:
    assert as_line(entry) == line
