"""Noun phrases read from a parse: their words without determiners, what a pronoun in them stands for, the
names titles give to "the council", and inflection through lemminflect (a participle, a singular by rule).

Works on spaCy tokens; the caller parses (``studyapp.language.pipeline.english()``), so one batch serves many
phrases. lemminflect is imported on first use: importing it imports spaCy, which must never load on the way to
the first window.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "DATE"})
# A one-word institution ("Parliament", "the Admiralty") names an office, not whose it is in which country or age.
# Pronouns that stand for a noun phrase named elsewhere: never left in a title.
STANDING_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "you", "i", "this", "that", "these", "those", "one"})
_PERSONAL = frozenset({"he", "she", "his", "her", "him"})
_THING = frozenset({"it", "its"})
_GROUP = frozenset({"they", "their", "them"})
# Determiners and quantifiers that say how many or which, not what: "several possible courses" -> "possible courses".
_QUANTIFIERS = frozenset(
    {"several", "various", "many", "numerous", "following", "certain", "some", "few", "these", "those", "such"}
)
_CUT_DEPS = frozenset({"relcl", "appos", "punct", "preconj", "advcl", "parataxis", "dep"})
_SPACE_BEFORE = re.compile(r"\s+(?=['’]s\b|[,.;:!?)\]]|n['’]t\b)")
_SPACE_AFTER = re.compile(r"(?<=[(\[])\s+")


@functools.lru_cache(maxsize=4096)
def rule_singular(word: str) -> str:
    """The singular of one noun by lemminflect's rules alone ("dams" -> "dam"): no table to load, for a word
    the parser took for a singular ("the dams" in a heading)."""
    from lemminflect import getAllLemmasOOV

    return getAllLemmasOOV(word, upos="NOUN").get("NOUN", (word,))[0]


@functools.lru_cache(maxsize=1024)
def participle(verb_lemma: str, past: str = "") -> str:
    """The past participle of a verb given by its lemma ("discuss" -> "discussed", "set" -> "set").

    ``past``, the verb's past form as written ("discussed"), is the participle when the verb is regular: then
    lemminflect's rules answer, and its tables (a second to load) are opened only for an irregular verb."""
    from lemminflect import getAllInflectionsOOV, getInflection

    if past and getAllInflectionsOOV(verb_lemma, upos="VERB").get("VBD", ("",))[0] == past.lower():
        return past.lower()
    forms = getInflection(verb_lemma, tag="VBN")
    return forms[0] if forms else verb_lemma


@dataclass
class Rendering:
    """Words picked from a parse, with what replaces some of them; ``named`` is set when the words name
    someone or something (a proper noun, an entity, a name taken from a title)."""

    words: dict[float, str] = field(default_factory=dict)  # token index -> text (in document order)
    named: bool = False
    moved_possessor: bool = False  # "the Free Port of Trieste's goals" was said "the goals of the Free Port ..."

    def add(self, token: Token, text: str | None = None) -> None:
        self.words[token.i] = token.text if text is None else text
        if identifies(token):
            self.named = True

    def text(self) -> str:
        return join_words(self.words[i] for i in sorted(self.words))


def identifies(token: Token) -> bool:
    """Does the token belong to a name that says who or what ("Maurice Tobin", "Paris", "the Roman Empire",
    "1951"), rather than to a one-word institution ("Parliament")?"""
    if token.ent_type_ not in NAME_LABELS and token.pos_ != "PROPN":
        return False
    if token.ent_type_ in ("ORG", "") and token.ent_iob_ != "I":
        following = token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"
        compound = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
        return following or compound or (token.dep_ == "compound" and token.head.pos_ == "PROPN")
    return True


def names_something(text: str) -> bool:
    """True when ``text`` holds a capitalised word other than a leading article ("the Free Port of Trieste")."""
    words = text.split()
    return any(word[:1].isupper() for word in words[1:]) or (
        bool(words) and words[0][:1].isupper() and (words[0].lower() not in ("the", "a", "an", "what"))
    )


