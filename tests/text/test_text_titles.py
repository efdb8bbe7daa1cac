from pathlib import Path

import pytest

from studyapp.text import parse_document, read_document
from studyapp.text.titles import display_title


def test_all_caps_titles_read_naturally():
    assert display_title("THE FALL OF THE REPUBLIC AND ITS CAUSES") == "The Fall of the Republic and Its Causes"
    assert display_title("POLICY VIS-\u00c0-VIS THE NEIGHBOURS") == "Policy Vis-\u00e0-Vis the Neighbours"
    assert display_title("WORLD WAR II AND THE U.S. NAVY") == "World War II and the U.S. Navy"
    assert display_title("THE NATION'S DEBT IN 1914") == "The Nation's Debt in 1914"


def test_other_titles_stay_as_written():
    assert display_title("Historical Factors") == "Historical Factors"
    assert display_title("iPhone sales in the EU") == "iPhone sales in the EU"


def test_document_and_sections_expose_display_titles_and_keep_the_original():
    doc = parse_document("A TALE OF TWO PORTS\n\nTHE NORTHERN HARBOUR\n\nText.\n", name="x")
    assert doc.title == "A TALE OF TWO PORTS" and doc.display_title == "A Tale of Two Ports"
    assert doc.sections[0].title == "THE NORTHERN HARBOUR"
    assert doc.sections[0].display_title == "The Northern Harbour"


def test_a_document_without_a_title_is_named_after_its_file_in_words():
    from studyapp.text import parse_document

    doc = parse_document(
        "Only a paragraph of prose, with no heading at all, and a date in 1990.\n", name="water_policy-notes"
    )
    assert doc.title == "Water policy notes"


def test_an_untitled_document_takes_its_file_name_as_its_opening_writes_it():
    # an encyclopedia copy with no title line (Wikipedia, CC BY-SA): "alexander_fleming" was "Alexander fleming"
    opening = (
        "SIR ALEXANDER FLEMING [1] (6 August 1881 – 11 March 1955) was a Scottish biologist, physician, "
        "microbiologist, and pharmacologist.\n"
    )
    assert parse_document(opening, name="alexander_fleming").title == "Alexander Fleming"
    tower = "The Eiffel Tower is a wrought-iron lattice tower on the Champ de Mars in Paris, France.\n"
    assert parse_document(tower, name="eiffel-tower").title == "Eiffel Tower"


def test_an_untitled_document_takes_its_name_as_its_sentences_write_it_not_as_its_bold():
    # r52: "leonardo_da_vinci" was "Leonardo Da Vinci" on every card, from the bold "LEONARDO DA VINCI"
    opening = (
        "LEONARDO DI SER PIERO DA VINCI (14/15 April 1452 - 2 May 1519), more commonly LEONARDO DA VINCI, was an "
        "Italian polymath of the Renaissance. Leonardo da Vinci is widely regarded as one of the greatest painters.\n"
    )
    assert parse_document(opening, name="leonardo_da_vinci").title == "Leonardo da Vinci"


def test_a_name_known_only_in_bold_keeps_the_particle_the_text_writes_in_lower_case():
    # "otto_von_bismarck" was "Otto Von Bismarck" on every card: the text writes the name whole only in its bold
    opening = (
        "OTTO EDUARD LEOPOLD, PRINCE OF BISMARCK (1 April 1815 - 30 July 1898), known as OTTO VON BISMARCK, was a "
        "conservative Prussian statesman. His cousin, Albrecht von Roon, and Wilhelm von Humboldt wrote to him.\n"
    )
    assert parse_document(opening, name="otto_von_bismarck").title == "Otto von Bismarck"


def test_an_epithet_in_bold_keeps_its_capital_though_the_text_writes_the_word_in_lower_case():
    # r89: the template tail gone, "constantine_the_great" was "Constantine the great" ("the great persecution")
    articles = Path(__file__).parents[1] / "data" / "encyclopedia"
    assert read_document(articles / "constantine_the_great.txt").title == "Constantine the Great"
    assert read_document(articles / "qing_dynasty.txt").title == "Qing dynasty"


