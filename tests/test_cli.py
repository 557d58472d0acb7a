"""The command line over the public API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from policyextract.cli import main


def test_extract_writes_jsonl_with_doc_ids(seed_paths, capsys) -> None:
    assert main(["extract", str(seed_paths[3]), "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and all(record["doc_id"] == seed_paths[3].stem for record in lines)
    text = seed_paths[3].read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in lines)


def test_missing_file_is_skipped_with_a_message(seed_paths, capsys, tmp_path: Path) -> None:
    status = main(["extract", str(tmp_path / "missing.txt"), str(seed_paths[3])])
    captured = capsys.readouterr()
    assert status == 1
    assert "missing.txt" in captured.err
    assert captured.out.strip(), "the good file must still be extracted"


def test_gbk_file_is_decoded(tmp_path: Path, capsys) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("全市新建学校3所,投入经费500万元。".encode("gbk"))
    assert main(["extract", str(path)]) == 0
    values = [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()]
    assert values == [3, 5000000]


def test_module_entry_point_runs(seed_paths) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "policyextract", "extract", str(seed_paths[3])],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert completed.stdout.count("\n") >= 5
