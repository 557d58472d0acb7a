"""Stages 2–3: find numbers and attach units, kinds and bounds, in one pass over the text.

All registered rules are joined into one alternation, ordered by `Rule.order`, and the
normalised text is scanned once. The leftmost match wins; at one start position the rule
with the lower order wins, so a specific rule (8.7个百分点) is tried before a general one
(8.7个). Leading comparators (不低于, 超过, 近) are read from the text just before the match.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import regex

from .lexicon.markers import PREFIX_BOUNDS
from .lexicon.units import AREA_UNITS, COUNT_CLASSIFIERS, MONEY_UNITS, Unit
from .numerals import NumberError, parse_number
from .patterns import WORD_LISTS, compile_pattern
from .rules import RULES, Candidate, Rule

# One match attempt at one position reads a few dozen characters (a digit run at most): it
# never takes this long on any text, so the limit only turns a regex bug into a clear error
# (`ExtractionLimitError`), whatever the document's length.
MATCH_TIMEOUT_SECONDS = 10.0

_PREFIX_WINDOW = 20
_PREFIX_BOUND = regex.compile(
    r"""
    (?: (?P<marker> \L<prefix_bounds> ) (?: 了 | 在 | 于 | 为 | 到 | 是 | 达到 | 达 | 保持在 )?
      | (?P<marker> 至少 | 最少 | 起码 | 不少于 ) \p{Han}{1,2}              # 至少开展1次, 至少家访一次
      | (?P<marker> 达到或超过 | 不低于 | 不少于 | 不超过 | 不高于 | 低于 | 高于 | 超过 | 约 )  # 不低于…的5%
        占? [^，。,;；、]{1,14} 的
    ) \Z
    """,
    regex.VERBOSE,
    prefix_bounds=WORD_LISTS["prefix_bounds"],
)
# Kinds for which a leading comparator says nothing about the value: 近三年 is "the last
# three years", not "about three years".
_NO_PREFIX_BOUND_KINDS = frozenset({"date", "rank"})
_ABOUT_SPAN = regex.compile(r"的")
_THE_STANDARD_ITSELF = regex.compile(r"(?:规定|要求|标准|规定标准)的$")


# Every figure starts with one of these characters (after any lookbehind): checking one
# character class first lets the scan skip ordinary text without trying every rule.
FIRST_CHARACTERS = "0-9Xx×*零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅第翻前"


# A figure never starts inside a run of digits or numerals: without this, a long run would be
# re-scanned from every one of its characters (quadratic time on 10,000 digits).
_NUMERAL_CHARACTERS = "零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅"
_NOT_INSIDE_A_NUMBER = rf"(?<![0-9.]|[{_NUMERAL_CHARACTERS}](?=[{_NUMERAL_CHARACTERS}]))"


# Where a figure may start: the first character of a run of digits or numerals (a figure
# never starts inside one), or a character that opens a figure (第14名, 翻三番, 前10名).
_ANCHORS = re.compile(
    rf"""
    (?<![0-9.{_NUMERAL_CHARACTERS}]) [0-9{_NUMERAL_CHARACTERS}]    # the first numeral of a run
    | (?<![Xx×*]) [Xx×*]                                            # the first mask character
    | [第前] (?=[0-9Xx{_NUMERAL_CHARACTERS}])                        # 第14名, 前10名
    | 翻 (?=了?[一二两三四五12345]番)                                  # 翻三番, 翻了一番
    | (?<=[0-9.]) [万亿]
    """,
    re.VERBOSE,
)


_CHINESE_NUMERALS = frozenset(_NUMERAL_CHARACTERS) - {"零"}  # 零 alone is a rate: 举报率为零


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
    return re.compile(rf"[{_NUMERAL_CHARACTERS}点0-9]+[余多几]?[{units}]|[一二][九〇零○][〇零○一二三四五六七八九]{{2}}")


@functools.cache  # one per set of extra classifiers (one per Extractor setting), compiled once per process
def master_pattern(classifiers: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """The one pattern holding every rule, with the lexicon's classifiers and `classifiers`."""
    source = "|".join(f"(?P<{rule.group}>{rule.pattern})" for rule in _ordered_rules())
    return compile_pattern(f"(?=[{FIRST_CHARACTERS}]){_NOT_INSIDE_A_NUMBER}(?:{source})", classifiers)


@functools.cache
def _ordered_rules() -> tuple[Rule, ...]:
    return tuple(sorted(RULES.values(), key=lambda rule: rule.order))


@functools.cache
def _rule_groups(classifiers: tuple[str, ...] = ()) -> tuple[tuple[int, Rule], ...]:
    """(group number, rule) pairs: which alternative matched is read from the group spans."""
    index = master_pattern(classifiers).groupindex
    return tuple((index[rule.group], rule) for rule in _ordered_rules())


