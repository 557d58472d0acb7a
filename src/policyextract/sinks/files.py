"""Text file sinks: JSONL (the record contract, one figure a line) and CSV (flat columns).

Files are written under a temporary name and renamed when the run ends (`atomic.AtomicFile`):
every file under its real name is complete and readable. Each document's lines go to the file in
one write; if the disk fills up (or any write fails) the file is cut back to the documents
before it, the sink raises `SinkBroken` naming what is and is not stored, takes no more
documents, and at close still gives the file its name: it holds those documents, whole.

CSV: RFC 4180 (CRLF line ends, so a carriage return inside a cell is quoted too), UTF-8 with a
byte order mark by default, so Excel (on Chinese Windows too) reads the Chinese text right;
`bom=False` leaves it out (standard output has none unless asked). A text cell that a spreadsheet
would run as a formula — one starting with `=`, `+`, `-`, `@`, a tab or a carriage return — is
prefixed with `'` (OWASP's advice against CSV injection), and so is one that starts with `'`
itself, so `csv_text` can undo it exactly. Numeric columns (`value`, `high`, their exact `_text`
twins, offsets, years) are never changed: -3.8 stays a number.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from typing import Any

from pydantic_core import PydanticSerializationError

from ..models import Figure, Result
from .atomic import AtomicFile
from .base import Sink, SinkBroken, SinkError, not_stored
from .schema import FIGURES, TEXT_SUFFIX, figure_row


class _TextFileSink(Sink):
    """A document's lines written in one go to a file (atomically renamed at the end) or to stdout."""

    def __init__(self, target: str, *, bom: bool = False) -> None:
        self.target = target
        self._file: AtomicFile | None = None if target == "-" else AtomicFile(target)
        self._closed = False
        self._documents = 0  # documents stored whole
        self._broken: str | None = None  # the message, once a write failed: nothing more is written
        if bom:
            self._write_text("\ufeff", doc_id=None)

    @property
    def _name(self) -> str:
        return "standard output" if self.target == "-" else self.target

    def _write_text(self, text: str, doc_id: str | None) -> None:
        if self._broken is not None:
            raise SinkBroken(self._broken)
        if self._closed:
            raise SinkError(f"{self._name} is already closed")
        try:
            if self._file is None:
                sys.stdout.write(text)
            else:
                self._file.write(text.encode("utf-8"))
                self._file.commit()
        except OSError as error:
            reason = error.strerror or str(error)
            if doc_id is None:  # the header: nothing is stored yet
                self._broken = f"cannot write {self._name}: {reason}; no document is stored in it"
            else:
                self._broken = not_stored(self._name, reason, self._documents, doc_id)
            raise SinkBroken(self._broken) from error
        if doc_id is not None:
            self._documents += 1

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if self._file is not None:
                self._file.finish()
            else:
                sys.stdout.flush()
        except (OSError, SinkError) as error:
            if self._broken is not None:
                return  # already reported, with what the file holds
            if isinstance(error, SinkError):
                raise
            raise SinkError(f"cannot finish writing {self._name}: {error.strerror or error}") from error


_SURROGATE = re.compile("[\ud800-\udfff]")


def figure_json(figure: Figure) -> str:
    """One JSONL line (without the newline): pydantic-core's JSON; lone surrogates as JSON escapes."""
    try:
        return figure.model_dump_json()
    except PydanticSerializationError:
        # a str with lone surrogates (a file name that is not UTF-8) cannot be encoded as UTF-8;
        # JSON's own escape keeps it exactly: json.loads gives the same str back
        text = json.dumps(figure.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
        return _SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


class JsonlSink(_TextFileSink):
    """One `figure.model_dump(mode="json")` object a line: the JSON record contract.

    Serialised by pydantic-core (`model_dump_json`), twice as fast as json.dumps of the dict
    and the same JSON; with --jobs the parent process does this work, so it bounds the speed-up."""

    def write(self, result: Result) -> None:
        self._write_text("".join(figure_json(figure) + "\n" for figure in result.figures), result.document.doc_id)


class CsvSink(_TextFileSink):
    """Flat columns (schema.FIGURES), one figure a row; UTF-8 with a BOM unless `bom=False`."""

    def __init__(self, target: str, *, bom: bool = True) -> None:
        super().__init__(target, bom=bom)
        header = io.StringIO()
        csv.DictWriter(header, fieldnames=FIGURES.column_names, lineterminator="\r\n").writeheader()
        self._write_text(header.getvalue(), doc_id=None)

    def write(self, result: Result) -> None:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=FIGURES.column_names, lineterminator="\r\n")
        writer.writerows(_csv_row(figure_row(figure)) for figure in result.figures)
        self._write_text(buffer.getvalue(), result.document.doc_id)


_DECIMAL_COLUMNS = [column.name for column in FIGURES.columns if column.type == "decimal"]
# free text: every text column but the exact `_text` twins of numbers (which hold numbers or dates)
_TEXT_COLUMNS = [column.name for column in FIGURES.columns if column.type == "text" and not column.exact_text]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"


def _csv_row(row: dict[str, Any]) -> dict[str, Any]:
    # str(Decimal) may use an exponent (3E+6); the exact plain form is already in the `_text` twin
    for name in _DECIMAL_COLUMNS:
        if row[name] is not None:
            row[name] = row[name + TEXT_SUFFIX]
    for name in _TEXT_COLUMNS:
        value = row[name]
        if value and value.startswith((*FORMULA_STARTS, _QUOTE)):
            row[name] = _QUOTE + value  # shown as text by a spreadsheet, never run as a formula
    return row


def csv_text(cell: str) -> str:
    """A text cell of our CSV as it was before the formula guard: one leading `'` removed."""
    return cell[1:] if cell.startswith(_QUOTE) else cell


def csv_row_values(row: dict[str, str]) -> dict[str, str]:
    """A row read back from our CSV (csv.DictReader) with its text cells as they were."""
    return {name: csv_text(value) if name in _TEXT_COLUMNS else value for name, value in row.items()}
