"""Shared productions: turn a rule's named groups into a Candidate.

Rules name their groups the same way: `num` (the number, or a masked `XX`), `approx` (余/多
inside the number), `num2` (upper end of a range), `unit` (the unit as written) and `post`
(a trailing marker such as 以上). `quantity` reads them all.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from decimal import Decimal
from typing import Final

import regex

from ..lexicon.markers import SUFFIX_BOUNDS
from ..lexicon.units import Unit
from ..models import Bound, Kind
from ..numerals import NumberError, parse_approximate_pair, parse_number
from .registry import Candidate, Match

_MASK_CHARS: Final = set("Xx×*")


def is_masked(number_text: str) -> bool:
    """XX, **, xx.x, *.*万: every digit hidden by the source (a point may show)."""
    return (
        bool(number_text)
        and number_text[0] in _MASK_CHARS
        and all(char in _MASK_CHARS or char in ".," for char in number_text.rstrip("万亿"))
    )


def number_value(number_text: str) -> Decimal | None:
    """Value of a `num` group; None for a masked number."""
    if is_masked(number_text):
        return None
    return parse_number(number_text)


_TRAILING_MAGNITUDE: Final = regex.compile(r"(?:[十百千]?[万亿]|[千百])$")
_ANY_MAGNITUDE: Final = regex.compile(r"[十百千万亿]")


def _shared_magnitude(lower: str, upper: str) -> Decimal:
    """50—100万元, 3-5千人: the magnitude written once belongs to both ends of the range."""
    found = _TRAILING_MAGNITUDE.search(upper)
    if not found or _ANY_MAGNITUDE.search(lower) or not any(char.isdigit() for char in lower):
        return Decimal(1)
    return parse_number("1" + found.group(0))


@functools.cache  # one per compiled pattern: `groupindex` copies the pattern's dict on every read
def group_names(pattern: regex.Pattern[str]) -> frozenset[str]:
    """The names of `pattern`'s groups."""
    return frozenset(pattern.groupindex)


@functools.cache  # one per compiled pattern, as above
def group_numbers(pattern: regex.Pattern[str]) -> dict[str, int]:
    """`pattern`'s group numbers by name: `match.group(number)` is ~4x faster than by name
    (which reads `groupindex` again), and a figure reads a rule's groups ~9 times."""
    return dict(pattern.groupindex)


def _named(match: Match, numbers: dict[str, int], name: str) -> str | None:
    number = numbers.get(name)
    return None if number is None else match.group(number)


def bound_of(match: Match) -> Bound:
    """Bound from markers inside the figure: 余/多 between number and unit, 以上 after it."""
    return _bound(match, group_numbers(match.re))


def _bound(match: Match, numbers: dict[str, int]) -> Bound:
    post = _named(match, numbers, "post")
    if post and post in SUFFIX_BOUNDS:
        return SUFFIX_BOUNDS[post]
    approx = _named(match, numbers, "approx")
    if approx == "来":
        return "~"  # 二十来万: about
    if approx:
        return ">="
    return "="


def group(match: Match, name: str) -> str | None:
    return _named(match, group_numbers(match.re), name)


def quantity(match: Match, unit: Unit, *, rule: str, kind: Kind | None = None) -> Candidate | None:
    """Candidate for `number [余|多] unit [marker]`, with an optional range `num2`."""
    value: Decimal | None
    high: Decimal | None
    numbers = group_numbers(match.re)
    number = match.group(numbers["num"])
    try:
        pair = parse_approximate_pair(number)
        upper = _named(match, numbers, "num2")
        if pair and not upper:
            value, high = pair  # 两三所, 五六百名: a range written as two neighbouring digits
        else:
            value = number_value(number)
            high = number_value(upper) if upper else None
    except NumberError:
        return None
    if value is not None and high is not None and upper:
        value *= _shared_magnitude(number, upper)
    if value is not None:
        value *= unit.factor
    if high is not None:
        high *= unit.factor
    return Candidate(
        start=match.start(),
        end=match.end(),
        kind=kind or unit.kind,
        value=value,
        unit=unit.canonical,
        bound=_bound(match, numbers),
        high=high,
        rule=rule,
        number=number or "",
    )


_MINUS: Final = frozenset("-－−")
_WORD_BEFORE_SIGN: Final = regex.compile(r"[\p{Han}:：（(，,]")


def with_minus_sign(candidate: Candidate | None, text: str) -> Candidate | None:
    """增长-3.8% → -3.8: a minus sign right before the number, after a word (not a range's
    dash between two numbers), belongs to the value (ANNOTATION.md)."""
    if candidate is None or candidate.start < 2 or not isinstance(candidate.value, Decimal):
        return candidate
    if text[candidate.start - 1] not in _MINUS or not _WORD_BEFORE_SIGN.match(text[candidate.start - 2]):
        return candidate
    high = -candidate.high if candidate.high is not None else None
    return replace(candidate, start=candidate.start - 1, value=-candidate.value, high=high)
