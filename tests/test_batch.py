"""Batches: stable order, one result per document, failures as results, parallel = sequential."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from policyextract import batch
from policyextract.batch import UNCHANGED, extract_files, failed, is_unchanged
from policyextract.errors import ConfigError


@pytest.fixture()
def corpus(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """The seeds twice, in two sub-folders, with a bad file of each kind among them."""
    for copy in ("a", "b"):
        folder = tmp_path / copy
        folder.mkdir()
        for path in seed_paths:
            (folder / f"{copy}{path.name}").write_bytes(path.read_bytes())
    (tmp_path / "a" / "a002_empty.txt").write_bytes(b"")
    (tmp_path / "b" / "b003_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(256))
    (tmp_path / "b" / "b004_gbk.txt").write_bytes("全市新建学校3所,投入经费500万元。".encode("gbk"))
    return tmp_path


def _records(results) -> list[tuple]:
    return [
        (r.document.doc_id, r.document.error, r.document.sha256, tuple(f.model_dump_json() for f in r.figures))
        for r in results
    ]


def test_results_come_in_input_order_one_per_file(corpus: Path) -> None:
    results = list(extract_files([corpus], glob="*.txt"))
    names = [r.document.doc_id for r in results]
    expected = sorted(p.stem for p in (corpus / "a").iterdir()) + sorted(p.stem for p in (corpus / "b").iterdir())
    assert names == expected
    assert len(set(names)) == len(names)


def test_failures_are_results_with_a_reason(corpus: Path) -> None:
    results = {r.document.doc_id: r for r in extract_files([corpus, corpus / "missing.txt"])}
    assert "empty file" in results["a002_empty"].document.error
    assert "binary file" in results["b003_binary"].document.error
    assert "no such file" in results["missing"].document.error
    assert all(not results[name].figures for name in ("a002_empty", "b003_binary", "missing"))
    assert [f.value for f in results["b004_gbk"].figures] == [3, 5000000]
    assert results["b004_gbk"].document.encoding == "gbk"
    good = [r for r in results.values() if not failed(r)]
    assert len(good) == 11 and all(r.figures for r in good)


def test_two_jobs_give_exactly_the_records_of_one(corpus: Path) -> None:
    sequential = _records(extract_files([corpus], jobs=1))
    parallel = _records(extract_files([corpus], jobs=2))
    assert parallel == sequential
    assert sum(len(figures) for *_, figures in sequential) > 100


@pytest.fixture()
def years(tmp_path: Path) -> Path:
    """Two years' reports under the same name, as archives of yearly reports are kept."""
    for year, count in (("2022", 3), ("2023", 5)):
        (tmp_path / year).mkdir()
        (tmp_path / year / "report.txt").write_text(f"全市新建学校{count}所。", encoding="utf-8")
    return tmp_path


