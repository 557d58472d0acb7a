"""The command line: a thin layer over the public API.

    policyextract extract reports/ --db sqlite:///figures.db --jobs 2
    policyextract extract a.txt b.html c.docx --format csv -o figures.csv
    cat page.html | policyextract extract - > figures.jsonl
    policyextract schema

Exit status: 0 when every document was extracted, 1 when some failed (they are listed), 2 on
a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from .batch import extract_files, failed, is_unchanged
from .errors import IndicatorError, PolicyExtractError
from .extractor import Extractor
from .ingest import DEFAULT_MAX_BYTES, STDIN, iter_paths
from .models import Document, Figure, Result
from .sinks.base import SinkError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_FORMATS = ("jsonl", "csv", "parquet")
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
_SCHEMAS = {"figure": Figure, "document": Document, "result": Result}


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
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on a usage error, 0 on --help
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "schema":
            print(json.dumps(_SCHEMAS[args.record].model_json_schema(), ensure_ascii=False, indent=2))
            return EXIT_OK
    except UsageError as error:
        print(f"policyextract: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policyextract",
        description="Every quantitative figure of Chinese education policy texts, as typed records.",
    )
    commands = parser.add_subparsers(dest="command")
    extract = commands.add_parser(
        "extract",
        help="extract figures from documents",
        description="Extract the figures of files, folders (read recursively) or standard input ('-').",
    )
    extract.add_argument("paths", nargs="*", help="files or folders; '-' or nothing reads standard input")
    extract.add_argument("--glob", help="only the files inside folders whose name matches, e.g. '*.txt'")
    extract.add_argument("--format", choices=_FORMATS, help="output format (default: from -o's suffix, else jsonl)")
    extract.add_argument("-o", "--output", help="output file (default: standard output)")
    extract.add_argument("--db", metavar="URL", help="database to write to: sqlite:///figures.db, postgresql://…")
    extract.add_argument("--jobs", type=int, default=1, metavar="N", help="documents run in N processes (default 1)")
    extract.add_argument("--resume", action="store_true", help="skip documents stored with the same text (--db)")
    extract.add_argument("--doc-year", type=int, default=None, help="the year the documents speak from")
    extract.add_argument(
        "--max-size", type=float, default=DEFAULT_MAX_BYTES / 1024 / 1024, metavar="MB", help="skip larger files"
    )
    extract.add_argument("--indicators", action="append", metavar="FILE", help=_INDICATORS_HELP)
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    extract.add_argument("--strict", action="store_true", help="stop at the first document that fails")
    explain = commands.add_parser(
        "explain",
        help="show each figure of a text and the rules and cues that decided its fields",
        description="Show each figure of TEXT (or of standard input) and why each field is what it is.",
    )
    explain.add_argument("text", nargs="?", help="the text; standard input when omitted")
    explain.add_argument("--doc-year", type=int, default=None, help="the year the text speaks from")
    explain.add_argument("--indicators", action="append", metavar="FILE", help=_INDICATORS_HELP)
    schema = commands.add_parser("schema", help="print the JSON Schema of the records")
    schema.add_argument("record", nargs="?", choices=sorted(_SCHEMAS), default="figure")
    return parser


_INDICATORS_HELP = "extra indicator entries (TOML or JSON, docs/meaning.md), tried before the built-in ones; repeatable"


def _extractor(args: argparse.Namespace) -> Extractor | None:
    """The settings the command line asks for; None for the defaults. A bad file is a usage error."""
    if not args.indicators:
        return None
    try:
        return Extractor(indicators=[Path(path) for path in args.indicators])
    except IndicatorError as error:
        raise UsageError(f"--indicators: {error}") from error


def _explain(args: argparse.Namespace) -> int:
    from .explain import explain

    extractor = _extractor(args)
    if args.text is None and sys.stdin.isatty():
        raise UsageError("give a text to explain, or pipe one in")
    text = args.text if args.text is not None else sys.stdin.read()
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
    summary = _Summary()
    progress = _Progress.for_run(paths, args, sys.stderr)
    status = EXIT_OK
    try:
        with _open_sink(target, output_format) as sink:
            stored = sink.known_hashes() if "://" in target else {}
            results = extract_files(
                paths,
                jobs=args.jobs,
                doc_year=args.doc_year,
                glob=args.glob,
                max_bytes=int(args.max_size * 1024 * 1024),
                known_hashes=stored if args.resume else None,
                extractor=extractor,
            )
            for result in results:
                if not _handle(result, sink, stored, summary, progress):
                    status = EXIT_FAILED
                    if args.strict:
                        print("policyextract: stopped at the first failure (--strict)", file=sys.stderr)
                        break
    except _SinkFailure as error:
        progress.close()
        print(f"policyextract: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
        print("\npolicyextract: interrupted; every document reported as done is stored", file=sys.stderr)
    progress.close()
    if not args.quiet:
        summary.print(time.perf_counter() - started, sys.stderr)
    return status


def _handle(result: Result, sink: Any, stored: dict[str, str], summary: _Summary, progress: _Progress) -> bool:
    """Write one result and count it; False when the document failed."""
    document = result.document
    progress.advance(len(result.figures))
    if is_unchanged(result):
        summary.unchanged += 1
        return True
    if failed(result):
        summary.failed.append((document.source or document.doc_id, document.error or ""))
        progress.message(f"policyextract: skipped {document.error}")
        if document.doc_id not in stored:  # never let a failed re-read replace a stored good copy
            _write(sink, result, summary, progress, report=False)  # already listed as failed
        return False
    return _write(sink, result, summary, progress) and summary.count(result)


def _write(sink: Any, result: Result, summary: _Summary, progress: _Progress, *, report: bool = True) -> bool:
    try:
        sink.write(result)
    except (SinkError, OSError) as error:
        if not report:
            return False
        name = result.document.source or result.document.doc_id
        summary.failed.append((name, f"not stored: {error}"))
        progress.message(f"policyextract: {name}: not stored: {error}")
        return False
    return True


def _target(args: argparse.Namespace) -> tuple[str, str | None]:
    """Where the records go and in which format, or a UsageError."""
    if args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {args.jobs}")
    if args.max_size <= 0:
        raise UsageError("--max-size must be positive")
    if args.db and args.output:
        raise UsageError("give either --db or -o, not both")
    if args.db:
        if "://" not in args.db:
            raise UsageError(f"--db needs a database URL such as sqlite:///figures.db, not {args.db!r}")
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
    def __init__(self) -> None:
        self.extracted = 0
        self.unchanged = 0
        self.failed: list[tuple[str, str]] = []
        self.kinds: Counter[str] = Counter()

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
        lines = [f"policyextract: {documents} {noun} in {seconds:.1f} s: {', '.join(parts)}"]
        total = sum(self.kinds.values())
        by_kind = ", ".join(f"{kind} {count}" for kind, count in self.kinds.most_common())
        lines.append(f"  figures: {total}" + (f" ({by_kind})" if by_kind else ""))
        if self.failed:
            lines.append("  failed:")
            lines.extend(
                f"    {reason}" if reason.startswith(name) else f"    {name}: {reason}" for name, reason in self.failed
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
        if args.quiet or not stream.isatty() or paths == [STDIN]:
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


def _count(items: Iterator[str]) -> int:
    return sum(1 for _ in items)
