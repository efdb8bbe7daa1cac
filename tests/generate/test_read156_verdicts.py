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
