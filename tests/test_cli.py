"""The command line over the public API."""

from __future__ import annotations

import hashlib
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


# ---------------------------------------------------------------------------------------------
# inputs, outputs, exit codes and the summary


def _figures(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_folder_with_a_glob_and_two_jobs(seed_paths, capsys, tmp_path: Path) -> None:
    for path in seed_paths:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "notes.md").write_text("新建学校3所。", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--glob", "*.txt", "--jobs", "2"]) == 0
    captured = capsys.readouterr()
    doc_ids = {record["doc_id"] for record in _figures(captured.out)}
    assert doc_ids == {path.stem for path in seed_paths}, "the glob must leave notes.md out"
    assert "policyextract: 5 documents in" in captured.err


def test_jobs_two_writes_the_same_lines_as_jobs_one(seed_paths, capsys) -> None:
    paths = [str(path) for path in seed_paths]
    assert main(["extract", *paths, "--quiet"]) == 0
    sequential = capsys.readouterr().out
    assert main(["extract", *paths, "--quiet", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == sequential


def test_stdin_is_read_when_no_path_is_given(monkeypatch, capsys) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("全市新建学校3所。".encode("gb18030"))))
    assert main(["extract"]) == 0
    records = _figures(capsys.readouterr().out)
    stdin_id = "stdin-" + hashlib.sha256("全市新建学校3所。".encode()).hexdigest()[:12]
    assert [(r["doc_id"], r["text"]) for r in records] == [(stdin_id, "3所")]


def test_dash_reads_stdin_in_a_subprocess() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "policyextract", "extract", "-", "--quiet"],
        input="投入经费500万元。".encode("utf-16"),
        capture_output=True,
        check=True,
        timeout=120,
    )
    assert [r["value"] for r in _figures(completed.stdout.decode("utf-8"))] == [5000000]
    assert completed.stderr == b"", "--quiet prints no summary"