def recognize(text: str, classifiers: tuple[str, ...] = ()) -> list[Candidate]:
    """Every candidate figure of a normalised text, in text order, without overlaps;
    `classifiers` count too, beside the lexicon's (sorted: one compiled pattern per set)."""
    found: list[Candidate] = []
    for candidate in _scan(text, classifiers):
        items = _items_sharing_unit(candidate, text, found[-1].end if found else 0)
        found.extend(items)
        found.append(candidate)
        if candidate.rule == "rate_without_sign":
            found.extend(_rates_following(candidate, text))
    if "单位" in text or "|" in text:
        declared = _numbers_in_declared_units(text, found) + _numbers_in_table_rows(text, found)
        if declared:
            found = sorted(found + declared, key=lambda candidate: candidate.start)
    return found


# 学前教育毛入园率（%） | 78.5 | 88.2 | 90: a flattened table row whose label declares the unit.
_TABLE_ROW = regex.compile(r"(?m)^[^\n|]{1,40}?[（(](?P<unit>[万亿]?[\p{Han}]{1,3}|%|‰)[)）][ \t]*\|(?P<cells>[^\n]*)$")
_TABLE_CELL = regex.compile(r"(?<=\|[ \t]*)[0-9]+(?:\.[0-9]+)?(?=[ \t]*(?:\||$))")


def _numbers_in_table_rows(text: str, found: list[Candidate]) -> list[Candidate]:
    cells: list[Candidate] = []
    for row in _TABLE_ROW.finditer(text):
        numbers = _TABLE_CELL.finditer(text, row.start("cells") - 1, row.end("cells"))
        cells += _in_declared_unit(numbers, row.group("unit"), found, "table_cell")
    return cells


# 以下在校生数据单位：万人。学前教育在园幼儿218.6，比上年减少9.4: a unit declared once for the
# bare numbers of the rest of its paragraph.
_UNIT_DECLARATION = regex.compile(r"单位\s*[:：]\s*(?P<unit>[万亿]?[\p{Han}%]{1,3}?|%)\s*[。；;，,)）\n]")
_BARE_NUMBER = regex.compile(r"(?<=\p{Han})[0-9]+(?:\.[0-9]+)?(?=[，,。；;、）)]|\n|$)")


def _declared_unit(written: str) -> Unit | None:
    """The unit a declaration names, its magnitude folded into the factor: 万人 → count of 人
    × 10^4, 亿元 → money × 10^8, % → percentage."""
    if written in MONEY_UNITS:
        return MONEY_UNITS[written]
    if written in AREA_UNITS:
        return AREA_UNITS[written]
    if written in {"%", "‰"}:
        return Unit("percentage", "%", Decimal(1) if written == "%" else Decimal("0.1"))
    magnitude = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}.get(written[:1], Decimal(1))
    classifier = written[1:] if magnitude != 1 else written
    if classifier in COUNT_CLASSIFIERS:
        return Unit("count", classifier, magnitude)
    return None


def _numbers_in_declared_units(text: str, found: list[Candidate]) -> list[Candidate]:
    declared: list[Candidate] = []
    for declaration in _UNIT_DECLARATION.finditer(text):
        paragraph_end = text.find("\n", declaration.end())
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        numbers = _BARE_NUMBER.finditer(text, declaration.end(), paragraph_end)
        declared += _in_declared_unit(numbers, declaration.group("unit"), found, "declared_unit")
    return declared


def _in_declared_unit(
    numbers: Iterator[regex.Match[str]], written_unit: str, found: list[Candidate], rule: str
) -> list[Candidate]:
    """Bare numbers read in a unit declared elsewhere (a 单位 line, a table row's label), except
    where a figure was already found."""
    unit = _declared_unit(written_unit)
    if unit is None:
        return []
    candidates = []
    for number in numbers:
        if any(other.start < number.end() and number.start() < other.end for other in found):
            continue
        value = parse_number(number.group()) * unit.factor
        candidates.append(
            Candidate(number.start(), number.end(), unit.kind, value, unit.canonical, rule=rule, number=number.group())
        )
    return candidates


# 1-2-3-4…: no figure starts at the third number of a chain of dashes (2024—2025学年 starts
# two). Without this a chain of a million numbers costs a failed match of the whole master
# pattern at each (~30 µs).
_RANGE_DASHES = frozenset("-—–~")
_THIRD_IN_A_CHAIN = regex.compile(r"(?<=[0-9.]+[-—–~][0-9.]+[-—–~])")


def _matches(text: str, classifiers: tuple[str, ...] = ()) -> Iterator[regex.Match[str]]:
    """The master pattern's matches, as `finditer` would give them, but tried only where a
    figure can start: a C-speed stdlib scan finds those anchors, so ordinary prose costs
    nothing. Each attempt has a time limit: a regex pathology fails loudly instead of hanging."""
    pattern = master_pattern(classifiers)
    plausible = _plausible_chinese(classifiers)
    resume = 0
    for anchor in _ANCHORS.finditer(text):
        position = anchor.start()
        if position < resume:
            continue
        if anchor.group(0) in _CHINESE_NUMERALS and not plausible.match(text, position):
            continue  # 一些, 统一, 一是: a Chinese numeral with no unit after it starts no figure
        if text[position - 1 : position] in _RANGE_DASHES and _THIRD_IN_A_CHAIN.match(text, position):
            continue
        match = pattern.match(text, position, timeout=MATCH_TIMEOUT_SECONDS)
        if match is not None:
            resume = match.end()
            yield match


