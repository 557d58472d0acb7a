"""Where extracted results go: `open_sink(target)` picks the sink from the target's form.

    from policyextract import extract_document
    from policyextract.sinks import open_sink

    with open_sink("sqlite:///figures.db") as sink:  # or "-", "figures.jsonl", "figures.csv", ...
        stored = sink.known_hashes()                  # doc_id → sha256, to skip unchanged documents
        sink.write(extract_document("全市小学入学率为98.67%。", doc_id="demo"))

| target | sink | needs |
|---|---|---|
| `-` | JSONL on standard output (or CSV with format="csv") | — |
| `*.jsonl`, `*.csv`, `*.parquet` (or `format=`) | one figure a line / row | Parquet: the `parquet` extra |
| `sqlite:///figures.db` | tables `documents`, `figures`, `failures`, a view; standard library sqlite3 | — |
| any other SQLAlchemy URL (`postgresql://user@127.0.0.1/edu`) | the same tables | the `sql` extra |

Every sink is a context manager with `write(result)`, `known_hashes()` and `close()`; every
failure to open or write raises `SinkError` with a message fit to print as it is; `SinkBroken`
(a full disk) means the output takes no more documents, and says which ones it holds.
The table layout is documented in `schema.py`.
"""

from __future__ import annotations

from pathlib import Path

from .base import Sink, SinkBroken, SinkError, hide_password

FILE_FORMATS = ("jsonl", "csv", "parquet")
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
_DATABASE_FORMATS = (None, "sql", "db")

__all__ = ["FILE_FORMATS", "Sink", "SinkBroken", "SinkError", "is_database_url", "open_sink"]


def is_database_url(target: str) -> bool:
    return "://" in target


def open_sink(target: str, format: str | None = None, *, bom: bool | None = None) -> Sink:
    """The sink for `target`: "-" (stdout), a file path, or a database URL.

    `format` ("jsonl", "csv", "parquet") overrides the file suffix; stdout defaults to JSONL.
    A CSV file starts with a UTF-8 byte order mark, so Excel reads the Chinese text right;
    `bom=False` leaves it out, `bom=True` puts one on standard output too (which has none by default).

    Args:
        target: `-`, a `.jsonl`/`.csv`/`.parquet` path, `sqlite:///figures.db` or any SQLAlchemy URL.
        format: `"jsonl"`, `"csv"` or `"parquet"`, for a file whose suffix says otherwise.
        bom: whether a CSV output starts with a byte order mark (default: files yes, stdout no).

    Returns:
        A `Sink`: a context manager with `write(result)`, `known_hashes()` and `close()`.

    Raises:
        SinkError: the target cannot be opened (a missing extra, a database that is down, a bad URL).
    """
    if is_database_url(target):
        if format not in _DATABASE_FORMATS:
            raise SinkError(f"format {format!r} is for files; {hide_password(target)} is a database URL")
        if target.startswith("sqlite://"):
            from .sqlite import SqliteSink

            return SqliteSink(target)
        from .sql import SqlAlchemySink

        return SqlAlchemySink(target)
    chosen = format or ("jsonl" if target == "-" else _SUFFIXES.get(Path(target).suffix.lower()))
    if chosen is None:
        raise SinkError(f"cannot tell the format of {target}: use a .jsonl, .csv or .parquet name, or give a format")
    if chosen == "jsonl":
        from .files import JsonlSink

        return JsonlSink(target)
    if chosen == "csv":
        from .files import CsvSink

        return CsvSink(target, bom=target != "-" if bom is None else bom)
    if chosen == "parquet":
        from .parquet import ParquetSink

        return ParquetSink(target)
    raise SinkError(f"unknown format {chosen!r}; choose one of {', '.join(FILE_FORMATS)}")
