"""Fault classes the blind read r156 (unseen set 84, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_plural_noun_with_a_singular_verb_is_no_subject() -> None:
    # r156 ("clean", "answerable"): "When was priests passed by the General Synod?" of "The ordination of women as
    # priests was passed by the General Synod in 1992 and began in 1994."; "Deacons was passed in [...]." of
    # "Legislation authorising the ordination of women as deacons was passed in 1986 ..."
    made = encyclopedia_items("church_of_england.txt")
    assert not [i for i in made if "priests passed" in i.prompt or i.prompt.endswith("Deacons was passed in [...].")]
    assert [i for i in made if "more women than men" in i.prompt.lower()]  # "more women than men were ordained"


def test_a_list_of_numbers_stays_whole_in_the_subject() -> None:
    # r156 ("clean"): "When were NASA's Pioneers 6 launched?" of "... were NASA's Pioneers 6, 7, 8 and 9, which were
    # launched between 1959 and 1968."; the parser set "8 and 9" apart as an apposition
    made = encyclopedia_items("sun.txt")
    pioneers = [i for i in made if "Pioneers" in i.prompt and i.kind == "date-when"]
    assert [i.prompt for i in pioneers] == ["Sun — When were NASA's Pioneers 6, 7, 8 and 9 launched?"]


def test_a_sentence_without_its_full_stop_before_a_note_marker_ends_there() -> None:
    # r156 ("clean"): the cloze opened with a caption the copy ran into the sentence: "A lunar transit of the Sun
    # captured during calibration of STEREO B's ultraviolet imaging cameras[214] The first satellites ..."
    clozes = [i for i in encyclopedia_items("sun.txt") if i.kind == "date-cloze" and "Pioneers" in i.prompt]
    assert [i.prompt.split(" — ", 1)[1][:30] for i in clozes] == ["The first satellites designed "]
