"""Database sinks: SQLite (standard library), SQLite through SQLAlchemy, and a real PostgreSQL.

PostgreSQL tests run against the server named by POLICYEXTRACT_TEST_PG_URL (`.ci/run` starts one);
without it they skip, except under CI, where a missing server is a failure.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from policyextract import Document, Result, extract_document
from policyextract.sinks import SinkError, open_sink
from policyextract.sinks import sql as sql_sink
from policyextract.sinks import sqlite as sqlite_sink
from policyextract.sinks.schema import DOCUMENTS, FIGURES, document_from_row, figure_from_row

PG_URL_VARIABLE = "POLICYEXTRACT_TEST_PG_URL"

TEXT_A = (
    "2024年全市小学适龄儿童入学率为98.67%,比上年提高1.2个百分点。全市共有学校XX所。"
    "到2025年,教育经费达到3.5亿元。本办法自2025年9月1日起施行。全市生师比为31:69。"
    "全市中小学共有教职工27000余名,新建幼儿园2—3所。"
)
TEXT_B = "2023年全省初中学生辍学率控制在0.5%以内,高中阶段毛入学率达到92.3%。"


# --- fixtures: one database per test, on each backend ----------------------------------------


def _sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'figures.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped after the test."""
    base = os.environ.get(PG_URL_VARIABLE)
    if not base:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_URL_VARIABLE} is not set under CI: .ci/run must start PostgreSQL")
        pytest.skip(f"no PostgreSQL server: set {PG_URL_VARIABLE} (bash .ci/run starts one)")
    sqlalchemy = pytest.importorskip("sqlalchemy")
    admin_url = sqlalchemy.engine.make_url(base).set(drivername="postgresql+psycopg")
    name = f"policyextract_test_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", "sqlalchemy-sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return _sqlite_url(tmp_path)
    pytest.importorskip("sqlalchemy")
    if request.param == "sqlalchemy-sqlite":
        # SQLAlchemy's own SQLite dialect: exercises the generic sink without a server
        return f"sqlite+pysqlite:///{tmp_path / 'figures.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="module")
def result_a() -> Result:
    return extract_document(TEXT_A, doc_id="alpha")


@pytest.fixture(scope="module")
def result_b() -> Result:
    return extract_document(TEXT_B, doc_id="beta")


# --- reading back, independently of the sinks -------------------------------------------------


def _select(url: str, query: str) -> list[dict[str, Any]]:
    if url.startswith("sqlite:///"):
        import sqlite3

        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        connection.row_factory = sqlite3.Row
        try:
            return [dict(row) for row in connection.execute(query)]
        finally:
            connection.close()
    import sqlalchemy

    engine = sqlalchemy.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return [dict(row._mapping) for row in connection.exec_driver_sql(query)]
    finally:
        engine.dispose()


def _stored_figures(url: str) -> list[dict[str, Any]]:
    return _select(url, 'SELECT * FROM figures ORDER BY doc_id, start, "end"')


def _stored_documents(url: str) -> list[dict[str, Any]]:
    return _select(url, "SELECT * FROM documents ORDER BY doc_id")


