"""Fault classes the blind read r127 (unseen set 68, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from pathlib import Path

from studyapp.generate import Kind
from studyapp.text import read_document
from studyapp.text.sentences import split_sentences
from tests.generate.article_items import article_items, encyclopedia_items

_ENCYCLOPEDIA = Path(__file__).parents[1] / "data" / "encyclopedia"


def test_a_title_line_that_opens_a_bracket_it_never_closes_is_cut_before_it() -> None:
    # r127 ("clean", 23 items): every item of two articles headed "Claudius (;Classical Latin spelling and
    # reconstructed Classical Latin pronunciation of the name of Claudius — ..."
    assert read_document(str(_ENCYCLOPEDIA / "claudius.txt")).title == "CLAUDIUS"
    assert read_document(str(_ENCYCLOPEDIA / "caligula.txt")).title == "CALIGULA"
    prompts = [i.prompt for i in encyclopedia_items("claudius.txt")]
    assert prompts and not [p for p in prompts if "Classical Latin" in p.split(" — ")[0]]


def test_a_reign_mark_before_a_year_ends_no_sentence() -> None:
    # r127 ("correct", "clean"): "When did Suleiman enter Constantinople and ascend to the throne ...?" answered
    # "1512–1520", a cut piece of "Selim I (r. 1512–1520)"
    text = "Upon the death of his father, Selim I (r. 1512–1520), Suleiman entered Constantinople. It was 1520."
    assert split_sentences(text)[0].endswith("entered Constantinople.")
    made = [i for i in encyclopedia_items("suleiman_the_magnificent.txt") if i.answer == "1512–1520"]
    assert not [i for i in made if i.kind is Kind.DATE_WHEN]


def test_married_to_is_asked_as_marry() -> None:
    # r127 ("clean"): "When did Hafise Hanim Sultan (...) marry to Hadım Hasan Pasha?"
    items = article_items("Hafise Hanim Sultan married in 1580 to Hadım Hasan Pasha.", title="Suleiman the Magnificent")
    asked = {i.prompt for i in items if i.kind is Kind.DATE_WHEN}
    assert asked == {"Suleiman the Magnificent — When did Hafise Hanim Sultan marry Hadım Hasan Pasha?"}


def test_a_study_named_by_its_authors_et_al_is_the_sources_year() -> None:
    # r127 ("answerable", "worth learning"): "More recently, in [...], Alam, et al., studied stool samples ...", and
    # the same study placed on a time line of the history of cholera
    made = [i for i in encyclopedia_items("cholera.txt") if "Alam" in i.prompt]
    assert not made
    kept = article_items(
        "In 1854, John Snow found a link between cholera and contaminated drinking water.", title="Cholera"
    )
    assert [i for i in kept if i.kind is Kind.DATE_WHEN]
