"""`policyextract check`: the command line over `policyextract.check` (kept out of cli.py).

policyextract check report.txt
policyextract check reports/ --format jsonl > findings.jsonl
policyextract check --records figures.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .batch import extract_files, failed
from .check import Finding, check_figures, checked_relations
from .cli import EXIT_FAILED, EXIT_OK, UsageError, _extractor, one_line
from .errors import ConfigError
from .ingest import Skipped
from .models import Figure

_CHECK_EPILOG = """examples:
  policyextract check report.txt                     a table of the contradictions found
  policyextract check reports/ --format jsonl        one JSON object a line
  policyextract check --records figures.jsonl        records written by extract --format jsonl

Checks: growth_mismatch (a level, its change and its rate), point_change_mismatch (a rate, its
earlier value and the change in 个百分点), share_mismatch (a part, its total and its 占 share),
parts_exceed_total and parts_sum (parts linked to a total by part_of). Rounding as written is
allowed for: 21.7% and 21.67% both agree with 8301 / 38307.

exit status: 0 nothing found, 1 something found (or a document could not be read: listed on
standard error), 2 a usage error"""


def add_check_parser(commands: Any) -> argparse.ArgumentParser:
    """The `check` subcommand's parser, added to `commands` (argparse's subparsers)."""
    command: argparse.ArgumentParser = commands.add_parser(
        "check",
        help="report where the figures of a document contradict each other",
        description="Report where the figures of each document contradict each other: growth rates, "
        "point changes, shares and parts that do not agree with the figures they are computed from.",
        epilog=_CHECK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("paths", nargs="*", help="files or folders (read as extract reads them)")
    command.add_argument("--records", metavar="FILE.jsonl", help="check these records instead of extracting")
    command.add_argument("--format", choices=("table", "jsonl"), default="table", help="output (default table)")
    command.add_argument("--all", action="store_true", help="list the relations that hold too (holds: true)")
    command.add_argument("--glob", help="only the files inside folders whose name matches, e.g. '*.txt'")
    command.add_argument("--doc-year", type=int, default=None, help="the year the documents speak from")
    return command


def run_check(args: argparse.Namespace) -> int:
    if bool(args.paths) == bool(args.records):
        raise UsageError("give files or folders to check, or --records FILE.jsonl, not both and not neither")
    problems: list[str] = []
    if args.records:
        figure_groups: Iterable[list[Figure]] = _read_records(Path(args.records))
    else:
        figure_groups = _extracted(args, problems)
    count = checked = 0
    try:
        for figures in figure_groups:
            relations = checked_relations(figures)
            checked += len(relations)
            for finding in relations if args.all else check_figures(figures):
                count += not finding.holds
                print(_format(finding, args.format), flush=False)
    except ValueError as error:  # a bad records file: which line, what is wrong
        print(f"policyextract: {error}", file=sys.stderr)
        return EXIT_FAILED
    for problem in problems:
        print(f"policyextract: {problem}", file=sys.stderr)
    if args.format == "table":
        print(f"{_plural(checked, 'relation')} checked, {_plural(count, 'finding')}", file=sys.stderr)
    return EXIT_FAILED if count or problems else EXIT_OK


def _extracted(args: argparse.Namespace, problems: list[str]) -> Iterator[list[Figure]]:
    def skipped(item: Skipped) -> None:
        print(f"policyextract: skipped {item.path}: {item.reason}", file=sys.stderr)

    try:
        results = extract_files(
            args.paths, doc_year=args.doc_year, glob=args.glob, extractor=_extractor(args), on_skip=skipped
        )
        for result in results:
            if failed(result):
                problems.append(f"{result.document.source or result.document.doc_id}: {result.document.error}")
                continue
            yield list(result.figures)
    except ConfigError as error:
        raise UsageError(str(error)) from error


def _read_records(path: Path) -> Iterator[list[Figure]]:
    """The records of a JSONL file, a list per document, in the order documents first appear."""
    if not path.is_file():
        raise UsageError(f"--records {path}: no such file")
    documents: dict[str, list[Figure]] = {}
    with path.open(encoding="utf-8", errors="surrogateescape") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                figure = Figure.model_validate(json.loads(line))
            except (json.JSONDecodeError, ValidationError) as error:
                raise ValueError(f"{path}, line {number}: not a figure record ({one_line(str(error))})") from None
            documents.setdefault(figure.doc_id, []).append(figure)
    yield from documents.values()


def _format(finding: Finding, style: str) -> str:
    if style == "jsonl":
        return finding.model_dump_json()
    figures = "  ".join(f"{figure.text}@{figure.start}" for figure in finding.figures)
    verdict = "holds" if finding.holds else finding.kind
    return f"{finding.doc_id}\t{verdict}\t{figures}\t{finding.message}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
