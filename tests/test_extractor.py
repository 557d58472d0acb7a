"""The Extractor: settings as one picklable value that reaches every worker, whatever the start method."""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

import policyextract
from policyextract import Extractor, indicator
from policyextract.cli import main
from policyextract.extractor import default_extractor

MEALS = {"code": "nutrition_meals", "keywords": ["营养餐"], "kinds": ["count", "money"]}
MEALS_TEXT = "全县发放营养餐12万份。"
SRC = str(Path(__file__).resolve().parents[1] / "src")
START_METHODS = [method for method in ("spawn", "forkserver") if method in multiprocessing.get_all_start_methods()]


@pytest.fixture
def restore_entries():
    saved = list(indicator._ENTRIES)
    yield
    indicator._ENTRIES[:] = saved


def _meals_toml(folder: Path) -> Path:
    path = folder / "meals.toml"
    path.write_text('[[indicator]]\ncode = "nutrition_meals"\nkeywords = ["营养餐"]\nkinds = ["count"]\n', "utf-8")
    return path


def test_an_extractors_indicators_apply_to_it_and_not_to_the_default() -> None:
    extractor = Extractor(indicators=[MEALS])
    assert extractor.extract(MEALS_TEXT)[0].indicator == "nutrition_meals"
    assert policyextract.extract(MEALS_TEXT)[0].indicator != "nutrition_meals"
    # its own entries come first, the built-in table after them
    assert extractor.indicators[0].code == "nutrition_meals"
    assert len(extractor.indicators) == len(indicator.BUILT_IN_ENTRIES) + 1
    assert extractor.extract("初中辍学率为0.72%。")[0].indicator == "dropout_rate"


def test_without_the_built_in_table_only_the_given_entries_classify() -> None:
    extractor = Extractor(indicators=[MEALS], built_in_indicators=False)
    assert extractor.extract("初中辍学率为0.72%。")[0].indicator is None
    assert extractor.extract(MEALS_TEXT)[0].indicator == "nutrition_meals"


def test_indicator_files_toml_and_json_mix_with_entries(tmp_path: Path) -> None:
    books = tmp_path / "books.json"
    books.write_text(json.dumps([{"code": "books", "keywords": ["图书"]}]), encoding="utf-8")
    extractor = Extractor(indicators=[_meals_toml(tmp_path), str(books), {"code": "desks", "keywords": ["课桌"]}])
    assert [entry.code for entry in extractor.indicators[:3]] == ["nutrition_meals", "books", "desks"]
    assert extractor.extract("新增图书3万册。")[0].indicator == "books"
    assert Extractor(indicators=_meals_toml(tmp_path)).indicators[0].code == "nutrition_meals"  # one file, bare


@pytest.mark.parametrize(
    "bad",
    [[{"code": "Bad Code", "keywords": ["x"]}], ["/no/such/indicators.toml"], [{"code": "x", "keywords": []}]],
    ids=["bad-code", "missing-file", "no-keywords"],
)
def test_bad_settings_are_indicator_errors(bad: list) -> None:
    with pytest.raises(policyextract.IndicatorError):
        Extractor(indicators=bad)


def test_a_blocklist_word_drops_the_figures_inside_it() -> None:
    text = "推进三支一扶计划，招募150名志愿者。"
    assert "三支" in [figure.text for figure in policyextract.extract(text)]
    assert [figure.text for figure in Extractor(blocklist=["三支一扶"]).extract(text)] == ["150名"]


def test_extra_classifiers_count_for_that_extractor_only() -> None:
    text = "运动会上获得金牌3枚，银牌五枚；向水库放流鱼苗2000尾。"
    assert policyextract.extract(text) == []
    extractor = Extractor(classifiers=["尾", "枚"])
    found = [(figure.text, figure.kind, figure.unit, int(figure.value)) for figure in extractor.extract(text)]
    assert found == [("3枚", "count", "枚", 3), ("五枚", "count", "枚", 5), ("2000尾", "count", "尾", 2000)]
    assert extractor.classifiers == ("尾", "枚") and extractor == Extractor(classifiers=["枚", "尾", "枚"])
    assert [figure.text for figure in extractor.extract("全市新建学校3所。")] == ["3所"]  # the lexicon's still count


@pytest.mark.parametrize("bad", ["", "3", "a b", "很长的一个量词"], ids=["empty", "digit", "latin", "too-long"])
def test_a_bad_classifier_is_a_config_error(bad: str) -> None:
    with pytest.raises(policyextract.ConfigError, match="classifier"):
        Extractor(classifiers=[bad])


def test_an_extractor_pickles_with_its_settings_and_works_after() -> None:
    extractor = Extractor(indicators=[MEALS], blocklist=["三支一扶"], classifiers=["枚"])
    extractor.extract("推进三支一扶计划。" + MEALS_TEXT)  # fills the caches, which must not travel
    copy = pickle.loads(pickle.dumps(extractor))
    assert copy == extractor and copy is not extractor
    assert copy.extract(MEALS_TEXT)[0].indicator == "nutrition_meals"
    assert [figure.text for figure in copy.extract("推进三支一扶计划。")] == []
    assert [figure.text for figure in copy.extract("获得金牌3枚。")] == ["3枚"]


def test_explain_and_extract_document_use_the_settings() -> None:
    extractor = Extractor(indicators=[MEALS])
    assert "nutrition_meals" in extractor.explain(MEALS_TEXT)
    assert "nutrition_meals" not in policyextract.explain(MEALS_TEXT)
    result = extractor.extract_document(MEALS_TEXT, doc_id="meals", doc_year=2024)
    assert result.document.doc_year == 2024 and result.figures[0].indicator == "nutrition_meals"


