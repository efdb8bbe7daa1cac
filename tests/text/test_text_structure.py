"""Structure rules: back matter, bios, metadata, setext headings, headings glued to their paragraph."""

from studyapp.text import parse_document, read_document
from studyapp.text.document import AsideKind


def test_encyclopedic_article_back_matter_is_not_studied(data_dir):
    doc = read_document(data_dir / "text_encyclopedic_backmatter.txt")
    assert doc.title == "Marie Curie"
    assert doc.author is None and doc.abstract is None
    assert [s.title for s in doc.sections] == ["Introduction", "Early life", "Scientific work", "Later years"]
    assert doc.sections[0].paragraphs[0].sentences[0].footnotes == (1,)
    # "Notes" then "References": both are read as notes; "See also" and "External links" are no sections.
    assert [f.number for f in doc.footnotes] == [1, 2, 3]
    assert doc.footnote(3).text == '"Marie Curie \u2013 Facts," NobelPrize.org, 1903.'
    assert [p.text for p in doc.trailing] == [
        "List of female Nobel laureates",
        "Works by Marie Curie at Project Gutenberg",
    ]
    assert all("Gutenberg" not in f.text for f in doc.footnotes)


def test_bio_after_the_notes_goes_to_trailing():
    doc = parse_document(
        "THE TITLE\n\nBy Jane Roe*\n\nAbstract text.\n\nPART ONE\n\nBody text in 1990.\u00b9\n\nNOTES\n\n"
        "\u00b9 The only note.\n\n**Jane Roe is a historian at a university and writes on ports.**\n",
        name="t",
    )
    assert doc.author == "Jane Roe"
    assert doc.footnote(1).text == "The only note."
    assert [p.text for p in doc.trailing] == ["Jane Roe is a historian at a university and writes on ports."]


def test_metadata_block_gives_title_and_author():
    doc = parse_document('---\ntitle: "A Study"\nauthor: Jo Bloggs\n---\n\n## One\n\nText.\n', name="x")
    assert (doc.title, doc.author, doc.id) == ("A Study", "Jo Bloggs", "a-study")
    assert [s.title for s in doc.sections] == ["One"]


def test_setext_headings_and_quotes():
    doc = parse_document(
        "Doc Title\n=========\n\nMain Part\n---------\n\n> Quoted text here.\n\nOther Part\n----------\n\nMore.\n",
        name="x",
    )
    assert doc.title == "Doc Title"
    assert [(s.title, s.level) for s in doc.sections] == [("Main Part", 1), ("Other Part", 1)]
    assert doc.sections[0].paragraphs[0].text == "Quoted text here."


def test_caps_heading_on_top_of_its_paragraph_in_plain_text_only():
    text = "MY TITLE\n\nFIRST PART\nThis paragraph is hard wrapped\nover two lines. It ends here.\n"
    plain = parse_document(text, name="x")
    assert [s.title for s in plain.sections] == ["FIRST PART"]
    assert plain.sections[0].paragraphs[0].text == "This paragraph is hard wrapped over two lines. It ends here."
    markdown = parse_document(text, name="x", markdown=True)
    assert markdown.sections[0].paragraphs[0].text.startswith("FIRST PART This paragraph")


def test_markdown_title_with_sections_at_the_same_level():
    doc = parse_document("# Alpha\n\nIntro.\n\n# Beta\n\nText.\n\n## Gamma\n\nMore.\n", name="file-name")
    # Several "#" headings: they are sections, and the title falls back to the file name.
    assert doc.title == "File name" and doc.id == "file-name"
    assert [(s.title, s.level, s.parent) for s in doc.sections] == [
        ("Alpha", 1, None),
        ("Beta", 1, None),
        ("Gamma", 2, "beta"),
    ]


def test_section_ids_are_unique_slugs():
    doc = parse_document("T\n\nPART ONE\n\nA.\n\nPart One\n\nB.\n\nPART ONE\n\nC.\n", name="x")
    assert [s.id for s in doc.sections] == ["part-one", "part-one-2", "part-one-3"]
    assert [s.parent for s in doc.sections] == [None, "part-one", None]


def test_a_heading_like_fragment_after_a_cut_sentence_is_no_heading():
    doc = parse_document(
        "THE TITLE\n\nFIRST\n\nOn that day the country declared itself the\n\nDemocratic Republic of Nowhere\n\n"
        "(DRN, 1918-1920). It lasted two years.\n\nSECOND\n\nMore.\n",
        name="x",
    )
    assert [s.title for s in doc.sections] == ["FIRST", "SECOND"]
    assert doc.sections[0].paragraphs[0].sentences[0].text == (
        "On that day the country declared itself the Democratic Republic of Nowhere (DRN, 1918-1920)."
    )


