"""What a numbered list holds, read from the sentence that announces it (its lead).

"EXCOMM ... quickly discussed several possible courses of action:" announces "the possible courses of action
discussed by EXCOMM"; "He urged ... by providing four recommendations for the program's administrators:"
(after a sentence about Maurice Tobin, in a section on the Technical Assistance Program) announces "Maurice
Tobin's four recommendations for the administrators of the Technical Assistance Program". This module finds
the plural noun the lead announces and what the lead's pronouns and "the program" stand for;
``studyapp.language.lead_phrases`` says it as a title. A lead that announces nothing readable gives no title
(the caller then says plainly where the list is).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studyapp.language.lead_phrases import (
    ANNOUNCING,
    COLLECTIVE,
    ORDERED_COLLECTIVE,
    LeadTitle,
    cap,
    clause_title,
    noun_title,
    noun_words,
    number,
)
from studyapp.language.noun_phrases import STANDING_PRONOUNS, Context, names_in_titles, referents, rule_singular
from studyapp.language.recent_parses import parse_texts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LEANING = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them"})
_MAX_HEADING_WORDS = 8
_CUES = ("following", "as follows", "below", "these", "those", "include", "including", "namely")
_POINTING = frozenset({"follow", "following", "below"})  # "as follows", "the following", "listed below"


@dataclass(frozen=True)
class Lead:
    """A list's lead and what it may lean on.

    Attributes:
        text: the lead sentence ("... discussed several possible courses of action:"), or a heading.
        before: the sentence before it ("" when none), where "he" or "they" find their referent.
        titles: the section's title, its parent's and the document's, which may name "the council".
        entries: how many entries the list has (a number in the lead that matches it is kept).
        heading: the lead is a heading, not a sentence (no announcing words needed).
        counting: the text is a sentence before the lead, that names the list only where it counts its entries
            ("The theory has three parts." before "These are:"; no announcing words needed).
    """

    text: str
    before: str = ""
    titles: tuple[str, ...] = ()
    entries: int = 0
    heading: bool = False
    counting: bool = False


def lead_titles(leads: Sequence[Lead]) -> list[LeadTitle | None]:
    """A title for each lead, or None where the lead announces nothing a title can be made of.

    Parses in two batches: the leads that announce a list, then only what their words lean on (the sentence
    before a lead with a pronoun, the titles that may name "the council")."""
    wanted = {_parsed_text(lead) for lead in leads if lead.heading or lead.counting or announces(lead.text)}
    parsed = parse_texts(wanted)
    needed: set[str] = set()
    for lead in leads:
        doc = parsed.get(_parsed_text(lead))
        if doc is not None and not lead.heading:
            if any(t.pos_ == "PRON" and t.lower_ in _LEANING for t in doc):
                needed.add(lead.before)
            if any(t.pos_ == "NOUN" and t.lower_ == t.text for t in doc):
                needed.update(lead.titles)
    parsed.update(parse_texts({text for text in needed if text and text not in parsed}))
    return [_title(lead, parsed) if _parsed_text(lead) in parsed else None for lead in leads]


def _parsed_text(lead: Lead) -> str:
    return lead.text.lower() if lead.heading else lead.text  # a Title Case heading misleads the tagger


def points_only(text: str) -> bool:
    """Does the lead point at the list and say nothing of it ("These are:", "These two:", "They are as
    follows:"; not "They", which may stand for anything)?"""
    words = [t for t in parse_texts({text})[text] if not t.is_punct]
    pointing = [t for t in words if "Dem" in t.morph.get("PronType") or t.lemma_ in _POINTING]
    return bool(pointing) and all(t.pos_ in ("PRON", "DET", "NUM", "AUX", "SCONJ") or t in pointing for t in words)


def announces(text: str) -> bool:
    """Does the sentence announce a list (it ends with a colon, or says "the following", "as follows", ...)?"""
    text = text.rstrip()
    return text.endswith(":") or any(cue in text.lower() for cue in _CUES)


def _title(lead: Lead, parsed: dict[str, Doc]) -> LeadTitle | None:
    if lead.heading:
        return _heading_title(lead.text, parsed[lead.text.lower()])
    doc = parsed[lead.text]
    names = names_in_titles(parsed[t] for t in reversed(lead.titles) if t in parsed)  # the document's names first
    before = parsed.get(lead.before) if lead.before else None
    context = referents(before, names) if before is not None else Context(names=names)
    listed = _listed_noun(doc, lead.entries)
    if lead.counting:
        if listed is None or not any(number(c) == lead.entries for c in listed.children if c.dep_ == "nummod"):
            return None
        return noun_title(listed, doc, lead.entries, context)
    title = noun_title(listed, doc, lead.entries, context) if listed is not None else clause_title(doc, context)
    if title is None or not _well_formed(title.text, clause=title.clause):
        return None
    return title


def _heading_title(text: str, lowered: Doc) -> LeadTitle | None:
    """A heading that names what is listed ("Key findings", "The Dams") is the title as written."""
    root = next((t for t in lowered if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "NOUN" or any(t.pos_ in ("VERB", "AUX", "PRON") for t in lowered):
        return None
    if root.tag_ != "NNS" and rule_singular(root.lower_) == root.lower_:
        return None  # a singular heading ("The Crisis") does not say what the entries are
    if len(text.split()) > _MAX_HEADING_WORDS:
        return None
    plural, one = noun_words(root)
    return LeadTitle(text=cap(text.strip()), noun=plural, singular=one)


def _listed_noun(doc: Doc, entries: int) -> Token | None:
    """The plural noun the lead announces, by the evidence for it."""
    best: tuple[float, int] | None = None
    chosen = None
    last_noun = max((t.i for t in doc if t.pos_ in ("NOUN", "PROPN")), default=-1)
    for token in doc:
        if not _plural_noun(token) and not (
            entries == 1 and token.tag_ == "NN" and token.dep_ not in ("compound", "poss")
        ):
            continue  # a list of one may be announced in the singular ("The only rule:")
        score = 0.0
        children = {c.lower_ for c in token.children}
        if any(number(c) == entries for c in token.children if c.dep_ == "nummod"):
            score += 4
        if children & {"these", "those", "following"}:
            score += 3
        if token.dep_ in ("nsubj", "nsubjpass") and (
            token.head.lemma_ in ANNOUNCING or any(t.lower_ in ("follows", "below") for t in token.head.subtree)
        ):
            score += 2
        if token.dep_ in ("dobj", "pobj", "attr", "ROOT") and _ends_phrase(token, last_noun):
            score += 2
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
            score += 1
        if _inside_relative(token):
            score -= 3
        if _inside_other_noun(token):
            score -= 3
        if _beside_the_entries(token):
            score -= 2
        key = (score, token.i)
        if best is None or key > best:
            best, chosen = key, token
    if best is None or best[0] < 2:
        return None
    return chosen


def _plural_noun(token: Token) -> bool:
    if token.tag_ not in ("NNS", "NNPS") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.dep_ not in ("compound", "poss", "npadvmod") and token.ent_type_ not in (
        "GPE",
        "ORG",
        "PERSON",
        "NORP",
    )


def _ends_phrase(token: Token, last_noun: int) -> bool:
    """The noun's phrase is the last of the lead (nothing but its own modifiers after it)."""
    return token.i == last_noun or last_noun in {t.i for t in token.subtree}


def _beside_the_entries(token: Token) -> bool:
    """ "cities" of "The departments are listed below, with the departmental capital cities in parentheses": what
    each entry shows beside its name, not what is listed (blind read r125)."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX")


def _inside_relative(token: Token) -> bool:
    return any(t.dep_ in ("relcl", "acl") for t in token.ancestors)


def _inside_other_noun(token: Token) -> bool:
    """ "administrators" in "recommendations for the program's administrators": part of another noun's phrase
    (but "demands" in "a list of demands" is the listed noun itself)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("NOUN", "PROPN") and ancestor.lemma_.lower() not in COLLECTIVE | ORDERED_COLLECTIVE:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def _well_formed(title: str, *, clause: bool = False) -> bool:
    """A title never ends on a word that needs more ("and", "of", "the"; a clause may end on its preposition:
    "What the plan called for") and never is a bare pronoun."""
    words = title.rstrip(" .:;,").split()
    if not words:
        return False
    last = words[-1].lower()
    dangling = {"and", "or", "the", "a", "an", "that", "which"} | (
        set() if clause else {"of", "to", "for", "with", "in", "by"}
    )
    return last not in dangling and (
        words[0].lower() not in STANDING_PRONOUNS or (len(words) > 1 and words[0].lower() in ("these", "those"))
    )