def without_brackets(tokens: Iterable[Token]) -> str:
    """The tokens' text without bracketed asides ("Thomas Henry (London: Warrington, 1783)" -> "Thomas Henry")."""
    words, depth = [], 0
    for token in tokens:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        elif not depth:
            words.append(token.text)
    return join_words(words)


def join_words(words: Iterable[str]) -> str:
    """Words joined by single spaces, without a space before "'s", a comma or a closing bracket."""
    text = " ".join(word for word in words if word)
    return _SPACE_AFTER.sub("", _SPACE_BEFORE.sub("", text)).strip()


@dataclass(frozen=True)
class Context:
    """What a phrase may lean on: who "he", "it" and "they" are, and the names that titles give to "the
    council", "the program" (lemma -> the name as the title writes it)."""

    person: str = ""
    thing: str = ""
    group: str = ""
    names: dict[str, str] = field(default_factory=dict)

    def referent(self, pronoun: str) -> str:
        word = pronoun.lower()
        if word in _PERSONAL:
            return self.person
        if word in _THING:
            return self.thing
        if word in _GROUP:
            return self.group
        return ""


def render(head: Token, context: Context, *, keep_count: bool = False, cut: frozenset[int] = frozenset()) -> Rendering:
    """The noun phrase headed by ``head`` as a title would say it: without its determiner and quantifiers,
    relative clauses, appositions and bracketed asides; possessive pronouns replaced by what they stand for
    (or dropped when that is unknown); "the council" named as a title names it ("the Council of Trent").
    Tokens in ``cut`` are left out with everything they govern."""
    rendering = Rendering()
    _render_into(rendering, head, head, context, keep_count, cut)
    return rendering


def _render_into(
    rendering: Rendering, token: Token, head: Token, context: Context, keep_count: bool, cut: frozenset[int]
) -> None:
    named = _title_name(token, context)
    if named:
        rendering.words[token.i] = named
        rendering.named = True
        for child in token.children:
            if child.dep_ == "case":
                rendering.words[child.i] = child.text
        return
    rendering.add(token)
    for child in token.children:
        if child.i in cut or child.dep_ in _CUT_DEPS or _in_brackets(child):
            continue
        own_article = token.i == head.i or child.lower_ in _QUANTIFIERS
        if child.dep_ in ("det", "predet") and child.tag_ != "WP$" and own_article:
            continue  # the phrase's own article: a title chooses its own
        if child.dep_ == "nummod" and token.i == head.i and not keep_count:
            continue
        if child.dep_ == "amod" and child.lower_ in _QUANTIFIERS:
            continue
        if child.dep_ == "poss" and child.pos_ == "PRON":
            referent = context.referent(child.text)
            if referent:
                _add_possessor(rendering, token, child, referent, token.i == head.i)
            continue
        if child.dep_ == "poss":
            owner = Rendering()
            _render_into(owner, child, token, context, True, cut)  # the possessor keeps its article
            name = join_words(w for i, w in sorted(owner.words.items()) if w not in ("'s", "’s", "'", "’"))
            rendering.named = rendering.named or owner.named
            _add_possessor(rendering, token, child, name, token.i == head.i)
            continue
        _render_into(rendering, child, head, context, keep_count, cut)


_MAX_CLAUSE_WORDS = 8
_LONG_POSSESSOR = 3  # words: "the Free Port of Trieste's goals" reads better as "the goals of the Free Port ..."


def _add_possessor(rendering: Rendering, owned: Token, possessor: Token, name: str, is_head: bool) -> None:
    """ "Maurice Tobin's recommendations"; but "the main goals of the Free Port of Trieste"."""
    rendering.named = rendering.named or names_something(name)
    if len(name.split()) >= _LONG_POSSESSOR:
        rendering.words[owned.i + 0.5] = f"of {name}"
        rendering.moved_possessor = True
        if not is_head:  # the head's article is the title's to choose
            rendering.words[owned.left_edge.i - 0.5] = "the"
    else:
        rendering.words[possessor.i] = possessive(name)


