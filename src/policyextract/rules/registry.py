"""The rule registry: each recognition rule is a name, a pattern, a production and examples.

Rules register themselves with the `@rule(...)` decorator when their module is imported, so
no list is kept by hand. Every rule must carry positive examples (text → the figure it yields)
and negative ones (text → nothing, and why); `tests/test_rule_examples.py` runs them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from ..errors import ConfigError
from ..models import Bound, Kind

Match = regex.Match[str]


@dataclass(init=False)
class Candidate:
    """A recognised figure before meaning is attached; offsets are in the normalised text.
    Treated as immutable: a changed candidate is a new one (`dataclasses.replace`, `with_bound`)."""

    start: int
    end: int
    kind: Kind
    value: Decimal | str | None
    unit: str
    bound: Bound = "="
    high: Decimal | None = None
    rule: str = ""
    number: str = ""  # the number as matched (num group), for sharing its unit with a list
    in_table: bool = False  # a cell of a flattened table: its row label and column header say what it is

    def __init__(
        self,
        start: int,
        end: int,
        kind: Kind,
        value: Decimal | str | None,
        unit: str,
        bound: Bound = "=",
        high: Decimal | None = None,
        rule: str = "",
        number: str = "",
        in_table: bool = False,
    ) -> None:
        # plain assignments, not frozen: a frozen dataclass sets each field through
        # object.__setattr__ (~2 µs a candidate, and every figure makes one), and compiled
        # (setup.py) they are stores into the native object's slots
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.unit = unit
        self.bound = bound
        self.high = high
        self.rule = rule
        self.number = number
        self.in_table = in_table

    def with_bound(self, bound: Bound) -> Candidate:
        """This candidate with another bound: `dataclasses.replace(self, bound=bound)`, without
        its look-up of the fields (a leading comparator rebounds most figures of a list)."""
        return Candidate(
            self.start,
            self.end,
            self.kind,
            self.value,
            self.unit,
            bound,
            self.high,
            self.rule,
            self.number,
            self.in_table,
        )


@dataclass(frozen=True)
class Example:
    """A text and what recognition must make of it.

    A positive names the figure's text and its expected fields: recognition must yield it,
    from this rule. A negative (`figure=None`) says why this rule (for a filter: any rule)
    must yield nothing overlapping `span` (the whole text when `span` is empty).
    """

    text: str
    figure: str | None = None
    value: Decimal | str | None = None
    kind: Kind | None = None
    bound: Bound = "="
    high: Decimal | None = None
    unit: str | None = None
    why: str = ""
    span: str = ""

    @property
    def is_positive(self) -> bool:
        return self.figure is not None


def finds(
    text: str,
    figure: str,
    value: float | int | Decimal | str | None,
    kind: Kind,
    bound: Bound = "=",
    high: float | int | None = None,
    unit: str | None = None,
) -> Example:
    """A positive example: `text` yields `figure` with these fields."""
    return Example(
        text=text,
        figure=figure,
        value=value if isinstance(value, str) else as_decimal(value),
        kind=kind,
        bound=bound,
        high=as_decimal(high),
        unit=unit,
    )


def as_decimal(number: float | int | Decimal | None) -> Decimal | None:
    return None if number is None else Decimal(str(number))


def rejects(text: str, why: str, span: str = "") -> Example:
    """A negative example: nothing from this rule overlaps `span` of `text` (all if empty)."""
    return Example(text=text, why=why, span=span)


Production = Callable[[Match], "Candidate | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    produce: Production
    order: int
    examples: tuple[Example, ...] = field(default_factory=tuple)

    @property
    def group(self) -> str:
        return f"rule_{self.name}"


RULES: dict[str, Rule] = {}


def rule(name: str, pattern: str, *, order: int, examples: list[Example]) -> Callable[[Production], Production]:
    """Register a recognition rule. `order` decides which rule wins at one start position."""

    def register(produce: Production) -> Production:
        if name in RULES:
            raise ConfigError(f"rule {name!r} registered twice")
        RULES[name] = Rule(name, pattern, produce, order, tuple(examples))
        return produce

    return register


@dataclass(frozen=True)
class Filter:
    """A check that drops candidates which are not figures (names, ordinals, idioms)."""

    name: str
    drops: Callable[..., bool]
    examples: tuple[Example, ...]


FILTERS: dict[str, Filter] = {}


def non_figure(name: str, *, examples: list[Example]) -> Callable[[Callable[..., bool]], Callable[..., bool]]:
    """Register a filter; its examples are negatives (and positives that must survive it)."""

    def register(drops: Callable[..., bool]) -> Callable[..., bool]:
        if name in FILTERS:
            raise ConfigError(f"filter {name!r} registered twice")
        FILTERS[name] = Filter(name, drops, tuple(examples))
        return drops

    return register


PassFunction = Callable[[str, list[Candidate]], list[Candidate]]


@dataclass(frozen=True)
class Pass:
    """A rule that reads the figures found so far with the text around them (a unit declared
    once, a comparator scoping a list) and returns the whole list, changed or extended."""

    name: str
    run: PassFunction
    order: int
    examples: tuple[Example, ...]


PASSES: dict[str, Pass] = {}


def text_pass(name: str, *, order: int, examples: list[Example]) -> Callable[[PassFunction], PassFunction]:
    """Register a recognition pass; `order` decides when it runs after the pattern scan."""

    def register(run: PassFunction) -> PassFunction:
        if name in PASSES or name in RULES:
            raise ValueError(f"pass {name!r} registered twice")
        PASSES[name] = Pass(name, run, order, tuple(examples))
        return run

    return register
