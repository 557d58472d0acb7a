"""Extraction past one machine: map over a Dask bag of documents, write partitioned Parquet.

Needs the optional `dask` extra (dask[bag,dataframe,distributed], pyarrow, pandas)::

    import dask.bag as db
    from dask.distributed import Client
    from policyextract.dask import extract_to_parquet

    client = Client("scheduler:8786")            # or LocalCluster(); without one, dask's default scheduler
    paths = db.from_sequence(sorted(glob("reports/**/*.txt")), npartitions=64)
    summary = extract_to_parquet(paths, "out/")   # items: file paths, or (doc_id, text) pairs
    # out/figures/part-00000.parquet …, out/documents/part-00000.parquet …: one file per bag partition

Each partition is extracted and written by the worker that holds it, so no figures travel back to
the client; read the result with `dask.dataframe.read_parquet("out/figures")`, pandas, polars or
DuckDB. Columns and types are those of the Parquet sink (`sinks.parquet`: `value` float64 beside the
exact `value_text`). One bad document never stops the job — one that cannot be read or extracted,
an item that is no document (`42`, a tuple of three), an extraction that raises: its `documents`
row carries the error, `out/failures/` holds it as a row of the databases' `failures` table
(doc_id, source, error, extractor_version, extracted_at), and `summary.failed` lists it as
(doc_id, error).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import MissingExtraError, PolicyExtractError
from .extractor import Extractor, resolve
from .ingest import IngestError, read_source
from .models import Document, Result
from .pipeline import extract_document
from .sinks.atomic import AtomicFile
from .sinks.parquet import documents_table, failures_table, figures_table, import_pyarrow

DocumentItem = str | os.PathLike[str] | tuple[str, str]


def _import_dask() -> Any:
    try:
        import dask
        import dask.bag
    except ImportError as error:
        raise MissingExtraError(
            "policyextract.dask needs the optional 'dask' extra: pip install 'policyextract[dask]'", name=error.name
        ) from error
    return dask


def extract_item(item: DocumentItem, doc_year: int | None = None, extractor: Extractor | None = None) -> Result:
    """One bag item → its Result, whatever happens: a document that cannot be read or extracted, or
    an item that is no document at all, becomes a Document carrying the error, so one bad document
    is reported in the job's summary and its `documents` rows and never ends the job."""
    try:
        return _extract_item(item, doc_year, extractor)
    except Exception as error:  # a bug or a malformed item: this document's failure, not the job's
        return Result(
            document=Document(
                doc_id=_item_id(item), source=_item_source(item), error=f"{type(error).__name__}: {error}"
            )
        )


def _extract_item(item: DocumentItem, doc_year: int | None, extractor: Extractor | None) -> Result:
    if isinstance(item, tuple):
        doc_id, text = item
        source = encoding = None
    else:
        try:
            loaded = read_source(os.fspath(item))
        except IngestError as error:
            return Result(document=Document(doc_id=Path(item).stem, source=str(item), error=str(error)))
        doc_id, text, source, encoding = loaded.doc_id, loaded.text, loaded.source, loaded.encoding
    try:
        return extract_document(
            text, doc_id=doc_id, doc_year=doc_year, source=source, encoding=encoding, extractor=extractor
        )
    except PolicyExtractError as error:  # an input too large, a scan past its time limit
        return Result(document=Document(doc_id=doc_id, source=source, error=str(error)))


def _item_id(item: object) -> str:
    """A doc_id for an item that failed before it had one: its pair's id, its file's stem, or its repr."""
    if isinstance(item, tuple) and item and isinstance(item[0], str):
        return item[0]
    if isinstance(item, str | os.PathLike):
        return Path(item).stem
    return repr(item)[:80]


def _item_source(item: object) -> str | None:
    return os.fsdecode(item) if isinstance(item, str | os.PathLike) else None


