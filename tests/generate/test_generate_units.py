"""Every item names its unit of memory and the other units whose answers it shows."""

from studyapp.generate import items_for_document
from studyapp.storage.items import item_from_json, item_to_json
from studyapp.text import parse_document

ARTICLE = """A Short History

EVENTS

The port of Halden opened in 1851. A railway reached Halden in 1862. The Halden bridge was finished in 1874.
The first Halden school opened in 1880. A fire destroyed the Halden market in 1891.

AIMS

The council set out three aims:

1. to pave the main street;
2. to light the harbour; and
3. to build a library.
"""


def test_items_name_their_units_and_what_they_reveal():
    items = items_for_document(parse_document(ARTICLE, name="history"))
    facts = {i.unit for i in items if i.kind.startswith("date-")}
    assert len(facts) == 5 and all(i.unit == i.origin for i in items if i.kind.startswith("date-"))
    entries = {i.unit for i in items if i.kind in ("list-item", "list-number", "list-cloze")}
    assert len(entries) == 3
    cloze = next(
        i for i in items if i.kind == "list-cloze" and i.answer == "To light the harbour"
    )  # on a line of its own
    assert set(cloze.reveals) == entries - {cloze.unit}
    recall = next(i for i in items if i.kind == "list-recall")
    assert set(recall.reveals) == entries and recall.unit not in entries
    drill = next(i for i in items if i.kind == "chronology")
    assert set(drill.reveals) <= facts and len(drill.reveals) >= 3


def test_units_reveals_and_quality_survive_storage():
    for item in items_for_document(parse_document(ARTICLE, name="history")):
        assert item_from_json(item_to_json(item)) == item


MATES = """Iran and Azerbaijan

RELATIONS

Iran was among the first countries to recognize Azerbaijan's return to independence in 1991, establishing \
diplomatic relations with Baku in March 22, 1992. The embassy moved in 1995.
"""  # the first sentence is the bundled article's own


def test_facts_of_one_sentence_reveal_each_other():
    """Every item of a fact shows its sentence, and with it the dates of the other facts there: the cloze of
    1991 shows "March 22, 1992", the answer of that fact."""
    items = items_for_document(parse_document(MATES, name="mates"))
    by_date = {i.answer: i.unit for i in items if i.kind == "date-cloze"}
    first, second, alone = by_date["1991"], by_date["March 22, 1992"], by_date["1995"]
    for item in items:
        if item.unit == first:
            assert second in item.reveals, item.kind
        if item.unit == second:
            assert first in item.reveals, item.kind
        if item.unit == alone:
            assert item.reveals == ()
