"""Reading documents: files, folders and standard input → text, with the encoding detected.

Every input becomes a `SourceText` (document id, text, source, encoding, format). Whatever
cannot be read as a document — a missing path, a binary or undecodable file, an empty file, a
file over the size limit — raises `IngestError` with a message that names the file, so a batch
can report it and go on.

Offsets of figures refer to the text returned here: for plain text that is the file itself,
for HTML, DOCX and PDF the text extracted from it.
"""

from __future__ import annotations

import codecs
import dataclasses
import fnmatch
import hashlib
import io
import os
import re
import stat
import sys
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree import ElementTree

from .errors import IngestError as IngestError  # re-exported: its old home

DEFAULT_MAX_BYTES = 100 * 1024 * 1024  # a policy text is a few hundred KB; 100 MB is surely not one
STDIN = "-"

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
DOCX_SUFFIXES = frozenset({".docx"})
PDF_SUFFIXES = frozenset({".pdf"})
# What a folder is read for when no glob is given: documents, not the images, data or gold
# files that sit beside them. Files named explicitly are read whatever their suffix.
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ""}) | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES


@dataclass(frozen=True)
class SourceText:
    doc_id: str
    text: str
    source: str
    encoding: str
    format: str = "text"  # text, html, docx or pdf
    warnings: tuple[str, ...] = ()  # what was repaired in reading (stray bytes), for the report


# ---------------------------------------------------------------------------------------------
# Names and ids


def printable_path(path: str | Path) -> str:
    """A path as printable text that keeps every byte of it.

    Bytes that are not UTF-8 (a file name from another system, which `os.listdir` hands over as
    surrogate escapes) and control characters (a newline, an escape sequence) are written as
    `\\xNN` escapes of their bytes, and a backslash as `\\\\`; everything else is kept as it is.
    So the name can be printed, stored in JSON or a database, and never forges a line of a
    report; `path_from_printable` gives back the original.

    >>> printable_path(os.fsdecode(b"report\\xff.txt")), printable_path("a\\nb.txt")
    ('report\\\\xff.txt', 'a\\\\nb.txt')
    """
    name = os.fspath(path)
    try:
        data = os.fsencode(name)
    except UnicodeEncodeError:  # a lone surrogate that no file system gave: keep it as UTF-8 bytes
        data = name.encode("utf-8", "surrogatepass")
    text = data.decode("utf-8", "surrogateescape")
    if text.isprintable() and "\\" not in text:
        return text  # the usual case, with no character to look at twice
    out: list[str] = []
    for character in text:
        if character == "\\":
            out.append("\\\\")
        elif character in _CONTROL_ESCAPES:
            out.append(_CONTROL_ESCAPES[character])
        elif character.isprintable() and not 0xD800 <= ord(character) <= 0xDFFF:
            out.append(character)
        else:
            raw = character.encode("utf-8", "surrogateescape") if ord(character) >= 0xDC80 else None
            if raw is None or len(raw) != 1:
                raw = character.encode("utf-8", "surrogatepass")
            out.append("".join(f"\\x{byte:02x}" for byte in raw))
    return "".join(out)


_CONTROL_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def path_from_printable(printable: str) -> str:
    """The path a `printable_path` stands for (a `str` that `open()` accepts, bytes and all)."""
    return os.fsdecode(codecs.escape_decode(printable.encode("utf-8"))[0])


def document_id(path: str | Path, *, id_root: str | Path | None = None) -> str:
    """The id of the document in file `path`: its name without the extension.

    The id depends on the file alone — not on the other inputs of the run, the working folder,
    or how its folder was named on the command line — so a run over `reports/` and a later run
    over `reports/2023` give a file the same id. With `id_root`, the id is instead the file's
    path under that folder, without the extension (`2023/report` for `reports/2023/report.txt`
    and `id_root="reports"`): for trees that repeat file names. The id is printable
    (`printable_path`).
    """
    if id_root is None:
        name = os.path.basename(os.path.normpath(os.fspath(path)))
    else:
        absolute, root = os.path.abspath(path), os.path.abspath(id_root)
        if os.path.commonpath([absolute, root]) != root or absolute == root:
            raise IngestError(f"{printable_path(path)}: not inside the id root {printable_path(id_root)}")
        name = os.path.relpath(absolute, root).replace(os.sep, "/")
    return printable_path(os.path.splitext(name)[0])


