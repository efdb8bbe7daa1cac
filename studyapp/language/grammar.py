"""Word classes and verb forms read off a parse: what counts as a verb, a noun, a name; whether a verb has a
tense; the verb a word hangs from."""

from __future__ import annotations

from studyapp.language.parses import Parse

VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


NAME_TAGS = frozenset({"NNP", "NNPS"})


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


# marks that set an apposition apart: a comma, or an em dash, spaced or not ("the first effort—the Codex
# Theodosianus—was completed"); not the en dash inside a name ("the Hong Kong–Zhuhai–Macau Bridge")
APPOSITION_MARKS = frozenset({",", "\u2014"})


# verbs (as lemmas) that tell a state, not something that happened: "was a proponent", "STV Edinburgh existed." (r65)
STATE_VERBS = frozenset({"be", "have", "exist"})


def capitalized_noun(parse: Parse, index: int) -> bool:
    return parse.words[index].tag in NOUN_TAGS and parse.word(index)[:1].isupper()


def named_with_numeral(parse: Parse, tokens: tuple[int, ...]) -> bool:
    """Capitalized nouns and a Roman "I" that the parser split from them: "Stage I", "King Edward I" (r46)."""
    return len(tokens) > 1 and parse.word(tokens[-1]) == "I" and all(capitalized_noun(parse, i) for i in tokens[:-1])


def tag_of(parse: Parse, index: int) -> str:
    return parse.words[index].tag


def dep_of(parse: Parse, index: int) -> str:
    return parse.words[index].dep


def helpers(parse: Parse, verb: int) -> tuple[str, ...]:
    return tuple(parse.word(c).lower() for c in parse.children[verb] if dep_of(parse, c) in ("aux", "auxpass"))


def is_finite(parse: Parse, verb: int) -> bool:
    if tag_of(parse, verb) in ("VBD", "VBZ", "VBP") or past_read_as_participle(parse, verb):
        return True
    helpers = [c for c in parse.children[verb] if dep_of(parse, c) in ("aux", "auxpass")]
    return any(tag_of(parse, h) in ("VBD", "VBZ", "VBP", "MD") for h in helpers)


def past_read_as_participle(parse: Parse, verb: int) -> bool:
    """ "A new port opened in 1999": a past tense the tagger took for a participle (it has a subject and no
    auxiliary of its own). A participle that names ("Johannes Mueller, later called Regiomontanus, built ...")
    is none, nor is "born" ("Ignatius of Loyola (born Íñigo López de Loyola) ... met": r61)."""
    if tag_of(parse, verb) != "VBN" or parse.word(verb).lower() == "born":
        return False
    children = parse.children[verb]
    return any(dep_of(parse, c) in ("nsubj",) for c in children) and not any(
        dep_of(parse, c) in ("aux", "auxpass", "oprd") for c in children
    )


def has_finite_verb(parse: Parse) -> bool:
    """A sentence with a verb in a tense; without one it is a caption or an entry of a list of works ("Topaz,
    1969 film by Alfred Hitchcock ...")."""
    return any(
        w.tag in ("VBD", "VBZ", "VBP", "MD") or past_read_as_participle(parse, i) for i, w in enumerate(parse.words)
    )


def verb_of(parse: Parse, index: int) -> int | None:
    """The verb of the clause that holds ``index``: itself, or the nearest verb above it."""
    for current in (index, *parse.ancestors(index)):
        tag = tag_of(parse, current)
        if tag in VERB_TAGS and tag != "MD" and dep_of(parse, current) not in ("amod", "compound", "aux", "auxpass"):
            return current
    return None


def word_cut_at_hyphen(parse: Parse, kept: list[int]) -> bool:
    """A word of ``kept`` glued by a hyphen to a word left out: part of one hyphenated word ("re-appointed")."""
    chosen = set(kept)
    for index in chosen:
        for hyphen, other in ((index + 1, index + 2), (index - 1, index - 2)):
            if not 0 <= other < len(parse.words) or parse.word(hyphen) not in ("-", "‐"):
                continue
            glued = (
                parse.words[min(index, other)].end == parse.words[hyphen].start
                and parse.words[hyphen].end == parse.words[max(index, other)].start
            )
            if glued and not {hyphen, other} <= chosen:
                return True
    return False
