"""Fault classes blind read r49 found on unseen articles (Manhattan Project, Nikola Tesla, Justinian I, Otto von
Bismarck, Battle of Gettysburg) and left for a later session, each tested with the article's own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from article_items import led_article_items

BISMARCK_LEAD = "Otto von Bismarck was a Prussian and later German statesman and diplomat."
KULTURKAMPF = (
    "Bismarck, a devout pietistic Protestant, was alarmed that secularists and socialists were using the "
    "Kulturkampf to attack all religion. He abandoned it in 1878 to preserve his remaining political capital "
    "since he now needed the Centre Party votes in his new battle against socialism."
)
TESLA_LEAD = "Nikola Tesla was a Serbian-American inventor and electrical engineer."
TESLA_PATENTS = (
    "Tesla worked in New York. His alternating current (AC) induction motor and related polyphase AC patents, "
    "licensed by Westinghouse Electric in 1888, earned him a considerable amount of money."
)


def test_an_it_or_them_that_still_leans_once_he_is_named_is_not_asked() -> None:
    # r49: "When did Bismarck abandon it ...?": "He" was named Bismarck, and "it" (the Kulturkampf) was forgotten
    made = led_article_items("Otto von Bismarck", BISMARCK_LEAD, KULTURKAMPF)
    assert not [i for i in made if "abandon" in i.prompt]
    made = led_article_items(
        "Nikola Tesla",
        TESLA_LEAD,
        "Tesla described his plans to reporters. He mentioned them in a letter to a reporter in December 1899 "
        "and to the Red Cross Society in December 1900.",
    )
    assert not [i for i in made if "mentioned them" in i.prompt]


def test_him_after_his_is_the_same_man() -> None:
    # "His ... patents earned him": the "him" is the "His" named Tesla, and the item stays
    made = led_article_items("Nikola Tesla", TESLA_LEAD, TESLA_PATENTS)
    assert [i.answer for i in made if "Westinghouse" in i.prompt and i.answer == "1888"]


def test_a_lead_ending_in_a_passive_and_to_is_not_given_a_do() -> None:
    # r49: "the major factors in Lee's loss arguably can be attributed to: (1) ...; (2) ..." was titled "What the
    # major factors in Lee's loss arguably can be attributed to do" (list items 0/5)
    made = led_article_items(
        "Battle of Gettysburg",
        "The Battle of Gettysburg was fought in July 1863.",
        "Historians have attempted to explain how Lee's winning streak was interrupted. The major factors in Lee's "
        "loss arguably can be attributed to: (1) his overconfidence in the invincibility of his men; (2) the "
        "performance of his subordinates, and his management thereof; (3) his failing health, and (4) the "
        "performance of his opponent, George G. Meade, and the Army of the Potomac.",
    )
    recall = [i.prompt for i in made if i.kind == "list-recall"]
    assert recall == [
        "Battle of Gettysburg — Recall what the major factors in Lee's loss arguably can be attributed to "
        "(4 points, in any order)."
    ]


def test_a_matter_only_a_sentence_before_names_points_back() -> None:
    # r48-r49: "Bismarck opened debate on the subject" (social insurance, named two sentences before), "The new
    # arrangement began on October 1, 2017"
    made = led_article_items(
        "Otto von Bismarck",
        BISMARCK_LEAD,
        "He believed that such regulation would harm the economy. Bismarck opened debate on the subject in "
        "November 1881 in the Imperial Message to the Reichstag.",
    )
    assert not [i for i in made if i.answer == "November 1881"]
    made = led_article_items(
        "Otto von Bismarck",
        BISMARCK_LEAD,
        "Bismarck opened debate on the subject of social insurance in November 1881 in the Imperial Message to "
        "the Reichstag.",
    )
    assert [i for i in made if i.answer == "November 1881"]
