"""explain(): every figure with the rule and cue behind each field."""

from __future__ import annotations

from policyextract import explain


def test_explain_names_rules_and_cues() -> None:
    report = explain("到2025年学前三年毛入园率达到92%以上,比上年提高3个百分点。", doc_year=2023)
    assert "92%以上" in report and "percent_sign rule" in report
    assert "modality target" in report and "deadline 到2025年" in report
    assert "role     change  (change verb 提高)" in report
    assert "到2025年 → 2025" in report
    assert "gross_enrollment_rate" in report


def test_explain_without_figures() -> None:
    assert explain("没有数字。") == "no figures"


def test_cli_explain(capsys) -> None:
    from policyextract.cli import main

    assert main(["explain", "全市小学入学率为98.67%。"]) == 0
    out = capsys.readouterr().out
    assert "98.67%" in out and "metric   小学入学率" in out
