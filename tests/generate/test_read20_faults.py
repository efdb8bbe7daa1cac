"""Fault classes the readers of the development articles found again and again in r16-r18, each tested with the
development article's own sentence."""

from __future__ import annotations

from article_items import article_items

from studyapp.generate import Kind, StudyItem

_ASKED = {Kind.DATE_WHEN, Kind.DATE_WHAT, Kind.DATE_CHOICE}


def _questions(items: list[StudyItem], answer: str) -> list[StudyItem]:
    return [i for i in items if i.answer == answer and i.kind in (Kind.DATE_WHEN, Kind.DATE_WHAT)]


def test_a_relative_clause_after_a_phrase_of_another_noun_is_not_rewritten_as_its_own_sentence() -> None:
    # r16-r18: "The United States culminated in the onset of an economic depression [...]." (the unrest did)
    unrest = (
        "The 1890s were marked by social and economic unrest throughout the United States, which culminated "
        "in the onset of an economic depression between 1893 and 1894."
    )
    made = article_items(unrest, title="Milestones: 1866–1898")
    assert not [i for i in made if i.prompt.startswith("Milestones: 1866–1898 — The United States culminated")]
    # "a house at 14, avenue d'Eylau, which served as ...": the street did not serve as a residence
    house = (
        "Ellie Thackara, wife of Consul Thackara, helped Sharp secure a house at 14, avenue d’Eylau, which "
        "served as the Sharp family residence from Spring 1915 until April 1919."
    )
    assert not [i for i in article_items(house, title="Views From the Embassy") if "— Avenue d’Eylau" in i.prompt]


def test_a_relative_clause_that_may_describe_the_noun_before_is_shown_whole_and_never_asked() -> None:
    # r16: "When was the nuclear threat of obsolescent Jupiter ... missiles installed by the US in Turkey?"
    threat = (
        "Khrushchev was reacting in part to the nuclear threat of obsolescent Jupiter intermediate-range "
        "ballistic missiles that had been installed by the US in Turkey in April 1962."
    )
    made = article_items(threat, title="Cuban Missile Crisis")
    assert not [i for i in made if i.kind in _ASKED and i.prompt.endswith("?")]
    clozes = [i for i in made if i.kind is Kind.DATE_CLOZE]
    assert clozes and "Khrushchev was reacting" in clozes[0].prompt
    # r16-r18: "When did Maurice Bishop take power? From 1979 to 1983" (the movement he led did)
    movement = (
        "The chart shows the revolutionary movement in Grenada led by Maurice Bishop, which took power from "
        "1979 to 1983, as a brief break."
    )
    assert not _questions(article_items(movement, title="Visualizing Sovereignty"), "from 1979 to 1983")


def test_a_defining_relative_clause_keeps_its_nearest_noun() -> None:
    treaty = (
        "However, the voyage did lay the necessary groundwork for the 1883 Korean treaty which was signed on "
        "May 22, 1883."
    )
    made = article_items(treaty, title="Milestones: 1866–1898")
    assert any(i.kind is Kind.DATE_CLOZE and "Korean treaty was signed on [...]" in i.prompt for i in made)


def test_a_date_right_after_until_and_a_noun_is_not_the_time_of_the_main_verb() -> None:
    # r16-r18: "When did Bardel perform his consular functions ... until his reassignment to St. Michael's (the
    # Azores)? October 1915": the month of the reassignment, not of the service
    bardel = (
        "Bardel performed his consular functions at a temporary Consulate until his reassignment to St. "
        "Michael’s (the Azores) in October 1915."
    )
    made = article_items(bardel, title="Views From the Embassy")
    assert not _questions(made, "October 1915")
    assert any(i.kind is Kind.DATE_CLOZE and "until his reassignment" in i.prompt for i in made)
    # after a phrase of another preposition, the date is the verb's
    elsewhere = "Bardel performed his consular functions at a temporary Consulate in October 1915."
    assert _questions(article_items(elsewhere, title="Views From the Embassy"), "October 1915")


def test_their_with_no_plural_before_it_needs_an_earlier_sentence() -> None:
    # r16-r18: "When did the UN Security Council pass a resolution criticizing their inaction ...?"
    council = (
        "The UN Security Council passed a resolution criticizing their inaction and eventually sanctioned "
        "Khartoum in April 1996."
    )
    assert not [i for i in article_items(council, title="The 9/11 Commission Report") if i.answer == "April 1996"]
    wives = "On September 29, 1914, Garrett, Captain Pope, and their wives visited two camps in Libourne."
    assert _questions(article_items(wives, title="Views From the Embassy"), "September 29, 1914")


