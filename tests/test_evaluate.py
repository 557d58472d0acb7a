"""`policyextract.evaluate` and `policyextract eval` agree with the shared scorer (tests/scoring,
a verbatim copy of ../shared/eval/score.py version 2), and say clearly what is wrong with a bad
gold file."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import sys
from pathlib import Path
from unittest import mock

import pytest

import policyextract
from accuracy import FIELDS, corpus_folders
from conftest import scoring_module
from policyextract.cli import main
from policyextract.evaluate import GoldError, load_gold

CORPORA = corpus_folders()


def _folder(corpus: str) -> Path:
    folder = CORPORA[corpus]
    if folder is None:
        pytest.skip(f"corpus {corpus!r} is not laid beside this checkout (../shared/corpus): nothing to agree on")
    return folder


def _predictions(folder: Path) -> list[dict]:
    return [
        figure.model_dump(mode="json")
        for path in sorted(folder.glob("*.txt"))
        if path.with_name(f"{path.stem}.gold.json").exists()
        for figure in policyextract.extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
    ]


def _scorer_output(folder: Path, predictions: list[dict], tmp_path: Path, *options: str) -> str:
    """What score.py prints for these predictions (run as its command line would run it)."""
    score = scoring_module("score")
    path = tmp_path / "scorer_pred.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions), encoding="utf-8")
    buffer = io.StringIO()
    with (
        contextlib.redirect_stdout(buffer),
        mock.patch.object(sys, "argv", ["score.py", str(folder), str(path), *options]),
    ):
        score.main()
    return buffer.getvalue()


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_measures_agree_with_the_shared_scorer(corpus: str, tmp_path: Path, capsys) -> None:
    folder = _folder(corpus)
    predictions = _predictions(folder)
    score = scoring_module("score")
    counts, per_kind, per_doc, errors, predicted = score.score(str(folder), predictions)
    evaluation = policyextract.evaluate(folder, predictions)
    for name, tp in (("span", "tp_span"), ("value", "tp_value"), ("record", "tp_record")):
        expected = score.f1(counts[tp], predicted, counts["gold"])
        got = getattr(evaluation, name)
        assert [round(x, 3) for x in (got.precision, got.recall, got.f1)] == [round(x, 3) for x in expected], name
    for field in FIELDS:
        expected = counts[f"{field}_ok"] / counts[f"{field}_n"] if counts[f"{field}_n"] else None
        assert evaluation.field_accuracy(field) == pytest.approx(expected), field
    for mine, theirs in ((evaluation.kinds, per_kind), (evaluation.docs, per_doc)):
        assert set(mine) == set(theirs)
        for key, tally in mine.items():
            n = theirs[key]["tp_span"] + theirs[key]["fp"]
            assert round(tally.value.f1, 3) == round(score.f1(theirs[key]["tp_value"], n, theirs[key]["gold"])[2], 3)
            assert round(tally.record.f1, 3) == round(score.f1(theirs[key]["tp_record"], n, theirs[key]["gold"])[2], 3)
    assert [m.what for m in evaluation.mistakes] == [e[0] for e in errors]
    # running the extractor itself gives the same as scoring its records
    assert policyextract.evaluate(folder).summary_line() == evaluation.summary_line()
    # the command prints score.py's last line, as its own last line
    expected_line = _scorer_output(folder, predictions, tmp_path).strip().splitlines()[-1]
    assert main(["eval", str(folder)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == expected_line


def test_pred_file_is_scored_and_json_written(tmp_path: Path, capsys) -> None:
    folder = _folder("seeds")
    predictions = _predictions(folder)
    keep = [p for i, p in enumerate(predictions) if i % 2]  # half the records: recall drops, precision stays
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in keep), encoding="utf-8")
    out = tmp_path / "scores.json"
    status = main(
        ["eval", str(folder), "--pred", str(pred), "--by-kind", "--by-doc", "--errors", "5", "--json", str(out)]
    )
    printed = capsys.readouterr().out
    assert status == 0
    expected = _scorer_output(folder, keep, tmp_path, "--by-kind", "--by-doc").strip().splitlines()
    assert printed.strip().splitlines()[-1] == expected[-1]
    assert printed.count("   FN | ") == 5
    data = json.loads(out.read_text(encoding="utf-8"))
    full = policyextract.evaluate(folder, predictions)
    assert data["overall"]["value"]["r"] < full.value.recall
    assert data["overall"]["value"]["p"] == pytest.approx(full.value.precision, abs=0.02)
    assert data["value_F1"] == pytest.approx(float(expected[-1].split()[0].split("=")[1]), abs=5e-4)
    assert set(data) >= {"overall", "fields", "kinds", "docs", "errors"}
    assert len(data["errors"]) > 5


def _gold_folder(tmp_path: Path, figures: list[dict]) -> Path:
    (tmp_path / "a.txt").write_text("全市新建学校3所,投入经费500万元。全市新建学校3所。", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(
        json.dumps({"doc_id": "a", "doc_year": 2025, "figures": figures}, ensure_ascii=False), encoding="utf-8"
    )
    return tmp_path


MONEY = {"left": "投入经费", "text": "500万元", "kind": "money", "value": 5000000, "bound": "=", "unit": "元",
         "metric": "经费", "modality": "actual", "role": "level", "time": None}  # fmt: skip


@pytest.mark.parametrize(
    ("figure", "complaint"),
    [
        ({**MONEY, "left": "新建学校", "text": "3所", "kind": "count"}, "left+text occurs 2 times"),
        ({**MONEY, "left": "拨付经费"}, "left+text occurs 0 times"),
        ({**MONEY, "kind": "yuan"}, "unknown kind 'yuan'"),
        ({**MONEY, "modality": "planned"}, "unknown modality 'planned'"),
        ({**MONEY, "value": "五百万"}, "value must be a number"),
        ({**MONEY, "colour": "red"}, "unknown keys ['colour']"),
        ({**MONEY, "bound": [">="]}, "unknown bound ['>=']"),
        ({**MONEY, "metric": 5}, "metric must be a string or null"),
        ({**MONEY, "high": "六百万"}, "high must be a number"),
    ],
)
def test_bad_gold_file_names_file_figure_and_problem(tmp_path: Path, capsys, figure: dict, complaint: str) -> None:
    folder = _gold_folder(tmp_path, [figure])
    with pytest.raises(GoldError) as raised:
        load_gold(folder / "a.gold.json")
    message = str(raised.value)
    assert "a.gold.json" in message and "#0" in message and complaint in message
    assert f"{figure['left']!r}+{figure['text']!r}" in message
    assert isinstance(raised.value, policyextract.PolicyExtractError)
    assert main(["eval", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "a.gold.json" in err and complaint in err and "Traceback" not in err


def test_good_gold_file_scores(tmp_path: Path, capsys) -> None:
    folder = _gold_folder(tmp_path, [MONEY])
    evaluation = policyextract.evaluate(folder)
    assert evaluation.value.gold == 1 and evaluation.value.tp == 1
    assert evaluation.span.predicted > 1  # the counts 3所 are not in this gold: false positives
    assert main(["eval", str(folder)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("value_F1=")


def test_broken_json_and_missing_text_are_reported(tmp_path: Path, capsys) -> None:
    (tmp_path / "b.gold.json").write_text("{", encoding="utf-8")
    (tmp_path / "b.txt").write_text("学校3所。", encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 1
    assert "b.gold.json: not JSON" in capsys.readouterr().err
    (tmp_path / "b.txt").unlink()
    assert main(["eval", str(tmp_path)]) == 1
    assert "no b.txt beside it" in capsys.readouterr().err


def test_usage_errors_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["eval", str(tmp_path / "missing")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main(["eval", str(tmp_path)]) == 2  # no gold file in it
    assert "no NAME.gold.json" in capsys.readouterr().err
    folder = _gold_folder(tmp_path, [MONEY])
    assert main(["eval", str(folder), "--pred", str(tmp_path / "none.jsonl")]) == 2
    assert main(["eval", str(folder), "--errors", "many"]) == 2
    assert main(["eval"]) == 2
    capsys.readouterr()


def test_bad_prediction_file_exits_1(tmp_path: Path, capsys) -> None:
    folder = _gold_folder(tmp_path, [MONEY])
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"doc_id": "a"}\nnot json\n', encoding="utf-8")
    assert main(["eval", str(folder), "--pred", str(pred)]) == 1
    assert "line 2" in capsys.readouterr().err


def test_ignored_figure_neither_rewards_nor_punishes(tmp_path: Path) -> None:
    folder = _gold_folder(tmp_path, [{**MONEY, "ignore": True}])
    figures = policyextract.extract((folder / "a.txt").read_text(encoding="utf-8"), doc_id="a")
    evaluation = policyextract.evaluate(folder, figures)
    assert evaluation.value.gold == 0
    assert evaluation.span.predicted == len(figures) - 1  # the prediction on 500万元 is not counted
    shutil.rmtree(folder)


def test_the_example_of_the_gold_format_page_is_valid(tmp_path: Path) -> None:
    """docs/gold-format.md's example loads as written, and its error message is the one printed."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "gold-format.md").read_text(encoding="utf-8")
    text = re.split(r"```text[^\n]*\n", page, maxsplit=1)[1].split("```", 1)[0]  # ```text title="…"
    gold = re.split(r"```json[^\n]*\n", page, maxsplit=1)[1].split("```", 1)[0]
    (tmp_path / "demo.txt").write_text(text, encoding="utf-8")
    (tmp_path / "demo.gold.json").write_text(gold, encoding="utf-8")
    document = load_gold(tmp_path / "demo.gold.json")
    assert len(document.figures) == 7
    assert all(text[figure.start : figure.end] == figure.text for figure in document.figures)
    (tmp_path / "demo.gold.json").write_text(gold.replace('"毛入园率达到"', '"入园率为"'), encoding="utf-8")
    with pytest.raises(GoldError) as raised:
        load_gold(tmp_path / "demo.gold.json")
    shown = str(raised.value).splitlines()[-1].strip()
    assert shown in page


def test_odd_prediction_fields_are_wrong_not_fatal(tmp_path: Path) -> None:
    folder = _gold_folder(tmp_path, [MONEY])
    odd = {"doc_id": "a", "start": 17, "end": 22, "kind": ["money"], "value": [1], "bound": ["="], "metric": {"x": 1}}
    evaluation = policyextract.evaluate(folder, [odd, {"doc_id": "a", "start": "17"}])
    assert evaluation.span.tp == 1 and evaluation.value.tp == 0
    assert evaluation.span.predicted == 1  # a record without integer offsets is no prediction
