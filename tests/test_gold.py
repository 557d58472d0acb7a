"""Document level: the extractor scored by the shared scorer on annotated documents, as ratchets.

`fixtures/seeds` are the real seed documents; `fixtures/authored` are documents the team wrote
and annotated independently of the extractor; `real` is ../shared/corpus/real (22 real documents
of many sources), read where it is laid beside the checkout. The bars in
`accuracy_ratchets.json` are the scores reached, less a small margin, per corpus, per field and
per kind. `tests/update_ratchets.py` raises them; lowering one needs a reason in the commit
message. The goals themselves live on the issues.
"""

from __future__ import annotations

import functools
import itertools
import json
from pathlib import Path

import pytest

import policyextract
from accuracy import RATCHETS, corpus_folders, score_corpus

BARS: dict = json.loads(RATCHETS.read_text(encoding="utf-8"))


@functools.cache
def _scores(corpus: str) -> dict:
    folder = corpus_folders()[corpus]
    if folder is None or not folder.is_dir():
        pytest.skip(f"corpus {corpus!r} is not laid beside this checkout (../shared/corpus); its ratchets cannot run")
    return score_corpus(folder)


def _bars() -> list[tuple[str, str, float]]:
    """(corpus, measure, bar) for every ratchet: overall, per field, per kind."""
    rows = []
    for corpus, bars in sorted(BARS.items()):
        for key in ("value_f1", "value_precision", "record_f1"):
            rows.append((corpus, key, bars[key]))
        for field, bar in sorted(bars.get("fields", {}).items()):
            rows.append((corpus, f"fields.{field}", bar))
        for kind, kind_bars in sorted(bars.get("kinds", {}).items()):
            for key, bar in sorted(kind_bars.items()):
                rows.append((corpus, f"kinds.{kind}.{key}", bar))
    return rows


def _reached(scores: dict, measure: str) -> float:
    value: object = scores
    for part in measure.split("."):
        assert isinstance(value, dict) and part in value, f"no score {measure!r} any more"
        value = value[part]
    assert isinstance(value, float)
    return value


@pytest.mark.parametrize(("corpus", "measure", "bar"), _bars(), ids=lambda value: str(value))
def test_scores_hold(corpus: str, measure: str, bar: float) -> None:
    scores = _scores(corpus)
    reached = _reached(scores, measure)
    assert reached >= bar, f"{corpus} {measure}: {reached:.3f} fell below its ratchet {bar}: {scores['errors'][:12]}"


def test_every_corpus_has_bars() -> None:
    assert set(BARS) == set(corpus_folders())
    for corpus, bars in BARS.items():
        assert {"value_f1", "value_precision", "record_f1", "fields", "kinds"} <= set(bars), corpus


@pytest.mark.parametrize("corpus", sorted(corpus_folders()))
def test_offsets_point_into_the_original_and_do_not_overlap(corpus: str) -> None:
    folder = corpus_folders()[corpus]
    if folder is None or not folder.is_dir():
        pytest.skip(f"corpus {corpus!r} is not laid beside this checkout (../shared/corpus)")
    for path in sorted(Path(folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        figures = policyextract.extract(text, doc_id=path.stem)
        for figure in figures:
            assert text[figure.start : figure.end] == figure.text
        for first, second in itertools.pairwise(figures):
            assert first.end <= second.start, f"{path.name}: {first.text!r} overlaps {second.text!r}"
