"""Fault classes blind read r68 found on unseen articles (Continuation War, Finnish Civil War, Operation Barbarossa,
Russian Civil War, Spanish–American War), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate import items_for_document
from studyapp.text import parse_document


def test_a_span_that_opens_the_clause_is_gapped_in_the_clause_without_the_sentences_link_word() -> None:
    # r68: "Also, [...], 161 new divisions were activated." (the clause, without "Also,", was not found to hold its
    # date, written "Between" there and "between" in the sentence, so the whole sentence was shown)
    text = (
        "Operation Barbarossa\n\nOperation Barbarossa was the invasion of the Soviet Union.\n\nSoviet preparations\n\n"
        "Also, between January 1939 and May 1941, 161 new divisions were activated.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    clozes = [i.prompt.split(" — ")[-1] for i in made if i.kind == "date-cloze"]
    assert clozes == ["[...], 161 new divisions were activated."]
