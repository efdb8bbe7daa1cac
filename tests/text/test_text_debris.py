"""Debris of the source is set apart while reading, shown as what it is and never studied.

Each test is a fault seen on a real article (the development corpus under tests/data/corpus), with its text.
"""

from studyapp.text import parse_document
from studyapp.text.document import Aside, AsideKind, Document, Table


def study_text(doc: Document) -> list[str]:
    texts = [s.text for sec in doc.sections for p in sec.paragraphs for s in p.sentences]
    return texts + [i.text for sec in doc.sections for lst in sec.lists for i in lst.items]


def asides(doc: Document, kind: AsideKind) -> list[Aside]:
    found = [a for s in doc.sections for a in s.asides if isinstance(a, Aside)] + list(doc.asides)
    return [a for a in found if a.kind is kind]


def test_the_end_of_a_wiki_caption_on_top_of_a_paragraph_is_a_caption():
    doc = parse_document(
        "Cuban Missile Crisis\n\n\nSoviet deployment of missiles in Cuba\n\n"
        "in 1961.]] Khrushchev was also reacting in part to the nuclear threat of obsolescent Jupiter "
        "intermediate-range ballistic missiles that had been installed by the US in Turkey in April 1962.[22]\n",
        name="x",
    )
    (caption,) = asides(doc, AsideKind.CAPTION)
    assert (caption.text, caption.before) == ("in 1961.", 0)
    (sentence,) = doc.sections[0].paragraphs[0].sentences
    assert sentence.text.startswith("Khrushchev was also reacting") and sentence.footnotes == (22,)


def test_a_caption_ending_a_paragraph_starts_at_its_lower_case_word():
    doc = parse_document(
        "T\n\nCrisis\n\nTo add to the concern, at 6:00 am, the CIA reported that all missiles in Cuba were ready "
        "for action. helicopter hovers over Soviet submarine _B-59_, forced to the surface by US Naval forces in "
        "the Caribbean near Cuba (October 28–29, 1962)]]\n",
        name="x",
    )
    assert study_text(doc) == [
        "To add to the concern, at 6:00 am, the CIA reported that all missiles in Cuba were ready for action."
    ]
    (caption,) = asides(doc, AsideKind.CAPTION)
    assert caption.text.startswith("helicopter hovers over Soviet submarine B-59") and caption.before == 1


def test_a_heading_over_a_caption_stays_a_heading_and_the_caption_keeps_its_note():
    doc = parse_document(
        "Cuban Missile Crisis\n\nIntro text.[79]\n\n\nBlockade\n\n"
        "of VP-18 flying over a Soviet cargo ship with crated Il-28s on deck during the Cuban Crisis.[80]]]\n\n"
        "Kennedy met with members of EXCOMM and other top advisers throughout October 21.[81]\n\n"
        "[79] a\n\n[80] b\n\n[81] c\n",
        name="x",
    )
    assert [s.title for s in doc.sections] == ["Introduction", "Blockade"]
    (caption,) = doc.section("blockade").asides
    assert caption.kind is AsideKind.CAPTION and caption.footnotes == (80,)
    assert (
        caption.text == "of VP-18 flying over a Soviet cargo ship with crated Il-28s on deck during the Cuban Crisis."
    )


def test_a_stray_closing_bracket_pair_after_prose_is_dropped_not_a_caption():
    doc = parse_document(
        "T\n\nP\n\nIts recovery is attributed to traditional economic stimuli. "
        "Japan saw a large infusion of US investment during the Korean War.[178] ]]\n",
        name="x",
    )
    assert "Japan saw a large infusion of US investment during the Korean War." in study_text(doc)
    assert not asides(doc, AsideKind.CAPTION)


