"""Fault classes of blind read r4 (development articles, tests/quality/README.md), each with the real sentence
it was found in; each test fails if its fix is removed."""

from __future__ import annotations

import sys
from pathlib import Path

from studyapp.generate import items_for_document
from studyapp.text import parse_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "language"))
from test_events import event  # the event of a date in a sentence, as extract finds it

GROMYKO = (
    "On October 18, 1962, Kennedy met with Soviet Minister of Foreign Affairs, Andrei Gromyko, who claimed the "
    "weapons were for defensive purposes only."
)
ALI_MOHAMED = (
    "It was led by Ali Mohamed, a former Egyptian army officer who had moved to the United States in the "
    "mid-1980s, enlisted in the U.S. Army, and became an instructor at Fort Bragg."
)


def _drills(*sentences: str) -> list[str]:
    text = "The Marshall Plan\n\nGERMANY\n\n" + " ".join(sentences) + "\n"
    items = items_for_document(parse_document(text, name="article.txt"))
    return [i.prompt for i in items if str(i.kind) == "chronology"]


NAMED = [
    "The Allied Control Council put a cap on German steel production in January 1946.",
    "Truman appointed George Marshall as Secretary of State in January 1947.",
    "West Germany joined the European Coal and Steel Community in 1951.",
]


def test_a_name_set_apart_after_its_title_stays_when_its_relative_clause_goes() -> None:
    # was "Kennedy met with Soviet Minister of Foreign Affairs." (the name went with "who claimed ...")
    assert event(GROMYKO, "October 18, 1962").clause.endswith("Foreign Affairs, Andrei Gromyko.")


def test_a_relative_clause_of_an_apposition_is_told_of_the_name() -> None:
    # was "A former Egyptian army officer had moved to the United States." (who?)
    mohamed = event(ALI_MOHAMED, "the mid-1980s")
    assert mohamed.statement == "Ali Mohamed had moved to the United States."


def test_a_time_line_shows_no_event_without_a_name_or_with_a_pronoun_or_a_relative_time() -> None:
    (drill,) = _drills(*NAMED)
    assert drill.count("•") == 3
    for vague in (
        "By 1948 conditions were improving.",  # "Conditions were improving.": where?
        "In 1950 the United Nations passed a resolution criticizing their inaction.",  # whose?
        "In 1952 West Germany agreed to the plan the following year.",  # told from another time
    ):
        (drill,) = _drills(*NAMED, vague)
        assert drill.count("•") == 3, vague
