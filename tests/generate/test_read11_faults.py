"""Fault classes of blind read r11 (held-out articles, 200 items, tests/quality/README.md): each is tested with
the sentence as the readers saw it in an item, or as its item shows it was written (the articles themselves
stay unopened)."""

from __future__ import annotations

from article_items import article, article_items, kinds_of

from studyapp.extract import find_facts
from studyapp.generate.choices import DatePool, wrong_dates
from studyapp.generate.chronology import describe


def test_a_clause_cut_mid_phrase_is_not_asked_as_a_question_even_where_the_cloze_shows_the_sentence() -> None:
    # "When did Kennedy send all ambassadors and department?" ("heads" read as a verb); "... to do just?"
    for sentence, answer in (
        (
            "In May 1961, Kennedy sent all ambassadors and department heads a letter that made ambassadors "
            "responsible for all agencies.",
            "May 1961",
        ),
        (
            "In 1966, Johnson made the Secretary of State formally responsible for overall direction of "
            "interdepartmental activities overseas and created the Senior Interdepartmental Group, chaired by the "
            "Under Secretary of State, to do just that.",
            "1966",
        ),
    ):
        items = article_items(sentence)
        assert not {"date-when", "date-what"} & kinds_of(items, answer), sentence
        (cloze,) = [i for i in items if str(i.kind) == "date-cloze"]
        assert cloze.prompt.endswith(sentence.replace(answer, "[...]"))  # the whole sentence, nothing cut


def test_subjects_that_are_no_noun_phrase_keep_the_items_under_the_bar() -> None:
    # "what did a wheelchair and suffering from diabetes do in 1948?"; "what did 15.1 times do in 1978?"
    wheelchair = "Hoxha was in a wheelchair and suffering from diabetes, which had developed in 1948."
    assert not kinds_of(article_items(wheelchair), "1948")
    assert "sentence may be misread" in {r for i in article_items(wheelchair, keep_all=True) for r in i.quality.reasons}
    ratio = "In 1978, 15.1 times as many females attended eight-year schools as in 1938."
    assert not kinds_of(article_items(ratio), "1978") and not kinds_of(article_items(ratio), "1938")
    base = [i for i in article_items(ratio, keep_all=True) if i.answer == "1938"]
    assert base and all("date is what a figure is compared with" in i.quality.reasons for i in base)


def test_a_date_in_a_clause_set_in_brackets_is_a_side_remark() -> None:
    # "Richard Brisson (who ... would be executed in [...] ...) famously used his car as a taxi": trivia
    sentence = (
        "Richard Brisson (who, unable to bear exile, would be executed in January 1982 in a failed and quixotic "
        "attempt at invasion) famously used his car as a taxi."
    )
    made = [i for i in article_items(sentence, keep_all=True) if i.answer == "January 1982"]
    assert made and all("date stands in a parenthesis" in i.quality.reasons for i in made)
    assert not kinds_of(article_items(sentence), "January 1982")


def test_such_before_a_name_points_back() -> None:
    # "Hoxha declared a definitive break from any such Western bourgeois influence": which influence?
    sentence = "On 26 June 1973, Hoxha declared a definitive break from any such Western bourgeois influence."
    assert not kinds_of(article_items(sentence), "26 June 1973")


def test_what_happened_by_subject_asks_a_name_not_a_thing() -> None:
    # "What did the Vietnam War do in 1975?", "What did the US occupation do in the 1920s?"
    items = article_items(
        "In April 1975, the Vietnam War finally ended with the last withdrawal of U.S. personnel.",
        "In April 1975, Kissinger flew to Beijing for talks with the Chinese leaders.",
        title="A Short History",
    )
    asked = {i.prompt.split(", ", 1)[1] for i in items if str(i.kind) == "date-what"}
    assert asked == {"what did Kissinger do in April 1975?"}


def test_a_trade_figure_is_no_event_of_a_time_line() -> None:
    # "Albania imported goods worth $280 million." put in order as an event
    doc = article(
        "In 1983, Albania imported goods worth $280\xa0million.",
        "In 1976, the People's Assembly adopted a new constitution.",
    )
    facts = {f.date.text: f for f in find_facts(doc)}
    assert describe(facts["1983"]) is None
    assert describe(facts["1976"]) == "The People's Assembly adopted a new constitution."


def test_the_one_word_name_of_a_thing_named_in_full_before_is_not_asked_alone() -> None:
    # "When did the Committee become the Democratic Government of Albania?": which committee?
    formed = "The Anti-Fascist National Liberation Committee was formed at Përmet in May 1944."
    became = "On 22 October 1944, the Committee became the Democratic Government of Albania."
    assert not kinds_of(article_items(formed, became), "22 October 1944")
    assert "date-when" in kinds_of(article_items(formed, became), "May 1944")
    # a name the article's title holds is named by the header; a proper name is no common noun
    council = "On 21 May 1539, the Council was postponed indefinitely."
    held = article_items("The Council of Trent was summoned by Paul III.", council, title="Council of Trent")
    assert "date-when" in kinds_of(held, "21 May 1539")
    sea = article_items(
        "Ships crossed the Caribbean Sea in 1492.",
        "In 1946, the Caribbean became a region of French départements.",
        title="Islands",
    )
    assert "date-when" in kinds_of(sea, "1946")


def test_long_spans_get_no_choices_and_decades_get_near_ones() -> None:
    # "From 1948 to 1960" was offered "From 1922 to 1934" and "From 1987 to 1999"; "the 1920s" the 1880s
    aid = "From 1948 to 1960, $200 million in Soviet aid was given to Albania for technical expansion."
    assert "date-choice" not in kinds_of(article_items(aid), "From 1948 to 1960")
    laws = "In the 1920s, the US occupation implemented laws that crippled the Haitian sugar economy."
    later = "Its last laws were repealed in 1955."  # (no wrong choice is later than the article's latest date)
    fact, end = find_facts(article(laws, later))
    picked = wrong_dates(fact.date, DatePool([fact.date, end.date]), [])
    assert picked is not None
    for wrong in picked[1]:
        assert abs(int(wrong.removeprefix("the ").removesuffix("s")) - 1920) <= 20, picked
