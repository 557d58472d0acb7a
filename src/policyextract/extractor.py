"""The `Extractor`: the extraction settings as one value, handed to every worker that extracts.

    extractor = policyextract.Extractor(
        indicators=["my_indicators.toml", {"code": "nutrition_meals", "keywords": ["营养餐"]}],
        blocklist=["三支一扶"],
        classifiers=["枚", "校"],
    )
    extractor.extract(text, doc_id="report")
    extractor.extract_document(text, doc_year=2025)
    print(extractor.explain(text))
    for result in extractor.extract_files(["reports/"], jobs=4): ...

Settings live on the object, not in module state, so they reach worker processes whatever the
start method (`fork`, `spawn`, `forkserver`) and Dask workers on other machines: batches pass
the extractor to each worker, Dask ships it with each task. An `Extractor` is immutable and
picklable; its caches are rebuilt in each process.

The module-level functions (`policyextract.extract`…) use `default_extractor()`: the built-in
table plus whatever `policyextract.indicator.register` added, snapshotted when the work starts.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from pathlib import Path
from typing import Any, Final

import regex

from . import indicator
from .errors import ConfigError
from .indicator import IndicatorEntry, IndicatorSource, IndicatorTable
from .lexicon.units import alternation
from .models import Figure, Result
from .rules.registry import Candidate


class Extractor:
    """Extraction settings, and the extraction functions that use them.

    A plain, picklable value: `extract_files(jobs=N)` sends it to every worker process and
    `policyextract.dask` with every task, so a setting never vanishes in a parallel run.

    Args:
        indicators: entries (`IndicatorEntry` or dicts) and/or TOML/JSON files of entries,
            tried in the order given, before the built-in table (docs/meaning.md).
        built_in_indicators: False leaves the built-in indicator table out.
        blocklist: extra words that contain a numeral but name no quantity (`985工程`,
            `三支一扶`): a figure overlapping one is not reported.
        classifiers: extra counting classifiers (`枚`: 获得金牌3枚 is a count of 3 枚),
            recognised wherever the lexicon's are.

    Raises:
        IndicatorError: a bad indicator entry or file (the message names it).
        ConfigError: another bad setting.

    Examples:
        >>> extractor = Extractor(indicators=[{"code": "nutrition_meals", "keywords": ["营养餐"]}])
        >>> extractor.extract("全县享受营养餐的学生达到12000名。")[0].indicator
        'nutrition_meals'
    """

    def __init__(
        self,
        indicators: IndicatorSource | Iterable[IndicatorSource] = (),
        *,
        built_in_indicators: bool = True,
        blocklist: Iterable[str] = (),
        classifiers: Iterable[str] = (),
    ) -> None:
        own = indicator.read_entries(indicators)
        table = own + list(indicator.BUILT_IN_ENTRIES) if built_in_indicators else own
        self._table = IndicatorTable(table)
        if isinstance(blocklist, str):
            blocklist = [blocklist]
        self._blocklist = tuple(dict.fromkeys(word for word in blocklist if word.strip()))
        self._blocked: regex.Pattern[str] | None = None
        self._classifiers = _classifiers(classifiers)

    @classmethod
    def _with_table(cls, table: IndicatorTable) -> Extractor:
        extractor = cls(built_in_indicators=False)
        extractor._table = table
        return extractor

    # --- settings ---------------------------------------------------------------------------

    @property
    def indicators(self) -> tuple[IndicatorEntry, ...]:
        """The indicator table, in the order entries are tried."""
        return self._table.entries

    @property
    def blocklist(self) -> tuple[str, ...]:
        """The extra words whose numerals are no figures."""
        return self._blocklist

    @property
    def classifiers(self) -> tuple[str, ...]:
        """The extra counting classifiers, sorted (the lexicon's are always used)."""
        return self._classifiers

    def classify(self, metric: str | None, kind: str) -> tuple[str | None, str | None]:
        """(indicator code, stage code) of a metric; None where nothing matches."""
        return self._table.classify(metric, kind)

    def blocks(self, candidate: Candidate, text: str) -> bool:
        """True when the candidate overlaps a word of the blocklist."""
        if not self._blocklist:
            return False
        if self._blocked is None:
            self._blocked = regex.compile(r"\L<words>", words=alternation(list(self._blocklist)))
        reach = max(len(word) for word in self._blocklist)
        for found in self._blocked.finditer(text, max(0, candidate.start - reach), candidate.end + reach):
            if found.start() < candidate.end and candidate.start < found.end():
                return True
        return False

    # --- extraction -------------------------------------------------------------------------

    def extract(self, text: str, doc_id: str = "doc", doc_year: int | None = None) -> list[Figure]:
        """Every figure of `text`, in document order, with its meaning, by these settings.

        The arguments are those of `policyextract.extract`.

        Examples:
            >>> Extractor(classifiers=["枚"]).extract("获得金牌3枚。")[0].unit
            '枚'
        """
        return list(self.extract_document(text, doc_id=doc_id, doc_year=doc_year).figures)

    def extract_document(
        self,
        text: str,
        doc_id: str = "doc",
        doc_year: int | None = None,
        *,
        source: str | None = None,
        encoding: str | None = None,
    ) -> Result:
        """The document record and its figures, by these settings (see `policyextract.extract_document`)."""
        from .pipeline import extract_document

        return extract_document(text, doc_id, doc_year, source=source, encoding=encoding, extractor=self)

    def explain(self, text: str, doc_year: int | None = None) -> str:
        """Why each field of each figure is what it is, by these settings (see `policyextract.explain`)."""
        from .explain import explain

        return explain(text, doc_year, extractor=self)

    def extract_files(self, paths: Iterable[str | Path], **options: Any) -> Generator[Result, None, None]:
        """`policyextract.extract_files` with these settings in every worker process."""
        from .batch import extract_files

        return extract_files(paths, extractor=self, **options)

    # --- value semantics --------------------------------------------------------------------

    def __getstate__(self) -> dict[str, Any]:
        # compiled patterns stay behind: each process compiles its own
        return {"table": self._table, "blocklist": self._blocklist, "classifiers": self._classifiers}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._table = state["table"]
        self._blocklist = state["blocklist"]
        self._classifiers = state.get("classifiers", ())
        self._blocked = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Extractor) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[IndicatorTable, tuple[str, ...], tuple[str, ...]]:
        return self._table, self._blocklist, self._classifiers

    def __repr__(self) -> str:
        return (
            f"Extractor(indicators={len(self.indicators)} entries, blocklist={list(self._blocklist)!r}, "
            f"classifiers={list(self._classifiers)!r})"
        )


_CLASSIFIER: Final = regex.compile(r"\p{Han}{1,4}")  # a classifier is a short word: 枚, 人次, 台套


def _classifiers(words: Iterable[str]) -> tuple[str, ...]:
    """The extra classifiers checked and sorted, so equal settings share one compiled pattern."""
    if isinstance(words, str):
        words = [words]
    found = set()
    for word in words:
        if not isinstance(word, str) or not _CLASSIFIER.fullmatch(word):
            raise ConfigError(f"classifier {word!r}: expected one to four Chinese characters, such as 枚 or 人次")
        found.add(word)
    return tuple(sorted(found))


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    """The extractor of the module-level functions: built-in settings and `indicator.register`
    additions as they stand now. Callers that start workers take it once and pass it on."""
    global _DEFAULT
    table = indicator.default_table()
    if _DEFAULT is None or _DEFAULT._table is not table:
        _DEFAULT = Extractor._with_table(table)
    return _DEFAULT


def resolve(extractor: Extractor | None) -> Extractor:
    """The extractor given, else the default one."""
    return extractor if extractor is not None else default_extractor()