def _scan(text: str, classifiers: tuple[str, ...] = ()) -> Iterator[Candidate]:
    rule_groups = _rule_groups(classifiers)
    list_head: Candidate | None = None  # a figure whose leading comparator may scope a list
    for match in _matches(text, classifiers):
        rule = next(rule for number, rule in rule_groups if match.start(number) >= 0)
        candidate = rule.produce(match)
        if candidate is None:
            continue
        bounded = with_prefix_bound(candidate, text)
        if bounded is not candidate:
            list_head = bounded
        elif list_head is not None and _continues_list(list_head, candidate, text):
            bounded = list_head = replace(candidate, bound=list_head.bound)
        else:
            list_head = None
        yield bounded


# 分别为12和8所, 分别提高了3.5和4.2个百分点, 2万、3万平方米: bare numbers listed before a
# figure share its unit (and its trailing bound: 0.5和1.5%以内).
# The bare number follows a word (为12和…), never a line start: 5、12所 is a list number.
_BARE_ITEM_BEFORE = regex.compile(r"(?<=\p{Han})(?P<num>[0-9]+(?:\.[0-9]+)?(?:[万亿])?)(?:和|、|及|与)\Z")
_SHARING_KINDS = frozenset({"count", "money", "area", "length", "percentage", "percentage_point", "duration"})
# 入学率分别为100、99.8: further rates after a rate whose % sign is missing.
_BARE_RATE_AFTER = regex.compile(r"(?:和|、|及)(?P<num>[0-9]+(?:\.[0-9]+)?)(?![0-9.%‰万亿]|\p{Han}{0,1}[所个名人])")
_MAX_LIST = 8


def _items_sharing_unit(candidate: Candidate, text: str, floor: int) -> list[Candidate]:
    if candidate.kind not in _SHARING_KINDS or not isinstance(candidate.value, Decimal) or not candidate.number:
        return []
    try:
        own = parse_number(candidate.number)
    except NumberError:
        return []
    if own == 0 or candidate.high is not None:
        return []
    factor = candidate.value / own
    shared_magnitude = candidate.number[-1:] in "万亿" and candidate.number[-1:] != ""
    items: list[Candidate] = []
    end = candidate.start
    while len(items) < _MAX_LIST:
        found = _BARE_ITEM_BEFORE.search(text, max(floor, end - 16), end)
        if not found or found.start() < floor:
            break
        number = found.group("num")
        value = parse_number(number)
        if shared_magnitude and number[-1] not in "万亿":
            value *= parse_number("1" + candidate.number[-1])
        item = replace(
            candidate,
            start=found.start(),
            end=found.start() + len(number),
            value=value * factor,
            rule="shared_unit",
            number=number,
        )
        items.append(item)
        end = found.start()
    return items[::-1]


def _rates_following(candidate: Candidate, text: str) -> list[Candidate]:
    items: list[Candidate] = []
    position = candidate.end
    while len(items) < _MAX_LIST:
        found = _BARE_RATE_AFTER.match(text, position)
        if not found:
            break
        value = parse_number(found.group("num"))
        if value > 200:
            break
        items.append(
            replace(
                candidate,
                start=found.start("num"),
                end=found.end("num"),
                value=value,
                bound="=",
                rule="shared_unit",
                number=found.group("num"),
            )
        )
        position = found.end()
    return items


# 至少一次深度谈心、一次家访、一份成长寄语: a comparator before the first item of an
# enumeration scopes every item of it.
_LIST_GAP = regex.compile(r"[^，,。；;！？!?：:\n]{0,12}[、和及]")


def _continues_list(head: Candidate, candidate: Candidate, text: str) -> bool:
    if candidate.bound != "=" or candidate.kind != head.kind:
        return False
    return _LIST_GAP.fullmatch(text, head.end, candidate.start) is not None


def with_prefix_bound(candidate: Candidate, text: str) -> Candidate:
    """Apply a comparator written just before the figure, unless the figure has its own.
    Returns the same object when nothing changes."""
    if candidate.bound != "=" or candidate.kind in _NO_PREFIX_BOUND_KINDS:
        return candidate
    found = _PREFIX_BOUND.search(text[max(0, candidate.start - _PREFIX_WINDOW) : candidate.start])
    if not found:
        return candidate
    marker = found.group("marker")
    bound = PREFIX_BOUNDS.get(marker, "=")
    if bound == "=" or _THE_STANDARD_ITSELF.search(found.group()):
        return candidate  # 低于国家规定的0.65: the figure is the standard compared with, exactly
    if candidate.kind == "duration" and marker == "近" and not _ABOUT_SPAN.match(text, candidate.end):
        return candidate  # 近三年，… / 近10年来: "the last N years"; but 近百年的历史 is about a hundred
    return replace(candidate, bound=bound)
