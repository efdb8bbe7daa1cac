"""The base form of an English past-tense verb ("signed" -> "sign"), or None when unsure.

Used to turn "X signed a deal in 2012." into "When did X sign a deal?". Irregular verbs are listed; regular
"-ed" forms follow spelling rules, and the spellings those rules cannot settle ("visited": visit or visite?)
answer None, so the caller falls back to a question that needs no grammar.
"""

from __future__ import annotations

import re

_IRREGULAR = {
    "arose": "arise",
    "awoke": "awake",
    "became": "become",
    "began": "begin",
    "bent": "bend",
    "bore": "bear",
    "bought": "buy",
    "brought": "bring",
    "broke": "break",
    "built": "build",
    "burnt": "burn",
    "came": "come",
    "caught": "catch",
    "chose": "choose",
    "cut": "cut",
    "dealt": "deal",
    "dug": "dig",
    "did": "do",
    "drew": "draw",
    "drove": "drive",
    "ate": "eat",
    "fell": "fall",
    "fed": "feed",
    "felt": "feel",
    "fought": "fight",
    "found": "find",
    "fled": "flee",
    "flew": "fly",
    "forbade": "forbid",
    "forgot": "forget",
    "forgave": "forgive",
    "froze": "freeze",
    "got": "get",
    "gave": "give",
    "went": "go",
    "grew": "grow",
    "hung": "hang",
    "had": "have",
    "heard": "hear",
    "hid": "hide",
    "hit": "hit",
    "held": "hold",
    "hurt": "hurt",
    "kept": "keep",
    "knew": "know",
    "laid": "lay",
    "led": "lead",
    "left": "leave",
    "lent": "lend",
    "let": "let",
    "lay": "lie",
    "lost": "lose",
    "made": "make",
    "meant": "mean",
    "met": "meet",
    "overcame": "overcome",
    "overthrew": "overthrow",
    "paid": "pay",
    "put": "put",
    "quit": "quit",
    "ran": "run",
    "rang": "ring",
    "rose": "rise",
    "said": "say",
    "saw": "see",
    "sought": "seek",
    "sold": "sell",
    "sent": "send",
    "set": "set",
    "shook": "shake",
    "shot": "shoot",
    "showed": "show",
    "shut": "shut",
    "sang": "sing",
    "sank": "sink",
    "sat": "sit",
    "slept": "sleep",
    "spoke": "speak",
    "spent": "spend",
    "split": "split",
    "spread": "spread",
    "stood": "stand",
    "stole": "steal",
    "stuck": "stick",
    "struck": "strike",
    "strove": "strive",
    "swore": "swear",
    "swept": "sweep",
    "swam": "swim",
    "took": "take",
    "taught": "teach",
    "tore": "tear",
    "told": "tell",
    "thought": "think",
    "threw": "throw",
    "undertook": "undertake",
    "understood": "understand",
    "upheld": "uphold",
    "withdrew": "withdraw",
    "won": "win",
    "wrote": "write",
    "wore": "wear",
    "woke": "wake",
    "foresaw": "foresee",
    "oversaw": "oversee",
    "rebuilt": "rebuild",
    "reelected": "reelect",
    "underwent": "undergo",
    "withheld": "withhold",
    "outlawed": "outlaw",
}
# "-ed" forms whose base the rules below would get wrong.
_REGULAR_EXCEPTIONS = {
    "created": "create",
    "focused": "focus",
    "biased": "bias",
    "developed": "develop",
    "enveloped": "envelop",
    "added": "add",
    "united": "unite",
    "invited": "invite",
    "cited": "cite",
    "recited": "recite",
    "excited": "excite",
    "ignited": "ignite",
    "visited": "visit",
    "limited": "limit",
    "edited": "edit",
    "inherited": "inherit",
    "exhibited": "exhibit",
    "credited": "credit",
    "deposited": "deposit",
    "prohibited": "prohibit",
    "merited": "merit",
    "completed": "complete",
    "competed": "compete",
    "deleted": "delete",
    "targeted": "target",
    "budgeted": "budget",
    "restored": "restore",
    "explored": "explore",
    "ignored": "ignore",
    "scored": "score",
    "stored": "store",
    "honored": "honor",
    "favored": "favor",
    "sponsored": "sponsor",
    "monitored": "monitor",
    "censored": "censor",
    "mirrored": "mirror",
    "controlled": "control",
    "compelled": "compel",
    "expelled": "expel",
    "propelled": "propel",
    "patrolled": "patrol",
    "repelled": "repel",
    "excelled": "excel",
    "enrolled": "enroll",
    "installed": "install",
    "fulfilled": "fulfill",
    "ruined": "ruin",
}
_VOWELS = "aeiou"
_DIGRAPHS = frozenset({"ai", "ea", "ee", "oa", "oi", "ou", "au", "ei", "oo"})
_NOT_VERBS = frozenset(
    {
        "united",
        "so-called",
        "red",
        "bed",
        "need",
        "indeed",
        "speed",
        "seed",
        "hundred",
        "kindred",
        "naked",
        "wicked",
        "sacred",
        "shed",
        "wed",
        "bred",
        "fled",
        "led",
        "fed",
    }
)
_WORD = re.compile(r"[a-z]+")


