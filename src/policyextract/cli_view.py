"""`policyextract view`: the command line over `policyextract.view` (kept out of cli.py).

policyextract view report.txt -o report.html
policyextract view reports/ --glob '*.txt' -o reports.html
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .batch import failed
from .cli import EXIT_FAILED, EXIT_OK, UsageError, _extractor, _size, one_line
from .errors import ConfigError
from .ingest import DEFAULT_MAX_BYTES, Skipped, format_size
from .models import Result
from .sinks.atomic import AtomicFile
from .sinks.base import SinkError
from .view import render_html, view_files

_VIEW_EPILOG = """examples:
  policyextract view report.txt -o report.html           open report.html in a browser
  policyextract view a.txt b.html c.docx -o figures.html  several documents: one page, a list of them
  policyextract view reports/ --glob '*.txt' -o reports.html
  cat report.txt | policyextract view - > report.html

The page is one file with its style and script inside: it loads nothing, so it can be mailed or
opened offline. Hover or click a figure for its fields; filter the table by kind, modality and
indicator; click a row to go to its figure.

exit status: 0 every document shown, 1 some document could not be read (listed; the page shows
the others) or the page cannot be written, 2 a usage error"""


def add_view_parser(commands: Any) -> argparse.ArgumentParser:
    """The `view` subcommand's parser, added to `commands` (argparse's subparsers)."""
    command: argparse.ArgumentParser = commands.add_parser(
        "view",
        help="write an HTML page of documents with their figures marked",
        description="Write one self-contained HTML page showing each document with its figures marked, "
        "coloured by kind, and a table of the figures that can be filtered.",
        epilog=_VIEW_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("paths", nargs="*", help="files or folders (read as extract reads them); '-' reads stdin")
    command.add_argument("-o", "--output", metavar="OUT.html", help="the page to write (default: standard output)")
    command.add_argument("--title", default="policyextract view", help="the page's title")
    command.add_argument("--glob", help="only the files inside folders whose name matches, e.g. '*.txt'")
    command.add_argument("--doc-year", type=int, default=None, help="the year the documents speak from")
    command.add_argument(
        "--max-size",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help=f"skip larger files: megabytes, or with a unit: 500KB, 2GB (default {format_size(DEFAULT_MAX_BYTES)})",
    )
    command.add_argument("-q", "--quiet", action="store_true", help="no summary line on standard error")
    return command


def run_view(args: argparse.Namespace) -> int:
    if not args.paths:
        raise UsageError("give the files or folders to show ('-' for standard input)")
    if args.paths.count("-") > 1:
        raise UsageError("standard input ('-') can be given once")
    extractor = _extractor(args)

    def skipped(item: Skipped) -> None:
        print(f"policyextract: skipped {one_line(item.path)}: {one_line(item.reason)}", file=sys.stderr)

    shown: list[tuple[str, Result]] = []
    problems = 0
    try:
        for text, result in view_files(
            args.paths,
            doc_year=args.doc_year,
            glob=args.glob,
            max_bytes=args.max_size,
            extractor=extractor,
            on_skip=skipped,
        ):
            if not failed(result):
                shown.append((text, result))
                continue
            problems += 1
            print(f"policyextract: {one_line(result.document.error or result.document.doc_id)}", file=sys.stderr)
    except ConfigError as error:
        raise UsageError(str(error)) from error
    if not shown:
        print("policyextract: no document could be shown; no page written", file=sys.stderr)
        return EXIT_FAILED
    page = render_html(shown, title=args.title)
    if not _write(page, args.output):
        return EXIT_FAILED
    if not args.quiet:
        figures = sum(len(result.figures) for _, result in shown)
        where = one_line(args.output or "standard output")
        print(
            f"policyextract: {where}: {_plural(len(shown), 'document')}, {_plural(figures, 'figure')}", file=sys.stderr
        )
    return EXIT_FAILED if problems else EXIT_OK


def _write(page: str, output: str | None) -> bool:
    data = page.encode("utf-8")
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return True
    try:
        target = AtomicFile(output)  # whole or not at all, as extract's output files
        try:
            target.write(data)
            target.finish()
        except OSError as error:
            target.discard()
            print(
                f"policyextract: cannot write {one_line(output)}: {one_line(error.strerror or str(error))}",
                file=sys.stderr,
            )
            return False
        except SinkError:
            target.discard()
            raise
    except SinkError as error:
        print(f"policyextract: {one_line(str(error))}", file=sys.stderr)
        return False
    return True


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
