"""The bundled article: the figures issue 2 checks."""

import re

import pytest

from studyapp.text import NumberedList, Paragraph, read_document


@pytest.fixture(scope="module")
def seed():
    from pathlib import Path

    path = next((Path(__file__).resolve().parents[2] / "decks").glob("*.txt"))
    return read_document(path)


def test_title_and_author(seed):
    assert seed.title == "ISRAELI-AZERBAIJANI ALLIANCE AND IRAN"
    assert seed.author == "Mahir Khalifa-zadeh"
    assert seed.id == "israeli-azerbaijani-alliance-and-iran"
    assert seed.abstract.startswith("This article discusses cooperation")


def test_sections_and_levels(seed):
    # 8 ALL-CAPS sections + 3 subsections = 11 (the "9 top-level" counts NOTES, which is no study section).
    assert len(seed.sections) == 11
    assert sum(s.level == 1 for s in seed.sections) == 8
    parent = seed.section("irans-attitude-toward-the-republic-of-azerbaijan")
    subsections = [s for s in seed.sections if s.level == 2]
    assert [s.title for s in subsections] == ["Historical Factors", "Political Factors", "Ideological Factors"]
    assert all(s.parent == parent.id for s in subsections)
    assert seed.sections[0].title == "HISTORICAL BACKGROUND"
    assert seed.sections[-1].title == "CONCLUSION"
    assert len({s.id for s in seed.sections}) == 11


def test_notes_and_bio_are_not_study_sections(seed):
    titles = {s.title.lower() for s in seed.sections}
    assert "notes" not in titles
    body = " ".join(p.text for s in seed.sections for p in s.paragraphs)
    assert "is a political analyst based in Toronto" not in body
    assert any("political analyst based in Toronto" in p.text for p in seed.trailing)
    assert "Joanna Sloame" not in body


def test_52_footnotes_every_marker_linked(seed):
    assert [f.number for f in seed.footnotes] == list(range(1, 53))
    cited = [n for s in seed.sections for p in s.paragraphs for sentence in p.sentences for n in sentence.footnotes]
    assert sorted(set(cited)) == list(range(1, 53))
    assert all(seed.footnote(n) is not None for n in cited)
    # A note split over several lines and blank lines is one note.
    assert seed.footnote(1).text == (
        'Joanna Sloame, "The Virtual Jewish History Tour: Azerbaijan," American-Israeli Cooperative Enterprise, '
        "The Jewish Virtual Library, http://www.jewishvirtuallibrary.org/jsource/vjw/Azerbaijan.html."
    )
    assert "great-satan-backs-small-satan" in seed.footnote(15).text
    assert "News, November 17, 2010" in seed.footnote(23).text


def test_no_marker_or_markdown_left_in_display_text(seed):
    leftovers = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰*]|\\\$|<http|\]\(")
    for section in seed.sections:
        for block in section.blocks:
            texts = [s.text for s in block.sentences] if isinstance(block, Paragraph) else [i.text for i in block.items]
            for text in texts:
                assert not leftovers.search(text), text


def test_marker_after_full_stop_ends_the_sentence(seed):
    first = seed.sections[0].paragraphs[0].sentences
    assert first[0].text.endswith("for centuries.")
    assert first[0].footnotes == (1,)
    assert first[1].text.startswith("The presence of Persian Jews")


def test_page_breaks_rejoined(seed):
    sentences = [s.text for sec in seed.sections for p in sec.paragraphs for s in p.sentences]
    assert any(
        s.startswith("Iran's hostility toward the United States and Israel pushed Tehran")
        and s.endswith("cooperation with Azerbaijan and Georgia.")
        for s in sentences
    )
    assert any("identified itself as the Azerbaijan Democratic Republic (ADR, 1918-1920)." in s for s in sentences)
    assert not any(s[:1].islower() for s in sentences)


def test_both_lists_complete_and_in_order(seed):
    lists = [b for s in seed.sections for b in s.blocks if isinstance(b, NumberedList)]
    assert [len(lst.items) for lst in lists] == [12, 15]
    for lst in lists:
        assert [i.number for i in lst.items] == list(range(1, len(lst.items) + 1))
        assert all(not i.text.endswith((";", ".", " and")) for i in lst.items)
    assert lists[0].lead == ("Tehran's strategic priorities in the South Caucasus can thus be identified as follows:")
    assert lists[0].items[0].text == "To counter and reduce U.S. influence"
    assert lists[0].items[7].text.startswith("To contain the rising influence of Turkey")  # after the page break
    assert lists[0].items[10].text == "To ensure Russia's dominance and the current status-quo"
    assert lists[1].lead.endswith("can be identified as follows:")
    assert lists[1].items[-1].text == "To preserve Azerbaijan under Russia's dominance"


def test_markdown_leftovers_cleaned(seed):
    sentences = [s.text for sec in seed.sections for p in sec.paragraphs for s in p.sentences]
    assert any("total worth of $2.1 billion to Israel" in s for s in sentences)
    assert any("(ADR, 1918-1920)\u2014which formulated" in s for s in sentences)
