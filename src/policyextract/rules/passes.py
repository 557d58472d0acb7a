"""Recognition passes: rules that read more than one match at a time.

The pattern rules each read one figure where it stands. These read the figures already found
together with the text around them: a comparator before a list scopes its items, bare numbers
listed before a figure share its unit, a unit declared once (a `单位：` line, a table header, a
row label) applies to the bare numbers it governs. Each is registered with `@text_pass` and
carries its examples beside it, like the pattern rules; `recognize()` runs them in `order`.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Final

import regex

from ..lexicon.markers import PREFIX_BOUNDS, RATE_COLUMN_WORDS, SIGN_BOUNDS, STANDARD_COMPARATORS
from ..lexicon.units import (
    AREA_HEADER_ENDINGS,
    AREA_UNITS,
    COUNT_CLASSIFIERS,
    COUNTED_LABEL_CLASSIFIERS,
    MONEY_HEADER_ENDINGS,
    MONEY_UNITS,
    PEOPLE_CLASSIFIERS,
    PEOPLE_HEADER_ENDINGS,
    PLACE_CLASSIFIERS,
    PLACE_HEADER_ENDINGS,
    SCORE_HEADER_ENDINGS,
    SCORE_HEADER_WORDS,
    SCORE_UNIT,
    Unit,
)
from ..models import Bound
from ..numerals import NumberError, parse_number
from ..patterns import WORD_LISTS
from .registry import Candidate, finds, rejects, text_pass

# ---------------------------------------------------------------------------------------------
# Leading comparators

_PREFIX_WINDOW: Final = 20
_PREFIX_BOUND: Final = regex.compile(
    r"""
    # (each way a match can end is listed in _PREFIX_BOUND_ENDS and the test before its search)
    (?: (?P<marker> \L<prefix_bounds> )
        (?: 了 | 在 | 于 | 为 | 到 | 是 | 达到 | 达 | 保持在 | 可 \p{Han}{0,2} )?  # 最高可领, 最多可填报
      | (?P<marker> 至少 | 最少 | 起码 | 不少于 | 最多 | 至多 ) \p{Han}{1,2}  # 至少开展1次, 每校最多开设3班
      | (?P<marker> 达到或超过 | 不低于 | 不少于 | 不小于 | 不超过 | 不高于 | \L<negated_more>     # 不低于…的5%
                   | 低于 | 高于 | 超过 | 约 )
        占? [^，。,;；、0-9０-９%％]{1,14} 的   # a number between: the comparator bounds that one
    ) \Z
    """,
    regex.VERBOSE,
    prefix_bounds=WORD_LISTS["prefix_bounds"],
    # 不得超过…的5%, 不得低于…的90%: a rule that forbids more or less
    negated_more=[word for word in PREFIX_BOUNDS if word.startswith("不") and len(word) == 4],
)
# A match of _PREFIX_BOUND ends the window with a comparator, a linking word after it or 的,
# with 可 or one or two characters after it (最高可领, 最多可填报), or with one or two characters after
# 至少/最少/起码/不少于/最多/至多 (which then start in its last five): a cheap test that rules its search
# out for most figures. A new branch of _PREFIX_BOUND needs its ending here too.
_PREFIX_BOUND_ENDS: Final = frozenset({word[-1] for word in WORD_LISTS["prefix_bounds"]} | set("了在于为到是达的"))
_AT_LEAST_NEAR_END: Final = regex.compile(r"至少|最少|起码|不少于|最多|至多")
# The longest match of _PREFIX_BOUND that does not end in 的: a comparator and its longest
# linking word (保持在), or 不少于 and two characters. A new branch needs its length here too.
_PREFIX_BOUND_REACH: Final = max(
    max(len(word) for word in WORD_LISTS["prefix_bounds"]) + len("保持在"), len("不少于") + 2
)
# 上万名, 几十所, 数百名: a bare magnitude after 上, 几 or 数 is that order or more (加上3所 is not).
_AT_LEAST_BEFORE_MAGNITUDE: Final = frozenset("上几数")
# Kinds for which a leading comparator says nothing about the value: 近三年 is "the last
# three years", not "about three years".
_NO_PREFIX_BOUND_KINDS: Final = frozenset({"date", "rank"})
_ABOUT_SPAN: Final = regex.compile(r"的")
_COMPARED_BEFORE: Final = regex.compile(r"[比较][^，。,;；]{0,10}$")
_THE_STANDARD_ITSELF: Final = regex.compile(r"(?:规定|要求|标准|规定标准)的$")
# 高于国家规定85%的标准, 低于3平方米的标准: a plain comparison of a result with the standard after it
# (不低于400元的标准 sets a floor: it keeps its bound)
_STANDARD_AFTER: Final = regex.compile(r"的?标准(?![化件])")
_RESULT_COMPARATORS: Final = frozenset(word for word in STANDARD_COMPARATORS if word[0] in "高低")
# 仍高于全国平均的11.2%: after a plain 高于/低于 the figure is the other place's average itself,
# exactly; 达到或超过全省平均水平的120% and 不低于…平均水平的 bound a share of it.
# So is the level of a whole place after it (高于全港日校考生的44.7%, 低于全省的91.2%).
_THE_AVERAGE_ITSELF: Final = regex.compile(
    r"^(?:高于|低于)(?:[^，。,;；、]*平均(?:水平|值)?|全[国省市县区港澳][^，。,;；、]{0,12})的$"
)
# 至少一次深度谈心、一次家访、一份成长寄语: a comparator before the first item of an
# enumeration scopes every item of it.
# 每生每月, 每人每年, 每校: a rate's denominator written between a comparator and the figure.
# (每年約2.7億元: 約 after the denominator is still the comparator)
_PER_UNIT_END: Final = regex.compile(
    r"(?:每(?:名?学生|名?學生|[生人户戶校班所年月天日周週]|学期|學期|学年|學年)){1,2}\Z"
)
_LIST_GAP: Final = regex.compile(r"[^，,。；;！？!?：:\n]{0,12}[、和及]")


@text_pass(
    "leading_comparator",
    order=10,
    examples=[
        finds("交流比例不低于10%。", "10%", 10, "percentage", bound=">="),
        finds("每生每年不小于1200元", "1200元", 1200, "money", bound=">="),
        finds("每名学生最高可获2000元补助", "2000元", 2000, "money", bound="<="),  # the 可 branch's ending
        finds("每名考生最多可填报96个院校专业组志愿", "96个", 96, "count", bound="<="),
        finds("每间功能室最多可容纳45人", "45人", 45, "count", bound="<="),
        finds("规模最大的学校可容纳1200人", "1200人", 1200, "count"),  # no comparator before 可
        finds("全县约有3200名教师", "3200名", 3200, "count", bound="~"),
        finds("每个学生至少参加一次研学、两次劳动实践", "两次", 2, "count", bound=">="),
        finds("差异系数均低于国家规定的0.65", "0.65", 0.65, "other"),
        finds("近三年，全县新建学校6所", "三年", 3, "duration"),
        finds("全市上万名志愿者参与", "万名", 10000, "count", bound=">="),
        finds("新建几十所乡村学校", "十所", 10, "count", bound=">="),
        finds("数百名教师参加", "百名", 100, "count", bound=">="),
        finds("再加上3所民办学校", "3所", 3, "count"),
        rejects("确保生均经费不低于国家标准", "a comparator with no number after it yields nothing"),
        finds("非本地學生人數不得超過本地學額的20%", "20%", 20, "percentage", bound="<="),
        finds("大班额比例不能超过全部班级的5%", "5%", 5, "percentage", bound="<="),
        finds("义务教育学校全学年在校天数不得少于180天", "180天", 180, "duration", bound=">="),
        finds("每周体育课不应少于3节", "3节", 3, "count", bound=">="),
        finds("乡村教师培训经费不得低于公用经费总额的5%", "5%", 5, "percentage", bound=">="),
        finds("报名人数少于80人的班不开", "80人", 80, "count", bound="<"),  # 少于 alone: less than
        finds("偏遠地區教師每人每年最高可領2萬4千元", "2萬4千元", 24000, "money", bound="<="),
        finds("代理教師比率仍高於全國平均的9.6%", "9.6%", 9.6, "percentage"),
        finds("辍学率低于全省平均水平的1.1%", "1.1%", 1.1, "percentage"),
        finds("决赛成绩11.2秒，比原纪录快0.3秒", "0.3秒", Decimal("0.3"), "duration"),
        finds("学校建成快10年了", "10年", 10, "duration", bound="~"),  # 快 alone: nearly
        finds("達標百分比為58.9%，高於全港日校考生的44.7%", "44.7%", 44.7, "percentage"),
        finds("巩固率98.2%，高于全省的96.5%", "96.5%", 96.5, "percentage"),
        finds("资助面不低于全省在校生的15%", "15%", 15, "percentage", bound=">="),  # a floor keeps its bound
        finds("生均宿舍面积为2.9平方米,低于3平方米的标准", "3平方米", 3, "area"),
        finds("满意度为92.4%,高于85%的标准", "85%", 85, "percentage"),
        finds("生均图书28.6册,高于国家25册的标准", "25册", 25, "count"),
        finds("补助按不低于400元的标准发放", "400元", 400, "money", bound=">="),
        finds("大班额比例低于5%", "5%", 5, "percentage", bound="<"),
        finds("每校最多开设3个班", "3个班", 3, "count", bound="<="),
        finds("每人每年至多申领2次", "2次", 2, "count", bound="<="),
        finds("每班學生人數最多為25人", "25人", 25, "count", bound="<="),
        finds("最多的一所学校有学生3200人", "3200人", 3200, "count"),  # negative: 最多 names the school
        # a comparator before an earlier figure (低于95%的学校) does not reach past it
        finds("巩固率低于95%的学校由去年的5所减少到2所", "5所", 5, "count"),
        finds("辍学率高于1%的乡镇由上年的6个减少到3个", "6个", 6, "count"),
        finds("合格率低于90%的幼儿园还有4所", "90%", 90, "percentage", bound="<"),
        finds("辍学率控制在全部学生的1.1%以内", "1.1%以内", 1.1, "percentage", bound="<="),
        finds("保教费收费标准最高不超过每生每月900元", "900元", 900, "money", bound="<="),
        finds("生均公用经费不低于每生每年650元", "650元", 650, "money", bound=">="),
        finds("教师培训经费至少每人每年1200元", "1200元", 1200, "money", bound=">="),
        finds("补助提高到每生每年1500元", "1500元", 1500, "money"),  # negative: no comparator
        finds("涉及经常开支每年约3.4亿元", "3.4亿元", 340000000, "money", bound="~"),  # 约 after 每年
        finds("超过半数的学校每生每月收费300元", "300元", 300, "money"),  # negative: 超过 bounds 半数
        finds("资助学生人数 ≥3200人", "3200人", 3200, "count", bound=">="),
        finds("辍学率≤0.5%", "0.5%", 0.5, "percentage", bound="<="),
        finds("生师比 3:1", "3:1", 3, "ratio"),  # no sign
    ],
)
def leading_comparator(text: str, found: list[Candidate]) -> list[Candidate]:
    """Apply the comparator written just before each figure (outside its text, ANNOTATION.md);
    one before the first item of a list scopes the items after it."""
    bounded_list: list[Candidate] = []
    head: Candidate | None = None
    for candidate in found:
        bounded = with_prefix_bound(candidate, text)
        if bounded is not candidate:
            head = bounded
        elif head is not None and _continues_list(head, candidate, text):
            bounded = head = candidate.with_bound(head.bound)
        else:
            head = None
        bounded_list.append(bounded)
    return bounded_list


def _continues_list(head: Candidate, candidate: Candidate, text: str) -> bool:
    if candidate.bound != "=" or candidate.kind != head.kind:
        return False
    return _LIST_GAP.fullmatch(text, head.end, candidate.start) is not None


def with_prefix_bound(candidate: Candidate, text: str) -> Candidate:
    """Apply a comparator written just before the figure, unless the figure has its own.
    Returns the same object when nothing changes."""
    if candidate.bound != "=" or candidate.kind in _NO_PREFIX_BOUND_KINDS:
        return candidate
    before = text[candidate.start - 1 : candidate.start]
    if before in SIGN_BOUNDS:
        return candidate.with_bound(SIGN_BOUNDS[before])  # ≥3200人, ≤5%: the sign is the comparator
    if before and before in _AT_LEAST_BEFORE_MAGNITUDE and text[candidate.start] in "十百千万亿":
        return candidate.with_bound(">=")  # 上万名, 几十所, 数百名: that order of magnitude or more
    window = text[max(0, candidate.start - _PREFIX_WINDOW) : candidate.start]
    if "每" in window[-6:]:
        per = _PER_UNIT_END.search(window, max(0, len(window) - 6))
        if per:  # 最高不超过每生每月980元: the rate's denominator stands between comparator and figure
            window = window[: per.start()]
    if (
        window[-1:] not in _PREFIX_BOUND_ENDS
        and "可" not in window[-3:]
        and not _AT_LEAST_NEAR_END.search(window, max(0, len(window) - 5))
    ):
        return candidate  # no match of _PREFIX_BOUND can end here: skip its search of 20 starts
    # only the branch ending in 的 reaches further back than _PREFIX_BOUND_REACH characters: any
    # other match starts within them, so the search need not try the window's earlier starts
    found = _comparator_ending(window if window[-1:] == "的" else window[-_PREFIX_BOUND_REACH:])
    if not found:
        return candidate
    marker, bound = found
    if marker in _RESULT_COMPARATORS and _STANDARD_AFTER.match(text, candidate.end):
        return candidate  # 低于3平方米的标准: the comparator places the result, the standard is exact
    if candidate.kind == "duration" and marker == "近" and not _ABOUT_SPAN.match(text, candidate.end):
        return candidate  # 近三年，… / 近10年来: "the last N years"; but 近百年的历史 is about a hundred
    return candidate.with_bound(bound)


@functools.lru_cache(maxsize=4096)  # a list repeats its comparator (不低于…、不低于…)
def _comparator_ending(before: str) -> tuple[str, Bound] | None:
    """(marker, bound) of the comparator that ends `before` (the text just before a figure), or
    None; also None where the figure is the standard compared with (低于国家规定的0.65), exactly.
    A pure function of the text: the match starts within `before` and looks at nothing else."""
    found = _PREFIX_BOUND.search(before)
    if not found:
        return None
    marker = found.group("marker")
    bound = PREFIX_BOUNDS.get(marker, "=")
    if bound == "=" or _THE_STANDARD_ITSELF.search(found.group()) or _THE_AVERAGE_ITSELF.match(found.group()):
        return None
    if marker == "快" and _COMPARED_BEFORE.search(before, 0, found.start()):
        return None  # 比原纪录快0.3秒: faster by so much, not "nearly"
    return marker, bound


# ---------------------------------------------------------------------------------------------
# Bare numbers that share a unit written once

# 分别为12和8所, 分别提高了3.5和4.2个百分点, 2万、3万平方米: bare numbers listed before a
# figure share its unit (and its trailing bound: 0.5和1.5%以内).
# The bare number follows a word (为12和…), never a line start: 5、12所 is a list number.
_BARE_ITEM_BEFORE: Final = regex.compile(r"(?<=\p{Han})(?P<num>[0-9]+(?:\.[0-9]+)?(?:[万亿])?)(?:和|、|及|与)\Z")
_SHARING_KINDS: Final = frozenset({"count", "money", "area", "length", "percentage", "percentage_point", "duration"})
# 入学率分别为100、99.8: further rates after a rate whose % sign is missing.
_BARE_RATE_AFTER: Final = regex.compile(
    r"(?:和|、|及)(?P<num>[0-9]+(?:\.[0-9]+)?)(?![0-9.%‰万亿]|\p{Han}{0,1}[所个名人])"
)
_MAX_LIST: Final = 8


@text_pass(
    "shared_unit",
    order=20,
    examples=[
        finds("小学、初中分别新建12和8所", "12", 12, "count", unit="所"),
        finds("两项比率分别提高0.8个和1.6个百分点", "0.8个", 0.8, "percentage_point"),
        finds("三项比率分别下降1.2个、0.4个和2.5个百分点", "0.4个", 0.4, "percentage_point"),
        finds("新建学校3个和提高2.1个百分点", "3个", 3, "count"),
        finds("生均面积分别提高了3.5和4.2个百分点", "3.5", 3.5, "percentage_point"),
        finds("两校分别扩建2万、3万平方米", "2万", 20000, "area"),
        finds("小学、初中入学率分别为100、99.8", "99.8", 99.8, "percentage"),
        rejects("5、12所学校完成改造", "a list number at the start is no item", span="5"),
    ],
)
def shared_unit(text: str, found: list[Candidate]) -> list[Candidate]:
    shared: list[Candidate] = []
    for candidate in found:
        shared.extend(_items_sharing_unit(candidate, text, shared[-1].end if shared else 0))
        if candidate.kind == "percentage_point":
            _points_before(shared, candidate, text)
        shared.append(candidate)
        if candidate.kind == "percentage" and not _HAS_SIGN.search(text, candidate.start, candidate.end):
            shared.extend(_rates_following(candidate, text))  # 入学率分别为100、99.8
    return shared


_HAS_SIGN: Final = regex.compile(r"[%‰百成]")


def _points_before(shared: list[Candidate], points: Candidate, text: str) -> None:
    """分别提高1.3个和2.6个百分点: the 个 of the items before the last is the 个 of 个百分点, written
    once after the list; those counts become percentage points (in place, in `shared`)."""
    start = points.start
    index = len(shared) - 1
    while index >= 0 and text[start - 1 : start] in _ITEM_LINKS:
        item = shared[index]
        if item.kind != "count" or item.unit != "个" or item.end != start - 1:
            break
        shared[index] = replace(item, kind="percentage_point", unit="个百分点")
        start = item.start
        index -= 1


_ITEM_LINKS: Final = frozenset("和、及与")  # the last character of every _BARE_ITEM_BEFORE match


def _items_sharing_unit(candidate: Candidate, text: str, floor: int) -> list[Candidate]:
    if text[candidate.start - 1 : candidate.start] not in _ITEM_LINKS:
        return []  # no listed number right before (most figures): skip parsing and the search
    if candidate.kind not in _SHARING_KINDS or candidate.value is None or not candidate.number:
        return []
    try:
        own = parse_number(candidate.number)
    except NumberError:
        return []
    if own == 0 or candidate.high is not None or not isinstance(candidate.value, Decimal):
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


# ---------------------------------------------------------------------------------------------
# Units declared once: 单位 lines and flattened tables

# 单位：新台币千元, 单位：人民币万元: the currency named before the magnitude is the unit's too.
_CURRENCY_NAME: Final = r"(?:人民币|新台币|港币)"
_WRITTEN_UNIT: Final = rf"{_CURRENCY_NAME}?[万亿千百]?[\p{{Han}}]{{1,3}}|%|‰"
# 以下在校生数据单位：万人。学前教育在园幼儿218.6，比上年减少9.4: a unit declared once for the
# bare numbers of the rest of its paragraph.
_UNIT_DECLARATION: Final = regex.compile(rf"单位\s*[:：]\s*(?P<unit>{_WRITTEN_UNIT}?)\s*(?:[。；;，,)）\n|]|$)")
# 项目资金（万元）：年度资金总额640，其中中央资金384: a label's unit for the numbers of its line
_LABEL_UNIT: Final = regex.compile(rf"(?<=\p{{Han}})[（(](?P<unit>{_WRITTEN_UNIT})[)）][ \t]*[:：]")
# A table's 单位 line may list the units of its columns (单位：万元、%, 单位：所、人、%, Taiwan's
# 單位：人；%): the one unit that is no percentage is the table's; a % column says so in its header.
_UNIT_LIST_DECLARATION: Final = regex.compile(
    rf"单位\s*[:：]\s*(?P<unit>(?:{_WRITTEN_UNIT})(?:\s*[、,，/；;]\s*(?:{_WRITTEN_UNIT}))+)\s*(?:[。；;)）\n|]|$)"
)
_PERCENT_WORDS: Final = frozenset({"%", "‰", "百分比", "百分点"})


def _table_unit(line: str) -> str | None:
    """The unit a 单位 line declares for a table: the one given, or of a list the one unit
    that is not a percentage (None when the list leaves two: 所、人)."""
    listed = _UNIT_LIST_DECLARATION.search(line)  # first: 单位：人；% is a list, not 人 alone
    if not listed:
        single = _UNIT_DECLARATION.search(line)
        return single.group("unit") if single else None
    units = [unit.strip() for unit in regex.split(r"[、,，/；;]", listed.group("unit"))]
    amounts = [unit for unit in units if unit not in _PERCENT_WORDS]
    return amounts[0] if len(amounts) == 1 else None


_BARE_NUMBER: Final = regex.compile(r"(?<=\p{Han})[0-9]+(?:\.[0-9]+)?(?=[，,。；;、）)]|\n|$)")


def declared_unit(written: str) -> Unit | None:
    """The unit a declaration names, its magnitude folded into the factor: 万人 → count of 人
    × 10^4, 亿元 → money × 10^8, % → percentage."""
    written = regex.sub(rf"^{_CURRENCY_NAME}", "", written.strip())
    if written in MONEY_UNITS:
        return MONEY_UNITS[written]
    if written in AREA_UNITS:
        return AREA_UNITS[written]
    if written in {"%", "‰"}:
        return Unit("percentage", "%", Decimal(1) if written == "%" else Decimal("0.1"))
    if written == SCORE_UNIT.canonical:
        return SCORE_UNIT
    magnitude = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}.get(written[:1], Decimal(1))
    classifier = written[1:] if magnitude != 1 else written
    if classifier in COUNT_CLASSIFIERS:
        return Unit("count", classifier, magnitude)
    return None


@text_pass(
    "declared_unit",
    order=40,
    examples=[
        finds("以下数据单位：万人。全市普通高中在校生21.4，比上年增加0.8。", "21.4", 214000, "count", unit="人"),
        finds("（单位：亿元）全省教育经费总投入312.6，其中财政性经费268.1。", "268.1", 26810000000, "money"),
        finds("单位：新台币千元\n项目 | 2031年\n国民教育 | 1,234,567", "1,234,567", 1234567000, "money"),
        rejects("全市普通高中在校生21.4，比上年增加0.8。", "no unit declared: a bare number is no figure"),
        # a label's bracketed unit before a colon declares it for the numbers of its line
        finds("项目资金（万元）：年度资金总额520，其中中央资金312", "312", 3120000, "money"),
        finds("培训人数（人）：全年计划1200，实际完成1260", "1260", 1260, "count"),
        rejects("项目资金（万元）：年度资金总额520\n另有社会捐助30", "another line: no unit", span="30"),
    ],
)
def declared_units(text: str, found: list[Candidate]) -> list[Candidate]:
    labelled = "）:" in text or "）：" in text or "):" in text
    if "单位" not in text and not labelled:
        return found
    declared: list[Candidate] = []
    declarations = [*_UNIT_DECLARATION.finditer(text), *(_LABEL_UNIT.finditer(text) if labelled else ())]
    for declaration in declarations:
        if "|" in text[text.rfind("\n", 0, declaration.start()) + 1 : declaration.start()]:
            continue  # a table's own header: the table pass reads it
        paragraph_end = text.find("\n", declaration.end())
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        numbers = _BARE_NUMBER.finditer(text, declaration.end(), paragraph_end)
        declared += _in_unit(numbers, declared_unit(declaration.group("unit")), found, "declared_unit")
    return _merged(found, declared)


# The last day of a range written with its first day's month and year only once (2031年10月24日至
# 27日, 6月7日至9日): a date of that month.
_RANGE_END_DAY: Final = regex.compile(
    r"(?:至|到|—{1,2}|–|-|~)(?P<day>3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号](?![0-9])"
)


@text_pass(
    "range_end_day",
    order=45,
    examples=[
        finds("2031年10月24日至27日，督导组实地评估", "27日", "2031-10-27", "date"),
        finds("考试于6月7日至9日举行", "9日", "XXXX-06-09", "date"),
        finds("二〇三一年三月二日至五日召开", "五日", "2031-03-05", "date"),
        rejects("6月7日至9时30分结束", "a time of day, no day", span="9时"),
        finds("6月7日至9月1日", "9月1日", "XXXX-09-01", "date"),  # negative: a full date is its own
        finds("考试于6月7日至9日举行，部分科目延续至10日", "10日", "XXXX-06-10", "date"),
        rejects("考试于6月7日至9日举行。报名延续至10日", "another sentence", span="10日"),
    ],
)
def range_end_day(text: str, found: list[Candidate]) -> list[Candidate]:
    added: list[Candidate] = []
    for candidate in found:
        value = candidate.value
        if candidate.kind != "date" or not isinstance(value, str) or value.count("-") != 2:
            continue
        if text[candidate.end : candidate.end + 1] not in _RANGE_MARKS:
            continue  # most dates end no range: skip the match
        end_day = _RANGE_END_DAY.match(text, candidate.end)
        if end_day is None:
            continue
        day_date = _day_of_month(end_day, value, "range_end_day")
        if day_date is None:
            continue
        added.append(day_date)
        later = _LATER_DAY.match(text, end_day.end(), min(len(text), end_day.end() + _LATER_DAY_REACH))
        if later is not None:  # 6月7日至9日举行，部分科目延续至10日: the same month goes on
            later_date = _day_of_month(later, value, "range_end_day")
            if later_date is not None:
                added.append(later_date)
    return _merged(found, added) if added else found


def _day_of_month(found: regex.Match[str], value: str, rule: str) -> Candidate | None:
    try:
        day = int(parse_number(found.group("day")))
    except NumberError:
        return None
    year_month = value.rsplit("-", 1)[0]
    return Candidate(found.start("day"), found.end(), "date", f"{year_month}-{day:02d}", "", rule=rule)


_RANGE_MARKS: Final = frozenset("至到—–-~")
# A day the same sentence carries on to (部分科目延续至10日), a few characters after the range.
_LATER_DAY: Final = regex.compile(
    r"[^。；;！？!?\n]{0,20}?(?:延续|顺延|推迟|延长|持续)至(?P<day>3[01]|[12][0-9]|0?[1-9])[日号](?![0-9])"
)
_LATER_DAY_REACH: Final = 30


# A flattened table: rows on their own lines, cells split by |.
_CELL_SPLIT: Final = regex.compile(r"[ \t]*\|[ \t]*")
_NUMBER_CELL: Final = regex.compile(r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
# A cell may bound its number with a sign (≥95 in a plan's indicator table): the sign stays
# outside the figure and makes its bound.
_SIGNED_CELL: Final = regex.compile(
    r"(?P<sign>\L<signs>)\s*(?P<number>-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)", signs=list(SIGN_BOUNDS)
)
_RATE_COLUMN: Final = regex.compile(r"\L<words>", words=list(RATE_COLUMN_WORDS))
# …or a rate per head and time (城区（元/生·月）, 标准（元/人·年）): the amount's unit, per what it says
_PER_WHAT: Final = r"(?:/[\p{Han}·•・/]{1,6})?"
_UNIT_IN_LABEL: Final = regex.compile(rf"[（(](?P<unit>{_WRITTEN_UNIT}){_PER_WHAT}[)）]\s*$")
_UNIT_AT_END: Final = regex.compile(r"(?P<unit>%|‰)\s*$")
_UNIT_ONLY: Final = regex.compile(rf"[（(](?P<unit>{_WRITTEN_UNIT})[)）]")
_UNIT_COLUMN: Final = regex.compile(r"(?:计量)?单位")
_DECLARATION_REACH: Final = 3  # lines above a table where its 单位 line stands
# A row labelled by a bare year or school year (1985 | 256, 2022/2023 | 19,555): a date the date
# rule, which wants 年, leaves out.
_BARE_YEAR_LABEL: Final = regex.compile(r"(?P<year>(?:19|20)[0-9]{2})(?:[/\-–](?:19|20)?[0-9]{2})?")
_TABLE_MAX_ROWS: Final = 400
# A header cell that is a school year written short (2021/22, as Hong Kong writes it); 2021年 and
# 2021学年 are read as dates by the date rules already.
_SCHOOL_YEAR_HEADER: Final = regex.compile(r"(?P<year>(?:19|20)[0-9]{2})/[0-9]{2}")


@text_pass(
    "table_cell",
    order=50,
    examples=[
        finds("学前教育毛入园率（%） | 81.5 | 89.2 | 92", "89.2", 89.2, "percentage"),
        # a per-head rate in the header: an amount of money (元/生·月)
        finds("园所等级 | 城区（元/生·月） | 农村（元/生·月）\n一级园 | 520 | 380", "380", 380, "money"),
        finds("项目 | 标准（元/人·年）\n生活补助 | 1200", "1200", 1200, "money"),
        rejects("项目 | 说明（详见附件/表2）\n生活补助 | 1200", "no unit in the brackets", span="1200"),
        # a form's label|value|label|value row: each value's unit is in the label right before it
        finds("建校时间 | 1962年 | 占地面积（平方米） | 31200", "31200", 31200, "area"),
        finds("教学班数（个） | 24 | 在校学生数（人） | 1130", "1130", 1130, "count", unit="人"),
        finds("图书（册） | 41000 | 计算机（台） | 210", "210", 210, "count", unit="台"),
        finds("单位：万元\n项目 | 2030年 | 2031年\n教育支出 | 5620 | 5880", "5880", 58800000, "money"),  # no pair
        finds("指标 | 单位 | 2030年 | 2031年\n高中 | 所 | 14 | 15\n在校生 | 万人 | 2.6 | 2.8", "2.8", 28000, "count"),
        finds("单位：万元\n项目 | 预算数 | 决算数\n教育支出 | 5620.5 | 5480.2", "5480.2", 54802000, "money"),
        finds("项目 | 金额（万元） | 占比（%）\n义务教育 | 3260 | 58.3", "58.3", 58.3, "percentage"),
        rejects("指标 | 2030年 | 2031年\n普通高中 | 14 | 15", "no unit anywhere: the cells stay out", span="15"),
        finds("单位：万元、%\n项目 | 2030年 | 增长%\n教育支出 | 8,460.5 | 4.2", "8,460.5", 84605000, "money"),
        finds("单位：万元、%\n项目 | 2030年 | 增长%\n教育支出 | 8,460.5 | 4.2", "4.2", 4.2, "percentage"),
        finds("指标 | 单位 | 2030年 | 增减%\n高中 | 所 | 14 | -6.7", "-6.7", -6.7, "percentage"),
        rejects("单位：所、人、%\n项目 | 2030年\n高中 | 14", "two units listed: a cell's is unknown", span="14"),
        # 单位：人、分 over an admission table: its headers tell people from points
        finds("单位：人、分\n省份 | 计划数 | 录取数 | 最低分\n湖北 | 210 | 212 | 536", "212", 212, "count", unit="人"),
        finds("单位：人、分\n省份 | 计划数 | 录取数 | 最低分\n湖北 | 210 | 212 | 536", "536", 536, "other", unit="分"),
        rejects("单位：人、分\n省份 | 类别 | 备注\n湖北 | 3 | 5", "headers that call for neither", span="5"),
        finds("單位：人；%\n學年度 | 國中學生數 | 淨在學率\n118學年度 | 61,234 | 97.86", "97.86", 97.86, "percentage"),
        finds("單位：人；%\n學年度 | 國中學生數 | 淨在學率\n118學年度 | 61,234 | 97.86", "61,234", 61234, "count"),
        finds("單位：校；%\n縣市 | 學校數 | 耐震達成率\n甲縣 | 120 | 98.5", "120", 120, "count", unit="校"),
        finds("單位：人；%\n學年度 | 學生數 | 學生增減數\n118學年度 | 61,234 | -2,310", "-2,310", -2310, "count"),
        finds("单位：所、人\n年份 | 小学 | 在校生\n2029 | 118 | 11200", "118", 118, "count", unit="所"),
        finds("单位：所、人\n年份 | 小学 | 在校生\n2029 | 118 | 11200", "11200", 11200, "count", unit="人"),
        finds("单位：个、名\n学段 | 幼儿园 | 专任教师\n城区 | 46 | 1,320", "1,320", 1320, "count", unit="名"),
        rejects("单位：所、人\n年份 | 合格率 | 经费\n2029 | 98 | 120", "the header names neither", span="98"),
        # an amount and a count listed: the money header takes the amount, the header of a number the count
        finds("单位：万元、个\n项目类别 | 投资金额 | 项目个数\n校舍改造 | 1,260.5 | 14", "1,260.5", 12605000, "money"),
        finds("单位：万元、个\n项目类别 | 投资金额 | 项目个数\n校舍改造 | 1,260.5 | 14", "14", 14, "count", unit="个"),
        finds("单位：亿元、所\n地区 | 教育经费 | 学校数\n东城 | 3.6 | 42", "3.6", 360000000, "money"),
        finds("单位：万元、项\n学校 | 专项资金 | 问题数\n二中 | 36.2 | 3", "3", 3, "count", unit="项"),
        rejects("单位：万元、元\n项目 | 资助资金 | 生均\n小学 | 120 | 800", "two amounts listed", span="120"),
        # an area and an amount listed: 面积 takes the area, 投资 the amount
        finds("单位：平方米、万元\n项目 | 建筑面积 | 完成投资\n实验楼 | 8400 | 2150", "8400", 8400, "area"),
        finds("单位：平方米、万元\n项目 | 建筑面积 | 完成投资\n实验楼 | 8400 | 2150", "2150", 21500000, "money"),
        finds("单位：万平方米、亿元\n学段 | 校舍面积 | 总投资\n初中 | 3.2 | 1.6", "3.2", 32000, "area"),
        rejects("单位：平方米、亩\n项目 | 建筑面积 | 备注\n食堂 | 1200 | 3", "two areas listed", span="1200"),
        rejects("单位：个、项\n类别 | 问题数 | 整改数\n财务 | 12 | 10", "two counts listed", span="12"),
        rejects("序号 | 学校 | 班级数（个）\n1 | 城关小学 | 24", "a row number is no figure", span="1 |"),
        finds("单位：所\n年份 | 小学 | 中学\n2029 | 256 | 31", "2029", "2029", "date"),
        finds("单位：人\n学年 | 小学教育 | 中学教育\n2029/2030 | 35,322 | 25,713", "2029/2030", "2029", "date"),
        finds("单位：人\n学年 | 小学教育 | 中学教育\n2029/2030 | 35,322 | 25,713", "25,713", 25713, "count"),
        rejects("2029 | 256 | 31\n2030 | 260 | 33", "no header: a year label alone makes no date", span="2029"),
        finds("指标 | 2030年 | 2033年\n巩固率（%） | 97.2 | ≥98", "98", 98, "percentage", bound=">="),
        finds("指标 | 基期值 | 目标值\n生师比控制线（人） | 16 | ≤15", "15", 15, "count", bound="<="),
        rejects("指标 | 2030年 | 2033年\n新增学位（个） | — | ≥", "a sign with no number is no figure", span="| ≥"),
        finds(
            "单位：万元、%\n项目 | 调整预算数 | 决算数 | 完成调整预算\n学前教育 | 8,120.0 | 7,902.6 | 97.3",
            "97.3",
            97.3,
            "percentage",
        ),
        finds(
            "单位：万元、%\n项目 | 调整预算数 | 决算数 | 执行进度\n小学教育 | 5,010.0 | 4,880.2 | 97.4",
            "4,880.2",
            48802000,
            "money",
        ),
        finds("单位：万元、%\n项目 | 调整预算数 | 完成数\n小学教育 | 5,010.0 | 4,880.2", "4,880.2", 48802000, "money"),
        finds("学段 | 学校数 | 在校生数\n| | （所） | （人）\n小学 | 42 | 18,306", "18,306", 18306, "count"),
        finds("学段 | 学校数 | 在校生数\n| | （所） | （万人）\n小学 | 42 | 1.83", "1.83", 18300, "count"),
        rejects("学段 | 学校数 | 在校规模\n| | 甲 | 乙\n小学 | 42 | 18,306", "no unit under the header", span="18,306"),
        finds("岗位代码 | 学段 | 招聘人数\n07 | 初中 | 12", "12", 12, "count", unit="人"),
        finds(
            "学段 | 2030年 | 2031年\n普通小学 | 14,215.8 | 14,960.4\n单位：元", "14,960.4", Decimal("14960.4"), "money"
        ),
        rejects(
            "学段 | 2030年 | 2031年\n普通小学 | 14,215.8 | 14,960.4\n全区生均经费的单位：元，按在校生计",
            "a sentence under the table is no unit note",
            span="14,960.4",
        ),
        finds("学校 | 参训人次 | 参训学时\n城关小学 | 340 | 24", "340", 340, "count", unit="人次"),
        finds("学历层次 | 毕业生数 | 就业率\n本科 | 4120 | 90.2%", "4120", 4120, "count", unit="人"),
        finds("专业 | 计划数 | 实招数\n护理 | 90 | 96", "96", 96, "count", unit="人"),
        finds("学校 | 报名数 | 录取数\n一中 | 1320 | 640", "640", 640, "count", unit="人"),
        rejects("专业 | 计划数 | 完成率\n护理 | 90 | 106.7", "计划数 alone may count anything: no unit", span="90"),
        finds("专业 | 计划数 | 实招数\n护理 | 90 | 96", "90", 90, "count", unit="人"),  # beside 实招数
        finds("学校 | 招生计划 | 录取人数\n一中 | 600 | 612", "600", 600, "count", unit="人"),
        finds("學年 | 學校數目 | 班級數目\n2030/31 | 456 | 10,480", "456", 456, "count", unit="所"),
        finds("學年 | 學校數目 | 班級數目\n2030/31 | 456 | 10,480", "10,480", 10480, "count", unit="个"),
        rejects("學年 | 項目數目 | 金额\n2030/31 | 45 | 10,480", "neither header counts a thing of its own", span="45"),
        finds("信息内容 | 本年制发件数 | 现行有效件数\n规章 | 0 | 3", "3", 3, "count", unit="件"),
        rejects("信息内容 | 本年制发数 | 现行有效数\n规章 | 0 | 3", "数 alone counts nothing named", span="3"),
        # a row whose label names what it counts, under year columns, no unit declared anywhere
        finds("学年 | 2030/31 | 2031/32\n学校数目 | 412 | 405", "405", 405, "count", unit="所"),
        finds("学年 | 2030/31 | 2031/32\n学校数目 | 412 | 405", "2031/32", "2031", "date"),
        rejects("学年 | 2030/31 | 2031/32", "a header alone is no table", span="2031/32"),
        finds("学年 | 2030/31 | 2031/32\n核准学额 | 96,120 | 95,480", "96,120", 96120, "count", unit="个"),
        finds("学年 | 2030/31 | 2031/32\n平均每班学生人数 | 25.6 | 25.1", "25.1", Decimal("25.1"), "count", unit="人"),
        rejects("学年 | 2030/31 | 2031/32\n资助额 | 1,920 | 2,040", "a label naming no count: no unit", span="2,040"),
        rejects("学年 | 2030/31 | 2031/32\n学额使用率 | 96.5 | 97.2", "a rate is no count of places", span="97.2"),
        rejects("学段 | 招聘计划 | 人数占比\n初中 | 12 | 30", "neither header ends by counting people", span="12"),
        # a table copied with one blank between its cells, its rows indented as the paragraphs are
        finds(
            "　　学段　学校数（所）　在校生（人）\n　　小学　38　16420\n　　初中　12　8315",
            "8315",
            8315,
            "count",
            unit="人",
        ),
        finds(
            "　　县区 计划数（人） 统招（人）\n　　东城区 860 410\n　　西城区 720 350", "350", 350, "count", unit="人"
        ),
        rejects(
            "　　学段　学校数（所）　在校生（人）\n　　初中　12　8315", "one indented row is no table", span="8315"
        ),
        rejects(
            "　　学段　学校数（所）　在校生（人）\n　　小学，38，16420\n　　初中，12，8315",
            "lines of a sentence are no rows",
            span="16420",
        ),
        # a column headed by a score word holds points (kind other, 分)
        finds("一级指标 | 分值 | 得分\n项目决策 | 20 | 17.5", "17.5", Decimal("17.5"), "other", unit="分"),
        finds("评估项目 | 标准分 | 自评分\n办学条件 | 30 | 28", "30", 30, "other", unit="分"),
        rejects("指标 | 得分率 | 排名\n办学条件 | 93.5 | 3", "得分率 names a rate, not points", span="93.5"),
        # a row naming a ratio (生师比, 生机比) holds a ratio in each cell
        finds("项目 | 2030学年 | 2031学年\n生师比 | 17.4:1 | 16.9:1", "16.9:1", Decimal("16.9"), "ratio"),
        finds("指标 | 基期值 | 目标值\n生机比 | 9:1 | 6:1", "9:1", 9, "ratio"),
        rejects(
            "项目 | 开始 | 结束\n考试时间 | 9:30 | 11:30", "a row that names no ratio holds clock times", span="9:30"
        ),
    ],
)
def table_cells(text: str, found: list[Candidate]) -> list[Candidate]:
    if "|" not in text:
        return found
    cells: list[Candidate] = []
    starts = [candidate.start for candidate in found]  # once: every cell bisects them
    for block in _table_blocks(text):
        cells += _cells_of(text, block, found, starts)
    return _merged(found, cells)


def _table_blocks(text: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of consecutive lines that split into two cells or more."""
    block: list[tuple[int, int]] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if "|" in line and len(block) < _TABLE_MAX_ROWS:
            block.append((start, end))
        elif block:
            yield block
            block = []
        start = end + 1
    if block:
        yield block


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row, blanks at the ends trimmed."""
    spans: list[tuple[int, int]] = []
    position = start
    for separator in _CELL_SPLIT.finditer(text, start, end):
        spans.append((position, separator.start()))
        position = separator.end()
    spans.append((position, end))
    trimmed = []
    for cell_start, cell_end in spans:
        while cell_start < cell_end and text[cell_start] in " \t":
            cell_start += 1
        while cell_end > cell_start and text[cell_end - 1] in " \t":
            cell_end -= 1
        trimmed.append((cell_start, cell_end))
    if trimmed and trimmed[0][0] == trimmed[0][1]:
        trimmed = trimmed[1:]  # | a | b |: the empty cell before the first bar
    if trimmed and trimmed[-1][0] == trimmed[-1][1]:
        trimmed = trimmed[:-1]
    return trimmed


def _is_number(text: str, span: tuple[int, int]) -> bool:
    return _NUMBER_CELL.fullmatch(text, *span) is not None or _SIGNED_CELL.fullmatch(text, *span) is not None


def _unit_row(text: str, row: list[tuple[int, int]], column_units: dict[int, str]) -> bool:
    """Whether `row` only gives its columns' units (| （所） | （人）); if so they join `column_units`."""
    units: dict[int, str] = {}
    for index, (cell_start, cell_end) in enumerate(row):
        if cell_start == cell_end:
            continue
        written = _UNIT_ONLY.fullmatch(text, cell_start, cell_end)
        if written is None:
            return False
        units[index] = written.group("unit")
    if not units:
        return False
    for index, unit in units.items():
        column_units.setdefault(index, unit)
    return True


