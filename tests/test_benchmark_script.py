"""The benchmark script runs and prints its table. It measures; nothing here asserts a speed."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "run.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_run", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_corpus_reaches_the_size_and_is_made_of_seed_paragraphs(bench: ModuleType, tmp_path: Path) -> None:
    paths = bench.build_corpus(tmp_path / "corpus", 0.2, seed=1)
    total = sum(path.stat().st_size for path in paths)
    assert total >= 200_000
    seed_lines = {line for lines in bench.seed_paragraphs() for line in lines}
    first = paths[0].read_text(encoding="utf-8").splitlines()
    assert first and set(first) <= seed_lines
    again = bench.build_corpus(tmp_path / "again", 0.2, seed=1)
    assert [path.read_bytes() for path in again] == [path.read_bytes() for path in paths], "seeded: reproducible"


def _number(line: str) -> float:
    """The first number after the label of a table row (thousands separators allowed)."""
    found = re.search(r"\s(\d[\d,]*(?:\.\d+)?)(?:x)?(?:\s|$)", line)
    assert found, f"no number in row: {line!r}"
    return float(found.group(1).replace(",", ""))


def test_quick_run_prints_the_table_with_positive_numbers(tmp_path: Path) -> None:
    command = [sys.executable, str(SCRIPT), "--size-mb", "0.2", "--quick", "--no-peers", "--import-runs", "1"]
    completed = subprocess.run(
        [*command, "--out-dir", str(tmp_path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()

    def row(label: str) -> str:
        matching = [line for line in lines if line.strip().startswith(label)]
        assert matching, f"row {label!r} missing from:\n{completed.stdout}"
        return matching[0]

    for label in (
        "CJK characters / s",
        "CJK characters / CPU second",
        "documents / s",
        "figures / s",
        "peak memory, largest document",
        "import time",
        "import + first extract",
    ):
        assert _number(row(label).strip()[len(label) :]) > 0, row(label)

    header = lines.index(next(line for line in lines if line.strip().startswith("corpus MB")))
    sizes = [line.split() for line in lines[header + 1 : header + 4]]
    assert len(sizes) == 3 and all(len(cells) == 5 for cells in sizes), sizes
    assert all(float(cells[3]) > 0 for cells in sizes), "peak RSS at each corpus size"
    assert "skipped (--no-peers)" in completed.stdout
    if "skipped: policyextract.batch.extract_files" not in completed.stdout:
        assert _number(row("speed-up jobs 2 / jobs 1").strip()[len("speed-up jobs 2 / jobs 1") :]) > 0


def test_the_adversarial_benchmark_prints_a_row_per_pattern_and_size() -> None:
    script = ROOT / "benchmarks" / "adversarial.py"
    done = subprocess.run(
        [sys.executable, str(script), "--patterns", "dash,percent", "--sizes", "2k,4k"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    rows = [line.split() for line in done.stdout.splitlines() if line.startswith(("dash", "percent"))]
    assert [(row[0], row[1]) for row in rows] == [
        ("dash", "2,000"),
        ("dash", "4,000"),
        ("percent", "2,000"),
        ("percent", "4,000"),
    ]
    assert int(rows[3][2]) == 444, "the figures of 4,000 characters of 达到98.67%,"


@pytest.mark.parametrize(("bound", "code"), [(100.0, 0), (0.5, 1)])
def test_the_adversarial_benchmark_fails_past_its_linear_bound(bound: float, code: int) -> None:
    # the first size is 1.0 × linear by definition, so a bound under 1 must fail and name the run
    script = ROOT / "benchmarks" / "adversarial.py"
    done = subprocess.run(
        [sys.executable, str(script), "--patterns", "percent", "--sizes", "2k,4k", "--max-linear", str(bound)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == code, done.stderr
    assert ("percent at 2,000: 1.00 × linear" in done.stderr) == (code == 1)
