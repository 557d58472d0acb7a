"""Every command and snippet of README.md and docs/**/*.md runs as written; every figure quoted is current.

Snippets (docs/contributing.md, "Snippets in the docs run"):

- fenced `bash`/`sh`/`shell`/`console` blocks run a command at a time (a line ending in `\\`
  continues); `python` blocks run whole with this interpreter;
- a block preceded by `<!-- not-run: reason -->` is skipped with that reason;
- a block with a title (```` ```toml title="my_indicators.toml" ````) is written as that file (in
  every page's folder);
- a block preceded by `<!-- output -->` is what the snippet before it prints: its lines must appear
  in that order in the snippet's output (`...` skips lines; decimals agree within 0.005);
- the blocks of one page run in order in one fresh folder, laid out like a checkout with example
  inputs (`make_sandbox` below); `policyextract` is this checkout's code.

A command that reads `../shared` is skipped where the checkout has none beside it; a
`postgresql://…` URL is replaced by a fresh database on POLICYEXTRACT_TEST_PG_URL's server (skipped
without one). Commands that only print are run once per session even when several pages show them.

Figures: the accuracy table between `<!-- figures:start -->` and `<!-- figures:end -->` of
README.md and docs/index.md is recomputed and must agree within 0.005
(`PYTHONPATH=src python3 tests/update_figures.py` regenerates it), and its speed line is the latest
measurement of benchmarks/README.md.
"""

from __future__ import annotations

import contextlib
import dataclasses
import doctest
import importlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import policyextract
import update_figures
from accuracy import corpus_folders, shared_folder

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
SHELL = {"bash", "sh", "shell", "console"}
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
NOT_RUN = re.compile(r"^\s*<!--\s*not-run:\s*(?P<reason>.+?)\s*-->\s*$")
OUTPUT = re.compile(r"^\s*<!--\s*output\s*-->\s*$")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
TITLE = re.compile(r'title="(?P<title>[^"]+)"')
PG_URL = re.compile(r"postgresql://[^\s\"'`)]+")
PG_VARIABLE = "POLICYEXTRACT_TEST_PG_URL"
TIMEOUT = 600  # seconds per snippet: a Dask cluster on a loaded machine
# a command that writes nothing but its output may be run once and its result reused
WRITES = re.compile(r">|\s-o\s|--output|--db|--json|\btee\b|\bcp\b|\bmv\b|\brm\b|\bmkdir\b|\btouch\b")


@dataclass(frozen=True)
class Snippet:
    page: Path
    line: int  # where the command or block starts (1-based)
    language: str  # "shell" or "python"
    code: str
    not_run: str | None  # the reason given, for a block marked not-run
    expected: tuple[str, ...] = ()  # the output the page shows for it (<!-- output --> block after it)

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


@dataclass(frozen=True)
class Block:
    line: int
    info: str
    lines: tuple[str, ...]
    not_run: str | None
    is_output: bool = False  # preceded by <!-- output -->: what the snippet before it prints


def fenced_blocks(text: str) -> list[Block]:
    """The fenced code blocks of a Markdown text, with the not-run reason before each."""
    blocks = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        previous = next((line for line in reversed(lines[:index]) if line.strip()), "")
        marked = NOT_RUN.match(previous)
        indent, fence = len(opening["indent"]), opening["fence"]
        body = []
        index += 1
        while index < len(lines) and not (
            lines[index].strip().startswith(fence) and not lines[index].strip().strip(fence[0])
        ):
            line = lines[index]
            body.append(line[indent:] if not line[:indent].strip() else line.lstrip())  # an indented block, dedented
            index += 1
        start = index - len(body)  # 1-based line of the first line of the body
        reason = marked["reason"] if marked else None
        blocks.append(Block(start, opening["info"].strip(), tuple(body), reason, bool(OUTPUT.match(previous))))
        index += 1
    return blocks


def language(block: Block) -> str:
    return block.info.split()[0].lower() if block.info else ""


