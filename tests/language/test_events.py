"""The clause a date dates, and how it is worded for items: regression tests with real sentences.

Each sentence comes from a development article (tests/data/corpus) or the bundled article; each case is a
fault class of the blind read of issue 8 (a date pinned to the wrong event, a question that is not English,
a citation or a name read as a date, an event broken by cutting its date out).
"""

from __future__ import annotations

import pytest

from studyapp.extract.dates import find_dates
from studyapp.language.events import Event, describe
from studyapp.language.parses import parse_all

ALASKA = (
    "The Senate approved the treaty of purchase on April 9; President Andrew Johnson signed the treaty on May 28, "
    "and Alaska was formally transferred to the United States on October 18, 1867."
)


def event(sentence: str, date: str) -> Event:
    """The event of ``date`` in ``sentence``, told where the sentence's other dates stand (as extract does)."""
    parse = parse_all([sentence])[sentence]
    start = sentence.index(date)
    others = tuple((m.offset, m.offset + len(m.text)) for m in find_dates(sentence) if m.offset != start)
    return describe(parse, start, start + len(date), others=others)


def test_each_date_of_a_long_sentence_dates_its_own_clause() -> None:
    assert event(ALASKA, "April 9").clause == "The Senate approved the treaty of purchase on April 9."
    assert event(ALASKA, "May 28").clause == "President Andrew Johnson signed the treaty on May 28."
    transferred = event(ALASKA, "October 18, 1867")
    assert transferred.clause == "Alaska was formally transferred to the United States on October 18, 1867."
    assert transferred.question == "When was Alaska formally transferred to the United States?"
    assert transferred.statement == "Alaska was formally transferred to the United States."


def test_a_second_verb_borrows_the_subject_of_the_first() -> None:
    sentence = "The Ticonderoga left the United States on December 7, 1878, and arrived in Liberia on January 15, 1879."
    arrived = event(sentence, "January 15, 1879")
    assert arrived.clause == "The Ticonderoga arrived in Liberia on January 15, 1879."
    assert arrived.question == "When did the Ticonderoga arrive in Liberia?"
    assert event(sentence, "December 7, 1878").question == "When did the Ticonderoga leave the United States?"


def test_a_relative_clause_takes_the_noun_it_describes_as_its_subject() -> None:
    sentence = (
        "However, the voyage did lay the necessary groundwork for the 1883 Korean treaty which was signed on "
        "May 22, 1883 after Shufeldt had been promoted to Rear Admiral and had secured a diplomatic post in China."
    )
    signed = event(sentence, "May 22, 1883")
    assert signed.clause == "The 1883 Korean treaty was signed on May 22, 1883."
    assert signed.role == "time"


def test_a_date_hung_on_the_first_of_two_verbs_goes_to_the_second_when_it_stands_after_the_and() -> None:
    sentence = (
        "The looming U.S. Civil War delayed the sale, but after the war, Secretary of State William Seward quickly "
        "took up a renewed Russian offer and on March 30, 1867, agreed to a proposal from Russian Minister in "
        "Washington, Edouard de Stoeckl, to purchase Alaska for $7.2 million."
    )
    agreed = event(sentence, "March 30, 1867")
    assert agreed.question.startswith("When did Secretary of State William Seward agree to a proposal")
    assert "took up" not in agreed.question


def test_an_infinitive_is_not_the_event_of_its_date() -> None:
    # "When did Russia sell Alaska?" would be answered "1859": the sale was of 1867; 1859 dates the offer.
    offered = event(
        "Russia offered to sell Alaska to the United States in 1859, believing the United States would off-set "
        "the designs of Russia’s greatest rival in the Pacific, Great Britain.",
        "1859",
    )
    assert offered.question == "" and offered.role == "name"
    assert offered.clause.startswith("Russia offered to sell Alaska to the United States in 1859")