def test_summary_counts_figures_by_kind_and_lists_failures(seed_paths, capsys, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert main(["extract", str(seed_paths[3]), str(empty), str(binary)]) == 1
    err = capsys.readouterr().err
    assert "policyextract: 3 documents in" in err
    assert "1 extracted, 2 failed" in err
    assert "  figures: " in err and "date " in err
    assert "failed:\n" in err
    assert f"{empty}: empty file" in err and f"{binary}: binary file" in err


def test_strict_stops_at_the_first_failure(seed_paths, capsys, tmp_path: Path) -> None:
    status = main(["extract", str(tmp_path / "missing.txt"), str(seed_paths[3]), "--strict"])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.out == "", "nothing after the failure is extracted"
    assert "--strict" in captured.err


def test_usage_errors_exit_two(capsys, tmp_path: Path) -> None:
    assert main(["extract", "x.txt", "--jobs", "0"]) == 2
    assert main(["extract", "x.txt", "--db", "sqlite:///x.db", "-o", "x.jsonl"]) == 2
    assert main(["extract", "x.txt", "--resume"]) == 2
    assert main(["extract", "x.txt", "-o", str(tmp_path / "figures.unknown")]) == 2
    assert main(["extract", "x.txt", "--format", "parquet"]) == 2
    assert main(["extract", "x.txt", "--format", "xml"]) == 2
    assert main(["no-such-command"]) == 2
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "--jobs must be at least 1" in err and "either --db or -o" in err and "--resume needs --db" in err
    assert not (tmp_path / "figures.unknown").exists()


def test_output_file_by_suffix(seed_paths, tmp_path: Path, capsys) -> None:
    output = tmp_path / "figures.jsonl"
    assert main(["extract", str(seed_paths[3]), "-o", str(output), "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    records = _figures(output.read_text(encoding="utf-8"))
    assert records and {r["doc_id"] for r in records} == {seed_paths[3].stem}


def test_database_resume_skips_unchanged_documents(seed_paths, tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'figures.db'}"
    paths = [str(path) for path in seed_paths[:3]]
    assert main(["extract", *paths, "--db", url]) == 0
    assert "3 extracted" in capsys.readouterr().err
    assert main(["extract", *paths, "--db", url, "--resume"]) == 0
    assert "0 extracted, 3 unchanged (--resume)" in capsys.readouterr().err


def test_schema_prints_the_json_schema_of_the_records(capsys) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Figure"
    assert {"doc_id", "start", "end", "kind", "value"} <= set(schema["properties"])
    assert main(["schema", "document"]) == 0
    assert "sha256" in json.loads(capsys.readouterr().out)["properties"]


def test_progress_bar_only_on_a_terminal(seed_paths, monkeypatch, capsys) -> None:
    from policyextract import cli

    class Terminal:
        def __init__(self) -> None:
            self.written: list[str] = []

        def isatty(self) -> bool:
            return True

        def write(self, text: str) -> None:
            self.written.append(text)

        def flush(self) -> None:
            pass

    terminal = Terminal()
    progress = cli._Progress.for_run([str(p) for p in seed_paths], _namespace(quiet=False), terminal)
    for _ in seed_paths:
        progress.advance(2)
    progress.close()
    assert any(
        f"{len(seed_paths)}/{len(seed_paths)} documents, {2 * len(seed_paths)} figures" in t for t in terminal.written
    )
    quiet = cli._Progress.for_run([str(p) for p in seed_paths], _namespace(quiet=True), terminal)
    assert quiet.stream is None
    piped = cli._Progress.for_run([str(p) for p in seed_paths], _namespace(quiet=False), sys.stderr)
    assert piped.stream is None


def _namespace(*, quiet: bool):
    import argparse

    return argparse.Namespace(quiet=quiet, glob=None)


def test_a_failed_reread_keeps_the_stored_copy(tmp_path: Path, capsys) -> None:
    import sqlite3

    path = tmp_path / "report.txt"
    path.write_text("全市新建学校3所,投入经费500万元。", encoding="utf-8")
    database = tmp_path / "figures.db"
    assert main(["extract", str(path), "--db", f"sqlite:///{database}", "--quiet"]) == 0
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # the file is now broken
    assert main(["extract", str(path), "--db", f"sqlite:///{database}", "--quiet"]) == 1
    assert "binary file" in capsys.readouterr().err, "failures are reported even with --quiet"
    with sqlite3.connect(database) as connection:
        stored = connection.execute("SELECT count(*) FROM figures WHERE doc_id = 'report'").fetchone()[0]
    assert stored == 2


def test_no_path_and_a_terminal_on_stdin_is_a_usage_error(monkeypatch, capsys) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    assert main(["extract"]) == 2
    assert "no input" in capsys.readouterr().err


def test_a_write_that_fails_is_listed_and_the_batch_goes_on(seed_paths, monkeypatch, capsys) -> None:
    from policyextract import cli
    from policyextract.sinks import SinkError

    written: list[str] = []

    class FlakySink:
        def __enter__(self):
            return self

        def __exit__(self, *exc_info) -> None:
            pass

        def known_hashes(self) -> dict[str, str]:
            return {}

        def write(self, result) -> None:
            if result.document.doc_id == seed_paths[1].stem:
                raise SinkError("cannot write to postgresql://edu: server closed the connection")
            written.append(result.document.doc_id)

    monkeypatch.setattr(cli, "_open_sink", lambda target, output_format: FlakySink())
    status = main(["extract", *(str(path) for path in seed_paths[:3]), "--db", "postgresql://edu"])
    err = capsys.readouterr().err
    assert status == 1
    assert written == [seed_paths[0].stem, seed_paths[2].stem]
    assert "2 extracted, 1 failed" in err
    assert f"{seed_paths[1]}: not stored: cannot write to postgresql://edu" in err


def test_text_html_and_docx_to_one_csv(tmp_path: Path, capsys) -> None:
    import csv
    import zipfile

    (tmp_path / "a.txt").write_bytes("全市新建学校3所。".encode("gbk"))
    (tmp_path / "b.html").write_text(
        "<html><body><nav>首页 人气 600</nav><p>投入经费500万元。</p></body></html>", encoding="utf-8"
    )
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(tmp_path / "c.docx", "w") as archive:
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{namespace}"><w:body><w:p><w:r><w:t>入学率为98.67%。</w:t></w:r></w:p>'
            "</w:body></w:document>",
        )
    output = tmp_path / "figures.csv"
    paths = [str(tmp_path / name) for name in ("a.txt", "b.html", "c.docx")]
    assert main(["extract", *paths, "--format", "csv", "-o", str(output)]) == 0
    with output.open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert [(row["doc_id"], row["text"]) for row in rows] == [("a", "3所"), ("b", "500万元"), ("c", "98.67%")]
    assert "3 documents" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# document identity: nothing overwritten


def _stored(database: Path) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT d.doc_id, d.source, f.text FROM documents d JOIN figures f USING (doc_id) ORDER BY 1, 3"
        ).fetchall()


def test_a_later_run_on_a_subfolder_never_replaces_another_files_figures(tmp_path: Path, monkeypatch, capsys) -> None:
    for year, count in (("2022", 3), ("2023", 5)):
        (tmp_path / year).mkdir()
        (tmp_path / year / "report.txt").write_text(f"全市新建学校{count}所。", encoding="utf-8")
    database = tmp_path / "figures.db"
    url = f"sqlite:///{database}"
    monkeypatch.chdir(tmp_path)
    assert main(["extract", ".", "--db", url]) == 1, "two files with one id: the second is a failure"
    err = capsys.readouterr().err
    assert "2023/report.txt: its id 'report' is taken by ./2022/report.txt" in err
    assert _stored(database) == [("report", str(tmp_path / "2022" / "report.txt"), "3所")]
    assert main(["extract", "2023", "--db", url]) == 1
    assert "already stored from" in capsys.readouterr().err
    assert _stored(database) == [("report", str(tmp_path / "2022" / "report.txt"), "3所")], "2022 is kept"
    # ids named after the folders: both stored, the same ids from a subfolder later
    other = f"sqlite:///{tmp_path / 'years.db'}"
    assert main(["extract", ".", "--id-root", ".", "--db", other]) == 0
    monkeypatch.chdir(tmp_path / "2023")
    assert main(["extract", ".", "--id-root", "..", "--db", other]) == 0
    assert [(doc_id, text) for doc_id, _, text in _stored(tmp_path / "years.db")] == [
        ("2022/report", "3所"),
        ("2023/report", "5所"),
    ]


def test_doc_id_for_one_file_or_standard_input(tmp_path: Path, capsys) -> None:
    path = tmp_path / "report.txt"
    path.write_text("全市新建学校3所。", encoding="utf-8")
    assert main(["extract", str(path), "--doc-id", "annual-2022", "--quiet"]) == 0
    assert {r["doc_id"] for r in _figures(capsys.readouterr().out)} == {"annual-2022"}
    completed = subprocess.run(
        [sys.executable, "-m", "policyextract", "extract", "--doc-id", "memo", "--quiet"],
        input="新建学校3所。".encode(),
        capture_output=True,
        check=True,
        timeout=120,
    )
    assert {r["doc_id"] for r in _figures(completed.stdout.decode())} == {"memo"}
    assert main(["extract", str(path), str(path), "--doc-id", "x"]) == 2
    assert main(["extract", str(tmp_path), "--doc-id", "x"]) == 2
    assert "--doc-id names one document" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# nothing hangs, nothing is passed over in silence


def test_a_folder_with_a_fifo_a_link_loop_and_dev_zero_finishes_and_says_what_it_skipped(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("全市新建学校3所。", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # reading it would wait for a writer forever
    (folder / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    (folder / "sub" / "loop").symlink_to("..")  # following it would loop
    for name in ("old.doc", "table.xlsx", "memo.wps"):
        (folder / name).write_bytes(b"\xd0\xcf\x11\xe0" + bytes(64))
    (folder / "a.gold.json").write_text("{}", encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "policyextract", "extract", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, "files skipped inside a folder are listed, not failures"
    assert [r["text"] for r in _figures(completed.stdout)] == ["3所"]
    err = completed.stderr
    assert "1 document in" in err and "1 extracted; 6 files skipped" in err
    assert f"{folder}/pipe.txt: not a regular file (a FIFO)" in err
    assert f"{folder}/zero.txt: not a regular file (a device)" in err
    assert f"{folder}/sub/loop: a folder already read" in err
    assert f"{folder}/old.doc: old Word format, not supported: save it as .docx" in err
    assert f"{folder}/table.xlsx: a spreadsheet" in err and f"{folder}/memo.wps: WPS Writer format" in err
    assert "not read: 1 other file of no document format (.json 1)" in err


def test_an_unsupported_file_named_explicitly_is_a_failure(tmp_path: Path, capsys) -> None:
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(64))
    assert main(["extract", str(old)]) == 1
    assert f"{old}: old Word format, not supported: save it as .docx" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# the command line itself: help, usage errors, messages


def _run(*arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    import os

    import policyextract

    # the code under test, from any working folder (PYTHONPATH=src is relative)
    environment = dict(os.environ, PYTHONPATH=str(Path(policyextract.__file__).parent.parent))
    return subprocess.run(
        [sys.executable, "-m", "policyextract", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=environment,
    )


def test_version_and_help_with_examples_and_exit_codes() -> None:
    from policyextract import __version__, build

    version = _run("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"policyextract {__version__} ({build()})")
    for command in ([], ["extract"], ["explain"]):
        shown = _run(*command, "--help")
        assert shown.returncode == 0 and "examples:" in shown.stdout and "exit status" in shown.stdout
    assert "143 terminated (SIGTERM)" in _run("extract", "--help").stdout


def test_a_mistyped_option_prints_the_subcommands_usage(capsys) -> None:
    assert main(["extract", "x.txt", "--jbos", "2"]) == 2
    err = capsys.readouterr().err
    assert "usage: policyextract extract" in err and "--jobs?" in err
    assert main(["explain", "--doc-yaer", "2024", "文本"]) == 2
    assert "usage: policyextract explain" in capsys.readouterr().err


def test_each_failure_is_printed_once(tmp_path: Path, seed_paths) -> None:
    missing = tmp_path / "missing.txt"
    for quiet in ([], ["--quiet"]):
        completed = _run("extract", str(missing), str(seed_paths[3]), *quiet)
        assert completed.returncode == 1
        assert completed.stderr.count(f"{missing}: no such file") == 1, completed.stderr


def test_size_limits_are_written_in_sensible_units(tmp_path: Path, capsys) -> None:
    path = tmp_path / "big.txt"
    path.write_text("新建学校3所。" * 100, encoding="utf-8")  # 1900 bytes
    assert main(["extract", str(path), "--max-size", "1KB", "--quiet"]) == 1
    assert f"{path}: 1.9 KB is over the size limit of 1.0 KB" in capsys.readouterr().err
    assert main(["extract", str(path), "--max-size", "0.5"]) == 0  # megabytes, as before
    assert main(["extract", str(path), "--max-size", "lots"]) == 2


def test_database_urls_that_name_no_database_are_usage_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("新建学校3所。", encoding="utf-8")
    for url, message in [
        ("sqlite:///", "names no database file"),
        ("sqlite://", "names no database file"),
        ("postgresql://user@localhost:port/edu", "is not a valid URL"),
        ("nosuchdb://x", "unknown kind of database 'nosuchdb'"),
        ("figures.db", "needs a database URL"),
    ]:
        completed = _run("extract", "a.txt", "--db", url, cwd=tmp_path)
        assert completed.returncode == 2, (url, completed.stderr)
        assert message in completed.stderr and "Traceback" not in completed.stderr
    assert list(tmp_path.iterdir()) == [tmp_path / "a.txt"], "nothing was created"


def test_explain_reads_a_file_that_exists(tmp_path: Path, capsys) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes("全市新建学校3所。".encode("gbk"))  # decoded as extract decodes
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "3所" in out and "report.txt" not in out
    assert main(["explain", "新建学校5所"]) == 0 and "5所" in capsys.readouterr().out


def test_file_names_with_newlines_and_escapes_cannot_forge_report_lines(tmp_path: Path) -> None:
    evil = tmp_path / "evil\n    forged.txt: fine\x1b[2K.txt"
    evil.write_bytes(b"")
    completed = _run("extract", str(tmp_path))
    assert completed.returncode == 1
    lines = completed.stderr.splitlines()
    assert f"    {tmp_path}/evil\\n    forged.txt: fine\\x1b[2K.txt: empty file" in lines
    assert not any(line.startswith("    forged.txt") for line in lines) and "\x1b" not in completed.stderr


def test_on_a_terminal_the_progress_bar_never_shares_a_line_with_records(tmp_path: Path) -> None:
    import os
    import pty

    for number in range(4):
        (tmp_path / f"{number}.txt").write_text("全市新建学校3所,投入经费500万元。", encoding="utf-8")
    controller, terminal = pty.openpty()  # stdout and stderr on one terminal, as in a shell
    run = subprocess.Popen(
        [sys.executable, "-m", "policyextract", "extract", str(tmp_path)],
        stdin=subprocess.DEVNULL,
        stdout=terminal,
        stderr=terminal,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the run is over
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert run.wait(timeout=120) == 0
    lines = shown.decode("utf-8").replace("\r\n", "\n").split("\n")
    records = [line for line in lines if '"doc_id"' in line]
    assert len(records) == 8
    assert all(line.startswith("{") and json.loads(line) for line in records), "a record shares a line"
