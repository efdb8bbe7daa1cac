"""Fault classes the blind reads of unseen sets 33-35 (r79: American Civil War, Cologne, Henry Ford, Munich; r80:
Augustus, English Civil War, London, Louis XIV, Moscow; r81: Chiang Kai-shek, History of China, Mao Zedong,
Nanjing, Shanghai) found and the session of 6 December mended, each tested with the article's own sentences
(Wikipedia, CC BY-SA); some classes are other reads' (r74, r76, r77, r83, r84, r86), named in their tests."""

from __future__ import annotations

import pytest

from studyapp.generate import items_for_document
from studyapp.text import parse_document
from tests.generate.article_items import encyclopedia_items


def test_a_title_before_a_name_does_not_end_the_sentence_in_its_parse() -> None:
    # r79 ("clean", "answerable"): "Gen. Henry W. Halleck, and the war began in earnest in [...]." and "When did
    # Gen. Henry W. Halleck begin in earnest?": the parser's tokenizer split "Maj." and began a sentence there
    made = encyclopedia_items("american_civil_war.txt")
    assert not [i for i in made if "Halleck" in i.prompt and "in earnest" in i.prompt]
    assert [i for i in made if i.prompt.endswith("When did the war begin in earnest?") and i.answer == "1862"]


def test_a_subject_set_off_by_a_lone_comma_has_a_participle_not_a_verb() -> None:
    # r79 ("clean"): "The cathedral, started in [...]." of "The cathedral, started in 1248 but abandoned around
    # 1560, was eventually finished in 1880 ..." (the parser took "started" for the sentence's verb)
    made = encyclopedia_items("cologne.txt")
    assert not [i for i in made if i.prompt.endswith("The cathedral, started in [...].")]
    assert not [i for i in made if "The cathedral abandoned" in i.prompt]
    assert [i for i in made if i.answer == "1880" and "cathedral" in i.prompt]


def test_an_apposition_before_the_verb_is_no_lone_comma() -> None:
    text = (
        "Gregor Mendel\n\nGregor Mendel was a biologist.\n\nLegacy\n\n"
        "In 1936, R.A. Fisher, a prominent statistician and population geneticist, reconstructed Mendel's "
        "experiments.\n"
    )
    made = items_for_document(parse_document(text, name="mendel.txt"))
    assert [i for i in made if i.answer == "1936" and "Fisher" in i.prompt]


def test_a_noun_right_before_a_joined_verb_is_its_subject() -> None:
    # r79 ("correct"): "The Romans became the provincial capital of Germania Inferior." of "the Romans founded
    # Colonia ... on the river Rhine and the city became the provincial capital ... in 85 AD"
    made = encyclopedia_items("cologne.txt")
    assert len(made) > 50 and not [i for i in made if "the Romans become" in i.prompt.lower()]
    assert not [i for i in made if "The Romans became" in i.prompt + i.answer]


def test_a_relative_clause_far_from_its_noun_or_telling_an_event_of_a_person_is_not_asked() -> None:
    # r79 ("correct"): "When did original Eau de Cologne buy the 4711 brand?" (it was Mäurer & Wirtz) and
    # "Princess Therese of Saxony-Hildburghausen took place." (the wedding did); each sentence is shown whole
    cologne, munich = encyclopedia_items("cologne.txt"), encyclopedia_items("munich.txt")
    assert not [i for i in cologne if "Eau de Cologne buy" in i.prompt]
    assert [i for i in cologne if i.answer == "2006" and "Mäurer & Wirtz who bought" in i.prompt]
    told = [f"{i.prompt} => {i.answer}" for i in munich]
    assert not [t for t in told if "Hildburghausen take place" in t or "Hildburghausen took place." in t]
    assert [i for i in munich if i.answer == "October 12, 1810" and "the wedding of" in i.prompt]


