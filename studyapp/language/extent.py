"""Which words a clause or a noun phrase holds: its own words without the clauses nested in it that do not hold
the date, and its subject (inherited from a first coordinated verb, or the noun a relative clause describes)."""

from __future__ import annotations

from studyapp.language.grammar import (
    APPOSITION_MARKS,
    NOUN_TAGS,
    SUBJECT_DEPS,
    VERB_TAGS,
    capitalized_noun,
    dep_of,
    helpers,
    tag_of,
)
from studyapp.language.parses import Parse

_RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})


def clause_tokens(parse: Parse, verb: int, keep: tuple[int, ...], dated: tuple[int, ...] = ()) -> tuple[int, ...]:
    """``verb``'s clause: its subtree without nested clauses that do not hold the date (``keep``). A verb
    coordinated with ``verb`` that has neither a subject nor a date (``dated``) of its own stays: "In 1876
    Venezuela protested and appealed to the United States" is one event."""
    kept = set(keep) | _quoted(parse)  # a quotation is kept word for word
    tokens: list[int] = []
    stack = [verb]
    while stack:
        current = stack.pop()
        tokens.append(current)
        at_verb = current == verb
        dropped = []
        for child in parse.children[current]:
            if current in keep and dep_of(parse, child) == "appos" and child not in keep:
                dropped.append(child)  # "throughout October 21, considering two options: an air strike": misparse
                continue
            if not _nested_clause(parse, current, child, at_verb) or kept.intersection(parse.subtree(child)):
                continue
            if at_verb and _noun_taken_for_a_verb(parse, child, {*keep, *dated}):
                continue
            if at_verb and _last_of_a_list(parse, child):
                continue  # "... due to international opposition, ..., and a lack of support": a list's last noun (r96)
            if at_verb and (
                _shares_the_date(parse, verb, child, set(dated)) or _joins_the_infinitive(parse, verb, child)
            ):
                tokens.extend(parse.subtree(child))  # told on as one event: kept whole
                dropped.append(child)
                continue
            dropped.append(child)
        if at_verb:
            dropped.extend(_after_a_subject_taken_for_a_conjunct(parse, current, dropped, kept))
        kept_whole = [c for c in dropped if c in tokens]
        for child in parse.children[current]:
            if child in dropped and dep_of(parse, child) == "cc" and not _joins_dropped(parse, current, child, dropped):
                dropped.remove(child)
            if child not in dropped:
                stack.append(child)
        for child in kept_whole:  # a coordinated verb kept whole keeps its "and"
            tokens.extend(c for c in parse.children[current] if dep_of(parse, c) == "cc" and c < child)
    tokens = _without_name_of_a_cut_clause(parse, _without_bare_appositions(parse, set(tokens)), verb)
    return tuple(trimmed(parse, _without_aside_of_a_cut_word(parse, tokens, {verb, *kept, *dated})))


def _after_a_subject_taken_for_a_conjunct(parse: Parse, verb: int, dropped: list[int], kept: set[int]) -> list[int]:
    """The verb's words after a dropped name the parser joined to it, which is the subject of the next clause
    ("were formally reestablished in 1554 and Portugal soon after acquired ...": "soon" is Portugal's)."""
    names = [c for c in dropped if dep_of(parse, c) == "conj" and tag_of(parse, c) in ("NNP", "NNPS")]
    if not names:
        return []
    return [
        c
        for c in parse.children[verb]
        if c > names[0] and c not in dropped and dep_of(parse, c) != "punct" and not kept.intersection(parse.subtree(c))
    ]


