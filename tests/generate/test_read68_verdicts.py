"""Fault classes blind read r68 found on unseen articles (Continuation War, Finnish Civil War, Operation Barbarossa,
Russian Civil War, Spanish–American War), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from pathlib import Path

from studyapp.generate import items_for_document
from studyapp.text import parse_document

REPO = Path(__file__).resolve().parents[2]


def test_a_span_that_opens_the_clause_is_gapped_in_the_clause_without_the_sentences_link_word() -> None:
    # r68: "Also, [...], 161 new divisions were activated." (the clause, without "Also,", was not found to hold its
    # date, written "Between" there and "between" in the sentence, so the whole sentence was shown)
    text = (
        "Operation Barbarossa\n\nOperation Barbarossa was the invasion of the Soviet Union.\n\nSoviet preparations\n\n"
        "Also, between January 1939 and May 1941, 161 new divisions were activated.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    clozes = [i.prompt.split(" — ")[-1] for i in made if i.kind == "date-cloze"]
    assert clozes == ["[...], 161 new divisions were activated."]


def test_a_register_of_office_holders_is_no_list_to_learn() -> None:
    # r43, r45: "What is the 29th of the Governors of the Hudson's Bay Company?", "What number is “1889–1914 Donald
    # Alexander Smith” among ...?" (7 items, none good): a register of 39 holders is looked up, not learnt
    source = (REPO / "tests" / "data" / "encyclopedia" / "hudsons_bay_company.txt").read_text(encoding="utf-8")
    start = source.index("Chronological list of Governors")
    register = source[start : source.index("\n\n", source.index("39.", start))]
    lead = "Hudson's Bay Company\n\nThe Hudson's Bay Company is a Canadian retail business.\n\nGovernors\n\n"
    text = f"{lead}{register}\n"
    made = items_for_document(parse_document(text, name="article.txt"))
    assert not [i for i in made if str(i.kind).startswith("list-")]
