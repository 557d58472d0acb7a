"""The flat table layout of the records, derived from the Pydantic models (one source of truth).

Every sink that writes rows — CSV, Parquet, SQLite, any SQLAlchemy database, data frames — takes
its columns from here, so adding a field to `Figure` or `Document` adds a column everywhere.

The mapping, field by field (a small type map over `model_fields`):

- `str` → text; `int` → integer; a `Literal[...]` enum → text.
- `Decimal` → two columns: `<name>` numeric (for queries and sums) and `<name>_text`, the exact
  value in plain decimal notation. SQLite keeps only 15 significant digits in a NUMERIC column,
  so the text column is what guarantees that nothing is lost on every backend.
- `Decimal | str` (`Figure.value`: a number, or an ISO-like string for dates) → the same two
  columns: `value` holds the number (NULL for a date), `value_text` holds the exact number or the
  date string. Both are NULL for a masked number (`XX所`).
- a nested model (`Figure.time: TimeRef | None`) → flattened with a prefix: `time_text`,
  `time_year`, `time_start`, `time_end` (queryable, no JSON functions needed); all NULL when
  the figure has no time.
- every text value goes through `text.escape_text`: a NUL or a lone surrogate (a file name that
  is not UTF-8) is written as `\\uXXXX`, reversibly; `from_row` undoes it.

The databases add what a run knows beyond the records (`DATABASE_DOCUMENTS`, `FAILURES`): each
document row carries `extractor_version` and `extracted_at`, documents that failed go to a
`failures` table of their own, `INDEXED` lists the figure columns analysts filter by, and the
view `figures_with_documents` (`view_columns`) joins each figure with its document.
"""

from __future__ import annotations

import datetime
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel

from ..models import Document, Figure
from .text import escape_text, unescape_text

ColumnType = Literal["text", "integer", "decimal"]

TEXT_SUFFIX = "_text"


@dataclass(frozen=True)
class Column:
    """One column of a flat table, with the model field it comes from."""

    name: str
    type: ColumnType
    nullable: bool
    field_path: tuple[str, ...]  # e.g. ("time", "year") for time_year; () for a column the sink fills
    exact_text: bool = False  # the `_text` twin of a Decimal field


@dataclass(frozen=True)
class TableLayout:
    """The columns of one model's table, and the columns that identify a row."""

    name: str
    model: type[BaseModel]
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)


def _split_optional(annotation: Any) -> tuple[list[Any], bool]:
    """The non-None members of a (possibly union) annotation, and whether None was among them."""
    origin = typing.get_origin(annotation)
    members = list(typing.get_args(annotation)) if origin in (typing.Union, types.UnionType) else [annotation]
    nullable = type(None) in members
    return [member for member in members if member is not type(None)], nullable


def _columns(model: type[BaseModel], prefix: tuple[str, ...] = (), nullable_parent: bool = False) -> Iterator[Column]:
    for field_name, field in model.model_fields.items():
        members, nullable = _split_optional(field.annotation)
        nullable = nullable or nullable_parent
        path = (*prefix, field_name)
        name = "_".join(path)
        if len(members) == 1 and isinstance(members[0], type) and issubclass(members[0], BaseModel):
            yield from _columns(members[0], path, nullable_parent=nullable)
        elif Decimal in members:
            # a Decimal | str field stores its strings only in the text twin, so the number may be NULL
            number_nullable = nullable or str in members
            yield Column(name, "decimal", number_nullable, path)
            yield Column(name + TEXT_SUFFIX, "text", number_nullable, path, exact_text=True)
        elif members == [int]:
            yield Column(name, "integer", nullable, path)
        elif members == [str] or typing.get_origin(members[0]) is Literal:
            yield Column(name, "text", nullable, path)
        else:
            raise TypeError(f"no column type for {model.__name__}.{field_name}: {field.annotation!r}")


def _layout(name: str, model: type[BaseModel], key: tuple[str, ...]) -> TableLayout:
    layout = TableLayout(name, model, tuple(_columns(model)), key)
    missing = set(key) - set(layout.column_names)
    assert not missing, f"key columns {missing} are not fields of {model.__name__}"
    return layout


DOCUMENTS = _layout("documents", Document, key=("doc_id",))
FIGURES = _layout("figures", Figure, key=("doc_id", "start", "end"))

# --- what the databases add to the records --------------------------------------------------

