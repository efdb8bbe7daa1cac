"""Stable item ids: a hash of the document id, the origin's stable id, the kind and (for list items) the
item number. Nothing positional goes in, so ids survive edits elsewhere in the document."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")


def item_id(doc_id: str, origin: str, kind: str, *parts: object) -> str:
    """``"<kind>-<16 hex digits>"``, e.g. ``"date-cloze-3f9a0c1d2b4e5f60"``."""
    hasher = _origin_hasher(doc_id, origin).copy()
    hasher.update(("\x1f".join((kind, *(str(p) for p in parts))) if parts else kind).encode("utf-8"))
    return f"{kind}-{hasher.hexdigest()}"


@lru_cache(maxsize=256)
def _origin_hasher(doc_id: str, origin: str) -> hashlib.blake2b:
    """The hash state after the document id and the origin (every item of one origin starts from it)."""
    return hashlib.blake2b(f"{doc_id}\x1f{origin}\x1f".encode(), digest_size=8)


def group_key(member_ids: list[str]) -> str:
    """An order-free key for a group of origins (a chronology drill's facts)."""
    return hashlib.blake2b("\x1f".join(sorted(member_ids)).encode("utf-8"), digest_size=8).hexdigest()


_MASK = (1 << 64) - 1


def shuffled(values: Iterable[T], key: str) -> list[T]:
    """``values`` in an order that depends only on ``key`` (an item id): the same on every run and machine.

    A Fisher-Yates shuffle driven by a 64-bit linear congruential generator seeded from a hash of the key,
    cheaper than seeding a ``random.Random`` for each of thousands of items.
    """
    result = list(values)
    state = int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")
    for index in range(len(result) - 1, 0, -1):
        state = (state * 6364136223846793005 + 1442695040888963407) & _MASK
        other = (state >> 33) % (index + 1)
        result[index], result[other] = result[other], result[index]
    return result


def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest(), "big")
