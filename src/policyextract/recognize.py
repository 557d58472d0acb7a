"""Stages 2–3: find numbers and attach units, kinds and bounds, in one pass over the text.

All registered rules are joined into one alternation, ordered by `Rule.order`, and the
normalised text is scanned once. The leftmost match wins; at one start position the rule
with the lower order wins, so a specific rule (8.7个百分点) is tried before a general one
(8.7个). At each position only the rules that can match there are tried: the alternation cut
down by the character after the number (dispatch.py), which gives the same match. Leading
comparators (不低于, 超过, 近) are read from the text just before the match.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Final

import regex

from .dispatch import NUMBER_RUN, Reach, reach_of
from .errors import ExtractionLimitError
from .lexicon import units
from .patterns import WORD_LISTS, compile_pattern, expand
from .rules import PASSES, RULES, Candidate, Pass, Rule

# One match attempt at one position reads a few dozen characters (a digit run at most): it
# never takes this long on any text, so the limit only turns a regex bug into a clear error
# (`ExtractionLimitError`), whatever the document's length.
MATCH_TIMEOUT_SECONDS = 10.0  # documented (docs/records.md) as changeable: no Final, which mypyc would inline
# The limit is set where a match starts a run of number characters longer than any figure's
# (1,234,567,890.12 or 一亿二千三百四十五万六千七百八十九 are under 20): only a run without end gives
# the patterns' repetitions room to backtrack long. Elsewhere each pattern reads a bounded stretch
# (its runs are possessive, its lookbehinds bounded), and the limit would cost ~2 µs a match:
# regex reads the clock as it goes.
LONG_NUMBER_RUN: Final = 40

# Every figure starts with one of these characters (after any lookbehind): checking one
# character class first lets the scan skip ordinary text without trying every rule.
FIRST_CHARACTERS: Final = "0-9Xx×*零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅第翻前半"


# A figure never starts inside a run of digits or numerals: without this, a long run would be
# re-scanned from every one of its characters (quadratic time on 10,000 digits).
_NUMERAL_CHARACTERS: Final = "零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅"
# A point ends a number only before a digit (2.5): a Chinese numeral after it starts one (4.一九九八年).
_NOT_INSIDE_A_NUMBER: Final = rf"(?<![0-9]|\.(?=[0-9])|[{_NUMERAL_CHARACTERS}](?=[{_NUMERAL_CHARACTERS}]))"


# Where a figure may start: the first character of a run of digits or numerals (a figure
# never starts inside one), or a character that opens a figure (第14名, 翻三番, 前10名).
# Every branch starts with its character and looks behind after it (two characters back,
# the character itself included): a pattern that starts with a character set lets `re` skip
# ordinary text in C instead of trying each branch at every position (2-3x faster).
_ANCHORS: Final = re.compile(
    rf"""
    [0-9] (?<![0-9.{_NUMERAL_CHARACTERS}A-Za-z].)      # the first numeral of a run, never after
                                                        # a letter (PM2.5) or a point (2.5)
    | [{_NUMERAL_CHARACTERS}] (?<![0-9{_NUMERAL_CHARACTERS}A-Za-z].)  # after a point a Chinese numeral starts
                                                        # one: a list item's (4.一九九八年九月前)
    | [Xx×*] (?<![Xx×*].)                                           # the first mask character
    | [第前] (?=[0-9Xx{_NUMERAL_CHARACTERS}])                        # 第14名, 前10名
    | 翻 (?=了?(?:将近|近)?[一二两三四五12345]番)                       # 翻三番, 翻了(近)一番
    | 半 (?<![上下前后头末].) (?=个?[年月天小学])                        # 半年内, 半个月
    | [万亿] (?<=[0-9.].)
    """,
    re.VERBOSE,
)


_CHINESE_NUMERALS: Final = frozenset(_NUMERAL_CHARACTERS) - {"零"}  # 零 alone is a rate: 举报率为零


def _unit_first_characters(classifiers: tuple[str, ...] = ()) -> str:
    """First characters of every unit a Chinese numeral can carry, from the lexicon."""
    words = [word for name, words in WORD_LISTS.items() if name.endswith(("units", "classifiers")) for word in words]
    extra = "%‰倍番年月日号天周分成—–-~至到"
    return "".join(sorted({word[0] for word in [*words, *classifiers] if word} | set(extra)))


@functools.cache
def _plausible_chinese(classifiers: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A Chinese numeral run, an optional 余/多, then the first character of a unit; or a year
    written digit by digit (一九八五), which may stand without 年 in a list of years."""
    units = re.escape(_unit_first_characters(classifiers))
    numerals = rf"[{_NUMERAL_CHARACTERS}点0-9]+[余多几来]?[{units}]"
    return re.compile(rf"{numerals}|[一二][九〇零○][〇零○一二三四五六七八九]{{2}}")