def source_name(path: str | Path) -> str:
    """What a document's `source` records for a file: its absolute path, printable.

    Absolute, so that it is the same from whatever folder a run starts; a stored document's
    source tells which file its id came from.
    """
    return printable_path(os.path.abspath(path))


# ---------------------------------------------------------------------------------------------
# Finding the inputs


# Formats a folder may hold that are documents policyextract cannot read: each is named in the
# run's summary with what to do, never passed over in silence.
UNSUPPORTED_FORMATS = {
    ".doc": "old Word format, not supported: save it as .docx",
    ".wps": "WPS Writer format, not supported: save it as .docx",
    ".rtf": "RTF, not supported: save it as .docx",
    ".odt": "OpenDocument text, not supported: save it as .docx",
    ".pages": "Apple Pages format, not supported: export it as .docx",
    ".xls": "a spreadsheet (old Excel format), not supported",
    ".xlsx": "a spreadsheet (Excel), not supported",
    ".et": "a spreadsheet (WPS), not supported",
    ".ods": "a spreadsheet (OpenDocument), not supported",
    ".ppt": "a presentation (old PowerPoint format), not supported",
    ".pptx": "a presentation (PowerPoint), not supported",
    ".dps": "a presentation (WPS), not supported",
    ".ofd": "OFD, not supported: export it as PDF",
    ".caj": "CAJ, not supported: export it as PDF",
    ".zip": "an archive: unpack it first",
    ".rar": "an archive: unpack it first",
    ".7z": "an archive: unpack it first",
}
NOT_A_DOCUMENT = "not a document format"  # images, data, gold files: counted, not listed one by one


@dataclass(frozen=True)
class Skipped:
    """A file or folder met in a walk that is not read, and why."""

    path: str  # printable (`printable_path`)
    reason: str


def iter_paths(paths: Iterable[str | Path], *, glob: str | None = None) -> Iterator[str]:
    """The files `iter_inputs` would read, without the skipped ones."""
    for found in iter_inputs(paths, glob=glob):
        if not isinstance(found, Skipped):
            yield found


def iter_inputs(paths: Iterable[str | Path], *, glob: str | None = None) -> Iterator[str | Skipped]:
    """The files named by `paths`, folders walked recursively, in a stable (sorted) order; and,
    as `Skipped`, what a walk meets but does not read, with the reason.

    `glob` filters the files found inside folders (`*.txt`, or with a slash `sub/*.html`,
    matched against the path relative to the folder); without it, folders give their files of
    document formats (`DOCUMENT_SUFFIXES`) and report the others (`UNSUPPORTED_FORMATS` by
    name, the rest as `NOT_A_DOCUMENT`). Files named explicitly are always yielded; missing
    ones as given, so that reading them reports the error. Inside folders only regular files
    are read: a FIFO, a device (a link to /dev/zero) or a socket would block or never end, and
    is skipped. Links to folders are followed, but no folder is read twice (a link back to a
    parent would loop forever). Hidden files and folders (`.git`, `.DS_Store`) are passed over.
    Each file is yielded once, and the walk is lazy: it lists one folder at a time.
    """
    seen_files: set[tuple[int, int]] = set()
    seen_folders: set[tuple[int, int]] = set()
    for given in paths:
        name = os.fspath(given)
        if name == STDIN:
            yield STDIN
            continue
        if os.path.isdir(name):
            for found in _walk(name, glob, seen_folders):
                if isinstance(found, Skipped) or _first_time(found, seen_files):
                    yield found
                else:
                    yield Skipped(printable_path(found), "the same file as one read before")
        elif _first_time(name, seen_files):
            yield name


