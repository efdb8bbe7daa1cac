"""Lines -> raw elements: Markdown headings, numbered-list items and runs of text lines.

Each element remembers whether a blank line came before it (``gap_before``) and whether it was one line
standing alone between blank lines (``alone``), which is what heading detection and page-break joining need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studyapp.text.headings import ends_sentence

MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
LIST_ITEM = re.compile(r"^\s{0,8}(?:\((?=\d{1,3}\)))?(\d{1,6})[.)]\s+(\S.*)$")  # "1.", "1)", "(1)"
MD_FOOTNOTE_DEF = re.compile(r"^\s{0,3}\[\^([^\]\s]{1,40})\]:\s*(.*)$")
_SENTENCE_ENDS = (".", ";", ":", "!", "?")
_RARE_BLANKS = 10  # fewer than one blank line for 10 lines of text
_OFTEN_LONG = 4  # at least one line in 4 is a whole paragraph
_WRAP_WIDTH = 90  # a hard-wrapped line is shorter; a longer line that ends a sentence is a paragraph
_BULLET = re.compile(r"^\s{0,8}[-*+\u2022\u2023\u25e6]\s+(\S.*)$")
_RULE = re.compile(r"^\s{0,3}([-=*_])(?:\s*\1){2,}\s*$")  # "-----", "=====", "* * *"
_BULLET_STARTS = frozenset("-*+\u2022\u2023\u25e6")
_RULE_STARTS = frozenset("-=*_")
_QUOTE_PREFIX = re.compile(r"^\s{0,3}>\s?")
_PAGE_NUMBER = re.compile(r"^\s*(?:\d{1,4}|-\s*\d{1,4}\s*-|page \d{1,4})\s*$", re.IGNORECASE)


@dataclass
class Element:
    kind: str  # "heading" (Markdown), "item" (numbered), "bullet", "text"
    text: str
    gap_before: bool
    level: int = 0  # Markdown heading level
    number: int = 0  # list item number
    raw: list[str] = field(default_factory=list)  # the lines as written (to demote an item to text)
    alone: bool = False  # a single text line with blank lines (or the edges) around it
    new_paragraph: bool = False  # starts a paragraph though no blank line comes before it


@dataclass
class Scan:
    elements: list[Element]
    definitions: list[tuple[str, list[str]]]  # Markdown footnote definitions: label, lines


def scan_lines(lines: list[str]) -> Scan:
    """Group ``lines`` into elements; Markdown footnote definitions are set apart."""
    elements: list[Element] = []
    definitions: list[tuple[str, list[str]]] = []
    gap = True
    in_definition = False
    every_line_apart = _unwrapped_without_gaps(lines)
    for i, line in enumerate(lines):
        if not line.strip():
            gap = True
            continue
        if every_line_apart:
            gap = True
        if gap and _PAGE_NUMBER.match(line) and (i + 1 == len(lines) or not lines[i + 1].strip()):
            continue  # a page number alone between blank lines
        start = line.lstrip()[:1]  # a line pattern is tried only on a line that starts as it needs
        definition = MD_FOOTNOTE_DEF.match(line) if start == "[" else None
        if definition:
            definitions.append((definition.group(1), [definition.group(2)]))
            in_definition, gap = True, False
            continue
        if in_definition:
            if not gap or line.startswith(("    ", "\t")):
                definitions[-1][1].append(line.strip())
                gap = False
                continue
            in_definition = False
        if start == ">":
            line = _QUOTE_PREFIX.sub("", line)
            if not line.strip():
                gap = True
                continue
            start = line.lstrip()[:1]
        rule = _RULE.match(line) if start in _RULE_STARTS else None
        if rule:
            last = elements[-1] if elements else None
            if rule.group(1) in "=-" and not gap and last is not None and last.kind == "text" and len(last.raw) == 1:
                # A setext heading: the line above, underlined.
                last.kind, last.level = "heading", 1 if rule.group(1) == "=" else 2
            gap = True
            continue
        _add_line(elements, line, gap, start)
        gap = False
    _mark_alone(elements)
    return Scan(_merge_text(_demote_lone_items(elements)), definitions)


def _add_line(elements: list[Element], line: str, gap: bool, start: str) -> None:
    """Add ``line`` (whose first visible character is ``start``) as an element or to the last one."""
    heading = MD_HEADING.match(line) if start == "#" else None
    if heading:
        elements.append(Element("heading", heading.group(2), gap, level=len(heading.group(1)), raw=[line]))
        return
    item = LIST_ITEM.match(line) if start == "(" or start.isdecimal() else None
    if item:
        elements.append(Element("item", item.group(2).strip(), gap, number=int(item.group(1)), raw=[line]))
        return
    bullet = _BULLET.match(line) if start in _BULLET_STARTS else None
    if bullet:
        elements.append(Element("bullet", bullet.group(1).strip(), gap, raw=[bullet.group(1)]))
        return
    last = elements[-1] if elements else None
    text = line.strip()
    if last is not None and not gap and last.kind == "text":
        if not _whole_paragraph(last.raw[-1]):
            last.raw.append(line)
            return
        elements.append(Element("text", text, False, raw=[line], new_paragraph=True))
        return  # unwrapped text: one paragraph a line, no blank line between them
    if (
        last is not None
        and not gap
        and last.kind in ("item", "bullet")
        and (line[:1].isspace() or last.raw[-1].rstrip()[-1:] not in _SENTENCE_ENDS)
    ):
        last.raw.append(line)  # the item goes on in this line
        return
    elements.append(Element("text", text, gap, raw=[line]))


def _unwrapped_without_gaps(lines: list[str]) -> bool:
    """Text pasted from a web page: a paragraph a line, hardly any blank lines between them."""
    filled = [line for line in lines if line.strip()]
    blank = len(lines) - len(filled)
    if not filled or blank * _RARE_BLANKS >= len(filled):
        return False  # blank lines enough: no need to look at every line's end
    long = sum(1 for line in filled if _whole_paragraph(line))
    return long * _OFTEN_LONG >= len(filled)


def _whole_paragraph(line: str) -> bool:
    return len(line) > _WRAP_WIDTH and ends_sentence(line)


def _mark_alone(elements: list[Element]) -> None:
    for i, element in enumerate(elements):
        nxt = elements[i + 1] if i + 1 < len(elements) else None
        element.alone = (
            element.kind == "text" and len(element.raw) == 1 and element.gap_before and (nxt is None or nxt.gap_before)
        )


def _demote_lone_items(elements: list[Element]) -> list[Element]:
    """An item is a list item only inside a run of >= 2 numbered lines ("1918." in prose is text).

    A run counts up (1, 2, 3) or, as Markdown allows, repeats "1." on every line; such a run is numbered
    as Markdown shows it (1, 2, 3).
    """
    in_run = [False] * len(elements)
    run_start: int | None = None
    repeating = False
    for i, element in enumerate([*elements, Element("end", "", True)]):
        prev = elements[i - 1] if i > 0 else None
        if element.kind == "item" and prev is not None and prev.kind == "item" and run_start is not None:
            counts_up = not repeating and element.number == prev.number + 1
            repeats = element.number == prev.number == 1 and (repeating or i - run_start == 1)
            if counts_up or repeats:
                repeating = repeats
                continue
        if run_start is not None and i - run_start >= 2:
            for j in range(run_start, i):
                in_run[j] = True
                if repeating:
                    elements[j].number = 1 + j - run_start
        run_start, repeating = (i if element.kind == "item" else None), False
    last_in_run = -1
    for i, element in enumerate(elements):
        if element.kind == "item" and not in_run[i] and _resumes_run(elements, i, last_in_run):
            in_run[i] = True  # "(4) ..." after a page break that cut item 3: the list goes on
        if element.kind == "item" and in_run[i]:
            last_in_run = i
        if element.kind == "item" and not in_run[i]:
            element.kind = "text"
            element.alone = (
                len(element.raw) == 1 and element.gap_before and (i + 1 >= len(elements) or elements[i + 1].gap_before)
            )
    return elements


def _resumes_run(elements: list[Element], i: int, last_in_run: int) -> bool:
    """The item numbered one more than the last item of a run (at ``last_in_run``), with only text in lower
    case between them (the rest of that item, carried over a page break)."""
    if last_in_run < 0 or elements[i].number != elements[last_in_run].number + 1:
        return False
    between = elements[last_in_run + 1 : i]
    return bool(between) and all(e.kind == "text" and e.text[:1].islower() for e in between)


def _merge_text(elements: list[Element]) -> list[Element]:
    """Join text lines of one block (hard-wrapped paragraphs); a line-end hyphen joins without a space."""
    merged: list[Element] = []
    for element in elements:
        if (
            element.kind == "text"
            and merged
            and merged[-1].kind == "text"
            and not element.gap_before
            and not element.new_paragraph
        ):
            merged[-1].raw.extend(element.raw)
            merged[-1].alone = False
            continue
        merged.append(element)
    for element in merged:
        if element.kind in ("text", "bullet"):
            element.text = join_wrapped(element.raw)
        elif element.kind == "item" and len(element.raw) > 1:
            element.text = join_wrapped([element.text, *element.raw[1:]])
    return merged


def join_wrapped(lines: list[str]) -> str:
    """``["a long", "line"]`` -> ``"a long line"``; ``["Franco-", "Prussian"]`` -> ``"Franco-Prussian"``."""
    parts: list[str] = []
    for line in lines:
        text = line.strip()
        if parts and parts[-1].endswith("-") and not parts[-1].endswith(" -"):
            parts[-1] = parts[-1] + text
        else:
            parts.append(text)
    return " ".join(parts)
