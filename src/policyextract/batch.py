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

import ctypes
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError
from .extractor import Extractor, resolve
from .ingest import (
    DEFAULT_MAX_BYTES,
    STDIN,
    IngestError,
    Skipped,
    SourceText,
    document_id,
    iter_inputs,
    printable_path,
    read_source,
    read_stdin,
)
from .ingest import source_name as ingest_source_name
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
    paths: str | Path | Iterable[str | Path],
    *,
    jobs: int = 1,
    doc_year: int | None = None,
    glob: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    known_hashes: Mapping[str, str] | None = None,
    extractor: Extractor | None = None,
    doc_id: str | None = None,
    id_root: str | Path | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
) -> Generator[Result, None, None]:
    """A `Result` per input document, in input order; folders are read recursively.

    `paths` is one path (a file or a folder) or several; `glob` filters the files inside
    folders; `-` reads standard input. A file's id is `ingest.document_id` (its name without
    the extension; with `id_root`, its path under that folder); standard input's is
    `stdin-<sha256 prefix>`; `doc_id` names the one document of a run of one file or stdin.
    Two documents of a run with the same id: the second fails, naming the first — it never
    replaces it. `known_hashes` (doc_id → sha256, from a sink) skips documents stored before
    with the same text: they yield a `Result` whose `document.error` is `UNCHANGED` (see
    `is_unchanged`). A failed document yields a `Result` with `document.error` set and no figures.
    `extractor` holds the settings (indicator table, blocklist); by default the default
    extractor, taken once when the iteration starts and sent to every worker process, so
    `indicator.register` reaches them too. What a folder holds but is not read (a FIFO, a link
    loop, a `.doc`: see `ingest.iter_inputs`) is passed to `on_skip` as an `ingest.Skipped`.
    Arguments are checked at the call (`ConfigError`).
    """
    names: list[str]
    if isinstance(paths, (str, Path)) or not isinstance(paths, Iterable):
        names = [_path_argument(paths)]
    else:
        names = [_path_argument(path) for path in paths]
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ConfigError(f"jobs must be a whole number of at least 1, not {jobs!r}")
    if doc_year is not None and (isinstance(doc_year, bool) or not isinstance(doc_year, int)):
        raise ConfigError(f"doc_year must be an int such as 2024 or None, not {doc_year!r}")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise ConfigError(f"max_bytes must be a positive int, not {max_bytes!r}")
    if doc_id is not None and (not isinstance(doc_id, str) or not doc_id):
        raise ConfigError(f"doc_id must be a non-empty str, not {doc_id!r}")
    if doc_id is not None and id_root is not None:
        raise ConfigError("give doc_id or id_root, not both")
    tasks = _tasks(
        names,
        glob=glob,
        doc_year=doc_year,
        max_bytes=max_bytes,
        known_hashes=known_hashes or {},
        doc_id=doc_id,
        id_root=id_root,
        on_skip=on_skip,
    )
    return _results(tasks, jobs, extractor)


def _results(tasks: Iterator[_Task], jobs: int, extractor: Extractor | None) -> Generator[Result, None, None]:
    extractor = resolve(extractor)
    if jobs == 1:
        for task in tasks:
            yield _run(task, extractor)
        return
    yield from _run_in_processes(tasks, jobs, extractor)


def _path_argument(path: object) -> str:
    if isinstance(path, (str, os.PathLike)):
        return os.fspath(path)
    raise ConfigError(f"paths must be file or folder names (str or Path), not {type(path).__name__}: {path!r}")


def is_unchanged(result: Result) -> bool:
    """True for a document skipped by `known_hashes` because it is already stored as it is."""
    return result.document.error == UNCHANGED


def failed(result: Result) -> bool:
    """True for a document that could not be read or extracted."""
    return result.document.error is not None and not is_unchanged(result)


def _tasks(
    paths: Iterable[str],
    *,
    glob: str | None,
    doc_year: int | None,
    max_bytes: int,
    known_hashes: Mapping[str, str],
    doc_id: str | None,
    id_root: str | Path | None,
    on_skip: Callable[[Skipped], None] | None,
) -> Iterator[_Task]:
    taken: dict[str, str] = {}  # id → the input that has it, to name both on a collision
    count = 0
    for path in iter_inputs(paths, glob=glob):
        if isinstance(path, Skipped):
            if on_skip is not None:
                on_skip(path)
            continue
        count += 1
        if doc_id is not None and count > 1:
            raise ConfigError(f"doc_id {doc_id!r} names one document, but {printable_path(path)} is a second")
        source = error = None
        if path == STDIN:
            try:
                source = read_stdin(doc_id=doc_id, max_bytes=max_bytes)
                identity = source.doc_id
            except IngestError as failure:
                identity, error = doc_id or "stdin", str(failure)
            name = "<stdin>"
        else:
            name = printable_path(path)
            try:
                identity = doc_id or document_id(path, id_root=id_root)
            except IngestError as failure:
                identity, error = document_id(path), str(failure)
        if error is None and identity in taken:
            error = (
                f"{name}: its id {identity!r} is taken by {taken[identity]} in this run; not extracted, "
                "so neither replaces the other (name ids after the folders with --id-root / id_root)"
            )
        elif error is None:
            taken[identity] = name
        yield _Task(identity, path, doc_year, max_bytes, known_hashes.get(identity), source, error)


