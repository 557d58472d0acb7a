"""The record's enumerations are Literal types all the way from recognition to the record, and a
type checker holds the package to them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import get_args, get_type_hints

import pytest

from policyextract import context, modality, role
from policyextract.lexicon import markers, units
from policyextract.models import Bound, Figure, Kind, Modality, Role
from policyextract.rules import build
from policyextract.rules.registry import Candidate

ROOT = Path(__file__).resolve().parents[1]
RECORD_SPEC = ROOT.parent.parent / "shared" / "spec" / "RECORD.md"  # /work/shared/spec beside the worktrees


def _enum_values(markdown: str, field: str) -> set[str]:
    line = next(line for line in markdown.splitlines() if line.startswith(f"| `{field}` | enum"))
    return set(re.findall(r"`([^`]+)`", line.split("|")[-2]))


@pytest.mark.parametrize(
    ("field", "literal"), [("kind", Kind), ("bound", Bound), ("modality", Modality), ("role", Role)]
)
def test_the_literals_are_the_documented_enumerations(field: str, literal: object) -> None:
    assert _enum_values((ROOT / "docs" / "records.md").read_text(encoding="utf-8"), field) >= set(get_args(literal))
    if RECORD_SPEC.exists():
        assert _enum_values(RECORD_SPEC.read_text(encoding="utf-8"), field) == set(get_args(literal))
    assert get_type_hints(Figure)[field] == literal


def test_candidates_and_meanings_carry_the_literal_types() -> None:
    assert get_type_hints(Candidate)["kind"] == Kind
    assert get_type_hints(Candidate)["bound"] == Bound
    assert get_type_hints(context.Meaning)["role"] == Role
    assert get_type_hints(context.Meaning)["modality"] == Modality
    assert get_type_hints(units.Unit)["kind"] == Kind
    assert get_type_hints(build.bound_of)["return"] == Bound
    assert get_type_hints(role.decide_role)["return"] == tuple[Role, str]
    assert get_type_hints(modality.decide_modality)["return"] == tuple[Modality, str]
    assert set(markers.PREFIX_BOUNDS.values()) | set(markers.SUFFIX_BOUNDS.values()) <= set(get_args(Bound))


def test_the_pipeline_needs_no_type_ignore() -> None:
    source = (ROOT / "src" / "policyextract" / "pipeline.py").read_text(encoding="utf-8")
    assert "type: ignore" not in source


def test_mypy_is_configured_strict_and_runs_in_ci() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mypy = config["tool"]["mypy"]
    assert mypy["files"] == ["src/policyextract"] and mypy["strict"] is True
    assert "pydantic.mypy" in mypy["plugins"] and config["tool"]["pydantic-mypy"]["init_typed"] is True
    assert any(extra.startswith("mypy") for extra in config["project"]["optional-dependencies"]["test"])
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("python3 -m ruff check") < ci.index("python3 -m mypy") < ci.index("python3 -m pytest")


def test_the_type_checker_rejects_a_kind_outside_the_enumeration(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "from policyextract.rules.registry import Candidate\n"
        'good = Candidate(0, 3, "percentage", None, "%")\n'
        'bad = Candidate(0, 3, "percent", None, "%")\n',
        encoding="utf-8",
    )
    out, _, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            "--follow-imports",
            "silent",
            str(snippet),
        ]
    )
    assert status == 1
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "snippet.py:3:" in errors[0] and "'percent'" in errors[0], out
