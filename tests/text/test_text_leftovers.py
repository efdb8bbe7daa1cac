"""What a conversion leaves where it stripped a pronunciation, an audio link or a foreign name: empty brackets
and doubled separators are gone when the text is read, so the reader and every item show clean text. Real
sentences of the development articles (tests/data/corpus)."""

from __future__ import annotations

from studyapp.generate import items_for_document
from studyapp.text import parse_document

CRISIS = (
    "The CUBAN MISSILE CRISIS, also known as the OCTOBER CRISIS OF 1962 (), the CARIBBEAN CRISIS (), or the MISSILE "
    "SCARE, was a 13-day (October 16–28, 1962) confrontation between the United States and the Soviet Union "
    "initiated by the American discovery of Soviet ballistic missile deployment in Cuba."
)
CRISIS_READ = (
    "The CUBAN MISSILE CRISIS, also known as the OCTOBER CRISIS OF 1962, the CARIBBEAN CRISIS, or the MISSILE "
    "SCARE, was a 13-day (October 16–28, 1962) confrontation between the United States and the Soviet Union "
    "initiated by the American discovery of Soviet ballistic missile deployment in Cuba."
)
SUBMARINE = (
    'Later that same day, what the White House later called "Black Saturday," the US Navy dropped a series of '
    '"signaling depth charges" (practice depth charges the size of hand grenades[135]) on a Soviet submarine () at '
    "the blockade line, unaware that it was armed with a nuclear-tipped torpedo."
)
LAVOISIER = (
    "ANTOINE-LAURENT DE LAVOISIER (also ANTOINE LAVOISIER after the French Revolution; ; 26 August 1743 – 8 May "
    "1794)[1] was a French nobleman and chemist who was central to the 18th-century chemical revolution."
)


def read(*paragraphs: str) -> list[str]:
    doc = parse_document("A TITLE\n\nA SECTION\n\n" + "\n\n".join(paragraphs) + "\n", name="t.txt")
    return [s.text for section in doc.sections for p in section.paragraphs for s in p.sentences]


def test_empty_brackets_left_by_a_conversion_are_gone() -> None:
    assert read(CRISIS) == [CRISIS_READ]
    (submarine,) = read(SUBMARINE)
    assert "()" not in submarine and "on a Soviet submarine at the blockade line" in submarine
    assert "(practice depth charges the size of hand grenades)" in submarine


def test_a_separator_left_alone_by_a_conversion_is_gone() -> None:
    (lavoisier,) = read(LAVOISIER)
    assert lavoisier.startswith(
        "ANTOINE-LAURENT DE LAVOISIER (also ANTOINE LAVOISIER after the French Revolution; 26 August 1743 – 8 May "
        "1794) was"
    )


def test_brackets_with_content_and_a_call_stay() -> None:
    sentence = "The function f() returns (a, b; c) and [sic] in 1962 (see above)."
    assert read(sentence) == [sentence]


def test_no_item_shows_an_empty_bracket() -> None:
    doc = parse_document(f"Cuban Missile Crisis\n\nINTRODUCTION\n\n{CRISIS}\n", name="cuban.txt")
    items = items_for_document(doc, keep_all=True)  # (a sentence of 41 words: its items are under the bar)
    assert items
    for item in items:
        assert "()" not in item.prompt + item.answer + item.source.text


def test_a_dash_a_conversion_flattened_into_a_hyphen_is_a_dash_again() -> None:
    # blind read after r21 (seed 577): "Bin Ladin left Sudan-significantly weakened" (9/11 report, from PDF)
    text = (
        "Report\n\nHISTORY\n\nIn any case, on May 19, 1996, Bin Ladin left Sudan-significantly weakened, despite his "
        "ambitions. The Caliphate-the institutionalized leadership of the Ummah-thus was a Sunni institution. "
        "An over-the-counter drug served single-family homes in a user-friendly way in 1990.\n"
    )
    doc = parse_document(text, name="report.txt")
    prose = " ".join(s for section in doc.sections for p in section.paragraphs for s in [p.text])
    assert "Sudan—significantly weakened" in prose
    assert "The Caliphate—the institutionalized leadership of the Ummah—thus was" in prose
    assert "over-the-counter drug served single-family homes in a user-friendly way" in prose


def test_a_dash_that_led_to_words_an_item_cuts_goes_with_them() -> None:
    text = (
        "The 9/11 Commission Report\n\nHISTORY\n\nIn any case, on May 19, 1996, Bin Ladin left Sudan-significantly "
        "weakened, despite his ambitions and organizational skills.\n"
    )
    prompts = [i.prompt for i in items_for_document(parse_document(text, name="report.txt"))]
    assert prompts and not [p for p in prompts if "— despite" in p or "Sudan—?" in p]
    assert [p for p in prompts if "Sudan—significantly weakened" in p]  # the sentence shown whole keeps it
    # blind read r23: "Bin Ladin left Sudan despite his ambitions" says the opposite of the source: no question,
    # no "what happened" is made of a clause cut after its dash
    answers = [i.answer for i in items_for_document(parse_document(text, name="report.txt"))]
    assert not [t for t in prompts + answers if "Sudan despite" in t]
