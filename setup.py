"""An optional compiled build: with POLICYEXTRACT_COMPILE=1 the per-figure stages are compiled
with mypyc (about 1.6-1.8 x faster on texts dense with figures, 1.17 x on ordinary documents;
identical output). Without it, the package is pure Python, as pyproject.toml describes it.

    POLICYEXTRACT_COMPILE=1 pip install --no-build-isolation .   # needs mypy and a C compiler

`--no-build-isolation` lets the build use the mypy already installed (the `test` extra has it).
`policyextract --version` says which build is installed.

Why mypyc: the code is already checked by mypy in strict mode, which is what mypyc compiles
from, so no second source (Cython, Rust) has to be kept in step. Modules are listed one by one:
a module that builds objects through `__dict__` (rules/registry) or holds pydantic models
(models) stays pure Python; the CLI, readers and sinks gain nothing. A compiled module calls its own functions
directly: patching one at run time (as tests/test_errors.py patches `pipeline.recognize`) acts on
the pure build only.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

COMPILED_MODULES = [
    "commitment",
    "context",
    "dispatch",
    "extractor",
    "filters",
    "furniture",
    "metric",
    "modality",
    "normalize",
    "numerals",
    "outline",
    "pipeline",
    "recognize",
    "relations",
    "role",
    "segment",
    "timeref",
    "rules/breakdown",
    "rules/build",
    "rules/count",
    "rules/dates",
    "rules/magnitudes",
    "rules/measures",
    "rules/money",
    "rules/passes",
    "rules/percent",
    "rules/registry",
]


def compiled_extensions() -> list:  # type: ignore[type-arg]
    """mypyc's extension modules when POLICYEXTRACT_COMPILE=1 asks for them, else none."""
    if os.environ.get("POLICYEXTRACT_COMPILE", "") != "1":
        return []
    if {"dist_info", "egg_info"} & set(sys.argv):
        return []  # metadata only: compiling here would run mypy once more for nothing (~40 s)
    if {"editable_wheel", "develop"} & set(sys.argv):
        # compiled modules beside the sources would shadow every later edit of them
        raise SystemExit("POLICYEXTRACT_COMPILE=1 is for a regular install (pip install .), not an editable one")
    try:
        from mypyc.build import mypycify
    except ImportError as missing:  # a clear message, not a traceback from deep in setuptools
        raise SystemExit(
            "POLICYEXTRACT_COMPILE=1 needs mypy (which brings mypyc) in the build environment: "
            "pip install mypy, then pip install --no-build-isolation ."
        ) from missing
    return mypycify([f"src/policyextract/{module}.py" for module in COMPILED_MODULES], opt_level="3")


setup(ext_modules=compiled_extensions())
