"""File sinks (JSONL, CSV, Parquet), `open_sink` dispatch, and the table layout they share."""

from __future__ import annotations

import csv
import io
import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from policyextract import Figure, Result, extract_document
from policyextract.models import TimeRef
from policyextract.sinks import SinkError, open_sink
from policyextract.sinks import parquet as parquet_sink
from policyextract.sinks.base import hide_password
from policyextract.sinks.files import CsvSink, JsonlSink
from policyextract.sinks.schema import DOCUMENTS, FIGURES, figure_from_row, figure_row

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
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf"), "no BOM unless asked"
    rows = _read_csv(path)
    assert list(rows[0]) == FIGURES.column_names
    assert [figure_from_row(row, empty_is_null=True) for row in rows] == _all_figures(results)
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


def test_csv_to_standard_output(results: list[Result], capsys: pytest.CaptureFixture[str]) -> None:
    with open_sink("-", format="csv") as sink:
        sink.write(results[0])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == len(results[0].figures)


# --- Parquet ---------------------------------------------------------------------------------


def test_parquet_schema_is_typed(tmp_path: Path, results: list[Result]) -> None:
    pyarrow = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "figures.parquet"
    with open_sink(str(path)) as sink:
        sink.write(results[0])
    schema = parquet.read_schema(path)
    assert schema.names == FIGURES.column_names
    assert schema.field("value").type == pyarrow.decimal128(38, 18)
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
    assert by_text["98.67%"]["value"] == Decimal("98.67")
    assert by_text["XX所"]["value"] is None
    assert by_text["2025年9月1日"]["value"] is None and by_text["2025年9月1日"]["value_text"] == "2025-09-01"
    ratio = _figure(results, "31:69")
    assert by_text["31:69"]["value_text"] == str(ratio.value), "exact beyond the 18 decimals of the column"
    assert by_text["31:69"]["value"] == ratio.value.quantize(Decimal("1e-18"))


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