def _is_rate_header(cell: str) -> bool:
    """完成调整预算, 执行率, 占比, 增长: a share or a growth; 决算数, 完成数, 执行额 name amounts."""
    cell = cell.strip()
    return _RATE_COLUMN.search(cell) is not None and not cell.endswith(("数", "额", "值"))


def _cells_of(text: str, block: list[tuple[int, int]], found: list[Candidate], starts: list[int]) -> list[Candidate]:
    rows = [_split(text, start, end) for start, end in block]
    rows = [row for row in rows if len(row) >= 2]
    if not rows:
        return []
    table_unit = _declaration_above(text, block[0][0]) or _declaration_below(text, block[-1][1])
    lists_percent = table_unit is not None and _declares_percent_above(text, block[0][0])
    header = rows[0] if not any(_is_number(text, cell) for cell in rows[0][1:]) else None
    column_units: dict[int, str] = {}
    unit_column: int | None = None
    listed: list[str] | None = None  # the units a 单位 line lists, read once if needed
    if header is not None:
        for index, (cell_start, cell_end) in enumerate(header):
            cell = text[cell_start:cell_end]
            if _UNIT_COLUMN.fullmatch(cell):
                unit_column = index
            in_header = _UNIT_IN_LABEL.search(cell) or _UNIT_AT_END.search(cell)
            declaration = _table_unit(cell + "\n") if index == 0 else None
            if in_header:
                column_units[index] = in_header.group("unit")
            elif declaration:
                table_unit = declaration
            elif lists_percent and index > 0 and _is_rate_header(cell):
                column_units[index] = "%"  # 单位：万元、% over a 完成调整预算 column
            elif table_unit is None and index > 0:
                listed = listed if listed is not None else _listed_above(text, block[0][0])
                by_header = _unit_by_header(cell.strip(), listed)
                if by_header:
                    column_units[index] = by_header  # 单位：所、人 over 小学 | 在校生
    body = rows[1:] if header is not None else rows
    if header is not None and body and _unit_row(text, body[0], column_units):
        body = body[1:]  # 学校数 | 招生数 over | （所） | （人）: the header's units, a row of their own
    if header is not None and table_unit is None:
        for index, (cell_start, cell_end) in enumerate(header):
            if index > 0 and index not in column_units:
                named = _unit_a_header_names(text[cell_start:cell_end].strip())
                if named:
                    column_units[index] = named  # 招聘人数 with no unit declared anywhere: people
        if any(_ADMISSION_HEADER.search(text[start:end].strip()) for start, end in header[1:]):
            for index, (cell_start, cell_end) in enumerate(header):
                if (
                    index > 0
                    and index not in column_units
                    and _PLAN_HEADER.fullmatch(text[cell_start:cell_end].strip())
                ):
                    column_units[index] = "人"  # 计划数 beside 实招数: the plan is of people too
    candidates: list[Candidate] = []
    if header is not None and body:
        for cell_start, cell_end in header[1:]:
            column_year = _SCHOOL_YEAR_HEADER.fullmatch(text, cell_start, cell_end)
            if column_year:  # 学年 | 2021/22 | 2022/23: each column's school year is a date
                year = column_year.group("year")
                candidates.append(Candidate(cell_start, cell_end, "date", year, "", rule="table_cell"))
    for row in body:
        label = text[row[0][0] : row[0][1]]
        year = _BARE_YEAR_LABEL.fullmatch(label) if header is not None else None
        if year:  # 年份 | 小学 over 1985 | 256: the row's year is a date of its own
            candidates.append(Candidate(row[0][0], row[0][1], "date", year.group("year"), "", rule="table_cell"))
        label_unit = _UNIT_IN_LABEL.search(label)
        row_unit = None
        if unit_column is not None and unit_column < len(row):
            row_unit = text[row[unit_column][0] : row[unit_column][1]]
        ratio_row = "比" in label  # 生师比 | 18.9:1 | 18.6:1: a ratio in each cell
        for index, span in enumerate(row):
            if ratio_row and index > 0:
                candidates += _ratio_cell(text, span)
            if index == 0 or index == unit_column or not _is_number(text, span):
                continue
            column_unit = column_units.get(index)
            # a form's label|value|label|value row: the label right before a value gives its unit
            # (建校时间|1958年|占地面积（平方米）|24600)
            paired_unit = (
                _UNIT_IN_LABEL.search(text, *row[index - 1])
                if index >= 2 and not _is_number(text, row[index - 1])
                else None
            )
            unit_label = paired_unit or label_unit
            label_unit_text = unit_label.group("unit") if unit_label is not None else None
            # A column headed as a percentage (增减%, 占比（%）) holds rates whatever the row counts.
            unit_text: str | None = (
                column_unit
                if column_unit in _PERCENT_WORDS
                else label_unit_text or row_unit or column_unit or table_unit
            )
            if unit_text is None and header is not None:
                unit_text = _unit_a_header_names(label.strip(), row=True)  # 学生人数 | 140,235 under 学年 | 2021/22
            unit = declared_unit(unit_text) if unit_text else None
            if unit is None:
                continue
            signed = _SIGNED_CELL.fullmatch(text, *span)
            if signed:  # ≥95: the number is the figure, the sign its bound
                number = _Cell(text, *signed.span("number"))
                read = _in_unit([number], unit, found, "table_cell", in_table=True, starts=starts)
                candidates += [cell.with_bound(SIGN_BOUNDS[signed.group("sign")]) for cell in read]
                continue
            candidates += _in_unit([_Cell(text, *span)], unit, found, "table_cell", in_table=True, starts=starts)
    return candidates


