"""Fault classes the blind read r170 (unseen set 91, 8 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_span_whose_years_the_copy_lost_is_not_offered() -> None:
    # r170 ("clean"): "The Mesopotamian Bronze Age began about [...] and ended with the Kassite period (BC – BC).";
    # the same loss in "a loosely organized state ... from –[...]"
    made = encyclopedia_items("bronze_age.txt")
    assert not [i for i in made if "(BC – BC)" in i.prompt or "( BC – BC)" in i.prompt]
    assert not [i for i in made if "from –" in i.prompt]
    assert [i for i in made if "The Amorite dynasty established the city-state of Babylon in [...]" in i.prompt]


def test_what_early_research_considered_is_not_asked_as_what_happened() -> None:
    # r170 ("correct"): "When did the caldera-forming eruption occur?" answered "between 1210 and 1300", of "Early
    # research considered that the caldera-forming eruption occurred between 1210 and 1300." (it was 1257)
    made = encyclopedia_items("1257_samalas_eruption.txt")
    assert not [i for i in made if i.prompt.endswith("When did the caldera-forming eruption occur?")]


def test_the_date_of_an_event_the_subject_is_measured_against_is_trivia() -> None:
    # r170 ("worth learning"): "... twice the size of the spike due to the [...] eruption of Tambora.", "Eruptions of
    # comparable intensity include the Kurile lake eruption (in Kamchatka, Russia) in [...]."
    made = encyclopedia_items("1257_samalas_eruption.txt")
    assert not [i for i in made if "[...] eruption of Tambora" in i.prompt]
    assert not [
        i
        for i in made
        if "comparable intensity include the Kurile lake eruption (in Kamchatka, Russia) in [...]" in i.prompt
    ]
