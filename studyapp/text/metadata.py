"""A metadata block at the very top of a text (``---`` ... ``---``, as Jekyll and Pandoc write it): its title,
authors and abstract. The block is YAML, read by PyYAML; one that is not valid YAML is read line by line as
``key: value``."""

from __future__ import annotations

from dataclasses import dataclass

_MAX_META_LINES = 400
_TITLE_KEYS = ("long", "main", "full", "title", "short")


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    abstract: str | None = None


def metadata_block(lines: list[str]) -> tuple[Metadata, list[str]]:
    """The metadata of a ``---`` block at the very top, and the lines after it (all lines when there is none)."""
    if not lines or lines[0].strip() != "---":
        return Metadata(), lines
    for end in range(1, min(len(lines), _MAX_META_LINES)):
        if lines[end].strip() in ("---", "..."):
            fields = _yaml_fields(lines[1:end])
            if fields is None:
                fields = _plain_fields(lines[1:end])
            if not fields:
                return Metadata(), lines
            meta = Metadata(_text(fields.get("title"), _TITLE_KEYS), _authors(fields.get("author")), None)
            abstract = fields.get("abstract") or fields.get("description")
            return Metadata(meta.title, meta.author, abstract.strip() if isinstance(abstract, str) else None), lines[
                end + 1 :
            ]
    return Metadata(), lines


def _yaml_fields(lines: list[str]) -> dict[str, object] | None:
    import yaml  # type: ignore[import-untyped]  # (only texts that open with a metadata block need it)

    try:
        fields = yaml.safe_load("\n".join(lines))
    except yaml.YAMLError:
        return None
    return {str(k).lower(): v for k, v in fields.items()} if isinstance(fields, dict) else None


def _plain_fields(lines: list[str]) -> dict[str, object]:
    fields: dict[str, object] = {}
    for line in lines:
        key, sep, value = line.partition(":")
        if sep and value.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields


def _text(value: object, keys: tuple[str, ...]) -> str | None:
    """A field's text: the value itself, or the first of ``keys`` in a mapping (``title: {long: ..., short: ...}``)."""
    if isinstance(value, str | int | float) and str(value).strip():
        return str(value).strip()
    if isinstance(value, dict):
        for key in keys:
            text = value.get(key)
            if isinstance(text, str) and text.strip():
                return text.strip()
    return None


def _authors(value: object) -> str | None:
    """``author: Jo Bloggs``, a list of names, or a list of ``{name: ...}`` mappings -> "A and B"."""
    items = value if isinstance(value, list) else [value]
    names = [name for name in (_text(item, ("name",)) for item in items) if name]
    return " and ".join(names) if names else None
