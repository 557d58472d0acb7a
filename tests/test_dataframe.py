"""to_dataframe: pandas and polars frames over the shared flat layout."""

from __future__ import annotations

import math
import sys
from decimal import Decimal

import pytest

from policyextract import Result, extract_document
from policyextract.dataframe import to_dataframe
from policyextract.sinks.schema import FIGURES

TEXT = (
    "2024年全市小学适龄儿童入学率为98.67%,比上年提高1.2个百分点。全市共有学校XX所。"
    "本办法自2025年9月1日起施行。全市生师比为31:69。"
)


@pytest.fixture(scope="module")
def result() -> Result:
    return extract_document(TEXT, doc_id="alpha")


def test_pandas_frame(result: Result) -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe(result.figures)
    assert list(frame.columns) == FIGURES.column_names
    assert len(frame) == len(result.figures)
    rows = frame.set_index("text")
    assert rows.loc["98.67%", "value"] == pytest.approx(98.67)
    assert rows.loc["98.67%", "time_year"] == 2024
    assert math.isnan(rows.loc["XX所", "value"]), "a masked number is missing, not 0"
    assert math.isnan(rows.loc["2025年9月1日", "value"]) and rows.loc["2025年9月1日", "value_text"] == "2025-09-01"
    ratio = next(figure for figure in result.figures if figure.text == "31:69")
    assert Decimal(rows.loc["31:69", "value_text"]) == ratio.value, "the exact value stays in value_text"
    assert str(frame["value"].dtype) == "float64" and str(frame["start"].dtype) == "Int64"
    assert str(frame["time_year"].dtype) == "Int64" and frame["time_year"].isna().any()


def test_polars_frame(result: Result) -> None:
    polars = pytest.importorskip("polars")
    frame = to_dataframe(result.figures, engine="polars")
    assert frame.columns == FIGURES.column_names and frame.height == len(result.figures)
    assert frame.schema["value"] == polars.Float64 and frame.schema["start"] == polars.Int64
    assert frame.schema["text"] == polars.String
    masked = frame.filter(polars.col("text") == "XX所")
    assert masked["value"].to_list() == [None]
    date = frame.filter(polars.col("kind") == "date").sort("start")
    assert date["value"].null_count() == date.height and date["value_text"].to_list()[0] == "2024"


def test_results_are_expanded_to_their_figures(result: Result) -> None:
    pytest.importorskip("pandas")
    other = extract_document("全省高中阶段毛入学率达到92.3%。", doc_id="beta")
    frame = to_dataframe([result, other])
    assert list(frame["doc_id"].unique()) == ["alpha", "beta"]
    assert len(frame) == len(result.figures) + len(other.figures)


def test_empty_input_keeps_the_columns() -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe([])
    assert frame.empty and list(frame.columns) == FIGURES.column_names


def test_unknown_engine_is_refused(result: Result) -> None:
    with pytest.raises(ValueError, match="engine"):
        to_dataframe(result.figures, engine="spark")  # type: ignore[arg-type]


@pytest.mark.parametrize("engine", ["pandas", "polars"])
def test_missing_library_names_the_extra(result: Result, engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, engine, None)
    with pytest.raises(ImportError, match=r"policyextract\[dataframe\]"):
        to_dataframe(result.figures, engine=engine)  # type: ignore[arg-type]


def test_exported_from_the_package() -> None:
    import policyextract

    exported = getattr(policyextract, "to_dataframe", None)
    if exported is None:
        pytest.xfail("the lead adds `to_dataframe` to policyextract/__init__.py")
    assert exported is to_dataframe