def test_a_when_clause_on_the_date_tells_what_happened_then() -> None:
    sentence = (
        "Beginning in 1725, when Russian Czar Peter the Great dispatched Vitus Bering to explore the Alaskan coast, "
        "Russia had a keen interest in this region, which was rich in natural resources and lightly inhabited."
    )
    dispatched = event(sentence, "1725")
    assert (
        dispatched.question
        == "When did Russian Czar Peter the Great dispatch Vitus Bering to explore the Alaskan coast?"
    )


def test_not_until_asks_when_it_happened() -> None:
    sentence = (
        "The Chinese Exclusion Acts were not repealed until 1943, and then only in the interests of aiding the "
        "morale of a wartime ally during World War II."
    )
    assert event(sentence, "1943").question == "When were the Chinese Exclusion Acts repealed?"


def test_a_cleft_sentence_is_told_by_its_that_clause() -> None:
    sentence = (
        "It was only in the nineteenth century, with the Treaty of Turkmenchay (1828), that the northern part "
        "was given to Russia."
    )
    century = event(sentence, "the nineteenth century")
    assert century.question == "When was the northern part given to Russia?"
    assert century.leaning == ""


def test_a_war_named_as_a_thing_dates_nothing() -> None:
    assert (
        event(
            "The confrontation is often considered the closest the Cold War came to escalating into a full-scale "
            "nuclear war.",
            "the Cold War",
        ).role
        == "none"
    )
    assert (
        event("Defeat in the Crimean War further reduced Russian interest in this region.", "the Crimean War").role
        == "none"
    )
    recognized = event("The strategic importance of Alaska was finally recognized in World War II.", "World War II")
    assert recognized.question == "When was the strategic importance of Alaska finally recognized?"


def test_a_year_named_as_a_thing_or_as_part_of_a_name_dates_nothing() -> None:
    sentence = (
        "By keeping them spatially adjacent, the video holds in tension the continued importance of 1946 to the "
        "sense of citizenship in the French Caribbean with contemporary struggles for other modes of recognition "
        "and collectivity."
    )
    assert event(sentence, "1946").role == "none"
    assert event("The campaign was run by Cornwall 2000, a group of local businesses.", "2000").role == "none"
    assert (
        event("It burned down in the great storm of 1703, and for twenty years the coast had no light.", "1703").role
        == "name"
    )


def test_a_caption_or_a_list_of_works_has_no_verb_and_dates_nothing() -> None:
    topaz = "Topaz, 1969 film by Alfred Hitchcock based on the 1967 novel by Leon Uris, set during the crisis."
    assert event(topaz, "1969").role == "none"
    assert event("Russian ratification of the Alaska purchase, June 1867", "June 1867").role == "none"


def test_a_sentence_whose_verb_is_misspelt_keeps_its_date_whole_and_in_doubt() -> None:
    typo = event("A railway reachd Nordvik in 1872.", "1872")
    assert (typo.clause, typo.question, typo.doubt) == ("A railway reachd Nordvik in 1872.", "", "sentence has no verb")


def test_questions_are_english_or_not_asked() -> None:
    # "When did this include the resignation of Truran?" and "When did Charles win a seat ..., although lost it
    # in 1955?" were asked before: "this" asks nothing, and 1955 dates the concession, not the seat.
    assert event("This included the resignation of Truran in 1984.", "1984").question == ""
    sentence = "Charles won a seat on the county council in 1951, although lost it in 1955."
    assert event(sentence, "1951").question == "When did Charles win a seat on the county council?"
    assert event(sentence, "1955").question == ""
    quoted = event(
        'On October 7, Cuban President Osvaldo Dorticós Torrado spoke at the UN General Assembly: "If... we are '
        'attacked, we will defend ourselves."',
        "October 7",
    )
    assert '"' not in quoted.question


def test_cutting_a_date_out_never_strands_its_preposition() -> None:
    trial = event(
        "The trial, which lasted from 26 February to 4 March 1949, ended with Xoxe implicated.",
        "from 26 February to 4 March 1949",
    )
    assert trial.statement == "The trial lasted."
    treaty = event("A new treaty signed in 1880 revised the Burlingame-Seward agreement.", "1880")
    assert treaty.statement == "A new treaty revised the Burlingame-Seward agreement."
    korea = event("However, Shufeldt was able to lay the groundwork for an 1883 commercial treaty with Korea.", "1883")
    assert korea.statement == "Shufeldt was able to lay the groundwork for a commercial treaty with Korea."