def _run(task: _Task, extractor: Extractor | None = None) -> Result:
    """Read and extract one document; every failure becomes the document's error."""
    stdin = task.path == STDIN
    label = "<stdin>" if stdin else printable_path(task.path)
    source_name = STDIN if stdin else ingest_source_name(task.path)
    try:
        if task.error is not None:
            raise IngestError(task.error)
        source = (
            task.source
            if task.source is not None
            else read_source(task.path, max_bytes=task.max_bytes, doc_id=task.doc_id)
        )
        if task.known_hash is not None and content_hash(source.text) == task.known_hash:
            return _failure(task, source_name, UNCHANGED)
        result = extract_document(
            source.text,
            doc_id=task.doc_id,
            doc_year=task.doc_year,
            source=source.source,
            encoding=source.encoding,
            extractor=extractor or _worker_extractor,
        )
        if source.warnings:
            return Result(document=result.document, figures=result.figures, warnings=source.warnings)
        return result
    except IngestError as error:
        return _failure(task, source_name, str(error))
    except Exception as error:  # one document's bug must not end the batch: report it as its error
        return _failure(task, source_name, f"{label}: {type(error).__name__}: {error}")


def _failure(task: _Task, source: str, error: str) -> Result:
    return Result(document=Document(doc_id=task.doc_id, source=source, error=error))


def _run_in_processes(tasks: Iterator[_Task], jobs: int, extractor: Extractor) -> Generator[Result, None, None]:
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
                pending.append((task, _submit(executor, task)))
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
        # When all is done, wait, so no worker outlives the batch. When the consumer stops early
        # (--strict, Ctrl-C, SIGTERM, an error) end the workers now: the documents they hold
        # are abandoned anyway, and waiting for them would keep a killed run alive.
        if not finished:
            _end_workers(executor)
        executor.shutdown(wait=True, cancel_futures=not finished)


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _submit(executor: ProcessPoolExecutor, task: _Task) -> Future[Result]:
    """Submit with Ctrl-C and SIGTERM held back: a submit may fork the workers, and a
    KeyboardInterrupt raised inside the fork's bookkeeping (an at-fork handler) is swallowed
    and leaves the pool half made. Held, the signal arrives right after, where it stops the
    batch cleanly."""
    try:
        held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    except (AttributeError, ValueError, OSError):  # no pthread_sigmask (Windows)
        return executor.submit(_run, task)
    try:
        return executor.submit(_run, task)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _end_workers(executor: ProcessPoolExecutor) -> None:
    # The pool has no public way to stop its processes mid-task; `_processes` is the map of
    # them that it keeps itself (pid → Process), stable since Python 3.2.
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()


def _pool(jobs: int, extractor: Extractor) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(extractor, os.getpid()))


# The settings of a worker process, sent by its parent when the pool starts (never inherited:
# under `spawn` or `forkserver` a worker shares nothing with the parent).
_worker_extractor: Extractor | None = None


def _start_worker(extractor: Extractor, parent: int) -> None:
    global _worker_extractor
    _worker_extractor = extractor
    # Ctrl-C is the parent's to handle: it stops the batch and keeps what is stored, while a
    # worker interrupted mid-document would only break the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM ends a worker at once (the parent's own handler, inherited by fork, would raise
    # inside whatever the worker is doing)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # forked while `_submit` held them
    _die_with(parent)


_PR_SET_PDEATHSIG = 1  # prctl option, linux/prctl.h
_WATCH_SECONDS = 1.0  # how often a worker checks that its parent still lives


def _die_with(parent: int) -> None:
    """End this worker when the process that started the batch dies, however it dies (SIGKILL
    included: then it can tell no one). On Linux the kernel sends SIGKILL at once
    (PR_SET_PDEATHSIG); everywhere a watchdog thread notices within a second."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no usable libc: the watchdog alone
    starter = os.getppid()  # the parent itself, or the forkserver that forked this worker for it
    if not _alive(parent):
        os._exit(1)  # the parent died before the signal was armed
    threading.Thread(target=_watch, args=(parent, starter), name="policyextract-watchdog", daemon=True).start()


def _watch(parent: int, starter: int) -> None:
    while True:
        time.sleep(_WATCH_SECONDS)
        if os.getppid() != starter or not _alive(parent):
            os._exit(1)  # orphaned: no one will read what this worker produces


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user: not ours to judge
    return True


def _finished(task: _Task, future: Future[Result], extractor: Extractor) -> Future[Result]:
    """The future itself if it finished well, else a finished future of the task run alone."""
    if future.done() and not future.cancelled() and future.exception() is None:
        return future
    alone: Future[Result] = Future()
    with _pool(1, extractor) as solo:
        try:
            alone.set_result(_submit(solo, task).result())
        except BrokenProcessPool:
            name = "<stdin>" if task.path == STDIN else printable_path(task.path)
            source = STDIN if task.path == STDIN else ingest_source_name(task.path)
            alone.set_result(_failure(task, source, f"{name}: the worker process died extracting it"))
    return alone
