"""Fault classes the blind reads r104 and r105 (unseen sets 51 and 52, 7 December) found, tested with the articles'
own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_who_after_a_list_ending_on_a_name_is_that_names() -> None:
    # r105 ("clean"): "The revolutionary Irish Republican in [...] was the first woman elected to the British House of
    # Commons." of "... included the revolutionary Irish Republican, suffragette and socialist Constance Markievicz who
    # in 1918 was the first woman elected ..."
    made = [i for i in encyclopedia_items("feminism.txt") if "British House of Commons" in i.prompt + i.answer]
    assert made and not [i for i in made if "Irish Republican in [...]" in i.prompt]
    assert [i for i in made if "Constance Markievicz" in i.prompt + i.answer]


def test_until_as_late_as_is_a_limit() -> None:
    # r105 ("correct"): "• Latin remained the official language of Hungary." placed at 1844, of "until as late as 1844,
    # Latin remained the official language of Hungary"
    made = [i for i in encyclopedia_items("hungary.txt") if "Latin remained the official" in i.prompt + i.answer]
    assert made and all(i.kind.value == "date-cloze" and "until as late as [...]" in i.prompt for i in made)


def test_following_suit_leans() -> None:
    # r105 ("answerable"): "When did South Australia follow suit?" (in what? women's suffrage)
    made = encyclopedia_items("feminism.txt")
    assert len(made) > 30 and not [i for i in made if "South Australia follow" in i.prompt]


def test_a_bare_served_leans() -> None:
    # r105 ("clean", "answerable"): "• Elisabeth Kopp served." (as what?)
    made = encyclopedia_items("switzerland.txt")
    assert len(made) > 30 and not [i for i in made if "Elisabeth Kopp served." in i.prompt + i.answer]


def test_the_year_of_a_ranking_of_a_named_place_is_not_asked() -> None:
    # r105 ("worth", "unambiguous"): "In [...], Site Selection Magazine ranked Texas as the most business-friendly
    # state" and "When did the Economist rank the Netherlands as the 11th most democratic country in the world?"
    texas = encyclopedia_items("texas.txt")
    netherlands = encyclopedia_items("netherlands.txt")
    assert len(texas) > 30 and not [i for i in texas if "ranked Texas as the most" in i.prompt]
    assert len(netherlands) > 30 and not [i for i in netherlands if "11th most democratic" in i.prompt]


def test_as_of_dates_only_a_record() -> None:
    # r105 ("worth"): "As of the general elections of [...], a large majority of the members of Texas's U.S. House
    # delegation are Republican"
    made = encyclopedia_items("texas.txt")
    assert len(made) > 30 and not [i for i in made if "— As of the general elections of [...]" in i.prompt]


def test_an_approximate_date_gets_no_close_wrong_dates() -> None:
    # r105 ("unambiguous"): "c. 450 BC" offered beside "c. 454 BC", "c. 445 BC" and "c. 455 BC"
    made = [i for i in encyclopedia_items("netherlands.txt") if i.answer == "c. 450 BC"]
    assert made and not [i for i in made if i.choices]


def test_a_thing_named_by_one_word_of_its_name_leans() -> None:
    # r104 ("answerable"): "• The aircraft of the Legion destroyed the city of Guernica." (the Condor Legion)
    made = encyclopedia_items("nazi_germany.txt")
    assert len(made) > 30 and not [i for i in made if "aircraft of the Legion" in i.prompt + i.answer]
