"""Database sinks: SQLite (standard library), SQLite through SQLAlchemy, and a real PostgreSQL.

PostgreSQL tests run against the server named by POLICYEXTRACT_TEST_PG_URL (`.ci/run` starts one);
without it they skip, except under CI, where a missing server is a failure.
"""

from __future__ import annotations

import contextlib
import datetime
import multiprocessing
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
import threading
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import policyextract
from policyextract import Document, Result, extract_document
from policyextract.sinks import SinkError, open_sink
from policyextract.sinks import sql as sql_sink
from policyextract.sinks import sqlite as sqlite_sink
from policyextract.sinks.schema import (
    DATABASE_DOCUMENTS,
    FAILURES,
    FIGURES,
    INDEXED,
    VIEW,
    document_from_row,
    figure_from_row,
    view_columns,
)

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
    with _new_postgres_database() as url:
        yield url


@contextlib.contextmanager
def _new_postgres_database() -> Iterator[str]:
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
    assert [row["doc_id"] for row in _stored_documents(database_url)] == ["alpha", "beta"]
    (broken,) = _select(database_url, "SELECT * FROM failures")
    assert broken["doc_id"] == "broken" and broken["source"] == "broken.txt"
    assert broken["error"] == "binary file", "a failed document is recorded in its own table, and retried on resume"


def test_failures_have_a_table_of_their_own(database_url: str, result_a: Result) -> None:
    failed = Result(document=Document(doc_id="alpha", source="alpha.txt", error="cannot decode"))
    with open_sink(database_url) as sink:
        sink.write(failed)
        assert sink.known_hashes() == {}
    assert _stored_documents(database_url) == [] and _stored_figures(database_url) == []
    (failure,) = _select(database_url, "SELECT * FROM failures")
    assert list(failure) == [column.name for column in FAILURES.columns]
    assert failure["error"] == "cannot decode" and failure["extractor_version"] == policyextract.__version__
    with open_sink(database_url) as sink:  # the document is read this time: its failure is over
        sink.write(result_a)
    assert _select(database_url, "SELECT * FROM failures") == []
    assert [row["doc_id"] for row in _stored_documents(database_url)] == ["alpha"]


def test_document_rows_carry_the_extractor_version_and_time(database_url: str, result_a: Result) -> None:
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    with open_sink(database_url) as sink:
        sink.write(result_a)
    (row,) = _stored_documents(database_url)
    assert list(row) == DATABASE_DOCUMENTS.column_names
    assert row["extractor_version"] == policyextract.__version__
    assert row["extracted_at"].endswith("Z"), "UTC, ISO 8601"
    extracted = datetime.datetime.fromisoformat(row["extracted_at"])
    assert before <= extracted <= datetime.datetime.now(datetime.UTC)


def test_the_view_joins_figures_with_their_documents(database_url: str, result_a: Result, result_b: Result) -> None:
    with open_sink(database_url) as sink:
        sink.write(result_a)
        sink.write(result_b)
    rows = _select(database_url, f"SELECT * FROM {VIEW} WHERE indicator = 'dropout_rate' ORDER BY start")
    assert [(row["doc_id"], row["text"], row["doc_year"]) for row in rows] == [("beta", "0.5%以内", 2023)]
    assert list(rows[0]) == [name for _, name in view_columns()]
    assert rows[0]["sha256"] == result_b.document.sha256 and rows[0]["extractor_version"]
    (count,) = _select(database_url, f"SELECT count(*) AS n FROM {VIEW}")
    assert count["n"] == len(result_a.figures) + len(result_b.figures)


