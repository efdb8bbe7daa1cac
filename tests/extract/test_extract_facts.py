"""find_facts and find_lists over documents built by hand and read from text."""

from __future__ import annotations

from extract_gold import REPO

from studyapp.extract import find_facts, find_lists
from studyapp.text import read_document
from studyapp.text.document import (
    Document,
    Footnote,
    ListItem,
    NumberedList,
    Paragraph,
    Section,
    Sentence,
)


def paragraph(*sentences: str | tuple[str, tuple[int, ...]]) -> Paragraph:
    return Paragraph(tuple(Sentence(s) if isinstance(s, str) else Sentence(s[0], s[1]) for s in sentences))


DOC = Document(
    id="port-history",
    title="Port History",
    author=None,
    abstract="Founded in 1719, the port grew.",
    sections=(
        Section(
            "origins",
            "Origins",
            1,
            None,
            (
                paragraph(
                    "The port was declared free in 1719.",
                    ("It grew fast after 1750 and again after 1750.", (1,)),
                    "Merchants came from many lands.",
                ),
                paragraph("In 1857, the railway arrived."),
            ),
        ),
        Section(
            "goals",
            "Goals",
            2,
            "origins",
            (
                paragraph("The board set goals in 2004.", "Its goals are as follows:"),
                NumberedList(
                    "Its goals are as follows:",
                    (
                        ListItem(1, "To open a terminal by 2030", (2,)),
                        ListItem(2, "To restore the old port"),
                    ),
                ),
            ),
        ),
    ),
    footnotes=(Footnote(1, "A history, 1998."), Footnote(2, "Plan of 2004.")),
    trailing=(paragraph("The author was born in 1950."),),
)


def test_facts_come_from_study_sections_only_in_reading_order() -> None:
    facts = find_facts(DOC)
    assert [(f.section, f.date.text) for f in facts] == [
        ("origins", "1719"),
        ("origins", "1750"),
        ("origins", "1857"),
        ("goals", "2004"),
        ("goals", "2030"),
    ]
    assert [f.position for f in facts] == [0, 1, 2, 3, 4]


def test_a_fact_keeps_its_sentence_footnotes_and_date() -> None:
    fact = find_facts(DOC)[1]
    assert fact.sentence == "It grew fast after 1750 and again after 1750."
    assert fact.footnotes == (1,)
    assert (fact.date.start, fact.date.end, fact.date.offset) == ("1750", "1750", 19)


def test_context_is_the_previous_sentence_only_when_the_sentence_leans_on_it() -> None:
    facts = {f.date.text: f for f in find_facts(DOC)}
    assert facts["1750"].context == "The port was declared free in 1719."
    assert facts["1719"].context == ""
    assert facts["1857"].context == ""


def test_a_list_item_with_a_date_is_a_fact_in_the_light_of_its_lead() -> None:
    fact = find_facts(DOC)[4]
    assert (fact.sentence, fact.context, fact.footnotes) == (
        "To open a terminal by 2030",
        "Its goals are as follows:",
        (2,),
    )


def test_he_is_named_from_the_previous_paragraph() -> None:
    doc = Document(
        "d",
        "D",
        None,
        None,
        (
            Section(
                "s",
                "S",
                1,
                None,
                (
                    paragraph("Heydar Aliyev turned the country toward the West."),
                    paragraph("In 1997, he met Netanyahu in Baku."),
                ),
            ),
        ),
    )
    (fact,) = find_facts(doc)
    assert fact.event is not None and fact.event.clause == "In 1997, Heydar Aliyev met Netanyahu in Baku."
    assert fact.event.question == "When did Heydar Aliyev meet Netanyahu in Baku?"
    assert fact.context == ""  # the clause now stands alone


def test_context_reaches_back_to_the_previous_paragraph_where_the_referent_is_no_person() -> None:
    doc = Document(
        "d",
        "D",
        None,
        None,
        (
            Section(
                "s",
                "S",
                1,
                None,
                (
                    paragraph("The railway company laid a line to the coast."),
                    paragraph("In 1997, it opened a station in Baku."),
                ),
            ),
        ),
    )
    (fact,) = find_facts(doc)
    assert fact.context == "The railway company laid a line to the coast."
    assert fact.event is not None and fact.event.leaning == "it"


def test_lists_keep_lead_section_items_and_order() -> None:
    (found,) = find_lists(DOC)
    assert (found.section, found.lead, found.position) == ("goals", "Its goals are as follows:", 0)
    assert [(i.number, i.text) for i in found.items] == [
        (1, "To open a terminal by 2030"),
        (2, "To restore the old port"),
    ]


def test_a_document_without_dates_or_lists_gives_nothing() -> None:
    doc = Document("d", "D", None, None, (Section("s", "S", 1, None, (paragraph("No dates here."),)),))
    assert find_facts(doc) == [] and find_lists(doc) == []


def test_seed_lists_are_complete() -> None:
    lists = find_lists(read_document(REPO / "decks" / "israeli-azerbaijani-alliance-and-iran.txt"))
    assert [len(lst.items) for lst in lists] == [12, 15]
    assert lists[0].lead.startswith("Tehran's strategic priorities in the South Caucasus")
    assert [i.number for i in lists[1].items] == list(range(1, 16))


def test_seed_facts_never_come_from_the_notes() -> None:
    doc = read_document(REPO / "decks" / "israeli-azerbaijani-alliance-and-iran.txt")
    sentences = {f.sentence for f in find_facts(doc)}
    assert not any("Jewish Ideas Daily" in s or "Sweden, 2011" in s for s in sentences)
    assert all(f.section in {s.id for s in doc.sections} for f in find_facts(doc))


def test_facts_of_our_articles_cite_their_notes_in_every_shape() -> None:
    data = REPO / "tests" / "data"
    superscripts = {f.date.text: f.footnotes for f in find_facts(read_document(data / "extract_encyclopedic.txt"))}
    markdown = {f.date.text: f.footnotes for f in find_facts(read_document(data / "extract_analytical.md"))}
    brackets = {f.date.text: f.footnotes for f in find_facts(read_document(data / "extract_chronicle.txt"))}
    assert superscripts["from 1740 to 1780"] == (2,) and superscripts["1857"] == ()
    assert markdown["the 1960s"] == (1,) and markdown["September 2012"] == (3,)
    assert brackets["from 1741 until 1799"] == (2,) and brackets["between 1940 and 1945"] == (3,)