def test_a_short_line_followed_by_a_lower_case_continuation_is_no_heading():
    doc = parse_document("T\n\nFIRST\n\nThe Grand Alliance\n\nwas signed in 1701. It held.\n", name="x")
    assert [s.title for s in doc.sections] == ["FIRST"]
    assert doc.sections[0].paragraphs[0].sentences[0].text == "The Grand Alliance was signed in 1701."


def test_pdf_like_paper_numbered_headings_page_numbers_and_bare_digit_markers(data_dir):
    doc = read_document(data_dir / "text_pdf_like.txt")
    assert doc.title == "The Aland Islands Dispute, 1917-1921"
    assert doc.author == "A. B. Lindqvist"
    assert [(s.title, s.level, s.parent) for s in doc.sections] == [
        ("1. Introduction", 1, None),
        ("2. The Claims", 1, None),
        ("2.1 The Swedish Claim", 2, "2-the-claims"),
        ("2.2 The Finnish Claim", 2, "2-the-claims"),
        ("3. The Settlement", 1, None),
    ]
    texts = {s.text: s.footnotes for sec in doc.sections for p in sec.paragraphs for s in p.sentences}
    assert texts["In 1921 the League of Nations gave them to Finland, but with wide self-rule."] == (1,)
    assert texts["Most islanders spoke Swedish, and in 1917 a petition asked for union with Sweden."] == (2,)
    # A page number ("15") between two halves of a sentence is dropped and the halves joined.
    assert texts["Its government offered autonomy instead of a transfer."] == ()
    assert texts["The Council of the League decided on 24 June 1921."] == (4,)
    assert [f.number for f in doc.footnotes] == [1, 2, 3, 4]
    assert doc.footnote(3).text == "Ibid., pp. 88-90."


def test_bare_numbers_stay_numbers_when_the_document_has_other_markers():
    doc = parse_document(
        "T\n\nPART\n\nIt cost 2.1 billion in 1990.5 Then it fell.\u00b9\n\nNOTES\n\n\u00b9 A.\n\n\u2075 E.\n", name="x"
    )
    sentences = doc.sections[0].paragraphs[0].sentences
    assert sentences[0].text == "It cost 2.1 billion in 1990.5 Then it fell."
    assert sentences[0].footnotes == (1,)


def test_notes_without_a_heading_at_the_end():
    doc = parse_document(
        "TITLE\n\nPART\n\nFirst claim.\u00b9 Second claim.\u00b2\n\n\u00b9 Source one,\n"
        "page 4.\n\n\u00b2 Source two.\n",
        name="x",
    )
    assert [s.title for s in doc.sections] == ["PART"]
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, "Source one, page 4."), (2, "Source two.")]
    assert len(doc.sections[0].paragraphs) == 1


def test_wiki_editorial_brackets_are_dropped():
    doc = parse_document(
        "T\n\nHistory[edit]\n\nThe town grew.[citation needed] It was rich.[1]\n\nReferences\n\n[1] A book.\n", name="x"
    )
    assert doc.sections[0].title == "History"
    assert [(s.text, s.footnotes) for s in doc.sections[0].paragraphs[0].sentences] == [
        ("The town grew.", ()),
        ("It was rich.", (1,)),
    ]


def test_title_over_two_lines_and_a_subtitle_before_the_author():
    two_lines = parse_document(
        "IRAN AND THE CASPIAN:\nA STRUGGLE FOR OIL\n\nBy Jane Roe*\n\nAbstract here.\n\nINTRODUCTION\n\nText.\n",
        name="x",
    )
    assert (two_lines.title, two_lines.author) == ("IRAN AND THE CASPIAN: A STRUGGLE FOR OIL", "Jane Roe")
    assert [s.title for s in two_lines.sections] == ["INTRODUCTION"]
    subtitle = parse_document(
        "The Long Peace\n\nCold War Stability Reconsidered\n\nBy John Lewis\n\nAbstract.\n\nI. INTRODUCTION\n\nText.\n",
        name="x",
    )
    assert subtitle.title == "The Long Peace: Cold War Stability Reconsidered"
    assert subtitle.abstract == "Abstract."


def test_author_name_with_a_note_mark_but_no_by():
    doc = parse_document("THE TITLE\n\nJane Roe*\n\nAbstract text.\n\nPART ONE\n\nBody.\n", name="x")
    assert (doc.author, doc.abstract) == ("Jane Roe", "Abstract text.")
    heading = parse_document("THE TITLE\n\nEarly History\n\nBody text.\n", name="x")
    assert heading.author is None
    assert [s.title for s in heading.sections] == ["Early History"]


