"""Lines -> raw elements: Markdown headings, numbered-list items, tables and runs of text lines.

Each element remembers whether a break came before it (``gap_before``: a blank line, or a paragraph start that
the layout shows otherwise), how many blank lines (``blanks``), and whether it was one line standing alone
between breaks (``alone``): what heading detection, heading levels and page-break joining need.

Besides blank lines, two layouts start paragraphs: a hanging indent (the first line of each paragraph further
left than the lines under it) and, in hard-wrapped text, a line that ends a sentence well short of the wrap
width with room for the next word (the writer broke the line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studyapp.text.headings import ends_sentence
from studyapp.text.tables import FoundTable, find_tables

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
_MIN_WRAPPED_LINES = 10
_MAX_WRAP_WIDTH = 130  # a wider "wrap" is no wrap: one paragraph a line
_NEAR_WIDTH = 0.8  # a wrapped line ends within this share of the width ...
_WRAPPED_SHARE = 0.5  # ... and so do most lines of a hard-wrapped text
_EXACT_WRAP_SHARE = 0.08  # lines a program would not have broken where they are, in a text it wrapped
_BROKEN_SHARE = 0.85  # a line that ends this far short of the wrap width, with room for the next word, was broken
_MIN_HANGING = 5


@dataclass
class Element:
    kind: str  # "heading" (Markdown), "item" (numbered), "bullet", "text", "table"
    text: str
    gap_before: bool
    blanks: int = 0  # blank lines right before it
    level: int = 0  # Markdown heading level
    number: int = 0  # list item number
    raw: list[str] = field(default_factory=list)  # the lines as written (to demote an item to text)
    alone: bool = False  # a single text line with blank lines (or the edges) around it
    new_paragraph: bool = False  # starts a paragraph though no blank line comes before it
    table: FoundTable | None = None
    indent: int = 0  # of its first line


@dataclass
class Scan:
    elements: list[Element]
    definitions: list[tuple[str, list[str]]]  # Markdown footnote definitions: label, lines
    compact: bool = False  # paragraphs set apart by line breaks, not blank lines (few blank lines, if any)


def scan_lines(lines: list[str]) -> Scan:
    """Group ``lines`` into elements; Markdown footnote definitions are set apart."""
    elements: list[Element] = []
    definitions: list[tuple[str, list[str]]] = []
    gap, blanks = True, 0
    in_definition = False
    every_line_apart = _unwrapped_without_gaps(lines)
    tables = find_tables(lines)
    hanging = _hanging_indent(lines)
    wrap = _wrap_width(lines)
    if wrap is not None:
        wrap = int(wrap * _slack(lines, wrap))
    broken = blank_breaks = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            gap, blanks = True, blanks + 1
            i += 1
            continue
        table = tables.get(i)
        if table is not None:
            rows = lines[i : table.end]
            elements.append(Element("table", "", True, blanks, raw=rows, table=table))
            gap, blanks, in_definition = True, 0, False
            i = table.end
            continue
        if every_line_apart:
            gap = True
        elif not gap and i and _starts_paragraph(lines[i - 1], line, hanging, wrap):
            gap, broken = True, broken + (hanging is None)
        elif blanks:
            blank_breaks += 1
        i += 1
        if gap and _PAGE_NUMBER.match(line) and (i == len(lines) or not lines[i].strip()):
            blanks = 0
            continue  # a page number alone between blank lines
        start = line.lstrip()[:1]  # a line pattern is tried only on a line that starts as it needs
        definition = MD_FOOTNOTE_DEF.match(line) if start == "[" else None
        if definition:
            definitions.append((definition.group(1), [definition.group(2)]))
            in_definition, gap, blanks = True, False, 0
            continue
        if in_definition:
            if not gap or line.startswith(("    ", "\t")):
                definitions[-1][1].append(line.strip())
                gap, blanks = False, 0
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
            # "--- ---" borders a table's columns; an indented rule closes a table's notes ("  † Caribbean ...", r65)
            setext = rule.group(1) in "=-" and " " not in line.strip() and not line[:1].isspace()
            if setext and not gap and last is not None and last.kind == "text" and len(last.raw) == 1:
                # A setext heading: the line above, underlined.
                last.kind, last.level = "heading", 1 if rule.group(1) == "=" else 2
            gap = True
            continue
        count = len(elements)
        _add_line(elements, line, gap, start, wrapped=wrap is not None)
        if len(elements) > count:
            elements[-1].blanks, elements[-1].indent = blanks, _indent(line)
        gap, blanks = False, 0
    _mark_alone(elements)
    return Scan(_merge_text(_demote_lone_items(elements)), definitions, compact=broken > 2 * blank_breaks)


def _starts_paragraph(previous: str, line: str, hanging: int | None, wrap: int | None) -> bool:
    """True when ``line`` starts a paragraph though no blank line comes before it: it is set at the first-line
    indent of a hanging-indented text, or the line before it ended a sentence well short of the wrap width."""
    if hanging is not None:
        return _indent(line) <= hanging
    if wrap is None or not ends_sentence(previous):
        return False
    word = line.split(None, 1)[0]
    return len(previous.strip()) + 1 + len(word) <= wrap


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _hanging_indent(lines: list[str]) -> int | None:
    """The first-line indent of a text whose paragraphs hang (each first line further left than the lines
    under it, as some corpora set their text), else None."""
    pairs: dict[tuple[int, int], int] = {}
    previous = ""
    for line in lines:
        if line.strip() and previous.strip():
            pair = (_indent(previous), _indent(line))
            pairs[pair] = pairs.get(pair, 0) + 1
        previous = line
    deeper: dict[int, int] = {}
    for (first, then), count in pairs.items():
        if then > first:
            deeper[first] = deeper.get(first, 0) + count
    if not deeper:
        return None
    first, count = max(deeper.items(), key=lambda kv: kv[1])
    flat = pairs.get((first, first), 0)  # a wrapped line under a line at the same indent: no hanging paragraph
    return first if count >= _MIN_HANGING and count >= flat else None


def _slack(lines: list[str], wrap: int) -> float:
    """How far short of the wrap width a line must end to count as broken on purpose: not at all when the text
    was wrapped by a program counting characters (no line mid-sentence leaves room for the next word), some
    way short when it was laid out in a proportional font (text converted from PDF)."""
    early = mid = 0
    previous = ""
    for line in lines:
        if line.strip() and previous.strip() and not ends_sentence(previous):
            mid += 1
            early += len(previous.strip()) + 1 + len(line.split(None, 1)[0]) <= wrap
        previous = line
    return 1.0 if mid and early <= _EXACT_WRAP_SHARE * mid else _BROKEN_SHARE


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text is wrapped at (most lines end near it), else None."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    width = lengths[int(0.75 * (len(lengths) - 1))]  # the typical full line (notes and tables run longer)
    near = sum(1 for n in lengths if _NEAR_WIDTH * width <= n <= width)
    return width if width <= _MAX_WRAP_WIDTH and near >= _WRAPPED_SHARE * len(lengths) else None


def _add_line(elements: list[Element], line: str, gap: bool, start: str, *, wrapped: bool = False) -> None:
    """Add ``line`` (whose first visible character is ``start``) as an element or to the last one.

    ``wrapped``: the text is hard-wrapped, so no line is a whole paragraph for being long."""
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
        if wrapped or not _whole_paragraph(last.raw[-1]):
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
    return len(line.strip()) > _WRAP_WIDTH and ends_sentence(line)


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
