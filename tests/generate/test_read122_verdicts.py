"""Fault classes the blind read r122 (unseen set 64, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate.event_signs import holds_a_share, lost_words
from tests.generate.article_items import encyclopedia_items


def test_the_year_a_share_was_held_is_a_figure() -> None:
    # r122 ("worth learning"): "When did about 13% of households in Sub-Saharan countries own ITNs?" (2007)
    assert holds_a_share("About 13% of households in Sub-Saharan countries", "They owned ITNs.")
    assert not holds_a_share("Over 60% of Norway's population", "Over 60% of Norway's population died.")
    assert not [i for i in encyclopedia_items("malaria.txt") if "13% of households" in i.prompt]


def test_other_and_a_count_of_unnamed_units_lean() -> None:
    # r122 ("answerable"): "When did other medications begin to appear?", "When did the two assault brigades start
    # their attack at 01:05 ...?"
    offered = [
        i.prompt for i in encyclopedia_items("malaria.txt") + encyclopedia_items("second_battle_of_el_alamein.txt")
    ]
    assert not [p for p in offered if p.endswith("When did other medications begin to appear?")]
    assert not [p for p in offered if "— When did the two assault brigades" in p]


def test_a_pronunciation_the_copy_lost_is_lost_words() -> None:
    # r122 ("clean"): "Panzer Army Africa (/, Generalfeldmarschall Erwin Rommel), composed of ..."
    assert lost_words("Panzer Army Africa (/, Generalfeldmarschall Erwin Rommel), composed of German units")
