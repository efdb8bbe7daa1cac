"""Dates that are no dated facts of the text, told apart before any parsing.

* inside a citation (the reader's :attr:`~studyapp.text.document.Sentence.citations`, and the sources cited in
  any text: :mod:`studyapp.extract.cited`): the year of a source;
* inside a quotation: someone's words, not the text's account ("the threat it faced in 1962, 1963");
* the year of an edition, a translation or a reprint ("English edition 1967", "repr. 1997");
* the years in the title of a work ("The Influence of Sea Power upon History, 1660–1783");
* inside square brackets (an editor's insertion, a running page header "[ May 2016 ]"), or before the "]]"
  that closes an image caption of a wiki copy ("... October 25, 1962.]]"), or between the bullets of a
  running header ("• May 2016 •"), or in a caption that opens its sentence ("Figure 1.5 ... in 2015");
* before a web address in the same sentence: the date a reference gives its source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.extract.cited import source_spans
from studyapp.extract.model import DateMention

_QUOTED = re.compile(r"“[^“”]{1,600}”|\"[^\"]{1,600}\"")
_BRACKETED = re.compile(r"\[[^\[\]]{1,200}\]")
_BULLETED = re.compile(r"•[^•]{1,40}•")  # "archipelagos • May 2016 • DOI ...": a running header's fields
_URL = re.compile(r"https?://|www\.")
_CAPTION = re.compile(r"^(?:Figure|Fig\.|Table|Plate|Map|Image|Photo|Illustration)\s\d")
_EDITION = re.compile(
    r"\b(?:edition|editions|ed\.|eds\.|translation|translated|trans\.|reprint|reprinted|repr\.|reissued?|printing"
    r"|declassified|retrieved|accessed|updated)"
    r"\W{1,3}(?:\w+\W{1,3}){0,2}$",
    re.IGNORECASE,
)
_EDITION_AFTER = re.compile(r"^[^\w(]{0,3}(?:\w+\s){0,2}(?:edition|translation|reprint|printing)\b", re.IGNORECASE)
# "$100 billion in 2010 value", "in 1990 dollars", "at 2015 prices": the year a figure is counted in (blind read r20)
_MONEY_BASE_AFTER = re.compile(
    r"^\s(?:US\s|U\.S\.\s|constant\s)?(?:dollars?|value|prices|terms|money|euros?|pounds|francs|USD|US\$)\b"
)
# A title: capitalized words with a small word among them ("The Influence of Sea Power upon History"), a comma,
# then a range of years.
_TITLE_BEFORE = re.compile(
    r"[A-Z][\w'’-]*\s(?:[A-Z][\w'’-]*\s)*(?:(?:of|upon|in|and|the|on|for|to)\s)+"
    r"(?:[A-Z][\w'’-]*\s(?:(?:of|upon|in|and|the|on|for|to)\s)*)*[A-Z][\w'’-]*,\s$"
)


def kept_dates(sentence: str, mentions: list[DateMention], cited: Sequence[tuple[int, int]] = ()) -> list[DateMention]:
    """``mentions`` without the dates of citations, quotations, editions and titles of works.

    Args:
        sentence: the sentence the mentions were found in.
        mentions: its dates.
        cited: where the reader found author-year citations in it (as (start, end) offsets).
    """
    if not mentions:
        return mentions
    blocked = [*cited, *source_spans(sentence)]
    if '"' in sentence or "“" in sentence:
        blocked += [m.span() for m in _QUOTED.finditer(sentence)]
    if "[" in sentence:
        blocked += [m.span() for m in _BRACKETED.finditer(sentence)]
    if "]]" in sentence:
        blocked.append((0, sentence.rfind("]]")))
    if "•" in sentence:
        blocked += [m.span() for m in _BULLETED.finditer(sentence)]
    if _CAPTION.match(sentence):
        return []
    url = _URL.search(sentence)
    if url is not None:
        blocked.append((0, url.start()))  # "..., published 2 June 2014 by eHistory.org, http://...": a reference
    kept = []
    for mention in mentions:
        start, end = mention.offset, mention.offset + len(mention.text)
        if any(a <= start and end <= b for a, b in blocked):
            continue
        before, after = sentence[max(0, start - 40) : start], sentence[end : end + 30]
        if _EDITION.search(before) or _EDITION_AFTER.search(after):
            continue
        if mention.text.isdigit() and _MONEY_BASE_AFTER.match(after):
            continue
        if mention.start != mention.end and _TITLE_BEFORE.search(sentence[max(0, start - 80) : start]):
            continue
        kept.append(mention)
    return kept