def _joins_the_infinitive(parse: Parse, verb: int, child: int) -> bool:
    """A base form the parser joined to a verb in a tense, after that verb's "to" clause: it goes with that clause
    ("sought to reform and liberalize the economy", not "sought to reform.": blind read r104)."""
    return (
        dep_of(parse, child) == "conj"
        and tag_of(parse, child) == "VB"
        and tag_of(parse, verb) in ("VBD", "VBZ", "VBP")
        and not any(dep_of(parse, c) in ("nsubj", "nsubjpass", "aux") for c in parse.children[child])
        and any(dep_of(parse, c) == "xcomp" and tag_of(parse, c) == "VB" and c < child for c in parse.children[verb])
    )


def _last_of_a_list(parse: Parse, child: int) -> bool:
    """A noun the parser joined to the verb that closes a list of nouns (", and a lack of support")."""
    if dep_of(parse, child) != "conj" or tag_of(parse, child) not in ("NN", "NNS"):
        return False
    first = parse.subtree(child)[0]
    joined = first >= 3 and parse.word(first - 1).lower() in ("and", "or") and tag_of(parse, first - 2) == ","
    if not joined or tag_of(parse, first - 3) not in ("NN", "NNS"):
        return False
    current = first - 3  # the noun before it hangs on the verb through phrases, not through a clause of its own
    while dep_of(parse, current) in ("conj", "pobj", "dobj", "prep", "pcomp"):
        current = parse.words[current].head
    return current == parse.words[child].head


_APPOSITION_DEPS = ("appos", "npadvmod", "dobj")


def _without_bare_appositions(parse: Parse, tokens: set[int]) -> list[int]:
    """Without an apposition whose relative clause was cut: "combustion, the topic on which he was to make his
    most significant contribution" would be left as "combustion, the topic", which says nothing."""
    for index in sorted(tokens):
        # "emerge among the tribes, a process which ...": the parser may take the apposition for an object
        if index not in tokens or dep_of(parse, index) not in _APPOSITION_DEPS or not set_apart(parse, index):
            continue
        if tag_of(parse, index) in ("NNP", "NNPS"):
            continue  # "Soviet Minister of Foreign Affairs, Andrei Gromyko, who claimed ...": the name says who
        relative = [c for c in parse.children[index] if dep_of(parse, c) == "relcl"]
        if relative and not tokens.intersection(parse.subtree(relative[0])):
            gone = set(parse.subtree(index))
            first = min(gone)
            if tag_of(parse, first - 1) == ",":
                gone.add(first - 1)
            tokens -= gone
    return sorted(tokens)


def _quoted(parse: Parse) -> set[int]:
    """The tokens inside quotation marks."""
    inside, quoted = False, set()
    for index, word in enumerate(parse.words):
        text = parse.text[word.start : word.end]
        if text in ('"', "“", "”"):
            inside = text != "”" and not (inside and text == '"')
            continue
        if inside:
            quoted.add(index)
    return quoted if not inside else set()


def _shares_the_date(parse: Parse, verb: int, conjunct: int, dated: set[int]) -> bool:
    """A coordinated verb with no subject, no date of its own and the same auxiliaries as ``verb``
    ("protested and appealed"; not "was signed ... and had secured"): it tells the same event on."""
    if dep_of(parse, conjunct) != "conj" or tag_of(parse, conjunct) not in VERB_TAGS:
        return False
    if any(dep_of(parse, c) in SUBJECT_DEPS for c in parse.children[conjunct]):
        return False
    if helpers(parse, verb) != helpers(parse, conjunct) or tag_of(parse, verb) != tag_of(parse, conjunct):
        return False
    return not dated.intersection(parse.subtree(conjunct))


def _joins_dropped(parse: Parse, head: int, cc: int, dropped: list[int]) -> bool:
    """An "and" or "but" whose next coordinated verb is left out of the clause (it goes too)."""
    following = [c for c in parse.children[head] if dep_of(parse, c) == "conj" and c > cc]
    return bool(following) and following[0] in dropped


