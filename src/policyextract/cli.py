"""The command line: a thin layer over the public API.

    policyextract extract reports/ --db sqlite:///figures.db --jobs 2
    policyextract extract a.txt b.html c.docx --format csv -o figures.csv
    cat page.html | policyextract extract - > figures.jsonl
    policyextract schema

Exit status: 0 when every document was extracted, 1 when some failed (they are listed), 2 on
a usage error, 130 on Ctrl-C, 143 on SIGTERM (see `policyextract extract --help`).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from pydantic import BaseModel

from . import __version__, build
from .batch import extract_files, failed, is_unchanged
from .check import Finding
from .errors import ConfigError, IndicatorError, PolicyExtractError
from .extractor import Extractor
from .ingest import (
    DEFAULT_MAX_BYTES,
    NOT_A_DOCUMENT,
    STDIN,
    IngestError,
    Skipped,
    format_size,
    iter_paths,
    printable_path,
    read_source,
    read_stdin,
)
from .models import Document, Figure, Result
from .sinks.base import SinkBroken, SinkError, hide_password

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143
_FORMATS = ("jsonl", "csv", "parquet")
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
_SCHEMAS: dict[str, type[BaseModel]] = {"figure": Figure, "document": Document, "result": Result, "finding": Finding}


class UsageError(PolicyExtractError):
    """A command line that cannot run as given (exit status 2)."""


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    try:
        args, unknown = parser.parse_known_args(argv)
        if unknown:  # the subcommand's usage, not the top-level one, and a guess at the typo
            command = _COMMANDS.get(getattr(args, "command", None) or "", parser)
            command.error(_unrecognized(unknown, command))
    except SystemExit as exit_:  # argparse exits 2 on a usage error, 0 on --help and --version
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "eval":
            from .cli_eval import run_eval

            return run_eval(args)
        if args.command == "check":
            from .cli_check import run_check

            return run_check(args)
        if args.command == "view":
            from .cli_view import run_view

            return run_view(args)
        if args.command == "schema":
            print(json.dumps(_SCHEMAS[args.record].model_json_schema(), ensure_ascii=False, indent=2))
            return EXIT_OK
    except UsageError as error:
        print(f"policyextract: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    parser.print_help(sys.stderr)
    return EXIT_USAGE


_EXIT_STATUS = """exit status:
  0    every document extracted (files skipped inside folders are listed, not failures)
  1    some document failed: each is listed with its reason; the others are written
  2    a usage error (a bad option, a malformed --db URL)
  130  interrupted (Ctrl-C), 143 terminated (SIGTERM): what was reported done is stored"""

_MAIN_EPILOG = f"""examples:
  policyextract extract report.txt                      one JSON record a line, to stdout
  policyextract extract reports/ --db sqlite:///figures.db --jobs 2
  policyextract explain "到2025年学前三年毛入园率达到92%以上"
  policyextract eval my_gold/                           score the extractor on annotated documents
  policyextract check report.txt                        where the figures contradict each other
  policyextract view report.txt -o report.html          the document with its figures marked, in a browser
  policyextract extract --help                          every option of extract

{_EXIT_STATUS}"""

_EXTRACT_EPILOG = f"""examples:
  policyextract extract report.txt --format jsonl
  policyextract extract reports/ --glob '*.txt' --db sqlite:///figures.db --jobs 2 --resume
  policyextract extract reports/ --id-root reports --db sqlite:///figures.db   ids 2022/report, 2023/report
  policyextract extract a.txt b.html c.docx -o figures.csv
  cat report.txt | policyextract extract --doc-id report-2025 --doc-year 2025

A file's id is its name without the extension; two inputs with one id are never stored over
each other (the second fails, naming the first).

{_EXIT_STATUS}"""

_EXPLAIN_EPILOG = """examples:
  policyextract explain "全市小学适龄儿童入学率为98.67%,比上年提高1.2个百分点。"
  policyextract explain report.txt --doc-year 2025     a file: read as extract reads it
  cat report.txt | policyextract explain

