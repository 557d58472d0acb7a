"""Which recognition rules can match where: the master pattern cut down to the rules that can.

At a start position the master pattern tries every rule in order; each parses the number again
and most fail on what follows it (a count fails on %, a rate on 名). One character of the text
decides which rules can match at all: the first character after the run of number characters
that starts there (digits, numerals, the point, 万/亿, masks and 余/多/几/来, which sit between a
number and its unit). The rules that can match before each such character are read from each
rule's pattern, not written by hand, as its `Reach`:

- `key`: the characters that can be the first character *outside* the number run that a match
  consumes (the start of its unit, a range's dash, a ratio's colon);
- `within`: whether a match can consume number characters only (9.5 of a rate after 率,
  2025.9.1 of a date, 3万 of a magnitude): such a rule is kept before any character.

A match at position p consumes text[p:e]. Either every consumed character is a number character,
or the first one that is not ends the run of number characters that starts at p, so it is the
character after the run. A rule that cannot consume that character first, and cannot consume
number characters only, cannot match at p, and leaving it out of the alternation changes
nothing: the alternation's first matching rule, its span and its groups are the same.
Lookarounds consume nothing and are not read (a rule is kept whatever they say); a
back-reference counts as its group again; a negated set, a category or anything not read
exactly counts as every character. When Python's parser of its own patterns (`re._parser`,
private) is missing or meets something it does not know, the rule is kept everywhere: slower,
the same matches.

`tests/test_dispatch.py` checks the cut-down patterns against the master pattern on every rule
example, the fixture documents and generated variants.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import regex

from .errors import PolicyExtractError

# The characters of a number run: digits and numerals, the decimal point and thousands
# separator, 点 (三点五), the magnitudes, masks (XX所) and the approximations that stand
# between a number and its unit (300余所, 二十来万, 十几个).
NUMBER_RUN_CHARACTERS: Final = "0-9.,点零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅Xx×*余多几来"
_RUN_SET: Final = frozenset(NUMBER_RUN_CHARACTERS.replace("0-9", "0123456789"))

NUMBER_RUN: Final = re.compile(f"[{NUMBER_RUN_CHARACTERS}]*+")

_WIDEST_RANGE: Final = 0x3000  # a character range wider than this counts as every character

Chars = frozenset[str] | None  # None: any character


def _union(left: Chars, right: Chars) -> Chars:
    return None if left is None or right is None else left | right


@dataclass(frozen=True)
class Reach:
    """What (a part of) a pattern can consume, seen from the number run."""

    key: Chars  # the first consumed characters outside the number run
    within: bool  # can match consuming number characters only (the empty string included)

    def then(self, other: Reach) -> Reach:
        """This part followed by `other`."""
        key = _union(self.key, other.key) if self.within else self.key
        return Reach(key, self.within and other.within)

    def beside(self, other: Reach) -> Reach:
        """Either this part or `other`."""
        return Reach(_union(self.key, other.key), self.within or other.within)

    def can_end_run_before(self, key: str) -> bool:
        """Whether a match can start where the number run ends before `key` ("" at the end)."""
        return self.within or self.key is None or key in self.key


_EMPTY: Final = Reach(frozenset(), True)
_ANY: Final = Reach(None, True)


def _characters(chars: Iterable[str]) -> Reach:
    chars = frozenset(chars)
    return Reach(chars - _RUN_SET, bool(chars & _RUN_SET))


class _Unreadable(PolicyExtractError):
    """A construct the analysis does not read: keep the rule everywhere (never raised out)."""


class _Reader:
    def __init__(self, parser: Any, constants: Any, source: str) -> None:
        self.c = constants
        parsed = parser.parse(source, re.VERBOSE)
        if parsed.state.flags & re.IGNORECASE:  # a literal would stand for other characters too
            raise _Unreadable("ignorecase")
        self.groups: dict[int, Sequence[Any]] = {}
        self._collect(list(parsed))
        self.reach = self.sequence(list(parsed))

    def _collect(self, nodes: Sequence[Any]) -> None:
        for op, av in nodes:
            if op is self.c.SUBPATTERN:
                if av[0] is not None:
                    self.groups[av[0]] = av[-1]
                self._collect(av[-1])
            elif op is self.c.BRANCH:
                for branch in av[1]:
                    self._collect(branch)
            elif op in (self.c.MAX_REPEAT, self.c.MIN_REPEAT, self.c.POSSESSIVE_REPEAT):
                self._collect(av[2])
            elif op is self.c.ATOMIC_GROUP:
                self._collect(av)

    def sequence(self, nodes: Sequence[Any], depth: int = 0) -> Reach:
        reach = _EMPTY
        for op, av in nodes:
            reach = reach.then(self.node(op, av, depth))
        return reach

    def node(self, op: Any, av: Any, depth: int) -> Reach:
        c = self.c
        if depth > 50:
            raise _Unreadable("too deep")
        if op is c.LITERAL:
            return _characters(chr(av))
        if op is c.IN:
            return self.in_set(av)
        if op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # add_flags
                raise _Unreadable("ignorecase")
            return self.sequence(av[-1], depth + 1)
        if op is c.ATOMIC_GROUP:
            return self.sequence(av, depth + 1)
        if op is c.BRANCH:
            reach: Reach | None = None
            for branch in av[1]:
                one = self.sequence(branch, depth + 1)
                reach = one if reach is None else reach.beside(one)
            return reach or _EMPTY
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, item = av
            once = self.sequence(item, depth + 1)  # more repeats reach no further characters
            return once.beside(_EMPTY) if low == 0 else once
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return _EMPTY  # consumes nothing
        if op is c.GROUPREF:
            if av not in self.groups:
                raise _Unreadable("group")
            return self.sequence(self.groups[av], depth + 1)  # the text its group matched
        if op is c.GROUPREF_EXISTS:
            yes = self.sequence(av[1], depth + 1)
            no = self.sequence(av[2], depth + 1) if av[2] is not None else _EMPTY
            return yes.beside(no)
        if op in (c.ANY, c.NOT_LITERAL):
            return _ANY
        raise _Unreadable(str(op))

    def in_set(self, items: Sequence[Any]) -> Reach:
        c = self.c
        chars: set[str] = set()
        for op, av in items:
            if op is c.LITERAL:
                chars.add(chr(av))
            elif op is c.RANGE:
                low, high = av
                if high - low > _WIDEST_RANGE:
                    return _ANY
                chars.update(chr(code) for code in range(low, high + 1))
            else:  # NEGATE, CATEGORY: not read exactly
                return _ANY
        return _characters(chars)


_WORD_LIST: Final = regex.compile(r"\\L<(\w+)>")
_NAMED_GROUP: Final = regex.compile(r"\(\?P<(\w+)>")
_BACK_REFERENCE: Final = regex.compile(r"\(\?P=(\w+)\)")


def _plain(source: str, word_lists: dict[str, list[str]]) -> str:
    """`source` (expanded) as Python's own parser reads it: word lists as alternations, each
    group's name made unique (rules share `num`), back-references to the renamed group."""
    source = _WORD_LIST.sub(lambda found: "(?:" + "|".join(map(re.escape, word_lists[found.group(1)])) + ")", source)
    names = _NAMED_GROUP.findall(source)
    counter = iter(range(len(names)))
    source = _NAMED_GROUP.sub(lambda found: f"(?P<{found.group(1)}_{next(counter)}>", source)

    def reference(found: regex.Match[str]) -> str:
        name = found.group(1)
        if names.count(name) != 1:
            raise _Unreadable("a back-reference to a shared name")
        return f"(?P={name}_{names.index(name)})"

    return _BACK_REFERENCE.sub(reference, source)


def reach_of(source: str, word_lists: dict[str, list[str]]) -> Reach | None:
    """What an expanded rule pattern can consume; None when it cannot be read (keep the rule)."""
    try:
        parser = importlib.import_module("re._parser")
        constants = importlib.import_module("re._constants")
        return _Reader(parser, constants, _plain(source, word_lists)).reach
    except (ImportError, _Unreadable, re.error, AttributeError, TypeError, ValueError, KeyError):
        return None