def _nested_clause(parse: Parse, head: int, child: int, at_verb: bool) -> bool:
    """A dependent that is a clause of its own: a verb coordinated with the clause's verb (and its "and"), an
    adverbial or relative clause, a clause set before its verb ("X happened; Y happened" parses the first as a
    complement of the second)."""
    dep = dep_of(parse, child)
    if dep == "relcl":  # "territories that could serve as bases" is not "territories": a defining clause stays
        return set_apart(parse, child) or _non_defining(parse, child)
    if dep in ("ccomp", "parataxis"):
        return child < head
    if not at_verb:
        return False
    if dep == "advcl":  # "when ...", "after ...", "seeking a way ...": not "expanded to cover Hawaii"
        return not any(dep_of(parse, c) == "aux" and tag_of(parse, c) == "TO" for c in parse.children[child])
    if dep == "prep" and _absolute_with(parse, child):
        return True
    return dep in ("conj", "cc", "preconj")


def _absolute_with(parse: Parse, preposition: int) -> bool:
    """ "..., with many more being saved through ...": a clause of its own, with its own subject (blind read r152)."""
    return (
        parse.word(preposition).lower() == "with"
        and preposition > 0
        and tag_of(parse, preposition - 1) == ","
        and any(
            dep_of(parse, c) == "pcomp"
            and (tag_of(parse, c) == "VBG" or any(parse.word(a).lower() == "being" for a in parse.children[c]))
            and any(dep_of(parse, s) in ("nsubj", "nsubjpass") for s in parse.children[c])
            for c in parse.children[preposition]
        )
    )


def _noun_taken_for_a_verb(parse: Parse, conj: int, dates: set[int]) -> bool:
    """A noun coordinated with a verb, with no verb of its own, right before a date the parse gave the verb: a
    misparse of a list of dated things ("tensions ... such as the Bay of Pigs Invasion in April 1961, and the Cuban
    Missile Crisis in October 1962"), no clause to drop."""
    if dep_of(parse, conj) != "conj" or tag_of(parse, conj) not in NOUN_TAGS:
        return False
    words = parse.subtree(conj)
    after = max(words) + 1
    return (
        not any(tag_of(parse, i) in VERB_TAGS for i in words)
        and after < len(parse.words)
        and tag_of(parse, after) == "IN"
        and parse.words[after].head != conj
        and bool(dates.intersection(parse.subtree(after)))
    )


def trimmed(parse: Parse, tokens: list[int]) -> list[int]:
    """Without the punctuation, conjunctions and relative words at either edge."""
    while tokens and (tag_of(parse, tokens[0]) in _EDGE_TAGS or dep_of(parse, tokens[0]) in ("cc", "mark", "punct")):
        tokens = tokens[1:]
    while tokens and (
        tag_of(parse, tokens[-1]) in _EDGE_TAGS
        or (tag_of(parse, tokens[-1]) in _DANGLING and not _stranded(parse, tokens[-1], tokens))
        or dep_of(parse, tokens[-1]) == "cc"
    ):
        if tag_of(parse, tokens[-1]) == "''" and any(tag_of(parse, i) == "``" for i in tokens):
            break  # the close of a quotation the clause opens
        tokens = tokens[:-1]
    return tokens


def _stranded(parse: Parse, index: int, tokens: list[int]) -> bool:
    """A preposition or particle that ends its clause in the text too ("were still being worked on"), not one
    whose object was cut away."""
    if tag_of(parse, index) not in ("IN", "RP") or any(child not in tokens for child in parse.children[index]):
        return False
    at_end = index + 1 == len(parse.words) or tag_of(parse, index + 1) in (".", ",", ":", "''")
    return dep_of(parse, index) == "prt" or (not parse.children[index] and at_end)