_RATIO_CELL: Final = regex.compile(r"(?P<num>[0-9]+(?:\.[0-9]+)?)[:：∶](?P<num2>[0-9]+(?:\.[0-9]+)?)")


def _ratio_cell(text: str, span: tuple[int, int]) -> list[Candidate]:
    """The ratio a cell of a ratio row holds (18.9:1), else nothing."""
    cell = _RATIO_CELL.fullmatch(text, *span)
    if cell is None or not Decimal(cell.group("num2")):
        return []
    value = Decimal(cell.group("num")) / Decimal(cell.group("num2"))
    return [Candidate(span[0], span[1], "ratio", value, "", rule="table_cell", in_table=True)]


class _Cell:
    """A cell's number, shaped like a match for `_in_unit`."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


def _declares_percent_above(text: str, block_start: int) -> bool:
    """Whether the 单位 line just above a table lists % beside its amount (单位：万元、%)."""
    position = block_start
    for _ in range(_DECLARATION_REACH):
        if position <= 0:
            return False
        line_start = text.rfind("\n", 0, position - 1) + 1
        listed = _UNIT_LIST_DECLARATION.search(text[line_start:position] + "\n")
        if listed:
            return any(unit.strip() in _PERCENT_WORDS for unit in regex.split(r"[、,，/；;]", listed.group("unit")))
        position = line_start
    return False


def _listed_above(text: str, block_start: int) -> list[str]:
    """The units a 单位 line just above a table lists (单位：所、人 → [所, 人]), else []."""
    position = block_start
    for _ in range(_DECLARATION_REACH):
        if position <= 0:
            return []
        line_start = text.rfind("\n", 0, position - 1) + 1
        listed = _UNIT_LIST_DECLARATION.search(text, line_start, position)
        if listed:
            return [unit.strip() for unit in regex.split(r"[、,，/；;]", listed.group("unit"))]
        position = line_start
    return []


def _unit_by_header(cell: str, listed: list[str]) -> str | None:
    """The listed unit a column's header calls for: people for 在校生, places for 小学."""
    if cell.endswith(PEOPLE_HEADER_ENDINGS):
        wanted = PEOPLE_CLASSIFIERS
    elif cell.endswith(PLACE_HEADER_ENDINGS):
        wanted = PLACE_CLASSIFIERS
    elif cell.endswith(SCORE_HEADER_ENDINGS):
        wanted = (SCORE_UNIT.canonical,)
    elif cell.endswith(AREA_HEADER_ENDINGS):
        wanted = tuple(unit for unit in listed if unit in AREA_UNITS)  # 建筑面积 under 单位：平方米、万元
    elif cell.endswith(MONEY_HEADER_ENDINGS):
        wanted = tuple(unit for unit in listed if unit in MONEY_UNITS)  # 投资金额 under 单位：万元、个
    elif cell.endswith("数"):
        # 项目个数 under 单位：万元、个: the one count listed (of neither people nor places as well)
        wanted = tuple(unit for unit in listed if _counts_things(unit))
    else:
        return None
    units = [unit for unit in listed if unit in wanted]
    return units[0] if len(units) == 1 else None


