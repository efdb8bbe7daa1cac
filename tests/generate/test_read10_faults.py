"""Fault classes of blind reads r6-r10 (held-out articles, tests/quality/README.md), gathered after r10: each is
tested with the sentence as the readers saw it in an item (the articles themselves stay unopened)."""

from __future__ import annotations

from article_items import article, article_items, kinds_of

from studyapp.extract import find_facts
from studyapp.generate import StudyItem
from studyapp.generate.choices import DatePool, wrong_dates


def _items(*sentences: str, keep_all: bool = False) -> list[StudyItem]:
    return article_items(*sentences, title="Albania", keep_all=keep_all)


def test_a_pronoun_a_whole_sentence_does_not_name_before_it_keeps_its_items_under_the_bar() -> None:
    # r10: "28 November is the date on which they declared their independence ..." (dangling "they");
    # r9: "He once visited 17 countries in 18 days, and after the [...] war, Kissinger spent ..."
    for sentence, answer in (
        ("28 November is the date on which they declared their independence from the Ottoman Empire in 1912.", "1912"),
        (
            "He once visited 17 countries in 18 days, and after the October 1973 war, Kissinger spent 33 "
            "consecutive days in the Middle East negotiating disengagement between Israel and Syria.",
            "October 1973",
        ),
    ):
        made = [i for i in _items(sentence, keep_all=True) if i.answer == answer]
        assert made and all(
            {"leans on the sentence before", "needs an earlier sentence that is not there"} & set(i.quality.reasons)
            for i in made
        ), sentence
        assert not kinds_of(_items(sentence), answer), sentence
    # a pronoun after the noun it stands for is no fault
    named = "The Albanians declared their independence from the Ottoman Empire on 28 November 1912."
    assert "date-cloze" in kinds_of(_items(named), "28 November 1912")


def test_a_time_told_from_another_is_left_out_or_keeps_the_item_under_the_bar() -> None:
    # r9, r10: "'Twenty-three years later' has no reference point"; "'The next ecumenical council' has no anchor"
    later = (
        "Twenty-three years later, on 26 April 1986, students assembled peacefully in front of the infamous "
        "political prison Fort Dimanche."
    )
    (cloze,) = [i for i in _items(later) if str(i.kind) == "date-cloze"]
    assert cloze.prompt.endswith(
        "On [...], students assembled peacefully in front of the infamous political prison Fort Dimanche."
    )
    following = "The next ecumenical council was convened in 1869."
    assert not kinds_of(_items(following), "1869")


def test_a_relative_clause_of_what_a_named_subject_is_is_told_of_the_name() -> None:
    # r10: "An Albanian communist politician served as the head of state ..." (the subject, Hoxha, was dropped)
    sentence = (
        "Enver Hoxha (16 October 1908 – 11 April 1985) was an Albanian communist politician who served as the head "
        "of state of Albania from 1944 until his death in 1985."
    )
    clozes = [i.prompt for i in _items(sentence) if str(i.kind) == "date-cloze"]
    assert clozes and all("Enver Hoxha served as the head of state of Albania" in p for p in clozes), clozes


def test_no_choices_where_the_prompt_shows_another_date_or_two_dates_stand_side_by_side() -> None:
    # r8, r10: "in, respectively, [...], 1568 and 1570" was offered 1562-1564; "entered Albania in 1950 and
    # 1952" was asked "When did guerrilla units enter Albania?" with 1950 alone for its answer
    respectively = (
        "In 1565, Pius IV issued the Tridentine Creed and his successor Pius V issued the Roman Catechism and "
        "revisions of the Breviary and Missal in, respectively, 1566, 1568 and 1570."
    )
    items = _items(respectively)
    assert not [i for i in items if str(i.kind) == "date-choice" and i.answer in ("1566", "1568", "1570")]
    assert not [i for i in items if str(i.kind) == "date-what" and any(y in i.answer for y in ("1568", "1570"))]
    paired = _items("Guerrilla units entered Albania in 1950 and 1952, but the army defeated them.")
    assert kinds_of(paired, "1950") == {"date-cloze"} and kinds_of(paired, "1952") == {"date-cloze"}