def shell_commands(block: Block) -> Iterator[tuple[int, str]]:
    """(line, command) for each command of a shell block: continuations joined, comments and blank lines left out."""
    pending: list[str] = []
    first = 0
    for offset, line in enumerate(block.lines):
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if not pending:
            first = block.line + offset
        if stripped.startswith("$ ") and not pending:  # a console prompt
            line = stripped[2:]
        if line.rstrip().endswith("\\"):
            pending.append(line.rstrip()[:-1])
            continue
        pending.append(line)
        yield first, "\n".join(pending)
        pending = []


def page_snippets(page: Path) -> list[Snippet]:
    snippets: list[Snippet] = []
    for block in fenced_blocks(page.read_text(encoding="utf-8")):
        lang = language(block)
        if block.is_output:
            assert snippets, f"{page.name}:{block.line}: an <!-- output --> block with no snippet before it"
            snippets[-1] = dataclasses.replace(snippets[-1], expected=block.lines)
        elif lang in SHELL:
            for line, command in shell_commands(block):
                snippets.append(Snippet(page, line, "shell", command, block.not_run))
        elif lang in {"python", "py"} and not any(line.startswith(">>>") for line in block.lines):
            snippets.append(Snippet(page, block.line, "python", "\n".join(block.lines) + "\n", block.not_run))
    return snippets


def page_files(page: Path) -> dict[str, str]:
    """The blocks of a page that carry a title: file name → content."""
    files = {}
    for block in fenced_blocks(page.read_text(encoding="utf-8")):
        titled = TITLE.search(block.info)
        if titled:
            files[titled["title"]] = "\n".join(block.lines) + "\n"
    return files


def shows(expected: tuple[str, ...], output: str) -> str | None:
    """None when `output` holds the lines of `expected` in order (a `...` line skips any number of
    lines; numbers with a decimal point agree within 0.005); else the first line not found."""
    actual = [line.rstrip() for line in output.splitlines()]
    position = 0
    for want in (line.rstrip() for line in expected):
        if want.strip() in {"...", "…"} or not want.strip():
            continue
        while position < len(actual) and not _same_line(want, actual[position]):
            position += 1
        if position == len(actual):
            return want
        position += 1
    return None


def _same_line(want: str, got: str) -> bool:
    if NUMBER.split(want) != NUMBER.split(got):
        return False
    for wanted, found in zip(NUMBER.findall(want), NUMBER.findall(got), strict=True):
        if "." in wanted or "." in found:
            if abs(float(wanted) - float(found)) > update_figures.TOLERANCE:
                return False
        elif wanted != found:
            return False
    return True


SNIPPETS = [snippet for page in PAGES for snippet in page_snippets(page)]


# --- the folder each page runs in ---------------------------------------------------------------

SANDBOX_INPUTS = {
    "report.txt": "fixtures/seeds/003_cce6a68b906dc659.txt",
    "reports/2022/report.txt": "fixtures/seeds/000_6b8344fb7d21a2b1.txt",
    "reports/2023/plan.txt": "fixtures/seeds/001_8d9c40e0850fdea2.txt",
    "archive/2022/report.txt": "fixtures/seeds/002_d85651f498593765.txt",
    "archive/2023/report.txt": "fixtures/seeds/004_533b5f508949dd8f.txt",
}
SAMPLE_TEXT = "2023年全市小学适龄儿童入学率为99.8%,比上年提高0.3个百分点。到2025年,新建幼儿园12所。"
INDICATORS_TOML = """[[indicator]]
code = "nutrition_meals"
keywords = ["营养餐", "营养改善计划"]
kinds = ["count", "money"]
"""


def _docx(path: Path, paragraphs: list[str]) -> None:
    """A minimal Word document: the parts a DOCX reader needs, one paragraph per text."""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/><Override '
            'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>')


