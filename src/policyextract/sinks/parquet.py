"""Parquet (the optional `parquet` extra): typed columns from schema.FIGURES / schema.DOCUMENTS.

Types: text → string, integer → int64, decimal → float64 (what every reader — pandas, polars,
DuckDB, Spark — sums and plots without conversion); the `_text` twin beside it (`value_text`,
`high_text`) keeps the exact decimal, as everywhere. pyarrow is imported only when a Parquet sink
is opened.

The file is written under a temporary name and renamed at close (`atomic.AtomicFile`): a Parquet
file is readable only once its footer is written, so a run that fails (a full disk) leaves no
file and an earlier one of that name untouched, and says that none of its documents is stored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..models import Document, Figure, Result
from .atomic import AtomicFile
from .base import Sink, SinkBroken, SinkError, missing_extra, os_reason
from .schema import DOCUMENTS, FAILURES, FIGURES, TableLayout, document_row, figure_row, provenance, to_row

if TYPE_CHECKING:
    import pyarrow

ROWS_PER_GROUP = 50_000  # rows buffered before a row group is written: few large groups read fastest


def import_pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # the writer lives in the submodule
    except ImportError as error:
        raise missing_extra("Parquet output", "parquet", error) from error
    return pyarrow


def arrow_schema(layout: TableLayout) -> pyarrow.Schema:
    """The Arrow schema of a table layout: one typed field per column, nullability kept."""
    pa = import_pyarrow()
    types = {
        "text": pa.string(),
        "integer": pa.int64(),
        "decimal": pa.float64(),
    }
    return pa.schema([pa.field(column.name, types[column.type], nullable=column.nullable) for column in layout.columns])


def arrow_table(layout: TableLayout, rows: Sequence[dict[str, Any]]) -> pyarrow.Table:
    """Rows (from schema.to_row) as an Arrow table of the layout's schema."""
    pa = import_pyarrow()
    schema = arrow_schema(layout)
    columns = {}
    for column in layout.columns:
        values = [row[column.name] for row in rows]
        if column.type == "decimal":
            values = [None if value is None else float(value) for value in values]
        columns[column.name] = values
    return pa.Table.from_pydict(columns, schema=schema)


def figures_table(figures: Iterable[Figure]) -> pyarrow.Table:
    return arrow_table(FIGURES, [figure_row(figure) for figure in figures])


def documents_table(documents: Iterable[Document]) -> pyarrow.Table:
    return arrow_table(DOCUMENTS, [document_row(document) for document in documents])


def failures_table(documents: Iterable[Document]) -> pyarrow.Table:
    """Failed documents as rows of the databases' `failures` table (doc_id, source, error, provenance)."""
    stamp = provenance()
    return arrow_table(FAILURES, [to_row(FAILURES, document) | stamp for document in documents])


class ParquetSink(Sink):
    """Figures to one Parquet file, buffered into large row groups; written for good on close."""

    def __init__(self, target: str) -> None:
        if target == "-":
            raise SinkError("Parquet output needs a file path, not standard output")
        self.target = target
        self._pyarrow = import_pyarrow()
        self._schema = arrow_schema(FIGURES)
        self._rows: list[dict[str, Any]] = []
        self._documents = 0
        self._broken: str | None = None
        self._writer: Any = None
        try:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise SinkError(f"cannot write {target}: {os_reason(error)}") from error
        self._file = AtomicFile(target)
        try:
            self._writer = self._pyarrow.parquet.ParquetWriter(self._file.path, self._schema)
        except (OSError, self._pyarrow.ArrowException) as error:
            self._file.discard()
            raise SinkError(f"cannot write {target}: {os_reason(error)}") from error

    def write(self, result: Result) -> None:
        if self._broken is not None:
            raise SinkBroken(self._broken)
        rows = [figure_row(figure) for figure in result.figures]  # all rows first: a document goes in whole
        self._rows.extend(rows)
        self._documents += 1
        if len(self._rows) >= ROWS_PER_GROUP:
            self._flush(result.document.doc_id)

    def _flush(self, last: str | None) -> None:
        if not self._rows:
            return
        try:
            self._writer.write_table(arrow_table(FIGURES, self._rows))
        except (OSError, self._pyarrow.ArrowException) as error:
            self._fail(error, last)
        self._rows = []

    def _fail(self, error: BaseException, last: str | None) -> None:
        """Drop the unfinished file (a Parquet file without its footer is unreadable) and say so."""
        writer, self._writer = self._writer, None
        if writer is not None:
            with contextlib.suppress(OSError, self._pyarrow.ArrowException):  # the file is dropped anyway
                writer.close()
        self._file.discard()
        noun = "document" if self._documents == 1 else "documents"
        lost = f"none of the {self._documents} {noun} of this run is stored"
        if last is not None:
            lost = f"none of the {self._documents} {noun} up to {last!r} is stored, nor any after it"
        whole = "a Parquet file is written whole, so it is not written"
        self._broken = f"cannot write {self.target}: {os_reason(error)}; {whole}: {lost}"
        raise SinkBroken(self._broken) from error

    def close(self) -> None:
        if self._writer is None:
            return
        try:
            self._flush(None)
            writer, self._writer = self._writer, None
            writer.close()
        except (OSError, self._pyarrow.ArrowException) as error:
            self._fail(error, None)
        self._file.finish()