def _inspect(url: str) -> dict[str, Any]:
    """Tables, columns, figure indexes and view columns, as SQLAlchemy sees them on any backend."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        inspector = sqlalchemy.inspect(engine)
        tables = {
            name: [column["name"] for column in inspector.get_columns(name)] for name in inspector.get_table_names()
        }
        return {
            "tables": tables,
            "indexes": sorted(index["name"] for index in inspector.get_indexes("figures")),
            "views": {
                name: [column["name"] for column in inspector.get_columns(name)] for name in inspector.get_view_names()
            },
        }
    finally:
        engine.dispose()


def _expected_layout() -> dict[str, Any]:
    return {
        "tables": {
            "documents": DATABASE_DOCUMENTS.column_names,
            "failures": FAILURES.column_names,
            "figures": FIGURES.column_names,
        },
        "indexes": sorted(f"figures_{column}" for column in INDEXED),
        "views": {VIEW: [name for _, name in view_columns()]},
    }


def test_every_database_has_the_same_tables_indexes_and_view(database_url: str, result_a: Result) -> None:
    pytest.importorskip("sqlalchemy")
    with open_sink(database_url) as sink:
        sink.write(result_a)
    assert _inspect(database_url) == _expected_layout()
    assert {"time_year", "modality", "metric", "indicator", "kind"} <= set(INDEXED)


def test_sqlite_keeps_foreign_keys_on(tmp_path: Path, result_a: Result) -> None:
    with open_sink(_sqlite_url(tmp_path)) as sink:
        sink.write(result_a)
        assert sink.connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
        sink.connection.execute("DELETE FROM documents")  # cascades to the figures only with foreign keys on
        assert sink.connection.execute("SELECT count(*) FROM figures").fetchone() == (0,)


DATA = Path(__file__).resolve().parent / "data"
BETA_SHA256 = "736f8ac3b1f388e0066b07b1ecff3e51b94f7e846e6d3a28b1b9f42605b85359"  # TEXT_B in the dumps


def _load_previous_version(url: str) -> None:
    """A database made by policyextract 0.1.0 (main before the failures table and the view)."""
    if url.startswith("postgresql"):
        import sqlalchemy

        engine = sqlalchemy.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        raw = engine.raw_connection()  # psycopg itself: the dump's % signs are no placeholders
        raw.driver_connection.execute((DATA / "previous_version_postgresql.sql").read_text(encoding="utf-8"))
        raw.commit()
        raw.close()
        engine.dispose()
        return
    path = url.split(":///", 1)[1]
    connection = sqlite3.connect(path)
    connection.executescript((DATA / "previous_version_sqlite.sql").read_text(encoding="utf-8"))
    connection.close()


def test_a_database_of_the_previous_version_is_upgraded(database_url: str, result_a: Result) -> None:
    pytest.importorskip("sqlalchemy")
    _load_previous_version(database_url)
    assert set(_inspect(database_url)["tables"]) == {"documents", "figures"}
    old_figures = [figure_from_row(row) for row in _stored_figures(database_url)]
    assert {figure.doc_id for figure in old_figures} == {"beta"}
    for _ in range(2):  # and opening it again changes nothing
        with open_sink(database_url) as sink:
            assert sink.known_hashes()["beta"] == BETA_SHA256, "--resume still skips what it stored"
            sink.write(result_a)
        assert _inspect(database_url) == _expected_layout()
    documents = {row["doc_id"]: row for row in _stored_documents(database_url)}
    assert set(documents) == {"alpha", "beta"}
    assert documents["beta"]["extractor_version"] is None and documents["alpha"]["extractor_version"]
    assert [(row["doc_id"], row["error"]) for row in _select(database_url, "SELECT * FROM failures")] == [
        ("broken", "binary file")
    ]
    figures = [figure_from_row(row) for row in _stored_figures(database_url)]
    assert figures == [*result_a.figures, *old_figures], "the old rows are kept as they were"


# --- several writers at once -----------------------------------------------------------------


def _writer(url: str, name: str, barrier: Any, errors: Any) -> None:
    """One process of a concurrent run: open the sink at the same moment as the other, write 3 documents."""
    try:
        barrier.wait(timeout=60)
        with open_sink(url) as sink:
            for number in range(3):
                sink.write(extract_document(TEXT_B, doc_id=f"{name}-{number}"))
        errors.put("")
    except BaseException as error:
        errors.put(f"{name}: {type(error).__name__}: {error}")


@contextlib.contextmanager
def _new_database(backend: str, folder: Path) -> Iterator[str]:
    if backend == "postgresql":
        with _new_postgres_database() as url:
            yield url
        return
    scheme = "sqlite" if backend == "sqlite" else "sqlite+pysqlite"
    yield f"{scheme}:///{folder / f'{uuid.uuid4().hex}.db'}"


@pytest.mark.parametrize(("backend", "rounds"), [("sqlite", 20), ("sqlalchemy-sqlite", 10), ("postgresql", 8)])
def test_two_processes_write_one_new_database_at_once(backend: str, rounds: int, tmp_path: Path) -> None:
    """Both open the same new database in the same instant (the tables do not exist yet), several times."""
    if backend != "sqlite":
        pytest.importorskip("sqlalchemy")
    context = multiprocessing.get_context("fork")
    failures: list[str] = []
    for _ in range(rounds):
        with _new_database(backend, tmp_path) as url:
            barrier, errors = context.Barrier(2), context.Queue()
            writers = [context.Process(target=_writer, args=(url, name, barrier, errors)) for name in ("a", "b")]
            for writer in writers:
                writer.start()
            outcomes = [errors.get(timeout=120) for _ in writers]
            for writer in writers:
                writer.join(timeout=60)
            failures += [outcome for outcome in outcomes if outcome]
            if not any(outcomes):
                stored = sorted(row["doc_id"] for row in _stored_documents(url))
                assert stored == ["a-0", "a-1", "a-2", "b-0", "b-1", "b-2"]
    assert failures == []


def test_sqlite_waits_for_a_process_that_holds_the_new_database(tmp_path: Path, result_b: Result) -> None:
    """Another writer holds the new file (still in rollback-journal mode) when this one opens it."""
    path = tmp_path / "figures.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE other (x)")
    holder.execute("BEGIN IMMEDIATE")  # SQLite reports this lock at once to a switch to WAL: no busy wait
    holder.execute("INSERT INTO other VALUES (1)")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with open_sink(f"sqlite:///{path}") as sink:
            sink.write(result_b)
    finally:
        release.join()
        holder.close()
    assert [row["doc_id"] for row in _stored_documents(f"sqlite:///{path}")] == ["beta"]


# --- characters some stores refuse -----------------------------------------------------------


def test_undecodable_file_names_and_nul_are_stored_losslessly(database_url: str) -> None:
    """A doc_id from a file name that is not UTF-8 (lone surrogates), a NUL in the text (PostgreSQL)."""
    doc_id = os.fsdecode(b"report-\xb9\xfa\xbc\xd2")  # GBK bytes in a UTF-8 file system: surrogates
    result = extract_document("全市小学入学率为98.67%。\x00另有学校5所,\\udcff不是转义。", doc_id=doc_id)
    result = Result(document=result.document.model_copy(update={"source": doc_id + ".txt"}), figures=result.figures)
    assert any("\x00" in figure.sentence for figure in result.figures)
    with open_sink(database_url) as sink:
        sink.write(result)
        assert sink.known_hashes() == {doc_id: result.document.sha256}, "--resume matches the file name as read"
    assert [figure_from_row(row) for row in _stored_figures(database_url)] == list(result.figures)
    (document,) = _stored_documents(database_url)
    assert document["doc_id"] == "report-\\udcb9\\udcfa\\udcbc\\udcd2", "the documented escape"
    assert document_from_row(document) == result.document


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
    assert list(documents) == DATABASE_DOCUMENTS.column_names and documents["doc_id"]["pk"] == 1
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


def _drop_column(url: str, table: str, column: str) -> None:
    if url.startswith("sqlite:///"):
        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        connection.execute(f"DROP VIEW IF EXISTS {VIEW}")  # SQLite refuses to drop a column a view uses
        connection.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        connection.commit()
        connection.close()
    else:
        import sqlalchemy

        engine = sqlalchemy.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as connection:
            connection.exec_driver_sql(f"DROP VIEW IF EXISTS {VIEW}")
            connection.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        engine.dispose()


def test_a_table_from_another_layout_is_refused_before_writing(database_url: str, result_a: Result) -> None:
    with open_sink(database_url) as sink:
        sink.write(result_a)
    _drop_column(database_url, "figures", "rule")  # NOT NULL: existing rows would have no value for it
    with pytest.raises(SinkError, match=r"table figures in .* lacks the columns rule"):
        open_sink(database_url)


def test_a_missing_nullable_column_is_added(database_url: str, result_a: Result) -> None:
    with open_sink(database_url) as sink:
        sink.write(result_a)
    _drop_column(database_url, "figures", "stage")
    with open_sink(database_url) as sink:
        sink.write(result_a)
    assert [figure_from_row(row) for row in _stored_figures(database_url)] == list(result_a.figures)


def test_a_database_from_before_part_of_and_commitment_gets_both_columns(database_url: str) -> None:
    """Issue 12's fields: a database made before them is brought up to date when opened, its rows
    kept (NULL in the new columns), and the view shows the new columns."""
    from test_relation_fields import related

    result = related()
    plain = result.model_copy(
        update={"figures": tuple(f.model_copy(update={"part_of": None, "commitment": None}) for f in result.figures)}
    )
    with open_sink(database_url) as sink:
        sink.write(plain)
    for column in ("part_of", "commitment"):
        _drop_column(database_url, "figures", column)
    with open_sink(database_url):
        pass
    assert [figure_from_row(row) for row in _stored_figures(database_url)] == list(plain.figures)
    with open_sink(database_url) as sink:
        sink.write(result)
    stored = _stored_figures(database_url)
    assert [figure_from_row(row) for row in stored] == list(result.figures)
    assert [row["part_of"] for row in stored] == [None, 7, 7, None, None]
    assert [row["commitment"] for row in stored] == [None, None, None, "binding", "forecast"]
    view = _select(database_url, f"SELECT part_of, commitment FROM {VIEW} ORDER BY start")
    assert [row["commitment"] for row in view] == [None, None, None, "binding", "forecast"]


# --- the server stops mid-run -----------------------------------------------------------------


class _Proxy:
    """A TCP relay on 127.0.0.1 to the PostgreSQL server: `stop()` is the server going away mid-run."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target, timeout=10)
            self.sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sink.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self.running = False
        self.listener.close()
        for connection in self.sockets:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            connection.close()