def _counts_things(unit: str) -> bool:
    classifier = unit[1:] if unit[:1] in "万亿" else unit
    return classifier in COUNT_CLASSIFIERS and classifier not in PEOPLE_CLASSIFIERS


# A header that names its count with no unit declared anywhere (招聘人数, 培训人次): one person each.
# 毕业生数, 教师数, 教职工数; an admission's 录取数, 实招数, 报名数 count people too
# An admission table's headers (录取数, 实招数): a plan column beside one (计划数) counts people too.
_ADMISSION_HEADER: Final = regex.compile(r"(?:录取|实招|招收|报名|报考|招生)(?:人)?数$")
_PLAN_HEADER: Final = regex.compile(r"(?:招生)?计划(?:招生)?(?:人)?数?")
_COUNT_HEADER: Final = regex.compile(r"(?:人数|人次|生数|师数|员数|工数|录取数|实招数|招收数|报名数|报考数)$")
# A header that counts schools or classes by name (学校数目, 班级数目, 学校数量): one of each.
_THINGS_HEADER: Final = regex.compile(r"(?P<thing>学校|校|班级|班)(?:数目|数量|数)$")
# …or by its classifier (本年制发件数, 检查次数, 项目个数): one of that classifier each.
_CLASSIFIER_HEADER: Final = regex.compile(r"(?P<classifier>[件次项个份条篇])数$")


