"""SQLite through the standard library's sqlite3: the embedded default (`sqlite:///figures.db`).

Tables and upserts come from schema.DATABASE_DOCUMENTS / FIGURES / FAILURES. Each document is
written in one transaction (BEGIN … COMMIT, ROLLBACK on any error or interrupt), so a stopped run
keeps every finished document and no part of the unfinished one. The database is put in WAL mode
(a `figures.db-wal` file sits beside it while a run writes), which needs a local file system.

Several processes may write one database at once, even a new one: the tables, indexes and view
are made in one `BEGIN IMMEDIATE` transaction with `IF NOT EXISTS`, every lock is waited for up
to BUSY_TIMEOUT_SECONDS, and a "database is locked" that SQLite reports without waiting (as it
does when switching a new file to WAL) is retried until then. A database made by an earlier
version gets the tables, nullable columns, indexes and view it lacks, and its failed documents
move from `documents` to `failures`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

from ..models import Result
from .base import Sink, SinkBroken, SinkError, check_columns, stopped
from .schema import (
    DATABASE_DOCUMENTS,
    FAILURES,
    FIGURES,
    INDEXED,
    VIEW,
    Column,
    TableLayout,
    figure_row,
    provenance,
    to_row,
    view_columns,
    view_sql,
)
from .text import unescape_text

BUSY_TIMEOUT_SECONDS = 60.0  # how long a writer waits for another one before giving up
_T = TypeVar("_T")

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


def _is_busy(error: sqlite3.Error) -> bool:
    message = str(error)
    return isinstance(error, sqlite3.OperationalError) and ("locked" in message or "busy" in message)


def retry_busy(action: Callable[[], _T], timeout: float = BUSY_TIMEOUT_SECONDS) -> _T:
    """`action()`, again after a short pause while SQLite says the database is locked, up to `timeout`."""
    deadline = time.monotonic() + timeout
    pause = 0.01
    while True:
        try:
            return action()
        except sqlite3.Error as error:
            if not _is_busy(error) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


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
        self._documents = 0  # documents this sink stored
        try:
            # autocommit mode (isolation_level=None): transactions are the explicit BEGIN/COMMIT below;
            # `timeout` is SQLite's busy timeout: wait for another writer's transaction to end
            self._connection = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
            connection = self._connection
            connection.execute("PRAGMA foreign_keys = ON")
            # write-ahead log: a commit per document costs a third of the default journal's; with
            # synchronous=NORMAL a killed process still loses no committed document (a power cut may
            # lose the last few, never consistency). Switching to WAL does not wait for a lock: retried.
            retry_busy(lambda: connection.execute("PRAGMA journal_mode = WAL").fetchall())
            connection.execute("PRAGMA synchronous = NORMAL")
            retry_busy(lambda: self._transaction(self._create_tables))
        except (sqlite3.Error, SinkError) as error:
            self.close()
            if isinstance(error, SinkError):
                raise
            raise SinkError(f"cannot open database {url}: {error}") from error

    def _transaction(self, work: Callable[[sqlite3.Connection], None]) -> None:
        """Run `work` in one write transaction: all of it is committed, or none of it."""
        connection = self.connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            work(connection)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    def _create_tables(self, connection: sqlite3.Connection) -> None:
        """Tables, missing columns, indexes and view, idempotently (a new or an older database)."""
        for layout, references in ((DATABASE_DOCUMENTS, None), (FIGURES, DATABASE_DOCUMENTS), (FAILURES, None)):
            connection.execute(create_table_sql(layout, references))
            existing = [row[1] for row in connection.execute(f"PRAGMA table_info({_quote(layout.name)})")]
            for column in layout.columns:
                if column.name not in existing and column.nullable:  # made by an earlier version
                    connection.execute(f"ALTER TABLE {_quote(layout.name)} ADD COLUMN {_column_sql(column)}")
                    existing.append(column.name)
            check_columns(self.target, layout.name, layout.column_names, existing)
        for indexed in INDEXED:
            connection.execute(
                f"CREATE INDEX IF NOT EXISTS {_quote('figures_' + indexed)} ON figures ({_quote(indexed)})"
            )
        view = [row[1] for row in connection.execute(f"PRAGMA table_info({_quote(VIEW)})")]
        if view != [name for _, name in view_columns()]:
            connection.execute(f"DROP VIEW IF EXISTS {_quote(VIEW)}")
            connection.execute(f"CREATE VIEW {_quote(VIEW)} AS {view_sql(_quote)}")
        # an earlier version kept failed documents as `documents` rows with an error
        connection.execute(
            "INSERT OR IGNORE INTO failures (doc_id, source, error) "
            "SELECT doc_id, source, error FROM documents WHERE error IS NOT NULL"
        )
        connection.execute("DELETE FROM documents WHERE error IS NOT NULL")

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise SinkError(f"database {self.target} is already closed")
        return self._connection

    def write(self, result: Result) -> None:
        document = result.document
        stamp = provenance()

        def store_failure(connection: sqlite3.Connection) -> None:
            row = to_row(FAILURES, document) | stamp
            connection.execute(upsert_sql(FAILURES), next(_parameters(FAILURES, [row])))

        def store(connection: sqlite3.Connection) -> None:
            row = to_row(DATABASE_DOCUMENTS, document) | stamp
            connection.execute(upsert_sql(DATABASE_DOCUMENTS), next(_parameters(DATABASE_DOCUMENTS, [row])))
            connection.executemany(
                upsert_sql(FIGURES), _parameters(FIGURES, (figure_row(figure) for figure in result.figures))
            )
            # figures of an earlier run that this extraction no longer finds must not linger
            doc_id = row["doc_id"]
            new_keys = {(figure.start, figure.end) for figure in result.figures}
            stored = connection.execute('SELECT start, "end" FROM figures WHERE doc_id = ?', (doc_id,)).fetchall()
            stale = [(doc_id, start, end) for start, end in stored if (start, end) not in new_keys]
            connection.executemany('DELETE FROM figures WHERE doc_id = ? AND start = ? AND "end" = ?', stale)
            connection.execute("DELETE FROM failures WHERE doc_id = ?", (doc_id,))

        try:
            retry_busy(lambda: self._transaction(store_failure if document.error is not None else store))
        except sqlite3.Error as error:
            message = f"cannot write document {document.doc_id!r} to {self.target}: {error}"
            if isinstance(error, sqlite3.OperationalError) and ("full" in str(error) or "I/O" in str(error)):
                raise SinkBroken(stopped(message, self._documents)) from error  # a full disk: no more fits
            raise SinkError(message) from error
        if document.error is None:
            self._documents += 1

    def known_hashes(self) -> dict[str, str]:
        rows = self.connection.execute(
            "SELECT doc_id, sha256 FROM documents WHERE sha256 IS NOT NULL AND error IS NULL"
        ).fetchall()
        return {unescape_text(doc_id): sha256 for doc_id, sha256 in rows}

    def known_sources(self) -> dict[str, str]:
        rows = self.connection.execute("SELECT doc_id, source FROM documents WHERE source IS NOT NULL").fetchall()
        return {unescape_text(doc_id): unescape_text(source) for doc_id, source in rows}

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
