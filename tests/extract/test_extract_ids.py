"""Fact and list ids survive re-reading an edited document: edits elsewhere, typo fixes, added facts."""

from __future__ import annotations

import re
from dataclasses import replace

from extract_gold import REPO

from studyapp.extract import find_facts, find_lists
from studyapp.extract.ids import word_key
from studyapp.extract.model import DatedFact
from studyapp.text import Document, Paragraph, parse_document

SEED_TEXT = (REPO / "decks" / "israeli-azerbaijani-alliance-and-iran.txt").read_text(encoding="utf-8")
NETANYAHU = "In 1997, he met with Israeli Prime Minister Benjamin Netanyahu, who made a brief stop in Baku."


def facts_of(text: str) -> dict[tuple[str, str], str]:
    """(sentence start, date text) -> id, for every fact of ``text`` read as the seed is read."""
    facts = find_facts(parse_document(text, name="article"))
    return {(f.sentence[:50], f.date.text): f.id for f in facts}


def ids_by_date(text: str, date_text: str) -> list[str]:
    return [f.id for f in find_facts(parse_document(text, name="article")) if f.date.text == date_text]


def edited(old: str, new: str, text: str = SEED_TEXT) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_ids_are_short_prefixed_and_repeatable() -> None:
    first = find_facts(parse_document(SEED_TEXT, name="article"))
    second = find_facts(parse_document(SEED_TEXT, name="article"))
    assert [f.id for f in first] == [f.id for f in second]
    assert all(f.id.startswith("fact-") and len(f.id) == len("fact-") + 14 for f in first)
    int(first[0].id.removeprefix("fact-"), 16)


def test_distinct_facts_never_share_an_id() -> None:
    facts = find_facts(parse_document(SEED_TEXT, name="article"))
    assert len({f.id for f in facts}) == len(facts)


def test_an_edit_elsewhere_changes_no_id() -> None:
    before = facts_of(SEED_TEXT)
    text = edited(  # a new paragraph in another section
        "Jews continued to arrive and settle in Azerbaijan during the Soviet period as well.",
        "A new paragraph about trade appears here.\n\nJews continued to arrive and settle in Azerbaijan "
        "during the Soviet period as well.",
    )
    text = edited(  # a paragraph removed
        "Tehran's official propaganda declares Israel as a main enemy of the Islamic world. ", "", text
    )
    text = edited(  # a paragraph changed in the same section as dated facts
        "The two discussed the Iranian threat", "Both leaders talked about the Iranian threat", text
    )
    text = edited(  # a section heading renamed
        "IMPLICATIONS FOR THE UNITED STATES", "WHAT IT MEANS FOR THE UNITED STATES", text
    )
    after = facts_of(text)
    assert after == before


def test_a_typo_fix_inside_the_sentence_keeps_its_ids() -> None:
    typo = "In 1997, he met with Isreali Prime Minster Benjamin Netanyhu who made a breif stop in Baku."
    with_typos = edited(NETANYAHU, typo)
    fixed_ids = ids_by_date(SEED_TEXT, "1997")
    assert ids_by_date(with_typos, "1997") == fixed_ids


def test_one_word_changed_and_a_comma_added_keep_the_ids() -> None:
    sentence = (
        'The first branch of Hovevei Zion ("Lovers of Zion") was established in Baku in 1891, '
        "and in 1910, the first choir synagogue opened in the city."
    )
    changed = (
        'The first branch of Hovevei Zion ("Lovers of Zion") was established in Baku in 1891, '
        "and in 1910, the first choir synagogue opened in the town."
    )
    before = {d: ids_by_date(SEED_TEXT, d) for d in ("1891", "1910")}
    after = {d: ids_by_date(edited(sentence, changed), d) for d in ("1891", "1910")}
    assert after == before
    comma = edited(
        "Prior to the war, since 1994, when Azerbaijan signed", "Prior to the war, since 1994, when, Azerbaijan signed"
    )
    assert ids_by_date(comma, "1994") == ids_by_date(SEED_TEXT, "1994")


def test_a_new_sentence_with_the_same_date_in_the_same_section_gets_its_own_id() -> None:
    before = facts_of(SEED_TEXT)
    text = edited(NETANYAHU, NETANYAHU + " In 1997, Azerbaijan also opened a trade office in Tel Aviv.")
    after = facts_of(text)
    new = {key: fact_id for key, fact_id in after.items() if key not in before}
    assert list(new) == [("In 1997, Azerbaijan also opened a trade office in ", "1997")]
    assert {key: after[key] for key in before} == before
    assert len(set(after.values())) == len(after)


