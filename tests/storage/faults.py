"""The randomized fault campaign: kill -9 at random moments of reviews, imports, backups and restores; a full
disk; a read-only file; truncated and corrupted pages. After each fault the library is opened again the way
the app opens it, and three things are checked:

- no committed answer is lost (an answer is committed once the child printed its log id; for a file that was
  truncated or corrupted, once it is in the newest good backup: what came after is gone with the file);
- the learner is told what happened, in the app's words (disk full, read-only, damaged, missing...);
- a good backup remains, and restoring it gives a library that opens.

The quick campaign runs in ``make test`` (tests/storage/test_faults.py); the long one on demand:

    .venv/bin/python tests/storage/faults.py --rounds 200 [--seed 1] [--folder /tmp/studyapp-faults]

It prints one JSON line per fault kind and the totals: tried, survived, lost.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

from disks import read_only_file, small_disk  # noqa: E402
from safety_samples import fill, open_library  # noqa: E402

from studyapp.errors import LibraryError  # noqa: E402
from studyapp.paths import bundled_documents  # noqa: E402
from studyapp.services.backups import newest_good_backup, restore_backup  # noqa: E402
from studyapp.services.library import Library  # noqa: E402
from studyapp.storage import backups, library_file  # noqa: E402
from studyapp.storage.database import DB_NAME  # noqa: E402
from studyapp.storage.health import LibraryProblem, Problem  # noqa: E402

CHILD = Path(__file__).with_name("fault_child.py")
KINDS = (
    "kill-review",
    "kill-import",
    "kill-backup",
    "kill-restore",
    "disk-full",
    "read-only",
    "truncate",
    "corrupt-page",
    "corrupt-bytes",
)


@dataclass
class Tally:
    tried: Counter = field(default_factory=Counter)
    survived: Counter = field(default_factory=Counter)
    lost: Counter = field(default_factory=Counter)  # committed answers missing afterwards
    gone_with_file: Counter = field(default_factory=Counter)  # answers after the newest backup of a destroyed file
    failures: list[str] = field(default_factory=list)

    def totals(self) -> dict:
        return {
            "tried": sum(self.tried.values()),
            "survived": sum(self.survived.values()),
            "lost": sum(self.lost.values()),
            "answers_after_the_last_backup_of_a_destroyed_file": sum(self.gone_with_file.values()),
        }


class Campaign:
    """One library, hurt again and again; ``committed`` is every answer it must still hold."""

    def __init__(self, folder: Path, rng: random.Random, *, cards: int = 3000) -> None:
        self.folder, self.rng = folder, rng
        self.library = folder / "library"
        self.tally = Tally()
        lib = open_library(self.library)
        self.deck = fill(lib, n=cards)
        lib.close()  # the first backup
        self.committed: set[int] = set()
        self.day = 0
        self.article = folder / "article.txt"
        shutil.copy(bundled_documents()[0], self.article)

    # -- plumbing ----------------------------------------------------------------------------------------------
    def _child(self, mode: str, arg: str = "", *, folder: Path | None = None, preexec=None) -> subprocess.Popen:
        self.day += 1  # each child studies a day later: what earlier ones answered has come due again
        return subprocess.Popen(
            [sys.executable, str(CHILD), str(folder or self.library), mode, arg, str(self.day)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            preexec_fn=preexec,
        )

    def _kill_after(self, child: subprocess.Popen, seconds: float) -> list[str]:
        first = child.stdout.readline().strip()
        if first != "ready":
            child.kill()
            child.communicate()
            return [first]
        time.sleep(seconds)
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        lines = out.splitlines()
        if out and not out.endswith("\n"):
            lines = lines[:-1]  # a line cut by the kill
        return lines

    def _stored(self, path: Path | None = None) -> set[int]:
        conn = sqlite3.connect(f"{(path or self.library / DB_NAME).as_uri()}?mode=ro", uri=True)
        try:
            return {row[0] for row in conn.execute("SELECT reviewed FROM reviews")}
        finally:
            conn.close()

    def _open(self) -> Library:
        """The library as the app opens it, on the day the last child studied."""
        later = timedelta(days=self.day)
        return Library.open(self.library, import_bundled=False, fuzzing=False, clock=lambda: datetime.now(UTC) + later)

    def _content(self) -> str:
        """A digest of every row of every table (what the library holds, whatever the pages look like)."""
        digest = hashlib.sha256()
        try:
            conn = sqlite3.connect(f"{(self.library / DB_NAME).as_uri()}?mode=ro", uri=True)
            try:
                tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")]
                for table in tables:
                    for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                        digest.update(repr(row).encode())
            finally:
                conn.close()
        except (sqlite3.Error, UnicodeDecodeError, ValueError, OverflowError) as error:
            return f"unreadable: {error}"
        return digest.hexdigest()

    def _reopen(self) -> tuple[bool, str]:
        """Open as the app does (finishing a restore, cleaning partial backups); (opened, what was said)."""
        try:
            lib = self._open()
        except LibraryError as error:
            return False, str(error)
        try:
            lib.decks()
        finally:
            lib.close(backup=False)
        return True, ""

    def _good_backup(self) -> bool:
        return newest_good_backup(self.library) is not None

    def _record(self, kind: str, ok: bool, lost: int = 0, why: str = "") -> None:
        self.tally.tried[kind] += 1
        self.tally.lost[kind] += lost
        if ok and lost == 0:
            self.tally.survived[kind] += 1
        else:
            self.tally.failures.append(f"{kind}: {why or 'answers lost'} (lost {lost})")

    def _check_kept(self, kind: str, *, said: str = "", needs_message: bool = False) -> None:
        opened, message = self._reopen()
        if not opened:
            self._record(kind, False, why=f"did not open: {message}")
            return
        stored = self._stored()
        lost = len(self.committed - stored)
        self.committed |= stored  # an answer in flight that landed counts from now on
        ok = self._good_backup() and (bool(said) or not needs_message)
        self._record(kind, ok, lost, why="" if ok else f"no message or no good backup ({said!r})")

    # -- faults ------------------------------------------------------------------------------------------------
    def kill_review(self) -> None:
        lines = self._kill_after(self._child("review", self.deck), self.rng.uniform(0.05, 0.6))
        self.committed |= {int(line) for line in lines if line.isdigit()}
        self._check_kept("kill-review")

    def kill_import(self) -> None:
        lines = self._kill_after(self._child("import", str(self.article)), self.rng.uniform(0.0, 1.5))
        imported = any(line.startswith("imported") for line in lines)
        self._check_kept("kill-import")
        lib = self._open()
        try:
            decks = {d.id: d for d in lib.decks()}
            whole = all(d.total == len(lib.items(d.id)) for d in decks.values())
            if (imported and len(decks) < 2) or not whole:
                shown = [(d.id, d.total, len(lib.items(d.id))) for d in decks.values()]
                self.tally.failures.append(f"kill-import: a half-stored deck ({lines[-2:]}, {shown})")
                self.tally.survived["kill-import"] -= 1
        finally:
            lib.close(backup=False)

    def kill_backup(self) -> None:
        self._kill_after(self._child("backup"), self.rng.uniform(0.0, 0.5))
        self._check_kept("kill-backup")
        partials = list((self.library / backups.BACKUP_DIR).glob("*.partial"))
        unsound = [b.path.name for b in backups.list_backups(self.library) if backups.sound(b.path, at_rest=True)]
        if partials or unsound:
            self.tally.failures.append(f"kill-backup: partials {partials} or unsound backups {unsound}")
            self.tally.survived["kill-backup"] -= 1

    def kill_restore(self) -> None:
        before = self._stored()
        newest = newest_good_backup(self.library)
        in_backup = self._stored(newest.path) if newest else set()
        earlier = set(self.library.glob(f"{DB_NAME}.replaced-*"))
        self._kill_after(self._child("restore"), self.rng.uniform(0.0, 0.15))
        opened, message = self._reopen()
        if not opened:
            self._record("kill-restore", False, why=f"did not open: {message}")
            return
        after = self._stored()
        whole = after in (before, in_backup)
        replaced = [
            p
            for p in set(self.library.glob(f"{DB_NAME}.replaced-*")) - earlier
            if not p.name.endswith(("-wal", "-shm"))
        ]
        kept_whole = after == before or any(self._stored(p) == before for p in replaced)
        self._record("kill-restore", whole and kept_whole and self._good_backup(), why="restore not atomic")
        self.committed = after | (self.committed - before)  # a finished restore takes the library back on purpose
        self.committed &= after

    def disk_full(self) -> None:
        if os.geteuid() != 0:
            self._file_size_limit()
            return
        disk_root = Path(tempfile.mkdtemp(prefix="full-", dir=self.folder))
        size = sum(p.stat().st_size for p in self.library.rglob("*") if p.is_file())
        with small_disk(disk_root, megabytes=max(8, 2 * size // 1_000_000 + 6)) as disk:
            folder = disk / "library"
            shutil.copytree(self.library, folder, ignore=shutil.ignore_patterns("backups", "*.lock"))
            shutil.copytree(self.library / backups.BACKUP_DIR, folder / backups.BACKUP_DIR)
            child = self._child("write", self.deck, folder=folder)
            assert child.stdout.readline().strip() == "ready"
            from disks import fill as fill_disk

            filler = fill_disk(disk)
            out, _ = child.communicate(timeout=120)
            lines = out.splitlines()
            said = next((line for line in lines if line.startswith("error")), "")
            committed = {int(line) for line in lines if line.isdigit()}
            filler.unlink(missing_ok=True)
            for name in (DB_NAME, f"{DB_NAME}-wal"):
                if (folder / name).exists():
                    shutil.copy(folder / name, self.library / name)
            (self.library / f"{DB_NAME}-shm").unlink(missing_ok=True)
        shutil.rmtree(disk_root, ignore_errors=True)
        self.committed |= committed
        told = "disk full" in said and "restore" not in said.lower()
        self._check_kept("disk-full", said=said if told else "", needs_message=True)

    def _file_size_limit(self) -> None:
        import resource

        limit = (self.library / DB_NAME).stat().st_size + 64 * 1024

        def limited() -> None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

        child = self._child("write", self.deck, preexec=limited)
        out, _ = child.communicate(timeout=120)
        lines = out.splitlines()
        said = next((line for line in lines if line.startswith("error")), "")
        self.committed |= {int(line) for line in lines if line.isdigit()}
        told = "file-size limit" in said and "restore" not in said.lower()
        self._check_kept("disk-full", said=said if told else "", needs_message=True)

    def read_only(self) -> None:
        db = self.library / DB_NAME
        lib = self._open()
        lib.close(backup=False)  # the WAL folded in: the file alone holds everything
        with read_only_file(db):
            try:
                self._open().close(backup=False)
                said = ""
            except LibraryProblem as problem:
                said = str(problem) if problem.problem is Problem.READ_ONLY else ""
            reader = Library.open(self.library, read_only=True)
            try:
                readable = reader.stats.deck(self.deck).total_reviews == len(self._stored())
            finally:
                reader.close()
        self._check_kept("read-only", said=said if readable else "", needs_message=True)

    def _destroy(self, kind: str, hurt) -> None:
        lib = self._open()
        lib.close()  # a fresh backup, as at the end of any session
        newest = newest_good_backup(self.library)
        in_backup = self._stored(newest.path)
        before = self._content()
        hurt(self.library / DB_NAME)
        said, unnamed = "", ""
        try:  # a session as the app has it: open, the screens' reads, a backup (which checks every page)...
            lib = self._open()
            try:
                lib.decks()
                lib.stats.deck(None)
                lib.backup()
            finally:
                lib.close(backup=False)
        except (LibraryProblem, sqlite3.DatabaseError) as error:
            said = str(error)
        except Exception as error:  # a value changed inside a sound page: the app shows it as an error
            unnamed = f"{type(error).__name__}: {error}"
        if not said:
            check = library_file.IntegrityCheck(self.library / DB_NAME, datetime.now(UTC)).start()
            check.wait()  # ...and the weekly check, at the latest a week later (index damage)
            said = str(check.problem) if check.problem else ""
        if not said and not unnamed and self._content() == before:
            self._record(kind, True)  # the damage fell where SQLite keeps nothing: the library is whole
            return
        if not said:  # values changed inside sound pages: SQLite's checks cannot see it
            restore_backup(self.library, newest.path)  # the campaign goes on from a sound library
            self.tally.gone_with_file[kind] += len(self.committed - in_backup)
            self.committed = self._stored()
            self._record(kind, False, why=f"changed values no check can see ({unnamed or 'no error at all'})")
            return
        restore_backup(self.library)
        after = self._stored()
        self.tally.gone_with_file[kind] += len(self.committed - after)
        lost = len((self.committed & in_backup) - after)
        self.committed = after
        opened, message = self._reopen()
        self._record(kind, bool(said) and opened and self._good_backup(), lost, why=message or "not named")

    def truncate(self) -> None:
        def hurt(path: Path) -> None:
            size = path.stat().st_size
            with path.open("r+b") as f:
                f.truncate(self.rng.randrange(0, size))

        self._destroy("truncate", hurt)

    def corrupt_page(self) -> None:
        """A sector gone bad: one whole page (not the first) zeroed or filled with noise."""

        def hurt(path: Path) -> None:
            pages = path.stat().st_size // 4096
            with path.open("r+b") as f:
                f.seek(self.rng.randrange(1, pages) * 4096)
                f.write(bytes(4096) if self.rng.random() < 0.5 else self.rng.randbytes(4096))

        self._destroy("corrupt-page", hurt)

    def corrupt_bytes(self) -> None:
        """A few bytes changed anywhere after the header (the hardest case: inside a row's values)."""

        def hurt(path: Path) -> None:
            size = path.stat().st_size
            with path.open("r+b") as f:
                for _ in range(self.rng.randint(1, 4)):
                    f.seek(self.rng.randrange(100, size - 64))
                    f.write(self.rng.randbytes(self.rng.randint(1, 64)))

        self._destroy("corrupt-bytes", hurt)

    def run(self, rounds: int) -> Tally:
        faults = {
            "kill-review": self.kill_review,
            "kill-import": self.kill_import,
            "kill-backup": self.kill_backup,
            "kill-restore": self.kill_restore,
            "disk-full": self.disk_full,
            "read-only": self.read_only,
            "truncate": self.truncate,
            "corrupt-page": self.corrupt_page,
            "corrupt-bytes": self.corrupt_bytes,
        }
        order = list(KINDS)
        for n in range(rounds):
            kind = order[n % len(order)] if n < len(order) else self.rng.choice(order)
            faults[kind]()
        return self.tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", help="where to work (default: a temporary folder)")
    args = parser.parse_args()
    folder = Path(args.folder or tempfile.mkdtemp(prefix="studyapp-faults-"))
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.monotonic()
    tally = Campaign(folder, random.Random(args.seed)).run(args.rounds)
    for kind in KINDS:
        line = {"fault": kind, "tried": tally.tried[kind], "survived": tally.survived[kind], "lost": tally.lost[kind]}
        print(json.dumps(line))
    print(json.dumps({"total": tally.totals(), "seconds": round(time.monotonic() - started, 1)}))
    for failure in tally.failures:
        print("FAILED", failure)


if __name__ == "__main__":
    main()
