"""Numbered lists of a document, each with its lead, its section and a stable id."""

from __future__ import annotations

from studyapp.extract.ids import stable_ids, whole_signature
from studyapp.extract.model import StudyList
from studyapp.text.document import Document, NumberedList


def find_lists(doc: Document) -> list[StudyList]:
    """Every numbered list of every study section, in reading order.

    A list's id rests on the words of its lead (typo-tolerant, see ``studyapp.extract.ids``); two lists
    with the same lead words are told apart by their section, then by their order.
    """
    found = [
        (section.id, block) for section in doc.sections for block in section.blocks if isinstance(block, NumberedList)
    ]
    keys = [whole_signature(block.lead) or block.lead for _, block in found]
    ids = stable_ids("list", doc.id, keys, lambda i: found[i][0])
    return [
        StudyList(id=list_id, section=section, lead=block.lead, items=block.items, position=position)
        for position, (list_id, (section, block)) in enumerate(zip(ids, found, strict=True))
    ]
