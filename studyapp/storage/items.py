"""StudyItem <-> stored JSON (the item table keeps queryable columns plus the whole item as data)."""

from __future__ import annotations

import json
import zlib

from studyapp.generate.model import Kind, Quality, Source, StudyItem, split_topic


def item_to_json(item: StudyItem) -> str:
    src = item.source
    return json.dumps(
        {
            "id": item.id,
            "kind": item.kind,
            "section": item.section,
            "prompt": item.prompt,
            "answer": item.answer,
            "source": [src.section, src.section_title, src.text, [list(f) for f in src.footnotes]],
            "origin": item.origin,
            "position": item.position,
            "choices": list(item.choices),
            "order": list(item.order),
            "cloze": item.cloze,
            "unit": item.unit,
            "reveals": list(item.reveals),
            "quality": [item.quality.score, list(item.quality.reasons)],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def item_from_json(data: str) -> StudyItem:
    d = json.loads(data)
    section, title, text, notes = d["source"]
    return StudyItem(
        id=d["id"],
        kind=Kind(d["kind"]),
        section=d["section"],
        prompt=d["prompt"],
        answer=d["answer"],
        source=Source(section, title, text, tuple((int(n), str(t)) for n, t in notes)),
        origin=d["origin"],
        position=d["position"],
        choices=tuple(d["choices"]),
        order=tuple(d["order"]),
        cloze=d["cloze"],
        unit=d.get("unit", ""),
        reveals=tuple(d.get("reveals", ())),
        quality=Quality(d["quality"][0], tuple(d["quality"][1])) if "quality" in d else Quality(),
    )


# Stored rows: the item's JSON deflated against a preset dictionary of what every item's JSON holds (its keys
# and the usual empty values), behind a format byte. About 2.6 times smaller than the JSON text (a 5 MB
# article's 34,000 items: 32 MB of JSON, 12 MB stored); rows written as JSON text before are still read.
_PACKED = b"\x01"
_DICTIONARY = (
    b'"reveals":[],"quality":[1.0,[]]} {"id":"date-cloze-","kind":"date-cloze","section":"","prompt":"",'
    b'"answer":"","source":["","","],"origin":"fact-","position":1,"choices":[],"order":[],"cloze":"",'
    b'"unit":"fact-","reveals":[],"quality":[1.0,[]]}'
)
_WINDOW = -12  # raw deflate, a 4 KB window: an item's JSON is a kilobyte or so


def item_to_row(item: StudyItem) -> bytes:
    """What the ``items.data`` column stores for ``item``."""
    packer = zlib.compressobj(6, zlib.DEFLATED, _WINDOW, 4, zlib.Z_DEFAULT_STRATEGY, _DICTIONARY)
    return _PACKED + packer.compress(item_to_json(item).encode()) + packer.flush()


def item_from_row(data: bytes | str) -> StudyItem:
    """The item an ``items.data`` value holds (packed, or JSON text as written before)."""
    if isinstance(data, bytes) and data[:1] == _PACKED:
        unpacker = zlib.decompressobj(_WINDOW, _DICTIONARY)
        return item_from_json((unpacker.decompress(data[1:]) + unpacker.flush()).decode())
    return item_from_json(data.decode() if isinstance(data, bytes) else data)


def browse_texts(item: StudyItem) -> tuple[str, str, str]:
    """The text columns the browser sorts and searches (the learner's edit is laid over them after): the
    question without the article's title a prompt names first, which every item of the deck shares."""
    return split_topic(item.prompt)[1], item.answer, item.source.text
