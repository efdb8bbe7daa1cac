"""Fault classes blind read r61 found on unseen articles (Battle of Marathon, Samuel Morse, Skylab, Society of
Jesus, Tycho Brahe), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate import items_for_document
from studyapp.text import parse_document

_PHASES = (
    "Skylab\n\nSkylab was the first space station operated by NASA.\n\nReactivation\n\n"
    "The reactivation of Skylab would likely have occurred in four phases:\n\n"
    "1.  An early Space Shuttle flight would have boosted Skylab to a higher orbit, adding five years of "
    "operational life. The shuttle might have pushed or towed the station, but attaching a booster to the station "
    "would have been more likely.\n"
    "2.  In two shuttle flights, Skylab would have been refurbished. In January 1982, the first mission would have "
    "attached a docking adapter and conducted repairs. In August 1983, a second crew would have replaced several "
    "system components.\n"
    "3.  In March 1984, shuttle crews would have attached a solar-powered Power Expansion Package and refurbished "
    "scientific equipment.\n"
    "4.  Over five years, Skylab would have been expanded to accommodate six to eight astronauts.\n"
)


def test_an_entry_of_two_sentences_is_no_answer_nor_quoted_to_be_numbered() -> None:
    # r61: "What number is “An early Space Shuttle flight would have boosted Skylab ... The shuttle might have ...”
    # among the four phases ...?" and "What is the second of the four phases ...?" answered by a paragraph
    made = items_for_document(parse_document(_PHASES, name="article.txt"))
    entry_items = [i for i in made if i.kind in ("list-item", "list-number")]
    assert not [i for i in entry_items if "boosted Skylab" in i.prompt + i.answer]
    assert not [i for i in entry_items if "refurbished. In January" in i.prompt + i.answer]


def test_born_without_was_is_no_verb_of_the_sentence() -> None:
    # r61: "When did Ignatius of Loyola bear Íñigo López de Loyola, a Spaniard from the Basque city of Loyola?"
    text = (
        "Society of Jesus\n\nThe Society of Jesus is a religious order.\n\nHistory\n\n"
        "On 15 August 1534, Ignatius of Loyola (born Íñigo López de Loyola), a Spaniard from the Basque city of "
        "Loyola, and six others mostly of Castilian origin, all students at the University of Paris, met in "
        "Montmartre.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    assert not [i for i in made if " bear " in i.prompt or i.answer.startswith("Ignatius of Loyola (born")]


def test_what_someone_was_confident_of_is_not_stated_as_fact() -> None:
    # r62: "Hitler could master the Red Army after the [...]." (the text: "Hitler was confident that he could ...")
    text = (
        "Battle of Stalingrad\n\nThe Battle of Stalingrad was fought in 1942 and 1943.\n\nBackground\n\n"
        "Hitler was confident that he could master the Red Army after the winter of 1942, because Army Group Centre "
        "had been rested and re-equipped.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    assert not [i for i in made if i.prompt.split(" — ")[-1].startswith("Hitler could master")]