def _named_subject(parse: Parse, verb: int) -> int | None:
    """The subject of ``verb`` when it is a name ("Enver Hoxha" of "Enver Hoxha was ..."; the name below a
    bracket the parser took for the subject, "ENVER HOXHA (; 16 October 1908 ...) was"), else None."""
    for child in parse.children[verb]:
        if dep_of(parse, child) in SUBJECT_DEPS:
            if tag_of(parse, child) in ("NNP", "NNPS"):
                return child
            if tag_of(parse, child) != "-LRB-":
                return None
            named = [
                i
                for i in parse.subtree(child)
                if i < child and tag_of(parse, i) in ("NNP", "NNPS") and dep_of(parse, i) in SUBJECT_DEPS
            ]
            return named[-1] if named else None
    return None


def _non_defining(parse: Parse, clause: int) -> bool:
    """A relative clause opened by "which" describes without defining, even without its comma ("debts from the
    1920s which had defaulted"); after "the" and no comma it says which one ("the Act of Parliament which
    established the British Museum")."""
    if not any(parse.word(c).lower() == "which" for c in parse.subtree(clause) if c < clause):
        return False
    antecedent = parse.words[clause].head
    opening = min(parse.subtree(clause))
    told = [i for i in parse.subtree(antecedent) if i < opening]
    # right after its noun's phrase, which ends on a noun ("the monument in 1901 which involved" adds)
    right_after = (
        opening - 1 == max(told)
        and tag_of(parse, opening - 1) in NOUN_TAGS
        and parse.word(opening).lower() == "which"  # not "the topic on which he was to make"
        and dep_of(parse, antecedent) != "appos"
    )
    the = any(dep_of(parse, c) == "det" and parse.word(c).lower() == "the" for c in parse.children[antecedent])
    return not (the and right_after)


_EDGE_TAGS = frozenset({",", ":", ".", "CC", "HYPH", "``", "''"})


_DANGLING = frozenset({"WDT", "WP", "IN", "DT", "TO"})  # a clause never ends on "which", "of", "the", "to"


def subject_of(parse: Parse, verb: int) -> tuple[tuple[int, ...], bool]:
    """The subject of ``verb``'s clause and whether it stands outside the clause (inherited from a first
    coordinated verb, or the noun a relative clause or a participle describes)."""
    current = verb
    for _ in range(6):
        for child in parse.children[current]:
            if dep_of(parse, child) in SUBJECT_DEPS:
                tokens = phrase_tokens(parse, child)
                if parse.word(child).lower() in _RELATIVE_PRONOUNS and dep_of(parse, current) == "relcl":
                    antecedent = parse.words[current].head
                    if _closed_bracket_between(parse, antecedent, child):
                        return (), False  # "the regulation of the Tisza (Hungarian: ...) which started" (r103)
                    antecedent = _name_just_before(parse, antecedent, child)
                    named = parse.words[antecedent].head
                    if dep_of(parse, antecedent) == "appos" and tag_of(parse, named) in ("NNP", "NNPS"):
                        return phrase_tokens(parse, named), True  # "Ali Mohamed, a former officer who had moved"
                    if dep_of(parse, antecedent) == "attr" and (told := _named_subject(parse, named)) is not None:
                        return phrase_tokens(parse, told), True  # "Hoxha was a politician who served": Hoxha served
                    return phrase_tokens(parse, antecedent, without=current), True
                tokens = _with_split_numeral(parse, _with_second_subject(parse, current, child, tokens))
                return _with_its_name(parse, _with_named_apposition(parse, child, tokens)), current != verb
        dep = dep_of(parse, current)
        head = parse.words[current].head
        if dep == "acl" and tag_of(parse, current) == "VBD" and tag_of(parse, head) in NOUN_TAGS:
            if _right_after_another_noun(parse, current, head):
                break  # "Xi Jinping, elected at the 18th National Congress held in October 2012": the Congress's
            return phrase_tokens(parse, head), True  # "The last keeper, Anna Lund, left on ...": a misread verb
        if dep == "conj" and head != current and tag_of(parse, head) in VERB_TAGS:
            if not _joined_by_a_word(parse, current):
                break  # "The first Hungarian designed and produced airplane (...) was flown": a misread (r103)
            current = head  # "... left the United States on December 7, and arrived in Liberia ..."
            continue
        if dep in ("xcomp",) and head != current:
            current = head
            continue
        break
    return (), False