def test_bullet_points_stay_apart():
    doc = parse_document(
        "# T\n\n## Part\n\nFruits we grow:\n\n- Apples from the north\n- Pears,\n  grown in the south\n"
        "* Plums\n\nAfter the list a sentence.\n",
        name="x",
    )
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "Fruits we grow:",
        "Apples from the north",
        "Pears, grown in the south",
        "Plums",
        "After the list a sentence.",
    ]


def test_markdown_list_numbered_one_one_one_is_shown_as_one_two_three():
    doc = parse_document("# T\n\n## Part\n\nThe steps are as follows:\n\n1. Plan;\n1. Build;\n1. Test.\n", name="x")
    (lst,) = doc.sections[0].lists
    assert [(i.number, i.text) for i in lst.items] == [(1, "Plan"), (2, "Build"), (3, "Test")]
    assert lst.lead == "The steps are as follows:"


def test_html_entities_are_decoded():
    doc = parse_document("T\n\nPART\n\nTrade &amp; war in 1700&nbsp;AD, &#8220;quoted&#8221;.\n", name="x")
    assert doc.sections[0].paragraphs[0].text == "Trade & war in 1700\u00a0AD, \u201cquoted\u201d."


def test_list_item_footnotes_and_endings():
    doc = parse_document(
        "T\n\nPART\n\nThe goals were the following:\n\n1. To act at once;\u00b9\n2. To hold the U.S.\n"
        "3. To wait [2], and\n4. To win.\n\nNOTES\n\n\u00b9 One.\n\n\u00b2 Two.\n",
        name="x",
    )
    (lst,) = doc.sections[0].lists
    assert [(i.text, i.footnotes) for i in lst.items] == [
        ("To act at once", (1,)),
        ("To hold the U.S.", ()),
        ("To wait", (2,)),
        ("To win", ()),
    ]


def test_a_notes_heading_followed_by_prose_does_not_end_the_body():
    prose = (
        "This part goes on for a long time with real sentences about the harbour, its trade and its people, "
        "so it is prose and not a list of sources."
    )
    doc = parse_document(
        f"T\n\nPART ONE\n\nFirst part text.\u00b9\n\nBibliography\n\nSmith, J. (2015). Gas. London.\n\n"
        f"PART TWO\n\n{prose}\n\n{prose}\n\n{prose}\n\nNOTES\n\n\u00b9 The note.\n",
        name="x",
    )
    assert [s.title for s in doc.sections] == ["PART ONE", "PART TWO"]
    assert len(doc.section("part-two").paragraphs) == 3
    assert [f.text for f in doc.footnotes] == ["The note."]
    # The bibliography between the parts is a list of sources: reference entries, not trailing prose.
    assert [(a.kind, a.text) for a in doc.asides] == [(AsideKind.REFERENCE, "Smith, J. (2015). Gas. London.")]


def test_unnumbered_entries_of_a_notes_section_are_references_only_under_a_heading_of_sources():
    starred = parse_document(
        "T\n\nPART\n\nThe treaty was signed in 2010.\u00b9\n\nNOTES\n\n"
        "* Ingrid Solheim is a research fellow at the Institute of Polar Law.\n1. Treaty of 2010, Annex II.\n",
        name="x",
    )
    assert [f.text for f in starred.footnotes] == ["Treaty of 2010, Annex II."]
    assert not starred.asides  # an author's starred note is no source
    sources = parse_document(
        "T\n\nPART\n\nThe treaty was signed in 2010.\n\nReferences\n\nSmith, J. (2015). Gas and Politics. London.\n",
        name="x",
    )
    assert [(a.kind, a.text) for a in sources.asides] == [
        (AsideKind.REFERENCE, "Smith, J. (2015). Gas and Politics. London.")
    ]


def test_a_gallery_set_as_a_table_of_file_names_takes_no_heading():
    # r39 (Delft): "  ----- -----" rows around "Delft_stadhuis.jpg Delft_poorte.jpg" were read as underlined
    # headings, and the article's own plain headings (History, Sights, ...) were lost with them
    doc = parse_document(
        "Delft\n\nDelft is a city in the Netherlands.\n\n\nHistory\n\n"
        "It presumably started around the 11th century as a landlord court.\n\n"
        "  -------------------- ------------------\n"
        "  Delft_stadhuis.jpg   Delft_poorte.jpg\n"
        "  -------------------- ------------------\n\n\n"
        "Sights\n\nThe Oostpoort is the only remaining gate of the old city walls.\n\n"
        "Delft_plate_faience_Famille_Rose_1760_1780.jpg\n\n\n"
        "Culture\n\nDelft is well known for its pottery.\n",
        name="x",
    )
    assert [s.title for s in doc.sections] == ["Introduction", "History", "Sights", "Culture"]
