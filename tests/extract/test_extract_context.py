"""Which sentences lean on the one before them."""

from __future__ import annotations

import pytest

from studyapp.extract.context import leans_on_previous


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1997, he met with Israeli Prime Minister Benjamin Netanyahu.",
        "Born in Baku, Azerbaijan, in 1908, he enrolled in Baku State University in 1922.",
        "This key point has deep historical roots.",
        "The country's political development has differed from that of Iran.",
        "It declared equal rights to all citizens in 1918.",
        "They signed the treaty in 1921.",
        "The same year, both countries revived plans for giant dams.",
        "Even earlier, in 1883, oil companies entered the scene in Baku.",
        "Moreover, in 2009 its president visited Baku.",
        "Two years later, the company moved to Vienna.",
        "The two discussed the Iranian threat in 1997.",
    ],
)
def test_sentences_that_lean_on_the_previous_one(sentence: str) -> None:
    assert leans_on_previous(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1997, during an official visit to the United States, President Heydar Aliyev met them.",
        "The Russo-Georgian War of 2008 shifted South Caucasus politics significantly.",
        "It was only in the nineteenth century with the 1828 Treaty of Turkmenchay that Russia gained control.",
        "Iran welcomed the Russo-Georgian war of 2008, which it saw as an opportunity.",
        "Since 2017 the port has handled more than 60 million tonnes a year, and it is the largest port.",
        "At a May 2009 conference, the former head of intelligence said so.",
        "Both Azerbaijan and Israel rejected the allegations in 2012.",
        "The Azerbaijan Democratic Republic adopted a secular system in 1918.",
        "",
    ],
)
def test_sentences_that_stand_alone(sentence: str) -> None:
    assert not leans_on_previous(sentence)