@pytest.mark.parametrize(
    ("sentence", "date", "subject"),
    [
        ("Floods ruined the town in 1421.", "1421", "floods"),
        ("Vesuvius erupted in AD 79.", "AD 79", "Vesuvius"),
        (
            "European foreign ministries first used telegraphy during the early 1850s.",
            "the early 1850s",
            "European foreign ministries",
        ),
        (
            "In 1880, the Hayes Administration appointed U.S. diplomat James B. Angell.",
            "1880",
            "the Hayes Administration",
        ),
    ],
)
def test_a_subject_keeps_its_capital_only_when_it_is_a_name(sentence: str, date: str, subject: str) -> None:
    assert event(sentence, date).subject == subject


def test_a_date_inside_the_subject_or_a_limit_asks_no_when_question() -> None:
    assert (
        event("The 1890s were marked by social and economic unrest throughout the United States.", "The 1890s").question
        == ""
    )
    bound = event(
        "By the late 1870s, U.S. industrial leaders and politicians could no longer ignore the sentiment.",
        "the late 1870s",
    )
    assert bound.role == "bound" and bound.question == ""


def test_the_clause_leans_on_an_earlier_sentence_only_through_a_word_that_needs_one() -> None:
    assert event("In 1997, he met with Israeli Prime Minister Benjamin Netanyahu.", "1997").leaning == "he"
    assert (
        event("In 1902, the prohibition was expanded to cover Hawaii and the Philippines.", "1902").leaning
        == "the prohibition"
    )
    # "its" of a clause with a named subject is the subject's own
    own = "On May 28, 1918, following the collapse of the Russian Empire, Azerbaijan declared its independence."
    assert event(own, "May 28, 1918").leaning == ""
    assert event("Others arrived during World War II to escape the war.", "World War II").leaning == "Others"


def test_two_participles_sharing_was_are_one_event() -> None:
    sentence = (
        "Lavoisier was convicted and guillotined on 8 May 1794 in Paris, at the age of 50, along with his 27 "
        "co-defendants."
    )
    guillotined = event(sentence, "8 May 1794")
    assert guillotined.statement.startswith("Lavoisier was convicted and guillotined in Paris")
    assert guillotined.question.startswith("When was Lavoisier convicted and guillotined")


def test_a_state_or_a_modal_is_no_happening() -> None:
    # "What happened in 1961? The Soviets had only four ICBMs." and "When was Carolyn Herrick a proponent?"
    assert not event("In 1961, the Soviets had only four intercontinental ballistic missiles.", "1961").eventive
    proponent = event(
        "Carolyn Herrick was an equally prominent, supportive proponent of the fledgling American Ambulance "
        "Hospital in August 1914.",
        "August 1914",
    )
    assert proponent.question == "" and not proponent.eventive
    nato = event("During the Cold War, the North Atlantic alliance would persist in the form of NATO.", "the Cold War")
    assert not nato.eventive


def test_from_without_its_end_is_a_start_not_a_time() -> None:
    residence = event(
        "Avenue d’Eylau served as the Sharp family residence from Spring 1915 until April 1919.", "Spring 1915"
    )
    assert residence.role == "bound"


def test_his_opening_a_subject_and_the_one_need_an_earlier_sentence() -> None:
    assert (
        event("His first memoirs on this topic were read to the Academy of Sciences in 1777.", "1777").leaning == "His"
    )
    assert event("The one had killed 241 U.S. Marines in Lebanon in 1983.", "1983").leaning == "The one"


def test_a_date_after_two_verbs_of_one_subject_dates_both() -> None:
    lived = event("Here he lived and worked between 1775 and 1792.", "between 1775 and 1792")
    assert lived.question == "When did he live and work?"


