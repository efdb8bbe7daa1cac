"""Sentence splitting, footnote markers and display cleaning."""

import pytest

from studyapp.text import parse_document
from studyapp.text.inline import clean_inline
from studyapp.text.markers import extract_markers
from studyapp.text.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He moved to the U.S. in 1990. He stayed.", ["He moved to the U.S. in 1990.", "He stayed."]),
        ("It is based in Washington, D.C. The city grew.", ["It is based in Washington, D.C.", "The city grew."]),
        ("Dr. Ariel Cohen spoke. Gen. Smith left on Jan. 5.", ["Dr. Ariel Cohen spoke.", "Gen. Smith left on Jan. 5."]),
        ("Mahir Khan, Ph.D. is an analyst. He writes.", ["Mahir Khan, Ph.D. is an analyst.", "He writes."]),
        (
            "Mr. Brown lives on St. James Street. No. 10 is his.",
            ["Mr. Brown lives on St. James Street.", "No. 10 is his."],
        ),
        ("See Vol. 12 of the series. It helps.", ["See Vol. 12 of the series.", "It helps."]),
        ("Fruit, e.g. Apples, and grains, i.e. Wheat. Done.", ["Fruit, e.g. Apples, and grains, i.e. Wheat.", "Done."]),
        ("Audrey L. Altstadt wrote it. Others agreed.", ["Audrey L. Altstadt wrote it.", "Others agreed."]),
        ("Pens, paper, etc. The rest came later.", ["Pens, paper, etc.", "The rest came later."]),
        ('He then said, "I am happy." He then left.', ['He then said, "I am happy."', "He then left."]),
        (
            '"I am happy to host you. This is a visit," he said. Then he left.',
            ['"I am happy to host you. This is a visit," he said.', "Then he left."],
        ),
        ('"Are you sure?" she asked. He was.', ['"Are you sure?" she asked.', "He was."]),
        ("They were identical... were they not? Yes.", ["They were identical... were they not?", "Yes."]),
        ("It waited... Then it struck.", ["It waited...", "Then it struck."]),
        (
            "It lasted for centuries.\u00b9 The presence began.",
            ["It lasted for centuries.\u00b9", "The presence began."],
        ),
        ("Iran objected.\u00b2\u00b3 Baku did not.", ["Iran objected.\u00b2\u00b3", "Baku did not."]),
        ("It was signed.[4] Then ratified.[^5] Then kept.", ["It was signed.[4]", "Then ratified.[^5]", "Then kept."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ("In 1918. The war ended.", ["In 1918.", "The war ended."]),
        # a numeral after a name ends a sentence before its opening word (r77: "World War I. They moved ...")
        ("It came into World War I. They moved.", ["It came into World War I.", "They moved."]),
        (
            "It began under King Christian V. After that, it grew.",
            ["It began under King Christian V.", "After that, it grew."],
        ),
        ("Harry S. Truman spoke. Then Henry V. Smith did.", ["Harry S. Truman spoke.", "Then Henry V. Smith did."]),
        # a full stop the copy lost before a note marker (r156), but not a marker inside a sentence before a name
        (
            "Only 17 senators voted against it on March 13, 1948[91] A bill granting an initial sum passed.",
            ["Only 17 senators voted against it on March 13, 1948[91]", "A bill granting an initial sum passed."],
        ),
        (
            "It was made of the Swiss[108] and Swedish[109] Armed Forces. Like the French[94] Communist party, it fell",
            [
                "It was made of the Swiss[108] and Swedish[109] Armed Forces.",
                "Like the French[94] Communist party, it fell",
            ],
        ),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_markers_become_numbers_and_leave_the_text():
    assert extract_markers("Iran objected,\u00b9 and Baku\u00b2\u00b3 did not.\u2074") == (
        "Iran objected, and Baku did not.",
        (1, 23, 4),
    )
    assert extract_markers("Signed [1] in Paris [2, 3] and Rome [5-7].") == (
        "Signed in Paris and Rome.",
        (1, 2, 3, 5, 6, 7),
    )
    assert extract_markers("A note.[^n]", {"n": 9}) == ("A note.", (9,))


def test_exponents_and_bracketed_words_are_not_markers():
    assert extract_markers("An area of 16 km\u00b2 in all.") == ("An area of 16 km\u00b2 in all.", ())
    assert extract_markers("with [the] Jewish state") == ("with [the] Jewish state", ())


def test_clean_inline_markdown_leftovers():
    assert clean_inline("*italics* and **bold** and _under_ here") == "italics and bold and under here"
    assert clean_inline("see <http://example.org/a_b> now") == "see http://example.org/a_b now"
    assert clean_inline("[the archive](http://example.org) and \\$2.1 billion") == "the archive and $2.1 billion"
    assert clean_inline("(ADR, 1918-1920)--which formed") == "(ADR, 1918-1920)\u2014which formed"
    assert clean_inline("snake_case_name stays, 3 \\* 4 and \\[x\\]") == "snake_case_name stays, 3 * 4 and [x]"


def test_markers_in_a_parsed_document_after_comma_and_mid_sentence():
    doc = parse_document(
        "FIRST\n\nThe treaty,\u00b9 signed in Paris\u00b2 in 1920, failed.\u00b3 A second one held.\n\n"
        "NOTES\n\n\u00b9 One.\n\n\u00b2 Two.\n\n\u00b3 Three.\n",
        name="t",
    )
    sentences = doc.sections[0].paragraphs[0].sentences
    assert sentences[0].text == "The treaty, signed in Paris in 1920, failed."
    assert sentences[0].footnotes == (1, 2, 3)
    assert sentences[1].footnotes == ()
    assert [f.text for f in doc.footnotes] == ["One.", "Two.", "Three."]


def test_sentence_faults_found_by_comparing_with_pysbd_on_the_corpus():
    # A sentence closed inside a quotation in brackets ends there (antoine_lavoisier.txt).
    assert (
        split_sentences(
            'It is paraphrased from a statement in his "Traité Élémentaire de Chimie" to "Rien ne se perd, rien ne se '
            'crée, tout se transforme." ("Nothing is lost, nothing is created, everything is transformed."). Mikhail '
            "Lomonosov (1711–1765) had previously expressed similar ideas in 1748."
        )[-1]
        == "Mikhail Lomonosov (1711–1765) had previously expressed similar ideas in 1748."
    )
    # "Messrs." and "lit." end no sentence.
    assert split_sentences(
        "Memoir on Heat: Read to the Royal Academy of Sciences, 28 June 1783, by Messrs. Lavoisier & De La Place "
        "of the same Academy."
    ) == [
        "Memoir on Heat: Read to the Royal Academy of Sciences, 28 June 1783, by Messrs. Lavoisier & De La Place "
        "of the same Academy."
    ]
    assert len(split_sentences("(Paris: Chez Cuchet, 1789) (lit. Elementary Treatise on Chemistry) also here")) == 1