def test_quotation_marks_inside_a_subject_stay_with_it() -> None:
    # r17-r18: "When did version of Lavoisier's Easter Memoir appear?" (The "official" version)
    made = article_items('The "official" version of Lavoisier\'s Easter Memoir appeared in 1778.', title="Lavoisier")
    assert 'Lavoisier — When did the "official" version of Lavoisier\'s Easter Memoir appear?' in {
        i.prompt for i in made
    }


def test_the_result_of_an_earlier_sentence_is_not_an_event_alone() -> None:
    # r16-r17: "The result was his memoir On the Nature of the Principle ..., read to the Academy on [...]"
    memoir = "The result was his memoir On the Nature of the Principle, read to the Academy on 26 April 1775."
    assert not article_items(memoir, title="Antoine Lavoisier")


def test_a_subject_named_only_as_a_and_a_common_noun_is_shown_with_its_section() -> None:
    # r16: "Milestones: 1866–1898 — A cease-fire was signed on [...]." (which war's?)
    made = article_items(
        "The first battle was fought in Manila Bay.",
        "On July 26, Jules Cambon approached the McKinley Administration, and a cease-fire was signed on "
        "August 12, 1898.",
        title="Milestones: 1866–1898",
        section="The Spanish-American War, 1898",
    )
    asked = [i for i in made if i.answer == "August 12, 1898" and i.kind is Kind.DATE_WHEN]
    assert asked and asked[0].prompt == (
        "Milestones: 1866–1898 · The Spanish-American War — When was a cease-fire signed?"
    )


def test_no_comma_is_left_between_a_subject_and_its_verb_where_a_clause_was_cut() -> None:
    # r16-r17: "Illiteracy, went down to 30% by [...]." (a relative clause with its own date cut out)
    made = article_items("Illiteracy, which had been 85% in 1939, went down to 30% by 1950.", keep_all=True)
    assert [i.prompt for i in made if i.answer == "1950"] == ["Enver Hoxha — Illiteracy went down to 30% by [...]."]


def test_events_that_read_alike_at_two_dates_are_not_asked() -> None:
    # r6-r19, every read of its article: "The Council was postponed indefinitely on [...]" (21 May 1539) and "The
    # Council was indefinitely prorogued on [...]" (17 September 1549): each blank has two answers
    made = article_items(
        "The Council was postponed indefinitely on 21 May 1539.",
        "Paul III opened the Council at Trent on 13 December 1545.",
        "The Council was indefinitely prorogued on 17 September 1549.",
        title="Council of Trent",
    )
    answers = {i.answer for i in made}
    assert "13 December 1545" in answers
    assert not answers & {"21 May 1539", "17 September 1549"}
    # another name makes another event; one sentence's two dates are no twins
    made = article_items(
        "Hoxha went to Italy in 1939.",
        "Hoxha went to Moscow in 1949.",
        "Lavoisier received a bachelor's degree in 1763 and a licentiate in 1764.",
    )
    assert {"1939", "1949", "1763", "1764"} <= {i.answer for i in made}


def test_no_choice_of_dates_for_an_event_placed_during_a_named_war() -> None:
    # r13-r17: "... to convey battlefield wounded to Parisian-area hospitals during the Franco-Prussian War?"
    # offered 1867, 1873 and 1874 beside 1870: what everyone knows of the war rules them out
    ambulance = (
        "In 1870, George B. McFarland and his wife established a private ambulance to convey battlefield wounded "
        "to Parisian-area hospitals during the Franco-Prussian War."
    )
    kinds = {i.kind for i in article_items(ambulance, title="Views From the Embassy") if i.answer == "1870"}
    assert Kind.DATE_CLOZE in kinds and Kind.DATE_CHOICE not in kinds
    elsewhere = "In 1870, George B. McFarland and his wife established a private ambulance in Paris."
    made = article_items(elsewhere, title="Views From the Embassy")
    assert Kind.DATE_CHOICE in {i.kind for i in made if i.answer == "1870"}


def test_both_commas_go_with_the_words_cut_out_between_them() -> None:
    # r13: "Mikoyan defused the seemingly intractable situation, on [...]."
    made = article_items(
        "Mikoyan flew to Havana.",
        "He defused the seemingly intractable situation, which risked re-escalating the crisis, on November 22, 1962.",
        title="Cuban Missile Crisis",
    )
    clozes = [i.prompt for i in made if i.kind is Kind.DATE_CLOZE]
    assert clozes == ["Cuban Missile Crisis — Mikoyan defused the seemingly intractable situation on [...]."]
