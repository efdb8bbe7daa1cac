"""Stable item ids: a hash of the document id, the origin's stable id, the kind and (for list items) the
item number. Nothing positional goes in, so ids survive edits elsewhere in the document."""
from __future__ import annotations

import hashlib
import random


def item_id(doc_id: str, origin: str, kind: str, *parts: object) -> str:
    """``"<kind>-<16 hex digits>"``, e.g. ``"date-cloze-3f9a0c1d2b4e5f60"``."""
    key = "\x1f".join((doc_id, origin, kind, *(str(p) for p in parts)))
    return f"{kind}-{hashlib.blake2b(key.encode('utf-8'), digest_size=8).hexdigest()}"


def group_key(member_ids: list[str]) -> str:
    """An order-free key for a group of origins (a chronology drill's facts)."""
    return hashlib.blake2b("\x1f".join(sorted(member_ids)).encode("utf-8"), digest_size=8).hexdigest()


def seeded(item: str) -> random.Random:
    """A random source that depends only on the item id, for shuffles and choices that never change."""
    return random.Random(hashlib.blake2b(item.encode("utf-8"), digest_size=8).digest())


def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest(), "big")
