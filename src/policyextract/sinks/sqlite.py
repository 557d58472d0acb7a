"""SQLite through the standard library's sqlite3: the embedded default (`sqlite:///figures.db`).

Tables and upserts come from schema.DOCUMENTS / schema.FIGURES. Each document is written in one
transaction (BEGIN … COMMIT, ROLLBACK on any error or interrupt), so a stopped run keeps every
finished document and no part of the unfinished one. The database is put in WAL mode (a
`figures.db-wal` file sits beside it while a run writes), which needs a local file system.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from ..models import Result
from .base import Sink, SinkError, check_columns
from .schema import DOCUMENTS, FIGURES, Column, TableLayout, document_row, figure_row

_SQLITE_TYPES = {"text": "TEXT", "integer": "INTEGER", "decimal": "NUMERIC"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_sql(column: Column) -> str:
    return f"{_quote(column.name)} {_SQLITE_TYPES[column.type]}{'' if column.nullable else ' NOT NULL'}"


def create_table_sql(layout: TableLayout, references: TableLayout | None = None) -> str:
    parts = [_column_sql(column) for column in layout.columns]
    parts.append(f"PRIMARY KEY ({', '.join(map(_quote, layout.key))})")
    if references is not None:
        shared = ", ".join(map(_quote, references.key))
        parts.append(f"FOREIGN KEY ({shared}) REFERENCES {_quote(references.name)} ({shared}) ON DELETE CASCADE")
    return f"CREATE TABLE IF NOT EXISTS {_quote(layout.name)} (\n  " + ",\n  ".join(parts) + "\n)"


def upsert_sql(layout: TableLayout) -> str:
    names = layout.column_names
    updates = ", ".join(f"{_quote(name)} = excluded.{_quote(name)}" for name in names if name not in layout.key)
    return (
        f"INSERT INTO {_quote(layout.name)} ({', '.join(map(_quote, names))}) "
        f"VALUES ({', '.join('?' for _ in names)}) "
        f"ON CONFLICT ({', '.join(map(_quote, layout.key))}) DO UPDATE SET {updates}"
    )


def sqlite_path(url: str) -> str:
    """The file of a `sqlite:///` URL, in SQLAlchemy's spelling: sqlite:///rel.db, sqlite:////abs.db."""
    path = url.removeprefix("sqlite://")
    if path in ("", "/"):
        return ":memory:"
    return path.removeprefix("/")


def _parameters(layout: TableLayout, rows: Iterable[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    names = layout.column_names
    for row in rows:
        # NUMERIC affinity turns the decimal string into INTEGER or REAL; `_text` keeps it exact
        yield tuple(str(row[name]) if isinstance(row[name], Decimal) else row[name] for name in names)


class SqliteSink(Sink):
    def __init__(self, url: str) -> None:
        self.target = url
        self.path = sqlite_path(url)
        self._connection: sqlite3.Connection | None = None
        try:
            # autocommit mode (isolation_level=None): transactions are the explicit BEGIN/COMMIT below
            self._connection = sqlite3.connect(self.path, isolation_level=None)
            self._connection.execute("PRAGMA foreign_keys = ON")
            # write-ahead log: a commit per document costs a third of the default journal's; with
            # synchronous=NORMAL a killed process still loses no committed document (a power cut may
            # lose the last few, never consistency)
            self._connection.execute("PRAGMA journal_mode = WAL")
            self._connection.execute("PRAGMA synchronous = NORMAL")
            self._connection.execute(create_table_sql(DOCUMENTS))
            self._connection.execute(create_table_sql(FIGURES, references=DOCUMENTS))
            for layout in (DOCUMENTS, FIGURES):
                existing = [row[1] for row in self._connection.execute(f"PRAGMA table_info({_quote(layout.name)})")]
                check_columns(url, layout.name, layout.column_names, existing)
            for column in ("indicator", "kind"):
                self._connection.execute(
                    f"CREATE INDEX IF NOT EXISTS {_quote('figures_' + column)} ON figures ({_quote(column)})"
                )
        except (sqlite3.Error, SinkError) as error:
            self.close()
            if isinstance(error, SinkError):
                raise
            raise SinkError(f"cannot open database {url}: {error}") from error

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise SinkError(f"database {self.target} is already closed")
        return self._connection

    def write(self, result: Result) -> None:
        connection = self.connection
        doc_id = result.document.doc_id
        new_keys = {(figure.start, figure.end) for figure in result.figures}
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(upsert_sql(DOCUMENTS), next(_parameters(DOCUMENTS, [document_row(result.document)])))
            connection.executemany(
                upsert_sql(FIGURES), _parameters(FIGURES, (figure_row(figure) for figure in result.figures))
            )
            # figures of an earlier run that this extraction no longer finds must not linger
            stored = connection.execute('SELECT start, "end" FROM figures WHERE doc_id = ?', (doc_id,)).fetchall()
            stale = [(doc_id, start, end) for start, end in stored if (start, end) not in new_keys]
            connection.executemany('DELETE FROM figures WHERE doc_id = ? AND start = ? AND "end" = ?', stale)
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise SinkError(f"cannot write document {doc_id!r} to {self.target}: {error}") from error
            raise

    def known_hashes(self) -> dict[str, str]:
        rows = self.connection.execute(
            "SELECT doc_id, sha256 FROM documents WHERE sha256 IS NOT NULL AND error IS NULL"
        ).fetchall()
        return dict(rows)

    def known_sources(self) -> dict[str, str]:
        rows = self.connection.execute("SELECT doc_id, source FROM documents WHERE source IS NOT NULL").fetchall()
        return dict(rows)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
