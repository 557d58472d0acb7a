"""Indicator and stage codes, and extending the table without editing the package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import policyextract
from policyextract import indicator

CASES = [
    ("全市小学适龄儿童入学率为98.67%。", "98.67%", "enrollment_rate", "primary"),
    ("初中辍学率为0.72%。", "0.72%", "dropout_rate", "junior_secondary"),
    ("学前三年毛入园率达到92%。", "92%", "gross_enrollment_rate", "preschool"),
    ("全市专任教师学历合格率小学98.7%。", "98.7%", "teacher_qualification_rate", "primary"),
    ("五镇尚有欠款491.6万元。", "491.6万元", "debt", None),
    ("新增学位达到2.8万个。", "2.8万个", "school_places", None),
    ("中职招生20800人。", "20800人", "enrolment_intake", "vocational"),
    ("职普比为3.1:6.9。", "3.1:6.9", "vocational_general_ratio", None),
]


@pytest.mark.parametrize(("text", "written", "code", "stage"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_built_in_indicators(text: str, written: str, code: str, stage: str | None) -> None:
    figure = next(f for f in policyextract.extract(text) if f.text == written)
    assert (figure.indicator, figure.stage) == (code, stage), text


@pytest.fixture
def restore_entries():
    saved = list(indicator._ENTRIES)
    yield
    indicator._ENTRIES[:] = saved


def test_register_a_new_indicator(restore_entries) -> None:
    assert policyextract.extract("全县发放营养餐12万份。")[0].indicator != "nutrition_meals"
    indicator.register({"code": "nutrition_meals", "keywords": ["营养餐"], "kinds": ["count"]})
    assert policyextract.extract("全县发放营养餐12万份。")[0].indicator == "nutrition_meals"


def test_load_toml_and_json_files(restore_entries, tmp_path: Path) -> None:
    toml_file = tmp_path / "extra.toml"
    toml_file.write_text('[[indicator]]\ncode = "meals"\nkeywords = ["营养餐"]\n', encoding="utf-8")
    json_file = tmp_path / "extra.json"
    json_file.write_text(json.dumps([{"code": "books", "keywords": ["图书"]}]), encoding="utf-8")
    assert [entry.code for entry in indicator.load_file(toml_file)] == ["meals"]
    assert [entry.code for entry in indicator.load_file(json_file)] == ["books"]
    assert indicator.classify("新增图书", "count")[0] == "books"


@pytest.mark.parametrize(
    "bad",
    [
        {"code": "Bad Code", "keywords": ["x"]},
        {"code": "empty", "keywords": []},
        {"code": "blank", "keywords": [" "]},
        {"code": "extra", "keywords": ["x"], "colour": "red"},
        {"keywords": ["x"]},
    ],
    ids=["bad-code", "no-keywords", "blank-keyword", "unknown-field", "no-code"],
)
def test_bad_entries_are_clear_errors(bad: dict, restore_entries) -> None:
    with pytest.raises(indicator.IndicatorError, match="bad indicator entry"):
        indicator.register(bad)


def test_a_broken_file_names_itself(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[[indicator]\ncode = ", encoding="utf-8")
    with pytest.raises(indicator.IndicatorError, match=r"broken\.toml"):
        indicator.load_file(broken)
