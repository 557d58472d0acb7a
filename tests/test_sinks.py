"""File sinks (JSONL, CSV, Parquet), `open_sink` dispatch, and the table layout they share."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import resource
import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policyextract import Document, Figure, Result, extract_document
from policyextract.models import TimeRef
from policyextract.sinks import SinkBroken, SinkError, open_sink
from policyextract.sinks import atomic as atomic_file
from policyextract.sinks import parquet as parquet_sink
from policyextract.sinks.base import hide_password
from policyextract.sinks.files import CsvSink, JsonlSink, csv_row_values
from policyextract.sinks.schema import DOCUMENTS, FIGURES, figure_from_row, figure_row
from policyextract.sinks.text import escape_text, unescape_text

TEXT = (
    "2024年全市小学适龄儿童入学率为98.67%,比上年提高1.2个百分点。全市共有学校XX所。"
    "到2025年,教育经费达到3.5亿元。本办法自2025年9月1日起施行。全市生师比为31:69。"
    "全市中小学共有教职工27000余名,新建幼儿园2—3所。"
)


@pytest.fixture(scope="module")
def results(seed_paths: list[Path]) -> list[Result]:
    seed = seed_paths[2]
    return [
        extract_document(TEXT, doc_id="alpha"),
        extract_document(seed.read_text(encoding="utf-8"), doc_id=seed.stem),
    ]


def _all_figures(results: list[Result]) -> list[Figure]:
    return [figure for result in results for figure in result.figures]


def _figure(results: list[Result], text: str) -> Figure:
    return next(figure for figure in results[0].figures if figure.text == text)


# --- the layout ------------------------------------------------------------------------------


def test_every_model_field_has_a_column() -> None:
    names = set(FIGURES.column_names)
    for field_name in Figure.model_fields:
        if field_name == "time":
            assert {f"time_{part}" for part in TimeRef.model_fields} <= names
        else:
            assert field_name in names
    assert {"value_text", "high_text"} <= names
    assert FIGURES.key == ("doc_id", "start", "end") and DOCUMENTS.key == ("doc_id",)


def test_rows_round_trip_through_the_layout(results: list[Result]) -> None:
    figures = _all_figures(results)
    assert len(figures) > 20
    assert [figure_from_row(figure_row(figure)) for figure in figures] == figures


def test_row_values(results: list[Result]) -> None:
    row = figure_row(_figure(results, "98.67%"))
    assert row["value"] == Decimal("98.67") and row["value_text"] == "98.67"
    assert row["time_text"] == "2024年" and row["time_year"] == 2024
    date = figure_row(_figure(results, "2025年9月1日"))
    assert date["value"] is None and date["value_text"] == "2025-09-01"
    masked = figure_row(_figure(results, "XX所"))
    assert masked["value"] is None and masked["value_text"] is None
    money = figure_row(_figure(results, "3.5亿元"))
    assert Decimal(money["value_text"]) == Decimal("350000000") and "E" not in money["value_text"]
    range_row = figure_row(next(figure for figure in results[0].figures if figure.high is not None))
    assert Decimal(range_row["high_text"]) > Decimal(range_row["value_text"])


def _write_all(path: Path, results: list[Result]):
    """Write every result through the sink chosen by the path's suffix; return the sink."""
    with open_sink(str(path)) as sink:
        for result in results:
            sink.write(result)
    return sink


# --- JSONL -----------------------------------------------------------------------------------


def test_jsonl_file_is_the_record_contract(results: list[Result], tmp_path: Path) -> None:
    path = tmp_path / "figures.jsonl"
    sink = _write_all(path, results)
    assert isinstance(sink, JsonlSink)
    assert sink.known_hashes() == {}
    lines = path.read_text(encoding="utf-8").splitlines()
    figures = _all_figures(results)
    assert [json.loads(line) for line in lines] == [figure.model_dump(mode="json") for figure in figures]
    # model_validate on the parsed JSON (Python mode) keeps a year-only date "2024" a string; JSON numbers
    # are floats, so a value of more than 15 significant digits (the ratio 31:69) comes back rounded
    read_back = [Figure.model_validate(json.loads(line)) for line in lines]
    rounded = [i for i, f in enumerate(figures) if isinstance(f.value, Decimal) and len(f.value.as_tuple().digits) > 15]
    assert rounded and len(rounded) < len(figures) // 10
    assert [f for i, f in enumerate(read_back) if i not in rounded] == [
        f for i, f in enumerate(figures) if i not in rounded
    ]
    assert all(float(read_back[i].value) == float(figures[i].value) for i in rounded)
    assert "入学率" in lines[1], "Chinese text is written as is, not as \\u escapes"
    by_text = {record["text"]: record for record in map(json.loads, lines)}
    assert by_text["98.67%"]["value"] == 98.67 and by_text["XX所"]["value"] is None
    assert by_text["2025年9月1日"]["value"] == "2025-09-01"