def base_form(word: str) -> str | None:
    """``"declared"`` -> ``"declare"``; None when ``word`` is not a past tense this module can undo."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _REGULAR_EXCEPTIONS:
        return _REGULAR_EXCEPTIONS[word]
    if not _WORD.fullmatch(word) or not word.endswith("ed") or len(word) < 5 or word in _NOT_VERBS:
        return None
    return _regular(word[:-2])


def _regular(stem: str) -> str | None:
    last, before = stem[-1], stem[-2]
    pair = stem[-3:-1] in _DIGRAPHS  # "gain", "treat", "need"
    if stem.endswith("i"):
        return stem[:-1] + "y"  # carried
    if last in "eu":
        return stem + "e"  # agreed (stem "agre"), continued
    if last == "o":
        return stem  # vetoed
    if last == before and last in "bdgmnprt":
        return stem[:-1]  # stopped, planned, committed
    if stem.endswith("ell") and any(c in _VOWELS for c in stem[:-3]):
        return stem[:-1]  # British spelling: travelled, cancelled, quarrelled (but spelled, yelled)
    if last == before and last in "lsfz":
        return stem  # called, passed, staffed
    if last in "hwxyk" and not (last == "k" and before in _VOWELS and not pair):
        return stem  # launched, allowed, fixed, employed, attacked
    if pair:
        return stem + "e" if last in "svcz" else stem  # caused, achieved / gained, treated, needed
    if last in "vcz":
        return stem + "e"  # moved, announced, seized
    if before in _VOWELS:
        return _after_single_vowel(stem)
    if last == "s":
        return stem if before == "s" else stem + "e"  # licensed, collapsed, reversed
    if last == "g":
        return stem + "e"  # changed, merged
    if last == "l":
        return stem + "e"  # settled, struggled
    return stem  # acted, arrested, founded, formed, signed, turned


def _after_single_vowel(stem: str) -> str | None:
    tail = stem[-2:]
    if tail in (
        "at",
        "ut",
        "ot",
        "iz",
        "ur",
        "ar",
        "ir",
        "id",
        "ud",
        "ad",
        "od",
        "ag",
        "ug",
        "eg",
        "am",
        "um",
        "om",
        "ap",
        "ip",
        "op",
        "ib",
        "ob",
        "al",
        "il",
        "ul",
        "ol",
        "as",
        "is",
        "os",
        "us",
        "in",
        "ak",
        "ok",
        "ik",
        "uk",
        "ov",
        "ac",
    ):
        if stem.endswith("elop") or stem.endswith("ep") or (tail in ("ap",) and stem.endswith("lap")):
            return stem
        return stem + "e"  # created, executed, promoted, realized, secured, declared, decided, named, ruled
    if tail in ("er", "en", "on", "el", "et", "it", "em", "ep", "an", "un", "es"):
        return None if tail in ("et", "it", "an", "un", "es") else stem  # entered, opened, questioned
    return None
