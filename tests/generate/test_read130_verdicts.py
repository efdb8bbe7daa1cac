"""Fault classes the blind read r130 (unseen set 70, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate import Kind
from tests.generate.article_items import article_items, encyclopedia_items


def test_an_initialism_the_text_writes_in_capitals_all_but_once_keeps_them() -> None:
    # r130 ("clean"): every FIFA item headed "Fifa —": one quotation writes "Fifa is a big museum" among 160 "FIFA"
    heads = {i.prompt.split(" — ")[0] for i in encyclopedia_items("fifa.txt") if " — " in i.prompt}
    assert "FIFA" in heads and "Fifa" not in heads


def test_no_the_before_a_spelled_out_acronym_after_a_count() -> None:
    # r130 ("clean", four items): "three senior the Fédération Internationale de Football Association (FIFA)
    # officials", "nine the Fédération ...", "fourteen the Fédération ..."
    prompts = [i.prompt for i in encyclopedia_items("fifa.txt")]
    assert [p for p in prompts if "three senior Fédération Internationale de Football Association (FIFA)" in p]
    assert not [p for p in prompts if " the Fédération Internationale de Football Association (FIFA) officials" in p]


def test_a_word_that_singled_out_the_subject_leaves_the_question() -> None:
    # r130 ("clean"): "When did notably the World Cup commence?"
    items = article_items(
        "FIFA is responsible for the organization and promotion of football's major international tournaments, "
        "notably the World Cup which commenced in 1930.",
        title="FIFA",
    )
    asked = {i.prompt.split(" — ")[-1] for i in items if i.kind is Kind.DATE_WHEN}
    assert asked == {"When did the World Cup commence?"}


def test_words_after_a_name_taken_for_a_second_verb_go_with_that_name() -> None:
    # r130 ("clean"): "Luso-Chinese trade relations were formally reestablished in [...] soon." ("and Portugal soon
    # after acquired a permanent lease": the parser joined Portugal to the verb and hung "soon" on it)
    items = article_items(
        "Luso-Chinese trade relations were formally reestablished in 1554 and Portugal soon after acquired a "
        "permanent lease for Macau in 1557, agreeing to pay 500 taels of silver as annual land rent.",
        title="Macau",
    )
    asked = {i.prompt.split(" — ")[-1] for i in items if i.kind is Kind.DATE_WHEN}
    assert "When were Luso-Chinese trade relations formally reestablished?" in asked
    assert not [i for i in items if "soon?" in i.prompt or "soon." in i.prompt]
