"""Parquet (the optional `parquet` extra): typed columns from schema.FIGURES / schema.DOCUMENTS.

Types: text → string, integer → int64, decimal → decimal128(38, 18). Values with more than 18
decimals (a ratio such as 31/69) are rounded half-even in the decimal column; the `_text` twin
keeps them exact, as everywhere. pyarrow is imported only when a Parquet sink is opened.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..models import Document, Figure, Result
from .base import Sink, SinkError, missing_extra
from .schema import DOCUMENTS, FIGURES, TableLayout, document_row, figure_row

if TYPE_CHECKING:
    import pyarrow

DECIMAL_PRECISION = 38
DECIMAL_SCALE = 18
ROWS_PER_GROUP = 50_000  # rows buffered before a row group is written: few large groups read fastest

_QUANTUM = Decimal(1).scaleb(-DECIMAL_SCALE)
_CONTEXT = decimal.Context(prec=DECIMAL_PRECISION, rounding=decimal.ROUND_HALF_EVEN)


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
        "decimal": pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE),
    }
    return pa.schema([pa.field(column.name, types[column.type], nullable=column.nullable) for column in layout.columns])


def _fit_decimal(number: Decimal | None) -> Decimal | None:
    if number is None:
        return None
    try:
        return number.quantize(_QUANTUM, context=_CONTEXT)
    except decimal.InvalidOperation:
        return None  # beyond 20 integer digits: left to the exact `_text` twin


def arrow_table(layout: TableLayout, rows: Sequence[dict[str, Any]]) -> pyarrow.Table:
    """Rows (from schema.to_row) as an Arrow table of the layout's schema."""
    pa = import_pyarrow()
    schema = arrow_schema(layout)
    columns = {}
    for column in layout.columns:
        values = [row[column.name] for row in rows]
        if column.type == "decimal":
            values = [_fit_decimal(value) for value in values]
        columns[column.name] = values
    return pa.Table.from_pydict(columns, schema=schema)


def figures_table(figures: Iterable[Figure]) -> pyarrow.Table:
    return arrow_table(FIGURES, [figure_row(figure) for figure in figures])


def documents_table(documents: Iterable[Document]) -> pyarrow.Table:
    return arrow_table(DOCUMENTS, [document_row(document) for document in documents])


class ParquetSink(Sink):
    """Figures to one Parquet file, buffered into large row groups; written for good on close."""

    def __init__(self, target: str) -> None:
        if target == "-":
            raise SinkError("Parquet output needs a file path, not standard output")
        self.target = target
        self._pyarrow = import_pyarrow()
        self._schema = arrow_schema(FIGURES)
        self._rows: list[dict[str, Any]] = []
        try:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            self._writer = self._pyarrow.parquet.ParquetWriter(target, self._schema)
        except (OSError, self._pyarrow.ArrowException) as error:
            raise SinkError(f"cannot write {target}: {error}") from error

    def write(self, result: Result) -> None:
        rows = [figure_row(figure) for figure in result.figures]  # all rows first: a document goes in whole
        self._rows.extend(rows)
        if len(self._rows) >= ROWS_PER_GROUP:
            self._flush_to(self._writer)

    def _flush_to(self, writer: Any) -> None:
        if self._rows:
            try:
                writer.write_table(arrow_table(FIGURES, self._rows))
            except (OSError, self._pyarrow.ArrowException) as error:
                raise SinkError(f"cannot write {self.target}: {error}") from error
            self._rows = []

    def close(self) -> None:
        if self._writer is None:
            return
        writer, self._writer = self._writer, None
        try:
            self._flush_to(writer)
        finally:
            try:
                writer.close()
            except (OSError, self._pyarrow.ArrowException) as error:
                raise SinkError(f"cannot finish writing {self.target}: {error}") from error
