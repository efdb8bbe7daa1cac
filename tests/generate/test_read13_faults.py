"""Fault classes of blind read r13 (development articles and the bundled one, 99 items; and the held-out
articles, 100 items; tests/quality/README.md), each tested with the sentence the readers saw in an item."""

from __future__ import annotations

from article_items import article, article_items

from studyapp.extract import find_facts
from studyapp.generate import StudyItem
from studyapp.generate.chronology import describe
from studyapp.language.english import reads_as_english
from studyapp.text import Document


def _doc(*sentences: str) -> Document:
    return article(*sentences, title="Views From the Embassy")


def _items(*sentences: str, keep_all: bool = False) -> list[StudyItem]:
    return article_items(*sentences, title="Views From the Embassy", keep_all=keep_all)


def test_what_is_compared_with_or_counted_in_an_earlier_sentence_leans_on_it() -> None:
    for sentence, answer in (
        ("Similar meetings between Iraqi officials and Bin Ladin or his aides may have occurred in 1999.", "1999"),
        ("A larger meeting was convened in Paris in July 1947.", "July 1947"),
        (
            "Carolyn Herrick was an equally prominent, supportive proponent of the fledgling American Ambulance "
            "Hospital in August 1914.",
            "August 1914",
        ),
        (
            "The La France docked at Le Havre in the early morning hours of September 2, 1914, where U.S. Consul "
            "John Ball Osborne met the two Ambassadors.",
            "September 2, 1914",
        ),
        (
            "BBC journalist Joe Matthews published the story on October 13, 2012, behind the 100 tactical nuclear "
            "warheads mentioned by Graham Allison in the excerpt above.",
            "October 13, 2012",
        ),
    ):
        made = [i for i in _items(sentence, keep_all=True) if i.answer == answer]
        assert made and all("leans on the sentence before" in i.quality.reasons for i in made), sentence
    kept = _items("The larger share of the aid went to Britain than to France in 1948.")
    assert [i for i in kept if i.answer == "1948"]  # a comparison the sentence completes


def test_what_had_happened_before_is_no_happening_of_its_date() -> None:
    # "What happened in May 1961? The Kennedy administration had been publicly embarrassed by ..."; "Hage had
    # worked with Bin Ladin in Afghanistan." on a time line
    sentence = "In May 1961, the Kennedy administration had been publicly embarrassed by the Bay of Pigs invasion."
    kinds = {str(i.kind) for i in _items(sentence) if i.answer == "May 1961"}
    assert "date-cloze" in kinds and "date-what" not in kinds
    (fact,) = find_facts(_doc(sentence))
    assert describe(fact) is None


def test_an_emphatic_himself_leaves_the_question() -> None:
    # "When was Lavoisier himself removed from the commission ...?"
    sentence = (
        "On 23 December 1793, Lavoisier himself was removed from the commission on weights and measures, together "
        "with Laplace, for political reasons."
    )
    (when,) = [i for i in _items(sentence) if str(i.kind) == "date-when"]
    assert when.prompt.endswith(
        "When was Lavoisier removed from the commission on weights and measures, together with Laplace, for "
        "political reasons?"
    )


def test_an_event_told_in_the_present_is_no_event_of_a_time_line() -> None:
    # "Aruba breaks away." among events told in the past
    facts = {f.date.text: f for f in find_facts(_doc("In 1986, Aruba breaks away from the Netherlands Antilles."))}
    assert describe(facts["1986"]) is None


def test_a_sentence_in_another_language_is_not_asked() -> None:
    # r8-r12: "Sa ki fè, an [...] lè n al relouvri radyo a... tout achiv yo te la." (Haitian Creole)
    creole = "Sa ki fè, an 1986 lè n al relouvri radyo a... tout achiv yo te la."
    french = "Mémoire contenant les expériences faites sur la chaleur, pendant l'hiver de 1783 à 1784."
    assert not reads_as_english(creole) and not reads_as_english(french)
    assert reads_as_english("By 1962, frequent U-2 spy flights showed four operational sites.")
    assert reads_as_english("In 1997, President Heydar Aliyev met with Israeli Prime Minister Benjamin Netanyahu.")
    quoted = (
        "Donk, nan radyo a, ant 1970, lè Jean kòmanse radyo a kòm radyo pa l, epi lè Michèle kòmanse vin travay nan "
        "radyo a, yo te kenbe achiv."
    )
    made = [i for i in _items(quoted, keep_all=True) if i.answer == "1970"]
    assert made and all("not written in English" in i.quality.reasons for i in made)
    assert not [i for i in _items(quoted) if i.answer == "1970"]


def test_the_articles_own_year_is_offered_no_choices() -> None:
    # "In [...], the Soviets had only 20 ICBMs ..." in "Cuban Missile Crisis": 1960, 1961 and 1963 beside 1962
    crisis = [f"On October {day}, 1962, the ships of the fleet moved to the line." for day in range(14, 26)]
    icbms = "In 1962, the Soviets had only 20 ICBMs capable of reaching the United States."
    treaty = "In 1963, the Limited Test Ban Treaty was signed in Moscow."
    items = _items(*crisis, icbms, treaty)
    assert "date-cloze" in {str(i.kind) for i in items if i.answer == "1962"}
    assert not [i for i in items if str(i.kind) == "date-choice" and i.answer == "1962"]
    assert [i for i in items if str(i.kind) == "date-choice" and i.answer == "1963"]