def _first_time(path: str, seen: set[tuple[int, int]]) -> bool:
    try:
        status = os.stat(path)
    except OSError:
        return True  # reading it will say what is wrong
    key = (status.st_dev, status.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _walk(root: str, glob: str | None, visited: set[tuple[int, int]]) -> Iterator[str | Skipped]:
    """Depth first, a folder's files before its sub-folders, names sorted (os.walk's order),
    following links to folders but entering each folder once."""
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            status = os.stat(folder)
            key = (status.st_dev, status.st_ino)
            if key in visited:
                yield Skipped(printable_path(folder), "a folder already read (a link back to a folder above it?)")
                continue
            visited.add(key)
            with os.scandir(folder) as listing:
                entries = sorted((entry for entry in listing if not entry.name.startswith(".")), key=_name_of)
        except OSError as error:
            yield Skipped(printable_path(folder), f"cannot read the folder: {error.strerror or error}")
            continue
        folders = []
        for entry in entries:
            full = os.path.join(folder, entry.name)
            try:
                is_folder = entry.is_dir()  # follows links: a link to a folder is walked
            except OSError:
                is_folder = False
            if is_folder:
                folders.append(full)
                continue
            found = _file_in_folder(full, entry.name, root, glob)
            if found is not None:
                yield found
        pending.extend(reversed(folders))


def _name_of(entry: os.DirEntry[str]) -> str:
    return entry.name


def _file_in_folder(full: str, name: str, root: str, glob: str | None) -> str | Skipped | None:
    """A file met in a walk: its path to read, a `Skipped`, or None when the glob leaves it out."""
    if glob is not None:
        if not _matches(glob, name, os.path.relpath(full, root)):
            return None
    else:
        suffix = os.path.splitext(name)[1].lower()
        if suffix not in DOCUMENT_SUFFIXES:
            return Skipped(printable_path(full), UNSUPPORTED_FORMATS.get(suffix, NOT_A_DOCUMENT))
    try:
        mode = os.stat(full).st_mode
    except OSError as error:
        return Skipped(printable_path(full), f"a broken link ({error.strerror or error})")
    if not stat.S_ISREG(mode):
        return Skipped(printable_path(full), f"not a regular file ({_file_type(mode)})")
    return full


def _matches(glob: str, name: str, relative: str) -> bool:
    if "/" in glob or os.sep in glob:
        return fnmatch.fnmatch(relative.replace(os.sep, "/"), glob)
    return fnmatch.fnmatch(name, glob)


# ---------------------------------------------------------------------------------------------
# Reading one input


def read_source(
    path: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    doc_id: str | None = None,
) -> SourceText:
    """One file as a document: its id is `document_id(path)` unless `doc_id` is given, its
    source the file's absolute path (`source_name`)."""
    name = printable_path(path)
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise IngestError(f"{name}: no such file or folder") from None
    except OSError as error:
        raise IngestError(f"{name}: {error.strerror or error}") from error
    if stat.S_ISDIR(status.st_mode):
        raise IngestError(f"{name}: is a folder (pass it to extract_files to read the files inside)")
    if not (stat.S_ISREG(status.st_mode) or stat.S_ISFIFO(status.st_mode)):
        # a pipe named on purpose (`<(zcat a.txt.gz)`) is read; a device would never end
        raise IngestError(f"{name}: not a regular file ({_file_type(status.st_mode)})")
    unsupported = UNSUPPORTED_FORMATS.get(os.path.splitext(os.fspath(path))[1].lower())
    if unsupported is not None:
        raise IngestError(f"{name}: {unsupported}")
    if status.st_size > max_bytes:
        raise IngestError(f"{name}: {format_size(status.st_size)} is over the size limit of {format_size(max_bytes)}")
    try:
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)  # bounded: a file may grow, a pipe has no size
    except OSError as error:
        raise IngestError(f"{name}: {error.strerror or error}") from error
    if len(data) > max_bytes:
        raise IngestError(f"{name}: over the size limit of {format_size(max_bytes)}")
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    return source_from_bytes(
        data,
        name=name,
        doc_id=doc_id or document_id(path),
        suffix=suffix,
        source=source_name(path),
        max_bytes=max_bytes,
    )