def test_an_infinitive_that_completes_the_event_stays_with_it() -> None:
    sentence = (
        "In 1892, Congress voted to renew exclusion for ten years in the Geary Act, and in 1902, the prohibition "
        "was expanded to cover Hawaii and the Philippines, all over strong objections from the Chinese Government."
    )
    assert event(sentence, "1902").question.startswith(
        "When was the prohibition expanded to cover Hawaii and the Philippines"
    )


def test_for_instance_is_no_part_of_a_question() -> None:
    sentence = "In 2003, for instance, St. Barthélemy and St. Martin emerge out of Guadeloupe."
    assert "instance" not in event(sentence, "2003").question


def test_an_expletive_it_needs_no_referent() -> None:
    sentence = (
        "From the time of the ancient Greek physician Galen (131–201 C.E.) until William Harvey studied medicine in "
        "Padua, it was believed that there were two kinds of blood."
    )
    assert event(sentence, "131–201 C.E.").leaning == ""


def test_a_letter_dated_a_day_is_the_letters_date_not_an_event_of_its_own() -> None:
    sentence = (
        "In a letter to President Kennedy dated October 30, 1962, Khrushchev outlined a range of bold initiatives."
    )
    dated = event(sentence, "October 30, 1962")
    assert dated.role == "name" and dated.clause.startswith("In a letter to President Kennedy dated")


def test_a_relative_clause_or_a_lost_subject_read_as_a_main_clause_is_in_doubt() -> None:
    failure = (
        "For example, the map in figure 6 does not allow us to represent the temporary existence of the West Indies "
        "Federation, the failure of which sparked the wave of 1960s independence movements that followed."
    )
    assert event(failure, "1960s").doubt == "sentence may be misread"
    emergence = (
        "Tracking military invasions, moreover, points to the emergence of the United States as a colonial power "
        "after the Spanish-American War in 1898, powerfully represented by both the acquisition of Puerto Rico and "
        "the US Virgin Islands, as well as the stubborn green dot staining the blue of independent Cuba: "
        "Guantanamo Bay."
    )
    assert event(emergence, "1898").doubt == "sentence may be misread"


def test_the_first_of_a_series_needs_an_earlier_sentence() -> None:
    sentence = (
        "The first is ushered in by the Haitian Revolution in 1804 and culminates with the Spanish American War "
        "in 1898, which led to the granting of independence to Cuba."
    )
    assert event(sentence, "1898").leaning == "The first"


def test_a_day_the_parser_splits_from_its_weekday_is_asked_without_either() -> None:
    # "On Sunday, September 27": "Sunday" hangs from "On", "September 27" from the verb
    killed = event("On Sunday, September 27, the Germans nearly killed Herrick.", "Sunday, September 27")
    assert killed.question == "When did the Germans nearly kill Herrick?"
    agreed = event(
        "On Saturday, October 27, after much deliberation between the Soviet Union and Kennedy's cabinet, Kennedy "
        "secretly agreed to remove all missiles set in Turkey and possibly southern Italy, the former on the border "
        "of the Soviet Union, in exchange for Khrushchev removing all missiles in Cuba.",
        "Saturday, October 27",
    )
    assert agreed.role == "time" and agreed.question.startswith("When did Kennedy secretly agree to remove")


def test_a_range_of_days_the_parser_splits_leaves_no_preposition_behind() -> None:
    # was asked "When did the ships leave Cuba on?"
    assert event("The ships left Cuba on November 5 to 9.", "November 5 to 9").question == (
        "When did the ships leave Cuba?"
    )


def test_the_comma_that_closed_a_cut_apposition_leaves_with_it() -> None:
    # blind read r74: "Great-grandson Robert Todd Lincoln Beckwith, died." (a time line's event)
    told = event("The Lincolns' last descendant, great-grandson Robert Todd Lincoln Beckwith, died in 1985.", "1985")
    assert told.statement == "Great-grandson Robert Todd Lincoln Beckwith died."
    kept = event(
        "On July 8, 2015, technical issues affected the stock exchange, halting trading at 11:32 am ET.", "July 8, 2015"
    )
    assert kept.statement == "Technical issues affected the stock exchange, halting trading at 11:32 am ET."
