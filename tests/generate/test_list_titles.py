"""List titles say what is listed and whose; never a pronoun, a fragment or the raw lead-in.

The titles of the annotated lists (tests/data/lists_gold.json) are checked against the annotation; the fault
classes of the first blind read are checked on leads of the same shapes.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from generate_docs import build

from studyapp.extract import find_lists
from studyapp.generate import make_items
from studyapp.generate.list_titles import TitleSource, list_titles
from studyapp.language.list_leads import Lead, lead_titles
from studyapp.text import read_document

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD = json.loads((DATA / "lists_gold.json").read_text(encoding="utf-8"))
_BAD_START = re.compile(r"^(?:and|or|but|he|she|it|they|this|these|those|we|recall|item)\b", re.IGNORECASE)
_BAD_END = re.compile(r"\b(?:and|or|of|to|the|a|an|for|with|by|that|which)\W*$", re.IGNORECASE)


@pytest.mark.parametrize("name", sorted(GOLD["documents"]))
def test_titles_of_the_annotated_lists(name: str) -> None:
    doc = read_document(DATA / name)
    lists = find_lists(doc)
    titles = list_titles(doc, lists)
    for found, gold in zip(lists, GOLD["documents"][name], strict=True):
        assert titles[found.id].text in (gold["title"], *gold["accept"])


@pytest.mark.parametrize(
    ("where", "lead", "before", "entries", "title"),
    [
        # The lead's subject is a pronoun: the sentence before says who (marshall_plan.txt); the section's
        # title names "the program".
        (
            ("Marshall Plan", "Technical Assistance Program"),
            "He urged that the United States play a large role in improving European productive efficiency by "
            "providing four recommendations for the program's administrators:",
            "Before the Technical Assistance Program even went into effect, United States Secretary of Labor "
            "Maurice Tobin expressed his confidence in American productivity and technology to both American and "
            "European economic leaders.",
            4,
            "Maurice Tobin's four recommendations for the administrators of the Technical Assistance Program",
        ),
        # A lead cut at its start (a caption ate the subject): what is listed, and the document it is from.
        (
            ("Decisions in a Crisis", "Responses considered"),
            "Quickly discussed several possible courses of action:",
            "",
            6,
            "The possible courses of action in “Decisions in a Crisis”",
        ),
        # "divided into three distinct periods": the parts of the subject; the document's title names "the
        # assembly".
        (
            ("The Assembly of Lyon", "History"),
            "The history of the assembly is thus divided into three distinct periods:",
            "",
            3,
            "The three distinct periods of the history of the Assembly of Lyon",
        ),
        # The entries finish the lead's sentence.
        (
            ("Cutting the Cord", "Recommendations"),
            "The governments of the region and their partners should:",
            "",
            4,
            "What the governments of the region and their partners should do in “Cutting the Cord”",
        ),
        # The verb and its date say which officials.
        (
            ("The Iran-Contra Pardons", "The Pardons"),
            "On 24 December 1992, President George H. W. Bush pardoned six officials:",
            "",
            6,
            "The six officials pardoned by President George H. W. Bush on 24 December 1992",
        ),
        # "its" stands for the subject of the sentence before.
        (
            ("The Highland Party", "Foundation"),
            "At its first conference, in 1951, the party adopted these founding objectives:",
            "The Highland Party was founded in Inverness on 6 January 1951 by a group of teachers and crofters.",
            4,
            "The Highland Party's founding objectives (1951)",
        ),
    ],
)
def test_a_title_is_read_from_the_lead_and_what_it_leans_on(
    where: tuple[str, str], lead: str, before: str, entries: int, title: str
) -> None:
    doc_title, section_title = where
    items = [f"Entry {n}" for n in range(1, entries + 1)]
    doc, _, lists = build([("s", section_title, [{"lead": lead, "items": items}])], doc_title=doc_title)
    lists = [replace(lists[0], before=before)]
    assert list_titles(doc, lists)[lists[0].id].text == title


@pytest.mark.parametrize(
    "lead",
    [
        "And they?",  # an interview's question, taken for a lead
        "They",  # a lone pronoun
        "The result of this was an agreement to:",  # "this" names nothing, and the lead ends on "to"
        "Recall the first, signed in February",  # a fragment
        "Thereafter six of his sons in succession have reigned over the kingdom:",  # whose sons?
    ],
)
def test_a_lead_that_names_nothing_gives_a_plain_title_and_no_item_offered(lead: str) -> None:
    doc, facts, lists = build(
        [
            (
                "talks",
                "The Talks",
                [{"lead": lead, "items": ["To end the war", "To free the prisoners", "To hold talks"]}],
            )
        ],
        doc_title="Peace in the Valley",
    )
    title = list_titles(doc, lists)[lists[0].id]
    assert title.source is TitleSource.PLACE
    assert title.text == "The list in the section “The Talks” of “Peace in the Valley”"
    # blind read r5: even the gap among neighbours fails when the title cannot say which list it is
    assert not make_items(doc, facts, lists)
    everything = make_items(doc, facts, lists, keep_all=True)
    recall = next(i for i in everything if i.kind == "list-recall")
    assert "the list has no title of its own" in recall.quality.reasons
    for item in everything:
        assert lead.rstrip(":") not in item.prompt


def test_no_prompt_starts_its_title_with_a_pronoun_or_ends_it_on_a_dangling_word() -> None:
    paths = [DATA / name for name in GOLD["documents"]]
    paths += sorted((DATA / "corpus").glob("*.txt")) + sorted(DATA.glob("general_*"))
    for path in paths:
        doc = read_document(path)
        lists = find_lists(doc)
        for title in list_titles(doc, lists).values():
            assert not _BAD_START.match(title.text), title.text
            assert not _BAD_END.search(title.name), title.text
            assert title.text[:1].isupper() and len(title.text) <= 120, title.text


def test_a_title_that_names_no_one_says_which_document_it_is_from() -> None:
    doc = read_document(DATA / "general_thinktank.txt")
    titles = [t.text for t in list_titles(doc, find_lists(doc)).values()]
    assert titles == [
        "Key findings in “Cutting the Cord”",  # a list right under its heading
        "What the governments of the region and their partners should do in “Cutting the Cord”",
    ]


@pytest.mark.parametrize(
    ("lead", "before", "titles", "entries", "title"),
    [
        (
            "The treaty's main provisions were:",
            "",
            ("Terms", "Treaty of Versailles"),
            4,
            "The main provisions of the Treaty of Versailles",
        ),
        (
            "Its members were:",
            "The first cabinet met in March 1848.",
            ("Cabinet", "Hungary in 1848"),
            5,
            "The members of the first cabinet",
        ),
        (
            "The commission recommended that:",
            "",
            ("Report", "The Warren Commission"),
            3,
            "What the Warren Commission recommended",
        ),
        (
            "They demanded:",
            "The strikers met at the docks on 3 May.",
            ("The Strike", "The Dock Strike"),
            3,
            "What the strikers demanded",
        ),
        ("The plan called for:", "", ("The Plan", "The Schuman Plan"), 3, "What the Schuman Plan called for"),
        (
            "The act had three aims:",
            "",
            ("Aims", "The Education Act 1944"),
            3,
            "The three aims of the Education Act 1944",
        ),
        (
            "The following countries signed the treaty:",
            "",
            ("Signatories", "The Treaty of Rome"),
            6,
            "The countries that signed the Treaty of Rome",
        ),
        ("The process has five stages:", "", ("Process", "Photosynthesis"), 5, "The five stages of the process"),
        (
            "Among his reforms were:",
            "Peter the Great ruled Russia from 1682.",
            ("Reforms", "Peter the Great"),
            4,
            "The reforms of Peter the Great",
        ),
        (
            "Lincoln's cabinet included the following members:",
            "",
            ("Cabinet", "Abraham Lincoln"),
            6,
            "The members of Lincoln's cabinet",
        ),
        ("The book is divided into four parts:", "", ("Structure", "Leviathan"), 4, "The four parts of the book"),
        ("These are:", "The theory has three parts.", ("Theory", "A Paper"), 3, None),
        ("In summary:", "", ("Conclusion", "A Paper"), 3, None),
    ],
)
def test_leads_of_common_shapes(lead: str, before: str, titles: tuple[str, str], entries: int, title: str | None):
    (read,) = lead_titles([Lead(lead, before, titles, entries)])
    assert (read.text if read else None) == title


@pytest.mark.parametrize(
    ("section", "lead", "before", "title"),
    [
        # a lead that only points takes the sentence before it, where that counts the entries
        ("Theory", "These are:", "The theory has three parts.", "The three parts of the theory"),
        # a count of nothing named takes the heading right above the list, where that names what is listed
        ("Key findings", "We identify the following three points:", "", "Key findings"),
        # a count of a thing the document's title names is clear as it is
        ("Reigns", "There were three kings:", "", "The three kings"),
    ],
)
def test_a_lead_that_only_counts_or_points_takes_a_clearer_title(section: str, lead: str, before: str, title: str):
    entries = ["Costs rose", "Ports closed", "Trade fell"]
    doc, _, lists = build([("s", section, [{"lead": lead, "items": entries}])], doc_title="The Kings of a Theory")
    lists = [replace(lists[0], before=before)]
    found = list_titles(doc, lists)[lists[0].id]
    assert found.name == title and not found.vague


@pytest.mark.parametrize(
    ("heading", "blocks"),
    [
        ("Overview", ["It offers three distinct groupings:"]),  # a heading that names no kind of entry
        # a heading that is the topic of the prose before the list, not what the list holds
        ("Key findings", ["Trade changed.", "We identify the following three points:"]),
    ],
)
def test_a_count_of_nothing_named_offers_nothing(heading: str, blocks: list[str]) -> None:
    # blind reads r20, r29 and r43: the gaps of such a list, even shown among its other entries, were judged
    # good 3 times of 13 ("The two ways in “Louisiana Purchase”", "The choices in “Six-Day War”")
    *prose, lead = blocks
    section = [*prose, {"lead": lead, "items": ["Costs", "Ports", "Trade"]}]
    doc, facts, lists = build([("s", heading, section)], doc_title="A Study")
    assert list_titles(doc, lists)[lists[0].id].vague
    assert not make_items(doc, facts, lists)
    made = make_items(doc, facts, lists, keep_all=True)
    assert made and all("the title does not say what is listed" in i.quality.reasons for i in made)
