"""Fault classes the readers of blind read r32 found on six more encyclopedia articles no rule had been tuned
on, each tested with the article's sentence (Wikipedia text, CC BY-SA), and the sentences like them that must
keep their items."""

from __future__ import annotations

from article_items import answered, article_items

from studyapp.extract.dates import find_dates
from studyapp.text.sentences import split_sentences


def test_a_possessive_of_someone_needs_a_person_before_it() -> None:
    # r32: "Military operations began in [...], when his general Agrippa captured Methone" (whose general?)
    began = (
        "Military operations began in 31 BC, when his general Agrippa captured Methone, a Greek town allied to Antony."
    )
    assert not article_items(began, title="Battle of Actium")
    lincoln = "Lincoln was elected in 1860 and his cabinet met in 1861."
    assert answered(article_items(lincoln, title="Abraham Lincoln"), "1861")


def test_a_thing_counted_after_others_or_pointed_at_by_its_initials_leans_on_the_sentence_before() -> None:
    # r32: "When was a fifth trading room closed?", "executed 1000 shares of IBM through this HHC"
    assert not article_items("In February 2007, a fifth trading room was closed.", title="New York Stock Exchange")
    hhc = "On September 25, 1995, NYSE member Michael Einersen executed 1000 shares of IBM through this HHC."
    assert not article_items(hhc, title="New York Stock Exchange")


def test_a_sentence_that_lost_a_value_in_the_copy_is_not_asked() -> None:
    # r32: "(equivalent to $ today)"; "a main span of and a total height of ." where the copy lost the figures
    span = "Completed in 1937, the bridge has a main span of and a total height of ."
    assert not article_items(span, title="Golden Gate Bridge")
    toll = "When the bridge opened in 1937, the toll was 50 cents per car (equivalent to $ today), collected each way."
    assert not article_items(toll, title="Golden Gate Bridge")
    kept = "When the bridge opened in 1937, the toll was 50 cents per car, collected in each direction."
    assert answered(article_items(kept, title="Golden Gate Bridge"), "1937")


def test_a_year_inside_another_date_of_its_sentence_is_given_away() -> None:
    # r32: "In February [...], with the Year [...] problem no longer a worry" (two gaps for one answer)
    greenspan = (
        "In February 2000, with the Year 2000 problem no longer a worry, Alan Greenspan announced plans to "
        "aggressively raise interest rates."
    )
    assert not answered(article_items(greenspan, title="Dot-com bubble"), "2000")


def test_a_case_name_is_not_cut_at_its_v() -> None:
    # r32: "When did judge Thomas Penfield Jackson issue his conclusions of law in the case of United States v.?"
    text = (
        "On April 3, 2000, judge Thomas Penfield Jackson issued his conclusions of law in the case of United States "
        "v. Microsoft Corp. The ruling was appealed."
    )
    assert split_sentences(text)[0].endswith("United States v. Microsoft Corp.")


def test_an_entry_of_a_glossed_list_is_not_asked_as_a_question_nor_with_its_label() -> None:
    # r32: "what happened in July 2000? Airspan Networks: A wireless firm; its stock price doubled ..."; shown whole
    # with its label, such entries were judged bad 14 times in 18 (r29-r90: "leftover list label")
    entry = (
        "Airspan Networks: A wireless firm; in July 2000, its stock price doubled on its first day of trading as "
        "investors focused on telecommunications companies."
    )
    assert not answered(article_items(entry, title="Dot-com bubble"), "July 2000")
    told = "In July 2000, Airspan Networks doubled its stock price."
    assert {str(i.kind) for i in article_items(told, title="Dot-com bubble")} >= {"date-when", "date-what"}


def test_a_weekday_that_ends_a_name_stays_with_the_name() -> None:
    # r32: "The sell-off panic started Black. (Tuesday, October 29, 1929)" on a time line
    black = "The sell-off panic started on Black Tuesday, October 29, 1929, after days of heavy falls."
    made = article_items(black, title="New York Stock Exchange", keep_all=True)
    assert made and all("Black Tuesday" in i.prompt + i.answer for i in made)
    assert [(m.text, m.offset) for m in find_dates("The Congress met on Tuesday, October 29, 1929.")] == [
        ("Tuesday, October 29, 1929", 20)
    ]