def test_jsonl_to_standard_output(results: list[Result], capsys: pytest.CaptureFixture[str]) -> None:
    with open_sink("-") as sink:
        sink.write(results[0])
    assert not sys.stdout.closed, "stdout is flushed, never closed"
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(results[0].figures) and json.loads(lines[0])["doc_id"] == "alpha"


# --- CSV -------------------------------------------------------------------------------------


def _read_csv(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with open(path, encoding=encoding, newline="") as stream:
        return list(csv.DictReader(stream))


def test_csv_reads_back_equal(results: list[Result], tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    assert isinstance(_write_all(path, results), CsvSink)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "a BOM by default, for Excel"
    rows = _read_csv(path, encoding="utf-8-sig")
    assert list(rows[0]) == FIGURES.column_names
    assert [figure_from_row(csv_row_values(row), empty_is_null=True) for row in rows] == _all_figures(results)
    by_text = {row["text"]: row for row in rows}
    assert by_text["98.67%"]["value"] == "98.67"
    assert by_text["XX所"]["value"] == "" and by_text["XX所"]["value_text"] == ""
    assert by_text["2024年"]["value"] == "" and by_text["2024年"]["value_text"] == "2024"
    assert by_text["3.5亿元"]["value"] == "350000000.0", "plain notation, never 3.5E+8"


def test_csv_with_bom_for_excel(results: list[Result], tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    with open_sink(str(path), bom=True) as sink:
        sink.write(results[0])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1
    rows = _read_csv(path, encoding="utf-8-sig")
    assert rows[0]["doc_id"] == "alpha" and len(rows) == len(results[0].figures)


def test_csv_without_bom(results: list[Result], tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    with open_sink(str(path), bom=False) as sink:
        sink.write(results[0])
    assert path.read_bytes().startswith(b"doc_id,")


def test_csv_to_standard_output(results: list[Result], capsys: pytest.CaptureFixture[str]) -> None:
    with open_sink("-", format="csv") as sink:
        sink.write(results[0])
    out = capsys.readouterr().out
    assert out.startswith("doc_id,"), "no BOM in a pipe unless asked"
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(results[0].figures)


def _figure_with(**fields: Any) -> Figure:
    base = {"doc_id": "d", "start": 0, "end": 4, "text": "3.8%", "kind": "percentage", "value": Decimal("3.8")}
    return Figure.model_validate(base | fields)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "'"])
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path: Path, start: str) -> None:
    dangerous = _figure_with(
        doc_id=f"{start}doc",
        metric=f'{start}HYPERLINK("http://x")',
        sentence=f"{start}1+2",
        text=f"{start}3.8%",
        value=Decimal("-3.8"),
        high=Decimal("-1.5"),
        unit=f"{start}cmd|' /C calc'!A0",
    )
    path = tmp_path / "figures.csv"
    with open_sink(str(path)) as sink:
        sink.write(Result(document=Document(doc_id=dangerous.doc_id), figures=(dangerous,)))
    (row,) = _read_csv(path, encoding="utf-8-sig")
    for name in ("doc_id", "metric", "sentence", "text", "unit"):
        assert row[name].startswith("'" + start), f"{name} is shown as text, never run"
    assert row["value"] == row["value_text"] == "-3.8", "a negative number stays a number"
    assert row["high"] == "-1.5" and row["start"] == "0"
    assert figure_from_row(csv_row_values(row), empty_is_null=True) == dangerous, "and the guard is undone exactly"


def test_csv_leaves_ordinary_text_alone(tmp_path: Path) -> None:
    figure = _figure_with(metric="小学入学率", sentence="入学率为3.8%。", text="3.8%")
    path = tmp_path / "figures.csv"
    with open_sink(str(path)) as sink:
        sink.write(Result(document=Document(doc_id="d"), figures=(figure,)))
    (row,) = _read_csv(path, encoding="utf-8-sig")
    assert (row["metric"], row["sentence"], row["text"]) == ("小学入学率", "入学率为3.8%。", "3.8%")


# --- Parquet ---------------------------------------------------------------------------------


def test_parquet_schema_is_typed(tmp_path: Path, results: list[Result]) -> None:
    pyarrow = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "figures.parquet"
    with open_sink(str(path)) as sink:
        sink.write(results[0])
    schema = parquet.read_schema(path)
    assert schema.names == FIGURES.column_names
    assert schema.field("value").type == pyarrow.float64() and schema.field("high").type == pyarrow.float64()
    assert schema.field("start").type == pyarrow.int64() and not schema.field("start").nullable
    assert schema.field("time_year").type == pyarrow.int64() and schema.field("time_year").nullable
    assert schema.field("value_text").type == pyarrow.string()
    assert schema.field("text").type == pyarrow.string() and not schema.field("text").nullable


def test_parquet_reads_back_equal(tmp_path: Path, results: list[Result], monkeypatch: pytest.MonkeyPatch) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(parquet_sink, "ROWS_PER_GROUP", 10)  # several row groups, and a partial one at close
    path = tmp_path / "figures.parquet"
    _write_all(path, results)
    figures = _all_figures(results)
    assert parquet.ParquetFile(path).metadata.num_row_groups > 1
    rows = parquet.read_table(path).to_pylist()
    assert [figure_from_row(row) for row in rows] == figures
    by_text = {row["text"]: row for row in rows if row["doc_id"] == "alpha"}
    assert by_text["98.67%"]["value"] == 98.67 and isinstance(by_text["98.67%"]["value"], float)
    assert by_text["98.67%"]["value_text"] == "98.67"
    assert by_text["XX所"]["value"] is None
    assert by_text["2025年9月1日"]["value"] is None and by_text["2025年9月1日"]["value_text"] == "2025-09-01"
    ratio = _figure(results, "31:69")
    assert by_text["31:69"]["value_text"] == str(ratio.value), "the text twin keeps every digit"
    assert by_text["31:69"]["value"] == float(ratio.value)


def test_parquet_with_no_figures_is_a_valid_empty_file(tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "empty.parquet"
    with open_sink(str(path)) as sink:
        sink.write(extract_document("没有数字。", doc_id="plain"))
    table = parquet.read_table(path)
    assert table.num_rows == 0 and table.schema.names == FIGURES.column_names


def test_parquet_without_pyarrow_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(SinkError, match=r"pip install 'policyextract\[parquet\]'"):
        open_sink(str(tmp_path / "figures.parquet"))
    assert not (tmp_path / "figures.parquet").exists()


def test_parquet_refuses_standard_output() -> None:
    with pytest.raises(SinkError, match="file path"):
        open_sink("-", format="parquet")


# --- open_sink -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "format", "expected"),
    [
        ("out.jsonl", None, "JsonlSink"),
        ("out.CSV", None, "CsvSink"),
        ("out.txt", "csv", "CsvSink"),
        ("out.csv", "jsonl", "JsonlSink"),
        ("out.parquet", None, "ParquetSink"),
    ],
)
def test_format_from_argument_or_suffix(tmp_path: Path, name: str, format: str | None, expected: str) -> None:
    if expected == "ParquetSink":
        pytest.importorskip("pyarrow")
    with open_sink(str(tmp_path / name), format) as sink:
        assert type(sink).__name__ == expected


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SinkError, match="cannot tell the format"):
        open_sink(str(tmp_path / "out.txt"))
    with pytest.raises(SinkError, match="unknown format 'xml'"):
        open_sink(str(tmp_path / "out.xml"), "xml")


