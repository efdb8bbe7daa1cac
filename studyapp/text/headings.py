"""Is a line a heading, and what kind: ALL-CAPS, Title-Case or a short plain line."""

from __future__ import annotations

import re

from studyapp.text.markers import SUPERSCRIPT_DIGITS, extract_markers
from studyapp.text.sentences import split_sentences

MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120
_MAX_PLAIN_WORDS = 8
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "vs",
        "via",
        "into",
        "onto",
        "over",
        "under",
        "upon",
        "per",
        "than",
        "that",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "is",
        "are",
        "was",
        "were",
        "be",
        "de",
        "la",
        "le",
        "du",
        "des",
        "van",
        "von",
        "al",
        "el",
    ]
)
# A heading never ends with one of these: the line was cut mid-sentence.
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "into",
        "that",
        "which",
        "who",
        "whose",
        "whom",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "these",
        "those",
        "than",
    ]
)
_TRAILING_NOISE = "*_ \t" + SUPERSCRIPT_DIGITS
_TERMINAL = frozenset(".!?:;\u2026")
_CLOSERS = "\"'\u201d\u2019)]"
# "in Hamburg.2", "in August 2016.3": a note number in plain digits right after the full stop
_PLAIN_MARKER_END = re.compile(r"(?:[^\W\d_]|(?<![\d.,])\d{4})[\"'\u201d\u2019)]?[.!?][\"'\u201d\u2019)]?\d{1,3}$")
_URL_END = re.compile(r"(?:https?://|www\.)\S*$")
_BRACKET_MARKER_END = re.compile(r"\[\^?[^\]\s]{1,40}\]$")
_TAIL = 300
_QUOTED = re.compile(r"\"[^\"]{1,60}\"|\u201c[^\u201d]{1,60}\u201d")
_NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,5})\.?\s+")
_WORD = re.compile(r"(?<!\w)[^\W\d_][\w'\u2019-]*")  # "1880s" holds no word "s"


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a finished sentence (footnote markers and closing quotes aside)."""
    stripped = text[-_TAIL:].rstrip(_TRAILING_NOISE)
    if stripped[-1:] in _TERMINAL:
        return True
    while stripped.endswith("]"):
        marker = _BRACKET_MARKER_END.search(stripped)
        if not marker:
            break
        stripped = stripped[: marker.start()].rstrip(_TRAILING_NOISE)
    if "/" in stripped and _URL_END.search(stripped):
        return True
    if stripped[-1:].isdigit() and _PLAIN_MARKER_END.search(stripped):
        return True  # a note number in plain digits right after the full stop
    return stripped.rstrip(_CLOSERS + _TRAILING_NOISE)[-1:] in _TERMINAL


def ends_dangling(text: str) -> bool:
    """True when ``text`` ends with a word that cannot end a line of its own ("signed by the")."""
    tokens = text[-_TAIL:].split()
    return bool(tokens) and tokens[-1].strip(_CLOSERS + "*_,;:").lower() in _DANGLING


def starts_lower(text: str) -> bool:
    """True when ``text`` starts with a lower-case letter (a paragraph continued after a page break)."""
    for char in text[:3]:
        if char.isalpha():
            return char.islower()
        if char not in "\"'\u201c\u2018([*_":
            return False
    return False


_RUN_IN_OPENERS = frozenset(
    [
        "The",
        "In",
        "On",
        "At",
        "By",
        "As",
        "For",
        "From",
        "Despite",
        "After",
        "Before",
        "During",
        "Most",
        "Few",
        "Many",
        "Some",
        "Although",
        "Though",
        "While",
        "When",
        "Since",
        "Until",
        "Unlike",
        "With",
        "Without",
        "Between",
        "Among",
        "This",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "Not",
        "Only",
        "Even",
        "Yet",
        "But",
        "Under",
        "Over",
        "Through",
        "Throughout",
        "Following",
        "According",
        "Because",
        "If",
        "Once",
        "Nearly",
        "Almost",
        "Several",
        "Both",
        "Each",
        "Every",
        "No",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "Such",
        "Like",
    ]
)
_MAX_RUN_IN_WORDS = 8
_MIN_RUN_IN_REST = 6


def run_in_heading(text: str) -> tuple[str, str] | None:
    """A heading run into the first line of its paragraph, as some plain-text corpora print a subheading:
    ``"Bin Ladin Moves to Sudan By the fall of 1989, ..."`` -> ``("Bin Ladin Moves to Sudan", "By the fall ...")``.

    A run of Title-Case words followed by a word that opens sentences is no sentence of English; nor is a
    word said twice ("Islam Islam (a word ..."). Any other paragraph gives None.
    """
    words = text.split(" ", _MAX_RUN_IN_WORDS + _MIN_RUN_IN_REST)
    if len(words) < 2 + _MIN_RUN_IN_REST or not words[0][:1].isupper():
        return None
    if words[0] == words[1] and words[0].isalpha():
        return words[0], text[len(words[0]) + 1 :]
    for k in range(2, min(_MAX_RUN_IN_WORDS + 1, len(words))):
        word = words[k]
        if word in _RUN_IN_OPENERS:
            head = " ".join(words[:k])
            if words[k - 1].lower() in _SMALL_WORDS or not is_title_case(head) or any(c in head for c in '.,;:()"'):
                return None
            return head, text[len(head) + 1 :]
        if not (word[:1].isupper() or word in _SMALL_WORDS):
            return None
    return None


def is_title_case(text: str) -> bool:
    """True when every word but the small ones starts with a capital ("Planning the Voyage")."""
    words = _WORD.findall(text)
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(significant) and all(w[0].isupper() for w in significant)


_ERA = r"(?:\s?(?:BC|AD|BCE|CE))?"
_PERIOD_AFTER = re.compile(rf"\s\((?:c\.\s?)?\d{{1,4}}{_ERA}\s?[–-]\s?(?:c\.\s?)?(?:\d{{1,4}}|present){_ERA}\)$")
_PERIOD_LABEL = re.compile(r"^\d{3,4}s?(?:\s?[–-]\s?(?:\d{2,4}s?|present))?:\s+(?=\S)")


def heading_kind(line: str) -> str | None:
    """``"caps"``, ``"title"`` or ``"plain"`` when ``line`` (cleaned) can be a heading, else None."""
    text = line.strip().strip("*_").strip()
    if not text or len(text) > MAX_HEADING_CHARS:
        return None
    text = extract_markers(text)[0]
    if not text or text[-1] in ".,;:":
        return None
    if len(split_sentences(_NUMBERING.sub("", text))) > 1 and ("." in text[:-1] or not is_title_case(text)):
        return None  # "It grew. It fell" is two sentences, no heading; "The Three Amigos? Discord and Amité" is one
    if not (text[0].isupper() or text[0].isdigit()):
        return None
    if " | " in text:
        return None  # "Briefing Paper | March 2023": fields of a dateline or a menu, no heading
    if _FORMULA.search(text):
        return None  # "3 Fe + 4 H₂O → Fe₃O₄ + 4 H₂": an equation set on its own line (blind read r135)
    words = _WORD.findall(text)
    if not words or len(text.split()) > MAX_HEADING_WORDS:
        return None
    if text.split()[-1].lower() in _DANGLING:
        return None
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return "caps"
    significant = [w for w in words if w.lower() not in _SMALL_WORDS] or words
    if sum(w[0].isupper() for w in significant) >= 0.75 * len(significant):
        return "title"
    unnumbered = _NUMBERING.sub("", text)  # "2.1 The energy factor": the numbering's dots are no punctuation
    unnumbered = _PERIOD_LABEL.sub("", unnumbered)  # "1844–1938: The Hong Kong effect": the period it covers
    unnumbered = _PERIOD_AFTER.sub("", unnumbered)  # "Medieval Christian Nubian kingdoms (c. 350–1500)" (r117)
    unquoted = _QUOTED.sub("", unnumbered)  # 'Joseph Black's "fixed air"': a quotation in a heading
    if len(text.split()) <= _MAX_PLAIN_WORDS and not any(c in unquoted for c in '.,:;!?"\u201c\u201d'):
        return "plain"  # "Early life": a short line in sentence case
    if len(text.split()) <= _MAX_PLAIN_WORDS and _LIST_OF_TOPICS.match(unquoted):
        return "plain"  # "In art, film and literature" (blind read r116)
    return None


_FORMULA = re.compile(r"[→⇌⟶⇄=]")
# a short heading that lists its topics: "In art, film and literature", "Economy, trade and industry"
_LIST_OF_TOPICS = re.compile(r"^(?:In\s+)?[A-Za-z][a-z-]*(?:,\s+[a-z][a-z-]*)+,?\s+and\s+[a-z][a-z-]*$")
