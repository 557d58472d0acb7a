"""Text file sinks: JSONL (the record contract, one figure a line) and CSV (flat columns)."""

from __future__ import annotations

import csv
import json
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


class JsonlSink(Sink):
    """One `figure.model_dump(mode="json")` object a line: the JSON record contract."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._stream, self._owned = open_text(target)

    def write(self, result: Result) -> None:
        lines = [json.dumps(figure.model_dump(mode="json"), ensure_ascii=False) + "\n" for figure in result.figures]
        # a document's lines are built first and written together: an error mid-way writes none of them
        self._stream.write("".join(lines))

    def close(self) -> None:
        if self._stream.closed:
            return
        if self._owned:
            self._stream.close()
        else:
            self._stream.flush()


class CsvSink(Sink):
    """Flat columns (schema.FIGURES), one figure a row; `bom=True` writes a UTF-8 BOM for Excel."""

    def __init__(self, target: str, *, bom: bool = False) -> None:
        self.target = target
        self._stream, self._owned = open_text(target, encoding="utf-8-sig" if bom else "utf-8")
        if bom and not self._owned:
            self._stream.write("\ufeff")
        self._writer = csv.DictWriter(self._stream, fieldnames=FIGURES.column_names, lineterminator="\n")
        self._writer.writeheader()

    def write(self, result: Result) -> None:
        self._writer.writerows(_csv_row(figure_row(figure)) for figure in result.figures)

    def close(self) -> None:
        if self._stream.closed:
            return
        if self._owned:
            self._stream.close()
        else:
            self._stream.flush()


_DECIMAL_COLUMNS = [column.name for column in FIGURES.columns if column.type == "decimal"]


def _csv_row(row: dict[str, Any]) -> dict[str, Any]:
    # str(Decimal) may use an exponent (3E+6); the exact plain form is already in the `_text` twin
    for name in _DECIMAL_COLUMNS:
        if row[name] is not None:
            row[name] = row[name + TEXT_SUFFIX]
    return row
