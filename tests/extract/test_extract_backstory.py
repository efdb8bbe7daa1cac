"""A day written without its year takes the story's year, not a year told in the past perfect before it in the
sentence (blind read r62, the Six-Day War article, Wikipedia, CC BY-SA)."""

from studyapp.extract import find_facts
from studyapp.text import parse_document


def test_a_year_told_in_the_past_perfect_does_not_date_the_day_after_it() -> None:
    doc = parse_document(
        "Six-Day War\n\nThe Six-Day War was fought in June 1967.\n\nBackground\n\n"
        "In May 1967, Nasser received false reports from the Soviet Union that Israel was massing on the Syrian "
        "border. Nasser began massing his troops in two defensive lines in the Sinai Peninsula (16 May). Israel "
        "repeated declarations it had made in 1957 that any closure of the Straits would be considered an act of "
        "war, but Nasser closed the Straits to Israeli shipping on 22–23 May.\n",
        name="article.txt",
    )
    (closed,) = [f for f in find_facts(doc) if f.date.text == "22–23 May"]
    assert closed.date.start.startswith("1967-05")