@pytest.mark.parametrize(
    ("article", "title"),
    [
        ("american_revolutionary_war.txt", "American Revolutionary War"),  # not "war" of "the war" (r84 header)
        ("mary_queen_of_scots.txt", "Mary, Queen of Scots"),  # "MARY, QUEEN OF SCOTS": the file name drops the comma
        ("dwight_d_eisenhower.txt", "Dwight D. Eisenhower"),
        ("spanish_american_war.txt", "Spanish–American War"),  # "SPANISH–AMERICAN WAR", with its dash
        ("nato.txt", "NATO"),  # written so wherever the text names it
        ("qing_dynasty.txt", "Qing dynasty"),
        # "The 113TH HEAVY ANTI-AIRCRAFT REGIMENT (113th HAA Rgt) was ... of the British Army's Royal Artillery": the
        # file name's two names, each as the text writes it (r168: "113th Heavy anti aircraft regiment ...")
        (
            "113th_heavy_anti_aircraft_regiment_royal_artillery.txt",
            "113th Heavy Anti-Aircraft Regiment Royal Artillery",
        ),
        ("charles_i_of_england.txt", "Charles I of England"),
    ],
)
def test_a_title_from_a_file_name_is_written_as_the_article_writes_the_name(article: str, title: str) -> None:
    assert read_document(Path(__file__).parents[1] / "data" / "encyclopedia" / article).title == title


def test_the_tail_of_a_template_whose_opening_the_copy_cut_is_no_title():
    # r89: every Constantine card was headed "Patriarch Constantine of Constantinople}}" (0 of 23 good)
    text = (
        "Patriarch Constantine of Constantinople}}\n\nCONSTANTINE THE GREAT (27 February 272 AD – 22 May 337 AD) "
        "was a Roman Emperor who ruled between 306 and 337 AD.\n"
    )
    document = parse_document(text, name="constantine_the_great")
    assert document.title == "Constantine the Great"
    assert "}}" not in " ".join(block.text for s in document.sections for block in s.blocks if hasattr(block, "text"))


def test_the_tail_of_an_image_caption_above_an_untitled_copy_is_no_title():
    # r55: every Renaissance card was headed "Michelangelo's_David_2015.jpg'', by Michelangelo (1501–1504), ..."
    text = (
        "Michelangelo's_David_2015.jpg'', by Michelangelo (1501–1504), Accademia di Belle Arti, Florence, Italy, is "
        "a masterpiece of Renaissance and world art.]]\n\nThe RENAISSANCE is a period in European history, covering "
        "the span between the 14th and 17th centuries.\n"
    )
    assert parse_document(text, name="renaissance").title == "Renaissance"


def test_an_untitled_document_whose_opening_does_not_name_it_keeps_its_file_name():
    doc = parse_document("The policy changed in 1990, and water grew dear.\n", name="water_policy-notes")
    assert doc.title == "Water policy notes"
    doc = parse_document("Water policy notes are kept here since 1990.\n", name="water_policy-notes")
    assert doc.title == "Water policy notes"  # a capital only where the sentence starts names nothing


def test_an_untitled_document_named_with_capitals_only_later_takes_them():
    # blind read r46: "Ada lovelace — ..." on every card of a copy opening "AUGUSTA ADA KING, COUNTESS OF LOVELACE"
    text = (
        "AUGUSTA ADA KING, COUNTESS OF LOVELACE (10 December 1815 – 27 November 1852) was an English mathematician.\n\n"
        "Ada Lovelace Day is an annual event celebrated since 2009.\n"
    )
    assert parse_document(text, name="ada_lovelace").title == "Ada Lovelace"


def test_an_untitled_document_writes_each_word_of_its_file_name_as_its_prose_does():
    text = "The engine was built by Babbage in 1834. Later, the work of Babbage was praised by his friend.\n"
    assert parse_document(text, name="engine_of_babbage").title == "Engine of Babbage"


