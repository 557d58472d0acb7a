"""The compiled build (setup.py, POLICYEXTRACT_COMPILE=1) gives exactly the pure build's records.

`.ci/run` builds the compiled wheel, installs it into a folder of its own and names that folder
in POLICYEXTRACT_COMPILED_SITE; without it these tests skip. The comparison runs both builds in
child processes over every annotated corpus and stress texts, document by document.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from accuracy import corpus_folders

ROOT = Path(__file__).resolve().parent.parent
COMPILED_SITE = os.environ.get("POLICYEXTRACT_COMPILED_SITE")

pytestmark = pytest.mark.skipif(
    not COMPILED_SITE,
    reason="no compiled build: .ci/run builds one (POLICYEXTRACT_COMPILE=1), named in POLICYEXTRACT_COMPILED_SITE",
)


def _run(site: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run(
        [sys.executable, *arguments], capture_output=True, text=True, env=environment, check=True, cwd=ROOT
    )


def _hashes(site: Path) -> dict[str, str]:
    folders = [str(folder) for folder in corpus_folders().values() if folder is not None and folder.is_dir()]
    output = _run(site, str(ROOT / "tests" / "compiled_dump.py"), *folders).stdout
    return dict(line.split("\t", 1) for line in output.splitlines())


def test_the_compiled_build_is_compiled() -> None:
    assert COMPILED_SITE
    shown = _run(Path(COMPILED_SITE), "-c", "import policyextract.metric as m; print(m.__file__)").stdout.strip()
    assert shown.startswith(COMPILED_SITE) and shown.endswith(".so"), shown
    version = _run(Path(COMPILED_SITE), "-m", "policyextract", "--version").stdout.strip()
    assert version.endswith("(compiled with mypyc)"), version


def test_the_compiled_build_gives_the_pure_builds_records() -> None:
    assert COMPILED_SITE
    pure, compiled = _hashes(ROOT / "src"), _hashes(Path(COMPILED_SITE))
    assert (pure.pop("build"), compiled.pop("build")) == ("pure Python", "compiled with mypyc")
    assert len(pure) > 100  # the stress texts, the seeds and the authored documents at least
    differing = sorted(doc for doc in pure if compiled.get(doc) != pure[doc])
    assert not differing, f"{len(differing)} documents differ between the builds: {differing[:10]}"


def test_the_compiled_build_keeps_records_as_small_as_the_pure_one() -> None:
    # a dict literal compiled by mypyc got an oversized table: ~700 bytes more a record, 100 MB
    # more at 1 MB of figures, until _record built its fields with dict(...)
    assert COMPILED_SITE
    size = "import sys, policyextract as p; print(sys.getsizeof(p.extract('全县新建学校3所。')[0].__dict__))"
    pure = _run(ROOT / "src", "-c", size).stdout.strip()
    compiled = _run(Path(COMPILED_SITE), "-c", size).stdout.strip()
    assert int(compiled) <= int(pure), (compiled, pure)
