"""`policyextract eval`: the command line over `policyextract.evaluate` (kept out of cli.py, which
several commands share).

    policyextract eval my_gold/ --by-kind --errors 20
    policyextract eval my_gold/ --pred figures.jsonl --json scores.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .cli import EXIT_FAILED, EXIT_OK, UsageError, _extractor, one_line
from .evaluate import GoldError, PredictionError, evaluate, gold_paths

_EVAL_EPILOG = """examples:
  policyextract eval my_gold/                          run the extractor on my_gold/NAME.txt, score it
  policyextract eval my_gold/ --by-kind --errors 20    per kind, and the first 20 errors
  policyextract eval my_gold/ --pred figures.jsonl     score records written by extract --format jsonl
  policyextract eval my_gold/ --json scores.json       every measure, per kind and per document, as JSON

The folder holds NAME.txt with NAME.gold.json beside it (docs/gold-format.md). The last line
printed is always `value_F1=… record_F1=…`.

exit status: 0 scored, 1 a gold or prediction file is invalid (the message names the file and
the figure), 2 a usage error (no such folder, no gold file in it, a bad option)"""


def add_eval_parser(commands: Any) -> argparse.ArgumentParser:
    """The `eval` subcommand's parser, added to `commands` (argparse's subparsers)."""
    command: argparse.ArgumentParser = commands.add_parser(
        "eval",
        help="score the extractor on annotated documents (NAME.txt + NAME.gold.json)",
        description="Score the extractor (or the records of --pred) against the gold files of GOLD_DIR: "
        "span, value and record precision, recall and F1, and the accuracy of metric, modality, role and time.",
        epilog=_EVAL_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("gold_dir", help="the folder of NAME.txt and NAME.gold.json files")
    command.add_argument("--pred", metavar="FILE.jsonl", help="score these records instead of running the extractor")
    command.add_argument("--by-kind", action="store_true", help="the measures per kind of figure")
    command.add_argument("--by-doc", action="store_true", help="the measures per document")
    command.add_argument("--errors", type=_count, default=0, metavar="N", help="print the first N errors")
    command.add_argument("--json", metavar="OUT", help="write every measure and every error as JSON to OUT")
    return command


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {number}")
    return number


def run_eval(args: argparse.Namespace) -> int:
    folder = Path(args.gold_dir)
    if not folder.is_dir():
        raise UsageError(f"{args.gold_dir}: no such folder (give the folder of NAME.txt and NAME.gold.json files)")
    if not gold_paths(folder):
        raise UsageError(f"{args.gold_dir}: holds no NAME.gold.json file (see docs/gold-format.md)")
    if args.pred is not None and not Path(args.pred).is_file():
        raise UsageError(f"--pred {args.pred}: no such file")
    extractor = _extractor(args)
    try:
        evaluation = evaluate(folder, args.pred, extractor=extractor)
    except (GoldError, PredictionError) as error:
        print(f"policyextract: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        try:
            Path(args.json).write_text(
                json.dumps(evaluation.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        except OSError as error:
            print(f"policyextract: {args.json}: cannot be written ({one_line(str(error))})", file=sys.stderr)
            return EXIT_FAILED
    print(evaluation.report(by_kind=args.by_kind, by_doc=args.by_doc, errors=args.errors))
    return EXIT_OK
