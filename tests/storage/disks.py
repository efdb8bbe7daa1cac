"""Real unlucky disks for the durability tests: a small file system that fills up, read-only media and files.

A tmpfs or a read-only bind mount needs root (these tests run as root on the development VM and in CI);
elsewhere the tests that need them are skipped, and a read-only file falls back to file permissions, which
bind a user that is not root.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def small_disk(where: Path, *, megabytes: int = 8) -> Iterator[Path]:
    """A tmpfs of ``megabytes`` mounted at ``where`` (skips the test when mounting is not allowed)."""
    where.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(where)):
        pytest.skip("mounting a small file system needs root")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


def fill(folder: Path) -> Path:
    """Write a filler file until the disk is full; delete it (``missing_ok``) to free the space again."""
    filler = folder / "filler.bin"
    try:
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    except OSError as error:  # full already
        assert error.errno == errno.ENOSPC
        return filler
    try:
        for size in (1 << 20, 65536, 4096, 1):  # big writes first, then the last crumbs
            with contextlib.suppress(OSError):
                while os.write(fd, bytes(size)):
                    pass
    finally:
        os.close(fd)
    return filler


def remount(where: Path, *, read_only: bool) -> None:
    assert _run("mount", "-o", f"remount,{'ro' if read_only else 'rw'}", str(where)), "remount failed"


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """``path`` cannot be written (a read-only bind mount as root, permissions otherwise)."""
    if os.geteuid() == 0:
        if not (_run("mount", "--bind", str(path), str(path)) and _run("mount", "-o", "remount,bind,ro", str(path))):
            _run("umount", "-l", str(path))
            pytest.skip("a read-only bind mount needs root")
        try:
            yield path
        finally:
            _run("umount", "-l", str(path))
    else:
        mode = path.stat().st_mode
        path.chmod(0o444)
        try:
            yield path
        finally:
            path.chmod(mode)