def read_stdin(
    stream: BinaryIO | None = None, *, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> SourceText:
    """Standard input as one document (bytes, so the encoding is detected like a file's).

    Without `doc_id` its id is `stdin-` and the first 12 hex digits of the text's sha256
    (`Document.sha256`): the same text piped twice is the same document, two texts are two.
    """
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(f"<stdin>: over the size limit of {format_size(max_bytes)}")
    source = source_from_bytes(data, name="<stdin>", doc_id=doc_id or "stdin", source=STDIN, max_bytes=max_bytes)
    if doc_id is None:
        digest = hashlib.sha256(source.text.encode("utf-8", "surrogatepass")).hexdigest()
        source = dataclasses.replace(source, doc_id=f"stdin-{digest[:12]}")
    return source


def source_from_bytes(
    data: bytes,
    *,
    name: str,
    doc_id: str,
    suffix: str = "",
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceText:
    """Bytes of a document of any supported format → its text (a DOCX's XML at most `max_bytes`
    uncompressed)."""
    source = name if source is None else source
    if not data.strip():
        raise IngestError(f"{name}: empty file")
    if suffix in DOCX_SUFFIXES or (not suffix and data.startswith(b"PK\x03\x04")):
        text = docx_to_text(data, name, max_bytes=max_bytes)
        return SourceText(doc_id, _nonempty(text, name), source, "utf-8", "docx")
    if suffix in PDF_SUFFIXES or (not suffix and data.startswith(b"%PDF-")):
        return SourceText(doc_id, _nonempty(pdf_to_text(data, name), name), source, "pdf", "pdf")
    if suffix in HTML_SUFFIXES or _looks_like_html(data):
        text, encoding, repairs = decode_repairing(data, name, declared=_declared_charset(data))
        return SourceText(doc_id, _nonempty(html_to_text(text), name), source, encoding, "html", repairs)
    text, encoding, repairs = decode_repairing(data, name)
    return SourceText(doc_id, _nonempty(text, name), source, encoding, "text", repairs)


def _nonempty(text: str, name: str) -> str:
    if not text.strip():
        raise IngestError(f"{name}: no text in the document")
    return text


def format_size(size: float) -> str:
    """A size in bytes for a message: `512 bytes`, `20.5 KB`, `1.5 MB`, `2.0 GB`."""
    if size < 1024:
        return f"{size:g} bytes"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            break
    return f"{size:.1f} {unit}"


# ---------------------------------------------------------------------------------------------
# Encodings


_BOMS = (  # UTF-32 before UTF-16: FF FE 00 00 also starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

# Magic numbers of formats that are certainly not text, to name them in the message.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office file (.doc/.xls: save it as .docx)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"%PDF-", "a PDF (name it .pdf)"),
)

_SAMPLE_CHARACTERS = 4_000  # plausibility is judged on a sample: enough, and cheap on 100 MB
_ACCEPT = 0.9  # a first candidate this plausible is taken without trying the others
_LONG = 4096  # bytes; on a longer text any candidate this plausible is taken
_MINIMUM = 0.1  # below this no candidate reads as text (rare characters alone score 0.2)
_UTF8_DECISIVE = 8  # non-ASCII characters after which valid UTF-8 is taken as UTF-8


def decode(data: bytes, name: str = "<bytes>", *, declared: str | None = None) -> tuple[str, str]:
    """Decode document bytes; returns the text and the encoding found (repairs: `UnicodeWarning`)."""
    text, encoding, repairs = decode_repairing(data, name, declared=declared)
    for repair in repairs:
        warnings.warn(repair, UnicodeWarning, stacklevel=2)
    return text, encoding


def decode_repairing(
    data: bytes, name: str = "<bytes>", *, declared: str | None = None
) -> tuple[str, str, tuple[str, ...]]:
    """Decode document bytes; returns the text, the encoding found and what was repaired.

    A byte-order mark decides. Otherwise every candidate encoding that decodes the bytes
    strictly (UTF-8, GBK/GB18030, UTF-16 LE and BE) is scored on how much its text looks like
    Chinese or plain text — common (GB2312 level 1) hanzi, ASCII, CJK punctuation count for it;
    control characters, private-use and unassigned code points, Hangul count against — and the
    most plausible wins. This is what tells short GBK texts from UTF-8 or UTF-16 ones, where
    generic detectors guess wrong.

    UTF-8 with a few stray invalid bytes (a file cut and pasted together, one bad sector) is
    read as UTF-8 with each such byte replaced by U+FFFD, and the repair is reported, rather than
    the document rejected: at most one stray byte per 200 multi-byte characters, so a GBK or
    UTF-16 file, which is invalid UTF-8 at nearly every character, is never taken for it.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), label, ()
            except UnicodeDecodeError as error:
                if codec == "utf-8-sig":
                    repaired = _nearly_utf8(data[len(bom) :], name)
                    if repaired is not None:
                        return repaired[0], label, (repaired[1],)
                raise IngestError(f"{name}: starts with a {label} byte-order mark but is not {label}") from error
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise IngestError(f"{name}: binary file ({what}), not a text document")
    candidates = _candidates(declared, data)
    best: tuple[float, str, str] | None = None
    for codec in candidates:
        if codec.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            repaired = _nearly_utf8(data, name) if codec == "utf-8" else None
            if repaired is not None:
                return repaired[0], codec, (repaired[1],)
            continue
        except LookupError:
            continue
        if codec == "utf-8" and _non_ascii(text, _UTF8_DECISIVE):
            return text, codec, ()  # other bytes are almost never valid UTF-8 this long
        score = plausibility(text[:_SAMPLE_CHARACTERS])
        label = _label(codec, data) if codec == "gb18030" else codec
        if best is None or score > best[0]:
            best = (score, text, label)
        if score >= _ACCEPT and (codec == candidates[0] or len(data) >= _LONG):
            break  # long texts are never ambiguous: spare decoding 100 MB twice more
    if best is None or best[0] < _MINIMUM:
        if b"\x00" in data[:4096]:
            raise IngestError(f"{name}: binary file (NUL bytes), not a text document")
        raise IngestError(f"{name}: undecodable: not UTF-8, GB18030/GBK or UTF-16 text")
    return best[1], best[2], ()


_STRAY = re.compile("[\udc80-\udcff]+")  # undecodable bytes, as surrogateescape gives them
_STRAY_RATE = 200  # multi-byte characters per tolerated place of stray bytes


def _nearly_utf8(data: bytes, name: str) -> tuple[str, str] | None:
    """UTF-8 text with a few stray bytes repaired (U+FFFD each) and the warning; None when the
    bytes are not nearly all UTF-8."""
    text = data.decode("utf-8", "surrogateescape")  # a stray byte becomes one U+DC80-U+DCFF
    places = _STRAY.findall(text)  # a run of stray bytes: one broken character, one bad splice
    # bytes beyond one per character: 2 per CJK character, 0 per ASCII or stray byte
    multibyte = (len(data) - len(text)) // 2
    if not places or multibyte < _UTF8_DECISIVE or len(places) > max(1, multibyte // _STRAY_RATE):
        return None
    first = _STRAY.search(text)
    assert first is not None
    where = text.count("\n", 0, first.start()) + 1
    strays = sum(len(place) for place in places)
    noun = "byte" if strays == 1 else "bytes"
    warning = f"{name}: {strays} invalid UTF-8 {noun} replaced by U+FFFD (the first on line {where})"
    return _STRAY.sub(lambda run: "\ufffd" * len(run.group()), text), warning


def _non_ascii(text: str, at_least: int) -> bool:
    count = 0
    for character in text:
        if ord(character) > 0x7F:
            count += 1
            if count >= at_least:
                return True
    return False


def _candidates(declared: str | None, data: bytes) -> tuple[str, ...]:
    order = ["utf-8", "gb18030", "utf-16-le", "utf-16-be"]
    sample = data[:4096]
    if sample[0::2].count(0) > sample[1::2].count(0):
        # ASCII in UTF-16 BE puts its NUL byte first: try (and prefer on a tie) big-endian
        order[2:] = ["utf-16-be", "utf-16-le"]
    if declared:
        declared = _canonical_codec(declared)
        if declared in order:
            order.remove(declared)
        order.insert(0, declared)
    return tuple(order)


def _canonical_codec(name: str) -> str:
    name = name.strip().lower()
    if name in {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"}:
        return "gb18030"  # the superset: decodes every GB2312 and GBK file
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


def _label(codec: str, data: bytes) -> str:
    """GBK files are reported as gbk, those needing the four-byte GB18030 forms as gb18030."""
    try:
        data.decode("gbk")
    except UnicodeDecodeError:
        return codec
    return "gbk"


def _common_hanzi() -> frozenset[str]:
    # GB2312 level 1: the 3755 most common characters, rows 0xB0-0xD7 — taken from the codec
    # itself rather than a hand-kept list.
    characters = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                characters.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(characters)


_COMMON_HANZI = _common_hanzi()
_WHITESPACE = frozenset("\t\n\r\f\v")


def plausibility(text: str) -> float:
    """How much `text` reads as Chinese or plain text: about 1 for real text, ≤ 0 for garbage."""
    if not text:
        return 0.0
    score = 0.0
    for character in text:
        score += _weight(character)
    return score / len(text)


def _weight(character: str) -> float:
    code = ord(character)
    if character in _COMMON_HANZI:
        return 1.0
    if code < 0x80:
        return 1.0 if (0x20 <= code < 0x7F or character in _WHITESPACE) else -3.0
    if 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F:
        return 1.0  # CJK and full-width punctuation, general punctuation
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return -3.0  # Hangul: what GBK bytes become when read as UTF-16
    category = unicodedata.category(character)
    if category in {"Cc", "Co", "Cn", "Cs"} or character == "\ufffd":
        return -3.0
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return 0.2  # a real but rarer character; also what mis-decoded bytes look like
    return 0.0


# ---------------------------------------------------------------------------------------------
# HTML


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    found = _CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<body" in data[:4096].lower())


class _TextOfHtml(HTMLParser):
    """The readable text of a page: no tags, scripts, styles, navigation, headers or footers."""

    SKIPPED = frozenset(
        {"script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
         "form", "iframe", "svg", "button", "select", "textarea", "object", "canvas"}
    )  # fmt: skip
    CODE = frozenset({"script", "style", "noscript", "template", "head", "svg", "object", "canvas"})
    BLOCKS = frozenset(
        {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
         "section", "article", "main", "dd", "dt", "dl", "blockquote", "pre", "hr", "td", "th",
         "caption", "figcaption", "center", "title"}
    )  # fmt: skip
    VOID = frozenset(
        {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
    )
    # class or id words of page furniture: <div class="breadcrumb">, <div id="footer">…
    FURNITURE_NAME = re.compile(
        r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|header|footer|sidebar|side|aside|"
        r"ads?|advert|banner|share|related|recommend|comments?|copyright|toolbar|pagination|pager)"
        r"(?:$|[\s_-])",
        re.IGNORECASE,
    )

    CELLS = frozenset({"td", "th"})

    def __init__(self, *, skip_furniture: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_furniture = skip_furniture
        self.parts: list[str] = []
        self._skipping: str | None = None
        self._depth = 0
        self._pre = 0
        self._tables: list[_HtmlTable] = []  # the open tables, innermost last

    def _out(self, outside: int = 0) -> list[str]:
        """Where text goes: the innermost open cell (of the tables but the `outside` innermost
        ones), else the page."""
        for table in reversed(self._tables[: len(self._tables) - outside]):
            if table.cells is not None and table.in_cell:
                return table.cells[-1]
        return self.parts

    def _close_row(self) -> None:
        table = self._tables[-1]
        table.pad()
        if table.cells is not None:
            lines = table_row_lines(["".join(cell) for cell in table.cells])
            self._out(outside=1).append("\n" + "\n".join(lines) + "\n")
        table.cells, table.in_cell = None, False

    def _table_tag(self, tag: str, attrs: list[tuple[str, str | None]], start: bool) -> None:
        if tag == "table":
            if start:
                self._out().append("\n")
                self._tables.append(_HtmlTable())
            else:
                self._close_row()
                self._tables.pop()
                self._out().append("\n")
            return
        table = self._tables[-1]
        if tag == "tr":
            self._close_row()
            if start:
                table.cells = []
        elif start:  # td, th; a row left open by the page, or never opened, goes on
            table.pad()
            if table.cells is None:
                table.cells = []
            table.cells.append([])
            table.in_cell = True
            span = next((value for key, value in attrs if key == "colspan"), None) or "1"
            table.span = min(int(span), _MAX_SPAN) if span.isdigit() and span != "0" else 1
        else:
            table.in_cell = False

    def close(self) -> None:
        super().close()
        while self._tables:  # tables the page never closed
            self._close_row()
            self._tables.pop()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping == "head" and tag == "body":
            self._skipping = None  # a page that never closes its <head>
        if self._skipping is not None:
            if tag == self._skipping and tag not in self.VOID:
                self._depth += 1
            return
        names = " ".join(value or "" for key, value in attrs if key in {"class", "id", "role"})
        furniture = bool(self.skip_furniture and names and self.FURNITURE_NAME.search(names)) and tag not in self.VOID
        if (tag in self.SKIPPED and (self.skip_furniture or tag in self.CODE)) or furniture:
            self._skipping, self._depth = tag, 1
            return
        if tag == "pre":
            self._pre += 1
        if tag == "table" or (self._tables and tag in self.CELLS | {"tr"}):
            self._table_tag(tag, attrs, start=True)
        elif tag in self.BLOCKS:
            self._out().append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping is None and tag in self.BLOCKS:
            self._out().append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skipping is not None:
            if tag == self._skipping:
                self._depth -= 1
                if self._depth == 0:
                    self._skipping = None
            return
        if tag == "pre" and self._pre:
            self._pre -= 1
        if self._tables and tag in self.CELLS | {"tr", "table"}:
            self._table_tag(tag, [], start=False)
        elif tag in self.BLOCKS:
            self._out().append("\n")

    def handle_data(self, data: str) -> None:
        if self._skipping is not None:
            return
        # Source line breaks are not text breaks in HTML, except inside <pre>.
        self._out().append(data if self._pre else re.sub(r"\s+", " ", data))


@dataclass
class _HtmlTable:
    cells: list[list[str]] | None = None  # the open row's cells, each the text pieces read into it
    in_cell: bool = False
    span: int = 1  # columns the last cell spans (colspan)

    def pad(self) -> None:
        """Empty cells after a cell over several columns, so that the columns stay aligned."""
        if self.cells is not None:
            self.cells.extend([] for _ in range(self.span - 1))
        self.span = 1


# A table row becomes one line, its cells joined by ` | ` (the form the table rules read:
# 小学在校生（人） | 21500 | 21876) when it has two cells or more and each is short; a row of
# long cells (a page laid out in a table, a cell of paragraphs) keeps its cells' lines.
TABLE_SEPARATOR = " | "
_CELL_MAX = 100
_MAX_SPAN = 64  # columns a table has at most


def table_row_lines(cells: list[str]) -> list[str]:
    """The lines of a table row whose cells have the texts `cells`."""
    flat = [" ".join(cell.split()) for cell in cells]
    if len(cells) >= 2 and all(len(cell) <= _CELL_MAX for cell in flat):
        return [TABLE_SEPARATOR.join(flat)] if any(flat) else []
    return [line for cell in cells for line in cell.split("\n")]


def html_to_text(html: str) -> str:
    """The readable text of an HTML page, one block a line.

    Navigation, headers, footers and asides are left out; should that leave nothing (a page
    built wholly inside one <header>, an element never closed), only code is left out.
    """
    text = _html_text(html, skip_furniture=True)
    return text if text.strip() else _html_text(html, skip_furniture=False)


def _html_text(html: str, *, skip_furniture: bool) -> str:
    parser = _TextOfHtml(skip_furniture=skip_furniture)
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).replace("\xa0", " ").split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


# ---------------------------------------------------------------------------------------------
# DOCX


def docx_to_text(data: bytes, name: str = "<docx>", *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a Word document, a paragraph a line; a table row a line, its cells joined by
    ` | ` (as flattened tables are written), so that a row's label and its figures stay together.

    The XML is read as a stream, and every element is dropped once read: memory stays at the
    size of the text. Its uncompressed size may be at most `max_bytes`, declared or read (a ZIP
    bomb declares a small size and expands without bound): over it, an `IngestError`.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise IngestError(f"{name}: not a valid DOCX file (not a ZIP archive)") from error
    with archive:
        try:
            info = archive.getinfo("word/document.xml")
        except KeyError:
            raise IngestError(f"{name}: not a valid DOCX file (no word/document.xml)") from None
        too_large = (
            f"{name}: its text (word/document.xml) is over the size limit of {format_size(max_bytes)} uncompressed"
        )
        if info.file_size > max_bytes:
            raise IngestError(f"{too_large} ({format_size(info.file_size)})")
        reader = _DocxText()
        parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(events=("start", "end"))
        read = 0
        try:
            with archive.open(info) as xml:
                while chunk := xml.read(_DOCX_CHUNK):
                    read += len(chunk)
                    if read > max_bytes:
                        raise IngestError(too_large)
                    parser.feed(chunk)
                    reader.take(parser.read_events())
            parser.close()
            reader.take(parser.read_events())
        except (ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError) as error:
            raise IngestError(f"{name}: not a valid DOCX file ({error})") from error
    return reader.text()


_DOCX_CHUNK = 1 << 20


class _DocxText:
    """Builds the text from the parser's events; keeps only the open elements (the path from the
    root to the current one), each dropped from its parent once read."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.paragraph = io.StringIO()  # runs: a paragraph of a million runs is no list of a million strings
        self.open: list[ElementTree.Element] = []
        # the table rows being read, innermost last: each a list of cells, each a list of the
        # texts of its paragraphs (a nested table's rows go into the enclosing cell)
        self.rows: list[list[list[str]]] = []
        self.spans: list[int] = []  # columns each open cell spans (w:gridSpan)

    def take(self, events: Iterable[Any]) -> None:
        """Read the parser's start and end events (the only ones asked for)."""
        for event, element in events:
            if event == "start":
                self.open.append(element)
                if element.tag == _TR:
                    self.rows.append([])
                elif element.tag == _TC and self.rows:
                    self.rows[-1].append([])
                    self.spans.append(1)
                continue
            self._end(element)
            self.open.pop()
            if self.open:
                del self.open[-1][-1]  # the element just read is its parent's last child
            element.clear()

    def _end(self, element: ElementTree.Element) -> None:
        tag = element.tag
        if tag == _T:
            self.paragraph.write(element.text or "")
        elif tag == _TAB:
            self.paragraph.write("\t")
        elif tag in _BREAKS:
            self.paragraph.write("\n")
        elif tag == _P:
            self._emit(self.paragraph.getvalue())
            self.paragraph = io.StringIO()
        elif tag == _GRID_SPAN and self.spans:
            written = element.get(f"{_W}val", "1")
            self.spans[-1] = int(written) if written.isdigit() else 1
        elif tag == _TC and self.spans:
            columns = min(self.spans.pop(), _MAX_SPAN)
            if self.rows:  # a cell over several columns: empty cells keep the columns aligned
                self.rows[-1].extend([] for _ in range(columns - 1))
        elif tag == _TR and self.rows:
            for line in table_row_lines(["\n".join(cell) for cell in self.rows.pop()]):
                self._emit(line)

    def _emit(self, line: str) -> None:
        if self.rows and self.rows[-1]:
            self.rows[-1][-1].append(line)  # inside a table cell
        else:
            self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_T, _TAB, _P, _TR, _TC, _GRID_SPAN = (f"{_W}{tag}" for tag in ("t", "tab", "p", "tr", "tc", "gridSpan"))
_BREAKS = frozenset({f"{_W}br", f"{_W}cr"})


# ---------------------------------------------------------------------------------------------
# PDF (optional extra)


def pdf_to_text(data: bytes, name: str = "<pdf>") -> str:
    """The text of a PDF, with pdfminer.six from the optional `pdf` extra."""
    try:
        from pdfminer.high_level import extract_text
    except ImportError:
        raise IngestError(f"{name}: reading PDF needs the optional extra: pip install 'policyextract[pdf]'") from None
    try:
        return extract_text(io.BytesIO(data))
    except Exception as error:  # pdfminer raises many unrelated types on broken files
        raise IngestError(f"{name}: unreadable PDF ({type(error).__name__}: {error})") from error