def extract_bag(documents: Any, doc_year: int | None = None, extractor: Extractor | None = None) -> Any:
    """A bag of documents (paths or (doc_id, text) pairs) → a lazy bag of `Result` records.

    The extractor (default: the default extractor as it stands now) travels with the tasks, so
    its settings apply on every worker, however it was started."""
    _import_dask()
    return documents.map(extract_item, doc_year=doc_year, extractor=resolve(extractor))


@dataclass(frozen=True)
class PartitionWritten:
    """What one partition wrote."""

    figures_path: str
    documents_path: str
    documents: int
    figures: int
    failed: tuple[tuple[str, str], ...] = ()  # (doc_id, error) of documents that could not be extracted
    failures_path: str = ""  # failures/part-NNNNN.parquet: the failed documents, as the databases' table


@dataclass(frozen=True)
class ParquetSummary:
    """What the whole job wrote, partition by partition."""

    output_dir: str
    partitions: tuple[PartitionWritten, ...] = field(default_factory=tuple)

    @property
    def documents(self) -> int:
        return sum(partition.documents for partition in self.partitions)

    @property
    def figures(self) -> int:
        return sum(partition.figures for partition in self.partitions)

    @property
    def failed(self) -> list[tuple[str, str]]:
        return [failure for partition in self.partitions for failure in partition.failed]


def write_partition(results: Iterable[Result], output_dir: str, index: int) -> PartitionWritten:
    """Write one partition's results as figures/, documents/ and failures/part-NNNNN.parquet."""
    parquet = import_pyarrow().parquet
    results = list(results)
    paths = {}
    for table_name in ("figures", "documents", "failures"):
        folder = Path(output_dir) / table_name
        folder.mkdir(parents=True, exist_ok=True)
        paths[table_name] = str(folder / f"part-{index:05d}.parquet")
    figures = [figure for result in results for figure in result.figures]
    _write_whole(parquet, figures_table(figures), paths["figures"])
    _write_whole(parquet, documents_table(result.document for result in results), paths["documents"])
    failures = [result.document for result in results if result.document.error is not None]
    _write_whole(parquet, failures_table(failures), paths["failures"])
    failed = tuple((document.doc_id, document.error or "") for document in failures)
    return PartitionWritten(
        paths["figures"], paths["documents"], len(results), len(figures), failed, failures_path=paths["failures"]
    )


def _write_whole(parquet: Any, table: Any, path: str) -> None:
    """Write a part under a hidden temporary name (readers skip names starting with '.'), then rename:
    a part file is complete or absent, never unreadable, however the worker dies."""
    output = AtomicFile(path)
    try:
        parquet.write_table(table, output.path)
    except BaseException:
        output.discard()
        raise
    output.finish()


def extract_to_parquet(
    documents: Any,
    output_dir: str | os.PathLike[str],
    *,
    doc_year: int | None = None,
    npartitions: int | None = None,
    scheduler: str | None = None,
    extractor: Extractor | None = None,
) -> ParquetSummary:
    """Extract every document of a Dask bag (or a plain sequence) and write partitioned Parquet.

    `documents` is a `dask.bag.Bag` or any iterable of paths / (doc_id, text) pairs, made into a bag
    of `npartitions` partitions. The work runs on the active `dask.distributed.Client` if there is
    one, else on `scheduler` ("processes", "threads", "sync") or dask's default, with `extractor`'s
    settings (default: the default extractor). Returns what each partition wrote; files of an
    earlier run in `output_dir` with higher part numbers are not removed.
    """
    dask = _import_dask()
    if not isinstance(documents, dask.bag.Bag):
        items = list(documents)
        documents = dask.bag.from_sequence(items, npartitions=npartitions or max(1, min(len(items), 100)))
    output = os.fspath(output_dir)
    results = extract_bag(documents, doc_year=doc_year, extractor=extractor)
    writes = [
        dask.delayed(write_partition)(partition, output, index) for index, partition in enumerate(results.to_delayed())
    ]
    written = dask.compute(*writes, scheduler=scheduler)
    return ParquetSummary(output_dir=output, partitions=tuple(written))
