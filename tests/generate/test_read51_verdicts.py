"""Fault classes blind read r51 found on unseen articles (Battle of Bosworth Field, Great Famine, Hudson's Bay
Company, Joan of Arc, League of Nations, Sydney Harbour Bridge), each tested with the article's own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from article_items import led_article_items

from studyapp.generate import items_for_document
from studyapp.text import parse_document

HBC_OPENING = (
    "The HUDSON'S BAY COMPANY (HBC) is a Canadian retail business group. Hudson's Bay Company was founded by charter."
)
HBC_HISTORY = (
    "The French sent raiding parties against the posts along James Bay. In 1693 the HBC recovered Fort Albany; "
    "d'Iberville captured York Factory in 1694."
)


def test_an_acronym_is_spelled_out_as_the_article_writes_its_name_not_in_its_bold() -> None:
    # r51: 9 of 24 items of the Hudson's Bay Company failed on "the HUDSON'S BAY COMPANY (HBC) recovered Fort Albany"
    doc = parse_document(f"{HBC_OPENING}\n\nHistory\n\n{HBC_HISTORY}\n", name="fur_trade")
    prompts = [i.prompt for i in items_for_document(doc)]
    assert any("Hudson's Bay Company (HBC) recovered Fort Albany" in p for p in prompts)
    assert not any("HUDSON" in p for p in prompts)


def test_a_file_name_without_its_apostrophe_finds_the_name_the_text_writes() -> None:
    # "hudsons_bay_company" was titled "Hudsons Bay company" on every card
    doc = parse_document(f"{HBC_OPENING}\n\nHistory\n\n{HBC_HISTORY}\n", name="hudsons_bay_company")
    assert doc.title == "Hudson's Bay Company"


def test_a_long_succession_is_not_asked_by_position() -> None:
    # r51: "What is the 29th of the Governors of the Hudson's Bay Company?", "What number is '1982–94 Donald S.
    # McGiverin' among ...?": position in a list of 39 is trivia (and 0 of 4 such items were good before)
    governors = [
        "1670–82 Prince Rupert of the Rhine",
        "1683–85 James Stuart, Duke of York",
        "1685–92 John Churchill, Earl of Marlborough",
        "1692–96 Sir Stephen Evance",
        "1696–1700 Sir William Trumbull",
        "1700–12 Sir Stephen Evance",
        "1712–43 Sir Bibye Lake",
        "1743–46 Benjamin Pitt",
        "1746–50 Thomas Knapp",
        "1750–60 Sir Atwell Lake",
    ]
    listed = "\n".join(f"{n}. {g}" for n, g in enumerate(governors, 1))
    doc = parse_document(
        f"{HBC_OPENING}\n\nGovernors\n\nChronological list of Governors of the Hudson's Bay Company:\n\n{listed}\n",
        name="hudsons_bay_company",
    )
    made = items_for_document(doc)
    assert [i for i in made if i.kind == "list-cloze"]
    assert not [i for i in made if i.kind in ("list-item", "list-number")]


def test_he_after_a_when_clause_is_the_one_it_names() -> None:
    # r49: "On June 29, when Lee learned that ..., he ordered a concentration of his forces" was asked of Abraham
    # Lincoln, named in the paragraph before
    made = led_article_items(
        "Battle of Gettysburg",
        "The Battle of Gettysburg was fought in July 1863.",
        "In a dispute over the garrison, Hooker offered his resignation, and Abraham Lincoln immediately accepted.",
        "On June 29, when Lee learned that the Army of the Potomac had crossed the Potomac River, he ordered a "
        "concentration of his forces around Cashtown.",
    )
    asked = [i.prompt for i in made if i.answer == "June 29"]
    assert asked and all("Lincoln" not in p for p in asked)
    assert any("Lee ordered a concentration" in p for p in asked)


def test_the_case_and_the_matter_point_back() -> None:
    # r51: "Edward IV had ruled the case in favour of Stanley in 1473" (the Harrington estate, named before), "In
    # London Balfour commissioned the first official report into the matter in early 1918"
    made = led_article_items(
        "Battle of Bosworth Field",
        "The Battle of Bosworth Field was fought on 22 August 1485.",
        "Stanley and the Harringtons disputed an estate. Edward IV had ruled the case in favour of Stanley in 1473, "
        "but Richard planned to overturn his brother's ruling.",
    )
    assert not [i for i in made if i.answer == "1473"]


def test_a_colon_right_after_the_verb_ends_the_question() -> None:
    # r51: "When did a semi-official emblem for the League of Nations emerge two five-pointed stars within a blue
    # pentagon?" from "In 1939, a semi-official emblem for the League of Nations emerged: two five-pointed stars ..."
    made = led_article_items(
        "League of Nations",
        "The League of Nations was the first worldwide intergovernmental organisation.",
        "In 1939, a semi-official emblem for the League of Nations emerged: two five-pointed stars within a blue "
        "pentagon.",
    )
    asked = {i.prompt for i in made if i.kind == "date-when"}
    assert asked == {"League of Nations — When did a semi-official emblem for the League of Nations emerge?"}


def test_a_sum_that_lost_its_currency_sign_is_not_asked() -> None:
    # r51: "the northern stairway would be replaced with a 20 million ramp" (the copy lost "$")
    made = led_article_items(
        "Sydney Harbour Bridge",
        "The Sydney Harbour Bridge is a steel through arch bridge across Sydney Harbour.",
        "On 7 December 2016 the NSW Roads Minister Duncan Gay confirmed that the northern stairway would be "
        "replaced with a 20 million ramp alleviating the needs for cyclists to dismount.",
    )
    assert not [i for i in made if "20 million" in i.prompt or "20 million" in i.answer]


def test_a_date_told_roughly_is_not_asked_as_exact() -> None:
    # r51: "When was Joan born? 1412" from "she thought she was born around 1412"
    made = led_article_items(
        "Joan of Arc",
        "Joan of Arc is considered a heroine of France.",
        "At her trial, Joan stated that she was about 19 years old. Joan was born around 1412 in Domrémy.",
    )
    assert not [i for i in made if i.kind in ("date-when", "date-choice", "date-what") and i.answer == "1412"]
    assert [i for i in made if i.kind == "date-cloze" and "around [...]" in i.prompt]


def test_a_place_run_into_the_subject_after_a_bare_preposition_is_not_asked() -> None:
    # r51: "When did London Balfour commission the first official report ...?" from "In London Balfour commissioned
    # the first official report into the matter in early 1918" (the copy lost the comma after "London")
    made = led_article_items(
        "League of Nations",
        "The League of Nations was the first worldwide intergovernmental organisation.",
        "In London Balfour commissioned the first official report on a league in early 1918, under the initiative "
        "of Lord Robert Cecil.",
    )
    assert not [i for i in made if "London Balfour" in i.prompt]


STANDARD_OIL = (
    "Standard Oil's pre-history began in 1863 as an Ohio partnership formed by industrialist John D. Rockefeller. "
    "So, in 1899, the Standard Oil Trust, based at 26 Broadway in New York, was legally reborn as a holding company."
)


def test_a_word_split_at_its_hyphen_is_not_asked_by_half() -> None:
    # r52: "When did Standard Oil's pre begin as an Ohio partnership ...?"; the cloze keeps the whole word
    made = led_article_items("Standard Oil", "Standard Oil was an American oil company.", STANDARD_OIL)
    assert not [i for i in made if "pre begin" in i.prompt]
    assert [i for i in made if i.kind == "date-cloze" and "Standard Oil's pre-history began in [...]" in i.prompt]


def test_so_opening_a_sentence_is_left_out() -> None:
    # r52: "So, in [...], the Standard Oil Trust ... was legally reborn as a holding company."
    made = led_article_items("Standard Oil", "Standard Oil was an American oil company.", STANDARD_OIL)
    clozes = [i.prompt for i in made if i.kind == "date-cloze" and i.answer == "1899"]
    assert clozes and not [p for p in clozes if "So," in p]


def test_then_glued_to_its_hyphen_stays() -> None:
    # "met with -Secretary of Commerce Herbert Hoover": "then-Secretary" is one word
    made = led_article_items(
        "Hoover Dam",
        "Hoover Dam is a concrete arch-gravity dam.",
        "In 1922, representatives of seven states met with then-Secretary of Commerce Herbert Hoover.",
    )
    prompts = [i.prompt for i in made if i.answer == "1922"]
    assert prompts and all("then-Secretary" in p for p in prompts)


def test_an_acronym_in_brackets_ending_the_sentence_is_no_cut() -> None:
    # r52: "... under the control of the London Passenger Transport Board LPTB?"
    made = led_article_items(
        "London Underground",
        "The London Underground is a rapid transit system.",
        'The early tube lines, originally owned by several private companies, were brought together under the "" '
        "brand in the early 20th century and eventually merged along with the sub-surface lines and bus services in "
        "1933 to form _London Transport_ under the control of the London Passenger Transport Board (LPTB).",
    )
    prompts = [i.prompt for i in made if i.answer == "1933"]
    assert prompts and not [p for p in prompts if "Board LPTB" in p]


def test_what_a_writer_claims_is_not_stated_as_fact() -> None:
    # r52: "In [...], Leonardo was living with the Medici." from "One anonymous writer claims that in 1480, ..."
    made = led_article_items(
        "Leonardo da Vinci",
        "Leonardo da Vinci was an Italian polymath of the Renaissance.",
        "One anonymous writer claims that in 1480, Leonardo was living with the Medici and often worked in the garden "
        "of the Piazza San Marco, Florence. In the spring of 1485, Leonardo travelled to Hungary on behalf of Sforza.",
    )
    assert not [i for i in made if i.answer == "1480" and "claims" not in i.prompt]
    assert [i for i in made if i.answer == "spring of 1485" or "1485" in i.answer]


def test_a_writer_shown_without_what_he_wrote_is_no_event() -> None:
    # r52: "When did A.E. Rio write?" and "A.E. Rio wrote." in a chronology, from a quotation's lead
    made = led_article_items(
        "Leonardo da Vinci",
        "Leonardo da Vinci was an Italian polymath of the Renaissance.",
        'Vasari praised him. This is echoed by A.E. Rio who wrote in 1861: "He towered above all other artists '
        'through the strength and the nobility of his talents."',
    )
    assert not [i for i in made if i.answer == "1861"]


def test_a_verb_split_at_its_hyphen_is_not_asked_by_half() -> None:
    # r52: "When did Wimborne reluctantly resign appointed?" (the date is of "re-appointed")
    made = led_article_items(
        "Easter Rising",
        "The Easter Rising was an armed insurrection in Ireland.",
        "Wimborne had also reluctantly resigned, recalled to London by Lloyd George, but was re-appointed in "
        "late 1917.",
    )
    assert not [i for i in made if "appointed?" in i.prompt]
    assert [i for i in made if "re-appointed in [...]" in i.prompt]