def make_sandbox(folder: Path, page: Path) -> Path:
    """A folder laid out like a checkout, with the example inputs the docs name; returns it."""
    checkout = folder / "checkout"
    checkout.mkdir(parents=True)
    shutil.copytree(ROOT / "fixtures", checkout / "fixtures")  # a copy: a snippet may write beside them
    for name in ("src", "tests", "benchmarks"):
        (checkout / name).symlink_to(ROOT / name, target_is_directory=True)
    shared = shared_folder()
    if shared is not None:
        (folder / "shared").symlink_to(shared, target_is_directory=True)
    for name, source in SANDBOX_INPUTS.items():
        (checkout / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / source, checkout / name)
    (checkout / "a.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    (checkout / "b.html").write_text(
        f"<html><head><title>通报</title></head><body><p>{SAMPLE_TEXT}</p></body></html>", encoding="utf-8"
    )
    _docx(checkout / "c.docx", ["全市教育经费总投入达到35.6亿元。", "普通高中毛入学率为92.3%。"])
    gold = checkout / "my_gold"
    gold.mkdir()
    for path in (ROOT / "fixtures" / "authored").iterdir():
        if path.name.endswith((".txt", ".gold.json")):
            shutil.copyfile(path, gold / path.name)
    (checkout / "my_indicators.toml").write_text(INDICATORS_TOML, encoding="utf-8")
    with (checkout / "figures.jsonl").open("w", encoding="utf-8") as records:  # as extract --format jsonl writes
        text = (checkout / "report.txt").read_text(encoding="utf-8")
        for figure in policyextract.extract(text, doc_id="report"):
            records.write(json.dumps(figure.model_dump(mode="json"), ensure_ascii=False) + "\n")
    titled = {name: content for other in PAGES if other != page for name, content in page_files(other).items()}
    for name, content in {**titled, **page_files(page)}.items():
        (checkout / name).parent.mkdir(parents=True, exist_ok=True)
        (checkout / name).write_text(content, encoding="utf-8")
    bin_dir = folder / "bin"  # `policyextract` is this checkout's code, whatever is installed
    bin_dir.mkdir()
    shim = bin_dir / "policyextract"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m policyextract "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    return checkout


@dataclass
class Outcome:
    returncode: int
    output: str  # the end of stdout and stderr, for a failure's message
    stdout: str = ""


class Runner:
    """Runs the snippets of each page in order, in the page's folder, each once."""

    def __init__(self, base: Path, pg_url: str | None) -> None:
        self.base = base
        self.pg_url = pg_url
        self.folders: dict[Path, Path] = {}
        self.outcomes: dict[Snippet, Outcome] = {}
        self.printed: dict[str, Outcome] = {}  # command → outcome, for commands that only print

    def folder(self, page: Path) -> Path:
        if page not in self.folders:
            self.folders[page] = make_sandbox(self.base / f"page{len(self.folders)}", page)
        return self.folders[page]

    def skip_reason(self, snippet: Snippet) -> str | None:
        if snippet.not_run is not None:
            return f"marked not-run: {snippet.not_run}"
        if "../shared" in snippet.code and shared_folder() is None:
            return "reads ../shared, which is not laid beside this checkout"
        if PG_URL.search(snippet.code) and self.pg_url is None:
            return f"needs PostgreSQL: set {PG_VARIABLE} (bash .ci/run starts a server)"
        return None

    def outcome(self, snippet: Snippet) -> Outcome:
        """Run the snippets of its page up to it (each once), then it."""
        for earlier in SNIPPETS:
            earlier_on_page = earlier.page == snippet.page and earlier.line < snippet.line
            if earlier_on_page and earlier not in self.outcomes and self.skip_reason(earlier) is None:
                self.outcomes[earlier] = self._run(earlier)
            if earlier == snippet:
                break
        if snippet not in self.outcomes:
            self.outcomes[snippet] = self._run(snippet)
        return self.outcomes[snippet]

    def _run(self, snippet: Snippet) -> Outcome:
        code = PG_URL.sub(self.pg_url, snippet.code) if self.pg_url else snippet.code
        only_prints = snippet.language == "shell" and not WRITES.search(code)
        if only_prints and code in self.printed:
            return self.printed[code]
        folder = self.folder(snippet.page)
        environment = dict(os.environ)
        environment["PATH"] = f"{folder.parent / 'bin'}{os.pathsep}{environment.get('PATH', '')}"
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), environment.get("PYTHONPATH")]))
        environment["NO_MKDOCS_2_WARNING"] = "1"
        if snippet.language == "shell":
            command = ["bash", "-c", code]
        else:
            script = folder / f".snippet_{snippet.line}.py"
            script.write_text(code, encoding="utf-8")
            command = [sys.executable, script.name]
        try:
            done = subprocess.run(
                command,
                cwd=folder,
                env=environment,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                errors="replace",
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired as expired:
            return Outcome(-1, f"timed out after {TIMEOUT} s: {expired.stdout!r} {expired.stderr!r}")
        outcome = Outcome(done.returncode, (done.stdout + done.stderr)[-4000:], done.stdout)
        if only_prints:
            self.printed[code] = outcome
        return outcome


@contextlib.contextmanager
def _postgres_database() -> Iterator[str | None]:
    """A fresh database on the test server, dropped at the end; None without a server."""
    base = os.environ.get(PG_VARIABLE)
    if not base:
        yield None
        return
    sqlalchemy = pytest.importorskip("sqlalchemy")
    admin_url = sqlalchemy.engine.make_url(base).set(drivername="postgresql+psycopg")
    name = f"policyextract_docs_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        # the URL as a user writes it (postgresql://), not the driver-qualified one
        yield admin_url.set(drivername="postgresql", database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(scope="session")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runner]:
    with _postgres_database() as pg_url:
        yield Runner(tmp_path_factory.mktemp("docs-snippets"), pg_url)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[snippet.id for snippet in SNIPPETS])
