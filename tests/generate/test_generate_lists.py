"""Items of numbered lists: by number, by item, overlapping cloze, recall and order."""

from __future__ import annotations

import pytest
from generate_docs import build, by_kind

from studyapp.generate import make_items
from studyapp.generate.lists import item_noun, short_title

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
            {"lead": "Steps:", "items": ["Gather", "Sort"]},
        ],
    )
]


def test_every_list_item_yields_its_items_and_each_list_a_recall_and_an_order_drill() -> None:
    doc, facts, lists = build(SPEC)
    items = make_items(doc, facts, lists)
    for study_list in lists:
        own = [i for i in items if i.origin == study_list.id]
        for kind in ("list-item", "list-number", "list-cloze"):
            assert sorted(i.answer if kind != "list-number" else i.prompt for i in own if i.kind == kind) == sorted(
                e.text
                if kind != "list-number"
                else next(i.prompt for i in own if i.kind == kind and f"“{e.text}”" in i.prompt)
                for e in study_list.items
            )
        assert [i.kind for i in own].count("list-recall") == 1
        assert [i.kind for i in own].count("list-order") == 1


def test_prompts_name_the_list_by_a_short_title() -> None:
    doc, facts, lists = build(SPEC)
    items = make_items(doc, facts, lists)
    by_number = {i.prompt: i.answer for i in by_kind(items, "list-item")}
    assert by_number["Goal 4 of the government's strategic goals in the region?"] == GOALS[3]
    numbers = {i.prompt: i.answer for i in by_kind(items, "list-number")}
    assert numbers["In the government's strategic goals in the region, what number is “To keep the alliance”?"] == "3"
    recall = next(i for i in by_kind(items, "list-recall") if "goal" in i.prompt)
    assert recall.prompt == "Recall the government's strategic goals in the region (5 goals), in order."
    assert recall.answer == "\n".join(f"{n}. {g}" for n, g in enumerate(GOALS, 1))


@pytest.mark.parametrize(
    ("lead", "title", "noun"),
    [
        (
            "Tehran's strategic priorities in the South Caucasus can thus be identified as follows:",
            "Tehran's strategic priorities in the South Caucasus",
            "Priority",
        ),
        (
            "In light of this, Iran's key priorities towards Azerbaijan can be identified as follows:",
            "Iran's key priorities towards Azerbaijan",
            "Priority",
        ),
        ("The following are the main causes of the war:", "The main causes of the war", "Cause"),
        ("The reforms included:", "The reforms", "Reform"),
        ("Key steps:", "Key steps", "Step"),
        (
            "The committee made several recommendations, which can be summarized as follows:",
            "The committee made several recommendations",
            "Recommendation",
        ),
        ("Consider what follows.", "Consider what follows", "Item"),
        ("The treaty of the river set out these duties:", "The duties that the treaty of the river set out", "Duty"),
        ("Its charter named the following goals:", "The goals that its charter named", "Goal"),
        ("Consider these points:", "The points", "Point"),
    ],
)
def test_short_title_and_item_noun(lead: str, title: str, noun: str) -> None:
    assert short_title(lead, "Section") == title
    assert item_noun(title) == noun


def test_a_very_long_lead_is_cut_at_a_word() -> None:
    lead = "When the war ended the new government, " + "which had many more worries than money, " * 4 + "acted:"
    title = short_title(lead, "Section")
    assert len(title) <= 91 and title.endswith("…") and lead.startswith(title[:-1].rstrip())


def test_the_cloze_shows_the_neighbours_and_gaps_only_its_item() -> None:
    doc, facts, lists = build(SPEC)
    clozes = [i for i in by_kind(make_items(doc, facts, lists), "list-cloze") if i.origin == lists[0].id]
    title = "The government's strategic goals in the region:"
    third = next(i for i in clozes if i.answer == GOALS[2])
    assert third.prompt == f"{title}\n2. {GOALS[1]}\n3. [...]\n4. {GOALS[3]}"
    assert third.cloze == f"{title}\n2. {GOALS[1]}\n3. {{{{c1::{GOALS[2]}}}}}\n4. {GOALS[3]}"
    first = next(i for i in clozes if i.answer == GOALS[0])
    assert first.prompt == f"{title}\n1. [...]\n2. {GOALS[1]}\n3. {GOALS[2]}"
    last = next(i for i in clozes if i.answer == GOALS[4])
    assert last.prompt == f"{title}\n3. {GOALS[2]}\n4. {GOALS[3]}\n5. [...]"


def test_the_order_drill_lists_every_item_shuffled_and_keeps_the_true_order() -> None:
    doc, facts, lists = build(SPEC)
    for drill in by_kind(make_items(doc, facts, lists), "list-order"):
        study_list = next(s for s in lists if s.id == drill.origin)
        assert drill.order == tuple(e.text for e in study_list.items)
        shown = [line[2:] for line in drill.prompt.splitlines()[1:]]
        assert sorted(shown) == sorted(drill.order) and tuple(shown) != drill.order


def test_list_items_link_to_the_lead_and_the_notes_of_their_item() -> None:
    doc, facts, lists = build(SPEC, notes={7: "A report of 2010."})
    noted = lists[0].items[1].__class__(2, GOALS[1], (7,))
    lists[0] = lists[0].__class__(
        lists[0].id, lists[0].section, lists[0].lead, (lists[0].items[0], noted, *lists[0].items[2:]), 0
    )
    items = [i for i in make_items(doc, facts, lists) if i.origin == lists[0].id]
    assert all(i.source.text == lists[0].lead and i.source.section == "aims" for i in items)
    second = next(i for i in items if i.kind == "list-item" and i.answer == GOALS[1])
    assert second.source.footnotes == ((7, "A report of 2010."),)
    recall = next(i for i in items if i.kind == "list-recall")
    assert recall.source.footnotes == ((7, "A report of 2010."),)
    first = next(i for i in items if i.kind == "list-item" and i.answer == GOALS[0])
    assert first.source.footnotes == ()


def test_items_follow_article_order_facts_and_lists_interleaved() -> None:
    doc, facts, lists = build(
        [
            (
                "s",
                "S",
                [
                    "The club was founded in 1901.",
                    {"lead": "Its rules:", "items": ["One", "Two", "Three"]},
                    "The club closed in 1950.",
                    "A museum opened in 1960.",
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
