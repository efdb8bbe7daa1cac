"""Fault classes the readers of blind read r21 (development articles) found, each tested with the article's own
sentence, and the sentences like them that must keep their items."""

from __future__ import annotations

import re

from article_items import article_items

from studyapp.generate import Kind


def test_wrong_days_lie_in_other_months() -> None:
    # r21: "The Korean treaty was signed on [...]": May 15 / May 19 / May 22 / May 29, a day nobody tells apart
    korea = (
        "Shufeldt arrived in Korea in April 1882. The Korean treaty was signed on May 22, 1882. "
        "The squadron left Chemulpo on May 29, 1882. The Senate ratified the treaty on January 9, 1883."
    )
    made = article_items(korea, title="Milestones: 1866–1898")
    choices = [i for i in made if i.kind is Kind.DATE_CHOICE and i.answer == "May 22, 1882"]
    assert choices
    for item in choices:
        wrong = [c for c in item.choices if c != item.answer]
        assert len(wrong) == 3
        assert not [c for c in wrong if c.startswith("May") and c.endswith("1882")], wrong


def test_an_event_another_tells_in_more_words_is_not_asked_alone() -> None:
    # r21: "When did Blaine resign?" (June 1892) after "Blaine resigned as Secretary of State in December 1881"
    blaine = (
        "After Arthur canceled a planned Pan American Congress, Blaine resigned as Secretary of State in "
        "December 1881. Harrison named Blaine Secretary of State again in 1889. Whether because of worsening "
        "relations with President Harrison or deteriorating health, Blaine resigned in June 1892."
    )
    made = article_items(blaine, title="Milestones: 1866–1898")
    asked = [i.prompt for i in made if i.answer == "June 1892" and i.prompt.endswith("?")]
    assert not asked, asked
    # the event told in more words is told apart by them, and keeps its question
    assert [i for i in made if i.answer == "December 1881" and i.prompt.endswith("Secretary of State?")]


def test_a_sentence_that_instructs_the_reader_is_no_fact() -> None:
    # r21: "Take the Dominican Republic, which initially appears on the chart as part of a unified Hispaniola in
    # [...]."
    take = "Take the Dominican Republic, which initially appears on the chart as part of a unified Hispaniola in 1822."
    assert not article_items(take, title="Visualizing Sovereignty")
    # a statement that opens on a verb's past form keeps its items
    assert article_items("Founded in 1822, the republic joined a unified Hispaniola.", title="Visualizing Sovereignty")


def test_a_date_tag_on_a_time_line_does_not_open_with_a_capital() -> None:
    # r21: "3. Israel supported ... (From 1992 to 1994)"
    events = (
        "Reza Shah founded the Pahlavi dynasty in 1925. "
        "Georgia declared its independence in 1991. "
        "From 1992 to 1994, Turkey supported Georgia in a war with Abkhazia, supplying missiles and rifles. "
        "Georgia joined the Council of Europe in 1999."
    )
    made = article_items(events, title="A Regional History")
    lines = [i.answer for i in made if i.kind is Kind.CHRONOLOGY]
    assert lines
    tags = re.findall(r"\(([^()]*\d[^()]*)\)$", "\n".join(lines), re.MULTILINE)
    assert "from 1992 to 1994" in tags and "From 1992 to 1994" not in tags
    # r23: "(may 1, 1898)": a month is no function word, whatever the modal "may" is
    navy = (
        "Dewey's squadron destroyed the Spanish fleet in Manila Bay on May 1, 1898. "
        "Reza Shah founded the Pahlavi dynasty in 1925. Georgia declared its independence in 1991. "
        "Georgia joined the Council of Europe in 1999."
    )
    tagged = "\n".join(i.answer for i in article_items(navy, title="A Regional History") if i.kind is Kind.CHRONOLOGY)
    assert "(May 1, 1898)" in tagged and "(may 1" not in tagged