def test_a_bracket_after_a_cut_clause_goes_with_it() -> None:
    # r79 ("clean"): "The Simpl, (although with little relevance to the city's contemporary art scene), was named
    # after ..." of "The Simpl, which survives to this day (although ...), was named after ..."
    made = encyclopedia_items("munich.txt")
    assert not [i for i in made if "Simpl, (" in i.prompt]
    assert [i for i in made if i.answer == "1896" and "The Simpl was named after" in i.prompt]


def test_a_paragraph_opening_on_also_is_not_run_into_one_cut_mid_phrase() -> None:
    # r79 ("clean", "unambiguous"): "When did McClellan's army reach the gates of Richmond in the Peninsula
    # Campaign, Also, in the Shenandoah Valley?" (the copy lost the end of "... Campaign,[86]"; the date was Jackson's)
    made = encyclopedia_items("american_civil_war.txt")
    assert not [i for i in made if "Campaign, Also" in i.prompt]
    assert [
        i for i in made if i.answer == "spring of 1862" and "Stonewall Jackson lead his Valley Campaign" in i.prompt
    ]


def test_a_bracketed_word_before_a_noun_stays_in_its_phrase() -> None:
    # r79 ("unambiguous", "clean"): "When was army of the Potomac organized ...?" of "the (Confederate) Army of the
    # Potomac, which was organized on June 20, 1861": the bracket broke the phrase, which lost "the" and the word
    made = encyclopedia_items("american_civil_war.txt")
    asked = [i.prompt for i in made if i.answer == "June 20, 1861" and i.prompt.split(" — ")[-1].startswith("When")]
    assert asked and all("When was the (Confederate) Army of the Potomac organized" in p for p in asked)


def test_nothing_happened_and_the_most_famous_incident_point_back() -> None:
    # r79 ("answerable"): "Nothing happened until [...] when, with bankruptcy a serious risk, Edsel's widow led an
    # ouster"; "The most famous incident involved Bennett's security men ..." (of those told before)
    made = encyclopedia_items("henry_ford.txt")
    told = [f"{i.prompt} => {i.answer}" for i in made]
    assert len(told) > 50
    assert not [t for t in told if "Nothing happened until" in t or "the most famous incident" in t.lower()]


def test_a_date_after_a_superlative_and_since_is_what_a_figure_is_compared_with() -> None:
    # r79 ("answerable"): "The 1857 rates were the lowest since [...]." (1816 is no event's time)
    made = encyclopedia_items("american_civil_war.txt")
    assert len(made) > 50 and not [i for i in made if i.answer == "1816"]


def test_the_one_exception_the_first_three_and_another_explanation_point_back() -> None:
    # r74, r76 ("answerable"): "The one exception was a call to arms by Spartan king Agis III in [...]", "The first
    # three will open in [...].", "Another poisoning explanation put forward in [...] proposed ..."
    told = [
        f"{i.prompt} => {i.answer}" for a in ("alexander_the_great.txt", "athens.txt") for i in encyclopedia_items(a)
    ]
    assert len(told) > 60
    pointing = ("The one exception", "The first three will open", "Another poisoning explanation")
    assert not [t for t in told if any(p in t for p in pointing)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1648, Anne and Mazarin attempted to tax members of the .",
        "The city of Zelenograd was built in 1958 at from the city centre to the north-west.",
        "There was also a previous spell of 15 consecutive days above in 1976 which also caused many deaths.",
        "In 1741 Moscow was surrounded by a barricade long, the Kamer-Kollezhskiy barrier, with 16 gates.",
        # r83: the names on either side of an "or" lost
        "In 2016, it ceased to be the Federal District ( or), and is now officially known as (or), with more autonomy.",
    ],
)
def test_a_value_the_copy_lost_leaves_no_item(sentence: str) -> None:
    # r80 ("clean", "answerable"): the copy of the article lost a word, a distance, a temperature or a length
    text = f"Moscow\n\nMoscow is a city.\n\nHistory\n\nThe Kremlin was rebuilt in 1485.\n\n{sentence}\n"
    made = items_for_document(parse_document(text, name="moscow.txt"))
    year = next(w.strip(",") for w in sentence.split() if w.strip(",").isdigit() and len(w.strip(",")) == 4)
    assert made and not [i for i in made if i.answer == year]