def test_file_links_infobox_fields_categories_and_dropped_tables_are_markup():
    doc = parse_document(
        "Antoine Lavoisier\n\n"
        "|picture_width = 160 |birth_place = Paris |\n\n"
        "[[File:Antoine lavoisier.jpg|thumb|upright|Antoine-Laurent Lavoisier]] Antoine-Laurent Lavoisier was "
        "born to a wealthy family of the nobility in Paris on 26 August 1743.\n\n"
        "[TABLE]\n\n"
        "During the speech, a directive went out to all US forces worldwide, placing them on DEFCON 3. The heavy "
        "cruiser was designated flagship for the blockade, with as _Newport News_{{'}}s destroyer escort.\n\n"
        "Category:1743 births Category:1794 deaths Category:French chemists\n",
        name="x",
    )
    assert study_text(doc) == [
        "Antoine-Laurent Lavoisier was born to a wealthy family of the nobility in Paris on 26 August 1743.",
        "During the speech, a directive went out to all US forces worldwide, placing them on DEFCON 3.",
        "The heavy cruiser was designated flagship for the blockade, with as Newport News's destroyer escort.",
    ]
    assert [a.text for a in asides(doc, AsideKind.CAPTION)] == ["Antoine-Laurent Lavoisier"]
    assert len(asides(doc, AsideKind.MARKUP)) == 2
    assert [a.text for a in asides(doc, AsideKind.TABLE)] == ["[TABLE]"]
    inline = parse_document(
        "T\n\nP\n\nThe results were as follows: [TABLE] The party lost its seat in 1955.\n", name="x"
    )
    assert study_text(inline) == ["The results were as follows:", "The party lost its seat in 1955."]
    assert [s.title for s in doc.sections] == ["Antoine Lavoisier"]  # no heading made of any of it


def test_liquid_includes_are_captions_and_epigraphs(data_dir):
    from studyapp.text import read_document

    doc = read_document(data_dir / "text_jekyll_article.md")
    assert doc.title == "Visualizing Sovereignty: Cartographic Queries for the Digital Age"
    assert doc.author == "Yarimar Bonilla and Max Hantel"
    assert doc.abstract.startswith("This essay asks how visual representations of the postcolonial Caribbean")
    intro, map_section, digital = doc.sections
    assert [(a.kind, a.text) for a in intro.asides] == [
        (AsideKind.EPIGRAPH, "Between Europe and America I see only specks of dust. \u2014 Charles de Gaulle"),
        (AsideKind.CAPTION, "Map of the Caribbean, altered with arrows in 2010."),
    ]
    assert intro.paragraphs[0].sentences[0].text.startswith("The genesis for this project arose")
    assert [a.kind for a in map_section.asides] == [AsideKind.CAPTION, AsideKind.MARKUP]
    assert map_section.asides[0].text == "Map created by Landon Yarrington in 2011."
    assert [f.number for f in doc.footnotes] == [1, 2]
    assert all("{%" not in t and "<" not in t for t in study_text(doc))
    assert digital.title == "Cartographies for the Digital Age"


def test_a_note_set_in_the_running_text_is_a_note():
    doc = parse_document(
        'T\n\nA DECLARATION OF WAR\n\nAs far as we are concerned, they are all targets." Note: Islamic names '
        "often do not follow the Western practice of the consistent use of surnames. Given the variety of names "
        "we mention, we chose to refer to individuals by the last word in the names by which they are known.\n",
        name="x",
    )
    assert study_text(doc) == ['As far as we are concerned, they are all targets."']
    (note,) = asides(doc, AsideKind.NOTE)
    assert note.text.startswith("Islamic names often do not follow the Western practice")


def test_a_source_label_ending_a_paragraph_is_a_reference_and_joins_no_paragraph():
    doc = parse_document(
        "T\n\nCivil war\n\nThe Civil War began in early 1918. Germany did not participate in the civil war as it "
        "surrendered to the Allied. Source: 1\n\nOf more interests is the anarchist movement of Nestor Makhno in "
        "Ukraine who fought against the White generals, saved Moscow in 1919 from an attack by the general Denikin.\n",
        name="x",
    )
    texts = study_text(doc)
    assert texts[1] == "Germany did not participate in the civil war as it surrendered to the Allied."
    assert texts[2].startswith("Of more interests is the anarchist movement")
    assert [a.text for a in asides(doc, AsideKind.REFERENCE)] == ["Source: 1"]


