"""Documents of other shapes: Markdown, bracketed references, no headings, Title-Case headings, encodings."""

from studyapp.text import NumberedList, parse_document, read_document


def sentences_of(doc):
    return [s for sec in doc.sections for p in sec.paragraphs for s in p.sentences]


def test_markdown_with_footnotes(data_dir):
    doc = read_document(data_dir / "text_markdown_footnotes.md")
    assert doc.title == "The Hanseatic League and the Baltic Trade"
    assert doc.author == "Margarethe Voss"
    assert doc.abstract.startswith("The Hanseatic League was a commercial confederation")
    assert [(s.title, s.level, s.parent) for s in doc.sections] == [
        ("Origins", 1, None),
        ("Early Privileges", 2, "origins"),
        ("Height of Power", 1, None),
        ("Decline", 1, None),
    ]
    assert [f.number for f in doc.footnotes] == [1, 2, 3, 4]
    assert doc.footnote(3).text == (
        "Reichsfreiheitsbrief of 1226; the text survives in a later copy kept in the Lübeck city archive."
    )
    by_text = {s.text: s.footnotes for s in sentences_of(doc)}
    assert by_text["In 1226, Emperor Frederick II made Lübeck an Imperial Free City."] == (3,)
    # A named label ([^treaty]) gets the next free number and stays linked to its text.
    treaty = by_text["After the Treaty of Stralsund in 1370, the League reached the peak of its power."]
    assert doc.footnote(treaty[0]).text == "Treaty of Stralsund, 24 May 1370."
    assert "Merchants paid $40 for a stall; see https://example.org/hansa or the archive for details." in by_text
    assert "The rise of territorial states weakened the towns \u2014 and the last Diet met in 1669." in by_text


def test_markdown_list_with_parentheses(data_dir):
    doc = read_document(data_dir / "text_markdown_footnotes.md")
    (lst,) = doc.section("height-of-power").lists
    assert lst.lead == "The League's goals were set out in a charter that named the following aims:"
    assert [(i.number, i.text) for i in lst.items] == [
        (1, "to protect merchant ships from pirates"),
        (2, "to win trading privileges in foreign ports"),
        (3, "to keep a common law for member towns"),
        (4, "to defend the towns by arms when needed"),
    ]


def test_bracket_markers_and_references_section(data_dir):
    doc = read_document(data_dir / "text_references_brackets.txt")
    assert doc.author == "R. J. Whitcombe, Ph.D."
    assert [s.title for s in doc.sections] == ["EARLY PROPOSALS", "CONSTRUCTION"]
    assert [f.number for f in doc.footnotes] == [1, 2, 3, 4, 5]
    assert doc.footnote(2).text == "T. Whiteside, The Tunnel Under the Channel (London: Hart-Davis, 1962), pp. 44-61."
    by_text = {s.text: s.footnotes for s in sentences_of(doc)}
    assert by_text[
        "In 1881, Sir Edward Watkin's company began digging, but work stopped in 1882 over fears for national security."
    ] == (2, 3)
    assert by_text["The first serious proposal came in 1802 from the French engineer Albert Mathieu-Favier."] == (1,)


def test_document_without_headings(data_dir):
    doc = read_document(data_dir / "text_no_headings.txt")
    assert doc.id == "text-no-headings"
    assert len(doc.sections) == 1
    (section,) = doc.sections
    assert (section.title, section.level, section.parent) == ("Text", 1, None)
    assert len(section.paragraphs) == 3
    assert (
        "Fewer than fifty copies survive today; one of them is held by the Library of Congress in Washington, "
        "D.C. and another by the British Library." in [s.text for s in sentences_of(doc)]
    )


def test_title_case_headings_only(data_dir):
    doc = read_document(data_dir / "text_title_case_headings.txt")
    assert doc.title == "A Short History of the Bicycle"
    titles = [(s.title, s.level) for s in doc.sections]
    assert titles[1:] == [("The Running Machine", 1), ("Pedals and Cranks", 1), ("The Safety Bicycle", 1)]
    assert doc.sections[0].paragraphs[0].sentences[0].text.startswith("The bicycle took almost a century")


def test_crlf_and_cp1252(data_dir):
    doc = read_document(data_dir / "text_cp1252_crlf.txt")
    assert doc.title == "Café Culture in Vienna"
    assert doc.author == "Anna Müller"
    texts = [s.text for s in sentences_of(doc)]
    assert "Guests paid 2 Kreuzer \u2013 a modest price \u2013 and read \u201cfree\u201d newspapers." in texts
    assert "After 1900 they were the meeting places of writers." in texts


def test_utf8_bom(data_dir):
    doc = read_document(data_dir / "text_bom.txt")
    assert doc.title == "THE BOM FILE"
    assert [s.title for s in doc.sections] == ["INTRODUCTION"]
    assert sentences_of(doc)[1].text == "It is read as UTF-8 \u2014 with a dash."