def _unit_a_header_names(cell: str, *, row: bool = False) -> str | None:
    """The unit a header (or, with `row`, a row's label) calls for by what it names, else None."""
    if not row and cell.endswith(SCORE_HEADER_WORDS):
        return SCORE_UNIT.canonical  # 一级指标 | 分值 | 得分: points
    found = _COUNT_HEADER.search(cell)
    if found is not None:
        return "人次" if found.group() == "人次" else "人"
    thing = _THINGS_HEADER.search(cell)
    if thing is not None:
        return "所" if thing.group("thing") in {"学校", "校"} else "个"
    counted = _CLASSIFIER_HEADER.search(cell)
    if counted is not None:
        return counted.group("classifier")
    for ending, classifier in COUNTED_LABEL_CLASSIFIERS.items():
        if cell.endswith(ending):
            return classifier  # 核准学额 | 152,460: places
    return None


def _declaration_above(text: str, block_start: int) -> str | None:
    """The unit a 单位 line just above a table declares (单位：万元 / （金额单位：亿元））."""
    position = block_start
    for _ in range(_DECLARATION_REACH):
        if position <= 0:
            return None
        line_start = text.rfind("\n", 0, position - 1) + 1
        declaration = _table_unit(text[line_start:position] + "\n")
        if declaration:
            return declaration
        position = line_start
    return None