def test_figure_labels_and_their_captions_are_captions_and_prose_around_them_joins_up():
    doc = parse_document(
        "Visualizing Sovereignty\n\nThe Map and the Territory\n\n"
        "Brown argues that if we are to take seriously the opportunities afforded by digital\n"
        "forms of scholarship, we must remain attentive to how design and interface constitute\n\n"
        "Figure 1.3\n\nSlave Revolt in Jamaica, 1760–1761: A\n\nCartographic Narrative (http://revolt.axismaps.com/map/)\n\n"
        "modes of scholarly argumentation. Whether we engage with the symbolic traditions\n"
        "of maps, charts, and diagrams, we must thus think carefully.\n\n"
        "Figure 1.6\n\nTemporal map of the postcolonial Caribbean\n\n"
        "created by Jeff Blossom and Yarimar Bonilla in 2015.\n\n"
        "Organizationally, the temporal map poses several alternatives to a traditional map.\n",
        name="x",
    )
    assert [a.text for a in asides(doc, AsideKind.CAPTION)] == [
        "Figure 1.3 Slave Revolt in Jamaica, 1760–1761: A Cartographic Narrative (http://revolt.axismaps.com/map/)",
        "Figure 1.6 Temporal map of the postcolonial Caribbean created by Jeff Blossom and Yarimar Bonilla in 2015.",
    ]
    assert study_text(doc)[0] == (
        "Brown argues that if we are to take seriously the opportunities afforded by digital forms of scholarship, "
        "we must remain attentive to how design and interface constitute modes of scholarly argumentation."
    )
    assert [s.title for s in doc.sections] == ["The Map and the Territory"]


def test_licence_lines_are_licence_asides_of_the_document():
    doc = parse_document(
        "T\n\nIntro\n\nmight seek to visually represent it.\n\n"
        "archipelagos • May 2016 • DOI 10.7916/D8CV4HTJ • CC-BY 4.0 International • ISSN: 2689-842X\n\n"
        "In the years that followed, this initial cartographic impulse has led to a series of projects.\n\n"
        "The copyright law of 1790 protected maps and charts.\n",
        name="x",
    )
    assert [a.text for a in asides(doc, AsideKind.LICENCE)] == [
        "archipelagos • May 2016 • DOI 10.7916/D8CV4HTJ • CC-BY 4.0 International • ISSN: 2689-842X"
    ]
    assert "The copyright law of 1790 protected maps and charts." in study_text(doc)  # a word is no licence


def test_a_grid_table_is_a_table_with_its_header_and_never_a_heading():
    doc = parse_document(
        "Marshall Plan\n\nIntro.\n\n\nExpenditures\n\n"
        "The Marshall Plan aid was divided among the participant states on a roughly per capita basis.\n\n"
        "+---------+--------------+--------------+\n"
        "| Country | 1948/49      | 1949/50      |\n"
        "|         | ($ millions) | ($ millions) |\n"
        "+=========+==============+==============+\n"
        "| Austria | 232          | 166          |\n"
        "+---------+--------------+--------------+\n"
        "| TOTALS  | 4,924        | 3,652        |\n"
        "+---------+--------------+--------------+\n\n\n"
        "Loans and grants\n\nThe Marshall Plan, just as GARIOA, consisted of aid both in the form of grants.\n",
        name="x",
    )
    assert [s.title for s in doc.sections] == ["Introduction", "Expenditures", "Loans and grants"]
    (table,) = doc.section("expenditures").asides
    assert isinstance(table, Table) and table.header and table.before == 1
    assert table.rows == (
        ("Country", "1948/49 ($ millions)", "1949/50 ($ millions)"),
        ("Austria", "232", "166"),
        ("TOTALS", "4,924", "3,652"),
    )
    assert not any("232" in t for t in study_text(doc))


def test_pipe_and_space_aligned_tables():
    doc = parse_document(
        "T\n\nAid\n\nThe aid by country:\n\n"
        "| Country | 1948/49 |\n|---|---|\n| Austria | 232 |\n| Belgium | 195 |\n\n"
        "Country        1948/49    1949/50\nAustria        232        166\nFrance         1,085      691\n\n"
        "Both tables show the first two years.\n",
        name="x",
    )
    first, second = doc.sections[0].asides
    assert first.rows == (("Country", "1948/49"), ("Austria", "232"), ("Belgium", "195")) and first.header
    assert second.rows[0] == ("Country", "1948/49", "1949/50") and second.header
    assert study_text(doc) == ["The aid by country:", "Both tables show the first two years."]


