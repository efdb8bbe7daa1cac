"""Numbers and dates that are no dated facts: citations, cited reports, document numbers, names, quotations,
editions, titles of works, page headers. Real sentences from the development articles where there are some;
the issue's own examples (from articles not in the repository) are rebuilt around their quoted words."""

from __future__ import annotations

import pytest

from studyapp.extract import find_dates, find_facts
from studyapp.extract.cited import source_spans
from studyapp.extract.nondates import kept_dates
from studyapp.text import parse_document


def kept(sentence: str) -> list[str]:
    return [m.text for m in kept_dates(sentence, find_dates(sentence))]


def facts_of(body: str) -> list[tuple[str, str]]:
    doc = parse_document(f"A TITLE\n\nA SECTION\n\n{body}\n", name="t")
    return [(f.sentence, f.date.text) for f in find_facts(doc)]


@pytest.mark.parametrize(
    "sentence",
    [
        # mathematics_biology_next_microscope: author-year citations in every shape it uses
        "Western cosmology envisioned a system with three types of spheres (Nicolson 1960).",
        "Mathematics was crucial in the discovery of genes by Mendel (Orel 1984) and in the theory of evolution.",
        "To suggest answers to this question, Scherf et al. (2000) ingeniously applied off-the-shelf mathematics.",
        "In living systems, the outcomes may be substantially affected by heterogeneity (Anderson 1972, 1995).",
        "Charles Darwin was right when he wrote that people seem to have an extra sense (F. Darwin 1905).",
        "2003; Palmer et al. 2003; Hastings and Palmer 2003).",  # the tail of a citation the splitter cut
        # the examples
        "Images are classified by deep networks (Kanan et al., 2018).",
        "Critical Infrastructure Protection: Significant Challenges (GAO-01-1168T, September 26, 2001) was read.",
        # visualizing_sovereignty: an imprint and a journal volume
        "See Robert Jackson, Sovereignty: The Evolution of an Idea (Cambridge: Polity, 2007).",
        "Hansen and Stepputat, “Sovereignty Revisited,” Annual Review of Anthropology 35 (2006): 295–315.",
    ],
)
def test_citations_hold_no_dated_fact(sentence: str) -> None:
    assert kept(sentence) == []


def test_a_lone_name_and_year_is_a_citation_only_in_a_paper_that_cites_that_way() -> None:
    # the reader marks "Francis Galton (1889)" and "(BSI, 2015)" in a paper citing by author and year throughout
    paper = (
        "Spheres were fixed (Nicolson 1960). Genes were found (Orel 1984). Matrices became routine (Caswell "
        "2001). Populations were projected (Keyfitz 1968). Evolution was understood (Provine 2001). Karl "
        "Pearson's coefficient rested on earlier work by Francis Galton (1889). Standards were set in 1999 "
        "(BSI, 2015)."
    )
    assert [f.date.text for f in facts_of_document(paper)] == ["1999"]
    # the same shapes in a text that does not cite by author: a body and its years, an event's year
    assert kept("During the period of the Azerbaijan Democratic Republic (ADR, 1918-1920) it grew.") == ["1918-1920"]
    assert kept("The Jewish Popular University was established (1919) and periodicals were published.") == ["1919"]


def facts_of_document(body: str):
    return find_facts(parse_document(f"A TITLE\n\nA SECTION\n\n{body}\n", name="paper"))


def test_a_citation_inside_a_parenthesis_that_also_says_more_is_found_by_its_part() -> None:
    sentence = (
        "The use of a matrix can be traced back in Chinese mathematics to the period from 300 B.C.E. to 200 C.E. "
        "(in a work by Chiu Chang Suan Shu called Nine Chapters of the Mathematical Art ; Smoller 2001)."
    )
    assert [sentence[a:b] for a, b in source_spans(sentence)] == ["Smoller 2001"]
    assert kept(sentence) == ["from 300 B.C.E. to 200 C.E."]


