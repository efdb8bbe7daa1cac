"""Fault classes of blind read r5 (held-out articles, tests/quality/README.md). The held-out articles are never
opened: each class is tested here with a sentence of a development article or one written like it."""

from __future__ import annotations

from generate_docs import build, by_kind

from studyapp.generate import items_for_document, make_items
from studyapp.text import parse_document

CUBA = (
    "The Cuban Missile Crisis\n\nTHE BLOCKADE\n\n"
    "On October 22, 1962, Kennedy announced a naval blockade of Cuba. "
    "The first Soviet ships turned back on October 24, 1962. "
    "Khrushchev agreed to remove the missiles on October 28, 1962.\n"
)


def test_every_date_item_is_headed_by_the_article_it_comes_from() -> None:
    # "When was the Jesuit Order banned?" named neither the country nor the man the article is about
    items = items_for_document(parse_document(CUBA, name="cuba.txt"))
    dated = [i for i in items if str(i.kind) in ("date-cloze", "date-when", "date-choice")]
    assert dated and all(i.prompt.startswith("The Cuban Missile Crisis — ") for i in dated)


def test_a_wrong_day_stays_within_a_year_of_the_right_one() -> None:
    # "October 22, 1960" and "1964" for Kennedy's blockade of 1962: he was not in office, the guess is easy
    items = items_for_document(parse_document(CUBA, name="cuba.txt"))
    for choice in (i for i in items if str(i.kind) == "date-choice"):
        assert all(c.endswith(("1962", "1961", "1963")) for c in choice.choices), choice.choices


def test_entries_as_long_as_paragraphs_are_not_asked_one_by_one_nor_recalled_whole() -> None:
    paragraph = (
        "that the bishops shall reside in their dioceses and preach there every Sunday and on the solemn feasts, "
        "that they shall visit every parish of the diocese at least once in two years, that they shall hold a "
        "synod every year, and that they shall found a seminary for the training of the clergy of the diocese"
    )
    entries = [f"{paragraph} ({n})" for n in range(1, 5)]
    lead = "The council's four decrees on the bishops were these:"
    doc, facts, lists = build([("d", "Decrees", [{"lead": lead, "items": entries}])], doc_title="The Council")
    items = make_items(doc, facts, lists)
    assert not by_kind(items, "list-cloze") and not by_kind(items, "list-recall")
