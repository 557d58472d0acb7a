"""Shared fixtures: the seed documents with their gold files."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, f"no seed documents in {SEEDS}"
    return paths


SCORING = Path(__file__).resolve().parent / "scoring"


def scoring_module(name: str) -> ModuleType:
    """A module of the shared scorer (tests/scoring is a verbatim copy of ../shared/eval)."""
    sys.path.insert(0, str(SCORING))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(SCORING))
