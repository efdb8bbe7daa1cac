"""Fault classes of blind read r4 (development articles, tests/quality/README.md), each with the real sentence
it was found in; each test fails if its fix is removed."""

from __future__ import annotations

import sys
from pathlib import Path

from studyapp.extract import find_facts
from studyapp.generate import items_for_document
from studyapp.generate.choices import DatePool, wrong_dates
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


SURPASSED = "By 1952, the economy of every participant state of the Marshall Plan had surpassed pre-war levels."


def test_a_date_the_event_stays_true_after_gets_no_wrong_choices_that_are_right_too() -> None:
    # "By [...], the economy ... had surpassed pre-war levels": 1953 would be right too. A limit is offered no
    # choices at all now (blind reads r6-r10: "By [...], Radio Haiti knew ...", earlier months not ruled out);
    # the choice maker still keeps a limit's wrong dates on the side where they are wrong.
    text = "The Marshall Plan\n\nRESULTS\n\n" + " ".join(
        [SURPASSED, "Aid began in 1948.", "The plan ended in 1951.", "A new plan followed in 1953."]
    )
    doc = parse_document(text + "\n", name="article.txt")
    items = items_for_document(doc)
    assert [i for i in items if str(i.kind) == "date-cloze" and i.answer == "1952"]
    assert not [i for i in items if str(i.kind) == "date-choice" and i.answer == "1952"]
    facts = find_facts(doc)
    (by,) = [f for f in facts if f.date.text == "1952"]
    picked = wrong_dates(by.date, DatePool(f.date for f in facts), [], side=-1)
    assert picked is not None and all(int(c) < 1952 for c in picked[1]), picked


def _cloze(title: str, text: str, answer: str) -> str:
    items = items_for_document(parse_document(f"{title}\n\nHISTORY\n\n{text}\n", name="article.txt"))
    (cloze,) = [i for i in items if str(i.kind) == "date-cloze" and i.answer == answer]
    return cloze.prompt


def test_a_sentence_shown_whole_loses_its_opening_connective_and_its_asides() -> None:
    yet = (
        "Yet Stanford remained in Reims until the closure of that Consulate in early 1915 to field inquiries "
        "from German, British, and French subjects about missing relatives."
    )
    assert _cloze("Views From the Embassy", yet, "early 1915").startswith("Views From the Embassy — Stanford remained")
    # (r4 read this aside in "Take, for instance, the Dominican Republic, which ...": since r21 a sentence that
    # instructs the reader is no fact, see test_read21_verdicts)
    instance = "Haiti, for instance, declared its independence from France in 1804."
    assert "— Haiti declared its independence" in _cloze("Visualizing Sovereignty", instance, "1804")
    himself = (
        "Lavoisier himself was removed from the commission on weights and measures on 23 December 1793, together "
        "with Laplace and several other members, for political reasons."
    )
    assert "Lavoisier was removed from the commission" in _cloze("Antoine Lavoisier", himself, "23 December 1793")


def test_a_sentence_shown_whole_loses_its_author_year_citations() -> None:
    cited = "Mathematics was the principal means of integrating evolution and genetics in the 1930s (Provine 2001)."
    others = " ".join(
        f"The field grew after the work of Author{n} (Smith {1990 + n}; Jones {1980 + n})." for n in range(6)
    )
    prompt = _cloze("Mathematics Is Biology's Next Microscope", f"{cited} {others}", "the 1930s")
    assert "Provine" not in prompt and prompt.endswith("genetics in [...].")