def test_unwritable_file_names_the_path(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "out.csv"
    with pytest.raises(SinkError, match="missing-folder"):
        open_sink(str(target))


def test_closing_twice_is_harmless(tmp_path: Path, results: list[Result]) -> None:
    path = tmp_path / "out.jsonl"
    sink = open_sink(str(path))
    sink.write(results[0])
    sink.close()
    sink.close()
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(results[0].figures)


def test_finished_documents_survive_an_error_in_the_with_block(tmp_path: Path, results: list[Result]) -> None:
    path = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError), open_sink(str(path)) as sink:
        sink.write(results[0])
        raise RuntimeError("stopped")
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(results[0].figures)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://editor:s3cret@127.0.0.1:5432/edu", "postgresql://editor:***@127.0.0.1:5432/edu"),
        ("postgresql://editor@127.0.0.1/edu", "postgresql://editor@127.0.0.1/edu"),
        ("sqlite:///figures.db", "sqlite:///figures.db"),
    ],
)
def test_hide_password(url: str, shown: str) -> None:
    assert hide_password(url) == shown


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_a_full_disk_is_a_sink_error(results: list[Result], format: str) -> None:
    # the error may come at write or at close (buffered): either way a SinkError naming the file
    with pytest.raises(SinkError, match="/dev/full"), open_sink("/dev/full", format) as sink:
        sink.write(results[1])


