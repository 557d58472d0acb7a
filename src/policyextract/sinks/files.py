"""Text file sinks: JSONL (the record contract, one figure a line) and CSV (flat columns)."""

from __future__ import annotations

import csv
import io
import sys
from typing import IO, Any

from ..models import Result
from .base import Sink, SinkError
from .schema import FIGURES, TEXT_SUFFIX, figure_row


def open_text(target: str, *, encoding: str = "utf-8") -> tuple[IO[str], bool]:
    """The stream to write to, and whether this sink owns it (stdout is never closed)."""
    if target == "-":
        return sys.stdout, False
    try:
        return open(target, "w", encoding=encoding, newline=""), True
    except OSError as error:
        raise SinkError(f"cannot write {target}: {error.strerror or error}") from error


class _TextFileSink(Sink):
    """A text stream that a document's lines go to in one write; OS errors become SinkErrors."""

    def __init__(self, target: str, encoding: str = "utf-8") -> None:
        self.target = target
        self._stream, self._owned = open_text(target, encoding=encoding)

    def _write_text(self, text: str) -> None:
        # a document's lines are built first and written together: an error mid-way writes none of them
        try:
            self._stream.write(text)
        except OSError as error:
            raise SinkError(f"cannot write {self._name}: {error.strerror or error}") from error

    @property
    def _name(self) -> str:
        return "standard output" if self.target == "-" else self.target

    def close(self) -> None:
        if self._stream.closed:
            return
        try:
            if self._owned:
                self._stream.close()
            else:
                self._stream.flush()
        except OSError as error:
            raise SinkError(f"cannot finish writing {self._name}: {error.strerror or error}") from error


class JsonlSink(_TextFileSink):
    """One `figure.model_dump(mode="json")` object a line: the JSON record contract.

    Serialised by pydantic-core (`model_dump_json`), twice as fast as json.dumps of the dict
    and the same JSON; with --jobs the parent process does this work, so it bounds the speed-up."""

    def write(self, result: Result) -> None:
        self._write_text("".join(figure.model_dump_json() + "\n" for figure in result.figures))


class CsvSink(_TextFileSink):
    """Flat columns (schema.FIGURES), one figure a row; `bom=True` writes a UTF-8 BOM for Excel."""

    def __init__(self, target: str, *, bom: bool = False) -> None:
        super().__init__(target, encoding="utf-8-sig" if bom else "utf-8")
        header = io.StringIO()
        if bom and not self._owned:  # a file opened as utf-8-sig writes its own BOM
            header.write("\ufeff")
        csv.DictWriter(header, fieldnames=FIGURES.column_names, lineterminator="\n").writeheader()
        self._write_text(header.getvalue())

    def write(self, result: Result) -> None:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=FIGURES.column_names, lineterminator="\n")
        writer.writerows(_csv_row(figure_row(figure)) for figure in result.figures)
        self._write_text(buffer.getvalue())


_DECIMAL_COLUMNS = [column.name for column in FIGURES.columns if column.type == "decimal"]


def _csv_row(row: dict[str, Any]) -> dict[str, Any]:
    # str(Decimal) may use an exponent (3E+6); the exact plain form is already in the `_text` twin
    for name in _DECIMAL_COLUMNS:
        if row[name] is not None:
            row[name] = row[name + TEXT_SUFFIX]
    return row