def test_sentences_that_collide_on_their_nearest_words_are_told_apart_by_the_rest() -> None:
    text = (
        "A TITLE\n\nFIRST PART\n\nIn 1997, Baku signed treaty documents with Ankara. "
        "In 1997, Baku signed treaty documents with Tbilisi.\n"
    )
    facts = find_facts(parse_document(text, name="t"))
    assert [f.date.text for f in facts] == ["1997", "1997"]
    assert facts[0].id != facts[1].id


def test_the_same_sentence_in_two_documents_gets_two_ids() -> None:
    body = "\n\nPART ONE\n\nThe bridge opened in 1891.\n"
    first = find_facts(parse_document("FIRST DOCUMENT" + body, name="a"))
    second = find_facts(parse_document("SECOND DOCUMENT" + body, name="b"))
    assert first[0].id != second[0].id


def test_word_keys_forgive_common_typos() -> None:
    assert word_key("government") == word_key("goverment") == word_key("governmnet")
    assert word_key("Israeli") == word_key("Isreali")
    assert word_key("occurred") == word_key("occured")
    assert word_key("Baku") != word_key("Moscow")


def test_list_ids_survive_edits_elsewhere_and_in_their_items_and_a_typo_in_the_lead() -> None:
    before = [lst.id for lst in find_lists(parse_document(SEED_TEXT, name="article"))]
    text = edited("To counter and reduce U.S. influence;", "To counter and reduce American influence;")
    text = edited("can thus be identified as follows:", "can thus be identifed as follows:", text)
    text = edited("Tehran's official propaganda declares Israel as a main enemy of the Islamic world. ", "", text)
    after = [lst.id for lst in find_lists(parse_document(text, name="article"))]
    assert after == before
    assert len(set(before)) == 2 and all(i.startswith("list-") for i in before)


def test_lists_with_the_same_lead_words_get_distinct_ids() -> None:
    text = (
        "A TITLE\n\nFIRST PART\n\nThe goals are as follows:\n\n1. To grow;\n2. To last.\n\n"
        "SECOND PART\n\nThe goals are as follows:\n\n1. To trade;\n2. To build.\n"
    )
    lists = find_lists(parse_document(text, name="t"))
    assert len(lists) == 2 and lists[0].id != lists[1].id


def _misspellings(word: str) -> list[str]:
    """Common typos: two letters swapped, a letter doubled, a vowel changed, a doubled letter dropped."""
    vowel = next((i for i, c in enumerate(word) if i > 0 and c in "aeiou"), None)
    typos = [word[0] + word[2] + word[1] + word[3:], word[:2] + word[2] + word[2:]]
    if vowel is not None:
        typos.append(word[:vowel] + ("e" if word[vowel] != "e" else "a") + word[vowel + 1 :])
    doubled = next((i for i in range(1, len(word)) if word[i] == word[i - 1]), None)
    if doubled is not None:
        typos.append(word[:doubled] + word[doubled + 1 :])
    return [t for t in typos if t != word]


def _with_sentence(doc: Document, old: str, new: str) -> Document:
    """``doc`` with one body sentence rewritten (as a re-read of the edited file would give)."""

    def block(b):
        if isinstance(b, Paragraph):
            return Paragraph(tuple(replace(s, text=new) if s.text == old else s for s in b.sentences))
        return b

    return replace(
        doc, sections=tuple(replace(sec, blocks=tuple(block(b) for b in sec.blocks)) for sec in doc.sections)
    )


def test_common_misspellings_anywhere_outside_the_date_keep_every_id() -> None:
    """Each seed sentence with a date, each word of 5+ letters outside its dates, each common typo."""
    doc = parse_document(SEED_TEXT, name="article")
    base = find_facts(doc)
    sentence_facts: dict[str, list[DatedFact]] = {}
    for fact in base:
        sentence_facts.setdefault(fact.sentence, []).append(fact)
    tried = kept = 0
    for sentence, facts in sentence_facts.items():
        spans = [(f.date.offset, f.date.offset + len(f.date.text)) for f in facts]
        for number, word in enumerate(re.finditer(r"[A-Za-z]{5,}", sentence)):
            if number % 3 or any(a <= word.start() < b for a, b in spans):
                continue  # every third word, to stay quick
            typos = _misspellings(word.group())
            for typo in typos[number % len(typos) :][:1]:  # one typo kind per word, in turn
                changed = sentence[: word.start()] + typo + sentence[word.end() :]
                after = find_facts(_with_sentence(doc, sentence, changed))
                tried += 1
                kept += all(after[f.position].id == f.id for f in facts)
    assert tried > 100
    assert (kept, tried) == (tried, tried)