def _with_second_subject(parse: Parse, verb: int, first: int, tokens: tuple[int, ...]) -> tuple[int, ...]:
    """A subject the parser split in two, the second right after the first: "The heavy isotope ¹⁵N was first
    discovered" read as "The heavy isotope" and "¹⁵N" (blind read r143)."""
    for child in parse.children[verb]:
        if child != first and dep_of(parse, child) in SUBJECT_DEPS and child == tokens[-1] + 1:
            return (*tokens, *phrase_tokens(parse, child))
    return tokens


def _right_after_another_noun(parse: Parse, verb: int, head: int) -> bool:
    """A past form right after a noun that is not the one the parser hung it on: a participle describing that
    noun ("the 18th National Congress held in October 2012"), not a verb whose subject is ``head``."""
    before = verb - 1
    return before != head and before >= 0 and tag_of(parse, before) in NOUN_TAGS


def _with_split_numeral(parse: Parse, tokens: tuple[int, ...]) -> tuple[int, ...]:
    """A subject ending on a name keeps the Roman "I" the parser took for a second subject: "the invasion of Chola
    emperor Rajaraja I forced" (blind read r112)."""
    after = tokens[-1] + 1
    if after < len(parse.words) and parse.word(after) == "I" and tag_of(parse, tokens[-1]) == "NNP":
        return (*tokens, after)
    return tokens


def _name_just_before(parse: Parse, antecedent: int, pronoun: int) -> int:
    """The name right before "who" when the parser hung the clause on the first noun of a list: "the revolutionary
    Irish Republican, suffragette and socialist Constance Markievicz who in 1918 was ..." is hers (r105)."""
    before = pronoun - 1
    if before == antecedent or tag_of(parse, before) not in ("NNP", "NNPS") or parse.word(pronoun).lower() != "who":
        return antecedent
    current = before
    while dep_of(parse, current) == "conj" and current != antecedent:
        current = parse.words[current].head
    return before if current == antecedent else antecedent


def _closed_bracket_between(parse: Parse, antecedent: int, pronoun: int) -> bool:
    """A bracket that opens before ``antecedent`` closes before ``pronoun``: the antecedent is a gloss's word."""
    depth = 0
    for index in range(antecedent, pronoun):
        depth += (parse.word(index) == "(") - (parse.word(index) == ")")
        if depth < 0:
            return True
    return False


def _joined_by_a_word(parse: Parse, conj: int) -> bool:
    """A verb joined to the one before by "and", "but", a comma or the like just before its clause."""
    first = min(parse.subtree(conj))
    return first > 0 and tag_of(parse, first - 1) in ("CC", ",", ":")


def _with_named_apposition(parse: Parse, head: int, tokens: tuple[int, ...]) -> tuple[int, ...]:
    """A subject that describes someone keeps the name set apart after it: "The designated leader of the uprising,
    General José Sanjurjo, died" is asked of him, not of "the designated leader of the uprising" (blind read r95)."""
    if tag_of(parse, head) not in ("NN", "NNS") or not any(dep_of(parse, c) == "det" for c in parse.children[head]):
        return tokens
    for child in parse.children[head]:
        name = parse.subtree(child)
        if (
            child > head
            and dep_of(parse, child) == "appos"
            and parse.word(name[0] - 1) in APPOSITION_MARKS
            and _a_name(parse, name)
            and min(name) - 1 == max(tokens) + 1
        ):
            return (*tokens, min(name) - 1, *name)
    return tokens


def _a_name(parse: Parse, tokens: list[int]) -> bool:
    """Words of a name, after "the" or not: "General José Sanjurjo", "the Codex Theodosianus"."""
    if len(tokens) > 2 and parse.word(tokens[0]).lower() == "the":
        tokens = tokens[1:]
    return all(tag_of(parse, t) in ("NNP", "NNPS") for t in tokens)