def test_a_server_that_stops_mid_run_is_one_clear_line_and_resume_recovers(
    postgres_url: str, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlalchemy

    from policyextract.cli import main

    real = sqlalchemy.engine.make_url(postgres_url)
    proxy = _Proxy(real.host or "127.0.0.1", real.port or 5432)
    url = real.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    real_write = sql_sink.SqlAlchemySink.write
    calls = {"count": 0}

    def write_then_stop(self: Any, result: Result) -> None:
        calls["count"] += 1
        if calls["count"] == 3:
            proxy.stop()  # the server goes away before the third document
        real_write(self, result)

    monkeypatch.setattr(sql_sink.SqlAlchemySink, "write", write_then_stop)
    paths = [str(path) for path in seed_paths]
    try:
        assert main(["extract", *paths, "--db", url, "--quiet"]) == 1
    finally:
        proxy.stop()
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"policyextract: cannot write document {seed_paths[2].stem!r} to postgresql")
    assert "the 2 documents written before it in this run are stored" in line and "--resume" in line
    assert [row["doc_id"] for row in _stored_documents(postgres_url)] == [path.stem for path in seed_paths[:2]]

    monkeypatch.undo()
    assert main(["extract", *paths, "--db", postgres_url, "--resume"]) == 0
    assert "3 extracted, 2 unchanged (--resume)" in capsys.readouterr().err
    assert [row["doc_id"] for row in _stored_documents(postgres_url)] == [path.stem for path in seed_paths]
    figures = _stored_figures(postgres_url)
    expected = [extract_document(path.read_text(encoding="utf-8"), doc_id=path.stem) for path in seed_paths]
    assert len(figures) == sum(len(result.figures) for result in expected), "nothing lost, nothing twice"