def test_register_changes_the_default_extractor(restore_entries) -> None:
    before = default_extractor()
    indicator.register(MEALS)
    assert default_extractor() != before
    assert default_extractor().indicators[0].code == "nutrition_meals"
    assert policyextract.extract(MEALS_TEXT)[0].indicator == "nutrition_meals"


# --- worker processes: a fresh interpreter per start method, as a user's script would run -------

_WORKERS_SCRIPT = """
import json, multiprocessing, sys
multiprocessing.set_start_method(sys.argv[1])
import policyextract
from policyextract import indicator
from policyextract.batch import extract_files

MEALS = {"code": "nutrition_meals", "keywords": ["营养餐"], "kinds": ["count"]}
paths = sys.argv[3:]
if sys.argv[2] == "extractor":
    results = policyextract.Extractor(indicators=[MEALS], classifiers=["枚"]).extract_files(paths, jobs=2)
else:  # the old way: module state the workers used to miss
    indicator.register(MEALS)
    results = extract_files(paths, jobs=2)
print(json.dumps([[figure.indicator or figure.unit for figure in result.figures] for result in results]))
"""


@pytest.mark.parametrize("how", ["extractor", "register"])
@pytest.mark.parametrize("method", START_METHODS)
def test_settings_reach_pool_workers_under_every_start_method(method: str, how: str, tmp_path: Path) -> None:
    paths = []
    for number in range(4):  # more documents than workers: every worker gets some
        path = tmp_path / f"d{number}.txt"
        path.write_text(f"全县发放营养餐{number + 1}万份，获得奖牌{number + 2}枚。", encoding="utf-8")
        paths.append(str(path))
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    run = subprocess.run(
        [sys.executable, "-c", _WORKERS_SCRIPT, method, how, *paths], capture_output=True, text=True, env=env
    )
    assert run.returncode == 0, run.stderr
    # the extractor's own classifier 枚 counts in the workers too; register() has no classifiers
    expected = ["nutrition_meals", "枚"] if how == "extractor" else ["nutrition_meals"]
    assert json.loads(run.stdout) == [expected] * 4


# --- the command line ----------------------------------------------------------------------------


def test_cli_indicators_file_is_applied(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = tmp_path / "meals.txt"
    document.write_text(MEALS_TEXT, encoding="utf-8")
    indicators = _meals_toml(tmp_path)
    assert main(["extract", str(document), "--format", "jsonl", "--quiet", "--indicators", str(indicators)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["indicator"] for record in records] == ["nutrition_meals"]
    assert main(["extract", str(document), "--quiet", "--jobs", "2", "--indicators", str(indicators)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["indicator"] == "nutrition_meals"
    assert main(["explain", MEALS_TEXT, "--indicators", str(indicators)]) == 0
    assert "nutrition_meals" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[indicator]\ncode = ", "not valid TOML"),
        ('[[indicators]]\ncode = "meals"\nkeywords = ["营养餐"]\n', "unknown table or key indicators"),
        ('[[indicator]]\ncode = "Bad Code"\nkeywords = ["x"]\n', "bad indicator entry"),
        (None, "cannot read"),
    ],
    ids=["broken-toml", "misspelt-table", "bad-entry", "missing"],
)
def test_cli_bad_indicators_file_is_a_usage_error(
    content: str | None, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "meals.txt"
    document.write_text(MEALS_TEXT, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["extract", str(document), "-o", str(output), "--indicators", str(bad)]) == 2
    error = capsys.readouterr().err
    assert "bad.toml" in error and message in error and "Traceback" not in error
    assert not output.exists()  # refused before anything was opened
    assert main(["explain", MEALS_TEXT, "--indicators", str(bad)]) == 2


def test_the_documented_indicator_file_and_cli_flag_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meaning = (Path(__file__).resolve().parents[1] / "docs" / "meaning.md").read_text(encoding="utf-8")
    toml = re.split(r"```toml[^\n]*\n", meaning, maxsplit=1)[1].split("```", 1)[0]  # ```toml title="…"
    assert "--indicators" in meaning and "Extractor(indicators=" in meaning
    path = tmp_path / "my_indicators.toml"
    path.write_text(toml, encoding="utf-8")
    extractor = Extractor(indicators=[path])
    assert extractor.extract("全县落实营养改善计划资金300万元。")[0].indicator == "nutrition_meals"
    assert extractor.extract("全县发放营养餐补助300万元。")[0].indicator != "nutrition_meals"  # its exclude word
    assert main(["explain", "全县发放营养餐12万份。", "--indicators", str(path)]) == 0
    assert "nutrition_meals" in capsys.readouterr().out


def test_cli_classifier_and_blocklist_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = tmp_path / "medals.txt"
    document.write_text("获得金牌3枚，推进三支一扶计划，招募150名志愿者。", encoding="utf-8")
    assert main(["extract", str(document), "--quiet"]) == 0
    assert [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()] == ["三支", "150名"]
    flags = ["--classifier", "枚", "--blocklist", "三支一扶"]
    assert main(["extract", str(document), "--quiet", "--jobs", "2", *flags]) == 0
    assert [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()] == ["3枚", "150名"]
    assert main(["explain", "获得金牌3枚。", "--classifier", "枚"]) == 0
    assert "3枚" in capsys.readouterr().out
    assert main(["extract", str(document), "--classifier", "3"]) == 2
    assert "classifier '3'" in capsys.readouterr().err
