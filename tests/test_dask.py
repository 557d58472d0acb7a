"""policyextract.dask end to end: a bag of documents → partitioned Parquet, on a local Dask cluster."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# the module needs the `dask` extra: skip, not fail, where it is not installed
pytest.importorskip("dask.bag")
pytest.importorskip("dask.distributed")
pytest.importorskip("pyarrow")

import dask.bag
import pyarrow.dataset
from dask.distributed import Client, LocalCluster

from policyextract import Extractor, extract_document, indicator
from policyextract.dask import extract_bag, extract_to_parquet
from policyextract.ingest import read_source
from policyextract.sinks.parquet import arrow_schema
from policyextract.sinks.schema import DOCUMENTS, FIGURES, figure_from_row, figure_row
from policyextract.sinks.text import escape_text

PAIR_TEXT = "2024年全市小学适龄儿童入学率为98.67%,全市共有学校XX所。"


@pytest.fixture(scope="module")
def cluster_client() -> Iterator[Client]:
    """Two worker processes on this machine: the same code path as a real cluster."""
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        yield client


def _expected_rows(seed_paths: list[Path], *, with_pair: bool = True) -> list[dict[str, Any]]:
    results = [extract_document(path.read_text(encoding="utf-8"), doc_id=path.stem) for path in seed_paths]
    if with_pair:
        results.append(extract_document(PAIR_TEXT, doc_id="pair"))
    return [figure_row(figure) for result in results for figure in result.figures]


def _key(row: dict[str, Any]) -> tuple[str, int, int]:
    return (row["doc_id"], row["start"], row["end"])


def test_extract_to_parquet_on_a_local_cluster(cluster_client: Client, seed_paths: list[Path], tmp_path: Path) -> None:
    items: list[Any] = [str(path) for path in seed_paths]
    items += [("pair", PAIR_TEXT), str(tmp_path / "missing.txt")]
    bag = dask.bag.from_sequence(items, npartitions=3)

    summary = extract_to_parquet(bag, tmp_path / "out")

    assert len(summary.partitions) == 3
    assert summary.documents == len(items)
    assert [doc_id for doc_id, _ in summary.failed] == ["missing"]
    assert "missing.txt" in summary.failed[0][1]
    figure_files = sorted((tmp_path / "out" / "figures").glob("part-*.parquet"))
    assert [path.name for path in figure_files] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert not list((tmp_path / "out").rglob("*.part")), "no temporary file is left"

    table = pyarrow.dataset.dataset(tmp_path / "out" / "figures", format="parquet").to_table()
    assert table.schema == arrow_schema(FIGURES)
    expected = _expected_rows(seed_paths)
    assert table.num_rows == summary.figures == len(expected)
    stored = sorted(table.to_pylist(), key=_key)
    assert [figure_from_row(row) for row in stored] == [figure_from_row(row) for row in sorted(expected, key=_key)]

    documents = pyarrow.dataset.dataset(tmp_path / "out" / "documents", format="parquet").to_table()
    assert documents.schema == arrow_schema(DOCUMENTS)
    by_id = {row["doc_id"]: row for row in documents.to_pylist()}
    assert set(by_id) == {path.stem for path in seed_paths} | {"pair", "missing"}
    assert by_id["missing"]["error"] and by_id["pair"]["error"] is None
    assert by_id[seed_paths[0].stem]["encoding"] == "utf-8" and by_id[seed_paths[0].stem]["sha256"]


def test_extract_bag_returns_results(cluster_client: Client) -> None:
    bag = dask.bag.from_sequence([("a", PAIR_TEXT), ("b", "没有数字。")], npartitions=2)
    results = extract_bag(bag, doc_year=2024).compute()
    assert [result.document.doc_id for result in results] == ["a", "b"]
    assert results[0].figures == extract_document(PAIR_TEXT, doc_id="a", doc_year=2024).figures
    assert results[1].figures == ()


def test_plain_sequence_with_the_process_scheduler(seed_paths: list[Path], tmp_path: Path) -> None:
    """No cluster: a list is made into a bag, and dask's multiprocessing scheduler runs it."""
    summary = extract_to_parquet(seed_paths[:2], tmp_path / "out", npartitions=2, scheduler="processes")
    assert summary.documents == 2 and not summary.failed
    table = pyarrow.dataset.dataset(tmp_path / "out" / "figures", format="parquet").to_table()
    assert table.num_rows == summary.figures == len(_expected_rows(seed_paths[:2], with_pair=False)) > 0
    assert set(table.column("doc_id").to_pylist()) == {path.stem for path in seed_paths[:2]}


MEALS = {"code": "nutrition_meals", "keywords": ["营养餐"], "kinds": ["count"]}
MEALS_ITEMS = [("m1", "全县发放营养餐12万份。"), ("m2", "全县发放营养餐3万份。")]


def _indicators(folder: Path) -> list[str | None]:
    table = pyarrow.dataset.dataset(folder / "figures", format="parquet").to_table()
    return sorted(table.column("indicator").to_pylist())


def test_an_extractors_settings_reach_the_dask_workers(cluster_client: Client, tmp_path: Path) -> None:
    # the workers are separate (spawned) processes: only what travels with the tasks reaches them
    bag = dask.bag.from_sequence(MEALS_ITEMS, npartitions=2)
    extract_to_parquet(bag, tmp_path / "out", extractor=Extractor(indicators=[MEALS]))
    assert _indicators(tmp_path / "out") == ["nutrition_meals", "nutrition_meals"]


def test_registered_indicators_reach_the_dask_workers(cluster_client: Client, tmp_path: Path) -> None:
    saved = list(indicator._ENTRIES)
    try:
        indicator.register(MEALS)
        extract_to_parquet(dask.bag.from_sequence(MEALS_ITEMS, npartitions=2), tmp_path / "out")
    finally:
        indicator._ENTRIES[:] = saved
    assert _indicators(tmp_path / "out") == ["nutrition_meals", "nutrition_meals"]


def test_one_bad_document_is_reported_and_never_ends_the_job(
    cluster_client: Client, seed_paths: list[Path], tmp_path: Path
) -> None:
    """Items that are no document, or whose extraction raises, become failed documents; the rest is written."""
    odd_name = tmp_path / os.fsdecode(b"report-\xb9\xfa.txt")  # a file name that is not UTF-8
    odd_name.write_text(PAIR_TEXT, encoding="utf-8")
    items: list[Any] = [str(seed_paths[0]), 42, ("three", "parts", "tuple"), ("pair", PAIR_TEXT), str(odd_name)]
    summary = extract_to_parquet(dask.bag.from_sequence(items, npartitions=2), tmp_path / "out")

    assert summary.documents == len(items)
    failed = dict(summary.failed)
    assert set(failed) == {"42", "three"}
    assert failed["42"].startswith("TypeError") and failed["three"].startswith("ValueError")
    table = pyarrow.dataset.dataset(tmp_path / "out" / "figures", format="parquet").to_table()
    doc_ids = set(table.column("doc_id").to_pylist())
    assert doc_ids == {seed_paths[0].stem, "pair", escape_text(read_source(odd_name).doc_id)}
    documents = pyarrow.dataset.dataset(tmp_path / "out" / "documents", format="parquet").to_table().to_pylist()
    assert {row["doc_id"] for row in documents if row["error"]} == {"42", "three"}
    failures = pyarrow.dataset.dataset(tmp_path / "out" / "failures", format="parquet").to_table().to_pylist()
    assert sorted((row["doc_id"], row["error"]) for row in failures) == sorted(summary.failed)
    assert all(row["extractor_version"] and row["extracted_at"] for row in failures)
