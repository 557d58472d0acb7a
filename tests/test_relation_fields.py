"""Issue 12's record fields `part_of` and `commitment`: optional, null by default, and carried by
every sink, the JSON Schema and the flat layout, so that records and files made before them
stay valid."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import get_args

import pytest

from policyextract import Document, Figure, Result
from policyextract.models import COMMITMENTS, Commitment
from policyextract.sinks import open_sink
from policyextract.sinks.files import csv_row_values
from policyextract.sinks.schema import FIGURES, figure_from_row, figure_row

TEXT = "全县共有中小学56所,其中小学42所、初中14所。确保入学率达到99%,预计招生达到1200人。"


def _figure(text: str, **fields: object) -> Figure:
    start = TEXT.index(text)
    base: dict[str, object] = {
        "doc_id": "rel",
        "start": start,
        "end": start + len(text),
        "text": text,
        "kind": "count",
        "value": 1,
        "unit": "所",
        "rule": "count",
    }
    return Figure.model_validate(base | fields)


def related() -> Result:
    """A document whose figures carry both fields, set by hand (the stages are tested elsewhere)."""
    total = _figure("56所", value=56, modality="actual")
    figures = (
        total,
        _figure("42所", value=42, modality="actual", part_of=total.start),
        _figure("14所", value=14, modality="actual", part_of=total.start),
        _figure("99%", kind="percentage", value=99, unit="%", modality="target", commitment="binding"),
        _figure("1200人", value=1200, unit="人", modality="other", commitment="forecast"),
    )
    document = Document(doc_id="rel", length=len(TEXT), figure_count=len(figures))
    return Result(document=document, figures=figures)


def test_the_fields_are_optional_and_null_by_default() -> None:
    old = _figure("56所").model_dump(mode="json")
    del old["part_of"], old["commitment"]  # a record written before issue 12
    figure = Figure.model_validate(old)
    assert figure.part_of is None and figure.commitment is None
    assert set(COMMITMENTS) == {"binding", "aim", "forecast"} == set(get_args(Commitment))


def test_commitment_outside_the_enumeration_and_a_negative_offset_are_refused() -> None:
    with pytest.raises(ValueError, match="commitment"):
        _figure("56所", commitment="firm")
    with pytest.raises(ValueError, match="part_of"):
        _figure("42所", part_of=-1)


def test_json_schema_publishes_both() -> None:
    properties = Figure.model_json_schema()["properties"]
    commitment = json.dumps(properties["commitment"])
    assert all(f'"{value}"' in commitment for value in ("binding", "aim", "forecast"))
    assert properties["commitment"]["default"] is None and properties["part_of"]["default"] is None
    assert {"type": "integer", "minimum": 0} in properties["part_of"]["anyOf"]
    assert "part_of" not in Figure.model_json_schema().get("required", [])


def test_cli_schema_shows_both(capsys: pytest.CaptureFixture[str]) -> None:
    from policyextract.cli import main

    assert main(["schema"]) == 0
    properties = json.loads(capsys.readouterr().out)["properties"]
    assert {"part_of", "commitment"} <= set(properties)


def test_flat_layout_has_a_column_each() -> None:
    assert FIGURES.column("part_of").type == "integer" and FIGURES.column("part_of").nullable
    assert FIGURES.column("commitment").type == "text" and FIGURES.column("commitment").nullable
    row = figure_row(related().figures[1])
    assert row["part_of"] == TEXT.index("56所") and row["commitment"] is None


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_files_keep_both(tmp_path: Path, suffix: str) -> None:
    if suffix == "parquet":
        parquet = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / f"figures.{suffix}"
    result = related()
    with open_sink(str(path)) as sink:
        sink.write(result)
    if suffix == "jsonl":
        back = [Figure.model_validate(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()]
    elif suffix == "csv":
        with open(path, encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream))
        back = [figure_from_row(csv_row_values(row), empty_is_null=True) for row in rows]
    else:
        back = [figure_from_row(row) for row in parquet.read_table(path).to_pylist()]
    assert back == list(result.figures)
    assert [figure.part_of for figure in back] == [None, 7, 7, None, None]  # 56所 starts at 7
    assert [figure.commitment for figure in back] == [None, None, None, "binding", "forecast"]


def test_a_flat_row_from_before_the_fields_reads_as_null() -> None:
    row = figure_row(related().figures[1])
    del row["part_of"], row["commitment"]  # a CSV or table written before issue 12
    figure = figure_from_row(row)
    assert figure.part_of is None and figure.commitment is None


def test_commitment_is_the_documented_literal_from_meaning_to_record() -> None:
    from typing import get_type_hints

    from policyextract.context import Meaning

    records = (Path(__file__).resolve().parents[1] / "docs" / "records.md").read_text(encoding="utf-8")
    line = next(line for line in records.splitlines() if line.startswith("| `commitment` |"))
    assert all(f"`{value}`" in line for value in COMMITMENTS)
    assert get_type_hints(Figure)["commitment"] == Commitment | None
    assert get_type_hints(Meaning)["commitment"] == Commitment | None
