"""Reading what a lead announces, and the noun phrase tools it rests on (spaCy, lemminflect)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from studyapp.language.list_leads import Lead, announces, lead_titles
from studyapp.language.noun_phrases import participle, possessive, rule_singular


@pytest.mark.parametrize(("word", "singular"), [("dams", "dam"), ("findings", "finding"), ("crisis", "crisis")])
def test_a_singular_by_lemminflect_s_rules(word: str, singular: str) -> None:
    assert rule_singular(word) == singular


def test_the_singular_of_what_is_listed_comes_from_the_parser() -> None:
    (title,) = lead_titles([Lead("EXCOMM quickly discussed several possible courses of action:", entries=6)])
    assert title is not None and (title.noun, title.singular) == ("courses of action", "course of action")
    (title,) = lead_titles([Lead("Tehran's strategic priorities can thus be identified as follows:", entries=3)])
    assert title is not None and (title.noun, title.singular) == ("priorities", "priority")


def test_participles_and_possessives() -> None:
    assert [participle(v) for v in ("discuss", "set", "lay", "pardon")] == ["discussed", "set", "laid", "pardoned"]
    assert possessive("Maurice Tobin") == "Maurice Tobin's"
    assert possessive("the delegates", plural=True) == "the delegates'"
    assert possessive("the process") == "the process's"


@pytest.mark.parametrize(
    ("text", "announcing"),
    [
        ("Tehran's strategic priorities in the South Caucasus can thus be identified as follows:", True),
        ("The governments of the region and their partners should:", True),
        ("The main points are these:", True),
        ("The US had no plan in place.", False),
        ("And they?", False),
    ],
)
def test_what_announces_a_list(text: str, announcing: bool) -> None:
    assert announces(text) is announcing


def test_he_is_found_in_the_sentence_before_and_the_program_in_the_section_title() -> None:
    """marshall_plan.txt: the lead's "He" is Maurice Tobin, named in the sentence before."""
    lead = Lead(
        "He urged that the United States play a large role in improving European productive efficiency by "
        "providing four recommendations for the program's administrators:",
        before="Before the Technical Assistance Program even went into effect, United States Secretary of Labor "
        "Maurice Tobin expressed his confidence in American productivity and technology.",
        titles=("Technical Assistance Program", "Marshall Plan"),
        entries=4,
    )
    (title,) = lead_titles([lead])
    assert title is not None and title.named and title.counted and title.noun == "recommendations"
    assert (
        title.text == "Maurice Tobin's four recommendations for the administrators of the Technical Assistance Program"
    )


def test_an_unknown_he_leaves_no_pronoun_in_the_title() -> None:
    (title,) = lead_titles([Lead("He set out five demands:", before="The strike began in May.", entries=5)])
    assert title is not None and title.text == "The five demands" and not title.named


def test_a_number_that_does_not_match_the_entries_is_left_out() -> None:
    (title,) = lead_titles([Lead("The council adopted four measures:", entries=3)])
    assert title is not None and not title.counted and "four" not in title.text


def test_importing_the_generator_loads_neither_spacy_nor_lemminflect() -> None:
    """Nothing heavy on the way to the first window: the parser loads when a document is first read."""
    code = "import sys, studyapp.generate, studyapp.language.list_leads; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