def test_snippet_runs_as_written(snippet: Snippet, runner: Runner) -> None:
    reason = runner.skip_reason(snippet)
    if reason is not None:
        pytest.skip(reason)
    outcome = runner.outcome(snippet)
    assert outcome.returncode == 0, (
        f"{snippet.id}: exit status {outcome.returncode}\n--- {snippet.language} ---\n{snippet.code}\n"
        f"--- output (last 4000 characters) ---\n{outcome.output}"
    )
    if snippet.expected:
        missing = shows(snippet.expected, outcome.stdout)
        assert missing is None, (
            f"{snippet.id}: the page shows the line {missing!r} in its output, which it no longer prints "
            f"(update the page's <!-- output --> block):\n{outcome.stdout[-3000:]}"
        )


def test_snippets_are_found() -> None:
    """The extraction itself: the README's commands and Python, titled files, the not-run markers."""
    readme = [snippet for snippet in SNIPPETS if snippet.page.name == "README.md"]
    assert any(snippet.language == "python" for snippet in readme)
    assert any(snippet.code.startswith("policyextract extract") for snippet in readme)
    assert any(snippet.not_run and snippet.code == "bash .ci/run" for snippet in readme)
    assert "my_indicators.toml" in page_files(ROOT / "docs" / "meaning.md")
    not_run = {snippet.id for snippet in SNIPPETS if snippet.not_run}
    assert len(not_run) <= len(SNIPPETS) // 4, f"too many snippets marked not-run: {sorted(not_run)}"


def test_not_run_needs_a_reason_and_a_block() -> None:
    for page in PAGES:
        lines = page.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if line.lstrip().startswith("<!--") and "not-run" in line:
                assert NOT_RUN.match(line), f"{page.name}:{number}: write <!-- not-run: reason -->"
                following = next((later for later in lines[number:] if later.strip()), "")
                assert FENCE.match(following), f"{page.name}:{number}: not-run must stand just before a fenced block"


def test_fenced_blocks_parse() -> None:
    blocks = fenced_blocks(
        "text\n<!-- not-run: a server -->\n```bash\nmkdocs serve   # x\n```\n\n"
        '```toml title="x.toml"\na = 1\n```\n  ```python\n  print(1)\n  ```\n'
    )
    assert [(block.info, block.lines, block.not_run) for block in blocks] == [
        ("bash", ("mkdocs serve   # x",), "a server"),
        ('toml title="x.toml"', ("a = 1",), None),
        ("python", ("print(1)",), None),
    ]
    commands = list(shell_commands(Block(1, "bash", ("# c", "a \\", "  --b", "", "c # d"), None)))
    assert commands == [(2, "a \n  --b"), (5, "c # d")]
    assert fenced_blocks("<!-- output -->\n```text\nx\n```\n")[0].is_output