@functools.cache  # one per set of extra classifiers (one per Extractor setting), compiled once per process
def master_pattern(classifiers: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """The one pattern holding every rule, with the lexicon's classifiers and `classifiers`."""
    return _rules_pattern(_rule_names(), classifiers)


@functools.cache
def _ordered_rules() -> tuple[Rule, ...]:
    return tuple(sorted(RULES.values(), key=lambda rule: rule.order))


@functools.cache
def _rule_names() -> tuple[str, ...]:
    return tuple(rule.name for rule in _ordered_rules())


@functools.cache  # one per set of rules that can match somewhere (dispatch.py), compiled when first met
def _rules_pattern(names: tuple[str, ...], classifiers: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """The alternation of the rules `names` (in order). A cut-down pattern defines the master
    pattern's other group names too (not the rules' own), in a last alternative that never
    matches: a production that asks for another rule's group (`"year" in group_names(match.re)`)
    gets the master's answer. Rules go by name: a Rule's hash reads all its examples (~30 µs)."""
    rules = tuple(RULES[name] for name in names)
    source = "|".join(f"(?P<{rule.group}>{rule.pattern})" for rule in rules)
    if names != _rule_names():
        missing = set(master_pattern(classifiers).groupindex) - _group_names(rules) - _RULE_GROUPS
        source += "|(?!)" + "".join(f"(?P<{name}>)" for name in sorted(missing))
    return compile_pattern(f"(?=[{FIRST_CHARACTERS}]){_NOT_INSIDE_A_NUMBER}(?:{source})", classifiers)


_GROUP_NAME: Final = regex.compile(r"\(\?P<(\w+)>")
_RULE_GROUPS: Final = frozenset(rule.group for rule in RULES.values())


def _group_names(rules: tuple[Rule, ...]) -> set[str]:
    return set(_GROUP_NAME.findall(expand("".join(rule.pattern for rule in rules))))


@functools.cache
def _reaches(classifiers: tuple[str, ...] = ()) -> tuple[Reach | None, ...]:
    """What each rule (in order) can consume, read from its pattern; None: keep it everywhere."""
    lists = dict(WORD_LISTS)
    if classifiers:  # as compile_pattern adds them
        lists["classifiers"] = units.alternation(set(WORD_LISTS["classifiers"]) | set(classifiers))
    return tuple(reach_of(expand(rule.pattern), lists) for rule in _ordered_rules())


@functools.lru_cache(maxsize=4096)  # a document meets a few hundred characters after its numbers
def rules_before(key: str, classifiers: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The names of the rules (in order) that can match where the number run ends before `key`
    ("" at the end of the text): the others cannot match there (dispatch.py)."""
    return tuple(
        rule.name
        for rule, reach in zip(_ordered_rules(), _reaches(classifiers), strict=True)
        if reach is None or reach.can_end_run_before(key)
    )


def rules_pattern(names: tuple[str, ...], classifiers: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """The master pattern itself, or the one cut down to the rules `names`."""
    return master_pattern(classifiers) if names == _rule_names() else _rules_pattern(names, classifiers)


# The rules that match most often in policy texts: which alternative matched is looked for
# among them first. Exactly one rule's group takes part in a match, so the order of the look-up
# changes nothing but its cost (one `match.start` each, against the ~40 spans of `match.regs`).
_MOST_FREQUENT: Final = ("count", "date", "duration", "percent_sign", "money", "money_without_yuan")


@functools.cache  # one per compiled pattern: the master pattern or one cut down from it
def _rule_groups(pattern: regex.Pattern[str]) -> tuple[tuple[int, Rule], ...]:
    """(group number, rule) pairs of the rules in `pattern`, the most frequent rules first:
    which alternative matched is read from the group that took part."""
    index = pattern.groupindex
    first = {name: rank for rank, name in enumerate(_MOST_FREQUENT)}
    rules = sorted(_ordered_rules(), key=lambda rule: first.get(rule.name, len(first)))  # stable: then by order
    return tuple((index[rule.group], rule) for rule in rules if rule.group in index)


def recognize(text: str, classifiers: tuple[str, ...] = (), limit: int | None = None) -> list[Candidate]:
    """Every candidate figure of a normalised text, in text order, without overlaps: the pattern
    rules' matches (`classifiers` count too, beside the lexicon's: sorted, one compiled pattern
    per set), then each registered pass over them (rules/passes.py). Over `limit` candidates,
    `ExtractionLimitError`, as soon as the pattern rules have found that many."""
    found: list[Candidate] = []
    for candidate in _scan(text, classifiers):
        if limit is not None and len(found) >= limit:
            raise ExtractionLimitError(f"more than {limit:,} figures")
        found.append(candidate)
    for text_pass in _ordered_passes():
        found = text_pass.run(text, found)
    return found


@functools.cache
def _ordered_passes() -> tuple[Pass, ...]:
    return tuple(sorted(PASSES.values(), key=lambda text_pass: text_pass.order))


# 1-2-3-4…: no figure starts at the third number of a chain of dashes (2024—2025学年 starts
# two). Without this a chain of a million numbers costs a failed match of the whole master
# pattern at each (~30 µs).
_RANGE_DASHES: Final = frozenset("-—–~")
_THIRD_IN_A_CHAIN: Final = regex.compile(r"(?<=[0-9.]+[-—–~][0-9.]+[-—–~])")

# A cut-down pattern (dispatch.py) is compiled once a text has needed its rules this many times:
# compiling one costs ~25 ms, a match it saves ~8 µs.
_COMPILE_AFTER: Final = 4


def _matches(text: str, classifiers: tuple[str, ...] = ()) -> Iterator[regex.Match[str]]:
    """The master pattern's matches, as `finditer` would give them, but tried only where a
    figure can start: a C-speed stdlib scan finds those anchors, so ordinary prose costs
    nothing. Each attempt has a time limit: a regex pathology fails loudly instead of hanging."""
    plausible = _plausible_chinese(classifiers)
    master = master_pattern(classifiers)
    # The pattern for each character that ends a number run: the master pattern cut down to
    # the rules that can match before it (dispatch.py), the same matches at about half the
    # cost. A cut-down pattern is compiled (once per process) when this text needs its rules a
    # few times: a short text does not pay for patterns it would use once.
    patterns: dict[str, regex.Pattern[str]] = {}
    needed: dict[tuple[str, ...], int] = {}
    resume = 0
    for anchor in _ANCHORS.finditer(text):
        position = anchor.start()
        if position < resume:
            continue
        if anchor.group(0) in _CHINESE_NUMERALS and not plausible.match(text, position):
            continue  # 一些, 统一, 一是: a Chinese numeral with no unit after it starts no figure
        if text[position - 1 : position] in _RANGE_DASHES and _THIRD_IN_A_CHAIN.match(text, position):
            continue
        run_end = NUMBER_RUN.match(text, position).end()  # type: ignore[union-attr]  # * always matches
        key = text[run_end : run_end + 1]
        pattern = patterns.get(key)
        if pattern is None:
            rules = rules_before(key, classifiers)
            needed[rules] = times = needed.get(rules, 0) + 1
            pattern = master
            if times >= _COMPILE_AFTER:
                pattern = patterns[key] = rules_pattern(rules, classifiers)
        # positional (string, pos, endpos, concurrent, partial, timeout): regex parses keyword
        # arguments ~0.5 µs slower a call, and this runs at every anchor
        timeout = MATCH_TIMEOUT_SECONDS if run_end - position > LONG_NUMBER_RUN else None
        match = pattern.match(text, position, None, None, False, timeout)
        if match is not None:
            resume = match.end()
            yield match


def _scan(text: str, classifiers: tuple[str, ...] = ()) -> Iterator[Candidate]:
    for match in _matches(text, classifiers):
        # never exhausted: the group of the rule that matched took part
        rule = next(rule for number, rule in _rule_groups(match.re) if match.start(number) >= 0)
        candidate = rule.produce(match)
        if candidate is not None:
            yield candidate
