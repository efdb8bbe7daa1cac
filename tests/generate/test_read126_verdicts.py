"""Fault classes the blind read r126 (unseen set 67, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.extract.dates import find_dates
from studyapp.generate import Kind
from tests.generate.article_items import article_items, encyclopedia_items


def test_a_day_of_an_early_year_marked_ad_after_it_is_one_date() -> None:
    # r126 ("clean", twice): "When did Nero learn that he had been tried in absentia ..., making him the first Roman
    # Emperor to commit suicide?" of "He committed suicide on June 9, 68 AD, when he learned ..."
    assert [(d.text, d.start) for d in find_dates("He committed suicide on June 9, 68 AD, when he learned.")] == [
        ("June 9, 68 AD", "0068-06-09")
    ]
    asked = [i.prompt for i in encyclopedia_items("nero.txt") if i.answer == "June 9, 68 AD"]
    assert "Nero — When did Nero commit suicide?" in asked
    assert not [p for p in asked if "learn that" in p]


def test_two_days_of_an_early_year_are_one_span() -> None:
    # r126 ("clean", "worth learning"): "The Great Fire of Rome erupted on the night of 18 July to [...]."
    found = find_dates("The Great Fire of Rome erupted on the night of 18 July to 19 July, AD 64.")
    assert [(d.text, d.start, d.end) for d in found] == [("18 July to 19 July, AD 64", "0064-07-18", "0064-07-19")]
    fire = [i for i in encyclopedia_items("nero.txt") if "Great Fire of Rome erupted" in i.source.text]
    assert fire and all(i.answer == "18 July to 19 July, AD 64" for i in fire)


def test_a_hedged_time_is_shown_in_the_cloze_and_never_asked() -> None:
    # r126 ("clean", "unambiguous", "correct"): "When did Eleanor go back to England probably?", "When was Eleanor
    # perhaps born?" (answered 1124, of "perhaps born as late as 1124")
    items = article_items(
        "Eleanor went back to England probably early in 1184.",
        "Eleanor was perhaps born as late as 1124.",
        "Eleanor married Henry in May 1152.",
        title="Eleanor of Aquitaine",
    )
    asked = {i.prompt for i in items if i.kind is Kind.DATE_WHEN}
    assert asked == {"Eleanor of Aquitaine — When did Eleanor marry Henry?"}
    assert any("probably early in [...]" in i.prompt for i in items if i.kind is Kind.DATE_CLOZE)


def test_a_time_line_holding_an_event_its_section_years_exclude_does_not_name_the_section() -> None:
    # r126 ("correct"): "Put these events of the section “Florence, 1499–1505” ..." holding "Pope Leo X died" (1521);
    # and "A larger-than-life statue of Hercules disappeared sometime." (the 18th century) in "..., 1492–1499"
    drills = [i for i in encyclopedia_items("michelangelo.txt") if i.kind is Kind.CHRONOLOGY]
    assert not [i for i in drills if "Pope Leo X died" in i.prompt and "1499–1505" in i.prompt]
    assert not [i for i in drills if "sometime" in i.prompt]
    items = article_items(
        "Michelangelo returned to Florence in 1499.",
        "In 1501 the Opera del Duomo commissioned a statue of David from Michelangelo.",
        "In 1503 the Signoria commissioned a fresco of the Battle of Cascina from Michelangelo.",
        "Pope Leo X died in 1521.",
        title="Michelangelo",
        section="Florence, 1499–1505",
    )
    drills = [i for i in items if i.kind is Kind.CHRONOLOGY]
    assert drills
    assert all("1499–1505" not in i.prompt for i in drills if "Leo X" in i.prompt)
    assert any("1499–1505" in i.prompt for i in drills if "Leo X" not in i.prompt)


def test_a_word_no_verb_inflects_to_is_no_clause_verb() -> None:
    # r126 ("clean"): "Cassius Dio afterwards suffect consul around [...]." ("suffect" tagged as a verb)
    assert not [i for i in encyclopedia_items("nero.txt") if "suffect consul" in i.prompt]


def test_a_past_tense_whose_subject_hung_on_a_cut_clause_makes_no_subjectless_cloze() -> None:
    # r126 ("answerable", "clean"): "In [...] launched the Revolt of 1173–1174." (the younger Henry was cut with the
    # participle clause the parser hung him on)
    prompts = [i.prompt for i in encyclopedia_items("eleanor_of_aquitaine.txt") if "launched the Revolt" in i.prompt]
    assert not [p for p in prompts if "In [...] launched" in p or "In March 1173 launched" in p]
