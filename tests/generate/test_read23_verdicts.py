"""Fault classes the readers of blind read r23 found, each tested with a development article's sentence of the
same class, and the sentences like them that must keep their items."""

from __future__ import annotations

from article_items import answered, article_items


def test_a_date_that_alone_says_which_thing_a_noun_names_is_not_gapped() -> None:
    # r23: "At a march to commemorate the [...] massacre", "the [...] mission was a debacle" (which one?)
    fatwa = (
        "The February 1998 fatwa thus seems to have been a kind of public launch of a renewed and stronger al "
        "Qaeda, after a year and a half of work."
    )
    assert not answered(article_items(fatwa, title="The 9/11 Commission Report, Chapter 2"), "February 1998")
    castro = "In a 1992 interview, Castro expressed regret about his earlier stance on first use."
    assert not answered(article_items(castro, title="Cuban Missile Crisis"), "1992")
    # a noun that says which without its date keeps the item; so does a date only misread as a noun's
    beirut = "The 1983 suicide bombing in Beirut killed 241 U.S. Marines."
    assert answered(article_items(beirut, title="The 9/11 Commission Report, Chapter 2"), "1983")
    petersberg = "The Petersberg Agreement of November 1949 greatly reduced the levels of deindustrialization."
    assert answered(article_items(petersberg, title="Marshall Plan"), "November 1949")
    restored = (
        "Exceptions were the United Kingdom, the Netherlands and France, where by the end of 1947 production had "
        "already been restored to pre-war levels before the Marshall Plan."
    )
    assert answered(article_items(restored, title="Marshall Plan"), "1947")


def test_a_history_of_decades_is_not_asked_what_happened_in_a_month() -> None:
    # r16-r24: "what happened in April 1980?" (the hostage rescue failed that month too), "in January 1893?"
    history = (
        "The United States purchased Alaska on March 30, 1867.",
        "Blaine took office in 1881.",
        "James G. Blaine, the man from Maine, died at age 63 in January 1893.",
        "The Senate ratified the treaty on February 6, 1899.",
        "Alaska became a state on January 3, 1959.",
    )
    made = article_items(*history, title="Milestones: 1866–1898")
    what = [i.prompt for i in made if str(i.kind) == "date-what"]
    assert not [p for p in what if "January 1893" in p]
    assert [p for p in what if "March 30, 1867" in p]  # a day is still sharp enough
    # an account of a few months asks of a month
    episode = (
        "The Germans crossed the border in August 1914.",
        "The government moved to Bordeaux on September 3, 1914.",
        "Herrick met Poincaré in October 1914.",
    )
    close = article_items(*episode, title="Views From the Embassy")
    assert [i for i in close if str(i.kind) == "date-what" and "October 1914" in i.prompt]


def test_an_opening_idiom_that_links_to_the_sentence_before_is_left_out() -> None:
    # r24: "In any case, on [...], Bin Ladin left Sudan—significantly weakened, ..."
    sudan = (
        "In any case, on May 19, 1996, Bin Ladin left Sudan—significantly weakened, despite his ambitions and "
        "organizational skills."
    )
    prompts = [i.prompt for i in article_items(sudan, title="The 9/11 Commission Report, Chapter 2")]
    assert prompts and not [p for p in prompts if "In any case" in p]
    assert [p for p in prompts if "— On [...], Bin Ladin left Sudan" in p]
    # a phrase that names something is no idiom: it stays
    scott = "In the Dred Scott case, the Supreme Court ruled against Scott in March 1857."
    assert [i for i in article_items(scott, title="A Short History") if "Dred Scott case" in i.prompt]


def test_what_happened_to_a_thing_tells_more_than_a_verb() -> None:
    # r25: "what happened to the Agrarian Reform Law in August 1945?" "It was passed." (guessed, not learnt)
    law = (
        "Enver Hoxha founded the party in November 1941.",
        "The Agrarian Reform Law was passed in August 1945.",
        "Hoxha met the British mission in Tirana in August 1945.",
        "The party purged its ranks in 1948.",
    )
    made = article_items(*law)
    assert not [i for i in made if str(i.kind) == "date-what" and "Agrarian Reform Law" in i.prompt]
    assert [i for i in made if i.answer == "August 1945"]  # its cloze stays
