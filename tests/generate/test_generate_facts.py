"""Items of dated facts: cloze, when, what and multiple choice, on hand-made documents.

Every fact gets a cloze of its event; a "When ...?" only where its clause turns into a question; "What
happened ...?" only where one event fits the date; a choice wherever three plausible wrong dates exist."""

from __future__ import annotations

import re

import pytest
from generate_docs import build, by_kind

from studyapp.extract import find_dates
from studyapp.extract.model import DatedFact
from studyapp.generate import items_for_document, make_items
from studyapp.generate.choices import DatePool, wrong_dates
from studyapp.text import parse_document

VARIED = [
    (
        "history",
        "HISTORY",
        [
            "The first branch of the society was established in Riga in 1891.",
            "On May 28, 1918, the national council declared Georgia independent.",
            "The Treaty of Lida was signed on 12 March 2003 in a small town.",
            "In April 2012, the foreign minister paid an official visit to the capital.",
            "From 1992 to 1994, Armenia and Azerbaijan fought over the valley.",
            "Trade grew fast in the 1990s.",
            "Merchants settled along the river in the nineteenth century.",
            "Many refugees arrived during World War II to escape the war.",
            "The old republic (1918-1920) adopted a liberal constitution.",
        ],
    ),
]


def _coarse(fact: DatedFact) -> bool:
    """A whole century, or an era named without its years ("World War II")."""
    return fact.date.granularity == "century" or not any(c.isdigit() for c in fact.date.text)


def _sharp(fact: DatedFact) -> bool:
    """A date whose wrong choices the article can rule out: not coarse, nor a decade ("the 1900s" was read as the
    20th century)."""
    return not _coarse(fact) and not re.search(r"\d0s\b", fact.date.text)


def test_every_fact_yields_a_cloze_a_choice_where_its_date_is_sharp_and_a_when_question_where_it_is_a_time() -> None:
    # but a side date in brackets and the name of a war or an era
    doc, facts, lists = build(VARIED)
    items = make_items(doc, facts, lists)
    assert len(facts) == 9
    for fact in facts:
        kinds = {i.kind for i in items if i.origin == fact.id}
        if fact.event.role == "aside":  # "The old republic (1918-1920)": a side date in brackets is trivia
            assert not kinds, fact.sentence
            continue
        if fact.date.granularity != "century" and not any(c.isdigit() for c in fact.date.text):
            # "arrived during [...] to escape the war": a war's name the sentence gives away (blind reads r31-r37)
            assert not kinds, fact.sentence
            continue
        assert "date-cloze" in kinds, fact.sentence
        # blind reads r6-r10: "the 20th century" beside "the 19th" was also true, "1939–1945" for a war arbitrary
        assert ("date-choice" in kinds) == _sharp(fact), fact.sentence
        # the years beside a name ("The old republic (1918-1920)") time nothing that a question could ask, and a
        # century answers "When ...?" too vaguely (blind reads r11-r12: 1 of 10 such items was good)
        assert ("date-when" in kinds) == (fact.event.role == "time" and not _coarse(fact)), fact.sentence


def test_the_cloze_gaps_exactly_the_date() -> None:
    doc, facts, lists = build(VARIED)
    for item in by_kind(make_items(doc, facts, lists), "date-cloze"):
        fact = next(f for f in facts if f.id == item.origin)
        assert item.answer == fact.date.text
        assert "[...]" in item.prompt and fact.date.text not in item.prompt
        assert "{{c1::" + fact.date.text + "}}" in item.cloze
        assert _asked(item.cloze.replace("{{c1::", "").replace("}}", "")) == fact.event.clause


def _asked(prompt: str) -> str:
    """The prompt without the topic shown before an event that names a thing only as "the town"."""
    return prompt.split(" — ", 1)[-1]


def _meaning(text: str) -> tuple[str, str, str]:
    found = find_dates(f"It happened in {text}.") or find_dates(text)
    assert found, text
    return found[0].granularity, found[0].start, found[0].end


