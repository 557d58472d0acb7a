"""Indicator and stage: stable codes for a metric, so figures can be compared across documents.

The built-in table (`lexicon/indicators.py`) maps keywords in a metric to an indicator code.
Users add or override entries without editing the package, on an `Extractor` — a value that
travels to worker processes and Dask tasks with the work:

    extractor = policyextract.Extractor(indicators=["my_indicators.toml", {"code": "meals", "keywords": ["营养餐"]}])
    extractor.extract(text)

`register()` and `load_file()` still work: they add to the table of the default extractor (the
one `policyextract.extract` and `extract_files` use), and that table is handed to workers
explicitly, so a registered entry applies under every process start method.

A bad entry raises `IndicatorError` naming the entry and what is wrong with it.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import IndicatorError as IndicatorError  # re-exported: its old home
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


# What `Extractor(indicators=[...])` takes: entries, dicts, or TOML/JSON files of entries.
IndicatorSource = IndicatorEntry | Mapping[str, Any] | str | Path

_STAGE_PATTERN = regex.compile(r"\L<stages>", stages=alternation(STAGES))
_CACHE_SIZE = 8192  # metrics repeat across a corpus; bounded, so memory stays flat


class IndicatorTable:
    """An ordered, immutable list of entries: the first whose keywords occur in a metric wins.

    Picklable (its cache is not pickled), so a table goes to worker processes with the work.
    """

    def __init__(self, entries: Iterable[IndicatorEntry]) -> None:
        self.entries: tuple[IndicatorEntry, ...] = tuple(entries)
        self._cache: dict[tuple[str, str], tuple[str | None, str | None]] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"entries": self.entries}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.entries = state["entries"]
        self._cache = {}  # each process fills its own

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IndicatorTable) and other.entries == self.entries

    def __hash__(self) -> int:
        return hash(self.entries)

    def __repr__(self) -> str:
        return f"IndicatorTable({len(self.entries)} entries)"

    def classify(self, metric: str | None, kind: str) -> tuple[str | None, str | None]:
        """(indicator code, stage code) of a metric; None where nothing matches."""
        if not metric:
            return None, None
        key = (metric, kind)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            found = self._cache[key] = self._classify(metric, kind)
        return found

    def _classify(self, metric: str, kind: str) -> tuple[str | None, str | None]:
        indicator = None
        for entry in self.entries:
            if entry.kinds and kind not in entry.kinds:
                continue
            if any(word in metric for word in entry.keywords) and not any(word in metric for word in entry.exclude):
                indicator = entry.code
                break
        stages = {STAGES[found] for found in _STAGE_PATTERN.findall(metric)}
        stage = stages.pop() if len(stages) == 1 else ("all" if len(stages) > 1 else None)
        return indicator, stage


def parse_entry(entry: IndicatorEntry | Mapping[str, Any]) -> IndicatorEntry:
    """An entry checked: `IndicatorError` names the entry and what is wrong with it."""
    if isinstance(entry, IndicatorEntry):
        return entry
    try:
        return IndicatorEntry.model_validate(entry)
    except ValidationError as error:
        raise IndicatorError(f"bad indicator entry {entry!r}: {error}") from error


def read_file(path: str | Path) -> list[IndicatorEntry]:
    """The entries of a TOML (`[[indicator]]` tables) or JSON (a list) file, checked, in file order."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise IndicatorError(f"{path}: cannot read the indicator file: {error}") from error
    is_toml = path.suffix.lower() == ".toml"  # anything else is read as JSON
    try:
        data: Any = tomllib.loads(raw) if is_toml else json.loads(raw)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise IndicatorError(f"{path}: not valid {'TOML' if is_toml else 'JSON'}: {error}") from error
    if is_toml:
        unknown = sorted(set(data) - {"indicator"})
        if unknown:  # [[indicators]] would otherwise add nothing, silently
            names = ", ".join(unknown)
            raise IndicatorError(f"{path}: unknown table or key {names}; entries go in [[indicator]] tables")
        data = data.get("indicator", [])
    if not isinstance(data, list):
        raise IndicatorError(f"{path}: expected a list of indicator entries")
    try:
        return [parse_entry(item) for item in data]
    except IndicatorError as error:
        raise IndicatorError(f"{path}: {error}") from error


def read_entries(sources: IndicatorSource | Iterable[IndicatorSource]) -> list[IndicatorEntry]:
    """Entries from a mix of entries, dicts and file paths (each file's entries in file order)."""
    if isinstance(sources, (str, Path, Mapping, IndicatorEntry)):
        sources = [sources]  # one file or one entry given bare
    entries: list[IndicatorEntry] = []
    for source in sources:
        if isinstance(source, (str, Path)):
            entries.extend(read_file(source))
        else:
            entries.append(parse_entry(source))
    return entries


BUILT_IN_ENTRIES: tuple[IndicatorEntry, ...] = tuple(parse_entry(entry) for entry in BUILT_IN)
BUILT_IN_TABLE = IndicatorTable(BUILT_IN_ENTRIES)

# The table of the default extractor: the built-in entries and what `register` added. Never
# read by a worker directly: `policyextract.extractor.default_extractor()` snapshots it and the
# snapshot is what batches and Dask jobs send to their workers.
_ENTRIES: list[IndicatorEntry] = list(BUILT_IN_ENTRIES)


def register(entry: IndicatorEntry | Mapping[str, Any], *, first: bool = True) -> IndicatorEntry:
    """Add an indicator to the default extractor's table; by default it is tried before the
    built-in ones. Prefer `Extractor(indicators=[...])`, which leaves other code untouched."""
    parsed = parse_entry(entry)
    if first:
        _ENTRIES.insert(0, parsed)
    else:
        _ENTRIES.append(parsed)
    return parsed


def load_file(path: str | Path) -> list[IndicatorEntry]:
    """Register every entry of a TOML or JSON file, keeping the file's order (see `read_file`)."""
    found = read_file(path)
    for parsed in reversed(found):
        register(parsed)
    return found


def entries() -> tuple[IndicatorEntry, ...]:
    """The default extractor's table, in the order entries are tried."""
    return tuple(_ENTRIES)


_DEFAULT_TABLE = BUILT_IN_TABLE


def default_table() -> IndicatorTable:
    """The default extractor's table as it stands now (rebuilt only after `register`)."""
    global _DEFAULT_TABLE
    current = tuple(_ENTRIES)
    if _DEFAULT_TABLE.entries != current:
        _DEFAULT_TABLE = IndicatorTable(current)
    return _DEFAULT_TABLE


def classify(metric: str | None, kind: str) -> tuple[str | None, str | None]:
    """(indicator code, stage code) of a metric by the default table; None where nothing matches."""
    return default_table().classify(metric, kind)
