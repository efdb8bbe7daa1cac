"""Fault classes of blind read r5 (held-out articles, tests/quality/README.md). The held-out articles are never
opened: each class is tested here with a sentence of a development article or one written like it."""

from __future__ import annotations

from generate_docs import build, by_kind

from studyapp.generate import items_for_document, make_items
from studyapp.text import parse_document

CUBA = (
    "The Cuban Missile Crisis\n\nTHE BLOCKADE\n\n"
    "On October 22, 1962, Kennedy announced a naval blockade of Cuba. "
    "The first Soviet ships turned back on October 24, 1962. "
    "Khrushchev agreed to remove the missiles on October 28, 1962.\n"
)


def test_every_date_item_is_headed_by_the_article_it_comes_from() -> None:
    # "When was the Jesuit Order banned?" named neither the country nor the man the article is about
    items = items_for_document(parse_document(CUBA, name="cuba.txt"))
    dated = [i for i in items if str(i.kind) in ("date-cloze", "date-when", "date-choice")]
    assert dated and all(i.prompt.startswith("The Cuban Missile Crisis — ") for i in dated)


def test_a_wrong_day_stays_within_a_year_of_the_right_one() -> None:
    # "October 22, 1960" and "1964" for Kennedy's blockade of 1962: he was not in office, the guess is easy
    items = items_for_document(parse_document(CUBA, name="cuba.txt"))
    for choice in (i for i in items if str(i.kind) == "date-choice"):
        assert all(c.endswith(("1962", "1961", "1963")) for c in choice.choices), choice.choices


def test_entries_as_long_as_paragraphs_are_not_asked_one_by_one_nor_recalled_whole() -> None:
    paragraph = (
        "that the bishops shall reside in their dioceses and preach there every Sunday and on the solemn feasts, "
        "that they shall visit every parish of the diocese at least once in two years, that they shall hold a "
        "synod every year, and that they shall found a seminary for the training of the clergy of the diocese"
    )
    entries = [f"{paragraph} ({n})" for n in range(1, 5)]
    lead = "The council's four decrees on the bishops were these:"
    doc, facts, lists = build([("d", "Decrees", [{"lead": lead, "items": entries}])], doc_title="The Council")
    items = make_items(doc, facts, lists)
    assert not by_kind(items, "list-cloze") and not by_kind(items, "list-recall")


HOOVER = (
    "Also in March 1947, former US President Herbert Hoover, in one of his reports from Germany, argued for a "
    "change in US occupation policy, among other things stating:"
)


def test_a_sentence_that_only_leads_in_to_a_quotation_is_not_asked() -> None:
    # "Hoxha said of women's rights." (r5); the development article's Hoover sentence is the same case
    text = f"Marshall Plan\n\nGERMANY\n\n{HOOVER}\n\nThere is the illusion that the New Germany can be reduced.\n"
    items = items_for_document(parse_document(text, name="marshall.txt"))
    assert not [i for i in items if "Hoover" in i.prompt]
    assert items_for_document(parse_document(text, name="marshall.txt"), keep_all=True)  # made, not offered


def test_a_list_whose_title_only_says_where_it_stands_is_not_offered() -> None:
    # "The list in the section “Partisan life”": which list, the learner cannot tell
    entries = ["Albania's borders of 1939 would be restored", "Both groups would keep their arms", "A council"]
    doc, facts, lists = build([("p", "Partisan life", [{"lead": "", "items": entries}])], doc_title="A Life")
    assert not make_items(doc, facts, lists)


def test_a_sentence_set_in_brackets_is_shown_without_them() -> None:
    text = "The Talks\n\nTHE END\n\n(The next day, 29 November 1980, the delegates of Poland left Warsaw.)\n"
    items = items_for_document(parse_document(text, name="talks.txt"))
    (cloze,) = [i for i in items if str(i.kind) == "date-cloze"]
    assert cloze.prompt == "The Talks — [...], the delegates of Poland left Warsaw."  # (and "The next day,")


def test_what_happened_over_a_range_of_days_reads_as_english() -> None:
    text = "The Congress\n\nTHE CONGRESS\n\nThe Seventh Party Congress met in Tirana on 1–7 November 1976.\n"
    items = items_for_document(parse_document(text, name="congress.txt"))
    (what,) = [i for i in items if str(i.kind) == "date-what"]
    assert what.prompt.endswith("what happened during 1–7 November 1976?")


def test_a_prompt_tells_its_topic_apart_from_its_question() -> None:
    from studyapp.generate.model import split_topic

    assert split_topic("Marshall Plan — When did Truman sign the act?") == (
        "Marshall Plan",
        "When did Truman sign the act?",
    )
    # a dash inside the sentence itself is no topic
    assert split_topic("The army retreated. Then — in [...] — it rallied.")[0] == ""
