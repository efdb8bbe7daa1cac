"""Fault classes the blind read r144 (unseen set 78, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_bare_definite_noun_after_for_in_the_subject_leans() -> None:
    # r144 ("answerable"): "When were the original plans for the facade discovered?": which facade?
    assert not [i for i in encyclopedia_items("romanticism.txt") if "plans for the facade" in i.prompt]


def test_a_work_published_as_if_it_published_is_asked_no_question() -> None:
    # r144 ("clean"): "When did Tamar Garb's Women Impressionists publish?" of "... published in 1986"
    prompts = [i.prompt for i in encyclopedia_items("impressionism.txt") if "Women Impressionists" in i.prompt]
    assert prompts
    assert not [p for p in prompts if "When did" in p]


def test_a_work_published_as_if_it_published_is_asked_no_question_beside_a_clause_the_card_cuts() -> None:
    # r144 ("clean"): "When did Charlotte's Jane Eyre and Emily's Wuthering Heights publish?" of "..., both
    # published in 1847, which introduced more Gothic themes"
    assert not [i for i in encyclopedia_items("romanticism.txt") if "Wuthering Heights publish" in i.prompt]
