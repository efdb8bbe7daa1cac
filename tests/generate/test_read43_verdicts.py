"""Fault classes blind read r43 found on unseen articles, each tested with the article's own text (Wikipedia,
CC BY-SA)."""

from __future__ import annotations

from article_items import led_article_items

from studyapp.extract import find_lists
from studyapp.generate import items_for_document
from studyapp.generate.list_titles import list_titles
from studyapp.text import parse_document

WEST_BANK = (
    "Six-Day War\n"
    "\n"
    "The Six-Day War was an armed conflict between Israel and a coalition of Arab states in June 1967.\n"
    "\n"
    "The West Bank\n"
    "\n"
    "Jordan had realised that it had no hope of defence as early as the morning of 6 June, just a day "
    "after the conflict had begun. At Nasser’s request, Egypt’s Abdul Munim Riad sent a situation update "
    "at midday on 6 June:\n"
    "\n"
    "  The situation on the West Bank is rapidly deteriorating. A concentrated attack has been launched "
    "on all axes, together with heavy fire, day and night. Jordanian, Syrian and Iraqi air forces in "
    "position H3 have been virtually destroyed. Upon consultation with King Hussein I have been asked to "
    "convey to you the following choices:\n"
    "\n"
    "      1. A political decision to cease fighting to be imposed by a third party (the USA, the Soviet "
    "Union or the Security Council).\n"
    "      2. To vacate the West Bank tonight.\n"
    "      3. To go on fighting for one more day, resulting in the isolation and destruction of the "
    "entire Jordanian Army.\n"
    "\n"
    '  King Hussein has asked me to refer this matter to you for an immediate reply."\n'
)


def test_a_list_titled_only_by_a_kind_of_thing_asks_nothing_even_among_its_other_entries() -> None:
    # r43: "The choices in “Six-Day War”: 1. [...] 2. To vacate the West Bank tonight ..." failed 6 of 6 (whose
    # choices, offered to whom?); r29's "The two ways in “Louisiana Purchase”" 4 of 4
    doc = parse_document(WEST_BANK, name="six_day_war.txt")
    (choices,) = find_lists(doc)
    assert list_titles(doc, [choices])[choices.id].vague
    assert not [item for item in items_for_document(doc) if item.origin == choices.id]


def test_a_list_whose_lead_names_whose_entries_they_are_is_asked() -> None:
    # the counter-example: the same entries under a lead that says whose choices they are
    named = WEST_BANK.replace(
        "Upon consultation with King Hussein I have been asked to convey to you the following choices:",
        "King Hussein of Jordan offered Nasser three choices:",
    )
    doc = parse_document(named, name="six_day_war.txt")
    (choices,) = find_lists(doc)
    title = list_titles(doc, [choices])[choices.id]
    assert not title.vague
    assert [item for item in items_for_document(doc) if item.origin == choices.id]


AGINCOURT_LEAD = (
    "The Battle of Agincourt was an English victory in the Hundred Years' War. It took place on 25 October 1415 "
    "near Azincourt, in northern France."
)
LOCATION = (
    "The precise location of the battle is not known. However, the lack of archaeological evidence at this "
    "traditional site has led to suggestions it was fought to the west of Azincourt. In 2019, the historian "
    "Michael Livingston also made the case for a site west of Azincourt, based on a review of sources and early "
    "maps."
)
FIGURES = (
    "The 2009 Encyclopædia Britannica uses the figures of about 6,000 for the English and 20,000 to 30,000 for "
    "the French."
)
FILM = (
    "In his 2007 film adaptation, director Peter Babakitis uses digital effects to exaggerate realist features "
    "during the battle scenes, producing a more avant-garde interpretation of the fighting at Agincourt."
)


def test_the_year_a_scholar_made_a_case_is_not_asked() -> None:
    # r43: "When did the historian Michael Livingston make the case for a site west of Azincourt?" (4 readers of 4)
    assert not [
        i for i in led_article_items("Battle of Agincourt", AGINCOURT_LEAD, LOCATION) if "Livingston" in i.prompt
    ]


def test_the_year_of_an_edition_or_an_adaptation_that_tells_of_the_subject_is_not_asked() -> None:
    # r43: "The [...] Encyclopædia Britannica uses the figures ...", "In his [...] film adaptation, ..."
    made = led_article_items("Battle of Agincourt", AGINCOURT_LEAD, FIGURES, FILM)
    assert not [i for i in made if "Britannica" in i.prompt or "Babakitis" in i.prompt]


def test_a_scholars_deed_that_is_no_case_made_is_still_asked() -> None:
    # the counter-example: a historian who did something, rather than argued something
    deed = "In 1900, the archaeologist Arthur Evans began the excavation of Knossos."
    assert [
        i for i in led_article_items("Knossos", "Knossos is a Bronze Age site on Crete.", deed) if "Evans" in i.prompt
    ]


PARTHENON_LEAD = "The Parthenon is a former temple on the Athenian Acropolis, Greece, that was dedicated to Athena."


def test_a_date_offered_beside_a_bare_number_as_its_alternative_is_not_asked() -> None:
    # r43: "When did the chryselephantine statue of Athena Parthenos sculpt by Phidias and dedicated 439 or?"
    cella = (
        "The cella of the Parthenon housed the chryselephantine statue of Athena Parthenos sculpted by Phidias "
        "and dedicated in 439 or 438 BC."
    )
    assert not [i for i in led_article_items("Parthenon", PARTHENON_LEAD, cella) if "Phidias" in i.prompt]


def test_what_was_once_presumed_is_not_asked_as_fact() -> None:
    # r43: "When were the missing metopes destroyed during the Morosini explosion?" (the source: "It was previously
    # presumed that ...")
    presumed = (
        "It was previously presumed that the missing metopes were destroyed during the Morosini explosion of the "
        "Parthenon in 1687."
    )
    assert not [i for i in led_article_items("Parthenon", PARTHENON_LEAD, presumed) if "metopes" in i.prompt]


def test_an_opening_again_that_points_back_is_dropped() -> None:
    # r43: "Again in [...], North Korea fired artillery shells on Yeonpyeong island" (again after what?)
    again = (
        "Again in 2010, North Korea fired artillery shells on Yeonpyeong island, killing two military personnel "
        "and two civilians."
    )
    made = led_article_items("Korean War", "The Korean War was fought between North Korea and South Korea.", again)
    assert made and not [i for i in made if "Again" in i.prompt or "again" in i.prompt]


def test_a_thus_before_the_verb_that_points_back_is_dropped() -> None:
    # r40: "When did Bamberg thus lose its independence?" (the reader: "thus" points back to text not shown)
    made = led_article_items(
        "Bamberg",
        "Bamberg is a town in Upper Franconia, Germany.",
        "Bamberg thus lost its independence in 1802, becoming part of Bavaria in 1803.",
    )
    assert "Bamberg — When did Bamberg lose its independence?" in [i.prompt for i in made]
    assert not [i for i in made if "thus" in i.prompt]