def test_shown_output_matching() -> None:
    output = "span P=1.000 (tp=7)\nskipped\nvalue_F1=0.997 record_F1=0.956\n"
    assert shows(("span P=1.000 (tp=7)", "...", "value_F1=0.995 record_F1=0.959"), output) is None
    assert shows(("value_F1=0.990 record_F1=0.956",), output) == "value_F1=0.990 record_F1=0.956"  # 0.007 away
    assert shows(("span P=1.000 (tp=8)",), output) == "span P=1.000 (tp=8)"  # counts exact
    assert shows(("value_F1=0.997 record_F1=0.956", "span P=1.000 (tp=7)"), output) is not None  # order


# --- docstring examples of the API reference ------------------------------------------------------

API_MODULES = (
    "policyextract",
    "policyextract.pipeline",
    "policyextract.explain",
    "policyextract.extractor",
    "policyextract.view",
)


@pytest.mark.parametrize("name", API_MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0, f"{name}: no docstring example found"
    assert failures == 0, f"{name}: {failures} docstring example(s) failed (run pytest --doctest-modules on it)"


# --- the figures the docs quote -------------------------------------------------------------------

FIGURE_PAGES = update_figures.FILES
REGENERATE = "regenerate with `PYTHONPATH=src python3 tests/update_figures.py` (or tests/update_ratchets.py) and commit"


def _block(path: Path) -> str:
    found = update_figures.BLOCK.search(path.read_text(encoding="utf-8"))
    assert found, f"{path.name}: no {update_figures.START} … {update_figures.END} block"
    return found.group(1)


def test_pages_quote_the_same_figures() -> None:
    blocks = {path.name: _block(path) for path in FIGURE_PAGES}
    assert len(set(blocks.values())) == 1, f"the figure blocks differ: {REGENERATE}"


@pytest.mark.parametrize("corpus", sorted(update_figures.CORPORA))
def test_quoted_accuracy_is_current(corpus: str) -> None:
    folder = corpus_folders()[corpus]
    if folder is None or not folder.is_dir():
        pytest.skip(
            f"corpus {corpus!r} is not laid beside this checkout (../shared/corpus): its figures cannot be checked"
        )
    quoted = update_figures.parse_rows(_block(FIGURE_PAGES[0]))
    assert corpus in quoted, f"README.md quotes no figures for {corpus}: {REGENERATE}"
    reached = update_figures.corpus_row(corpus, folder)
    assert quoted[corpus]["documents"] == reached["documents"], f"{corpus}: the document count changed: {REGENERATE}"
    for column in update_figures.COLUMNS:
        now, said = float(reached[column]), float(quoted[corpus][column])
        assert math.isclose(now, said, abs_tol=update_figures.TOLERANCE), (
            f"{corpus} {column}: README.md and docs/index.md say {said:.3f}, "
            f"the extractor reaches {now:.3f}: {REGENERATE}"
        )


def test_quoted_speed_is_the_latest_benchmark() -> None:
    speed = next(line for line in _block(FIGURE_PAGES[0]).splitlines() if line.startswith("Speed:"))
    assert speed + "\n" == update_figures.latest_speed(), f"benchmarks/README.md has a newer measurement: {REGENERATE}"


ACCURACY_OUTSIDE = re.compile(r"\b(?:value|record)_F1\s*(?:of\s*)?[=:]?\s*[01]\.\d{2,3}\b|\bF1 (?:of )?[01]\.\d{3}\b")


def test_no_accuracy_figure_outside_the_generated_block() -> None:
    """An accuracy figure in prose goes stale: quote it in the generated block (code blocks, which show
    a command's output as an example, are left alone)."""
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        text = update_figures.BLOCK.sub("", text)
        prose = re.sub(r"^(\s*)(`{3,}|~{3,}).*?^\1\2\s*$", "", text, flags=re.S | re.M)
        stale = ACCURACY_OUTSIDE.findall(prose)
        assert not stale, f"{page.relative_to(ROOT)} quotes {stale} outside the figures block: move them into it"
