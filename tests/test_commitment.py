"""The commitment stage (commitment.py): its examples, and what it leaves null."""

from __future__ import annotations

import pytest

import policyextract
from policyextract import commitment, explain


def _ids(examples: list) -> list[str]:
    return [f"example{index}" for index in range(len(examples))]


@pytest.mark.parametrize(("text", "written", "expected"), commitment.EXAMPLES, ids=_ids(commitment.EXAMPLES))
def test_commitment_examples(text: str, written: str, expected: str | None) -> None:
    found = [figure for figure in policyextract.extract(text, doc_id="t", doc_year=2025) if figure.text == written]
    assert len(found) == 1, f"{text!r} should yield {written!r} once"
    assert found[0].commitment == expected, f"{text!r} → {written!r}"


def test_examples_are_positive_and_negative() -> None:
    values = [expected for _, _, expected in commitment.EXAMPLES]
    assert values.count("binding") >= 5 and values.count("aim") >= 5 and values.count("forecast") >= 3
    assert values.count(None) >= 5


def test_only_targets_are_binding_or_aims_and_only_others_forecasts() -> None:
    text = (
        "去年全县新建学校5所，今年确保新建学校6所，力争改扩建学校9所。预计明年在校生将达到3.2万人。"
        "到2026年9月1日前完成。全市有56人以上大班额12个。"
    )
    for figure in policyextract.extract(text, doc_id="t", doc_year=2025):
        if figure.commitment in {"binding", "aim"}:
            assert figure.modality == "target", figure.text
        if figure.commitment == "forecast":
            assert figure.modality == "other", figure.text
        if figure.kind in {"date", "duration"} or figure.modality == "actual":
            assert figure.commitment is None, figure.text
    found = {figure.text: figure.commitment for figure in policyextract.extract(text, doc_id="t", doc_year=2025)}
    assert found["5所"] is None and found["6所"] == "binding" and found["9所"] == "aim"
    assert found["3.2万人"] == "forecast" and found["56人以上"] is None


def test_explain_says_why() -> None:
    report = explain("力争全市高考本科上线率达到48%。")
    assert "commitment aim  (aim cue 力争 in the clause)" in report
