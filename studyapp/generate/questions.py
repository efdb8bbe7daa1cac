"""Turn a dated sentence into a "When ...?" question, only where the grammar is safe.

"In 1997, he met with X." -> "When did he meet with X?"; "X was established in Riga in 1891." ->
"When was X established in Riga?". Anything else (a date that is not an adverbial, a sentence that opens with
a participle, a verb whose base form is uncertain, a subject opening with a capitalized word that the document
never writes inside a sentence) gives None, and the caller asks "When did this happen?".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from studyapp.generate.phrasing import DISCOURSE, clause_of, cut, lead_in
from studyapp.generate.verbs import base_form

_TIME_WORDS = frozenset({"in", "on", "during", "at", "from", "between"})
_PREPOSITIONS = frozenset(
    [
        "after",
        "against",
        "along",
        "amid",
        "among",
        "as",
        "at",
        "before",
        "behind",
        "despite",
        "during",
        "following",
        "for",
        "from",
        "in",
        "inside",
        "like",
        "near",
        "of",
        "on",
        "over",
        "per",
        "since",
        "through",
        "throughout",
        "to",
        "toward",
        "towards",
        "under",
        "until",
        "upon",
        "via",
        "with",
        "within",
        "without",
        "according",
    ]
)
_LOWER_FIRST = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "some",
        "several",
        "many",
        "both",
        "most",
        "all",
        "each",
        "every",
        "other",
        "others",
        "another",
        "two",
        "three",
        "four",
        "five",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "such",
        "no",
        "neither",
        "either",
        "few",
        "much",
        "any",
        "one",
        "there",
    ]
)
_NOT_SUBJECT = frozenset(
    {
        "who",
        "which",
        "that",
        "whose",
        "whom",
        "where",
        "when",
        "if",
        "because",
        "although",
        "though",
        "while",
        "whereas",
        "not",
        "never",
    }
)
_AUXILIARY_PAST = frozenset({"was", "were"})
_MODALS = frozenset(
    {
        "would",
        "could",
        "should",
        "might",
        "must",
        "had",
        "did",
        "has",
        "have",
        "is",
        "are",
        "will",
        "can",
        "may",
        "shall",
    }
)
_QUOTES = "\"'”’"
_PUNCTUATION = ",;:.!?()[]\"'“”‘’"
# Both patterns open with a character class, which lets the regex engine skip ahead between candidates.
_LOWER_WORD = re.compile(r"[\s(\[\"“‘—–/]([a-z][\w'’-]*)")  # a word written in lower case
# Capitalized inside a sentence (after a space, a bracket or a quote) and alone, not the "New" of "New York".
_NAME_WORD = re.compile(r" [(\"“‘]?([A-Z][\w'’-]*)(?![\w'’-])(?! +[A-Z])")
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|stated|noted|wrote|declared|argued|added|commented)\s*,?\s*[\"“]")
_PARTICIPLE_BEFORE = re.compile(r",\s+[a-z]+ing\b[^,;]*$")
_ADVERB_AT_END = re.compile(r"(?:\s+[a-z]+ly)+$")
_MAX_SUBJECT = 12  # words before the verb, at most
_COORDINATED = re.compile(r"\band\s+(?:(?P<adverb>[a-z]+ly)\s+)?(?P<verb>[a-z]+)\b")


@dataclass(frozen=True)
class Vocabulary:
    """How a document writes its words inside sentences: in lower case (common words), or capitalized and
    not before another capitalized word (names: "Venice signed", unlike the "New" of "New York"). A capital
    at the start of a sentence tells neither.

    Attributes:
        text: the document's sentences (and list items), one a line.
    """

    text: str = ""
    _index: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list, compare=False, repr=False)

    def is_name(self, first: str, second: str) -> bool | None:
        """Whether ``first``, the first word of a subject followed by ``second``, is (part of) a name; None
        when the document gives no evidence either way."""
        bare = _bare(first)
        if bare.lower() in _LOWER_FIRST:
            return False
        if first.isupper() or second[:1].isupper():
            return True  # "US", "Albert Hahn", "New York", "Norway and Russia"
        lower, names = self._words()
        if bare.lower() in lower:
            return False  # "floods" inside a sentence
        possessive = bare != first.strip(_PUNCTUATION)
        if possessive or not bare[1:].islower() or bare in names:
            return True  # "... Venice signed", "Dunlop's", "McDonald", "Anti-Iranian"
        return None  # "Vesuvius", "Floods": a name or a common word, the document does not say

    def _words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words written in lower case, and those capitalized inside a sentence (one pass, on first use:
        searching the whole text once per word would grow with the square of a long document)."""
        if not self._index:
            self._index.append((_tokens(_LOWER_WORD, self.text), _tokens(_NAME_WORD, self.text)))
        return self._index[0]


def _tokens(pattern: re.Pattern[str], text: str) -> frozenset[str]:
    return frozenset(map(_bare, set(pattern.findall(text))))


def vocabulary(texts: Iterable[str]) -> Vocabulary:
    """The :class:`Vocabulary` of ``texts``, each a sentence or a list item of the document."""
    return Vocabulary("\n".join(texts))


