"""Indicator and stage: stable codes for a metric, so figures can be compared across documents.

The built-in table (`lexicon/indicators.py`) maps keywords in a metric to an indicator code;
users add or override entries without editing the package:

    policyextract.indicator.register({"code": "nutrition_meals", "keywords": ["营养餐"]})
    policyextract.indicator.load_file("my_indicators.toml")   # or .json

A bad entry raises `IndicatorError` naming the entry and what is wrong with it.
"""

from __future__ import annotations

import functools
import json
import tomllib
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import IndicatorError
from .lexicon.indicators import BUILT_IN
from .lexicon.stages import STAGES
from .lexicon.units import alternation


class IndicatorEntry(BaseModel):
    """One indicator: a code, the keywords that reveal it, the figure kinds it applies to."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="stable snake_case code")
    keywords: tuple[str, ...] = Field(min_length=1, description="words that name it in a metric")
    kinds: tuple[str, ...] = Field(default=(), description="figure kinds it applies to; empty: any")
    exclude: tuple[str, ...] = Field(default=(), description="words that veto the match")

    @field_validator("keywords")
    @classmethod
    def _no_empty_keyword(cls, keywords: tuple[str, ...]) -> tuple[str, ...]:
        if any(not keyword.strip() for keyword in keywords):
            raise ValueError("keywords must not be empty strings")
        return keywords


_ENTRIES: list[IndicatorEntry] = []
_STAGE_PATTERN = regex.compile(r"\L<stages>", stages=alternation(STAGES))


def register(entry: dict | IndicatorEntry, *, first: bool = True) -> IndicatorEntry:
    """Add an indicator; by default it is tried before the built-in ones."""
    try:
        parsed = entry if isinstance(entry, IndicatorEntry) else IndicatorEntry.model_validate(entry)
    except ValidationError as error:
        raise IndicatorError(f"bad indicator entry {entry!r}: {error}") from error
    if first:
        _ENTRIES.insert(0, parsed)
    else:
        _ENTRIES.append(parsed)
    _classify.cache_clear()
    return parsed


def load_file(path: str | Path) -> list[IndicatorEntry]:
    """Register every entry of a TOML (`[[indicator]]` tables) or JSON (a list) file."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw).get("indicator", []) if path.suffix == ".toml" else json.loads(raw)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise IndicatorError(f"{path}: not valid {path.suffix.lstrip('.')}: {error}") from error
    if not isinstance(data, list):
        raise IndicatorError(f"{path}: expected a list of indicator entries")
    return [register(item) for item in reversed(data)][::-1]


def entries() -> tuple[IndicatorEntry, ...]:
    return tuple(_ENTRIES)


def classify(metric: str | None, kind: str) -> tuple[str | None, str | None]:
    """(indicator code, stage code) of a metric; None where nothing matches."""
    if not metric:
        return None, None
    return _classify(metric, kind)


@functools.lru_cache(maxsize=8192)  # metrics repeat across a corpus; bounded, so memory stays flat
def _classify(metric: str, kind: str) -> tuple[str | None, str | None]:
    indicator = None
    for entry in _ENTRIES:
        if entry.kinds and kind not in entry.kinds:
            continue
        if any(word in metric for word in entry.keywords) and not any(word in metric for word in entry.exclude):
            indicator = entry.code
            break
    stages = {STAGES[found] for found in _STAGE_PATTERN.findall(metric)}
    stage = stages.pop() if len(stages) == 1 else ("all" if len(stages) > 1 else None)
    return indicator, stage


for _entry in BUILT_IN:
    register(_entry, first=False)
