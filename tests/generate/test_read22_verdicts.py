"""Fault classes the readers of the development read after r21 (seed 577) found, each tested with the article's
own sentence, and the sentences like them that must keep their items."""

from __future__ import annotations

from article_items import article_items

from studyapp.generate import Kind


def test_a_date_alone_in_its_brackets_is_a_side_remark() -> None:
    # d577: "the Jewish Popular University was established ([...])", "the Azerbaijan Democratic Republic (ADR, [...])"
    university = (
        "During the period of the Democratic Republic (ADR, 1918-1920) the Jewish Popular University was "
        "established (1919) and Yiddish- and Hebrew-language periodicals were published."
    )
    made = article_items(university, title="A Regional History")
    assert not [i for i in made if i.answer in ("1919", "1918-1920")]
    # a date told in the sentence, not in brackets, keeps its items
    told = "The Jewish Popular University was established in 1919 by the Democratic Republic."
    assert [i for i in article_items(told, title="A Regional History") if i.answer == "1919"]


def test_a_sentence_shown_whole_does_not_open_on_it_standing_for_an_earlier_one() -> None:
    # d577: "It was led by Ali Mohamed, a former Egyptian army officer who had moved to the United States in [...]"
    led = (
        "It was led by Ali Mohamed, a former Egyptian army officer who had moved to the United States in the "
        "mid-1980s, enlisted in the U.S. Army, and became an instructor at Fort Bragg."
    )
    made = article_items(led, title="The 9/11 Commission Report, Chapter 2")
    assert not [i for i in made if i.kind is Kind.DATE_CLOZE and i.prompt.split("— ")[-1].startswith("It was")]
    # an "it" that stands for a thing named before it in the sentence, or for the clause after it, is no fault
    named = "The cell was founded in 1993, and it was led by Ali Mohamed."
    assert [i for i in article_items(named, title="The 9/11 Commission Report") if i.kind is Kind.DATE_CLOZE]
    decided = "In 1995 it was decided that the embassy would close."
    assert [i for i in article_items(decided, title="Views From the Embassy") if i.kind is Kind.DATE_CLOZE]