# A unit note under a table (a PDF's 单位：元 below the last row): a short line of its own.
_UNIT_NOTE: Final = regex.compile(r"\s*[（(]?(?:注\s*[:：]\s*)?单位\s*[:：]")
_UNIT_NOTE_MAX: Final = 20


def _declaration_below(text: str, block_end: int) -> str | None:
    """The unit a short 单位 line right under a table declares (the next line, blanks aside)."""
    start = block_end + 1
    while start < len(text) and text[start] in " \t\u3000\n":
        start += 1
    end = text.find("\n", start, start + _UNIT_NOTE_MAX + 1)
    end = len(text) if end < 0 and len(text) - start <= _UNIT_NOTE_MAX else end
    if end < 0 or not _UNIT_NOTE.match(text, start, end):
        return None
    return _table_unit(text[start:end] + "\n")


def _in_unit(
    numbers: Iterable[regex.Match[str] | _Cell],
    unit: Unit | None,
    found: list[Candidate],
    rule: str,
    *,
    in_table: bool = False,
    starts: list[int] | None = None,
) -> list[Candidate]:
    """Bare numbers read in a unit declared elsewhere, except where a figure was already found
    (`starts`: the starts of `found`, when the caller has them)."""
    if unit is None:
        return []
    if starts is None:
        starts = [candidate.start for candidate in found]
    candidates = []
    for number in numbers:
        index = bisect.bisect_left(starts, number.end())
        if index > 0 and found[index - 1].end > number.start():
            continue  # a figure overlaps it already
        written = number.group()
        try:
            value = parse_number(written.lstrip("-")) * unit.factor
        except NumberError:
            continue
        if written.startswith("-"):
            value = -value
        candidates.append(
            Candidate(
                number.start(),
                number.end(),
                unit.kind,
                value,
                unit.canonical,
                rule=rule,
                number=written,
                in_table=in_table,
            )
        )
    return candidates


def _merged(found: list[Candidate], added: list[Candidate]) -> list[Candidate]:
    if not added:
        return found
    return sorted(found + added, key=lambda candidate: candidate.start)
