"""A file -> decoded text -> :class:`Document`, refusing what is not a readable text document."""

from __future__ import annotations

import codecs
from pathlib import Path

from studyapp.errors import DocumentError
from studyapp.text.document import Document
from studyapp.text.parser import parse_document

# Twice the biggest corpus the benchmark reads (10 MB parses in about 3 s; extract and items take longer):
# a larger file is refused at once with a clear message instead of keeping the user waiting for minutes.
MAX_BYTES = 20 * 1024 * 1024
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})
_SAMPLE_BYTES = 65536
_MAX_CONTROL_RATIO = 0.05
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1a")
_KNOWN_BINARIES = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a compressed file (a Word, ePub or zip file)"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Office file"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
)


def read_document(path: str | Path) -> Document:
    """Read a plain-text or Markdown file into a :class:`Document`.

    Raises:
        DocumentError: the file is missing, unreadable, empty, binary or larger than :data:`MAX_BYTES`.
    """
    path = Path(path)
    data = _read_bytes(path)
    text = decode_text(data, name=path.name)
    markdown = True if path.suffix.lower() in MARKDOWN_SUFFIXES else None
    return parse_document(text, name=path.stem, markdown=markdown)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise DocumentError(f"\u201c{path}\u201d is a folder, not a document. Choose a text or Markdown file.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"\u201c{path.name}\u201d is too large to study ({size / 1048576:.0f} MB; the limit is "
                f"{MAX_BYTES // 1048576} MB). Split it into smaller documents."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"There is no file \u201c{path}\u201d.") from None
    except PermissionError:
        raise DocumentError(f"\u201c{path}\u201d cannot be read: permission denied.") from None
    except OSError as error:
        raise DocumentError(f"\u201c{path}\u201d cannot be read: {error.strerror or error}.") from None


def decode_text(data: bytes, *, name: str) -> str:
    """Bytes -> text: UTF-8 (BOM or not), UTF-16 with a BOM; bytes that are not UTF-8 read as cp1252.

    Raises:
        DocumentError: the bytes are empty or blank, or look binary (NUL bytes, many control bytes, a
            known binary format).
    """
    if not data.strip():
        raise DocumentError(f"\u201c{name}\u201d is empty: there is no text to study.")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError(f"\u201c{name}\u201d is not valid UTF-16 text.") from None
    _refuse_binary(data, name)
    return data.decode("utf-8-sig", errors=_CP1252_FALLBACK)


def _decode_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8 are read as cp1252 (Windows), or latin-1 where cp1252 has no character.

    This reads a cp1252 file as well as a UTF-8 file with a few stray cp1252 bytes (curly quotes pasted in),
    without turning the file's good UTF-8 into mojibake.
    """
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_byte_as_cp1252(bytes([b])) for b in bad), error.end


def _byte_as_cp1252(byte: bytes) -> str:
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return byte.decode("latin-1")


_CP1252_FALLBACK = "studyapp-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _decode_as_cp1252)


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, kind in _KNOWN_BINARIES:
        if data.startswith(magic):
            raise DocumentError(
                f"\u201c{name}\u201d is {kind}, not text. Save it as plain text (.txt) or Markdown (.md)."
            )
    sample = data[:_SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in data or controls > _MAX_CONTROL_RATIO * len(sample):
        raise DocumentError(
            f"\u201c{name}\u201d is a binary file, not text. Save it as plain text (.txt) or Markdown (.md)."
        )
