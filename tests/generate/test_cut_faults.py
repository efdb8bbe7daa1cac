"""Clauses cut out of their sentence so that the English broke or the meaning changed (blind reads r2 and r3,
and a read of the development articles on 2026-12-03), each with the real sentence it was found in."""

from __future__ import annotations

import sys
from pathlib import Path

from studyapp.generate import items_for_document
from studyapp.text import parse_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "language"))
from test_events import event  # the event of a date in a sentence, as extract finds it

TERRITORIES = (
    "Following the successful conclusion of the Spanish-American War in 1898, the United States gained control of "
    "territories that could serve as the coaling stations and naval bases that Mahan had discussed, such as Puerto "
    "Rico, Guam, and the Philippines."
)
WORKED_ON = (
    "At 5:00 pm EDT on October 25, 1962, William Clements announced that the missiles in Cuba were still actively "
    "being worked on."
)
ALASKA = (
    "The purchase of Alaska in 1867 marked the end of Russian efforts to expand trade and settlements to the "
    "Pacific coast of North America, and became an important step in the United States rise as a great power in "
    "the Asia-Pacific region."
)
ANTILLES = (
    "Although some of these struggles were initially articulated in the terms of eventual independence, Aruba has "
    "maintained its autonomous status while the Netherlands Antilles was dismantled in 2010, reopening the question "
    "of sovereignty in the Dutch Caribbean."
)


def _prompts(sentence: str, kind: str = "date-cloze") -> list[str]:
    doc = parse_document(f"Milestones\n\nTHE SECTION\n\n{sentence}\n", name="article.txt")
    return [i.prompt for i in items_for_document(doc) if str(i.kind) == kind]


def test_a_defining_relative_clause_stays_with_its_noun() -> None:
    # was "the United States gained control of territories.": which territories is the fact
    assert "territories that could serve as the coaling stations" in event(TERRITORIES, "1898").clause


def test_a_preposition_that_ends_the_sentence_in_the_text_stays() -> None:
    # was "... the missiles in Cuba were still actively being worked."
    assert event(WORKED_ON, "October 25, 1962").clause.endswith("being worked on.")


def test_a_sentence_its_clause_would_break_is_shown_whole() -> None:
    # was "... and became an important step in the United States." (the parse cut "rise as a great power")
    (prompt,) = _prompts(ALASKA)
    assert prompt.endswith("in the United States rise as a great power in the Asia-Pacific region.")


def test_a_clause_that_ends_at_a_comma_is_still_cut_out() -> None:
    # the cut is clean, and the sentence's opening points back ("these struggles"): the clause alone is asked
    (prompt,) = _prompts(ANTILLES)
    assert prompt == "Milestones — The Netherlands Antilles was dismantled in [...]."


TREATY = "President Andrew Johnson signed the treaty on May 28, 1867."
ISLANDS = (
    "In 1898, however, President McKinley and the American public were more favorably disposed toward acquiring "
    "the islands."
)


def _document_items(title: str, section: str, sentence: str) -> list:
    doc = parse_document(f"{title}\n\n{section}\n\n{sentence}\n", name="article.txt")
    return items_for_document(doc)


def test_a_thing_named_only_as_the_noun_comes_with_the_section_it_is_about() -> None:
    # was "When did President Andrew Johnson sign the treaty?": which treaty? The section says, less its year
    items = _document_items("Milestones: 1866–1898", "Signing of the Alaska Treaty, 1867", TREATY)
    (when,) = [i for i in items if str(i.kind) == "date-when"]
    assert when.prompt == (
        "Milestones: 1866–1898 · Signing of the Alaska Treaty — When did President Andrew Johnson sign the treaty?"
    )


def test_without_a_naming_section_the_article_says_what_it_is_about() -> None:
    items = _document_items("Hawaii and the Pacific", "Later years", ISLANDS)
    (cloze,) = [i for i in items if str(i.kind) == "date-cloze"]
    assert cloze.prompt.startswith("Hawaii and the Pacific — In [...], President McKinley")


def test_an_item_that_names_what_it_tells_of_is_headed_by_the_article_alone() -> None:
    items = _document_items("Milestones", "Signing of the Alaska Treaty, 1867", "Alaska became a state in 1959.")
    dated = [i for i in items if str(i.kind) in ("date-cloze", "date-when", "date-choice")]
    assert dated and all(i.prompt.startswith("Milestones — ") for i in dated)


def test_what_happened_names_a_long_article_by_its_main_title() -> None:
    sentence = (
        "In August 1870, a private ambulance was established by George B. McFarland to convey battlefield wounded."
    )
    items = _document_items("Views From the Embassy: The Role of the U.S. Diplomatic Community", "Early", sentence)
    (what,) = [i for i in items if str(i.kind) == "date-what"]
    assert what.prompt == "In the article “Views From the Embassy”, what happened in August 1870?"


def test_a_time_line_leaves_out_an_event_that_names_a_thing_only_as_the_noun() -> None:
    sentences = " ".join(
        [
            "The Senate approved the purchase of Alaska on April 9, 1867.",
            TREATY,
            "Alaska was formally transferred to the United States on October 18, 1867.",
            "Alaska became a state on January 3, 1959.",
        ]
    )
    items = _document_items("Milestones", "Alaska", sentences)
    (drill,) = [i for i in items if str(i.kind) == "chronology"]
    assert "transferred" in drill.prompt and "signed the treaty" not in drill.prompt
