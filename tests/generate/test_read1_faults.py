"""Fault classes of blind read r1 (tests/quality/README.md), each with the real sentence it was found in.

The sentences come from the development articles (tests/data/corpus); each test fails if its fix is removed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from studyapp.extract.dates import find_dates
from studyapp.extract.model import DateMention
from studyapp.extract.yearless import find_days
from studyapp.generate import items_for_document
from studyapp.generate.dates import with_year
from studyapp.text import parse_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "language"))
from test_events import event  # the event of a date in a sentence, as extract finds it

COMBUSTION = (
    "During late 1772 Lavoisier turned his attention to the phenomenon of combustion, the topic on which he was to "
    "make his most significant contribution to science."
)
NOT_RECOGNIZED = (
    "Arguably, the most dangerous moment in the crisis was not recognized until the Cuban Missile Crisis Havana "
    "conference, in October 2002."
)
PRE_DATE = (
    "Mikhail Lomonosov (1711–1765) had previously expressed similar ideas in 1748 and proved them in experiments; "
    "others whose ideas pre-date the work of Lavoisier include Jean Rey (1583–1645), Joseph Black (1728–1799), and "
    "Henry Cavendish (1731–1810)."
)


def _items(*paragraphs: str, title: str = "Antoine Lavoisier", keep_all: bool = False) -> list:
    text = f"{title}\n\nEARLY LIFE\n\n" + "\n\n".join(paragraphs) + "\n"
    return items_for_document(parse_document(text, name="article.txt"), keep_all=keep_all)


def test_a_range_of_days_is_one_date_with_or_without_its_year() -> None:
    # "The ships left Cuba on November 5 to 9." was asked "When did the ships leave Cuba to 9?"
    days = find_days("The ships left Cuba on November 5 to 9.", [])
    assert [(d.text, d.day, d.last) for d in days] == [("November 5 to 9", 5, 9)]
    for text, start, end in (
        ("The talks ran from November 5 to 9, 1962.", "1962-11-05", "1962-11-09"),
        ("It met on 5–9 November 1962.", "1962-11-05", "1962-11-09"),
    ):
        (found,) = find_dates(text)
        assert (found.start, found.end) == (start, end) and found.text[0] in "N5"


def test_an_apposition_whose_relative_clause_is_cut_goes_with_it() -> None:
    turned = event(COMBUSTION, "late 1772")
    assert turned.question == "When did Lavoisier turn his attention to the phenomenon of combustion?"


def test_what_did_not_happen_is_asked_neither_when_nor_what() -> None:
    items = _items(NOT_RECOGNIZED, title="Cuban Missile Crisis")
    assert items and {str(i.kind) for i in items}.isdisjoint({"date-when", "date-what"})


def test_a_thing_named_only_by_pointing_back_is_not_asked() -> None:
    sentence = 'One such project he proposed in 1793 was to better public health on the "insalubrious arts".'
    assert not [i for i in _items(sentence) if "1793" in i.answer]


def test_a_life_span_in_brackets_is_not_asked() -> None:
    answers = {i.answer for i in _items(PRE_DATE)}
    assert not answers & {"1583–1645", "1728–1799", "1731–1810", "1711–1765"}
    # "had previously expressed similar ideas in [...]": similar to what the clause does not show (blind read
    # r13: "Similar meetings ..." has no referent), so 1748 is made but kept under the bar
    (idea,) = [i for i in _items(PRE_DATE, keep_all=True) if i.answer == "1748" and str(i.kind) == "date-cloze"]
    assert "leans on the sentence before" in idea.quality.reasons


def test_what_happened_names_the_article_when_the_date_alone_picks_the_event() -> None:
    sentence = "In December 1725, Czar Peter the Great sent Vitus Bering to explore the Alaskan coast."
    (what,) = [i for i in _items(sentence, title="Purchase of Alaska") if str(i.kind) == "date-what"]
    assert what.prompt == "In the article “Purchase of Alaska”, what happened in December 1725?"
    # a whole year is not asked (blind reads r11-r16: 72% good, a day 94%): it holds more than the article tells
    year = "In 1725, Russian Czar Peter the Great dispatched Vitus Bering to explore the Alaskan coast."
    assert not [i for i in _items(year, title="Purchase of Alaska") if str(i.kind) == "date-what"]


def test_a_day_written_without_its_year_is_answered_with_it() -> None:
    assert with_year(DateMention("July 12", 3, "1947-07-12", "1947-07-12")) == "July 12, 1947"
    assert with_year(DateMention("November 5 to 9", 3, "1962-11-05", "1962-11-09")) == "November 5 to 9, 1962"
    assert with_year(DateMention("5 February 62", 3, "0062-02-05", "0062-02-05")) == "5 February 62"
    assert with_year(DateMention("May 28, 1918", 3, "1918-05-28", "1918-05-28")) == "May 28, 1918"


def test_a_preposition_left_hanging_before_the_date_goes_with_it() -> None:
    # read r2: "Azerbaijani President Ilham Aliyev welcomed Israeli President Shimon Peres in Baku on."
    sentence = (
        "As a continuation of Heydar Aliyev's strategy, Azerbaijani President Ilham Aliyev welcomed Israeli "
        "President Shimon Peres in Baku on in June 2009."
    )
    statement = event(sentence, "June 2009").statement
    assert statement.endswith("in Baku.") and " on." not in statement
