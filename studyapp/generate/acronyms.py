"""Acronyms an article spells out once ("Bank of England Nominees Limited (BOEN)") and uses bare afterwards.

A card shows one sentence: "When was BOEN dissolved following liquidation?" does not say what BOEN is (blind
read r29; "the BLS", never spelled out, in r25). An item spells out an acronym the article defines, where the
item does not already.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from studyapp.generate.model import TOPIC_MARK

# a run of words and the acronym in brackets right after it: "Bank of England Nominees Limited (BOEN)"
_DEFINED = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|and|for|the|on|in|de|du)\s+)*){1,10})\(([A-Z][A-Z&]{1,9})\)")
_LONGEST = 10  # words


@dataclass(frozen=True)
class Acronyms:
    """The long form of each acronym the article defines."""

    long_forms: dict[str, str] = field(default_factory=dict)
    with_the: frozenset[str] = frozenset()  # acronyms whose long form the article writes after "the"

    @classmethod
    def of(cls, texts: Iterable[str], sections: Iterable[tuple[str, list[str]]] = ()) -> Acronyms:
        """The acronyms ``texts`` define, and those a section's title spells in the section's own sentences
        ("Sony Mobile Communications" over paragraphs that say "SMC": blind read r143, "When did SMC slash its
        workforce ...?"); ``sections`` holds each title and its sentences."""
        found: dict[str, str] = {}
        definite: set[str] = set()
        texts = list(texts)
        for text in texts:
            for match in _DEFINED.finditer(text):
                acronym = match[2]
                long_form = _spelled_by(match[1].split(), acronym)
                if long_form and acronym not in found:
                    found[acronym] = long_form
                    before = text[: match.start(1) + match[1].rindex(long_form.split()[0])].split()
                    if before and before[-1].lower() == "the":
                        definite.add(acronym)
        for title, sentences in sections:
            acronym = _initials(title)
            used = re.compile(rf"(?<![\w(/]){acronym}(?![\w)/])")
            if acronym and acronym not in found and any(used.search(sentence) for sentence in sentences):
                found[acronym] = title
        return cls(found, frozenset(definite))

    def written(self, soften: Callable[[str], str]) -> Acronyms:
        """The long forms as ``soften`` writes them: "HUDSON'S BAY COMPANY", the copy's bold where it defines
        "HBC", is "Hudson's Bay Company" on a card (blind read r51)."""
        softened = {acronym: soften(long_form) for acronym, long_form in self.long_forms.items()}
        return Acronyms(softened, self.with_the)

    def spelled_out_after_heading(self, prompt: str) -> str:
        """``prompt`` with its acronyms spelled out after the heading that opens it ("Romania · NATO and EU
        integration — The country ..."), not in the heading, which a long form there still counts for."""
        heading, mark, told = prompt.partition(TOPIC_MARK)
        return heading + mark + self.spelled_out(told, heading) if mark else self.spelled_out(prompt)

    def spelled_out(self, text: str, heading: str = "") -> str:
        """``text`` with the first bare use of each defined acronym written "Long Form (ACR)", unless the
        text already holds the long form; with "the" where the article writes the long form with it and the
        text has none ("When did NATO take ...?" is "When did the North Atlantic Treaty Organization (NATO)
        take ...?", not "When did North Atlantic Treaty Organization (NATO) take ...?", blind read r70)."""
        for acronym, long_form in self.long_forms.items():
            if acronym not in text or long_form.lower() in f"{heading} {text}".lower():
                continue  # (a heading shown before the text may have spelled it out: "European Union — ... EU")
            match = re.search(rf"(?<![\w(/]){re.escape(acronym)}(?![\w)/])", text)  # not "IP" of "TCP/IP" (r93)
            if match is None:
                continue
            written = f"{long_form} ({acronym})"
            head = text[: match.start()]
            if acronym in self.with_the and not _DETERMINED.search(head) and not _DESCRIBED.search(head):
                written = f"the {written}" if head.strip() else f"The {written}"
            head = _with_indefinite_for(head, long_form)
            text = head + written + text[match.end() :]
        return text


# "an" written for the acronym's sound, before its long form: "An LTTE attack" is "A Liberation Tigers of Tamil Eelam
# (LTTE) attack" (blind read r112: "An Liberation Tigers ...")
_INDEFINITE_BEFORE = re.compile(r"\b([Aa]n?)\s$")


def _with_indefinite_for(head: str, long_form: str) -> str:
    """``head`` with its closing "a" or "an" as ``long_form`` after it needs."""
    found = _INDEFINITE_BEFORE.search(head)
    if found is None:
        return head
    vowel = long_form[:1].lower() in "aeiou" and not long_form.lower().startswith(("uni", "use", "eu", "one"))
    word = "an" if vowel else "a"
    return head[: found.start()] + (word.capitalize() if found.group(1)[0].isupper() else word) + " "


# words after which no "the" goes: "the 114th IOC Session", "Several IOC members" (blind read r90: "Several the
# International Olympic Committee (IOC) members")
_COUNT = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?)"
)
_DETERMINED = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those|several|many|some|all|most|few|each|every|other|"
    rf"{_COUNT}|\d+(?:st|nd|rd|th))\s+$",
    re.I,
)

# ... nor after an article or a count and the words that describe what the acronym qualifies: "the first
# minister-level PRC official" (blind read r106: "the first minister-level the People's Republic of China (PRC)
# official"), "the future CDU" (r116), "three senior FIFA officials" (r130: "three senior the Fédération ...")
_DESCRIBED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|(?i:{_COUNT}))\s+(?:(?!(?:of|and|or|to|in|for|by|with|from|on|at|as|than|that|which|who)\s)[a-z\d][\w-]*\s+){{1,2}}$"
)


_FEWEST_INITIALS = 3


def _initials(title: str) -> str:
    """The capitals a title of capitalized words spells ("Sony Mobile Communications": "SMC"); "" for a title
    with other words ("World War II") or fewer than three."""
    words = title.split()
    if len(words) < _FEWEST_INITIALS or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _spelled_by(words: list[str], acronym: str) -> str:
    """The shortest run of ``words``, ending with the last, whose initials begin the acronym's letters or
    make them all (small words counted or not): "Bank of England Nominees Limited" for BOEN, "North Atlantic
    Treaty Organization" for NATO; "" when none does."""
    letters = acronym.replace("&", "").upper()
    for start in range(len(words) - 1, max(-1, len(words) - 1 - _LONGEST), -1):
        run = words[start:]
        if not run[0][:1].isupper():
            continue
        parts = [part for word in run for part in word.split("-") if part]
        every = "".join(p[0] for p in parts).upper()
        capitals = "".join(p[0] for p in parts if p[0].isupper())
        if capitals == letters or every == letters or (len(letters) >= 3 and every.startswith(letters)):
            return " ".join(run)
    return ""
