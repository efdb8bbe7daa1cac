"""Short texts parsed whole (list leads, list entries), in one batch, with the parses of texts seen lately kept:
a document read again parses none of them."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from studyapp.language.pipeline import english

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEPT = 2048  # texts
_PARSED: OrderedDict[str, Doc] = OrderedDict()
_LOCK = threading.Lock()


def parse_texts(texts: Iterable[str]) -> dict[str, Doc]:
    """Each of ``texts`` parsed, reusing the parses of texts seen lately."""
    wanted = set(texts)
    with _LOCK:
        found = {text: _PARSED[text] for text in wanted if text in _PARSED}
        for text in found:
            _PARSED.move_to_end(text)
    missing = sorted(wanted - found.keys())
    if missing:
        found.update(zip(missing, english().pipe(missing), strict=True))
        with _LOCK:
            for text in missing:
                _PARSED[text] = found[text]
            while len(_PARSED) > _KEPT:
                _PARSED.popitem(last=False)
    return found
