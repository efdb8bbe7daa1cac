"""Arbitrary text never crashes the reader, and what it returns keeps the model's promises."""

import random

import pytest

from studyapp.errors import DocumentError
from studyapp.text import NumberedList, parse_document
from studyapp.text.document import AsideKind, Table

_PIECES = [
    "The",
    "war",
    "ended",
    "in",
    "1918.",
    "U.S.",
    "Dr.",
    "said,",
    '"I am happy."',
    "\u201cYes.\u201d",
    "...",
    "\u00b9",
    "\u00b2\u00b3",
    "[1]",
    "[^2]",
    "[^x]:",
    "[the]",
    "*",
    "**bold**",
    "_x_",
    "\\$",
    "<http://a.b/c>",
    "[t](u)",
    "--",
    "#",
    "##",
    "###",
    "1.",
    "2.",
    "3)",
    "NOTES",
    "References",
    "By",
    "Smith*",
    "HEADING",
    "Title Case",
    "---",
    "===",
    ">",
    "\t",
    "  ",
    "\n",
    "\n\n",
    "\n\n\n",
    "\r\n",
    "\r",
    "\u00a0",
    "\ufeff",
    "\x00",
    "\x07",
    "\u2014",
    "\u00e9",
    "\u4e2d",
    ";",
    ":",
    "and",
    "?",
    "!",
    "(",
    ")",
    # debris of sources: wiki captions and markup, Liquid tags, tables, figure labels, licences, page breaks
    "]]",
    "[[File:a.jpg|thumb|",
    "thumb|",
    "|width = 160 |",
    "{{'}}",
    "{{",
    "}}",
    "{%",
    "%}",
    '{% include image.html caption="A map" %}',
    "[TABLE]",
    "Category:X",
    "Figure 1.",
    "\u00a9 2016",
    "Note:",
    "\f",
    "+---+---+",
    "| a | b |",
    "|---|---|",
    "<figure>",
    "<figcaption>",
    "</figcaption>",
    "a  b  c",
    "    ",
]


def random_text(rng: random.Random) -> str:
    return " ".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 400)))


def check_document(doc) -> None:
    ids = [s.id for s in doc.sections]
    assert ids and len(ids) == len(set(ids))
    level1 = set()
    for section in doc.sections:
        assert section.level in (1, 2)
        if section.level == 1:
            assert section.parent is None
            level1.add(section.id)
        else:
            assert section.parent in level1
        for block in section.blocks:
            if isinstance(block, NumberedList):
                numbers = [i.number for i in block.items]
                assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
                assert block.lead
            else:
                assert block.sentences and all(s.text for s in block.sentences)
        for aside in section.asides:
            assert 0 <= aside.before <= len(section.blocks)
            if isinstance(aside, Table):
                assert aside.rows and len({len(row) for row in aside.rows}) == 1
            else:
                assert aside.kind in AsideKind and aside.text
        assert len(section.reading_order) == len(section.blocks) + len(section.asides)
    assert [f.number for f in doc.footnotes] == sorted({f.number for f in doc.footnotes})
    assert all(a.text for a in doc.asides)
    assert doc.id and doc.title


@pytest.mark.parametrize("seed", range(300))
def test_random_text_parses_or_is_refused_as_empty(seed):
    rng = random.Random(seed)
    text = random_text(rng)
    try:
        doc = parse_document(text, name=f"random-{seed}", markdown=rng.choice([None, True, False]))
    except DocumentError as error:
        assert "empty" in str(error)
        assert not text.replace("\x00", "").replace("\ufeff", "").strip()
        return
    check_document(doc)


@pytest.mark.parametrize(
    "text",
    [
        "\n" * 1000,
        "NOTES\n\n\u00b9 a\n",
        "1. a\n2. b\n",
        "# \n\n##\n",
        "[^1]: only a note\n",
        "By X*\n",
        "---\ntitle: T\n---\n",
        "\u00b9\u00b2\u00b3\n",
        "* * *\n\n===\n",
        "a" * 100000,
        ". " * 50000,
        '"' * 5000 + "A. B. " * 1000,
        "[" * 10000 + "1]" * 10000,
        "[1] " * 20000,  # every marker removed leaves a run of spaces: cleaned in one pass
        "x]] " * 20000,
        "{% x " * 20000,  # never closed
        "[[File:a|thumb|b " * 5000,
        "|a = b " * 10000,
        "\f" * 5000,
        "Figure 1\n\n" * 2000,
        "head\nbody text here.\n1\n\f" * 500,
        "+--+\n|a|\n" * 2000,
        "a  b  c\n" * 5000,
        "Note: " * 10000,
        "[TABLE] x " * 5000,  # every aside between the pieces of one paragraph: still linear
        "---\ntitle: [unclosed\n---\nText.\n",
        "---\n- a\n- b\n---\nText.\n",
        "---\ntitle:\n  long: A Long Title\nauthor:\n- name: Jo Roe\n---\nText.\n",
    ],
)
def test_odd_documents(text):
    try:
        doc = parse_document(text, name="odd")
    except DocumentError:
        assert not text.strip()
        return
    check_document(doc)