exit status: 0 explained, 1 the file cannot be read, 2 a usage error"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policyextract",
        description="Every quantitative figure of Chinese education policy texts, as typed records.",
        epilog=_MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"policyextract {__version__} ({build()})")
    commands = parser.add_subparsers(dest="command")
    extract = commands.add_parser(
        "extract",
        help="extract figures from documents",
        description="Extract the figures of files, folders (read recursively) or standard input ('-').",
        epilog=_EXTRACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("paths", nargs="*", help="files or folders; '-' or nothing reads standard input")
    extract.add_argument("--glob", help="only the files inside folders whose name matches, e.g. '*.txt'")
    extract.add_argument("--format", choices=_FORMATS, help="output format (default: from -o's suffix, else jsonl)")
    extract.add_argument("-o", "--output", help="output file (default: standard output)")
    extract.add_argument("--db", metavar="URL", help="database to write to: sqlite:///figures.db, postgresql://…")
    extract.add_argument("--jobs", type=int, default=1, metavar="N", help="documents run in N processes (default 1)")
    extract.add_argument("--resume", action="store_true", help="skip documents stored with the same text (--db)")
    extract.add_argument("--doc-year", type=int, default=None, help="the year the documents speak from")
    extract.add_argument("--doc-id", metavar="ID", help="the id of the one document (a single file or standard input)")
    extract.add_argument(
        "--id-root",
        metavar="DIR",
        help="ids are the files' paths under DIR without the extension (2023/report), for trees that repeat names",
    )
    extract.add_argument(
        "--max-size",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help=f"skip larger files: megabytes, or with a unit: 500KB, 2GB (default {format_size(DEFAULT_MAX_BYTES)})",
    )
    _settings_arguments(extract)
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    extract.add_argument("--strict", action="store_true", help="stop at the first document that fails")
    explain = commands.add_parser(
        "explain",
        help="show each figure of a text and the rules and cues that decided its fields",
        description="Show each figure of TEXT, of the file TEXT names, or of standard input, and why "
        "each field is what it is.",
        epilog=_EXPLAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    explain.add_argument("text", nargs="?", help="the text, or a file to read; standard input when omitted")
    explain.add_argument("--doc-year", type=int, default=None, help="the year the text speaks from")
    _settings_arguments(explain)
    from .cli_eval import add_eval_parser

    _settings_arguments(add_eval_parser(commands))
    from .cli_check import add_check_parser

    _settings_arguments(add_check_parser(commands))
    from .cli_view import add_view_parser

    _settings_arguments(add_view_parser(commands))
    schema = commands.add_parser("schema", help="print the JSON Schema of the records")
    schema.add_argument("record", nargs="?", choices=sorted(_SCHEMAS), default="figure")
    _COMMANDS.update(commands.choices)
    return parser


_COMMANDS: dict[str, argparse.ArgumentParser] = {}  # filled by _parser: each subcommand's parser


def _unrecognized(unknown: list[str], parser: argparse.ArgumentParser) -> str:
    """argparse's message, with the nearest option for a mistyped one (--jbos → --jobs)."""
    options = [option for action in parser._actions for option in action.option_strings]
    guesses = []
    for argument in unknown:
        if argument.startswith("-"):
            close = difflib.get_close_matches(argument.split("=", 1)[0], options, n=1)
            if close:
                guesses.append(f"{argument.split('=', 1)[0]} → {close[0]}?")
    message = f"unrecognized arguments: {' '.join(printable_path(argument) for argument in unknown)}"
    return message + (f" (did you mean {', '.join(guesses)})" if guesses else "")


_UNITS = {"": 1024 * 1024, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}


def _size(text: str) -> int:
    """A --max-size: megabytes (`100`, `0.5`) or a number with a unit (`500KB`, `2GB`)."""
    number = text.strip().rstrip("BbKkMmGg")
    unit = text.strip()[len(number) :].lower()
    try:
        value = float(number) * _UNITS[unit]
    except (ValueError, KeyError):
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (give megabytes, or e.g. 500KB, 2MB)") from None
    if not value >= 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 byte, not {text!r}")
    return int(value)


def _settings_arguments(command: argparse.ArgumentParser) -> None:
    """The options that make an `Extractor` (each repeatable)."""
    command.add_argument(
        "--indicators",
        action="append",
        metavar="FILE",
        help="extra indicator entries (TOML or JSON, docs/meaning.md), tried before the built-in ones",
    )
    command.add_argument("--classifier", action="append", metavar="WORD", help="an extra counting classifier: 枚")
    command.add_argument(
        "--blocklist", action="append", metavar="WORD", help="a word whose numerals are no figure: 三支一扶"
    )


def _extractor(args: argparse.Namespace) -> Extractor | None:
    """The settings the command line asks for; None for the defaults. A bad one is a usage error."""
    if not (args.indicators or args.classifier or args.blocklist):
        return None
    try:
        return Extractor(
            indicators=[Path(path) for path in args.indicators or ()],
            classifiers=args.classifier or (),
            blocklist=args.blocklist or (),
        )
    except IndicatorError as error:
        raise UsageError(f"--indicators: {error}") from error
    except ConfigError as error:
        raise UsageError(str(error)) from error


def _explain(args: argparse.Namespace) -> int:
    from .explain import explain

    extractor = _extractor(args)
    if args.text is None and sys.stdin.isatty():
        raise UsageError("give a text to explain, or pipe one in")
    if args.text is None:
        text = read_stdin().text
    elif os.path.isfile(args.text):  # a file: read (and decoded) as extract reads it
        try:
            text = read_source(args.text).text
        except IngestError as error:
            print(f"policyextract: {one_line(str(error))}", file=sys.stderr)
            return EXIT_FAILED
    else:
        text = args.text
    print(explain(text, doc_year=args.doc_year, extractor=extractor))
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# extract


def _extract(args: argparse.Namespace) -> int:
    target, output_format = _target(args)
    extractor = _extractor(args)
    if not args.paths and sys.stdin.isatty():
        raise UsageError("no input: give files or folders, or pipe a document into standard input")
    paths = args.paths or [STDIN]
    started = time.perf_counter()
    summary = _Summary(quiet=args.quiet)
    progress = _Progress.for_run(paths, args, sys.stderr)
    status = EXIT_OK
    results: Generator[Result, None, None] | None = None
    terminated: list[int] = []
    previous_handler = _on_sigterm(_interrupt_recording(terminated))
    try:
        with _open_sink(target, output_format) as sink:
            stored = sink.known_hashes() if "://" in target else {}
            known_sources = getattr(sink, "known_sources", None)  # a sink of another make may lack it
            store = _Store(stored, known_sources() if known_sources and "://" in target else {})
            results = extract_files(
                paths,
                jobs=args.jobs,
                doc_year=args.doc_year,
                glob=args.glob,
                max_bytes=args.max_size,
                known_hashes=stored if args.resume else None,
                extractor=extractor,
                doc_id=args.doc_id,
                id_root=args.id_root,
                on_skip=summary.skip,
            )
            for result in results:
                if not _handle(result, sink, store, summary, progress):
                    status = EXIT_FAILED
                    if args.strict:
                        print("policyextract: stopped at the first failure (--strict)", file=sys.stderr)
                        break
    except (_SinkFailure, SinkError) as error:  # cannot open; broke mid-run (disk full); cannot finish
        progress.close()
        print(f"policyextract: {error}", file=sys.stderr)  # one line: what is stored and what is not
        return EXIT_FAILED
    except KeyboardInterrupt:
        status = EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
        progress.close()
        print("policyextract: interrupted; every document reported as done is stored", file=sys.stderr)
    finally:
        if results is not None:
            results.close()  # ends the worker processes now, not when the generator is collected
        _on_sigterm(previous_handler)
    progress.close()
    if not args.quiet:
        summary.print(time.perf_counter() - started, sys.stderr)
    return status


def _interrupt_recording(record: list[int]) -> Any:
    """A SIGTERM handler that stops the run as Ctrl-C does (end the workers, keep what is
    stored, say so), noting the signal in `record` for the exit status."""

    def terminate(signum: int, frame: object) -> None:
        record.append(signum)
        raise KeyboardInterrupt

    return terminate


def _on_sigterm(handler: Any) -> Any:
    """Install `handler` for SIGTERM; the one it replaces (None where signals cannot be set)."""
    if handler is None:
        return None
    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals to the program that runs us
        return None


class _Store:
    """What the target held before the run (hashes, sources) and which ids this run wrote."""

    def __init__(self, hashes: dict[str, str], sources: dict[str, str]) -> None:
        self.hashes = hashes
        self.sources = sources
        self.written: set[str] = set()

    def conflict(self, document: Document) -> str | None:
        """Why writing `document` would replace another file's document stored under its id."""
        stored = self.sources.get(document.doc_id)
        new = document.source
        if stored is None or new is None or stored == new:
            return None
        if self.hashes.get(document.doc_id) == document.sha256:
            return None  # the same text, moved or reached by another path: nothing is lost
        if not os.path.isabs(stored) and stored != STDIN and os.path.abspath(stored) == new:
            return None  # stored by a version that recorded paths as given, from this folder
        return (
            f"its id {document.doc_id!r} is already stored from {printable_path(stored)}; not replaced "
            "(give --id-root DIR so that ids name the folders, or --doc-id for one file)"
        )


def _handle(result: Result, sink: Any, store: _Store, summary: _Summary, progress: _Progress) -> bool:
    """Write one result and count it; False when the document failed."""
    document = result.document
    progress.advance(len(result.figures))
    if is_unchanged(result):
        summary.unchanged += 1
        return True
    name = _name(document)
    for warning in result.warnings:
        summary.warn(warning, progress)
    if failed(result):
        summary.fail(document.error or f"{name}: failed", progress)
        # never let a failure replace a stored good copy, or a document written in this run
        if document.doc_id not in store.hashes and document.doc_id not in store.written:
            _write(sink, result, summary, progress, report=False)  # already listed as failed
        return False
    conflict = store.conflict(document)
    if conflict is not None:
        summary.fail(f"{name}: {conflict}", progress)
        return False
    if not _write(sink, result, summary, progress):
        return False
    store.written.add(document.doc_id)
    if document.source is not None:
        store.sources[document.doc_id] = document.source
    return summary.count(result)


def _name(document: Document) -> str:
    """How a document is named in messages: its source, else its id."""
    return document.source or document.doc_id


def _write(sink: Any, result: Result, summary: _Summary, progress: _Progress, *, report: bool = True) -> bool:
    try:
        sink.write(result)
    except SinkBroken:
        raise  # the output takes no more documents: the run stops and says what it holds
    except (SinkError, OSError) as error:
        if not report:
            return False
        name = _name(result.document)
        summary.fail(f"{name}: not stored: {error}", progress)
        return False
    return True


def _check_database_url(url: str) -> None:
    """A UsageError for a --db that names no database, before anything is opened."""
    example = "sqlite:///figures.db or postgresql://user@127.0.0.1/edu"
    shown = printable_path(hide_password(url))
    scheme, separator, rest = url.partition("://")
    if not separator or not scheme:
        raise UsageError(f"--db needs a database URL such as {example}, not {shown}")
    if scheme == "sqlite":
        if rest.strip("/") in ("", ":memory:"):
            raise UsageError(f"--db {shown} names no database file: give one, e.g. sqlite:///figures.db")
        return
    try:
        port = urlsplit(url).port  # a port that is not a number
    except ValueError as error:
        raise UsageError(f"--db {shown} is not a valid URL ({error}); e.g. {example}") from None
    del port
    try:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError
    except ImportError:
        return  # the sink will say which extra to install
    try:
        make_url(url).get_dialect()
    except NoSuchModuleError:
        raise UsageError(f"--db {shown}: unknown kind of database {scheme!r}; e.g. {example}") from None
    except (ArgumentError, ValueError) as error:
        raise UsageError(f"--db {shown} is not a valid database URL ({error}); e.g. {example}") from None


def _target(args: argparse.Namespace) -> tuple[str, str | None]:
    """Where the records go and in which format, or a UsageError."""
    if args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {args.jobs}")
    if args.doc_id is not None and args.id_root is not None:
        raise UsageError("give either --doc-id or --id-root, not both")
    if args.doc_id is not None and (len(args.paths) > 1 or any(Path(path).is_dir() for path in args.paths)):
        raise UsageError("--doc-id names one document: give one file, or pipe one into standard input")
    if args.id_root is not None and not Path(args.id_root).is_dir():
        raise UsageError(f"--id-root must be a folder: {printable_path(args.id_root)}")
    if args.db and args.output:
        raise UsageError("give either --db or -o, not both")
    if args.db:
        _check_database_url(args.db)
        if args.format:
            raise UsageError("--format is for files; a database has its own tables")
        return args.db, None
    if args.resume:
        raise UsageError("--resume needs --db: only a database remembers what it stored")
    target = args.output or "-"
    output_format = args.format
    if output_format is None and target != "-":
        output_format = _SUFFIX_FORMATS.get(Path(target).suffix.lower())
        if output_format is None:
            raise UsageError(f"cannot tell the format of {target}: name it .jsonl, .csv or .parquet, or give --format")
    if output_format == "parquet" and target == "-":
        raise UsageError("parquet cannot go to standard output: give -o FILE.parquet")
    return target, output_format


# ---------------------------------------------------------------------------------------------
# sinks: policyextract.sinks when present, else a JSONL writer of our own


class _SinkFailure(PolicyExtractError):
    """The output cannot be opened: nothing can be extracted to it."""


def _open_sink(target: str, output_format: str | None) -> Any:
    from .sinks import open_sink

    try:
        return open_sink(target, output_format)
    except SinkError as error:
        raise _SinkFailure(str(error)) from error


class _Summary:
    """Counts of the run and its failures, each failure printed once: in the summary, or at
    once when there is no summary (--quiet)."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self.extracted = 0
        self.unchanged = 0
        self.failed: list[str] = []
        self.skipped: list[str] = []
        self.warnings: list[str] = []
        self.not_documents: Counter[str] = Counter()  # suffix → files of no document format
        self.kinds: Counter[str] = Counter()

    def warn(self, message: str, progress: _Progress) -> None:
        message = one_line(message)
        self.warnings.append(message)
        if self.quiet:
            progress.message(f"policyextract: warning: {message}")

    def skip(self, skipped: Skipped) -> None:
        if skipped.reason == NOT_A_DOCUMENT:
            self.not_documents[os.path.splitext(skipped.path)[1].lower() or "(none)"] += 1
        else:
            self.skipped.append(one_line(f"{skipped.path}: {skipped.reason}"))

    def fail(self, message: str, progress: _Progress) -> None:
        message = one_line(message)
        self.failed.append(message)
        if self.quiet:
            progress.message(f"policyextract: {message}")

    def count(self, result: Result) -> bool:
        self.extracted += 1
        self.kinds.update(figure.kind for figure in result.figures)
        return True

    def print(self, seconds: float, stream: IO[str]) -> None:
        documents = self.extracted + self.unchanged + len(self.failed)
        parts = [f"{self.extracted} extracted"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged (--resume)")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        noun = "document" if documents == 1 else "documents"
        skipped = (
            f"; {len(self.skipped)} {'file' if len(self.skipped) == 1 else 'files'} skipped" if self.skipped else ""
        )
        lines = [f"policyextract: {documents} {noun} in {seconds:.1f} s: {', '.join(parts)}{skipped}"]
        total = sum(self.kinds.values())
        by_kind = ", ".join(f"{kind} {count}" for kind, count in self.kinds.most_common())
        lines.append(f"  figures: {total}" + (f" ({by_kind})" if by_kind else ""))
        if self.failed:
            lines.append("  failed:")
            lines.extend(f"    {message}" for message in self.failed)
        if self.warnings:
            lines.append("  warnings (extracted after a repair):")
            lines.extend(f"    {message}" for message in self.warnings)
        if self.skipped:
            lines.append("  skipped (in folders, not read):")
            lines.extend(f"    {message}" for message in self.skipped)
        if self.not_documents:
            others = sum(self.not_documents.values())
            by_suffix = ", ".join(f"{suffix} {count}" for suffix, count in sorted(self.not_documents.items()))
            lines.append(
                f"  not read: {others} other {'file' if others == 1 else 'files'} of no document format ({by_suffix})"
            )
        print("\n".join(lines), file=stream)


class _Progress:
    """A one-line progress bar on a terminal's stderr; silent anywhere else."""

    WIDTH = 30
    INTERVAL = 0.1  # seconds between redraws

    def __init__(self, total: int | None, stream: IO[str] | None) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self.figures = 0
        self.started = time.perf_counter()
        self._drawn = 0.0

    @classmethod
    def for_run(cls, paths: Sequence[str], args: argparse.Namespace, stream: IO[str]) -> _Progress:
        if args.quiet or not stream.isatty() or paths == [STDIN] or _records_share_the_terminal(args, stream):
            return cls(None, None)
        total = _count(iter_paths(paths, glob=args.glob))  # a walk of names only: cheap
        return cls(total, stream if total > 1 else None)

    def advance(self, figures: int) -> None:
        self.done += 1
        self.figures += figures
        now = time.perf_counter()
        if self.stream is not None and (now - self._drawn >= self.INTERVAL or self.done == self.total):
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        assert self.stream is not None and self.total
        filled = self.WIDTH * self.done // self.total
        rate = self.done / max(now - self.started, 1e-9)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} documents, {self.figures} figures, {rate:.1f}/s")
        self.stream.flush()

    def message(self, text: str) -> None:
        if self.stream is not None:
            self.stream.write("\r\033[K")  # clear the bar, print, let the next advance redraw it
        print(text, file=sys.stderr)

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.stream = None


def _records_share_the_terminal(args: argparse.Namespace, stream: IO[str]) -> bool:
    """True when records go to standard output and it is the terminal the bar would be drawn
    on: a bar there would share lines with the records."""
    if getattr(args, "output", None) or getattr(args, "db", None):
        return False
    try:
        return sys.stdout.isatty() and os.path.samestat(os.fstat(sys.stdout.fileno()), os.fstat(stream.fileno()))
    except (AttributeError, OSError, ValueError):  # a stream without a file descriptor
        return sys.stdout.isatty()


def one_line(text: str) -> str:
    """`text` with its control characters escaped, so that a file name or an error message
    can neither break a line of a report nor forge one (names are already printable)."""
    if text.isprintable():
        return text
    return "".join(
        character if character.isprintable() else character.encode("unicode_escape").decode("ascii")
        for character in text
    )


def _count(items: Iterator[str]) -> int:
    return sum(1 for _ in items)
