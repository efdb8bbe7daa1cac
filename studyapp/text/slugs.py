"""Slugs: the stable, readable ids of documents and sections."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_MAX_LENGTH = 80


def slugify(text: str, *, fallback: str = "section") -> str:
    """``"IRAN'S Attitude: Toward X"`` -> ``"irans-attitude-toward-x"`` (ASCII, lower case, at most 80 chars)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = ascii_text.replace("'", "").replace("\u2019", "")
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")
    if len(slug) > _MAX_LENGTH:
        slug = slug[:_MAX_LENGTH].rsplit("-", 1)[0] or slug[:_MAX_LENGTH]
    return slug or fallback


class UniqueSlugs:
    """Hands out slugs that are unique within one document (``intro``, ``intro-2``, ...)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._next: dict[str, int] = {}  # base -> next suffix to try, so repeated titles cost O(1) each

    def make(self, text: str) -> str:
        base = slugify(text)
        slug, n = base, self._next.get(base, 2)
        while slug in self._taken:
            slug, n = f"{base}-{n}", n + 1
        self._next[base] = n
        self._taken.add(slug)
        return slug
