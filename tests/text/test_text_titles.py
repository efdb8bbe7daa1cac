from studyapp.text import parse_document
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
