"""Chronology drills: three events of a section in order, no ties, no dates shown, ids from the member facts."""

from __future__ import annotations

from generate_docs import build, by_kind

from studyapp.generate import make_items
from studyapp.generate.chronology import describe
from studyapp.generate.spans import disjoint, span

# events a time line can show alone: each names what it tells of (blind reads failed "The port was founded")
EVENTS = [
    "The port of Riga was founded in 1703.",
    "In 1812, Napoleon's army burned the old town of Riga.",
    "Riga University opened in 1755.",
    "A railway reached Riga in 1851.",
    "The great fire destroyed the Riga market in August 1851.",
    "In 1851, the first Latvian newspaper was printed.",
    "Riga hosted a world fair in 1900.",
    "The Riga tram line was electrified in 1912.",
    "The Riga harbour was rebuilt during World War II.",
]


def test_drills_hold_three_events_in_a_strict_order_without_their_dates() -> None:
    doc, facts, lists = build([("history", "HISTORY", EVENTS)])
    drills = by_kind(make_items(doc, facts, lists), "chronology")
    assert drills
    member_facts = {f.id: f for f in facts}
    for drill in drills:
        assert len(drill.order) == 3
        members = [
            member_facts[
                next(
                    f.id for f in facts if f.sentence in drill.source.text.splitlines() and _described(f.sentence, text)
                )
            ]
            for text in drill.order
        ]
        spans = [span(f.date) for f in members]
        assert spans == sorted(spans)
        assert all(disjoint(a, b) for i, a in enumerate(spans) for b in spans[i + 1 :])  # no ties, no overlap
        for text, fact in zip(drill.order, members, strict=True):
            assert fact.date.text not in text
        shown = [line[2:] for line in drill.prompt.splitlines()[1:]]
        assert sorted(shown) == sorted(drill.order) and tuple(shown) != drill.order
        assert drill.answer.splitlines()[0].startswith("1. ") and members[0].date.text in drill.answer.splitlines()[0]


def _described(sentence: str, text: str) -> bool:
    words = [w for w in text.rstrip(".").split() if w[0].islower()]
    return all(w in sentence for w in words[:4])


def test_overlapping_dates_never_share_a_drill() -> None:
    doc, facts, lists = build([("history", "HISTORY", EVENTS)])
    drills = by_kind(make_items(doc, facts, lists), "chronology")
    for drill in drills:
        in_1851 = [t for t in drill.order if "railway" in t or "great fire" in t or "newspaper" in t]
        assert len(in_1851) <= 1, drill.order


def test_events_of_different_sections_are_never_drilled_together() -> None:
    # blind reads: drills across the article's sections were good at 60%, drills of three events of one section
    # at 88% (one unclear event spoils a drill; events of different sections share no story to place them by)
    doc, facts, lists = build(
        [
            ("a", "A", ["Fort Kastel was built in 1520."]),
            ("b", "B", ["King Sigismund died in 1610.", "St Peter's Church burned in 1702."]),
            ("c", "C", ["A bridge over the Daugava was opened in 1801."]),
            ("d", "D", [*EVENTS[:3], "The Riga tram line was electrified in 1912."]),
        ],
        doc_id="small",
    )
    drills = by_kind(make_items(doc, facts, lists), "chronology")
    assert len(drills) == 1
    assert drills[0].origin == "d" and drills[0].prompt.startswith("Put these events of the section “D” of")
    assert len(drills[0].order) == 3


def test_drill_ids_come_from_their_members_so_an_event_added_later_keeps_earlier_drills() -> None:
    doc, facts, lists = build([("history", "HISTORY", EVENTS)])
    before = {d.id: d.order for d in by_kind(make_items(doc, facts, lists), "chronology")}
    doc2, facts2, lists2 = build([("history", "HISTORY", [*EVENTS, "A Riga metro line opened in 1955."])])
    after = {d.id: d.order for d in by_kind(make_items(doc2, facts2, lists2), "chronology")}
    kept = set(before) & set(after)
    assert kept and all(before[k] == after[k] for k in kept)
    assert len(kept) >= len(before) - 1  # at most the last drill changes


def test_an_event_told_through_a_quotation_is_not_placed_on_a_time_line() -> None:
    long_quote = (
        "At a conference held at the national university in the capital, the former head of the military "
        'intelligence service, General Anna Berg, said in 1999, "It is very important to form a '
        'coalition with the moderate countries which fear the threat and to act before it is too late."'
    )
    doc, facts, lists = build(
        [
            (
                "s",
                "S",
                ["The port of Riga was founded in 1703.", long_quote, "The Riga tram line was electrified in 1912."],
            )
        ]
    )
    # blind reads: cut before its quotation ("General Anna Berg, said, …"), it reads as a broken sentence
    events = {text for drill in by_kind(make_items(doc, facts, lists), "chronology") for text in drill.order}
    assert not any("Anna Berg" in text for text in events)
    berg = next(fact for fact in facts if "Anna Berg" in fact.sentence)
    assert describe(berg) is None