def test_no_choices_for_a_century_or_a_span_of_decades() -> None:
    # r9, r10: "the 20th century" was also true; "the 2040s and 2050s" was no choice at all
    items = _items(
        "Prominent African-Americans represented the United States overseas in the 19th century.",
        "American foreign policy was dominated by rivalry with the Soviet Union during the 1960s and 1970s.",
    )
    assert not [i for i in items if str(i.kind) == "date-choice"]
    assert {"the 19th century", "the 1960s and 1970s"} <= {i.answer for i in items if str(i.kind) == "date-cloze"}


def test_a_span_of_days_in_one_year_gets_wrong_years_near_it_not_decades_away() -> None:
    # r8, r10: "From 16 May to 17 June 1955" was offered 1915, 1985 and 1995
    sentence = (
        "From 16 May to 17 June 1955, Nikolai Bulganin and Anastas Mikoyan visited Yugoslavia. Stalin died in "
        "1953. The Warsaw Pact was founded in 1955. The army was purged in 1974. A treaty was signed in 1915."
    )
    facts = find_facts(article(sentence, title="Albania"))
    (visit,) = [f for f in facts if f.date.text == "From 16 May to 17 June 1955"]
    picked = wrong_dates(visit.date, DatePool(f.date for f in facts), [])
    assert picked is not None
    for wrong in picked[1]:
        year = int(wrong.rsplit(" ", 1)[1])
        assert 1 <= abs(year - 1955) <= 12, picked


_CARTER = (
    "In 1977, Carter said, “For too many years, we’ve been willing to adopt the flawed and erroneous principles "
    "and tactics of our adversaries, sometimes abandoning our own values for theirs.”"
)


def test_the_year_of_a_remark_is_not_asked() -> None:
    # r6, r9, r10: "In [...], Carter said, ..." and "When did Monsignor Dias say that ...?": the year of a remark
    items = _items(_CARTER)
    assert [i for i in _items(_CARTER, keep_all=True) if i.answer == "1977"]  # made, under the bar
    assert not kinds_of(items, "1977")
    declared = _items("In 1912, the Albanian delegates declared the independence of Albania in Vlorë.")
    assert "date-when" in kinds_of(declared, "1912")  # a declaration is an act


def test_a_stray_word_of_the_source_keeps_the_item_under_the_bar() -> None:
    # r6-r10: "When did financial difficulties in Mantua lead the Pope the to move the council to Vicenza?"
    sentence = (
        "In the autumn of 1537, financial difficulties in Mantua led the Pope the to move the council to Vicenza."
    )
    assert not kinds_of(_items(sentence), "autumn of 1537")
    assert "date-when" in kinds_of(_items(sentence.replace("Pope the to", "Pope to")), "autumn of 1537")


def test_what_is_told_in_the_present_tense_is_not_asked_when_or_what_happened() -> None:
    # r9, r10: "What did grassroots peasant groups do in 1988? Grassroots peasant groups commemorate ..."
    items = _items("In 1988, grassroots peasant groups commemorate the massacre of peasant farmers in Marchaterre.")
    assert not {"date-when", "date-what"} & kinds_of(items, "1988")


def test_an_event_of_forty_words_and_more_is_made_but_not_offered() -> None:
    # r6-r10: 6 of 20 events of 40-60 words made good items
    sentence = (
        "Prior to the war, since 1994, when Azerbaijan signed the “Contract of the Century” (agreement with a "
        "consortium of international oil companies for the exploration and exploitation of three offshore oil "
        "fields in the country), the strategic situation in the South Caucasus could be characterized as a period "
        "of large-scale Western penetration."
    )
    made = [i for i in _items(sentence, keep_all=True) if i.answer == "1994"]
    assert made and all("event is long" in i.quality.reasons for i in made)
    assert not kinds_of(_items(sentence), "1994")
