"""Titles made from a parsed lead: the listed noun phrase with its verb and agent, or the clause the entries
finish. ``studyapp.language.list_leads`` finds what the lead announces; this module says it as a title.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from studyapp.language.noun_phrases import (
    STANDING_PRONOUNS,
    Context,
    Rendering,
    join_words,
    names_something,
    participle,
    possessive,
    render,
    rule_singular,
    without_brackets,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs whose object is the author's own work: "Tobin's recommendations", not "recommendations provided by".
_AUTHORING = frozenset(
    {"provide", "propose", "make", "issue", "present", "offer", "give", "outline", "recommend", "formulate"}
    | {"adopt", "define", "state", "declare", "announce", "submit", "draw", "lay", "set", "put", "list", "name"}
)
# Verbs whose object belongs to the subject: "The Admiralty had three kinds of staff officers" -> "The
# Admiralty's three kinds of staff officers".
_OWNING = frozenset({"have", "include", "contain", "comprise", "hold", "own", "possess", "face", "enjoy"})
# Verbs that split their subject into the listed parts: "divided into three periods" -> "the periods of ...".
_DIVIDING = frozenset({"divide", "split", "organize", "organise", "group", "break", "separate", "fall", "classify"})
# Verbs that only announce: "can be identified as follows", "are listed below"; they add nothing to a title.
ANNOUNCING = frozenset(
    {"be", "identify", "summarize", "summarise", "list", "follow", "include", "comprise", "consist", "outline"}
    | {"describe", "enumerate", "show", "give", "set", "present"}
)
_ONLY_ANNOUNCING = ANNOUNCING - {"list", "set", "give", "present", "outline", "include"}
# Collective nouns that stand before what is listed: "a list of demands" -> "demands"; and those that say how
# the entries stand: "the order of the works", "the sequence of events" (the title keeps them).
COLLECTIVE = frozenset({"list", "number", "series", "set", "range", "variety", "host", "array", "couple", "catalogue"})
ORDERED_COLLECTIVE = frozenset({"order", "sequence", "succession", "chronology", "timetable", "schedule"})
_MAX_PREDICATE = 8  # words of a relative clause in a title
_SHORT_OWNER = 3  # words: a longer owner reads better after the listed noun ("the goals of the Free Port of ...")
_NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
_NUMBERS = {word: value for value, word in enumerate(_NUMBER_WORDS.split())}
_MAX_WORDS = 16


@dataclass(frozen=True)
class LeadTitle:
    """A title read from a lead.

    Attributes:
        text: "The possible courses of action discussed by EXCOMM", "What the governments ... should do".
        noun: what the entries are, in the plural ("courses of action"); "" for a clause title.
        singular: what one entry is ("course of action"); "" for a clause title.
        counted: the title says how many entries there are ("four recommendations").
        named: the title names someone or something (it stands alone without the document's title).
        clause: the title is a clause ("What ... should do"), not a noun phrase.
        superlative: the listed noun is qualified by a superlative ("the ten largest cities").
        bare: the title only counts a kind of thing ("The three distinct groupings"): of what, or whose, it
            does not say.
    """

    text: str
    noun: str
    singular: str = ""
    counted: bool = False
    named: bool = False
    clause: bool = False
    superlative: bool = False
    bare: bool = False


def number(token: Token) -> int | None:
    text = token.lower_
    if text.isdigit():
        return int(text)
    return _NUMBERS.get(text)


def noun_title(noun: Token, doc: Doc, entries: int, context: Context) -> LeadTitle | None:
    counted = any(number(c) == entries for c in noun.children if c.dep_ == "nummod")
    head = _phrase_head(noun)  # "the order of the works": the order is what the title names
    phrase = render(head, context, keep_count=counted)
    if _has_standing_pronoun(phrase, doc):
        return None
    attached = _owner(head)
    verb, agent = _verb_and_agent(attached)
    alone = join_words([_the(phrase, head), _purpose(verb)])  # the phrase without who did what with it
    bare = head.i == noun.i and alone == _the(phrase, head) and _only_kind(noun, phrase)
    if verb is not None and attached.dep_ == "nsubj" and verb.lemma_ not in ANNOUNCING and not phrase.named:
        did = _predicate(verb, attached, context)  # "The following countries signed the treaty:"
        if did:
            return _titled(f"{_the(phrase, head)} that {did}", noun, counted, True)
    if verb is None or attached.dep_ in ("nsubj", "nsubjpass") or verb.lemma_ in _ONLY_ANNOUNCING:
        return _titled(alone, noun, counted, phrase.named, bare=bare)
    has_possessor = any(c.dep_ == "poss" for c in head.children)
    recipient = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")), None)
    if recipient is not None and not has_possessor:  # "gave the company three powers": the company's powers
        owner = _agent_phrase(recipient, context)
        if owner is not None:
            text = f"{possessive(cap(owner.text()))} {phrase.text()}"
            return _titled(text, noun, counted, phrase.named or owner.named)
    agent_rendering = _agent_phrase(agent, context) if agent is not None else None
    if agent_rendering is None:
        return _titled(alone, noun, counted, phrase.named, bare=bare)
    agent_text = agent_rendering.text()
    named = phrase.named or agent_rendering.named
    lemma = verb.lemma_.lower()
    if attached.dep_ == "pobj" and lemma in _DIVIDING:
        return _titled(f"{_the(phrase, head)} of {agent_text}", noun, counted, named)
    short_name = (
        agent_rendering.named
        and "'s" not in agent_text
        and len(agent_text.split()) <= _SHORT_OWNER
        and not agent_text[-1:].isdigit()  # "the Education Act 1944's aims" reads worse than "... of ..."
    )
    owning = head.i == noun.i and not has_possessor and (lemma in _OWNING or (lemma in _AUTHORING and short_name))
    if owning:
        dated = _dates(verb)
        when = f"({dated})" if dated else ""
        if short_name:  # "Maurice Tobin's four recommendations", "The Highland Party's founding objectives (1951)"
            owner = possessive(cap(agent_text), plural=agent.tag_ in ("NNS", "NNPS"))
            text = join_words([owner, phrase.text(), when])
        else:  # "The five stages of the process", "The members of Lincoln's cabinet"
            text = join_words([_the(phrase, head), "of", agent_text, when])
        return _titled(text, noun, counted, named or bool(dated))
    if attached.dep_ == "pobj" and attached.head.lower_ == "in" and attached.head.head.i == verb.i and bare:
        clause = _relative_clause(verb, attached.head, agent, agent_text)
        if clause:  # "countries change their borders in two ways:" -> "The two ways in which countries change ..."
            return _titled(f"{_the(phrase, head)} {attached.head.lower_} which {clause}", noun, counted, True)
    if attached.dep_ not in ("dobj", "obj"):
        return _titled(alone, noun, counted, phrase.named, bare=bare)
    particle = " ".join(c.text for c in verb.children if c.dep_ == "prt")
    done = " ".join(filter(None, [participle(lemma, verb.text if verb.tag_ in ("VBD", "VBN") else ""), particle]))
    when = _dated_modifiers(verb)
    return _titled(join_words([_the(phrase, head), done, "by", agent_text, when]), noun, counted, named or bool(when))


def _relative_clause(verb: Token, preposition: Token, agent: Token, agent_text: str) -> str:
    """The verb's clause without the phrase that holds the listed noun, for "in which ...": "countries change
    their borders" (short, or nothing; blind read r29: "The two ways in “Louisiana Purchase”")."""
    if agent.head.i != verb.i or agent.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    left_out = set(_span(preposition)) | set(_span(agent))
    words = [
        t
        for t in verb.subtree
        if t.i not in left_out and not t.is_punct and t.dep_ not in ("mark", "advmod") and t.i >= agent.left_edge.i
    ]
    if not words or len(words) > _MAX_PREDICATE or any(t.pos_ == "PRON" and t.tag_ != "PRP$" for t in words):
        return ""
    return join_words([agent_text, *(t.text for t in words)])


def _phrase_head(noun: Token) -> Token:
    """ "works" in "the order of the works" -> "order": a collective noun that says how the entries stand."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ORDERED_COLLECTIVE:
        return noun.head.head
    return noun


def _owner(noun: Token) -> Token:
    """The token that attaches the listed phrase to its verb: the noun, or "list" in "a list of demands"."""
    token = noun
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in COLLECTIVE:
        token = token.head.head
    return token


def _verb_and_agent(owner: Token) -> tuple[Token | None, Token | None]:
    """The verb the listed phrase belongs to, and who does it (the subject, the agent of a passive, or, for a
    verb without a subject of its own, the subject of the main clause)."""
    head = owner.head
    if owner.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None, None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != owner.i), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
        subject = head.head  # "a charter that named ...": the charter names
    if subject is None:
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is None and head.tag_ in ("VBG", "VB", "VBN"):
        root = head.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj",)), None)
    return head, subject


def _agent_phrase(agent: Token, context: Context) -> Rendering | None:
    """Who acts, as a title names them: "EXCOMM", "the treaty of the river", "Maurice Tobin" (for "He")."""
    if agent.pos_ == "PRON":
        referent = context.referent(agent.text)
        if not referent:
            return None
        rendering = Rendering()
        rendering.words[agent.i] = referent
        rendering.named = names_something(referent)
        return rendering
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in agent.children):
        return None  # "a charter": says nothing about whose
    rendering = render(agent, context)
    if len(rendering.words) > 6:
        rendering = render(agent, context, cut=frozenset(t.i for t in agent.children if t.dep_ in ("prep", "acl")))
    first = next((c for c in agent.children if c.dep_ == "det"), None)
    if first is not None and first.lower_ == "the" and not rendering.text().lower().startswith("the "):
        rendering.words[first.i] = "the"
    return rendering


def _predicate(verb: Token, subject: Token, context: Context) -> str:
    """What the subject did, for a relative clause: "signed the Treaty of Rome" (short, or nothing)."""
    words = [t for t in verb.subtree if t.i >= verb.i and not t.is_punct and t.i not in set(_span(subject))]
    if not words or len(words) > _MAX_PREDICATE or any(t.pos_ == "PRON" for t in words):
        return ""
    named: dict[int, str] = {}
    for token in words:
        title_name = context.names.get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
        det = token.i - 1
        if title_name and det >= 0 and token.doc[det].lower_ == "the":
            named[token.i] = title_name
            named[det] = "the"
    return join_words(named.get(t.i, t.text) for t in words)


def _span(token: Token) -> range:
    return range(token.left_edge.i, token.right_edge.i + 1)


def _purpose(verb: Token | None) -> str:
    """ "To renew a passport, follow these steps:" -> "to renew a passport"."""
    if verb is None:
        return ""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i < verb.i:
            words = [t for t in child.subtree if not t.is_punct]
            if words and words[0].lower_ == "to":
                return join_words(t.lower_ if t.i == words[0].i else t.text for t in words)
    return ""


def _dates(verb: Token) -> str:
    """ "1951" for "... adopted in 1951": the dates of the verb's modifiers."""
    dates = []
    for child in verb.children:
        if child.dep_ in ("prep", "npadvmod"):
            dates.extend(
                ent.text
                for ent in child.doc.ents
                if ent.label_ == "DATE" and child.i <= ent.start < ent.end <= child.right_edge.i + 1
            )
    return ", ".join(dates[:1])


def _dated_modifiers(verb: Token) -> str:
    """ "on 24 December 1992", "in 1951": the verb's modifiers that date it."""
    parts = []
    for child in verb.children:
        if child.dep_ in ("prep", "npadvmod") and any(t.ent_type_ == "DATE" for t in child.subtree):
            words = [t.lower_ if t.i == child.i and t.pos_ == "ADP" else t.text for t in child.subtree]
            parts.append(join_words(words))
    return " ".join(parts[:2])


def clause_title(doc: Doc, context: Context) -> LeadTitle | None:
    """ "The governments of the region and their partners should:" -> "What the governments of the region and
    their partners should do": the entries finish the lead's sentence ("The plan called for:", "They
    demanded:", "The commission recommended that:")."""
    words = [t for t in doc if not t.is_punct]
    if words and words[-1].lower_ == "that" and len(words) > 1:
        words = words[:-1]  # "recommended that:": the entries are what was recommended
    if not words:
        return None
    last = words[-1]
    if last.pos_ in ("AUX", "VERB"):
        verb = last
    elif last.lower_ == "to" or (last.pos_ == "ADP" and last.head.pos_ == "VERB" and last.dep_ in ("prep", "prt")):
        verb = last.head  # "decided to:", "called for:"
    else:
        return None
    kept = {t.i for t in words}
    if verb.pos_ not in ("AUX", "VERB") or any(
        c.dep_ in ("dobj", "attr", "acomp") and c.i in kept for c in verb.children
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    end = subject.right_edge.i + 1 if subject is not None else 0
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ == "ROOT":
        subject, end = verb.head, verb.i  # "The plan called for:" read as a noun phrase
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        agent = context.referent(subject.text)  # "They demanded:" after a sentence on the strikers
        if not agent:
            return None
    else:
        agent = _lower_article(_subject_words(subject, end, context))
    predicate = [t.text for t in words if t.i >= end]
    if not predicate:
        return None
    # "agreed to:" -> "What they agreed to do"; a passive "can be attributed to:" ends as it is (blind read r49)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    needs_do = last.tag_ == "MD" or (last.lower_ == "to" and not passive)
    # "Human ecology may be defined:" -> "How human ecology may be defined": the entries are the ways (r119)
    manner = passive and last is verb
    if manner and subject.left_edge.pos_ in ("NOUN", "ADJ") and subject.pos_ == "NOUN":
        agent = agent[:1].lower() + agent[1:]
    text = join_words(["How" if manner else "What", agent, *predicate, "do" if needs_do else ""])
    return LeadTitle(text, "", "", named=names_something(text), clause=True)


def _subject_words(subject: Token, end: int, context: Context) -> str:
    """The subject's words before ``end``, or the name the titles give it ("The plan" -> "the Schuman Plan")."""
    words = [t for t in subject.subtree if t.i < end]
    if [t.lower_ for t in words] == ["the", subject.lower_] and subject.pos_ == "NOUN":
        name = context.names.get(subject.lemma_.lower())
        if name:
            return f"the {name}"
    return without_brackets(words)


def noun_words(noun: Token) -> tuple[str, str]:
    """What the entries are, plural and singular: the noun with its compounds or an "of" complement
    ("courses of action", "course of action"); the singular is the parser's lemma."""
    lemma = noun.lemma_.lower() if noun.lemma_.lower() != noun.lower_ else rule_singular(noun.lower_)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if obj is not None and not any(c.dep_ in ("det", "poss") for c in obj.children) and obj.pos_ == "NOUN":
            rest = [*(c.text for c in obj.children if c.dep_ in ("compound", "amod")), obj.text]
            return join_words([noun.lower_, "of", *rest]), join_words([lemma, "of", *rest])
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return join_words([*compounds, noun.lower_]), join_words([*compounds, lemma])


def _the(rendering: Rendering, noun: Token) -> str:
    """The phrase with the article a title needs: none before a possessor ("Maurice Tobin's recommendations")."""
    text = rendering.text()
    if not text or any(c.dep_ == "poss" and c.i in rendering.words for c in noun.children):
        return cap(text)
    if text.lower().startswith("the "):
        return cap(text)
    first = noun.doc[int(min(rendering.words))]
    if first.is_sent_start and first.pos_ != "PROPN":  # "Possible courses of action were:"
        text = text[:1].lower() + text[1:]
    return "The " + text


def _titled(text: str, noun: Token, counted: bool, named: bool, *, bare: bool = False) -> LeadTitle | None:
    text = cap(" ".join(text.split()))
    if len(text.split()) > _MAX_WORDS:
        return None
    superlative = any(t.tag_ in ("JJS", "RBS") for t in noun.subtree if noun.i in (t.head.i, t.head.head.i))
    plural, one = noun_words(noun)
    return LeadTitle(text, plural, one, counted=counted, named=named, superlative=superlative, bare=bare)


def _only_kind(noun: Token, rendering: Rendering) -> bool:
    """The rendered phrase is the listed noun with its number and adjectives alone, naming nothing ("three
    distinct groupings", "the following choices"; not "three kinds of staff officers", "the company's three
    powers")."""
    kept = {noun.i} | {c.i for c in noun.children if c.dep_ in ("nummod", "amod")}
    return not rendering.named and set(rendering.words) <= kept


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_article(text: str) -> str:
    return "the" + text[3:] if text.startswith("The ") else text


def _has_standing_pronoun(rendering: Rendering, doc: Doc) -> bool:
    return any(
        doc[i].lower_ in STANDING_PRONOUNS and doc[i].pos_ == "PRON" for i in rendering.words if isinstance(i, int)
    )
