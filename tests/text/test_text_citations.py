"""Author-year citations are marked in the sentences of a paper that cites that way, and nowhere else."""

from studyapp.text import parse_document, read_document
from studyapp.text.citations import citation_spans


def cited(doc):
    return [
        s.text[c.start : c.end]
        for sec in doc.sections
        for p in sec.paragraphs
        for s in p.sentences
        for c in s.citations
    ]


def test_the_citations_of_a_paper_are_marked_and_its_dates_are_not(data_dir):
    doc = read_document(data_dir / "corpus" / "mathematics_biology_next_microscope.txt")
    marks = cited(doc)
    assert marks[0] == (
        "(Levin 1992; Murray 1993; Jungck 1997; Hastings et al. 2003; Palmer et al. 2003; Hastings and Palmer 2003)"
    )
    assert "(F. Darwin 1905)" in marks and "(Anderson 1972, 1995)" in marks
    assert "(2000)" in marks  # "Scherf et al. (2000) ingeniously applied ..."
    assert not any(m.startswith(("(1600", "(1628", "(1823")) for m in marks)  # dates of events stay dates
    assert len(marks) == 24


def test_reports_cited_by_code_and_date_are_citations():
    text = (
        "Critical Infrastructure Protection: Significant Challenges Remain (GAO-01-1168T, September 26, 2001) "
        "was the third report (Kanan et al., 2018; BSI, 2015)."
    )
    spans = citation_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "(GAO-01-1168T, September 26, 2001)",
        "(Kanan et al., 2018; BSI, 2015)",
    ]


def test_a_history_that_names_an_event_and_its_year_in_brackets_cites_nothing():
    doc = parse_document(
        "T\n\nP\n\nUS covert operations against Cuba continued in 1961 with the unsuccessful Operation Mongoose "
        "(Operation Mongoose, 1961).\n\nThe Bay of Pigs (April 1961) failed.\n",
        name="x",
    )
    assert cited(doc) == []