# filled by the sink, not by the model: which extractor wrote the row, and when (ISO 8601, UTC)
PROVENANCE = (Column("extractor_version", "text", True, ()), Column("extracted_at", "text", True, ()))
DATABASE_DOCUMENTS = TableLayout("documents", Document, DOCUMENTS.columns + PROVENANCE, DOCUMENTS.key)
# a document that could not be read or extracted: never a `documents` row, so --resume retries it
FAILURES = TableLayout(
    "failures",
    Document,
    (
        Column("doc_id", "text", False, ("doc_id",)),
        Column("source", "text", True, ("source",)),
        Column("error", "text", False, ("error",)),
        *PROVENANCE,
    ),
    ("doc_id",),
)
INDEXED = ("time_year", "modality", "metric", "indicator", "kind")  # figures_<column>, for filtering
VIEW = "figures_with_documents"


def view_columns() -> list[tuple[str, str]]:
    """(table alias, column) of the view: every figure column, then the document's own columns."""
    columns = [("f", name) for name in FIGURES.column_names]
    columns += [("d", name) for name in DATABASE_DOCUMENTS.column_names if name not in FIGURES.column_names]
    return columns


def view_sql(quote: typing.Callable[[str], str]) -> str:
    """The SELECT of the view, the same on every database."""
    selected = ", ".join(f"{alias}.{quote(name)}" for alias, name in view_columns())
    return f"SELECT {selected} FROM figures f JOIN documents d ON d.doc_id = f.doc_id"


def provenance() -> dict[str, str]:
    """The values of the PROVENANCE columns for a row written now."""
    from .. import __version__

    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    return {"extractor_version": __version__, "extracted_at": now.isoformat().replace("+00:00", "Z")}


def plain_decimal(number: Decimal) -> str:
    """A Decimal in plain notation (no exponent), exactly: Decimal('3E+6') → '3000000'."""
    return format(number, "f")


def to_row(layout: TableLayout, record: BaseModel) -> dict[str, Any]:
    """One record as a flat row: Python values (Decimal, int, str, None) keyed by column name."""
    row: dict[str, Any] = {}
    for column in layout.columns:
        if not column.field_path:
            row[column.name] = None  # a column the sink fills (PROVENANCE)
            continue
        value: Any = record
        for part in column.field_path:
            value = None if value is None else getattr(value, part)
        if column.exact_text:
            row[column.name] = plain_decimal(value) if isinstance(value, Decimal) else value
        elif column.type == "decimal":
            row[column.name] = value if isinstance(value, Decimal) else None
        else:
            row[column.name] = escape_text(value) if isinstance(value, str) else value
    return row


def figure_row(figure: Figure) -> dict[str, Any]:
    return to_row(FIGURES, figure)


def document_row(document: Document) -> dict[str, Any]:
    return to_row(DOCUMENTS, document)


def from_row(layout: TableLayout, row: typing.Mapping[str, Any], *, empty_is_null: bool = False) -> BaseModel:
    """Rebuild a record from a flat row read back from any sink (the inverse of `to_row`).

    Decimal fields are taken from their exact `_text` twin; a text whose numeric twin is NULL is a
    date string. `empty_is_null` reads "" as NULL in nullable columns, for text formats like CSV.
    """
    fields: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    for column in layout.columns:
        if column.type == "decimal" or not column.field_path:
            continue  # the `_text` twin carries the exact value; PROVENANCE is no field of the model
        value = _cell(row, column, empty_is_null)
        if column.type == "text" and isinstance(value, str):
            value = unescape_text(value)
        if column.exact_text and value is not None:
            number_column = layout.column(column.name.removesuffix(TEXT_SUFFIX))
            is_number = _cell(row, number_column, empty_is_null) is not None
            value = Decimal(str(value)) if is_number else str(value)
        if len(column.field_path) == 1:
            fields[column.field_path[0]] = value
        else:
            nested.setdefault(column.field_path[0], {})[column.field_path[1]] = value
    for field_name, values in nested.items():
        fields[field_name] = values if any(value is not None for value in values.values()) else None
    return layout.model.model_validate(fields)


def _cell(row: typing.Mapping[str, Any], column: Column, empty_is_null: bool) -> Any:
    value = row.get(column.name)
    if empty_is_null and column.nullable and value == "":
        return None
    return value


def figure_from_row(row: typing.Mapping[str, Any], *, empty_is_null: bool = False) -> Figure:
    return typing.cast(Figure, from_row(FIGURES, row, empty_is_null=empty_is_null))


def document_from_row(row: typing.Mapping[str, Any], *, empty_is_null: bool = False) -> Document:
    return typing.cast(Document, from_row(DOCUMENTS, row, empty_is_null=empty_is_null))
