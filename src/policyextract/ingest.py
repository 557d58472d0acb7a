"""Reading documents: bytes → text with the encoding detected, one `Document` id per file."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path


class IngestError(ValueError):
    """A file that cannot be read as a text document; the message names the file."""


@dataclass(frozen=True)
class SourceText:
    doc_id: str
    text: str
    source: str
    encoding: str


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode document bytes: BOM, else UTF-8, else UTF-16 without BOM, else GB18030."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data[:4096]:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return text, encoding
        raise IngestError(f"{name}: binary file (NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as error:
        reason = f"{error.reason} at byte {error.start}"
        raise IngestError(f"{name}: neither UTF-8, UTF-16 nor GB18030 ({reason})") from error


def read_source(path: str | Path) -> SourceText:
    """One file as a document: its id is the file name without the extension."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(f"{path}: {error.strerror or error}") from error
    text, encoding = decode(data, str(path))
    return SourceText(doc_id=path.stem, text=text, source=str(path), encoding=encoding)