def test_a_subordinate_clause_is_not_shown_cut_from_its_main_clause() -> None:
    # found reading the development articles' items after r21: "Even though Iraq's dictator, Saddam Hussein, had
    # never had an Islamist agenda-save for ... during the Gulf War of [...]." (the main clause cut away)
    iraq = (
        "Bin Ladin was also willing to explore possibilities for cooperation with Iraq, even though Iraq's "
        "dictator, Saddam Hussein, had never had an Islamist agenda-save for his opportunistic pose as a defender "
        'of the faithful against "Crusaders" during the Gulf War of 1991.'
    )
    made = article_items(iraq, title="The 9/11 Commission Report, Chapter 2")
    assert not [i for i in made if i.prompt.split("— ")[-1].startswith("Even though")]
    # a source sentence that is only a subordinate clause is no fact either
    assert not article_items("Although the Senate ratified the treaty with Korea in May 1883.", title="Milestones")
    # a subordinate clause shown with its main clause keeps its item
    azzam = (
        "Though Azzam had been considered number one in the MAK, by August 1988 Bin Ladin was clearly the leader "
        "(emir) of al Qaeda."
    )
    assert article_items(azzam, title="The 9/11 Commission Report, Chapter 2")


def test_a_relative_clause_does_not_take_a_date_for_its_noun() -> None:
    # found reading the development articles' items after r21: "The 1920s had defaulted in [...]."
    debts = (
        "In the case of Germany, there also were 16 billion marks of debts from the 1920s which had defaulted in "
        "the 1930s, but which Germany decided to repay to restore its reputation."
    )
    made = article_items(debts, title="Marshall Plan", keep_all=True)
    assert not [i for i in made if "The 1920s had defaulted" in i.prompt and i.quality.score >= 0.7]


def test_a_message_quoted_without_marks_is_not_run_into_its_sentence() -> None:
    # r21: "On [...], Bryan cabled Herrick, President fears from a private telegram ..." (the cable unquoted)
    cable = (
        "On September 5, 1914, Bryan cabled Herrick, President fears from a private telegram received there may "
        "be misunderstanding in regard to Sharp’s position there."
    )
    assert not article_items(cable, title="Views From the Embassy")
    # a reported clause told in the past, or quoted, keeps its items
    told = "On September 5, 1914, Bryan cabled Herrick that the President feared a misunderstanding."
    assert article_items(told, title="Views From the Embassy")


def test_a_question_that_names_nothing_is_asked_as_its_sentence() -> None:
    # r21: "When did the situation reverse?", "When were conditions improving?" (of what, where?)
    reversed_ = "In mid-1998, the situation reversed; it was Iraq that reportedly took the initiative."
    made = article_items(reversed_, title="The 9/11 Commission Report, Chapter 2", section="Renewal in Afghanistan")
    assert not [i for i in made if i.prompt.endswith("When did the situation reverse?")]
    assert [i for i in made if i.kind is Kind.DATE_CLOZE and "Iraq" in i.prompt]
    # the header names the thing the question asks about: it stays
    treaty = "The treaty was signed on March 30, 1867."
    signed = article_items(treaty, title="Milestones: 1866–1898", section="Signing of the Alaska Treaty, 1867")
    assert [i for i in signed if i.prompt.endswith("When was the treaty signed?")]


def test_no_question_keeps_a_phrase_the_parser_could_not_attach() -> None:
    # found reading the development articles' items after r21: "When did Kennedy meet with members of EXCOMM and
    # other top advisers, an air strike primarily against the Cuban missile bases or a naval blockade of Cuba?"
    excomm = (
        "Kennedy met with members of EXCOMM and other top advisers throughout October 21, 1962, considering two "
        "remaining options: an air strike primarily against the Cuban missile bases or a naval blockade of Cuba."
    )
    made = article_items(excomm, title="Cuban Missile Crisis")
    assert not [i for i in made if i.prompt.endswith("?") and "an air strike" in i.prompt]
    assert [i for i in made if i.kind is Kind.DATE_CLOZE and "considering two remaining options" in i.prompt]


def test_what_happened_is_asked_only_of_an_event_that_names_its_time_and_its_subject() -> None:
    # found reading the development articles' items after r21: "what happened in June 22 and 24?" (no year, and
    # "in" a day), and "what happened in June 1948? The recovery effort began." (whose?)
    landed = "Additional forces landed near the harbor city of Santiago on June 22 and 24."
    made = article_items("The war began in April 1898.", landed, title="Milestones: 1866–1898")
    assert not [i for i in made if i.kind is Kind.DATE_WHAT and "June 22" in i.prompt]
    effort = "While Germany struggled to recover from the war, the recovery effort began in June 1948."
    assert not [i for i in article_items(effort, title="Marshall Plan") if i.kind is Kind.DATE_WHAT]
    # a named subject and its time keep the question
    named = "The Soviet Union blocked the roads to Berlin in June 1948."
    assert [i for i in article_items(named, title="Marshall Plan") if i.kind is Kind.DATE_WHAT]
