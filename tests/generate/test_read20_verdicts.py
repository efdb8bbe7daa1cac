"""Fault classes the readers of blind read r20 found, each tested with the article's own sentence, and the
sentences like them that must keep their items."""

from __future__ import annotations

from article_items import article_items

from studyapp.generate import Kind, StudyItem

_QUESTIONS = {Kind.DATE_WHEN, Kind.DATE_CHOICE}


def _asked(items: list[StudyItem]) -> list[str]:
    return [i.prompt for i in items if i.kind in _QUESTIONS and i.prompt.endswith("?")]


def _clozes(items: list[StudyItem]) -> list[str]:
    return [i.prompt for i in items if i.kind is Kind.DATE_CLOZE]


def test_no_question_of_a_subject_that_is_nothing() -> None:
    # r20: "When were no cases of malaria reported?"
    malaria = "By 1950 malaria had fallen sharply, and no cases of malaria were reported from 1965 to 1985."
    made = article_items(malaria)
    assert not [p for p in _asked(made) if "no cases" in p]
    assert [p for p in _clozes(made) if "No cases of malaria were reported [...]" in p]


def test_a_verb_that_a_question_cannot_join_leaves_the_cloze_alone() -> None:
    # r20: "When did a Communist government in Afghanistan gain power but be unable to establish enduring control?"
    afghanistan = (
        "In 1978, a Communist government in Afghanistan gained power but was unable to establish enduring control."
    )
    made = article_items(afghanistan, title="The 9/11 Commission Report, Chapter 2")
    assert not [p for p in _asked(made) if "be unable" in p]
    assert _clozes(made)
    # r20: "When did the U.S. Congress pass a joint resolution that acknowledged Cuban independence, demand that ...?"
    resolution = (
        "On April 20, 1898, the U.S. Congress passed a joint resolution that acknowledged Cuban independence, "
        "demanded that the Spanish government give up control of the island, foreswore any intention on the part "
        "of the United States to annex Cuba, and authorized McKinley to use whatever military measures he deemed "
        "necessary to guarantee Cuba's independence."
    )
    assert not [p for p in _asked(article_items(resolution, title="Milestones: 1866–1898")) if "demand that" in p]
    # a verb joined without a relative clause between keeps its question
    paris = "Joyce moved to Paris in 1920 and taught English there."
    assert "When did Joyce move to Paris and teach English there?" in " ".join(_asked(article_items(paris)))


def test_the_year_a_sum_is_counted_in_is_no_date() -> None:
    # r20: "... equivalent to about $100 billion in [...] value." answered 2010
    plan = "The Marshall Plan gave another $13 billion, equivalent to about $100 billion in 2010 value."
    assert not [i for i in article_items(plan, title="Marshall Plan", keep_all=True) if i.answer == "2010"]


def test_there_names_a_place_only_where_the_item_shows_it() -> None:
    # r20: "When was a U.S. legation established there?" (Persia, named in the same sentence's other clause)
    persia = (
        "Shufeldt recommended the establishment of U.S. relations with Persia (present-day Iran), and a U.S. "
        "legation was established there in 1883."
    )
    made = article_items(persia, title="Milestones: 1866–1898")
    assert not _asked(made)
    assert [p for p in _clozes(made) if "relations with Persia" in p]
    alone = article_items("In 1883 a U.S. legation was established there.", title="Milestones: 1866–1898")
    assert not alone
    assert _asked(article_items("Joyce moved to Paris in 1920."))


def test_an_event_told_against_one_before_it_is_not_offered() -> None:
    # r20: "Tito broke decisively with Stalin on other issues": other than which?
    tito = (
        "In 1948 Tito broke decisively with Stalin on other issues, making Yugoslavia an independent communist state."
    )
    assert not article_items(tito, title="Marshall Plan")
    # r20: "Change came no more quickly in [...]." answered "the 20th century"
    assert not article_items("Change came no more quickly in the 20th century.", title="A Short History")
    # r20: "Nor did the fact that as early as mid-September Sharp lobbied Herrick to take control ... on [...]."
    nor = (
        "Nor did the fact that as early as mid-September Sharp lobbied Herrick to take control of Embassy "
        "operations on October 1, 1914."
    )
    assert not article_items(nor, title="Views From the Embassy")
    # "other" told by the words after it stays
    quake = (
        "After the tragic earthquake in 2010, the United States claimed control of Haitian airspace, causing "
        "diplomatic fights with other countries involved in the United Nations mission."
    )
    assert _clozes(article_items(quake, title="Visualizing Sovereignty"))


def test_a_sentence_the_source_broke_is_not_offered() -> None:
    # r20: "... welcomed Israeli President Shimon Peres in Baku on in June 2009." (a stray "on")
    baku = (
        "As a continuation of Heydar Aliyev's strategy, Azerbaijani President Ilham Aliyev welcomed Israeli "
        "President Shimon Peres in Baku on in June 2009."
    )
    assert not article_items(baku, title="Israeli-Azerbaijani Alliance and Iran")
    # r20: "The day Duvalier père unleashed a wave of violence ..., in [...]." (no main clause)
    day = (
        "The day Duvalier père unleashed a wave of violence on military officers, opponents, and supposed "
        "opponents, in 1963."
    )
    assert not article_items(day, title="Radio Haïti-Inter")
    # r20: "During [...], the Albanian Communists encouraged women to join the partisans and following the war."
    women = (
        "During World War II, the Albanian Communists encouraged women to join the partisans and following the "
        "war, women were encouraged to take up menial jobs, as the education necessary for higher level work was "
        "out of most women's reach."
    )
    assert not [p for p in _clozes(article_items(women)) if p.endswith("following the war.")]
    # a verb's own preposition, and a title read as one, are no stray words
    constitution = (
        "A new Constitution was decided upon by the Seventh Congress of the Albanian Party of Labour on "
        "1–7 November 1976."
    )
    assert _asked(article_items(constitution))
    ball = (
        "In late November 1961, Kennedy replaced Bowles with Under Secretary of State for Economic Affairs "
        "George Ball, who was the principal Europeanist in the Kennedy team at State."
    )
    assert _asked(article_items(ball, title="A Short History of the Department of State"))


def test_a_section_title_loses_the_answer_with_the_words_that_led_to_it() -> None:
    # r20: "Milestones: 1866–1898 · Mahan’s ...: Securing International Markets in — [...] were marked by ..."
    unrest = (
        "The 1890s were marked by social and economic unrest throughout the United States, which culminated "
        "in the onset of an economic depression between 1893 and 1894."
    )
    title = "Mahan’s The Influence of Sea Power upon History: Securing International Markets in the 1890s"
    made = article_items(unrest, title="Milestones: 1866–1898", section=title)
    headers = {i.prompt.split(" — ")[0] for i in made if i.answer.lower() == "the 1890s"}
    assert headers and not [h for h in headers if h.endswith(" in") or "1890s" in h]
