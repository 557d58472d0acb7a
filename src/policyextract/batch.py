"""Many documents: streaming, per-document results, in parallel processes when asked.

    from policyextract.batch import extract_files
    for result in extract_files(["reports/"], jobs=2, glob="*.txt"):
        if result.document.error: print(result.document.doc_id, result.document.error)

Results come in the order of the inputs (folders walked in sorted order), one per input file,
whatever happens: a document that cannot be read or extracted yields a `Result` whose
`document.error` says why, so a batch never crashes on one bad file and never loses or
duplicates a document. With `jobs > 1` documents run in worker processes; at most a few per
worker are in flight at once, so memory stays flat however many files there are.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError
from .extractor import Extractor, resolve
from .ingest import DEFAULT_MAX_BYTES, STDIN, IngestError, SourceText, iter_paths, read_source, read_stdin
from .models import Document, Result
from .pipeline import content_hash, extract_document

UNCHANGED = "unchanged since the stored run"  # document.error of a document skipped by --resume
_IN_FLIGHT_PER_JOB = 8  # enough queued work to keep each worker busy, little enough to stay small


@dataclass(frozen=True)
class _Task:
    """One document to extract: a path to read in the worker, or text already read (stdin)."""

    doc_id: str
    path: str
    doc_year: int | None
    max_bytes: int
    known_hash: str | None = None
    source: SourceText | None = None
    error: str | None = None  # reading failed before the task was made (stdin)


def extract_files(
    paths: Iterable[str | Path],
    *,
    jobs: int = 1,
    doc_year: int | None = None,
    glob: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    known_hashes: Mapping[str, str] | None = None,
    extractor: Extractor | None = None,
) -> Iterator[Result]:
    """A `Result` per input document, in input order; folders are read recursively.

    `glob` filters the files inside folders; `-` reads standard input. `known_hashes`
    (doc_id → sha256, from a sink) skips documents stored before with the same text: they
    yield a `Result` whose `document.error` is `UNCHANGED` (see `is_unchanged`). A failed
    document yields a `Result` with `document.error` set and no figures. `extractor` holds the
    settings (indicator table, blocklist); by default the default extractor, taken once when the
    iteration starts and sent to every worker process, so `indicator.register` reaches them too.
    """
    if jobs < 1:
        raise ConfigError(f"jobs must be at least 1, not {jobs}")
    tasks = _tasks(paths, glob=glob, doc_year=doc_year, max_bytes=max_bytes, known_hashes=known_hashes or {})
    extractor = resolve(extractor)
    if jobs == 1:
        for task in tasks:
            yield _run(task, extractor)
        return
    yield from _run_in_processes(tasks, jobs, extractor)


def is_unchanged(result: Result) -> bool:
    """True for a document skipped by `known_hashes` because it is already stored as it is."""
    return result.document.error == UNCHANGED


def failed(result: Result) -> bool:
    """True for a document that could not be read or extracted."""
    return result.document.error is not None and not is_unchanged(result)


def _tasks(
    paths: Iterable[str | Path],
    *,
    glob: str | None,
    doc_year: int | None,
    max_bytes: int,
    known_hashes: Mapping[str, str],
) -> Iterator[_Task]:
    taken: set[str] = set()
    for path in iter_paths(paths, glob=glob):
        source = error = None
        if path == STDIN:
            doc_id = _unique("stdin", path, taken)
            try:
                source = read_stdin(doc_id=doc_id, max_bytes=max_bytes)
            except IngestError as failure:
                error = str(failure)
        else:
            doc_id = _unique(Path(path).stem, path, taken)
        yield _Task(doc_id, path, doc_year, max_bytes, known_hashes.get(doc_id), source, error)


def _unique(doc_id: str, path: str, taken: set[str]) -> str:
    """The file's stem, or — when two files share a stem — its path, so neither overwrites the other."""
    candidate = doc_id
    if candidate in taken:
        candidate = os.path.splitext(os.path.normpath(path))[0].replace(os.sep, "/")
    number = 2
    base = candidate
    while candidate in taken:
        candidate, number = f"{base}#{number}", number + 1
    taken.add(candidate)
    return candidate


def _run(task: _Task, extractor: Extractor | None = None) -> Result:
    """Read and extract one document; every failure becomes the document's error."""
    source_name = task.path
    try:
        if task.error is not None:
            raise IngestError(task.error)
        source = (
            task.source
            if task.source is not None
            else read_source(task.path, max_bytes=task.max_bytes, doc_id=task.doc_id)
        )
        source_name = source.source
        if task.known_hash is not None and content_hash(source.text) == task.known_hash:
            return _failure(task, source_name, UNCHANGED)
        return extract_document(
            source.text,
            doc_id=task.doc_id,
            doc_year=task.doc_year,
            source=source.source,
            encoding=source.encoding,
            extractor=extractor or _worker_extractor,
        )
    except IngestError as error:
        return _failure(task, source_name, str(error))
    except Exception as error:  # one document's bug must not end the batch: report it as its error
        return _failure(task, source_name, f"{source_name}: {type(error).__name__}: {error}")


def _failure(task: _Task, source: str, error: str) -> Result:
    return Result(document=Document(doc_id=task.doc_id, source=source, error=error))


def _run_in_processes(tasks: Iterator[_Task], jobs: int, extractor: Extractor) -> Iterator[Result]:
    """Run tasks in `jobs` processes, yielding in task order with a bounded window in flight."""
    window = jobs * _IN_FLIGHT_PER_JOB
    pending: deque[tuple[_Task, Future[Result]]] = deque()
    executor = _pool(jobs, extractor)
    finished = False
    try:
        while True:
            while len(pending) < window:
                task = next(tasks, None)
                if task is None:
                    break
                pending.append((task, executor.submit(_run, task)))
            if not pending:
                finished = True
                return
            task, future = pending[0]
            try:
                result = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory) and took every document in flight with
                # it. Keep what finished, run the rest one by one to find the document at fault.
                executor.shutdown(wait=False, cancel_futures=True)
                pending = deque((other, _finished(other, done, extractor)) for other, done in pending)
                executor = _pool(jobs, extractor)
                continue
            pending.popleft()
            yield result
    finally:
        # When the consumer stops early (--strict, an error) drop queued work without waiting;
        # when all is done, wait, so no worker outlives the batch.
        executor.shutdown(wait=finished, cancel_futures=not finished)


def _pool(jobs: int, extractor: Extractor) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(extractor,))


# The settings of a worker process, sent by its parent when the pool starts (never inherited:
# under `spawn` or `forkserver` a worker shares nothing with the parent).
_worker_extractor: Extractor | None = None


def _start_worker(extractor: Extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor
    # Ctrl-C is the parent's to handle: it stops the batch and keeps what is stored, while a
    # worker interrupted mid-document would only break the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _finished(task: _Task, future: Future[Result], extractor: Extractor) -> Future[Result]:
    """The future itself if it finished well, else a finished future of the task run alone."""
    if future.done() and not future.cancelled() and future.exception() is None:
        return future
    alone: Future[Result] = Future()
    with _pool(1, extractor) as solo:
        try:
            alone.set_result(solo.submit(_run, task).result())
        except BrokenProcessPool:
            alone.set_result(_failure(task, task.path, f"{task.path}: the worker process died extracting it"))
    return alone
