"""Scores of the extractor on the annotated corpora, for the accuracy ratchets.

Shared by `test_gold.py` (which asserts the bars) and `update_ratchets.py` (which raises them).
The measures are those of the shared scorer (`tests/scoring`, a verbatim copy of ../shared/eval).
"""

from __future__ import annotations

import json
from pathlib import Path

import policyextract
from conftest import scoring_module

ROOT = Path(__file__).resolve().parent.parent
RATCHETS = Path(__file__).resolve().parent / "accuracy_ratchets.json"
FIELDS = ("metric", "modality", "role", "time")
MIN_KIND_GOLD = 10  # the threshold: a kind with fewer gold figures swings too much on one figure


def shared_folder() -> Path | None:
    """../shared beside the checkout (CI lays it there); worktrees one level deeper find it too."""
    for ancestor in ROOT.parents:
        candidate = ancestor / "shared"
        if (candidate / "corpus").is_dir():
            return candidate
    return None


def corpus_folders() -> dict[str, Path | None]:
    """Each annotated corpus: the project's own fixtures, and the shared real documents."""
    shared = shared_folder()
    return {
        "seeds": ROOT / "fixtures" / "seeds",
        "authored": ROOT / "fixtures" / "authored",
        "real": shared / "corpus" / "real" if shared else None,
    }


def score_corpus(folder: Path) -> dict:
    """Overall value/record P-R-F1, field accuracies and per-kind F1 of the extractor on `folder`."""
    score = scoring_module("score")
    predictions = []
    for path in sorted(folder.glob("*.txt")):
        for figure in policyextract.extract(path.read_text(encoding="utf-8"), doc_id=path.stem):
            predictions.append(json.loads(json.dumps(figure.model_dump(mode="json"))))
    counts, per_kind, _, errors, predicted = score.score(str(folder), predictions)
    gold = counts["gold"]
    value_p, _, value_f1 = score.f1(counts["tp_value"], predicted, gold)
    _, _, record_f1 = score.f1(counts["tp_record"], predicted, gold)
    fields = {field: counts[f"{field}_ok"] / counts[f"{field}_n"] for field in FIELDS if counts[f"{field}_n"]}
    kinds = {}
    for kind, kind_counts in per_kind.items():
        if kind_counts["gold"] < MIN_KIND_GOLD:
            continue
        kind_predicted = kind_counts["tp_span"] + kind_counts["fp"]
        kinds[kind] = {
            "value_f1": score.f1(kind_counts["tp_value"], kind_predicted, kind_counts["gold"])[2],
            "record_f1": score.f1(kind_counts["tp_record"], kind_predicted, kind_counts["gold"])[2],
        }
    return {
        "value_f1": value_f1,
        "value_precision": value_p,
        "record_f1": record_f1,
        "fields": fields,
        "kinds": kinds,
        "errors": errors,
    }
