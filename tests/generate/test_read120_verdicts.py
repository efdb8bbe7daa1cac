"""Fault classes the blind read r120 (set 63, 7 December: Moon unseen; French Revolution, Renaissance and Roman
Empire development articles already) found, tested with the articles' own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate.event_signs import lost_words
from tests.generate.article_items import article_items, encyclopedia_items


def test_an_opening_phrase_that_points_back_is_not_carried_into_the_question() -> None:
    # r120 ("answerable"): "When did the Jacobins gain control of the Committee of Public Safety, following these
    # arrests?"
    asked = [i.prompt for i in encyclopedia_items("french_revolution.txt") if "Committee of Public Safety" in i.prompt]
    assert [p for p in asked if p.endswith("When did the Jacobins gain control of the Committee of Public Safety?")]
    assert not [p for p in asked if "following these arrests?" in p]


def test_a_his_inside_the_subject_with_no_one_named_leans() -> None:
    # r120 ("answerable"): "When was the faction of his assassins driven from Rome ...?" (Caesar is not named)
    offered = [i.prompt for i in encyclopedia_items("roman_empire.txt")]
    assert not [p for p in offered if p.startswith("Roman Empire — ") and "faction of his assassins" in p]


def test_a_quantity_the_copy_lost_is_lost_words() -> None:
    # r120 ("clean"): "When did LCROSS send a impactor into a permanently shadowed polar crater, and detect at least
    # of water in a plume of ejected material?" (a weight and a volume lost with their templates)
    assert lost_words("LCROSS sent a impactor into a permanently shadowed polar crater")
    assert lost_words("and detect at least of water in a plume of ejected material")
    assert not lost_words("It was at least of the same size as a major city")
    assert not [i for i in encyclopedia_items("moon.txt") if "a impactor" in i.prompt]


def test_these_before_an_object_leans_on_the_sentence_before() -> None:
    # r120's "these arrests" where the phrase stays among the clause's words: which reforms?
    items = article_items("In 1990 Parliament passed these reforms.", title="Albania", keep_all=True)
    asked = [i for i in items if "these reforms" in i.prompt]
    assert asked and all(
        "leans on the sentence before" in " ".join(i.quality.reasons) or i.quality.score < 0.7 for i in asked
    )
