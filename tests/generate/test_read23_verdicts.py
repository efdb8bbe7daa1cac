"""Fault classes the readers of blind read r23 found, each tested with a development article's sentence of the
same class, and the sentences like them that must keep their items."""

from __future__ import annotations

from article_items import article_items


def _answered(items: list, answer: str) -> list:
    return [i for i in items if i.answer == answer]


def test_a_date_that_alone_says_which_thing_a_noun_names_is_not_gapped() -> None:
    # r23: "At a march to commemorate the [...] massacre", "the [...] mission was a debacle" (which one?)
    fatwa = (
        "The February 1998 fatwa thus seems to have been a kind of public launch of a renewed and stronger al "
        "Qaeda, after a year and a half of work."
    )
    assert not _answered(article_items(fatwa, title="The 9/11 Commission Report, Chapter 2"), "February 1998")
    castro = "In a 1992 interview, Castro expressed regret about his earlier stance on first use."
    assert not _answered(article_items(castro, title="Cuban Missile Crisis"), "1992")
    # a noun that says which without its date keeps the item; so does a date only misread as a noun's
    beirut = "The 1983 suicide bombing in Beirut killed 241 U.S. Marines."
    assert _answered(article_items(beirut, title="The 9/11 Commission Report, Chapter 2"), "1983")
    petersberg = "The Petersberg Agreement of November 1949 greatly reduced the levels of deindustrialization."
    assert _answered(article_items(petersberg, title="Marshall Plan"), "November 1949")
    restored = (
        "Exceptions were the United Kingdom, the Netherlands and France, where by the end of 1947 production had "
        "already been restored to pre-war levels before the Marshall Plan."
    )
    assert _answered(article_items(restored, title="Marshall Plan"), "1947")
