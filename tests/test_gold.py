"""Document level: the extractor scored by the project's scorer on annotated documents.

`fixtures/seeds` are the real seed documents; `fixtures/authored` are documents the team wrote
and annotated independently of the extractor (other regions, years and styles). The bars are
ratchets: the scores already reached, less a small margin. Raise them as the extractor improves;
the goals themselves live on the issues.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

import policyextract
from conftest import scoring_module

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# corpus → (value F1, value precision, record F1) already reached, less a margin
BARS = {
    "seeds": (0.99, 0.99, 0.947),
    "authored": (0.984, 0.99, 0.942),
}


def _score(corpus: str) -> dict:
    score = scoring_module("score")  # the shared scorer, copied from ../shared/eval
    folder = FIXTURES / corpus
    predictions = []
    for path in sorted(folder.glob("*.txt")):
        for figure in policyextract.extract(path.read_text(encoding="utf-8"), doc_id=path.stem):
            predictions.append(json.loads(json.dumps(figure.model_dump(mode="json"))))
    counts, _, errors, predicted = score.score(str(folder), predictions)
    gold = counts["gold"]
    return {
        "value": score.f1(counts["tp_value"], predicted, gold),
        "record": score.f1(counts["tp_record"], predicted, gold),
        "errors": errors,
    }


@pytest.mark.parametrize("corpus", sorted(BARS))
def test_scores_hold(corpus: str) -> None:
    value_f1_bar, precision_bar, record_f1_bar = BARS[corpus]
    scores = _score(corpus)
    precision, _, value_f1 = scores["value"]
    _, _, record_f1 = scores["record"]
    errors = scores["errors"][:10]
    assert value_f1 >= value_f1_bar, f"{corpus}: value F1 {value_f1:.3f} fell below {value_f1_bar}: {errors}"
    assert precision >= precision_bar, f"{corpus}: value precision {precision:.3f} below {precision_bar}: {errors}"
    assert record_f1 >= record_f1_bar, f"{corpus}: record F1 {record_f1:.3f} fell below {record_f1_bar}: {errors}"


@pytest.mark.parametrize("corpus", sorted(BARS))
def test_offsets_point_into_the_original_and_do_not_overlap(corpus: str) -> None:
    for path in sorted((FIXTURES / corpus).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        figures = policyextract.extract(text, doc_id=path.stem)
        assert figures
        for figure in figures:
            assert text[figure.start : figure.end] == figure.text
        for first, second in itertools.pairwise(figures):
            assert first.end <= second.start, f"{path.name}: {first.text!r} overlaps {second.text!r}"
