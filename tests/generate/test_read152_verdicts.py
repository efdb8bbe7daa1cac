"""Fault classes the blind read r152 (unseen set 81, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_pronoun_with_its_own_self_is_no_name() -> None:
    # r152 ("answerable"): "When was he himself murdered on secret orders from his mother?" of "... his son, Shams
    # al-Mulk Isma'il who ruled tyrannically until he himself was murdered in 1135 on secret orders from his mother"
    assert not [i for i in encyclopedia_items("damascus.txt") if "he himself" in i.prompt.lower()]


def test_which_after_a_named_object_may_be_the_whole_clause() -> None:
    # r152 ("clean"): "Edessa led to a new crusade from Europe." of "In 1144 Zengi conquered Edessa, a crusader
    # stronghold, which led to a new crusade from Europe in 1148": the conquest led to it
    made = encyclopedia_items("damascus.txt")
    assert not [i for i in made if "Edessa led" in i.prompt + i.answer or "Edessa lead" in i.prompt]
    assert [i for i in made if i.prompt.endswith("When did Zengi conquer Edessa?")]


def test_an_aside_of_a_cut_word_goes_with_it() -> None:
    # r152 ("correct"): "... as the town of Helsingfors, (today known as Tallinn)?" of "... as the town of
    # Helsingfors, which he intended to be a rival to the Hanseatic city of Reval (today known as Tallinn)."
    made = encyclopedia_items("helsinki.txt")
    assert not [i for i in made if "Helsingfors, (today" in i.prompt]
    assert [i for i in made if i.prompt.endswith("as the town of Helsingfors?")]


def test_the_object_of_a_clause_before_the_subject_is_not_the_subject() -> None:
    # r152 ("correct", "clean"): "When was World War I assassinated ... in the event that triggered?" of "In the event
    # that triggered World War I, Archduke Franz Ferdinand of Austria was assassinated ... on 28 June 1914 by ...";
    # the sentence itself, shown whole, is sound
    made = encyclopedia_items("sarajevo.txt")
    assert not [i for i in made if "World War I assassinated" in i.prompt or i.answer.startswith("World War I, ")]
    assert [
        i
        for i in made
        if i.kind == "date-cloze"
        and i.prompt.endswith(
            "Sarajevo on [...] by a self-declared Yugoslav, Gavrilo Princip, a member of Young Bosnia."
        )
    ]


def test_a_gallery_run_together_on_one_line_is_no_prose() -> None:
    # r152 ("clean", "worth"): "|Avaz Twist Tower, erected [...] BBI Shopping and Business." of a gallery line
    # "Bosmal City Centar.jpg|Bosmal City Center Towers, erected 2001 Sarajevo Twist Tower.jpg|Avaz Twist Tower, ..."
    assert not [i for i in encyclopedia_items("sarajevo.txt") if "erected" in i.prompt]


def test_a_clause_opened_by_with_and_its_own_subject_is_cut() -> None:
    # r152 ("clean"): "When were several thousand Christians killed with many more being saved through the
    # intervention of the Algerian exile Abd al-Qadir and his soldiers (three days after the massacre started)?"
    made = encyclopedia_items("damascus.txt")
    assert not [i for i in made if "killed with many more" in i.prompt]
    assert [i for i in made if i.prompt.endswith("When were several thousand Christians killed?")]