def test_document_numbers_are_no_years() -> None:
    # "What happened in 1148?" was asked of a directive's number
    assert find_dates("Directive (EU) 2016/1148 concerns the security of network and information systems.") == []
    assert find_dates("The 2002/58/EC directive protects privacy.") == []
    assert [m.text for m in find_dates("In the 2015/16 season the club won.")] == ["2015/16"]


def test_quotations_editions_titles_and_page_headers_hold_no_dated_fact() -> None:
    allison = (
        'Graham Allison points out, "In order to meet the threat it faced in 1962, 1963, and 1964, it had very '
        'few options."'
    )
    assert kept(allison) == []
    assert kept("Schrödinger published What Is Life? in 1944 (English edition 1967).") == ["1944"]
    mahan = (
        "In 1890, Captain Alfred Thayer Mahan published The Influence of Sea Power upon History, 1660–1783, a "
        "revolutionary analysis of the importance of naval power."
    )
    assert kept(mahan) == ["1890"]
    header = (
        "[ Bonilla, Hantel ] Visualizing Sovereignty archipelagos Issue (1) [ May 2016 ] 1804 and culminates with "
        "the Spanish American War in 1898, which led to the granting of independence to Cuba."
    )
    assert kept(header) == ["1804", "1898"]  # the header's "May 2016" is out, the text that runs on is in
    caption = "US alert level raised shows aerial photos of Cuban missiles to the United Nations, October 25, 1962.]]"
    assert kept(caption) == []
    assert kept("Figure 1.5 archipelagos Issue (1) Map created by Jeff Blossom and Yarimar Bonilla in 2015.") == []
    report = (
        "In January 1962, General Edward Lansdale described plans in a top-secret report (partially declassified 1989)."
    )
    assert kept(report) == ["January 1962"]


def test_a_paper_with_author_year_citations_yields_facts_only_from_its_own_account() -> None:
    body = (
        "The discovery of the microscope in the late 17th century caused a revolution in biology (Levin 1992; "
        "Murray 1993). In 1637, René Descartes linked geometry to algebra (Smoller 2001). Today the use of "
        "matrices is routine in agencies making population projections (Caswell 2001)."
    )
    assert facts_of(body) == [
        (
            "The discovery of the microscope in the late 17th century caused a revolution in biology (Levin 1992; "
            "Murray 1993).",
            "the late 17th century",
        ),
        ("In 1637, René Descartes linked geometry to algebra (Smoller 2001).", "1637"),
    ]


def test_the_event_a_card_shows_holds_no_citation() -> None:
    body = (
        "Western cosmology envisioned three types of spheres (Nicolson 1960). The outstanding milestone was the "
        "work of William Harvey (Harvey 1847), first published in 1628. Matrices can be traced back to the period "
        "from 300 B.C.E. to 200 C.E. (in a work called Nine Chapters of the Mathematical Art ; Smoller 2001)."
    )
    doc = parse_document(f"A TITLE\n\nA SECTION\n\n{body}\n", name="t")
    shown = {f.date.text: f.event.clause for f in find_facts(doc)}
    assert shown["1628"] == "The outstanding milestone was the work of William Harvey, first published in 1628."
    assert "Smoller" not in shown["from 300 B.C.E. to 200 C.E."]
    assert "Mathematical Art)" in shown["from 300 B.C.E. to 200 C.E."]


def test_spans_written_in_other_ways_are_one_date() -> None:
    assert [m.text for m in find_dates("The years 1948 to 1952 saw the fastest period of growth.")] == ["1948 to 1952"]
    galen = find_dates("From the time of the ancient Greek physician Galen (131–201 C.E.) it was believed.")
    assert [(m.text, m.start, m.end) for m in galen] == [("131–201 C.E.", "0131", "0201")]
    both = find_dates("During the 1830s and 1840s, inventors developed workable electric telegraphs.")
    assert [(m.text, m.start, m.end) for m in both] == [("the 1830s and 1840s", "1830", "1849")]