# --- a full disk, and files that appear whole or not at all -----------------------------------


def _read_back(path: Path, format: str) -> list[Any]:
    """The figures in a file: as JSON objects for JSONL (whose floats round long ratios), else as Figures."""
    if format == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if format == "csv":
        rows = _read_csv(path, encoding="utf-8-sig")
        return [figure_from_row(csv_row_values(row), empty_is_null=True) for row in rows]
    parquet = pytest.importorskip("pyarrow.parquet")
    return [figure_from_row(row) for row in parquet.read_table(path).to_pylist()]


def _as_written(figures: Any, format: str) -> list[Any]:
    if format == "jsonl":
        return [json.loads(json.dumps(figure.model_dump(mode="json"))) for figure in figures]
    return list(figures)


def _no_full_disk_after(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    """os.write in the file sinks fails with ENOSPC once `limit` bytes are written (a partial write first)."""
    real_write = os.write
    written = {"bytes": 0}

    def write(fd: int, data: Any) -> int:
        room = limit - written["bytes"]
        if room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        count = real_write(fd, bytes(data[:room]))
        written["bytes"] += count
        return count

    monkeypatch.setattr(atomic_file.os, "write", write)


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_a_full_disk_keeps_the_finished_documents_whole(
    results: list[Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, format: str
) -> None:
    path = tmp_path / f"figures.{format}"
    first = extract_document(TEXT, doc_id="first")
    probe = tmp_path / f"probe.{format}"
    _write_all(probe, [first])
    size_of_first = len(probe.read_bytes())
    probe.unlink()
    _no_full_disk_after(monkeypatch, size_of_first + 100)  # the second document is cut mid-way
    sink = open_sink(str(path))
    sink.write(first)
    with pytest.raises(SinkBroken) as caught:
        sink.write(results[1])
    message = str(caught.value)
    assert str(path) in message and "No space left on device" in message and "\n" not in message
    assert "holds the 1 document written before" in message and repr(results[1].document.doc_id) in message
    with pytest.raises(SinkBroken):  # nothing more goes in
        sink.write(first)
    assert not path.exists(), "not under its name before the run ends"
    sink.close()
    monkeypatch.undo()
    assert _read_back(path, format) == _as_written(first.figures, format), "readable, the document whole"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_full_disk_leaves_no_parquet_file_and_the_earlier_one_whole(
    results: list[Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "figures.parquet"
    _write_all(path, results[:1])
    earlier = parquet.read_table(path)
    sink = open_sink(str(path))
    sink.write(results[1])

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "Error writing bytes to file")

    monkeypatch.setattr(sink._writer, "write_table", full)
    with pytest.raises(SinkBroken) as caught:
        sink.close()
    assert str(caught.value) == (
        f"cannot write {path}: No space left on device; a Parquet file is written whole, so it is not written: "
        "none of the 1 document of this run is stored"
    )
    assert parquet.read_table(path) == earlier, "the earlier file is untouched"
    assert [p.name for p in tmp_path.iterdir()] == ["figures.parquet"], "no temporary file is left"


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
def test_an_earlier_file_stays_whole_until_the_run_ends(results: list[Result], tmp_path: Path, format: str) -> None:
    if format == "parquet":
        pytest.importorskip("pyarrow")
    path = tmp_path / f"figures.{format}"
    _write_all(path, results[:1])
    before = path.read_bytes()
    sink = open_sink(str(path))
    sink.write(results[1])
    assert path.read_bytes() == before, "readers see the old file, whole, while the run writes"
    (part,) = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert part.name.startswith(f".figures.{format}.")
    sink.close()
    assert _read_back(path, format) == _as_written(results[1].figures, format)
    assert not part.exists()


def test_a_device_is_written_in_place(results: list[Result]) -> None:
    # renaming a temporary file over /dev/null would replace the device: it is written directly
    with open_sink("/dev/null", "jsonl") as sink:
        sink.write(results[0])
    assert Path("/dev/null").is_char_device()


def _limited(limit: int) -> Any:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize(("format", "limit"), [("jsonl", 30_000), ("csv", 30_000), ("parquet", 8_000)])
def test_command_line_on_a_full_disk(seed_paths: list[Path], tmp_path: Path, format: str, limit: int) -> None:
    """A file-size limit (ulimit -f) stands for a full disk: one line, exit 1, a readable file or none."""
    if format == "parquet":
        pytest.importorskip("pyarrow")
    output = tmp_path / f"out.{format}"
    command = [sys.executable, "-m", "policyextract", "extract", *map(str, seed_paths), "-o", str(output)]
    full = subprocess.run(command, capture_output=True, text=True, timeout=300, preexec_fn=_limited(limit))
    assert full.returncode == 1
    assert "Traceback" not in full.stderr
    (line,) = full.stderr.splitlines()
    assert line.startswith(f"policyextract: cannot write {output}: File too large; ")
    leftovers = [path.name for path in tmp_path.iterdir()]
    if format == "parquet":
        assert "none of the" in line and "is stored" in line
        assert leftovers == [], "no unreadable file"
        return
    assert leftovers == [output.name]
    stored = _read_back(output, format)
    kept = sorted({figure["doc_id"] if format == "jsonl" else figure.doc_id for figure in stored})
    assert f"holds the {len(kept)} document" in line
    expected = [
        figure
        for path in seed_paths
        if path.stem in kept
        for figure in extract_document(path.read_text(encoding="utf-8"), doc_id=path.stem).figures
    ]
    assert stored == _as_written(expected, format), "every document in the file is whole"
    assert _as_written(expected, format), "at least one document was stored"
    missing = seed_paths[len(kept)].stem
    assert f"before '{missing}'" in line and f"'{missing}' and every document after it are not stored" in line


# --- characters that UTF-8 files refuse -------------------------------------------------------


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
def test_undecodable_file_names_and_nul_are_written_losslessly(tmp_path: Path, format: str) -> None:
    if format == "parquet":
        pytest.importorskip("pyarrow")
    doc_id = os.fsdecode(b"report-\xb9\xfa\xbc\xd2")  # GBK bytes in a UTF-8 file system: lone surrogates
    result = extract_document("全市小学入学率为98.67%。\x00另有学校5所,\\udcff不是转义。", doc_id=doc_id)
    assert any("\x00" in figure.sentence for figure in result.figures)
    path = tmp_path / f"figures.{format}"
    _write_all(path, [result])
    if format != "parquet":
        path.read_bytes().decode("utf-8")  # valid UTF-8 throughout
    assert _read_back(path, format) == _as_written(result.figures, format)
    if format == "jsonl":  # JSON's own escapes: the JSON reader gives the same str back
        assert [Figure.model_validate(record) for record in _read_back(path, format)] == list(result.figures)


def test_command_line_on_a_full_disk_under_sqlite(seed_paths: list[Path], tmp_path: Path) -> None:
    database = tmp_path / "figures.db"
    command = [sys.executable, "-m", "policyextract", "extract", *map(str, seed_paths), "--db", f"sqlite:///{database}"]
    full = subprocess.run(command, capture_output=True, text=True, timeout=300, preexec_fn=_limited(150_000))
    assert full.returncode == 1 and "Traceback" not in full.stderr
    (line,) = full.stderr.splitlines()
    import sqlite3

    stored = [row[0] for row in sqlite3.connect(database).execute("SELECT doc_id FROM documents ORDER BY doc_id")]
    assert stored == [path.stem for path in seed_paths[: len(stored)]]
    missing = seed_paths[len(stored)].stem
    assert line.startswith(f"policyextract: cannot write document '{missing}' to sqlite:///")
    assert f"written before it in this run {'is' if len(stored) == 1 else 'are'} stored" in line


# --- the escape of characters some stores refuse ----------------------------------------------

_TRICKY = st.sampled_from(["\\", "u", "d", "c", "f", "0", "8", "\x00", "\udcff", "\ud800", "a", "学"])


@given(st.lists(_TRICKY, max_size=14).map("".join) | st.text())
def test_the_escape_is_lossless_and_storable(text: str) -> None:
    escaped = escape_text(text)
    escaped.encode("utf-8")  # no lone surrogate left
    assert "\x00" not in escaped
    assert unescape_text(escaped) == text


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("国家报告", "国家报告"),
        ("a\udcff.txt", "a\\udcff.txt"),
        ("x\x00y", "x\\u0000y"),
        ("C:\\udcff", "C:\\\\udcff"),  # text that merely reads like an escape: its backslash is doubled
        ("C:\\users", "C:\\users"),  # any other backslash is left alone
    ],
)
def test_the_escape_by_example(text: str, escaped: str) -> None:
    assert escape_text(text) == escaped and unescape_text(escaped) == text
