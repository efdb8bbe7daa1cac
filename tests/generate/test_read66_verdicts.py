"""Fault classes blind read r66 found on unseen articles (Charles I of England, Erwin Rommel, Fridtjof Nansen,
Mary, Queen of Scots, Oliver Cromwell), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate import items_for_document
from studyapp.text import parse_document


def test_a_phrase_that_names_the_date_again_goes_with_the_date() -> None:
    # r66: "what happened on 30 January 1661? Cromwell's body was exhumed from Westminster Abbey, the 12th
    # anniversary of the execution of Charles I, and was subjected to a posthumous execution" (a broken sentence)
    text = (
        "Oliver Cromwell\n\nOliver Cromwell was an English statesman.\n\nPosthumous execution\n\n"
        "Cromwell's body was exhumed from Westminster Abbey on 30 January 1661, the 12th anniversary of the "
        "execution of Charles I, and was subjected to a posthumous execution.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    told = [i.answer for i in made if i.kind == "date-what"] + [i.prompt for i in made if i.kind == "date-when"]
    assert told and not [t for t in told if "anniversary" in t]
    assert "Cromwell's body was exhumed from Westminster Abbey and was subjected to a posthumous execution." in told


def test_days_between_two_days_are_answered_as_a_span() -> None:
    # r66: "When did Mary visit her son at Stirling for the last time?" answered "21 and 23 April 1567" (two days)
    text = (
        "Mary, Queen of Scots\n\nMary, Queen of Scots, was queen of Scotland.\n\nAbdication\n\n"
        "Between 21 and 23 April 1567, Mary visited her son at Stirling for the last time.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    answers = {i.answer for i in made if i.kind in ("date-when", "date-cloze")}
    assert answers == {"Between 21 and 23 April 1567"}


def test_where_someone_remained_is_not_asked_when() -> None:
    # r66: "When did Charles remain in the southern half of England?" ("a vague state ... fits several years")
    text = (
        "Charles I of England\n\nCharles I was King of England.\n\nFirst English Civil War\n\n"
        "In 1644, Charles remained in the southern half of England while Rupert rode north to relieve Newark and "
        "York, which were under threat from parliamentary and Scottish Covenanter armies.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    assert not [i for i in made if "When did Charles remain" in i.prompt]
    assert [i for i in made if i.kind == "date-cloze" and "Charles remained in the southern half" in i.prompt]