def test_a_line_of_image_file_names_above_an_untitled_copy_is_no_title():
    # read r49: every card of "Battle of Gettysburg" was headed "ATLAS_OR_VIRGINIA-MARYLAND-PENNSYLVANIA.jpg ..."
    doc = parse_document(
        "ATLAS_OR_VIRGINIA-MARYLAND-PENNSYLVANIA.jpg ATLAS_OR_GETTYSBURG_CAMPAIGN_MAP.jpg\n\n"
        "The BATTLE OF GETTYSBURG was fought July 1–3, 1863, in and around the town of Gettysburg, Pennsylvania. "
        "The Battle of Gettysburg was the war's turning point.\n",
        name="battle_of_gettysburg",
    )
    assert ".jpg" not in doc.title
    assert doc.title == "Battle of Gettysburg"


@pytest.mark.parametrize(
    ("name", "text", "title"),
    [
        # r80 ("clean", every item of the article): "Louis Xiv of France", a numeral capitalized as a word
        (
            "louis_xiv_of_france",
            "LOUIS XIV (Louis-Dieudonné; 5 September 1638 – 1 September 1715) was King of France from 1643.\n\n"
            "In 1660 Louis XIV married Maria Theresa. The court of Louis XIV moved to Versailles in 1682.\n",
            "Louis XIV of France",
        ),
        # r81 ("clean", every item of the article): "Chiang Kai shek", without the text's hyphen
        (
            "chiang_kai_shek",
            "CHIANG KAI-SHEK (31 October 1887 – 5 April 1975) was a Chinese politician.\n\n"
            "In 1928 Chiang Kai-shek led.\n",
            "Chiang Kai-shek",
        ),
    ],
)
def test_an_untitled_document_writes_its_file_names_words_as_its_text_does(name: str, text: str, title: str):
    assert parse_document(text, name=name).title == title


def test_a_note_template_in_the_first_line_is_no_title_and_no_prose():
    # r80 ("clean", every item of the article): the title was "AUGUSTUS ({{#tag:ref|Classical Latin spelling ..."
    text = (
        "AUGUSTUS (;{{#tag:ref|Classical Latin spelling of the names of Augustus:\n\n1.\n\n2.\n\n"
        'The spelling occurs in inscriptions ()|group="nb"}} 23 September 63 BC – 19 August AD 14) was a Roman '
        "statesman and military leader who was the first emperor of the Roman Empire.\n\n"
        "Early life\n\nWhile in Egypt, Antony had fathered three children with her.{{#tag:ref|These were Alexander "
        'Helios, Cleopatra Selene II, and Ptolemy Philadelphus.|group="nb"}} Octavian won in 31 BC.\n'
    )
    doc = parse_document(text, name="augustus")
    shown = " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert doc.title == "Augustus"
    assert "{{" not in shown and "group=" not in shown
    assert "AUGUSTUS (23 September 63 BC" in shown and "three children with her. Octavian won" in shown


def test_a_first_sentence_with_its_note_mark_is_no_title() -> None:
    # r101 ("clean"): every item of an article headed "Anglicanism is a Western Christian tradition which has
    # developed ... following the English Reformation." (its first paragraph, one sentence ending ".[1]")
    text = (
        "ANGLICANISM is a Western Christian tradition which has developed from the practices, liturgy, and identity "
        "of the Church of England following the English Reformation.[1]\n\n"
        'Adherents of Anglicanism are called "Anglicans". In 1534 Henry VIII broke with Rome.\n'
    )
    doc = parse_document(text, name="anglicanism")
    assert doc.title == "Anglicanism"
    assert "Western Christian tradition" in " ".join(s.text for p in doc.sections[0].paragraphs for s in p.sentences)


def test_an_acronym_in_a_heading_in_capitals_stays_in_capitals():
    # r168 ("clean"): a list's caption "O AA ASSAULT GROUP" headed its section's cards "O Aa Assault Group"
    assert display_title("O AA ASSAULT GROUP") == "O AA Assault Group"
    assert display_title("THE BBC AND THE NHS") == "The BBC and the NHS"
    assert display_title("ST PAUL AND MR SMITH") == "St Paul and Mr Smith"  # abbreviations of words are words
    assert display_title("THE 86TH SEARCHLIGHT REGIMENT") == "The 86th Searchlight Regiment"
