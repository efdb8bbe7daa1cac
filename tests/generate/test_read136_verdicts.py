"""Fault classes the blind read r136 (unseen set 74, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.extract import find_dates
from studyapp.text.inline import clean_inline
from tests.generate.article_items import article_items, encyclopedia_items


def test_a_power_written_with_a_caret_reads_as_a_superscript() -> None:
    # r136 ("clean", three items): "rates of 40 μmol CO₂·m^(−2)·s^(−1)"
    assert clean_inline("rates of 40 μmol CO₂·m^(−2)·s^(−1) and was") == "rates of 40 μmol CO₂·m⁻²·s⁻¹ and was"
    assert not [i for i in encyclopedia_items("photosynthesis.txt") if "^(" in i.prompt or "^(" in i.answer]


def test_that_before_describing_words_and_a_common_noun_points_back() -> None:
    # r136 ("answerable", three items): "For that original and ground-breaking work, a Nobel Prize in Chemistry was
    # awarded to Melvin Calvin in [...]." (what work?)
    items = article_items(
        "For that original and ground-breaking work, a Nobel Prize in Chemistry was awarded to Melvin Calvin in 1961.",
        title="Photosynthesis",
    )
    assert not items


def test_where_the_copy_lost_a_subject_a_language_name_or_a_quantity_no_item_is_offered() -> None:
    # r136 ("answerable", "clean"): "Was introduced to the mass market on [...]." (the Intel 4004, lost); "The Cyprus
    # Police (Greek) is ..." (the Greek name, lost); "When were tons of organic tea sold?" (the number, lost)
    assert not [i for i in encyclopedia_items("intel.txt") if "Was introduced to the mass market" in i.prompt]
    assert not [i for i in encyclopedia_items("cyprus.txt") if "(Greek)" in i.prompt]
    assert not [i for i in encyclopedia_items("tea.txt") if "tons of organic tea" in i.prompt.lower()]


def test_a_winter_named_by_its_two_years_is_one_date() -> None:
    # r136 ("clean"): "After learning to ski during the [...] and 1914, Broz was sent ..." of "the winter of 1913 and
    # 1914"
    sentence = "After learning to ski during the winter of 1913 and 1914, Broz was sent to a school."
    assert [m.text for m in find_dates(sentence)] == ["winter of 1913 and 1914"]
    assert not [i for i in encyclopedia_items("josip_broz_tito.txt") if "[...] and 1914" in i.prompt]
