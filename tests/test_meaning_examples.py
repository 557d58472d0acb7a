"""The examples carried by the meaning stages (metric, role, modality) run as tests."""

from __future__ import annotations

import pytest

import policyextract
from policyextract import metric, modality, role, timeref


def _ids(examples: list) -> list[str]:
    return [f"example{index}" for index in range(len(examples))]


def _figure(text: str, written: str):
    found = [figure for figure in policyextract.extract(text, doc_id="t") if figure.text == written]
    assert found, f"{text!r} should yield {written!r}"
    return found[0]


@pytest.mark.parametrize(("text", "written", "expected"), role.EXAMPLES, ids=_ids(role.EXAMPLES))
def test_role_examples(text: str, written: str, expected: str) -> None:
    assert _figure(text, written).role == expected, f"{text!r} → {written!r}"


@pytest.mark.parametrize(("text", "written", "expected"), modality.EXAMPLES, ids=_ids(modality.EXAMPLES))
def test_modality_examples(text: str, written: str, expected: str) -> None:
    assert _figure(text, written).modality == expected, f"{text!r} → {written!r}"


@pytest.mark.parametrize(("text", "written", "expected"), metric.EXAMPLES, ids=_ids(metric.EXAMPLES))
def test_metric_examples(text: str, written: str, expected: str) -> None:
    assert _figure(text, written).metric == expected, f"{text!r} → {written!r}"


@pytest.mark.parametrize(("text", "written", "time_text", "year"), timeref.EXAMPLES, ids=_ids(timeref.EXAMPLES))
def test_time_examples(text: str, written: str, time_text: str | None, year: int | None) -> None:
    figure = next(f for f in policyextract.extract(text, doc_id="t", doc_year=2025) if f.text == written)
    found = (figure.time.text, figure.time.year) if figure.time else (None, None)
    assert found == (time_text, year), f"{text!r} → {written!r}"


def test_every_meaning_stage_carries_examples() -> None:
    import importlib
    import pkgutil

    import policyextract as package

    stages = [
        importlib.import_module(f"policyextract.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
        if info.name in {"metric", "modality", "role", "timeref"}
    ]
    assert len(stages) == 4
    for stage in stages:
        assert len(stage.EXAMPLES) >= 5, f"{stage.__name__} carries too few examples"