def test_choices_are_distinct_with_one_right_answer_of_the_same_granularity() -> None:
    doc, facts, lists = build(VARIED)
    choices = by_kind(make_items(doc, facts, lists, keep_all=True), "date-choice")
    assert len(choices) == sum(1 for f in facts if _sharp(f) and f.event.role != "aside")  # no choice with a fault
    for item in choices:
        assert len(item.choices) == 4 and len(set(item.choices)) == 4
        assert item.choices.count(item.answer) == 1
        meanings = [_meaning(c) for c in item.choices]
        assert len({m[0] for m in meanings}) == 1, item.choices  # one granularity for all
        assert len(set(meanings)) == 4, item.choices  # no wrong choice means the same as the answer


def test_choices_keep_the_answers_written_form() -> None:
    doc, facts, lists = build(VARIED)
    by_answer = {i.answer: i.choices for i in by_kind(make_items(doc, facts, lists), "date-choice")}
    assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", c) for c in by_answer["12 March 2003"])
    assert all(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", c) for c in by_answer["May 28, 1918"])
    assert all(re.fullmatch(r"From \d{4} to \d{4}", c) for c in by_answer["From 1992 to 1994"])
    # A century, a decade and an era are offered no choices: "the 20th century" was also true of the event,
    # "the 1900s" read as a century, "1939–1945" for a war as arbitrary years (blind reads r6-r12).
    assert "the nineteenth century" not in by_answer and "World War II" not in by_answer
    assert "1939–1945" not in by_answer and "the 1990s" not in by_answer


def test_wrong_choices_prefer_the_articles_dates_and_avoid_those_of_the_same_sentence() -> None:
    doc, facts, lists = build(
        [
            (
                "s",
                "S",
                [
                    "Born in Vilnius in 1908, Anna Berg enrolled at the university in 1922.",
                    "The museum opened in 1925.",
                    "The bridge was finished in 1931.",
                    "A second bridge was finished in 1934.",
                ],
            )
        ]
    )
    items = make_items(doc, facts, lists)
    enrolled = next(i for i in by_kind(items, "date-choice") if i.answer == "1922")
    assert "1908" not in enrolled.choices  # the sentence's other date would look right
    assert {"1925", "1931", "1934"} <= set(enrolled.choices)  # the nearest dates of the article


def test_when_questions_are_grammatical_or_not_asked() -> None:
    doc, facts, lists = build(
        [
            (
                "s",
                "S",
                [
                    "The first branch of the society was established in Riga in 1891.",
                    "In April 2012, the foreign minister paid an official visit to the capital.",
                    "More recently, in February 2012, as part of this cooperation, the state signed a deal.",
                    "The Russo-Georgian War of 2008 shifted regional politics.",
                    "The companies owned by the family entered the steel market in 1883.",
                ],
            )
        ]
    )
    prompts = {i.answer: _asked(i.prompt) for i in by_kind(make_items(doc, facts, lists), "date-when")}
    assert prompts["1891"] == "When was the first branch of the society established in Riga?"
    assert prompts["April 2012"] == "When did the foreign minister pay an official visit to the capital?"
    assert "February 2012" not in prompts  # "as part of this cooperation": which one, the sentence does not say
    assert "2008" not in prompts  # the year names the war; the war's shifting is not of 2008
    assert prompts["1883"] == "When did the companies owned by the family enter the steel market?"


def test_the_reverse_is_asked_where_the_article_or_the_subject_picks_one_event() -> None:
    doc, facts, lists = build(
        [
            ("war", "THE WAR", ["The war broke out in August 2008.", "Prices rose sharply on 9 August 2008."]),
            ("economy", "The Economy", ["The bank collapsed in August 2008.", "Kestrel Port opened in May 2006."]),
            ("people", "People", ["She was born in March 2005.", "He was born in March 2005 too."]),
            ("later", "Later", ["The old bridge was closed in 2011."]),
        ]
    )
    items = make_items(doc, facts, lists)  # an account of a few years: a month can pick one event (see read23)
    what = {next(f.sentence for f in facts if f.id == i.origin): i.prompt for i in by_kind(items, "date-what")}
    assert what["Kestrel Port opened in May 2006."] == "In the article “A Test Article”, what happened in May 2006?"
    # one event of August 2008 in its section, but not in the article (blind reads failed section-scoped items)
    assert "The bank collapsed in August 2008." not in what
    assert what["Prices rose sharply on 9 August 2008."] == (
        "In the article “A Test Article”, what happened on 9 August 2008?"
    )
    # 9 August lies in August 2008 too: only the subject could tell the war's sentence apart, and "What did the
    # war do?" asks a thing what someone did (blind read r11: "What did the Vietnam War do in 1975?")
    assert "The war broke out in August 2008." not in what
    assert "She was born in March 2005." not in what and "He was born in March 2005 too." not in what  # "he"
    assert "The old bridge was closed in 2011." not in what  # a whole year (blind reads r11-r16: 72% good)
    for item in by_kind(items, "date-what"):  # the answer is the event without its date
        assert item.answer == next(f.event.statement for f in facts if f.id == item.origin)


def test_the_reverse_by_subject_is_left_out_when_another_sentence_of_that_date_names_the_subject() -> None:
    doc, facts, lists = build(
        [
            (
                "s",
                "S",
                [
                    "In May 1997, President Anna Berg met the envoy.",
                    "In May 1997, Berg also opened the new bridge.",
                    "In May 1997, the Ministry of Finance announced a new tax.",
                ],
            )
        ]
    )
    what = {
        next(f.sentence for f in facts if f.id == i.origin): i.prompt
        for i in by_kind(make_items(doc, facts, lists), "date-what")
    }
    asked = "In the article “A Test Article”, what did the Ministry of Finance do in May 1997?"
    assert what == {"In May 1997, the Ministry of Finance announced a new tax.": asked}
    # a thing, not a name: "What did the ministry do in 1997?" (blind read r11: "What did the US occupation do?")
    fees = "In May 1997, the ministry raised the fees."
    doc, facts, lists = build([("s", "S", ["In May 1997, President Anna Berg met the envoy.", fees])])
    asked = [i for i in by_kind(make_items(doc, facts, lists), "date-what") if i.answer.startswith("The ministry")]
    assert not asked and any("what did President Anna Berg do" in i.prompt for i in make_items(doc, facts, lists))


def test_a_sentence_that_leans_on_the_one_before_carries_it_with_its_date_masked() -> None:
    lead = "In 1998, the president met the ambassador in Baku."
    leaning = "In 1998, he also visited the ambassador's country."
    doc, facts, lists = build([("s", "S", [lead, leaning])], contexts={leaning: lead})
    leaning_fact = next(f for f in facts if f.sentence == leaning)
    assert not [i for i in make_items(doc, facts, lists) if i.origin == leaning_fact.id]  # blind reads: unclear
    items = [i for i in make_items(doc, facts, lists, keep_all=True) if i.origin == leaning_fact.id]
    when = next(i for i in items if i.kind == "date-when")
    assert "leans on the sentence before" in when.quality.reasons
    assert (
        when.prompt == "A Test Article — In [...], the president met the ambassador in Baku. "
        "When did he visit the ambassador's country?"  # (a question drops "also": blind read r14)
    )
    cloze = next(i for i in items if i.kind == "date-cloze" and i.origin == when.origin)
    assert (
        cloze.prompt == "A Test Article — In [...], the president met the ambassador in Baku. "
        "In [...], he visited the ambassador's country."
    )


def test_items_link_to_section_sentence_and_cited_notes() -> None:
    doc, facts, lists = build(
        [("origins", "ORIGINS", [("The city was founded in 1147.", (3, 4))])],
        notes={3: "Chronicle, p. 12.", 4: "Annals, vol. 2."},
    )
    for item in make_items(doc, facts, lists):
        assert item.source.section == "origins" and item.source.section_title == "ORIGINS"
        assert item.source.text == "The city was founded in 1147."
        assert item.source.footnotes == ((3, "Chronicle, p. 12."), (4, "Annals, vol. 2."))


@pytest.mark.parametrize(
    "sentence",
    [
        "The castle was built before 1300.",  # relative: no "what happened in 1300?"
        "It was only in 1828 that the Treaty of Turkmenchay gave Erivan to the empire.",
    ],
)
def test_every_fact_still_yields_a_cloze_for_awkward_sentences(sentence: str) -> None:
    doc, facts, lists = build([("s", "S", [sentence])])
    items = make_items(doc, facts, lists)
    kinds = [i.kind for i in items]
    assert kinds.count("date-cloze") == 1
    if "before" in sentence:  # a limit is no time to ask about: no "When ...?", no "What happened in 1300?"
        assert "date-when" not in kinds and "date-what" not in kinds
        assert "date-choice" not in kinds  # choices only for an event with no fault (blind reads r6-r10)
    else:  # the cleft's "that" clause is the event
        assert kinds.count("date-choice") == 1
        assert _asked(next(i for i in items if i.kind == "date-when").prompt) == (
            "When did the Treaty of Turkmenchay give Erivan to the empire?"
        )


def _when_prompts(sentences: list[str]) -> dict[str, str]:
    doc, facts, lists = build([("s", "S", sentences)])
    return {i.answer: _asked(i.prompt) for i in by_kind(make_items(doc, facts, lists), "date-when")}


def test_a_capital_that_only_starts_the_sentence_is_dropped_where_the_document_writes_the_word_in_lower_case() -> None:
    prompts = _when_prompts(
        [
            "Trade on the river doubled in 1360.",
            "Floods ruined the town of Nola in 1421.",
            "Albert Hahn founded the Hahn bank in 1870.",
            "Venice signed the Treaty of Lodi in 1454.",
            "The Treaty of Lodi pleased Venice in 1455.",
            "The merchants feared the floods, and the trade of the town moved inland.",
        ]
    )
    assert prompts["1360"] == "When did trade on the river double?"
    assert prompts["1421"] == "When did floods ruin the town of Nola?"
    assert prompts["1870"] == "When did Albert Hahn found the Hahn bank?"  # a capital follows: a name
    assert prompts["1454"] == "When did Venice sign the Treaty of Lodi?"  # written with a capital inside a sentence


def test_without_the_documents_word_a_name_is_what_the_tagger_or_lemminflect_says() -> None:
    prompts = _when_prompts(
        [
            "Vesuvius erupted in AD 79.",
            "Greek traders reached the Ligurian coast in 600 BC.",
            "Carthage signed a treaty with the city in 509 BC.",
            "Floods ruined the town of Nola in 1421.",
            "Trade on the river doubled in 1360.",
        ]
    )
    assert prompts == {
        "AD 79": "When did Vesuvius erupt?",  # lemminflect knows no English word "vesuvius"
        "600 BC": "When did Greek traders reach the Ligurian coast?",
        "509 BC": "When did Carthage sign a treaty with the city?",
        "1421": "When did floods ruin the town of Nola?",  # "floods" is an English word
        "1360": "When did trade on the river double?",
    }


def test_a_name_the_document_writes_inside_another_sentence_keeps_its_capital_in_the_question() -> None:
    prompts = _when_prompts(
        [
            "Vesuvius erupted in AD 79.",
            "Greek traders reached the Ligurian coast in 600 BC.",
            "Carthage signed a treaty with the city in 509 BC.",
            "The ash of Vesuvius buried the towns, and Greek colonies traded with Carthage's ports.",
        ]
    )
    assert prompts["AD 79"] == "When did Vesuvius erupt?"
    assert prompts["600 BC"] == "When did Greek traders reach the Ligurian coast?"
    assert prompts["509 BC"] == "When did Carthage sign a treaty with the city?"


def test_a_capital_that_leads_a_longer_name_inside_a_sentence_is_no_evidence_for_the_word_alone() -> None:
    prompts = _when_prompts(
        [
            "New stability came to the region in 1995.",
            "The New York office opened later.",
        ]
    )
    assert prompts["1995"] == "When did new stability come to the region?"


def test_words_of_sentences_without_a_date_tell_names_from_common_words() -> None:
    text = (
        "ANNALS\n\nVesuvius erupted in AD 79. Floods ruined the town of Nola in 1421. The slopes of Vesuvius are"
        " fertile. Spring floods were common.\n"
    )
    doc = parse_document(text, name="annals.txt")
    prompts = {i.answer: _asked(i.prompt) for i in items_for_document(doc) if i.kind == "date-when"}
    assert prompts == {"AD 79": "When did Vesuvius erupt?", "1421": "When did floods ruin the town of Nola?"}


def test_choices_for_a_part_of_a_century_keep_the_part() -> None:
    # "the fourth half of the 20th century" was offered for "the first half of the 20th century" (items no
    # longer offer century choices; the choice maker still writes them right)
    _, facts, _ = build(
        [("s", "S", ["The theory was completed by Fisher and Wright in the first half of the 20th century."])]
    )
    (fact,) = facts
    picked = wrong_dates(fact.date, DatePool([fact.date]), [])
    assert picked is not None and all(c.startswith("the first half of the ") for c in picked[1]), picked


def test_an_event_that_says_nothing_beside_its_date_is_not_offered() -> None:
    doc, facts, lists = build([("s", "S", ["The year was 2010 and the effects were still unknown."])])
    items = make_items(doc, facts, lists, keep_all=True)
    assert items and all("event says too little" in i.quality.reasons for i in items)
    assert make_items(doc, facts, lists) == []


def test_wrong_spans_last_as_long_as_the_right_one() -> None:
    # "1782/1783" was offered beside "1763/1767" and "1789/1799"
    doc, facts, lists = build(
        [
            (
                "s",
                "S",
                [
                    "His most significant contribution to this field was made in 1782/1783 with Laplace.",
                    "The survey ran from 1763 to 1767.",
                    "The academy met from 1789 to 1799.",
                ],
            )
        ]
    )
    choice = next(i for i in make_items(doc, facts, lists, keep_all=True) if i.answer == "1782/1783")
    assert all(len(c) == 9 and int(c[5:]) - int(c[:4]) == 1 for c in choice.choices), choice.choices


def test_what_did_x_do_is_asked_only_where_x_did_something_worth_saying() -> None:
    doc, facts, lists = build(
        [
            (
                "s",
                "S",
                [
                    "The peak of yellow journalism, in terms of both intensity and influence, came in early 1898.",
                    "In 1898, the war erupted between the United States and Spain.",
                ],
            )
        ]
    )
    asked = [i.prompt for i in make_items(doc, facts, lists, keep_all=True) if i.kind == "date-what"]
    assert not any("peak of yellow journalism do" in p for p in asked)


def test_choices_of_a_date_written_with_its_weekday_are_written_without_it() -> None:
    # "Sunday, October 1, 1914" would be no Sunday: the weekday stays with the right day only
    text = (
        "Views From the Embassy\n\nDIPLOMATS UNDER FIRE\n\nHerrick visited Poincaré at the Elysée Palace on "
        "September 2, 1914. On September 5, 1914, Bryan cabled Herrick. On September 13, 1914, Second Secretary "
        "Frazier was dispatched to the frontlines at Meaux. On Sunday, September 27, 1914, the Germans nearly "
        "killed Herrick. Sharp took control of Embassy operations on October 1, 1914.\n"
    )
    items = items_for_document(parse_document(text, name="embassy.txt"))
    (choice,) = [i for i in items if str(i.kind) == "date-choice" and "Herrick?" in i.prompt and "kill" in i.prompt]
    assert choice.answer == "September 27, 1914"
    assert not [c for c in choice.choices if "day" in c]
