"""Document level: the extractor scored on the seed documents by the project's scorer.

The bars are ratchets: the scores already reached, less a small margin. Raise them as the
extractor improves; the goals themselves live on the issues.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

import policyextract
from conftest import scoring_module

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"

VALUE_F1_BAR = 0.99
VALUE_PRECISION_BAR = 0.99
RECORD_F1_BAR = 0.947


@pytest.fixture(scope="module")
def scores():
    score = scoring_module("score")  # the shared scorer, copied from ../shared/eval
    predictions = []
    for path in sorted(SEEDS.glob("*.txt")):
        for figure in policyextract.extract(path.read_text(encoding="utf-8"), doc_id=path.stem):
            predictions.append(json.loads(json.dumps(figure.model_dump(mode="json"))))
    counts, _, errors, predicted = score.score(str(SEEDS), predictions)
    gold = counts["gold"]

    def f1(true_positives: int) -> tuple[float, float, float]:
        return score.f1(true_positives, predicted, gold)

    return {"value": f1(counts["tp_value"]), "record": f1(counts["tp_record"]), "errors": errors}


def test_value_f1_on_seeds(scores) -> None:
    precision, _, f1 = scores["value"]
    assert f1 >= VALUE_F1_BAR, f"value F1 {f1:.3f} fell below {VALUE_F1_BAR}: {scores['errors'][:10]}"
    assert precision >= VALUE_PRECISION_BAR, f"value precision {precision:.3f} below {VALUE_PRECISION_BAR}"


def test_record_f1_on_seeds(scores) -> None:
    _, _, f1 = scores["record"]
    assert f1 >= RECORD_F1_BAR, f"record F1 {f1:.3f} fell below {RECORD_F1_BAR}"


def test_offsets_point_into_the_original(seed_paths) -> None:
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        for figure in policyextract.extract(text, doc_id=path.stem):
            assert text[figure.start : figure.end] == figure.text


def test_no_overlapping_or_duplicate_figures(seed_paths) -> None:
    for path in seed_paths:
        figures = policyextract.extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
        for first, second in itertools.pairwise(figures):
            assert first.end <= second.start, f"{path.name}: {first.text!r} overlaps {second.text!r}"
