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


def test_a_thing_the_title_does_not_name_told_only_as_the_and_a_noun_is_asked_in_its_sentence() -> None:
    # r68: "When did the Finnish Army halt the offensive?" (which offensive? the sentence says: the attack that drove
    # the Finns back); judged: 88 of 150 such questions good. "The tower" of "Eiffel Tower" names the article's own.
    text = (
        "Continuation War\n\nThe Continuation War was a conflict fought by Finland and Nazi Germany against the "
        "Soviet Union.\n\nSoviet offensive\n\n"
        "The attack drove the Finns from most of the territories they had gained during the war, but the Finnish "
        "Army halted the offensive in August 1944.\n"
    )
    made = items_for_document(parse_document(text, name="continuation_war.txt"))
    dated = [i for i in made if i.answer == "August 1944"]
    assert dated and not [i for i in dated if i.prompt.endswith("?") and "the offensive" in i.prompt]
    assert [i for i in dated if i.kind == "date-cloze" and "The attack drove the Finns" in i.prompt]
    tower = (
        "Eiffel Tower\n\nThe Eiffel Tower is a wrought-iron lattice tower in Paris.\n\nHistory\n\n"
        "Gustave Eiffel opened the tower to the public on 15 May 1889.\n"
    )
    asked = [i.prompt for i in items_for_document(parse_document(tower, name="eiffel.txt")) if i.kind == "date-when"]
    assert asked == ["Eiffel Tower — When did Gustave Eiffel open the tower to the public?"]
