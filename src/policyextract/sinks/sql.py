"""Any SQLAlchemy database URL (the optional `sql` extra), PostgreSQL first among them.

Tables are built from schema.DOCUMENTS / schema.FIGURES: text → TEXT, integer → INTEGER,
decimal → NUMERIC (exact in PostgreSQL), with the same keys as the SQLite sink. Rows are upserted
with INSERT … ON CONFLICT DO UPDATE on PostgreSQL and SQLite; other databases get a portable
delete-then-insert by key. Each document is one transaction. Tested on PostgreSQL and SQLite only.

The tables, columns, indexes and view are those of the SQLite sink (schema.DATABASE_DOCUMENTS,
FIGURES, FAILURES, INDEXED, VIEW). Several processes may open one new database at once: the
tables are made with CREATE … IF NOT EXISTS in one transaction that, on PostgreSQL, first takes
the advisory lock DDL_LOCK (`pg_advisory_xact_lock`), because two concurrent CREATE TABLE IF NOT
EXISTS still collide there on the table's row type; a collision on another database is retried.
An older database gets the tables, nullable columns, indexes and view it lacks.

PostgreSQL text cannot hold U+0000; like every table sink this one writes NUL and lone surrogates
as `\\uXXXX` (`text.escape_text`).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import Any

from ..models import Result
from .base import Sink, SinkBroken, SinkError, check_columns, hide_password, missing_extra, stopped
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

ON_CONFLICT_DIALECTS = frozenset({"postgresql", "sqlite"})  # dialects with INSERT … ON CONFLICT DO UPDATE
ROWS_PER_STATEMENT = 500  # figures per INSERT: bounded statement size for very long documents
CONNECT_TIMEOUT_SECONDS = 10  # an unreachable host fails in seconds, not after the TCP default of minutes
SQLITE_BUSY_TIMEOUT_SECONDS = 60  # how long a SQLite writer waits for another one
DDL_LOCK = 0x706F6C6578  # pg_advisory_xact_lock key held while tables are made ("polex")
DDL_ATTEMPTS = 5  # table creation that collided with another process's is tried again


def _import_sqlalchemy(url: str) -> Any:
    try:
        import sqlalchemy
    except ImportError as error:
        raise missing_extra(f"The database URL {hide_password(url)}", "sql", error) from error
    return sqlalchemy


def build_tables(sqlalchemy: Any, metadata: Any) -> tuple[Any, Any, Any]:
    """The `documents`, `figures` and `failures` tables, derived from the record layouts."""
    types = {"text": sqlalchemy.Text, "integer": sqlalchemy.Integer, "decimal": sqlalchemy.Numeric}

    def column_type(column: Column, layout: TableLayout) -> Any:
        if column.type == "text" and column.name in layout.key:
            # MySQL cannot index an unbounded TEXT; everywhere else a key stays TEXT
            return sqlalchemy.Text().with_variant(sqlalchemy.String(255), "mysql", "mariadb")
        return types[column.type]()

    def table(layout: TableLayout, *constraints: Any) -> Any:
        columns = [
            sqlalchemy.Column(column.name, column_type(column, layout), nullable=column.nullable)
            for column in layout.columns
        ]
        key = sqlalchemy.PrimaryKeyConstraint(*layout.key, name=f"{layout.name}_pkey")
        return sqlalchemy.Table(layout.name, metadata, *columns, key, *constraints)

    documents = table(DATABASE_DOCUMENTS)
    figures = table(
        FIGURES,
        sqlalchemy.ForeignKeyConstraint(
            list(DATABASE_DOCUMENTS.key), [f"documents.{name}" for name in DATABASE_DOCUMENTS.key], ondelete="CASCADE"
        ),
        *(sqlalchemy.Index(f"figures_{column}", column) for column in INDEXED),
    )
    failures = table(FAILURES)
    return documents, figures, failures


class SqlAlchemySink(Sink):
    def __init__(self, url: str) -> None:
        sqlalchemy = _import_sqlalchemy(url)
        self._sqlalchemy = sqlalchemy
        try:
            parsed = sqlalchemy.engine.make_url(url)
        except sqlalchemy.exc.ArgumentError as error:
            raise SinkError(f"not a database URL: {url!r} ({error})") from error
        self.target = parsed.render_as_string(hide_password=True)  # as the user wrote it, for messages
        if parsed.drivername == "postgresql":
            # the `sql` extra installs psycopg 3; SQLAlchemy's default PostgreSQL driver is psycopg2
            parsed = parsed.set(drivername="postgresql+psycopg")
        is_postgresql = parsed.get_backend_name() == "postgresql"
        connect_args: dict[str, Any] = {}
        if is_postgresql:
            connect_args = {"connect_timeout": CONNECT_TIMEOUT_SECONDS}
        elif parsed.get_backend_name() == "sqlite":
            connect_args = {"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}
        try:
            self._engine = sqlalchemy.create_engine(parsed, connect_args=connect_args)
        except ImportError as error:
            if is_postgresql:
                raise missing_extra(f"The database {self.target}", "sql", error) from error
            raise SinkError(
                f"the database {self.target} needs its Python driver (module {error.name}), which is not installed"
            ) from error
        except sqlalchemy.exc.ArgumentError as error:
            raise SinkError(f"not a usable database URL: {self.target} ({error})") from error
        self._documents = 0  # documents this sink stored
        self._metadata = sqlalchemy.MetaData()
        self.documents, self.figures, self.failures = build_tables(sqlalchemy, self._metadata)
        try:
            for attempt in range(DDL_ATTEMPTS):
                try:
                    with self._engine.begin() as connection:
                        self._create_tables(connection)
                    break
                except sqlalchemy.exc.DBAPIError as error:
                    # another process made the same table between our check and our CREATE: look again
                    if attempt == DDL_ATTEMPTS - 1 or not _collided(error):
                        raise
                    time.sleep(0.05 * (attempt + 1))
        except SinkError:
            self._engine.dispose()
            raise
        except sqlalchemy.exc.SQLAlchemyError as error:
            self._engine.dispose()
            raise SinkError(f"cannot open database {self.target}: {_reason(error)}") from error

    def _create_tables(self, connection: Any) -> None:
        """Tables, missing columns, indexes and view, idempotently (a new or an older database)."""
        sqlalchemy = self._sqlalchemy
        dialect = connection.dialect
        if dialect.name == "postgresql":
            connection.execute(sqlalchemy.text("SELECT pg_advisory_xact_lock(:key)"), {"key": DDL_LOCK})
        schema = sqlalchemy.schema
        # DDL only for what is missing: a role that may write rows but owns no table can still open it
        tables = set(sqlalchemy.inspect(connection).get_table_names())
        for table in (self.documents, self.figures, self.failures):
            if table.name not in tables:
                connection.execute(schema.CreateTable(table, if_not_exists=True))
            inspector = sqlalchemy.inspect(connection)  # a fresh one: it caches what it has read
            existing = [column["name"] for column in inspector.get_columns(table.name)]
            for column in table.columns:
                if column.name not in existing and column.nullable:  # made by an earlier version
                    column_type = column.type.compile(dialect=dialect)
                    name = dialect.identifier_preparer.quote(column.name)
                    connection.execute(sqlalchemy.text(f"ALTER TABLE {table.name} ADD COLUMN {name} {column_type}"))
                    existing.append(column.name)
            check_columns(self.target, table.name, [column.name for column in table.columns], existing)
            indexes = {index["name"] for index in inspector.get_indexes(table.name)}
            for index in table.indexes:
                if index.name not in indexes:
                    connection.execute(schema.CreateIndex(index, if_not_exists=True))
        quote = dialect.identifier_preparer.quote
        inspector = sqlalchemy.inspect(connection)
        view = [column["name"] for column in inspector.get_columns(VIEW)] if VIEW in inspector.get_view_names() else []
        if view != [name for _, name in view_columns()]:
            connection.execute(sqlalchemy.text(f"DROP VIEW IF EXISTS {quote(VIEW)}"))
            connection.execute(sqlalchemy.text(f"CREATE VIEW {quote(VIEW)} AS {view_sql(quote)}"))
        # an earlier version kept failed documents as `documents` rows with an error
        connection.execute(
            sqlalchemy.text(
                "INSERT INTO failures (doc_id, source, error) SELECT doc_id, source, error FROM documents "
                "WHERE error IS NOT NULL AND doc_id NOT IN (SELECT doc_id FROM failures)"
            )
        )
        connection.execute(sqlalchemy.text("DELETE FROM documents WHERE error IS NOT NULL"))

    def write(self, result: Result) -> None:
        sqlalchemy = self._sqlalchemy
        document = result.document
        stamp = provenance()
        try:
            with self._engine.begin() as connection:  # commits at the end, rolls back on any error
                if document.error is not None:
                    self._upsert(connection, self.failures, [to_row(FAILURES, document) | stamp])
                    return
                row = to_row(DATABASE_DOCUMENTS, document) | stamp
                self._upsert(connection, self.documents, [row])
                for chunk in _chunks(result.figures, ROWS_PER_STATEMENT):
                    self._upsert(connection, self.figures, [figure_row(figure) for figure in chunk])
                keys = {(figure.start, figure.end) for figure in result.figures}
                self._delete_stale(connection, row["doc_id"], keys)
                failures = self.failures
                connection.execute(failures.delete().where(failures.c.doc_id == row["doc_id"]))
        except sqlalchemy.exc.SQLAlchemyError as error:
            message = f"cannot write document {document.doc_id!r} to {self.target}: {_reason(error)}"
            if _lost_connection(sqlalchemy, error, self._engine.dialect.name):
                raise SinkBroken(stopped(message, self._documents)) from error
            raise SinkError(message) from error
        if document.error is None:
            self._documents += 1

    def _upsert(self, connection: Any, table: Any, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        key = [column.name for column in table.primary_key.columns]
        dialect = connection.dialect.name
        if dialect in ON_CONFLICT_DIALECTS:
            statement = _dialect_insert(dialect)(table)
            updates = {
                column.name: statement.excluded[column.name] for column in table.columns if column.name not in key
            }
            connection.execute(statement.on_conflict_do_update(index_elements=key, set_=updates), rows)
        else:
            # no portable upsert: replace the rows by key, inside the same transaction
            sqlalchemy = self._sqlalchemy
            matches_key = sqlalchemy.and_(*(table.c[name] == sqlalchemy.bindparam(f"key_{name}") for name in key))
            connection.execute(
                table.delete().where(matches_key), [{f"key_{name}": row[name] for name in key} for row in rows]
            )
            connection.execute(table.insert(), rows)

    def _delete_stale(self, connection: Any, doc_id: str, keys: set[tuple[int, int]]) -> None:
        """Drop figures an earlier run stored for this document that this run no longer finds."""
        figures = self.figures
        stored = connection.execute(
            self._sqlalchemy.select(figures.c.start, figures.c.end).where(figures.c.doc_id == doc_id)
        ).all()
        for start, end in stored:
            if (start, end) not in keys:
                connection.execute(
                    figures.delete().where(figures.c.doc_id == doc_id, figures.c.start == start, figures.c.end == end)
                )

    def known_hashes(self) -> dict[str, str]:
        documents = self.documents
        query = self._sqlalchemy.select(documents.c.doc_id, documents.c.sha256).where(
            documents.c.sha256.is_not(None), documents.c.error.is_(None)
        )
        try:
            with self._engine.connect() as connection:
                return {unescape_text(doc_id): sha256 for doc_id, sha256 in connection.execute(query)}
        except self._sqlalchemy.exc.SQLAlchemyError as error:
            raise SinkError(f"cannot read stored documents from {self.target}: {_reason(error)}") from error

    def known_sources(self) -> dict[str, str]:
        documents = self.documents
        query = self._sqlalchemy.select(documents.c.doc_id, documents.c.source).where(documents.c.source.is_not(None))
        try:
            with self._engine.connect() as connection:
                return {unescape_text(doc_id): unescape_text(source) for doc_id, source in connection.execute(query)}
        except self._sqlalchemy.exc.SQLAlchemyError as error:
            raise SinkError(f"cannot read stored documents from {self.target}: {_reason(error)}") from error

    def close(self) -> None:
        self._engine.dispose()


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _dialect_insert(dialect: str) -> Any:
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    from sqlalchemy.dialects import sqlite

    return sqlite.insert


def _lost_connection(sqlalchemy: Any, error: Exception, dialect: str) -> bool:
    """The server went away (stopped, restarted, network): every later document would fail too."""
    if not isinstance(error, sqlalchemy.exc.DBAPIError):
        return False
    return bool(error.connection_invalidated) or (
        dialect != "sqlite" and isinstance(error, sqlalchemy.exc.OperationalError)
    )


def _collided(error: Exception) -> bool:
    """Whether a failed CREATE met another process doing the same (worth one more try)."""
    reason = _reason(error).lower()
    return any(sign in reason for sign in ("already exists", "duplicate", "database is locked"))


def _reason(error: Exception) -> str:
    """The driver's own first line (e.g. 'connection refused'), without SQLAlchemy's SQL echo and links."""
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return lines[0] if lines else type(original).__name__
