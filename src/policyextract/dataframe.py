"""Figures as a data frame (pandas or polars, from the optional `dataframe` extra).

The columns are the flat layout of `sinks.schema.FIGURES` (the same as the CSV, Parquet and SQL
tables). Numeric columns (`value`, `high`) are floats for analysis — NaN/null for dates and masked
numbers — and their exact decimal or date text is in `value_text` / `high_text`. Integer columns
that may be missing (`time_year`) use pandas' nullable Int64.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from .errors import ConfigError, MissingExtraError
from .models import Figure, Result
from .sinks.schema import FIGURES, figure_row

Engine = Literal["pandas", "polars"]


def to_dataframe(figures: Iterable[Figure | Result], engine: Engine = "pandas") -> Any:
    """A pandas (default) or polars DataFrame with one row per figure; Results are expanded to their figures.

    The columns are those of the `figures` table (docs/records.md): the time flattened into
    `time_text`, `time_year`, `time_start`, `time_end`; `value` and `high` as floats beside their
    exact `value_text` and `high_text`.

    Args:
        figures: `Figure` records, `Result`s (from `extract_document`, `extract_files`), or both.
        engine: `"pandas"` (the `dataframe` extra) or `"polars"`.

    Returns:
        A `pandas.DataFrame` or `polars.DataFrame`.

    Raises:
        ConfigError: an engine other than pandas or polars.
        MissingExtraError: the engine is not installed (`pip install 'policyextract[dataframe]'`).
    """
    if engine not in ("pandas", "polars"):
        raise ConfigError(f"engine must be 'pandas' or 'polars', not {engine!r}")
    rows = [figure_row(figure) for figure in _figures(figures)]
    columns: dict[str, list[Any]] = {name: [row[name] for row in rows] for name in FIGURES.column_names}
    for column in FIGURES.columns:
        if column.type == "decimal":
            columns[column.name] = [None if value is None else float(value) for value in columns[column.name]]
    return _pandas_frame(columns) if engine == "pandas" else _polars_frame(columns)


def _figures(items: Iterable[Figure | Result]) -> Iterable[Figure]:
    for item in items:
        if isinstance(item, Result):
            yield from item.figures
        else:
            yield item


def _import(module: str) -> Any:
    try:
        return __import__(module)
    except ImportError as error:
        raise MissingExtraError(
            f"to_dataframe(engine={module!r}) needs {module}: pip install 'policyextract[dataframe]'",
            name=module,
        ) from error


def _pandas_frame(columns: dict[str, list[Any]]) -> Any:
    pandas = _import("pandas")
    dtypes = {"integer": "Int64", "decimal": "float64", "text": None}  # text: pandas' own default string dtype
    return pandas.DataFrame(
        {column.name: pandas.Series(columns[column.name], dtype=dtypes[column.type]) for column in FIGURES.columns}
    )


def _polars_frame(columns: dict[str, list[Any]]) -> Any:
    polars = _import("polars")
    dtypes = {"integer": polars.Int64, "decimal": polars.Float64, "text": polars.String}
    return polars.DataFrame(columns, schema={column.name: dtypes[column.type] for column in FIGURES.columns})