def _with_its_name(parse: Parse, tokens: tuple[int, ...]) -> tuple[int, ...]:
    """A subject "I" alone after capitalized nouns is the Roman numeral of their name, which the parser took for
    the pronoun: "Stage I commenced", "King Manuel I commissioned" (blind read r46: "When did I commence ...?")."""
    if len(tokens) != 1 or parse.word(tokens[0]) != "I":
        return tokens
    first = tokens[0]
    while first > 0 and capitalized_noun(parse, first - 1):
        first -= 1
    return tuple(range(first, tokens[0] + 1))


def phrase_tokens(parse: Parse, index: int, without: int | None = None) -> tuple[int, ...]:
    """A noun phrase without the clauses and appositions set apart from it by a comma ("Burlingame, a lawyer,
    ...") nor the clause ``without`` (the relative clause it is the subject of); a defining clause stays ("the
    first issue that led to a pause")."""
    tokens = [index]
    stack = [c for c in parse.children[index] if c != without]
    while stack:
        current = stack.pop()
        dep = dep_of(parse, current)
        if parse.words[current].head == index and (
            dep == "advcl"
            or (dep in ("appos", "relcl") and set_apart(parse, current) and not _numbers_listed(parse, current))
            or (
                dep == "punct"
                and not _inside_the_phrase(parse, current, index)
                and not _before_a_conjunct(parse, current, index)
                and not _between_numbers(parse, current)
            )
        ):
            continue
        if dep == "appos" and _in_brackets(parse, current):
            continue  # "the Ibsen Society of America (ISA)": "When was the Ibsen Society of America ISA founded?"
        tokens.append(current)
        stack.extend(parse.children[current])
    words = [t for t in tokens if tag_of(parse, t) not in ("``", "''")]
    # quotation marks inside the phrase stay ('The "official" version'); one that opens or closes it does not
    tokens = sorted(t for t in tokens if min(words) < t < max(words) or t in words)
    return _contiguous(parse, tokens, index)


def _numbers_listed(parse: Parse, index: int) -> bool:
    """A number after a comma that follows a number: one of a list the parser split ("NASA's Pioneers 6, 7, 8 and
    9", r156), not an apposition."""
    first = min(parse.subtree(index))
    return tag_of(parse, index) == "CD" and first > 1 and _between_numbers(parse, first - 1)


def _between_numbers(parse: Parse, mark: int) -> bool:
    """A comma of a list of numbers: "Pioneers 6, 7, 8 and 9"."""
    return (
        parse.word(mark) == ","
        and 0 < mark < len(parse.words) - 1
        and tag_of(parse, mark - 1) == "CD"
        and tag_of(parse, mark + 1) == "CD"
    )


def _before_a_conjunct(parse: Parse, mark: int, head: int) -> bool:
    """A comma of a list of nouns, right before one of them: "France, Britain and Italy signed" are the three who
    signed, not France alone (blind read r142); not "The Gemeenlandshuis Delfland, or Huyterhuis, ...", a second
    name set apart."""
    following = mark + 1
    return (
        parse.word(mark) == ","
        and following < len(parse.words)
        and dep_of(parse, following) == "conj"
        and parse.words[following].head == head
    )


def _inside_the_phrase(parse: Parse, mark: int, head: int) -> bool:
    """A hyphen, a quotation mark, a joining dash, or a bracket before the phrase's noun ("the (Confederate) Army of
    the Potomac", r79: without it the phrase lost "the" too): marks that stay with the words of a phrase."""
    tag = tag_of(parse, mark)
    if tag in ("-LRB-", "-RRB-"):
        pair = [c for c in parse.children[head] if tag_of(parse, c) in ("-LRB-", "-RRB-") and c < head]
        return len(pair) == 2 and tag_of(parse, pair[0]) == "-LRB-" and mark in pair  # both before the noun
    return tag in ("HYPH", "``", "''") or _glued(parse, mark)