def test_command_line_killed_mid_document_then_resume_loses_and_doubles_nothing(
    database_url: str, seed_paths: list[Path]
) -> None:
    """kill -9 in the middle of the third document's transaction; --resume then adds what is missing."""
    paths = [str(path) for path in seed_paths]
    script = textwrap.dedent(
        f"""
        import os, signal
        from policyextract import cli
        from policyextract.sinks import sql, sqlite
        documents = []
        def die(figure, real=sqlite.figure_row):
            if figure.doc_id not in documents:
                documents.append(figure.doc_id)
            if len(documents) == 3:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(figure)
        sqlite.figure_row = sql.figure_row = die
        cli.main(["extract", *{paths!r}, "--db", {database_url!r}, "--quiet"])
        """
    )
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert killed.returncode == -9, killed.stderr
    assert [row["doc_id"] for row in _stored_documents(database_url)] == [path.stem for path in seed_paths[:2]]
    resumed = subprocess.run(
        [sys.executable, "-m", "policyextract", "extract", *paths, "--db", database_url, "--resume"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "3 extracted, 2 unchanged (--resume)" in resumed.stderr
    assert [row["doc_id"] for row in _stored_documents(database_url)] == [path.stem for path in seed_paths]
    expected = [extract_document(path.read_text(encoding="utf-8"), doc_id=path.stem) for path in seed_paths]
    stored = _stored_figures(database_url)
    assert len(stored) == sum(len(result.figures) for result in expected)
    assert len({(row["doc_id"], row["start"], row["end"]) for row in stored}) == len(stored)


@pytest.mark.parametrize("output", ["figures.jsonl", "figures.csv", "figures.parquet", "database"])
def test_command_line_with_a_file_name_that_is_not_utf8(
    output: str, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A GBK file name on a UTF-8 file system reaches Python with lone surrogates: every sink stores it."""
    if output == "figures.parquet":
        pytest.importorskip("pyarrow")
    if output != "database" and not database_url.startswith("sqlite:///"):
        pytest.skip("files once, not once per database")
    from policyextract.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"\xb9\xfa\xbc\xd2\xb1\xa8\xb8\xe6.txt")  # 国家报告 in GBK
    (folder / name).write_text(TEXT_B, encoding="utf-8")
    target = ["--db", database_url] if output == "database" else ["-o", str(tmp_path / output)]
    assert main(["extract", str(folder), *target, "--quiet"]) == 0, capsys.readouterr().err
    assert "Traceback" not in capsys.readouterr().err
    if output == "database":
        (document,) = _stored_documents(database_url)
        assert document["figure_count"] == len(_stored_figures(database_url)) > 0


def test_a_role_that_may_write_rows_but_owns_no_table_can_write(postgres_url: str, result_a: Result) -> None:
    """Opening an up-to-date database issues no DDL: a writer role without CREATE or ownership works."""
    import sqlalchemy

    with open_sink(postgres_url) as sink:  # the owner makes the tables
        sink.write(result_a)
    role = f"policyextract_writer_{uuid.uuid4().hex[:8]}"
    owner = sqlalchemy.engine.make_url(postgres_url).set(drivername="postgresql+psycopg")
    engine = sqlalchemy.create_engine(owner, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        connection.exec_driver_sql(f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {role}")
        connection.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
    try:
        url = owner.set(username=role, drivername="postgresql").render_as_string(hide_password=False)
        shorter = extract_document(TEXT_A[:40], doc_id="alpha")
        with open_sink(url) as sink:
            sink.write(shorter)
            sink.write(Result(document=Document(doc_id="broken", error="binary file")))
        assert [figure_from_row(row) for row in _stored_figures(postgres_url)] == list(shorter.figures)
    finally:
        engine.dispose()
        # the role holds grants in the test database: drop that first (from the server's own database)
        admin_url = sqlalchemy.engine.make_url(os.environ[PG_URL_VARIABLE]).set(drivername="postgresql+psycopg")
        admin = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{owner.database}" WITH (FORCE)')
            connection.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        admin.dispose()