def test_a_simple_table_is_a_table_and_its_header_no_heading():
    # An encyclopedia copy (Wikipedia's "Bank of England", as converted): the header over a rule of dashes read
    # as an underlined heading, and the article's own headings were lost behind it.
    doc = parse_document(
        "Bank of England\n\nThe Bank of England is the central bank of the United Kingdom.\n\n\n"
        "History\n\nFounding\n\nThe Bank was founded in 1694.\n\n\n"
        "Governance of the Bank of England\n\nGovernors\n\n"
        "Following is a list of the Governors of the Bank of England since the beginning of the 20th century:\n\n"
        "  | Name                                | Period\n"
        "  ------------------------------------- -----------\n"
        "  Samuel Gladstone                      1899–1901\n"
        "  Rowland Baring (3rd Earl of Cromer)   1961–1966\n"
        "  Mark Carney                           2013–\n\n\n"
        "Court of Directors\n\nThe Court of Directors is a unitary board.\n",
        name="x",
    )
    titles = [s.title for s in doc.sections]
    assert titles[:4] == ["Introduction", "History", "Founding", "Governance of the Bank of England"]
    assert titles[4:] == ["Governors", "Court of Directors"]
    (table,) = doc.section("governors").asides
    assert isinstance(table, Table) and table.header
    assert table.rows == (
        ("Name", "Period"),
        ("Samuel Gladstone", "1899–1901"),
        ("Rowland Baring (3rd Earl of Cromer)", "1961–1966"),
        ("Mark Carney", "2013–"),
    )
    assert not any("Gladstone" in t for t in study_text(doc))


def test_a_simple_table_of_one_column_is_a_table_not_a_heading():
    # An encyclopedia copy (Wikipedia's "Electrical telegraph", as converted): a one-column table read as an
    # underlined heading hid the article's own 18 headings.
    doc = parse_document(
        "Electrical telegraph\n\nAn electrical telegraph is a point-to-point text messaging system.\n\n\n"
        "History\n\nExpansion\n\nMessage by post was still the fastest means of sending a message abroad.\n\n"
        "  A letter by post from London took\n"
        "  -----------------------------------\n"
        "  days\n"
        "  12\n"
        "  13\n\n"
        "  : Worldwide postal speeds in 1852\n\n"
        "Telegraphic improvements\n\nA continuing goal in telegraphy was to reduce the cost per message.\n",
        name="x",
    )
    titles = [s.title for s in doc.sections]
    assert titles == ["Introduction", "History", "Expansion", "Telegraphic improvements"]
    (table,) = [a for a in doc.section("expansion").asides if isinstance(a, Table)]
    assert table.rows == (("A letter by post from London took",), ("days",), ("12",), ("13",))
    # an underlined heading at the margin stays a heading
    heading = parse_document("T\n\nIntro.\n\nExpansion\n---------\n\nThe network grew.\n", name="y")
    assert [s.title for s in heading.sections] == ["Introduction", "Expansion"]


def test_a_numbered_list_set_with_two_spaces_is_a_list_not_a_table():
    doc = parse_document(
        "T\n\nResponses considered\n\nEXCOMM quickly discussed several possible courses of action:\n\n"
        "1.  Do nothing: American vulnerability to Soviet missiles was not new.\n"
        "2.  Diplomacy: Use diplomatic pressure to get the Soviet Union to remove the missiles.\n"
        "3.  Secret approach: Offer Castro the choice of splitting with the Russians or being invaded.\n",
        name="x",
    )
    (numbered,) = doc.sections[0].lists
    assert len(numbered.items) == 3 and not doc.sections[0].asides


def test_a_list_of_sources_in_the_body_is_references_not_a_list_to_study():
    doc = parse_document(
        "T\n\nBackground\n\nThe Commission adopted several acts:\n\n"
        "1. COM(2012) 149 – Communication on the European Cybercrime Centre;\n"
        "2. COM(2013) 48 – Proposal for a directive on network and information security;\n"
        "3. JOIN(2013) 1 – Cybersecurity Strategy of the European Union.\n\n"
        "- Gibson, David R. (2012) Talk at the Brink. Princeton University Press. pp. 99–101.\n"
        "- Ellsberg (2017, p. 206). Retrieved 2018-05-18.\n\n"
        "The courses of action considered:\n\n"
        "1. Do nothing: American vulnerability to Soviet missiles was not new.\n"
        "2. Diplomacy: Use diplomatic pressure to get the Soviet Union to remove the missiles.\n",
        name="x",
    )
    section = doc.sections[0]
    references = [a.text for a in section.asides if a.kind is AsideKind.REFERENCE]
    assert references[0] == "1. COM(2012) 149 – Communication on the European Cybercrime Centre;"
    assert len(references) == 5
    (numbered,) = section.lists
    assert numbered.items[0].text.startswith("Do nothing")


