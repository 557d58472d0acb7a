"""The command line: a thin layer over the public API."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .ingest import IngestError, read_source
from .pipeline import InputError, extract_document


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        return _extract(args)
    parser.print_help()
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policyextract", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    extract = commands.add_parser("extract", help="extract figures from documents")
    extract.add_argument("paths", nargs="+", help="text files to read")
    extract.add_argument("--format", choices=["jsonl"], default="jsonl")
    extract.add_argument("--doc-year", type=int, default=None, help="the year the documents speak from")
    extract.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    return parser


def _extract(args: argparse.Namespace) -> int:
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    failed = 0
    try:
        for path in args.paths:
            try:
                source = read_source(path)
                result = extract_document(
                    source.text,
                    doc_id=source.doc_id,
                    doc_year=args.doc_year,
                    source=source.source,
                    encoding=source.encoding,
                )
            except (IngestError, InputError) as error:
                print(f"policyextract: skipped {path}: {error}", file=sys.stderr)
                failed += 1
                continue
            for figure in result.figures:
                out.write(json.dumps(figure.model_dump(mode="json"), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0
