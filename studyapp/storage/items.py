"""StudyItem <-> stored JSON (the item table keeps queryable columns plus the whole item as data)."""

from __future__ import annotations

import json

from studyapp.generate.model import Quality, Source, StudyItem


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
        kind=d["kind"],
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
