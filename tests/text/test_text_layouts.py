"""Layouts of real articles (tests/data/corpus): PDF pages, hanging indents, hard-wrapped text without blank
lines, plain-text encyclopedia copies, essays whose captions stand on lines of their own.

Each test reads a whole article of the development corpus and checks what the fault was on it.
"""

import pytest

from studyapp.text import parse_document, read_document
from studyapp.text.document import Aside, AsideKind


@pytest.fixture(scope="module")
def corpus(request):
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "data" / "corpus"
    cache = {}

    def read(name):
        if name not in cache:
            cache[name] = read_document(folder / name)
        return cache[name]

    return read


def sentences(doc):
    return [s for sec in doc.sections for p in sec.paragraphs for s in p.sentences]


def first_sentences(doc):
    return [p.sentences[0].text for sec in doc.sections for p in sec.paragraphs]


def test_pdf_pages_lose_their_headers_page_numbers_and_footnotes_to_the_right_places(corpus):
    doc = corpus("visualizing_sovereignty.txt")
    assert doc.author == "Yarimar Bonilla and Max Hantel"
    assert doc.abstract.startswith("This essay asks how visual representations of the postcolonial Caribbean")
    page = [a.text for a in doc.asides if a.kind is AsideKind.PAGE]
    assert page[:2] == ["[ Bonilla, Hantel ] Visualizing Sovereignty", "archipelagos Issue (1) [ May 2016 ]"]
    # The footnotes printed at the feet of the pages, the one set right under the last body line too ("17").
    assert [f.number for f in doc.footnotes] == list(range(1, 34))
    assert (
        doc.footnote(1).text == "See Robert Jackson, Sovereignty: The Evolution of an Idea (Cambridge: Polity, 2007)."
    )
    assert doc.footnote(17).text == "Glissant, Caribbean Discourse, 64."
    cited = {n for s in sentences(doc) for n in s.footnotes}
    assert cited == set(range(1, 34))
    # A sentence cut by a page break, its footnotes and the next page's header is whole again.
    whole = [s for s in sentences(doc) if "palpably shaped by outside interests" in s.text]
    assert whole and whole[0].text.endswith("both internal and external nongovernmental actors.")
    assert all("Bonilla, Hantel" not in s.text and "archipelagos Issue" not in s.text for s in sentences(doc))
    # The authors' bios after the acknowledgements are no study sections.
    assert [s.title for s in doc.sections][-1] == "Toward a Prophetic Cartography"
    assert any(p.text.startswith("Max Hantel is a postdoctoral fellow") for p in doc.trailing)


def test_hanging_indented_paragraphs_caps_headings_and_run_in_subheadings(corpus):
    doc = corpus("911_commission_ch2_foundation_of_new_terrorism.txt")
    # The chapter title printed again over the first section is no section of its own.
    assert [(s.title, s.level) for s in doc.sections[:4]] == [
        ("A DECLARATION OF WAR", 1),
        ("BIN LADIN'S APPEAL IN THE ISLAMIC WORLD", 1),
        ("Islam", 2),
        ("Bin Ladin's Worldview", 2),
    ]
    assert doc.section("islam").parent == "bin-ladins-appeal-in-the-islamic-world"
    # A heading that hangs over two lines keeps its second.
    assert "BUILDING AN ORGANIZATION, DECLARING WAR ON THE UNITED STATES (1992-1996)" in [s.title for s in doc.sections]
    assert doc.section("islam").paragraphs[0].sentences[0].text.startswith("Islam (a word that literally means")
    starts = first_sentences(doc)
    # A paragraph that starts at the first-line indent with no blank line before it is a paragraph of its own.
    assert any(s.startswith("Though novel for its open endorsement of indiscriminate killing") for s in starts)
    assert "By the fall of 1989, Bin Ladin had sufficient stature among" in " ".join(starts)
    notes = [a for s in doc.sections for a in s.asides if a.kind is AsideKind.NOTE]
    assert len(notes) == 1 and notes[0].text.startswith("Islamic names often do not follow the Western practice")


def test_hard_wrapped_paragraphs_without_blank_lines_and_full_stop_subheadings(corpus):
    doc = corpus("mathematics_biology_next_microscope.txt")
    assert [(s.title, s.level, s.parent) for s in doc.sections] == [
        ("Introduction", 1, None),
        ("The Past", 1, None),
        ("The Present", 1, None),
        ("Gene expression and drug activity in human cancer", 2, "the-present"),
        ("The Future", 1, None),
        ("Potential problems", 2, "the-future"),
        ("Opportunities", 2, "the-future"),
    ]
    starts = first_sentences(doc)
    # A line that ends a sentence well short of the wrap width ends its paragraph.
    assert starts[:3] == [
        "Although mathematics has long been intertwined with the biological sciences, an explosive synergy between "
        "biology and mathematics seems poised to enrich and extend both fields greatly in the coming decades "
        "(Levin 1992; Murray 1993; Jungck 1997; Hastings et al. 2003; Palmer et al. 2003; Hastings and Palmer 2003).",
        "The discovery of the microscope in the late 17th century caused a revolution in biology by revealing "
        "otherwise invisible and previously unsuspected worlds.",
        "Mathematics broadly interpreted is a more general microscope.",
    ]


