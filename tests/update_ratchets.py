"""Raise the accuracy ratchets to the scores reached now, less a margin; never lower one.

    PYTHONPATH=src python3 tests/update_ratchets.py        # then commit tests/accuracy_ratchets.json

It also regenerates the accuracy figures README.md and docs/index.md quote (`update_figures.py`),
so one command brings both up to date.

A bar that the extractor no longer reaches is reported and left as it is: lowering one is a
decision for a commit message, by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update_figures
from accuracy import RATCHETS, corpus_folders, score_corpus

MARGIN = 0.005


def _raise(bars: dict, key: str, reached: float, where: str) -> None:
    proposed = round(max(0.0, reached - MARGIN), 3)
    old = bars.get(key)
    if old is None or proposed > old:
        bars[key] = proposed
    elif reached < old:
        print(f"{where}.{key}: {reached:.3f} is below its bar {old} (left as it is)")


def main() -> None:
    ratchets = json.loads(RATCHETS.read_text(encoding="utf-8")) if RATCHETS.exists() else {}
    for corpus, folder in corpus_folders().items():
        if folder is None or not folder.is_dir():
            print(f"{corpus}: not found, its bars are left as they are")
            continue
        scores = score_corpus(folder)
        bars = ratchets.setdefault(corpus, {})
        for key in ("value_f1", "value_precision", "record_f1"):
            _raise(bars, key, scores[key], corpus)
        for field, accuracy in scores["fields"].items():
            _raise(bars.setdefault("fields", {}), field, accuracy, f"{corpus}.fields")
        for kind, kind_scores in scores["kinds"].items():
            kind_bars = bars.setdefault("kinds", {}).setdefault(kind, {})
            for key, reached in kind_scores.items():
                _raise(kind_bars, key, reached, f"{corpus}.kinds.{kind}")
        print(
            f"{corpus}: value_F1 {scores['value_f1']:.3f} record_F1 {scores['record_f1']:.3f} "
            + " ".join(f"{field} {accuracy:.3f}" for field, accuracy in scores["fields"].items())
        )
    RATCHETS.write_text(json.dumps(ratchets, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    update_figures.main()  # the figures the docs quote, from the same scores


if __name__ == "__main__":
    main()