def _by_text(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(row for row in rows if row["text"] == text)


# --- tests ------------------------------------------------------------------------------------


def test_the_test_text_has_the_cases_we_need(result_a: Result) -> None:
    values = {figure.text: figure.value for figure in result_a.figures}
    assert values["98.67%"] == Decimal("98.67")
    assert values["XX所"] is None, "a masked number must have no value"
    assert values["2025年9月1日"] == "2025-09-01" and values["2024年"] == "2024"
    assert len(str(values["31:69"])) > 20, "a value beyond what a float or SQLite REAL keeps"
    assert any(figure.high is not None for figure in result_a.figures), "a range"
    assert any(figure.time is not None for figure in result_a.figures)


def test_figures_and_documents_read_back_equal(database_url: str, result_a: Result, result_b: Result) -> None:
    with open_sink(database_url) as sink:
        sink.write(result_a)
        sink.write(result_b)
    rows = _stored_figures(database_url)
    expected = sorted(result_a.figures + result_b.figures, key=lambda figure: (figure.doc_id, figure.start))
    assert [figure_from_row(row) for row in rows] == expected
    assert [document_from_row(row) for row in _stored_documents(database_url)] == [
        result_a.document,
        result_b.document,
    ]


def test_values_are_exact_and_dates_stay_strings(database_url: str, result_a: Result) -> None:
    with open_sink(database_url) as sink:
        sink.write(result_a)
    rows = _stored_figures(database_url)
    percent = _by_text(rows, "98.67%")
    assert Decimal(str(percent["value"])) == Decimal("98.67")
    ratio = _by_text(rows, "31:69")
    exact_ratio = next(figure.value for figure in result_a.figures if figure.text == "31:69")
    assert ratio["value_text"] == str(exact_ratio), "the text twin keeps every digit"
    if database_url.startswith("postgresql"):
        assert ratio["value"] == exact_ratio, "PostgreSQL NUMERIC is exact"
    masked = _by_text(rows, "XX所")
    assert masked["value"] is None and masked["value_text"] is None
    year = _by_text(rows, "2024年")
    assert year["value"] is None and year["value_text"] == "2024"
    assert isinstance(year["value_text"], str)
    day = _by_text(rows, "2025年9月1日")
    assert day["value_text"] == "2025-09-01"
    assert figure_from_row(year).value == "2024", "a year-only date must not come back as a number"


def test_rewriting_upserts_without_duplicates(database_url: str, result_a: Result, result_b: Result) -> None:
    with open_sink(database_url) as sink:
        sink.write(result_a)
        sink.write(result_b)
    with open_sink(database_url) as sink:  # a second run over the same documents
        sink.write(result_a)
        sink.write(result_a)
    rows = _stored_figures(database_url)
    assert len(rows) == len(result_a.figures) + len(result_b.figures)
    keys = [(row["doc_id"], row["start"], row["end"]) for row in rows]
    assert len(keys) == len(set(keys))
    assert len(_stored_documents(database_url)) == 2


def test_rewriting_a_changed_document_replaces_its_figures(database_url: str, result_a: Result) -> None:
    shorter = extract_document(TEXT_A[:40], doc_id="alpha")
    assert 0 < len(shorter.figures) < len(result_a.figures)
    with open_sink(database_url) as sink:
        sink.write(result_a)
        sink.write(shorter)
    rows = _stored_figures(database_url)
    assert [figure_from_row(row) for row in rows] == list(shorter.figures)
    (document,) = _stored_documents(database_url)
    assert document["sha256"] == shorter.document.sha256 and document["figure_count"] == len(shorter.figures)


def _fail_at_call(number: int, real: Any) -> Any:
    calls = {"count": 0}

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls["count"] += 1
        if calls["count"] == number:
            raise RuntimeError("interrupted mid-document")
        return real(*args, **kwargs)

    return failing


def test_interrupted_write_keeps_finished_documents_whole_and_no_half_document(
    database_url: str, result_a: Result, result_b: Result, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(result_b.figures) >= 2
    with open_sink(database_url) as sink:
        sink.write(result_a)
        # fail on the second figure of the next document, after its document row and first figure went in
        for module in (sqlite_sink, sql_sink):
            monkeypatch.setattr(module, "figure_row", _fail_at_call(2, module.figure_row))
        monkeypatch.setattr(sql_sink, "ROWS_PER_STATEMENT", 1)
        with pytest.raises(RuntimeError, match="interrupted"):
            sink.write(result_b)
        monkeypatch.undo()
        assert sink.known_hashes() == {"alpha": result_a.document.sha256}
    assert [row["doc_id"] for row in _stored_documents(database_url)] == ["alpha"]
    assert [figure_from_row(row) for row in _stored_figures(database_url)] == list(result_a.figures)


def test_killed_process_loses_no_finished_document(database_url: str, tmp_path: Path) -> None:
    """A process that dies mid-transaction (no exception handler runs) leaves the last document out."""
    script = textwrap.dedent(
        f"""
        import os, sys
        from policyextract import extract_document
        from policyextract.sinks import open_sink, sql, sqlite
        sink = open_sink({database_url!r})
        sink.write(extract_document({TEXT_A!r}, doc_id="alpha"))
        calls = []
        def die(figure, real=sqlite.figure_row):
            calls.append(figure)
            if len(calls) == 2:
                os._exit(3)
            return real(figure)
        sqlite.figure_row = sql.figure_row = die
        sql.ROWS_PER_STATEMENT = 1
        sink.write(extract_document({TEXT_B!r}, doc_id="beta"))
        """
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert completed.returncode == 3, completed.stderr
    assert [row["doc_id"] for row in _stored_documents(database_url)] == ["alpha"]
    figures = _stored_figures(database_url)
    assert figures and {row["doc_id"] for row in figures} == {"alpha"}
    assert len(figures) == len(extract_document(TEXT_A, doc_id="alpha").figures)


def test_known_hashes_for_resume(database_url: str, result_a: Result, result_b: Result) -> None:
    failed = Result(document=Document(doc_id="broken", source="broken.txt", error="binary file"))
    with open_sink(database_url) as sink:
        assert sink.known_hashes() == {}
        sink.write(result_a)
        sink.write(result_b)
        sink.write(failed)
        hashes = sink.known_hashes()
    assert hashes == {"alpha": result_a.document.sha256, "beta": result_b.document.sha256}
    with open_sink(database_url) as sink:  # a later run sees them too
        assert sink.known_hashes() == hashes
    broken = next(row for row in _stored_documents(database_url) if row["doc_id"] == "broken")
    assert broken["error"] == "binary file", "a failed document is recorded, and retried on resume"


def test_a_document_without_figures_is_stored(database_url: str) -> None:
    empty = extract_document("本文件没有任何数字。", doc_id="plain")
    assert empty.figures == ()
    with open_sink(database_url) as sink:
        sink.write(empty)
    assert [row["doc_id"] for row in _stored_documents(database_url)] == ["plain"]
    assert _stored_figures(database_url) == []


def test_sqlite_table_schema(tmp_path: Path, result_a: Result) -> None:
    url = _sqlite_url(tmp_path)
    with open_sink(url) as sink:
        sink.write(result_a)
    columns = {row["name"]: row for row in _select(url, "PRAGMA table_info(figures)")}
    assert list(columns) == FIGURES.column_names
    assert columns["value"]["type"] == "NUMERIC" and columns["value_text"]["type"] == "TEXT"
    assert columns["start"]["type"] == "INTEGER" and columns["start"]["notnull"] == 1
    assert [name for name, column in columns.items() if column["pk"]] == ["doc_id", "start", "end"]
    documents = {row["name"]: row for row in _select(url, "PRAGMA table_info(documents)")}
    assert list(documents) == DOCUMENTS.column_names and documents["doc_id"]["pk"] == 1
    (foreign_key,) = _select(url, "PRAGMA foreign_key_list(figures)")
    assert foreign_key["table"] == "documents"
    assert _select(url, "PRAGMA journal_mode") == [{"journal_mode": "wal"}]


def test_postgresql_table_schema(postgres_url: str, result_a: Result) -> None:
    with open_sink(postgres_url) as sink:
        sink.write(result_a)
    types = {
        row["column_name"]: row["data_type"]
        for row in _select(
            postgres_url,
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'figures'",
        )
    }
    assert types["value"] == "numeric" and types["high"] == "numeric"
    assert types["start"] == "integer" and types["time_year"] == "integer"
    assert types["value_text"] == "text" and types["kind"] == "text"
    key = _select(
        postgres_url,
        "SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'figures'::regclass AND i.indisprimary",
    )
    assert {row["name"] for row in key} == {"doc_id", "start", "end"}
    (stored,) = _select(postgres_url, "SELECT value FROM figures WHERE kind = 'percentage'")
    assert stored["value"] == Decimal("98.67")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_database_down_gives_a_clear_error_without_the_password() -> None:
    pytest.importorskip("sqlalchemy")
    pytest.importorskip("psycopg")
    url = f"postgresql://editor:s3cret-pw@127.0.0.1:{_closed_port()}/edu"
    with pytest.raises(SinkError) as caught:
        open_sink(url)
    message = str(caught.value)
    assert "s3cret-pw" not in message
    assert "editor:***@127.0.0.1" in message and "cannot open database" in message
    assert "\n" not in message, "one line, fit to print without a traceback"


def test_sqlite_that_cannot_be_opened_names_the_url(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'figures.db'}"
    with pytest.raises(SinkError, match="cannot open database sqlite:///"):
        open_sink(url)


def test_missing_driver_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sqlalchemy")
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the `sql` extra were not installed
    with pytest.raises(SinkError, match=r"policyextract\[sql\]"):
        open_sink(f"postgresql://127.0.0.1:{_closed_port()}/edu")


def test_missing_sqlalchemy_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sqlalchemy", None)
    with pytest.raises(SinkError, match=r"policyextract\[sql\]") as caught:
        open_sink("postgresql://editor:pw@127.0.0.1/edu")
    assert "pw@" not in str(caught.value)


def test_a_file_format_with_a_database_url_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SinkError, match="database URL"):
        open_sink(_sqlite_url(tmp_path), format="csv")


def test_portable_upsert_for_databases_without_on_conflict(
    tmp_path: Path, result_a: Result, result_b: Result, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Databases other than PostgreSQL and SQLite replace rows by key: still no duplicates."""
    pytest.importorskip("sqlalchemy")
    monkeypatch.setattr(sql_sink, "ON_CONFLICT_DIALECTS", frozenset())
    url = f"sqlite+pysqlite:///{tmp_path / 'figures.db'}"
    for _ in range(2):
        with open_sink(url) as sink:
            sink.write(result_a)
            sink.write(result_b)
    expected = sorted(result_a.figures + result_b.figures, key=lambda figure: (figure.doc_id, figure.start))
    assert [figure_from_row(row) for row in _stored_figures(url)] == expected
    assert len(_stored_documents(url)) == 2


def test_command_line_with_a_database_that_is_down(seed_paths: list[Path]) -> None:
    """The user sees one clear line naming the URL, password hidden, and no traceback."""
    pytest.importorskip("sqlalchemy")
    pytest.importorskip("psycopg")
    url = f"postgresql://editor:s3cret-pw@127.0.0.1:{_closed_port()}/edu"
    completed = subprocess.run(
        [sys.executable, "-m", "policyextract", "extract", str(seed_paths[3]), "--db", url, "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode != 0
    assert "Traceback" not in completed.stderr and "s3cret-pw" not in completed.stderr
    assert "editor:***@127.0.0.1" in completed.stderr
    assert completed.stdout == ""


def test_other_databases_name_their_missing_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sqlalchemy")
    monkeypatch.setitem(sys.modules, "MySQLdb", None)
    with pytest.raises(
        SinkError, match=r"mysql://editor:\*\*\*@127.0.0.1/edu needs its Python driver \(module MySQLdb\)"
    ):
        open_sink("mysql://editor:pw@127.0.0.1/edu")


def test_a_table_from_another_layout_is_refused_before_writing(database_url: str, result_a: Result) -> None:
    with open_sink(database_url) as sink:
        sink.write(result_a)
    if database_url.startswith("sqlite:///"):
        import sqlite3

        connection = sqlite3.connect(database_url.removeprefix("sqlite:///"))
        connection.execute("ALTER TABLE figures DROP COLUMN stage")
        connection.commit()
        connection.close()
    else:
        import sqlalchemy

        engine = sqlalchemy.create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as connection:
            connection.exec_driver_sql("ALTER TABLE figures DROP COLUMN stage")
        engine.dispose()
    with pytest.raises(SinkError, match=r"table figures in .* lacks the columns stage"):
        open_sink(database_url)