def test_blank_lines_give_the_levels_of_an_encyclopedia_copy_and_notes_come_after_the_links(corpus):
    doc = corpus("cuban_missile_crisis.txt")
    assert [(s.title, s.level) for s in doc.sections[4:8]] == [
        ("Missiles reported", 1),
        ("Aerial images find Soviet missiles", 2),
        ("President notified", 2),
        ("Responses considered", 2),
    ]
    assert doc.section("responses-considered").parent == "missiles-reported"
    # "[1]" ... "[204]" stand after "See also", "Further reading" and "External links": still the notes.
    assert [f.number for f in doc.footnotes] == list(range(1, 205))
    assert (
        doc.footnote(55).text
        == "Pedlow, Gregory, The Central Intelligence Agency and Overhead Reconnaissance. CIA. 1962."
    )
    references = [a.text for a in doc.asides if a.kind is AsideKind.REFERENCE]
    assert any(r.startswith("Barrett, David M. and Max Holland (2012). Blind Over Cuba") for r in references)
    assert "Cuba–Soviet Union relations" in [p.text for p in doc.trailing]  # a "See also" link, not studied
    assert not any("Category:" in s.text for s in sentences(doc))


def test_notes_numbered_on_from_an_earlier_chapter_and_a_heading_with_a_question_mark(corpus):
    doc = corpus("views_from_the_embassy_september_1914.txt")
    assert [s.title for s in doc.sections][:2] == [
        "September 1914: Everyone’s Embassy",
        "The Three Amigos? Discord and Amité",
    ]
    assert [f.number for f in doc.footnotes] == list(range(50, 102))
    assert (
        doc.footnote(52).text
        == "“Paris Under the German Menace,” The Times History of the War, Volume II (London: 1915), 461."
    )
    assert {n for s in sentences(doc) for n in s.footnotes} == set(range(50, 102))


def test_captions_on_lines_of_their_own_in_a_title_case_essay_are_captions(corpus):
    doc = corpus("milestones_1866_1898.txt")
    captions = [a.text for s in doc.sections for a in s.asides if isinstance(a, Aside)]
    assert "Secretary of State John Hay" in captions  # an office and a name: a portrait
    assert "The Recommisioned USS Ticonderoga, led by Commodore Robert Shufeldt" in captions  # sentence case
    assert "Robert Schomburgk" in captions  # a bare name, once the essay is seen to set captions apart
    titles = [s.title for s in doc.sections]
    assert "Planning the Voyage" in titles and "The Chinese Exclusion Act" in titles
    assert "Mahan’s The Influence of Sea Power upon History: Securing International Markets in the 1890s" in titles


def test_a_heading_after_a_paragraph_ended_by_a_note_marker_is_a_heading():
    doc = parse_document(
        "Marshall Plan\n\nIntro text.\n\n\nWartime destruction\n\nThe only major powers whose infrastructure had not "
        "been significantly harmed in World War II were the United States and Canada. Much of the Marshall Plan aid "
        "would be used by the Europeans to buy manufactured goods and raw materials from the United States and "
        "Canada[27]\n\n\nInitial post-war events\n\nSlow recovery\n\nMost of Europe's economies were recovering "
        "slowly, as unemployment and food shortages led to strikes and unrest in several nations.\n",
        name="x",
    )
    assert [(s.title, s.level) for s in doc.sections] == [
        ("Introduction", 1),
        ("Wartime destruction", 1),
        ("Initial post-war events", 1),
        ("Slow recovery", 2),
    ]


def test_one_wide_gap_alone_sets_no_levels():
    text = "T\n\nIntro.\n\n\nFirst part\n\nText one.\n\nSecond part\n\nText two.\n\nThird part\n\nText three.\n"
    assert [s.level for s in parse_document(text, name="x").sections] == [1, 1, 1, 1]


def test_indented_bullet_continuations_do_not_make_a_text_hang():
    lines = ["Flush paragraph line one of the text goes on here", "and its second line is flush too.", ""]
    lines += ["-   An item that wraps", "    onto an indented line.", ""] * 8
    doc = parse_document("T\n\n" + "\n".join(lines * 3), name="x")
    assert doc.sections[0].paragraphs[0].text == (
        "Flush paragraph line one of the text goes on here and its second line is flush too."
    )