def test_a_files_id_is_its_name_whatever_else_is_in_the_run(years: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (alone,) = extract_files(years / "2023")
    assert alone.document.doc_id == "report"
    assert alone.document.source == str(years / "2023" / "report.txt"), "the source is the absolute path"
    monkeypatch.chdir(years / "2022")
    (relative,) = extract_files("../2023")  # another working folder, another spelling: same id and source
    assert (relative.document.doc_id, relative.document.source) == ("report", alone.document.source)


def test_two_files_with_one_id_in_a_run_the_second_fails_naming_the_first(years: Path) -> None:
    first, second = extract_files(years)
    assert first.document.doc_id == "report" and [f.value for f in first.figures] == [3]
    assert failed(second) and not second.figures
    assert str(years / "2023" / "report.txt") in second.document.error
    assert str(years / "2022" / "report.txt") in second.document.error and "--id-root" in second.document.error


def test_a_text_and_a_docx_of_one_name_do_not_share_an_id_silently(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("新建学校3所。", encoding="utf-8")
    (tmp_path / "x.html").write_text("<html><body><p>新建学校5所。</p></body></html>", encoding="utf-8")
    html, text = extract_files(tmp_path)  # sorted: x.html, then x.txt
    assert html.document.doc_id == "x" and [f.value for f in html.figures] == [5]
    assert failed(text) and "x.txt" in text.document.error and "x.html" in text.document.error


def test_id_root_names_ids_after_the_folders_from_anywhere(years: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [r.document.doc_id for r in extract_files(years, id_root=years)]
    assert ids == ["2022/report", "2023/report"]
    monkeypatch.chdir(years / "2023")
    assert [r.document.doc_id for r in extract_files(".", id_root="..")] == ["2023/report"]
    (outside,) = extract_files(years / "2022", id_root=years / "2023")
    assert failed(outside) and "not inside the id root" in outside.document.error


def test_doc_id_names_the_one_document(years: Path) -> None:
    (result,) = extract_files(years / "2022" / "report.txt", doc_id="annual-2022")
    assert result.document.doc_id == "annual-2022" and result.figures[0].doc_id == "annual-2022"
    with pytest.raises(ConfigError, match="names one document"):
        list(extract_files(years, doc_id="annual"))


def test_known_hashes_skip_unchanged_documents_only(seed_paths: list[Path]) -> None:
    first = list(extract_files(seed_paths[:2]))
    known = {first[0].document.doc_id: first[0].document.sha256, first[1].document.doc_id: "0" * 64}
    again = list(extract_files(seed_paths[:2], known_hashes=known))
    assert is_unchanged(again[0]) and again[0].document.error == UNCHANGED and not again[0].figures
    assert not is_unchanged(again[1]) and again[1].figures == first[1].figures
    assert not failed(again[0])


def test_doc_year_is_passed_on(seed_paths: list[Path]) -> None:
    (result,) = extract_files([seed_paths[2]], doc_year=2010)
    assert result.document.doc_year == 2010 and result.document.doc_year_source == "given"


def test_a_crash_inside_the_pipeline_becomes_the_documents_error(
    seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("rule exploded")

    monkeypatch.setattr(batch, "extract_document", broken)
    (result,) = extract_files([seed_paths[0]])
    assert result.document.error.endswith("RuntimeError: rule exploded")
    assert seed_paths[0].name in result.document.error


def _dies_on_poison(task):
    if task.doc_id == "poison":
        os._exit(3)  # a worker killed outright, as by the out-of-memory killer
    return _original_run(task)


_original_run = batch._run


def test_a_worker_that_dies_fails_only_its_own_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["one", "two", "poison", "three", "four", "five"]
    for name in names:
        (tmp_path / f"{name}.txt").write_text(f"{name}:新建学校3所。", encoding="utf-8")
    monkeypatch.setattr(batch, "_run", _dies_on_poison)
    results = list(extract_files([tmp_path / f"{name}.txt" for name in names], jobs=2))
    assert [r.document.doc_id for r in results] == names
    assert "worker process died" in results[2].document.error
    assert all(r.document.error is None and len(r.figures) == 1 for i, r in enumerate(results) if i != 2)


def test_stopping_early_leaves_no_work_behind(seed_paths: list[Path]) -> None:
    results = extract_files(seed_paths * 4, jobs=2)
    first = next(results)
    results.close()  # what --strict does at the first failure
    assert first.document.doc_id == seed_paths[0].stem


def test_jobs_must_be_positive(seed_paths: list[Path]) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_files(seed_paths, jobs=0))


def test_one_path_as_a_str_or_a_path_is_one_input(years: Path) -> None:
    folder = years / "2022"
    assert [r.document.doc_id for r in extract_files(str(folder))] == ["report"], "not its characters"
    assert [r.document.doc_id for r in extract_files(folder)] == ["report"]
    assert [r.document.doc_id for r in extract_files(folder / "report.txt")] == ["report"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"paths": 42}, "paths must be file or folder names"),
        ({"paths": [b"raw"]}, "paths must be file or folder names"),
        ({"doc_year": "2024"}, "doc_year must be an int"),
        ({"jobs": "2"}, "jobs must be a whole number"),
        ({"max_bytes": 0}, "max_bytes must be a positive int"),
        ({"doc_id": "x", "id_root": "."}, "not both"),
    ],
    ids=["number", "bytes", "year-str", "jobs-str", "max-bytes", "doc-id-and-root"],
)
def test_bad_arguments_are_clear_config_errors_at_the_call(arguments: dict, message: str) -> None:
    arguments = {"paths": ["x.txt"], **arguments}
    with pytest.raises(ConfigError, match=message):
        extract_files(**arguments)  # raised at the call, before any iteration


# ---------------------------------------------------------------------------------------------
# no worker outlives its parent


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(child) for child in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has ended; only its exit status is left


def _wait_until(condition, seconds: float) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads worker pids from /proc (Linux)")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT", "SIGKILL"])
def test_killing_a_two_job_run_leaves_no_worker_running(
    tmp_path: Path, seed_paths: list[Path], signal_name: str
) -> None:
    import signal
    import subprocess
    import sys

    text = "".join(path.read_text(encoding="utf-8") for path in seed_paths) * 20  # long enough to be busy
    for number in range(40):
        (tmp_path / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, "-m", "policyextract", "extract", str(tmp_path), "--jobs", "2", "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    workers: set[int] = set()
    try:
        assert _wait_until(lambda: len(_children(run.pid)) >= 2, 120), "the workers never started"
        workers = _children(run.pid)
        run.send_signal(getattr(signal, signal_name))
        run.wait(timeout=60)
        assert _wait_until(lambda: not any(_running(pid) for pid in workers), 30), f"workers left after {signal_name}"
        if signal_name != "SIGKILL":
            assert run.returncode == {"SIGTERM": 143, "SIGINT": 130}[signal_name]
            assert b"interrupted; every document reported as done is stored" in run.stderr.read()
    finally:
        run.kill()
        for pid in workers:  # whatever happened, leave nothing behind
            if _running(pid):
                os.kill(pid, signal.SIGKILL)


_WITHOUT_PDEATHSIG = """
import sys, types
from policyextract import batch
batch.sys = types.SimpleNamespace(platform="elsewhere")  # no prctl: the watchdog alone must act
for result in batch.extract_files(sys.argv[1], jobs=2):
    pass
"""


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads worker pids from /proc (Linux)")
def test_the_watchdog_alone_ends_orphaned_workers(tmp_path: Path, seed_paths: list[Path]) -> None:
    import signal
    import subprocess
    import sys

    text = "".join(path.read_text(encoding="utf-8") for path in seed_paths) * 20
    for number in range(40):
        (tmp_path / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-c", _WITHOUT_PDEATHSIG, str(tmp_path)])
    workers: set[int] = set()
    try:
        assert _wait_until(lambda: len(_children(run.pid)) >= 2, 120), "the workers never started"
        workers = _children(run.pid)
        run.kill()
        run.wait(timeout=60)
        assert _wait_until(lambda: not any(_running(pid) for pid in workers), 30), "orphaned workers kept running"
    finally:
        run.kill()
        for pid in workers:
            if _running(pid):
                os.kill(pid, signal.SIGKILL)
