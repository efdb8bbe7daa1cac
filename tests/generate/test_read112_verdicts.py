"""A fault class the blind read r112 (unseen set 57, 7 December) found, tested with a development article's own
sentence (Wikipedia, CC BY-SA) where an earlier read had failed it too."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_an_article_before_a_spelled_out_acronym_follows_its_long_form() -> None:
    # r112 ("clean"): "An Liberation Tigers of Tamil Eelam (LTTE) ..."; the same fault in an earlier read: "In [...]
    # an Manned Spacecraft Center (MSC) study concluded, ..."
    made = [i for i in encyclopedia_items("apollo_program.txt") if "Manned Spacecraft Center (MSC) study" in i.prompt]
    assert made and all("a Manned Spacecraft Center (MSC) study" in i.prompt for i in made)