def _title_name(token: Token, context: Context) -> str:
    """ "the council" -> "the Council of Trent" when a title names it so; "" otherwise."""
    if token.pos_ != "NOUN" or token.tag_ not in ("NN", "NNP"):
        return ""
    children = [c for c in token.children if c.dep_ != "case"]  # "the program's": the case mark stays
    if len(children) != 1 or children[0].lower_ != "the" or children[0].dep_ != "det":
        return ""
    name = context.names.get(token.lemma_.lower())
    return f"the {name}" if name else ""


def _in_brackets(token: Token) -> bool:
    """True for a token that opens a bracketed aside ("Thomas Henry (London: Warrington, 1783)")."""
    return token.text in ("(", "[") or any(t.text == "(" for t in token.lefts if t.dep_ == "punct")


def possessive(phrase: str, *, plural: bool = False) -> str:
    """ "Maurice Tobin" -> "Maurice Tobin's"; "the delegates" -> "the delegates'" (a plural ending in s)."""
    if phrase.endswith(("'s", "’s")):
        return phrase
    return phrase + ("'" if plural and phrase.endswith("s") else "'s")


def names_in_titles(titles: Iterable[Doc]) -> dict[str, str]:
    """The names titles give to things ("Technical Assistance Program": program -> that name), by the
    lemma of the name's last noun. Only names of two words or more that are written as names count."""
    names: dict[str, str] = {}
    for title in titles:
        for token in title:
            if (
                token.pos_ not in ("NOUN", "PROPN")
                or token.dep_ in ("compound", "poss")
                or not token.text[:1].isupper()
            ):
                continue
            words = [
                t for t in token.subtree if t.dep_ != "punct" and not (t.dep_ == "det" and t.i == token.left_edge.i)
            ]
            if (
                len(words) < 2
                or len(words) > 6
                or not all(w.text[:1].isupper() or w.is_stop or w.like_num for w in words)
            ):
                continue
            names.setdefault(token.lemma_.lower(), join_words(t.text for t in words))
    return names


def referents(before: Span | Doc | None, context_names: dict[str, str]) -> Context:
    """Who "he", "it" and "they" most likely stand for after the sentence ``before``: its subject (or the
    person it names), as a phrase."""
    if before is None:
        return Context(names=context_names)
    people = [ent for ent in before.ents if ent.label_ == "PERSON"]
    subject_person = [ent for ent in people if ent.root.dep_ in ("nsubj", "nsubjpass")]
    person = (subject_person or people[-1:] or [None])[0]
    thing = group = ""
    root = next((t for t in before if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ != "PERSON":
        phrase = _referent_phrase(subject, Context(names=context_names))
        if subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ in ("NORP",):
            group = phrase
        else:
            thing = phrase
    clause = next((c for c in root.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None) if root else None
    if subject is None and clause is not None:  # "Plotting the Caribbean through time disrupts ...; it offers"
        words = without_brackets(clause.subtree)
        thing = words[:1].lower() + words[1:] if len(words.split()) <= _MAX_CLAUSE_WORDS else ""
    return Context(person=person.text if person is not None else "", thing=thing, group=group, names=context_names)


def _referent_phrase(subject: Token, context: Context) -> str:
    rendering = render(subject, context)
    words = rendering.text()
    if len(words.split()) > 6:
        words = join_words(t.text for t in subject.subtree if t.dep_ in ("compound", "amod") or t.i == subject.i)
    first = next((c for c in subject.children if c.dep_ == "det"), None)
    if words.startswith("the "):
        return words
    if (first is not None and first.lower_ == "the") or (subject.pos_ == "NOUN" and not rendering.named):
        return f"the {words}"
    return words
