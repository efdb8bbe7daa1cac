"""Whether a sentence leans on the one before it ("In 1997, he met ...", "The country ...", "This ...").

A sentence leans when, once its leading connectives ("Moreover,") and introductory phrases ("In 1997,",
"Born in Vienna, Austria, in 1908,") are set aside, its subject is a pronoun, a demonstrative, a relative
time ("The same year", "Even earlier") or a generic noun that names something said before ("The country",
"The two"). Such a sentence needs the previous one to be understood on a card.
"""

from __future__ import annotations

import re

_CONNECTIVES = frozenset(
    [
        "moreover",
        "however",
        "thus",
        "therefore",
        "hence",
        "furthermore",
        "additionally",
        "also",
        "indeed",
        "still",
        "yet",
        "but",
        "and",
        "so",
        "nevertheless",
        "nonetheless",
        "consequently",
        "accordingly",
        "meanwhile",
        "instead",
        "likewise",
        "similarly",
        "notably",
        "interestingly",
        "undoubtedly",
        "clearly",
        "now",
    ]
)
_CONJUNCTIONS = frozenset(["and", "but", "or", "nor", "yet", "so", "which", "who", "whom", "whose", "where", "when"])
_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "his",
        "her",
        "its",
        "their",
        "this",
        "these",
        "those",
        "that",
        "such",
        "both",
        "there",
    ]
)
_RELATIVE_TIME = re.compile(
    r"(?i:(?:even\s)?(?:earlier|later|afterwards?|subsequently|thereafter|then)\b"
    r"|(?:the\s(?:same|following|next|previous)|that|this)\s(?:year|month|day|decade|century|time)\b"
    r"|(?:a|one|two|three|four|five|six|ten|several|some)\s(?:years?|months?|days?|decades?)\slater\b)"
)
_GENERIC_NOUNS = frozenset(
    [
        "country",
        "city",
        "government",
        "state",
        "republic",
        "war",
        "conflict",
        "meeting",
        "visit",
        "deal",
        "agreement",
        "treaty",
        "two",
        "latter",
        "same",
        "company",
        "party",
        "president",
        "minister",
        "region",
        "group",
        "move",
        "decision",
        "project",
        "event",
        "pact",
        "talks",
        "alliance",
        "movement",
        "regime",
        "organization",
        "organisation",
        "university",
        "army",
        "men",
        "man",
        "woman",
        "women",
        "people",
        "empire",
        "dynasty",
        "king",
        "queen",
        "emperor",
        "shah",
        "council",
        "parliament",
    ]
)
_INTRO_WORDS = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "since",
        "until",
        "by",
        "from",
        "following",
        "despite",
        "unlike",
        "as",
        "when",
        "while",
        "with",
        "without",
        "under",
        "over",
        "within",
        "throughout",
        "between",
        "among",
        "according",
        "born",
        "having",
        "being",
        "once",
        "upon",
        "amid",
        "toward",
        "towards",
    ]
)
# "It was only in 1828 that ...", "It is clear that ...": an empty "it" that leans on nothing.
_EMPTY_IT = re.compile(r"(?i:it\s(?:was|is|has\sbeen|had\sbeen|would\sbe)\s).*\bthat\b")
# "In 2009 its president ...": a date phrase without a comma, then a pronoun subject.
_DATED_PRONOUN = re.compile(
    r"(?i:(?:in|on|by|during|after|before|since|until)\s[^,]{0,40}?\d{4}s?\s"
    r"(?:he|she|it|they|its|his|her|their|this|these|those)\b)"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_MAX_INTRO_SEGMENTS = 4


def leans_on_previous(sentence: str) -> bool:
    """True when ``sentence`` needs the sentence before it to make sense alone."""
    rest = _skip_connectives(sentence.strip())
    for _ in range(_MAX_INTRO_SEGMENTS + 1):
        if _starts_with_reference(rest):
            return True
        segment, comma, after = rest.partition(",")
        if not comma or not _is_introduction(segment):
            return False
        rest = after.strip()
        if _WORD.match(rest) and _WORD.match(rest).group().lower() in _CONJUNCTIONS:
            return False  # ", and it ..." starts a second clause; the subject came earlier
        rest = _skip_connectives(rest)
    return False


def _skip_connectives(text: str) -> str:
    while True:
        word = _WORD.match(text)
        if word is None or word.group().lower() not in _CONNECTIVES:
            return text
        text = text[word.end() :].lstrip(" ,;")


def _starts_with_reference(text: str) -> bool:
    if _RELATIVE_TIME.match(text) or _DATED_PRONOUN.match(text):
        return True
    words = _WORD.findall(text[:80])
    if not words:
        return False
    first = words[0].lower().removesuffix("'s").removesuffix("’s")
    if first == "it" and _EMPTY_IT.match(text):
        return False
    if first == "both" and len(words) > 1 and words[1][0].isupper():
        return False  # "Both Austria and Hungary ..." names its subjects
    if first in _PRONOUNS:
        return True
    return first == "the" and len(words) > 1 and _bare(words[1]) in _GENERIC_NOUNS and words[1].islower()


def _bare(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("’s")


def _is_introduction(segment: str) -> bool:
    """A leading phrase that is not the subject: "In 1997", "during the war", "Vienna", "1918-1920)"."""
    segment = segment.strip()
    if not segment or segment[0].isdigit() or segment[0] in "(\"'“":
        return True
    words = _WORD.findall(segment)
    if not words:
        return True
    first = words[0].lower()
    if first in _INTRO_WORDS or first.endswith("ing") or first.endswith("ed"):
        return True
    return len(words) <= 3 and all(w[0].isupper() for w in words)  # an appositive place name