def set_apart(parse: Parse, index: int) -> bool:
    """An apposition set apart by a comma or a bracket ("Burlingame, a lawyer, ..."), not "Peter the Great" nor
    the second name of "the research group Hahn–Meitner", joined by a dash with no space."""
    first = min(parse.subtree(index))
    return first > 0 and tag_of(parse, first - 1) in (",", "-LRB-", ":") and not _glued(parse, first - 1)


def _in_brackets(parse: Parse, index: int) -> bool:
    """The phrase of ``index`` is all that a pair of brackets holds (the opening one may hang on the phrase:
    "Schöner Brunnen (Beautiful Fountain)")."""
    tokens = [t for t in parse.subtree(index) if tag_of(parse, t) != "-LRB-"]
    first, last = min(tokens), max(tokens)
    return (
        first > 0
        and last + 1 < len(parse.words)
        and tag_of(parse, first - 1) == "-LRB-"
        and tag_of(parse, last + 1) == "-RRB-"
    )


def _glued(parse: Parse, index: int) -> bool:
    """An en dash or a hyphen between two words with no space on either side ("Hahn–Meitner", "Adams–Onís"):
    it joins them, where an em dash sets a phrase apart ("left Sudan—significantly weakened")."""
    words = parse.words
    return (
        parse.word(index) in ("–", "-")
        and 0 < index < len(words) - 1
        and words[index - 1].end == words[index].start
        and words[index].end == words[index + 1].start
    )


def _contiguous(parse: Parse, tokens: list[int], anchor: int) -> tuple[int, ...]:
    """The unbroken run of ``tokens`` around ``anchor`` (a phrase is shown as written, never with holes)."""
    present = set(tokens)
    first = last = anchor
    while first - 1 in present:
        first -= 1
    while last + 1 in present:
        last += 1
    return tuple(range(first, last + 1))


def _without_aside_of_a_cut_word(parse: Parse, tokens: list[int], kept: set[int]) -> list[int]:
    """Without a bracketed aside that follows words the card leaves out: it tells of the last of them, which the
    parser may not see ("the town of Helsingfors, which he intended to be a rival to ... Reval (today known as
    Tallinn)" is no "Helsingfors, (today known as Tallinn)": blind read r152)."""
    shown = set(tokens)
    stray: set[int] = set()
    for opening in tokens:
        if parse.word(opening) != "(" or opening - 1 in shown or not any(i < opening - 1 for i in shown):
            continue
        closing = next((i for i in range(opening + 1, len(parse.words)) if parse.word(i) == ")"), None)
        if closing is not None and not kept.intersection(range(opening, closing + 1)):
            stray |= set(range(opening, closing + 1))
    return [i for i in tokens if i not in stray]


def _without_name_of_a_cut_clause(parse: Parse, tokens: list[int], verb: int) -> list[int]:
    """Without a name set off by a comma after a clause the card leaves out, which the parser hung on the verb but
    which names a word of that clause: "Development of radar greatly expanded on 1 September 1936 when Watson-Watt
    became Superintendent of a new establishment ..., Bawdsey Research Station located in ..." (blind read r143)."""
    kept = set(tokens)
    children = parse.children[verb]
    cut = [c for c in children if parse.words[c].dep == "advcl" and c not in kept]
    stray: set[int] = set()
    for child in children:
        start = min(parse.subtree(child))
        if (
            parse.words[child].dep in ("npadvmod", "appos", "dep")
            and any(c < child and max(parse.subtree(c)) == start - 2 for c in cut)
            and parse.words[start - 1].tag == ","
        ):
            stray |= {start - 1, *parse.subtree(child)}
    return [i for i in tokens if i not in stray]
