"""Plain-text tables found among the lines: grid tables (``+---+``), pipe tables (``| a | b |``), simple
tables (a header over dashes, one run of dashes per column) and columns aligned with spaces. A table is shown
as a table and never read as prose, headings or lists."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

_GRID_BORDER = re.compile(r"^\s*\+[-=:+]*[-=][-=:+]*\+\s*$")
_GRID_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_SIMPLE_RULE = re.compile(r"^\s*-{3,}(?:[ \t]+-{3,})+\s*$")  # "------- -----": a simple table's columns
_ONE_RULE = re.compile(r"^(\s*)-{3,}\s*$")
_COLUMN_GAP = re.compile(r"\S(?:\s{2,}|\t)(?=\S)")
_CELL = re.compile(r"\S+(?: \S+)*")
_LIST_OR_BULLET = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|[-*+\u2022])\s")
_MIN_ALIGNED_ROWS = 3
_ALIGNED_SHARE = 0.7  # a column starts at the same place on most rows
_MAX_MEAN_CELL = 30  # the cells of a space-aligned table are short; prose with double spaces is not a table
_NUMBER = re.compile(r"^[-+$\u20ac\u00a3]?\d[\d,.]*%?$")
_FIELD = re.compile(r"^\s*[A-Za-z_][\w ]{0,30}=")


@dataclass(frozen=True)
class FoundTable:
    """Lines ``start`` to ``end`` (exclusive) of the text are a table."""

    start: int
    end: int
    rows: tuple[tuple[str, ...], ...]
    header: bool


def find_tables(lines: list[str]) -> dict[int, FoundTable]:
    """The tables among ``lines``, by the index of their first line (time linear in the number of lines)."""
    tables: dict[int, FoundTable] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        start = line.lstrip()[:1]
        found: FoundTable | None = None
        end = i + 1
        if start and i + 1 < len(lines) and (_SIMPLE_RULE.match(lines[i + 1]) or _one_column_rule(lines, i)):
            found = _simple(lines, i)
        elif _SIMPLE_RULE.match(line):
            found = _between_rules(lines, i)
        elif start == "+" and _GRID_BORDER.match(line):
            found = _grid(lines, i)
        elif "|" in line:
            end = _run(lines, i, _has_pipes)
            found = _pipes(lines, i, end)
        elif start and ("  " in line.strip() or "\t" in line) and _COLUMN_GAP.search(line.strip()):
            end = _run(lines, i, _has_columns)
            found = _aligned(lines, i, end)
        if found is not None:
            tables[i] = found
            end = found.end
        i = max(end, i + 1)
    return tables


def _run(lines: list[str], start: int, test: Callable[[str], bool]) -> int:
    end = start
    while end < len(lines) and test(lines[end]):
        end += 1
    return end


def _has_pipes(line: str) -> bool:
    return line.count("|") >= 2 - line.strip().startswith("|")


def _has_columns(line: str) -> bool:
    text = line.strip()
    return ("  " in text or "\t" in text) and _COLUMN_GAP.search(text) is not None and not _LIST_OR_BULLET.match(line)


def _grid(lines: list[str], start: int) -> FoundTable | None:
    """A grid table: ``+----+----+`` borders around ``| a  | b  |`` rows; ``+====+`` closes the header."""
    border = lines[start]
    cuts = [k for k, c in enumerate(border) if c == "+"]
    rows: list[tuple[str, ...]] = []
    header_rows = 0
    cell_lines: list[str] = []
    end = start + 1
    while end < len(lines) and (_GRID_ROW.match(lines[end]) or _GRID_BORDER.match(lines[end])):
        line = lines[end]
        if _GRID_BORDER.match(line):
            if cell_lines:
                rows.append(_grid_row(cell_lines, cuts))
                cell_lines = []
            if "=" in line and not header_rows:
                header_rows = len(rows)
        else:
            cell_lines.append(line)
        end += 1
    if cell_lines:
        rows.append(_grid_row(cell_lines, cuts))
    if not rows or len(cuts) < 2:
        return None
    return FoundTable(start, end, tuple(rows), header_rows == 1)


def _grid_row(cell_lines: list[str], cuts: list[int]) -> tuple[str, ...]:
    cells = []
    for left, right in itertools.pairwise(cuts):
        parts = [line[left + 1 : right].strip(" |") for line in cell_lines]
        cells.append(" ".join(p for p in parts if p))
    return tuple(cells)


def _pipes(lines: list[str], start: int, end: int) -> FoundTable | None:
    """Rows of cells between ``|``: a Markdown table (a ``|---|---|`` line under the header) or two or more
    lines with the same number of cells."""
    rows: list[tuple[str, ...]] = []
    header = False
    for line in lines[start:end]:
        if _PIPE_SEPARATOR.match(line):
            header = len(rows) == 1
        else:
            rows.append(_pipe_cells(line))
    widths = {len(row) for row in rows}
    if len(rows) < 2 or min(widths) < 2 or max(widths) - min(widths) > 1:
        return None
    if sum(1 for row in rows for cell in row if _FIELD.match(cell)) * 2 > sum(len(row) for row in rows):
        return None  # "| name = value |": template fields, not a table
    return FoundTable(start, end, _padded(rows), header)


def _pipe_cells(line: str) -> tuple[str, ...]:
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return tuple(cell.strip() for cell in text.split("|"))


def _one_column_rule(lines: list[str], start: int) -> bool:
    """An indented header over an indented rule of dashes with a row right under it ("  A letter by post from
    London took" / "  -----" / "  days"): a table of one column, where an underlined heading stands at the margin
    and has no row under its rule."""
    if start + 2 >= len(lines) or not lines[start + 2].strip():
        return False
    indent = len(lines[start]) - len(lines[start].lstrip())
    rule = _ONE_RULE.match(lines[start + 1])
    return indent > 0 and rule is not None and len(rule.group(1)) == indent


def _simple(lines: list[str], start: int) -> FoundTable | None:
    """A header line over a rule of dashes, one run per column ("| Name   | Period" over "------- ------"), and
    the rows under it down to a blank line: the columns are where the runs of dashes start."""
    rule = lines[start + 1].expandtabs(8)
    columns = [m.start() for m in re.finditer(r"-+", rule)]
    end = _run(lines, start + 2, lambda line: bool(line.strip()))
    if end == start + 2:
        return None
    header = tuple(cell.strip() for cell in lines[start].strip().strip("|").split("|"))
    if len(header) != len(columns):
        header = _cut(lines[start].expandtabs(8).replace("|", " "), columns)
    rows = [header, *(_cut(line.expandtabs(8), columns) for line in lines[start + 2 : end])]
    return FoundTable(start, end, _padded(rows), True)


def _between_rules(lines: list[str], start: int) -> FoundTable | None:
    """Rows with no header between two rules of dashes, one run per column (a states table whose cells are
    numbered, "1. Andhra Pradesh       19. Nagaland", is no list of "Andhra Pradesh 19. Nagaland": r96)."""
    end = _run(lines, start + 1, lambda line: bool(line.strip()) and not _SIMPLE_RULE.match(line))
    if end == start + 1 or end >= len(lines) or not _SIMPLE_RULE.match(lines[end]):
        return None
    columns = [m.start() for m in re.finditer(r"-+", lines[start].expandtabs(8))]
    rows = [_cut(line.expandtabs(8), columns) for line in lines[start + 1 : end]]
    return FoundTable(start, end + 1, _padded(rows), False)


def _cut(line: str, columns: list[int]) -> tuple[str, ...]:
    bounds = [*columns[1:], len(line)]
    return tuple(line[a:b].strip() for a, b in zip([0, *columns[1:]], bounds, strict=True))


def _aligned(lines: list[str], start: int, end: int) -> FoundTable | None:
    """Three or more lines whose cells (runs of text two spaces or a tab apart) start in the same columns."""
    if end - start < _MIN_ALIGNED_ROWS:
        return None
    block = [line.expandtabs(8).rstrip() for line in lines[start:end]]
    indent = min(len(line) - len(line.lstrip()) for line in block)
    cells = [[(m.start() - indent, m.group(0)) for m in _CELL.finditer(line)] for line in block]
    near: dict[int, int] = {}  # a column's start, give or take one place -> rows with a cell starting there
    for row in cells:
        for place in {p + d for p, _ in row for d in (-1, 0, 1)}:
            near[place] = near.get(place, 0) + 1
    columns = [0, *_distinct(sorted(c for c, n in near.items() if c > 1 and n >= _ALIGNED_SHARE * len(block)))]
    if len(columns) < 2:
        return None
    rows = [_row(row, columns) for row in cells]
    texts = [cell for row in rows for cell in row if cell]
    if sum(len(c) for c in texts) / len(texts) > _MAX_MEAN_CELL:
        return None
    return FoundTable(start, end, _padded(rows), _names_columns(rows))


def _names_columns(rows: list[tuple[str, ...]]) -> bool:
    """The first row names the columns when it holds no figures and the rows under it do."""
    return not any(_NUMBER.match(cell) for cell in rows[0]) and any(_NUMBER.match(c) for row in rows[1:] for c in row)


def _row(cells: list[tuple[int, str]], columns: list[int]) -> tuple[str, ...]:
    row = [""] * len(columns)
    for place, text in cells:
        k = max(j for j, column in enumerate(columns) if column <= place + 1)
        row[k] = f"{row[k]} {text}".strip()
    return tuple(row)


def _distinct(columns: list[int]) -> list[int]:
    """Neighbouring places (one apart) stand for one column, at the middle of the run."""
    runs: list[list[int]] = []
    for column in columns:
        if runs and column - runs[-1][-1] <= 1:
            runs[-1].append(column)
        else:
            runs.append([column])
    return [run[len(run) // 2] for run in runs]


def _padded(rows: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    width = max(len(row) for row in rows)
    return tuple(row + ("",) * (width - len(row)) for row in rows)