def test_a_participle_before_the_sentences_verb_is_not_asked_as_a_verb() -> None:
    # r80 ("clean"): "When did the Committee of Safety set up?" of "The first, the Committee of Safety set up in July
    # 1642, comprised 15 members of Parliament."
    made = encyclopedia_items("english_civil_war.txt")
    assert len(made) > 50 and not [i for i in made if "Committee of Safety set up?" in i.prompt]


def test_the_article_pointing_at_its_own_table_is_no_fact() -> None:
    # r80 ("worth learning"): "Below is the [...] normals table." (1961–1990)
    made = encyclopedia_items("moscow.txt")
    assert len(made) > 50 and not [i for i in made if "normals table" in i.prompt]


def test_a_person_named_in_capitals_by_the_lead_is_named_in_words_for_his() -> None:
    # r81 ("clean"): "MAO ZEDONG’s control over the party and military made him the de facto leader ..."
    made = encyclopedia_items("mao_zedong.txt")
    assert not [i for i in made if "MAO ZEDONG’s" in i.prompt + i.answer]
    assert [i for i in made if "Mao Zedong’s control over the party" in i.prompt]


@pytest.mark.parametrize(
    ("article", "asked"),
    [
        ("mumbai.txt", "carry a total of 6.3 million passengers every day"),
        ("mexico_city.txt", "an average of 478 crimes"),
        ("rio_de_janeiro.txt", "there were 145,000 slaves in the captaincy"),
    ],
)
def test_a_rate_or_a_count_at_a_date_is_a_statistic_not_a_fact_to_date(article: str, asked: str) -> None:
    # r83 ("worth learning"): the year is only when the figure was taken
    made = encyclopedia_items(article)
    assert len(made) > 40 and not [i for i in made if asked in i.prompt and i.kind != "chronology"]


def test_a_years_comma_before_a_month_is_no_rate() -> None:
    text = (
        "Easter Rising\n\nThe Easter Rising was an armed insurrection in Ireland.\n\nPlanning\n\n"
        "The Supreme Council of the IRB met on 5 September 1914, just over a month after the British government "
        "had declared war on Germany.\n"
    )
    made = items_for_document(parse_document(text, name="easter_rising.txt"))
    assert [i for i in made if i.answer == "5 September 1914"]


def test_a_question_leaves_out_an_adverb_that_times_the_event_from_another() -> None:
    # r84 ("clean"): "When did Saif al-Din die earlier?" of "Saif al-Din had died earlier in June 1181 ..."
    asked = [i.prompt for i in encyclopedia_items("saladin.txt") if i.answer == "June 1181" and "When did" in i.prompt]
    assert asked and all(p.endswith("When did Saif al-Din die?") for p in asked)


def test_a_date_in_a_run_of_many_is_not_asked_alone() -> None:
    # r86 ("worth learning", "clean"; 6 items): "Ephorus gives [...], Sosibius 1172 BC, Eratosthenes 1184 BC/1183 BC,
    # Timaeus 1193 BC, ..." (each author's date for the war)
    assert not [i for i in encyclopedia_items("trojan_war.txt") if "Ephorus gives" in i.prompt]


def test_a_date_told_in_its_own_clause_after_a_run_of_dates_is_asked() -> None:
    text = (
        "Black Death\n\nThe Black Death was a bubonic plague pandemic.\n\nRecurrences\n\n"
        "The most general outbreaks in Tudor and Stuart England began in 1498, 1535, 1543, 1563, 1589, 1603, 1625, "
        "and 1636, and ended with the Great Plague of London in 1665.\n"
    )
    made = items_for_document(parse_document(text, name="black_death.txt"))
    assert [i for i in made if i.answer == "1665"] and not [i for i in made if i.answer == "1563"]
