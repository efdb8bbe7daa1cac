"""Fault classes blind read r48 found on unseen articles (James Cook, Alan Turing, Statue of Liberty, Hoover
Dam, Apollo 11, Charlemagne), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from article_items import led_article_items

from studyapp.extract.dates import find_dates
from studyapp.extract.early_years import early_years
from studyapp.extract.facts import find_facts
from studyapp.generate import items_for_document
from studyapp.text import parse_document

CHARLEMAGNE_LEAD = (
    "Charlemagne or Charles the Great (2 April 742 – 28 January 814), numbered Charles I, was king of the Franks "
    "from 768, king of the Lombards from 774, and emperor of the Romans from 800."
)
CHARLEMAGNE = (
    "Charles was succeeded in 741 by his sons Carloman and Pepin the Short, the father of Charlemagne. "
    "In 743, the brothers placed Childeric III on the throne to curb separatism in the periphery. "
    "In 785, his men captured Girona permanently and extended Frankish control into the Catalan littoral. "
    "Before any open hostilities could be declared, however, Carloman died on 5 December 771, apparently of "
    "natural causes."
)


def test_a_history_of_the_first_millennium_has_its_three_digit_years_read() -> None:
    # r48: Charlemagne's article (60,000 characters) gave 16 dated facts, none of them his own: "In 785, his men
    # captured Girona" and "Carloman died on 5 December 771" were not read as dates
    doc = parse_document(f"Charlemagne\n\n{CHARLEMAGNE_LEAD}\n\nHistory\n\n{CHARLEMAGNE}\n", name="charlemagne.txt")
    assert {"741", "743", "785", "5 December 771"} <= {f.date.text for f in find_facts(doc)}
    made = led_article_items("Charlemagne", CHARLEMAGNE_LEAD, CHARLEMAGNE)
    assert "Charlemagne — When did Carloman die apparently of natural causes?" in [i.prompt for i in made]
    assert (
        "Charlemagne — When was Charles succeeded by his sons Carloman and Pepin the Short, the father of "
        "Charlemagne?" in [i.prompt for i in made]
    )


def test_a_life_of_the_first_millennium_is_one_span_and_not_asked() -> None:
    # "(2 April 742 – 28 January 814)": a life in brackets, as "(1858–1919)" is, not two events
    assert next((m.text, m.start, m.end) for m in find_dates(CHARLEMAGNE_LEAD, early=True)) == (
        "2 April 742 – 28 January 814",
        "0742-04-02",
        "0814-01-28",
    )
    made = led_article_items("Charlemagne", CHARLEMAGNE_LEAD, CHARLEMAGNE)
    assert not [i for i in made if "814" in i.answer]


def test_a_count_is_no_year_even_there() -> None:
    assert find_dates("The fleet came in 300 ships.", early=True) == []
    assert find_dates("The revolt lasted from 481–484.", early=True) == []


def test_a_modern_article_does_not_read_three_digit_numbers_as_years() -> None:
    doc = parse_document(
        "Hoover Dam\n\nHoover Dam is a dam on the Colorado River.\n\nHistory\n\n"
        "In 1931, the dam employed about 500 men. In 500 cases the workers were ill.\n",
        name="dam.txt",
    )
    sentences = [
        s.text for section in doc.sections for block in section.blocks for s in getattr(block, "sentences", ())
    ]
    assert not early_years(sentences)


def test_an_article_with_years_before_christ_does_not_read_bare_years_as_ours() -> None:
    # "destroyed in 480" in an article on the Parthenon is 480 BC
    sentences = [
        "The Parthenon was built from 447 BC to 438 BC.",
        "In 480, the older Parthenon was destroyed.",
        "In 438, the statue was dedicated.",
        "In 432, the decoration was done.",
    ]
    assert not early_years(sentences)
    assert early_years(sentences[1:])


def test_a_day_whose_year_is_guessed_is_not_asked_as_a_question() -> None:
    # r48 (Korean War, Gunpowder Plot before it): "When did Leo swear an oath of innocence? 23 December", a year
    # nothing near it tells; the cloze stays, as the sentence tells its event
    made = led_article_items(
        "Korean War",
        "The Korean War was fought between North Korea and South Korea from 1950 to 1953.",
        "In June 1950, North Korean forces crossed the border.",
        "The city fell quickly. Seoul was recaptured by UN forces on 25 September.",
    )
    assert not [i for i in made if "recaptured" in i.prompt and i.kind != "date-cloze"]


def test_a_quantity_the_copy_lost_before_of_is_not_asked() -> None:
    # r48: "When did Eagle land at 20:17:40 UTC with of usable fuel remaining?"
    made = led_article_items(
        "Apollo 11",
        "Apollo 11 was the American spaceflight that first landed humans on the Moon.",
        "Eagle landed at 20:17:40 UTC on July 20, 1969 with of usable fuel remaining.",
    )
    assert not [i for i in made if "with of" in i.prompt]


def test_what_resulted_and_both_of_what_point_back() -> None:
    # r48: "When was the resulting Colorado River Compact signed?", "Both islands were ceded ... in [...]"
    made = led_article_items(
        "Statue of Liberty",
        "The Statue of Liberty is a colossal neoclassical sculpture on Liberty Island in New York Harbor.",
        "The resulting Colorado River Compact was signed on November 24, 1922. "
        "Both islands were ceded by New York to the federal government in 1800.",
    )
    assert not [i for i in made if "resulting" in i.prompt or "Both islands" in i.prompt]


def test_a_section_whose_span_starts_in_the_answer_year_is_not_shown_with_it() -> None:
    # r48: "Statue of Liberty · Early National Park Service years (1933–1982) — When did President Franklin
    # Roosevelt order the statue to be transferred ...? 1933"
    doc = parse_document(
        "Statue of Liberty\n\nThe Statue of Liberty is a colossal sculpture.\n\n"
        "Early National Park Service years (1933–1982)\n\n"
        "In 1933, President Franklin Roosevelt ordered the statue to be transferred to the National Park Service. "
        "The service restored it.\n",
        name="liberty.txt",
    )
    made = [i for i in items_for_document(doc) if i.answer == "1933"]
    assert made
    assert not [i for i in made if "1933–1982" in i.prompt]


LIBERTY_LEAD = "The Statue of Liberty is a colossal neoclassical sculpture on Liberty Island in New York Harbor."


def _time_line_events(made: list) -> list[str]:  # type: ignore[type-arg]
    return [line for i in made if str(i.kind) == "chronology" for line in i.prompt.splitlines() if line[:1] == "•"]


def test_a_time_line_leaves_out_an_event_cut_at_its_late_and_one_the_date_is_subject_of() -> None:
    # r48: "• Ellis Island reopened late." (late October 2013), "• Saw a reprise of Operation Sail." (July 4 saw)
    made = led_article_items(
        "Statue of Liberty",
        LIBERTY_LEAD,
        "Bartholdi visited New York in 1871. The Statue of Liberty was dedicated on October 28, 1886. "
        "July 4, 1986 saw a reprise of Operation Sail. Liberty Island reopened on July 4, 2013. "
        "Ellis Island reopened in late October 2013.",
    )
    events = _time_line_events(made)
    assert "• Liberty Island reopened." in events
    assert not [e for e in events if "late" in e or e.startswith("• Saw")]
    assert not [i for i in made if i.answer.startswith("Saw ") or "reopen late" in i.prompt]
    assert "Statue of Liberty — When did Ellis Island reopen?" in [i.prompt for i in made]


def test_a_time_line_leaves_out_a_day_whose_year_another_sentence_wrote() -> None:
    # r48: "Cook and Banks and others went ashore (24 May 1770)": "the year 1770 is not in the source"
    made = led_article_items(
        "James Cook",
        "James Cook was a British explorer.",
        "Cook reached Tahiti in 1769. In 1770, Cook sailed along the east coast of Australia. "
        "On 24 May, Cook and Banks and others went ashore. Cook returned to England in July 1771. "
        "Cook sailed again in 1772.",
    )
    events = _time_line_events(made)
    assert events
    assert not [e for e in events if "went ashore" in e]


def test_a_span_and_a_pair_of_first_millennium_years_are_read_whole() -> None:
    # "Saxony was peaceful from [...] to 782." and "When was Charles sent into the Böhmerwald? 805" (and 806)
    assert [(m.text, m.start, m.end) for m in find_dates("Saxony was peaceful from 780 to 782.", early=True)] == [
        ("from 780 to 782", "0780", "0782")
    ]
    assert [m.text for m in find_dates("In 805 and 806, Charles was sent into the Böhmerwald.", early=True)] == [
        "805",
        "806",
    ]
    assert [m.text for m in find_dates("In 785, 300 ships came.", early=True)] == ["785"]


def test_a_verb_after_was_born_shares_its_passive() -> None:
    # r48: "When did James Cook baptise in the parish church of St Cuthbert?"
    made = led_article_items(
        "James Cook",
        "James Cook was a British explorer.",
        "James Cook was born on 7 November 1728 in the village of Marton in Yorkshire and baptised on 14 November "
        "1728 in the parish church of St Cuthbert.",
    )
    prompts = [i.prompt for i in made]
    assert "James Cook — When was James Cook baptised in the parish church of St Cuthbert?" in prompts
    assert not [p for p in prompts if "baptise in" in p]


def test_a_verbs_ing_form_opening_a_subject_is_no_name() -> None:
    # r48: "When did Filling of Lake Mead begin?"
    made = led_article_items(
        "Hoover Dam",
        "Hoover Dam is a concrete arch-gravity dam on the Colorado River.",
        "Filling of Lake Mead began February 1, 1935, even before the last of the concrete was poured that May.",
    )
    prompts = [i.prompt for i in made]
    assert "Hoover Dam — When did filling of Lake Mead begin?" in prompts


def test_one_year_before_christ_does_not_stop_a_late_antique_life_being_read() -> None:
    # read r49's set: "destroyed by the Roman dictator Sulla in 86 BC" in a life of Justinian left 26 facts of 70
    sentences = [
        "The original Academy of Plato had been destroyed by the Roman dictator Sulla in 86 BC.",
        "In 518, Justin became emperor.",
        "In 527, Justinian succeeded him.",
        "In 532, the Nika riots broke out.",
        "In 533, Belisarius sailed for Africa.",
    ]
    assert early_years(sentences)