def _bare(word: str) -> str:
    """The word without the punctuation around it or a possessive "'s"."""
    word = word.strip(_PUNCTUATION)
    return word[:-2] if word.endswith(("'s", "’s")) else word


@dataclass(frozen=True)
class When:
    """A "When ...?" question and the grammatical subject it asks about ("the first branch", "he")."""

    question: str
    subject: str
    passive: bool


def parse_when(sentence: str, start: int, end: int, common: Vocabulary = Vocabulary()) -> When | None:
    """The "When ...?" question for the date at ``sentence[start:end]`` with its subject, or None where unsafe.

    ``common`` tells names from common words at the start of the subject (see :func:`vocabulary`)."""
    date_text = sentence[start:end]
    opener = (sentence[lead_in(sentence, start) : start].split() or [""])[-1].lower()
    if opener not in _TIME_WORDS and date_text.split(" ", 1)[0].lower() not in ("from", "between"):
        return None  # "the War of 2008", "a May 2009 conference": the date names, it does not time
    clause, where = clause_of(sentence, (start, end))
    statement = cut(clause, [where]).rstrip(".!?")
    if (
        len(statement) < 12
        or statement[-1:] in _QUOTES
        or (('"' in statement or "“" in statement) and _REPORTED_SPEECH.search(statement))
    ):
        return None
    if _PARTICIPLE_BEFORE.search(sentence, 0, start):
        return None  # ", establishing relations with Riga in 1992": the date belongs to the participle
    statement = DISCOURSE.sub("", statement)
    statement = _front_phrase_to_end(statement)
    return _invert(statement, common) if statement else None


def _front_phrase_to_end(statement: str) -> str | None:
    """ "As part of X, the state signed Y" -> "the state signed Y, as part of X"; None when unclear."""
    first = statement.split(" ", 1)[0].lower()
    if first not in _PREPOSITIONS:
        return statement
    head, sep, rest = statement.partition(", ")
    if not sep or "," in rest.split(" ", 12)[:12] or not rest:
        return None
    return f"{rest}, {head[:1].lower()}{head[1:]}" if not _is_name(head.split(" ", 1)[0]) else f"{rest}, {head}"


def _is_name(word: str) -> bool:
    return word.lower() not in _PREPOSITIONS and word[:1].isupper()


def _invert(statement: str, common: Vocabulary) -> When | None:
    tokens = statement.split(" ", _MAX_SUBJECT + 2)
    subject_has_comma = False
    for index in range(1, min(len(tokens), _MAX_SUBJECT + 2)):
        previous = tokens[index - 1]
        subject_has_comma = subject_has_comma or "," in previous
        if subject_has_comma or previous.lower() in _NOT_SUBJECT:
            return None
        written = tokens[index]
        token = written.rstrip(",;:")
        word = token.lower()
        if word in _MODALS or word in _NOT_SUBJECT or index > _MAX_SUBJECT:
            return None
        if written != token and word not in _AUXILIARY_PAST and base_form(word) is None:
            return None  # a comma closes the subject before any verb: no simple clause
        subject = " ".join(tokens[:index])
        rest = " ".join(tokens[index + 1 :]).strip()
        rest = written[len(token) :] + (" " if rest and written != token else "") + rest if written != token else rest
        if word in _AUXILIARY_PAST:
            if subject.lower() in ("it", "there"):
                return None  # "It was only in 1828 that ...": a cleft sentence
            said = _subject(subject, common)
            if not rest or said is None:
                return None
            return When(f"When {word} {said} {rest}?", said, True)
        if token != word or not word.isalpha():
            continue
        base = base_form(word)
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        if base is not None and word.endswith("ed") and following == "by":
            continue  # "companies owned by X entered ...": a participle inside the subject
        if base is None:
            if word.endswith("ed"):
                return None  # a past tense we cannot undo
            continue
        said = _subject(subject, common)
        if said is None:
            return None
        joiner = "" if rest[:1] in ",;:" else " "
        question = f"When did {said} {base}{joiner + _coordinated(rest) if rest else ''}?"
        return When(question, _ADVERB_AT_END.sub("", said), False)  # "officials reportedly" -> "officials"
    return None


def _subject(subject: str, common: Vocabulary) -> str | None:
    """The subject as written inside a question, or None where its first word may be a name or not.

    Lower-casing a name ("vesuvius") reads worse than the safe question, and so does a capitalized common
    word in mid-question ("When did Floods ruin the town?")."""
    first, _, rest = subject.partition(" ")
    following = rest.split(" ", 2)
    if following[0] in ("and", "or", "&") and len(following) > 1:
        following = following[1:]  # "Norway and Russia": coordinated names are written alike
    name = common.is_name(first, following[0])
    if name is None:
        return None
    return f"{first if name else first.lower()} {rest}".strip()


def _coordinated(rest: str) -> str:
    """ "X and asked Y" -> "X and ask Y": a second verb sharing the question's "did"."""

    def base(match: re.Match[str]) -> str:
        if match["verb"] == "did" and not match["adverb"]:
            return "and"  # "stopped and did not resume" -> "stop and not resume"
        verb = base_form(match["verb"])
        if verb is None:
            return match.group()
        adverb = f"{match['adverb']} " if match["adverb"] else ""
        return f"and {adverb}{verb}"

    return _COORDINATED.sub(base, rest)