def test_a_caption_that_starts_with_its_image_file_name():
    # Mebyon Kernow (Wikipedia copy of the earlier probe): the caption follows the paragraph's last sentence.
    doc = parse_document(
        "T\n\nFounding (1950s)\n\nDaphne du Maurier, the well-known novelist, was an early member of MK.[32] From its "
        "founding until the 1980s, the party was divided between proponents of ethnic nationalism and proponents "
        "of civic nationalism.[33] Young_Daphne_du_Maurier.jpg, perhaps the best known supporter of Mebyon "
        "Kernow.]]\n",
        name="x",
    )
    assert study_text(doc)[-1] == (
        "From its founding until the 1980s, the party was divided between proponents of ethnic nationalism and "
        "proponents of civic nationalism."
    )
    (caption,) = asides(doc, AsideKind.CAPTION)
    assert caption.text == "Young_Daphne_du_Maurier.jpg, perhaps the best known supporter of Mebyon Kernow."


def test_portrait_captions_are_told_from_headings_that_name_people():
    body = "The treaty was signed in 1868 and opened the ports to trade.\n\n"
    doc = parse_document(
        "A Short History\n\nThe Opening of the Ports\n\n"
        + body
        + "Secretary of State John Hay\n\n"
        + body
        + "President John F. Kennedy and Secretary of State Dean Rusk\n\n"
        + body
        + "President Nixon Visits China\n\n"
        + body
        + "President Kennedy’s Reforms\n\n"
        + body,
        name="x",
    )
    assert [s.title for s in doc.sections] == [
        "The Opening of the Ports",
        "President Nixon Visits China",
        "President Kennedy’s Reforms",
    ]
    assert [a.text for a in asides(doc, AsideKind.CAPTION)] == [
        "Secretary of State John Hay",
        "President John F. Kennedy and Secretary of State Dean Rusk",
    ]


def test_infobox_fields_on_top_of_the_prose_of_their_paragraph_leave_the_prose():
    doc = parse_document(
        "Antoine Lavoisier\n\n|picture_width = 160 |birth_place = Paris | Antoine-Laurent Lavoisier was born to "
        "a wealthy family of the nobility in Paris on 26 August 1743.\n\n{{Infobox scientist | name = Lavoisier}} "
        "The son of an attorney at the Parlement of Paris, he inherited a large fortune at the age of five.\n",
        name="x",
    )
    assert study_text(doc) == [
        "Antoine-Laurent Lavoisier was born to a wealthy family of the nobility in Paris on 26 August 1743.",
        "The son of an attorney at the Parlement of Paris, he inherited a large fortune at the age of five.",
    ]
    assert [a.text for a in asides(doc, AsideKind.MARKUP)] == [
        "|picture_width = 160 |birth_place = Paris |",
        "{{Infobox scientist | name = Lavoisier}}",
    ]


def test_a_gallery_of_file_names_and_captions_is_no_study_text():
    # r39 (Jan Hus): "File:Jan Hus Preaching at the Bethlehem |Alfons Mucha: ... Truth prevails, [...]; part of
    # the 20-painting work, The Slav Epic." asked as a date: a gallery's lines, converted without brackets
    doc = parse_document(
        "Jan Hus\n\n"
        "Jan Hus was a Czech theologian and philosopher who was burned at the stake in 1415.\n\n"
        "File:Vaclav Brozik - Hus.jpg|Painting of Jan Hus at the Council of Constance by Václav Brožík (1883). "
        "File:Jan Hus Preaching at the Bethlehem Chapel.JPG|Alfons Mucha: Master Jan Hus Preaching at the "
        "Bethlehem Chapel: Truth prevails, 1916; part of the 20-painting work, The Slav Epic.\n",
        name="x",
    )
    assert study_text(doc) == [
        "Jan Hus was a Czech theologian and philosopher who was burned at the stake in 1415.",
    ]


def test_a_line_of_image_link_options_is_markup() -> None:
    # r63: "Upright=1.7 At 14:20 on [...], despite heavy haze ..." (a line left by an image link, read into the
    # paragraph after it)
    doc = parse_document(
        "T\n\nContact\n\nBy around 14:00, Beatty's ships were proceeding eastward\n\nupright=1.7\n\nAt 14:20 on 31 "
        "May 1916, scouts from Beatty's force reported enemy ships to the south-east.\n",
        name="x",
    )
    assert not [t for t in study_text(doc) if "upright" in t.lower()]
    assert [a.text for a in asides(doc, AsideKind.MARKUP)] == ["upright=1.7"]
