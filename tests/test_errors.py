"""One error family: everything the library raises on purpose is a `PolicyExtractError`."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
import regex

import policyextract
from policyextract import errors, pipeline
from policyextract import recognize as recognize_module
from policyextract.batch import extract_files

PUBLIC = [
    ("InputError", ValueError),
    ("ExtractionLimitError", ValueError),
    ("IngestError", ValueError),
    ("ConfigError", ValueError),
    ("IndicatorError", ValueError),
    ("SinkError", RuntimeError),
    ("MissingExtraError", ImportError),
    ("NumberError", ValueError),
    ("GoldError", ValueError),
    ("PredictionError", ValueError),
]


@pytest.mark.parametrize(("name", "old_base"), PUBLIC, ids=[name for name, _ in PUBLIC])
def test_each_public_error_is_a_policyextract_error_and_keeps_its_old_base(name: str, old_base: type) -> None:
    error = getattr(policyextract, name)
    assert name in policyextract.__all__
    assert issubclass(error, policyextract.PolicyExtractError)
    assert issubclass(error, old_base)


def test_the_old_import_paths_name_the_same_classes() -> None:
    from policyextract.indicator import IndicatorError
    from policyextract.ingest import IngestError
    from policyextract.numerals import NumberError
    from policyextract.pipeline import InputError
    from policyextract.sinks import SinkError

    assert (IndicatorError, IngestError, NumberError, InputError, SinkError) == (
        errors.IndicatorError,
        errors.IngestError,
        errors.NumberError,
        errors.InputError,
        errors.SinkError,
    )


def _package_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(policyextract.__path__, "policyextract."):
        if info.name in {"policyextract.dask", "policyextract.__main__"}:
            continue  # the dask module imports the optional extra only when used; __main__ runs the CLI
        names.append(info.name)
    return names


def test_every_exception_class_in_the_package_derives_from_the_base() -> None:
    found = []
    for name in _package_modules():
        module = importlib.import_module(name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            # errors only: a KeyboardInterrupt-like signal for stopping (cli._Terminated) is no error
            if issubclass(value, Exception) and value.__module__.startswith("policyextract"):
                found.append(value)
    assert len(found) >= len(PUBLIC)
    assert [error for error in found if not issubclass(error, policyextract.PolicyExtractError)] == []


def test_jobs_zero_is_a_config_error() -> None:
    with pytest.raises(policyextract.ConfigError):
        list(extract_files([], jobs=0))


def _times_out(text: str, *settings: object) -> list:
    # a real regex time-out: catastrophic backtracking on a digit run, with a tiny limit
    regex.compile(r"(?:1|11)+x").match("1" * 60, timeout=0.001)
    return []


def test_a_scan_time_out_is_an_extraction_limit_error_naming_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "recognize", _times_out)
    with pytest.raises(policyextract.ExtractionLimitError, match="'report-7'") as caught:
        policyextract.extract_document("入学率为98%。", doc_id="report-7")
    assert isinstance(caught.value, policyextract.PolicyExtractError)
    assert isinstance(caught.value.__cause__, TimeoutError)


def test_a_scan_time_out_in_a_batch_is_that_documents_error(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(pipeline, "recognize", _times_out)
    (tmp_path / "slow.txt").write_text("入学率为98%。", encoding="utf-8")
    [result] = extract_files([tmp_path / "slow.txt"])
    assert result.document.error is not None and "ExtractionLimitError" in result.document.error
    assert "'slow'" in result.document.error


def test_a_scan_time_out_in_a_dask_item_is_that_documents_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from policyextract.dask import extract_item

    monkeypatch.setattr(pipeline, "recognize", _times_out)
    result = extract_item(("slow", "入学率为98%。"))
    assert result.document.error is not None and "'slow'" in result.document.error


def test_the_scan_applies_its_time_limit_to_every_match_on_a_long_number_run(monkeypatch: pytest.MonkeyPatch) -> None:
    # the limit goes to regex positionally (see recognize._matches): a tiny one must fire where a
    # run of number characters is longer than any figure's, the only place a match can run long
    monkeypatch.setattr(recognize_module, "MATCH_TIMEOUT_SECONDS", 1e-9)
    for run in ["1" * 20000, "1" * (recognize_module.LONG_NUMBER_RUN + 1), "一二三四五六七八九十" * 5]:
        with pytest.raises(TimeoutError):
            recognize_module.recognize("全市共有学校" + run + "所")
    # a figure's own run is read without it (the limit costs ~2 µs a match)
    assert [found.value for found in recognize_module.recognize("全市共有学校" + "1" * 12 + "所")] == [111111111111]
