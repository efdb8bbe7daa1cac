"""Fault classes the blind read r119 (unseen set 62, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.text import AsideKind, parse_document
from tests.generate.article_items import article_items, encyclopedia_items


def test_a_caption_after_a_bare_file_name_is_a_caption() -> None:
    # r119 ("clean", "worth learning"): "Volcano erupts [...], on Matua Island." from a photograph's caption
    doc = parse_document(
        "Geology\n\nGeology is an earth science.\n\nSarychev_Peak.jpg Volcano erupts June 12, 2009, on Matua "
        "Island. ]]\n\nThe rocks of the crust are old.\n",
        name="x.txt",
    )
    captions = [a.text for s in doc.sections for a in s.asides if a.kind is AsideKind.CAPTION]
    assert any("Volcano erupts June 12, 2009" in c for c in captions)
    assert not [i for i in encyclopedia_items("geology.txt") if "Matua Island" in i.prompt]


def test_running_list_entries_lose_the_words_that_lead_into_the_next() -> None:
    # r119 ("clean"): entry 2 ended "..., which leads to"; entry 3 of a quotation ran on into its next sentence
    lists = [i.prompt for i in encyclopedia_items("ecology.txt") if str(i.kind).startswith("list")]
    assert lists
    assert not [p for p in lists if "which leads to" in p or "A truly interdisciplinary" in p]


def test_a_passive_lead_without_an_object_titles_the_ways() -> None:
    # r119 ("clean"): "What Human ecology may be defined:"
    titles = {i.prompt.split("\n", 1)[0] for i in encyclopedia_items("ecology.txt") if "bioecological" in i.prompt}
    assert titles == {"How human ecology may be defined:"}


def test_the_term_and_another_example_lean_on_the_sentence_before() -> None:
    # r119 ("answerable"): "The term was formally introduced in [...]", "Another example is the Hubbard Brook study,
    # which has been in operation since [...]" (what term? an example of what?)
    offered = [i.prompt for i in encyclopedia_items("ecology.txt")]
    assert not [p for p in offered if "The term was formally introduced" in p and "[...]" in p]
    assert not [p for p in offered if p.startswith("Ecology — Another example")]


def test_only_is_not_asked_with_the_verb() -> None:
    # r119 ("clean"): "When did the US only ratify the International Covenant ...?"
    items = article_items("The US only ratified the ICCPR in 1992.", title="Human rights")
    asked = [i.prompt for i in items if "When did" in i.prompt]
    assert asked and all("the US ratify the ICCPR?" in p for p in asked)


def test_a_verb_in_brackets_is_no_question_of_the_name_before_them() -> None:
    # r119 ("correct", "clean"): "When did Convention on ... Genocide adopt entry into force?" -> 1948
    offered = [i.prompt for i in encyclopedia_items("human_rights.txt")]
    assert not [p for p in offered if "adopt entry into force" in p]


def test_the_number_of_visitors_in_a_year_is_a_figure_not_a_fact() -> None:
    # r119 ("worth learning"): "The number of tourists from Europe grew by 23.1 percent during the first nine months
    # of [...]"
    assert not [i for i in encyclopedia_items("panama.txt") if "23.1 percent" in i.prompt]


def test_a_surname_two_people_bear_is_written_in_full() -> None:
    # r119 ("answerable"): "When did Torrijos die in a plane crash?" of an article on Omar and Martín Torrijos
    asked = [i.prompt for i in encyclopedia_items("panama.txt") if "plane crash" in i.prompt]
    assert asked and all("Omar Torrijos died" in p or "Omar Torrijos die" in p for p in asked)


def test_a_surname_of_the_title_is_the_articles_own() -> None:
    # judged good: "When did Tesla return to Smiljan?"; his father Milutin Tesla is named before it
    asked = [i.prompt for i in encyclopedia_items("nikola_tesla.txt") if "return to Smiljan" in i.prompt]
    assert asked and not [p for p in asked if "Milutin" in p]
