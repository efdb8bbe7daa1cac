"""A fault class the blind read r100 (unseen set 48, 7 December) found, tested with the article's own sentence
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_clause_that_only_says_so_of_another_is_not_asked_alone() -> None:
    # r100 ("answerable", "clean"): "So was Valencia in [...]." of "In 1229 Majorca was conquered, so was Valencia in
    # 1238." (conquered, as the clause before says)
    made = encyclopedia_items("spain.txt")
    assert len(made) > 50 and not [i for i in made if "So was Valencia" in i.prompt + i.answer]


def test_a_participle_the_parser_hung_on_the_date_goes_with_it() -> None:
    # r100 ("clean"): "When was the Joint Comprehensive Plan of Action created aimed to loosen the nuclear sanctions
    # ...?" of "... was created on 14 July 2015, aimed to loosen ..."
    asked = [i.prompt for i in encyclopedia_items("iran.txt") if i.answer == "14 July 2015" and i.prompt.endswith("?")]
    assert [p for p in asked if p.endswith("When was the Joint Comprehensive Plan of Action created?")]
    assert not [p for p in asked if "created aimed" in p]
