"""List drills: recall a numbered list one entry at a time with its neighbours as hints, or the whole list
at once, then check yourself (the app suggests which entries a written recall got, the learner decides)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from studyapp.core.grading import canonical, judge_typed


@dataclass(frozen=True)
class Entry:
    number: int
    text: str


@dataclass(frozen=True)
class DrillList:
    id: str
    section: str
    title: str
    lead: str
    entries: tuple[Entry, ...]

    def unit(self, entry: Entry) -> str:
        """The unit of memory of one entry (as items name it)."""
        return f"{self.id}/{entry.number}"


class ListPhase(Enum):
    RECALL = "recall"  # the learner recalls (one entry, or the whole list)
    CHECK = "check"  # the answer is shown; the learner says what they knew
    DONE = "done"


class OneByOne:
    """Each entry in turn, shown between its neighbours (the hints)."""

    def __init__(self, drill_list: DrillList) -> None:
        self.list = drill_list
        self.index = 0
        self.phase = ListPhase.RECALL if drill_list.entries else ListPhase.DONE
        self.known: dict[int, bool] = {}

    @property
    def entry(self) -> Entry | None:
        return None if self.phase is ListPhase.DONE else self.list.entries[self.index]

    @property
    def hints(self) -> tuple[Entry | None, Entry | None]:
        """The entries before and after the current one (None at either end)."""
        entries = self.list.entries
        before = entries[self.index - 1] if self.index > 0 else None
        after = entries[self.index + 1] if self.index + 1 < len(entries) else None
        return before, after

    def reveal(self) -> None:
        if self.phase is ListPhase.RECALL:
            self.phase = ListPhase.CHECK

    def suggest(self, typed: str) -> bool:
        """Whether a typed recall of the current entry reads as right (the learner still decides)."""
        return self.entry is not None and judge_typed(self.entry.text, typed).correct

    def mark(self, knew: bool) -> Entry | None:
        """The learner's verdict on the current entry; moves on. Returns the entry marked."""
        if self.phase is not ListPhase.CHECK:
            return None
        entry = self.list.entries[self.index]
        self.known[entry.number] = knew
        self.index += 1
        self.phase = ListPhase.RECALL if self.index < len(self.list.entries) else ListPhase.DONE
        return entry

    @property
    def score(self) -> tuple[int, int]:
        return sum(self.known.values()), len(self.known)


class WholeList:
    """The whole list written from memory, then checked entry by entry."""

    def __init__(self, drill_list: DrillList) -> None:
        self.list = drill_list
        self.phase = ListPhase.RECALL
        self.suggested: dict[int, bool] = {}
        self.known: dict[int, bool] = {}

    def check(self, written: str) -> dict[int, bool]:
        """Which entries the written lines seem to recall (in any order; numbers and bullets ignored)."""
        lines = [_strip_number(line) for line in written.splitlines() if line.strip()]
        self.suggested = {e.number: any(_recalls(e.text, line) for line in lines) for e in self.list.entries}
        self.phase = ListPhase.CHECK
        return self.suggested

    def finish(self, known: dict[int, bool]) -> None:
        """The learner's verdict per entry number."""
        if self.phase is ListPhase.CHECK:
            self.known = {e.number: bool(known.get(e.number)) for e in self.list.entries}
            self.phase = ListPhase.DONE

    @property
    def score(self) -> tuple[int, int]:
        return sum(self.known.values()), len(self.known)

    @property
    def all_known(self) -> bool:
        return bool(self.known) and all(self.known.values())


def _strip_number(line: str) -> str:
    stripped = line.strip().lstrip("•-*–—").strip()
    head, _, rest = stripped.partition(" ")
    return rest if head.rstrip(".):").isdigit() and rest else stripped


def _recalls(entry: str, line: str) -> bool:
    """A written line recalls an entry when judged right, or when it holds most of the entry's words."""
    if judge_typed(entry, line).correct:
        return True
    wanted, given = set(canonical(entry).split()), set(canonical(line).split())
    return len(wanted) >= 3 and len(wanted & given) >= 0.7 * len(wanted)