def test_list_split_by_page_break_stays_one_list(data_dir):
    doc = read_document(data_dir / "text_list_page_break.txt")
    fleet = doc.section("the-fleet")
    (lst,) = fleet.lists
    assert [i.number for i in lst.items] == list(range(1, 11))
    assert lst.lead == "In the order, the Admiralty listed the fleet's duties as follows:"
    assert lst.items[6].text == "To guard the Straits of Dover"
    assert lst.items[7].text == "To watch the exits of the North Sea"
    assert lst.items[8].text == "To keep the Grand Fleet ready for battle"


def test_page_break_continuations_and_a_year_starting_a_line(data_dir):
    doc = read_document(data_dir / "text_list_page_break.txt")
    texts = [s.text for s in sentences_of(doc)]
    assert (
        "Admiral Jellicoe took command of the Grand Fleet on 4 August 1914, and his ships left Scapa Flow two "
        "days later."
    ) in texts
    # "Jutland in 1916, ..." follows a line cut mid-sentence: a continuation, not a heading.
    assert (
        "The fleet did not meet the enemy in force until Jutland in 1916, when the two battle fleets fought for "
        "a few hours."
    ) in texts
    assert "The result was 1918." in texts
    assert all(s.title != "Jutland in 1916" for s in doc.sections)
    lists = [b for s in doc.sections for b in s.blocks if isinstance(b, NumberedList)]
    assert len(lists) == 2  # "1918." at the start of a line is no list


def test_list_with_parentheses_right_under_its_lead(data_dir):
    doc = read_document(data_dir / "text_list_page_break.txt")
    staff = doc.section("commanders-and-staff")
    assert staff.level == 2 and staff.parent == "the-fleet"
    (lst,) = staff.lists
    assert lst.lead == "The Admiralty had three kinds of staff officers:"
    assert [i.text for i in lst.items] == ["operations officers", "intelligence officers", "signals officers"]


def test_multi_digit_superscripts_and_split_notes(data_dir):
    doc = read_document(data_dir / "text_list_page_break.txt")
    texts = {s.text: s.footnotes for s in sentences_of(doc)}
    assert texts["Each ship also carried a surgeon."] == (23,)
    assert texts["Larger ships carried two, or more in wartime."] == (24,)
    assert doc.footnote(23).text == "Admiralty, Navy List (London: HMSO, 1914), p. 12."
    assert doc.author == "Thomas Avery"


def test_journal_layout_with_subtitle_affiliation_abstract_keywords_and_italic_subheadings(data_dir):
    doc = read_document(data_dir / "text_journal_layout.txt")
    assert doc.title == "Energy Security in the Eastern Mediterranean: Gas Discoveries and Regional Alignments"
    assert doc.author == "Dr. Helen K. Marsh"
    assert doc.abstract == (
        "The discovery of offshore gas fields after 2009 reshaped relations among Israel, Cyprus, "
        "Greece and Turkey. This article examines the alliances that followed."
    )
    assert [(s.title, s.level, s.parent) for s in doc.sections] == [
        ("Introduction", 1, None),
        ("The Players", 1, None),
        ("Cyprus and Greece", 2, "the-players"),
        ("Turkey", 2, "the-players"),
        ("Conclusion", 1, None),
    ]
    texts = [s.text for s in sentences_of(doc)]
    assert not any("Keywords" in t or "University of Leeds" in t or "Routledge" in t for t in texts)
    assert doc.footnotes == ()  # an unnumbered bibliography gives no notes
    assert sentences_of(doc)[0].footnotes == (1,)


def test_text_pasted_from_a_web_page_one_paragraph_a_line(data_dir):
    doc = read_document(data_dir / "text_web_paste.txt")
    assert doc.title == "Tallinn"
    assert [s.title for s in doc.sections] == ["Introduction", "History", "Early history", "Modern era"]
    early = doc.section("early-history")
    assert [p.sentences[0].text for p in early.paragraphs] == [
        "The first fortress on Toompea hill was built in the 11th century.",
        "Tallinn joined the Hanseatic League in 1285 and became its northernmost member.",
    ]
    assert [p.text for p in doc.trailing] == ["List of people from Tallinn", "References"]


def test_unwrapped_paragraphs_in_one_block_are_split_and_a_short_heading_on_top_is_found():
    doc = parse_document(
        "THE TITLE\n\nFIRST PART\n\nThe first paragraph is written on one long line, as web pages give it to us, and "
        "then it ends.\n"
        "The second paragraph follows on the next line without any blank line between them, and it ends too.\n"
        "Later years\n"
        "A third paragraph follows a short heading line that sits right on top of it in the same block.\n",
        name="x",
    )
    assert [s.title for s in doc.sections] == ["FIRST PART", "Later years"]
    assert len(doc.sections[0].paragraphs) == 2
    assert doc.sections[1].paragraphs[0].text.startswith("A third paragraph")
