"""Parts and totals: the figure a figure is a part of (`Figure.part_of`), and why.

Run after the meaning stages, in document order: a total is always written before its parts, so
each figure is decided when it comes, from the figures before it (a bounded window: linear time).

A part is a level (not a change or a baseline) of an amount that adds up — a count, money, an
area, a length: never a rate (入学率98%，其中城区99%: subgroup rates are no parts). It shares the
total's measure (the same classifier or one of its family: 人/名/位, 所/校/个; money with money;
m² with m²). The link is read from:

1. a cue that opens a breakdown after the total: 其中, 含, 包括, 包含 (全县共有学校56所，其中小学42
   所、初中14所); the breakdown goes on over the clauses after it to the end of the sentence (or
   ；), until a level of another measure (在校生3000人) or a new total (共有, 全县…);
2. a breakdown in parentheses right after the total, with a cue (新建幼儿园9所(其中公办6所), 学校
   212所(除省属学校外197所)) or without one (校舍42.8万平方米（幼儿园3.6万、小学15.1万）);
3. 分别 after a total, in the next clause (毕业生4216人，升入高中和中职的分别为2530人和1348人),
   unless its subject names other years or other stages than the total's (parallel figures);
4. rows of a flattened table under a total row (合计, 总计, 全县…) or a 其中 row under the row it
   breaks down, in the same column.

A part of a part: in 教职工950人，其中专任教师820人，高中310人 the 310人 (metric 高中专任教师)
is part of the 820人 (专任教师), not of the 950人; in a list of stages of progress (启动9个(其中
立项9个，开工4个，建成1个)) each stage is part of the one before, as the subsets nest. Apart
from the first part after an explicit cue, a part is never larger than its total (a larger
figure starts something new); the first part may be larger, so that `policyextract check` can
report a total and parts that contradict.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final, NamedTuple

import regex

from .context import FigureContext, Meaning
from .lexicon.relations import (
    COUNT_FAMILIES,
    EXCLUSIONS,
    EXTRA_TRADITIONAL,
    NOT_A_BREAKDOWN,
    PART_CUES,
    PROGRESS_STAGES,
    RESPECTIVE_CUES,
    STAGE_WORDS,
    TOTAL_ROW_LABELS,
)
from .lexicon.units import alternation
from .modality import fold
from .models import Kind

_ADDITIVE: frozenset[Kind] = frozenset({"count", "money", "area", "length"})
_REACH: Final = 220  # characters before a part in which its cue is looked for (a long breakdown list)
_TOTAL_REACH: Final = 90  # characters between a total's end and the cue after it
_KEPT: Final = 64  # recent figures remembered: more than any breakdown list
_ROW_MAX: Final = 4000  # characters of a table row read

_EXTRA: Final = str.maketrans(EXTRA_TRADITIONAL)
# A share right after a part that names its base (，占专任教师的30%, ，占專任教師總數的30%).
_SHARE_BASE: Final = regex.compile(r"[，,]?\s*[占佔](?P<noun>[^，,。；;的\d]{2,12}?)(?:总数|總數|总量|總量)?的")
_EXTRA_FOUND: Final = re.compile("[" + re.escape("".join(EXTRA_TRADITIONAL)) + "]")

# 含 and 包括 include; 不含/不包括 exclude, 含义/含量/含金量 are other words.
_GUARDS: Final = {
    "含": r"(?<![不包内蕴富隐饱])含(?![义量金糊有混蓄着在])",
    "包括": r"(?<!不)包括(?![在])",
    "包含": r"(?<!不)包含",
}
_CUE: Final = regex.compile("|".join(_GUARDS.get(word, regex.escape(word)) for word in alternation(PART_CUES)))
_RESPECTIVE: Final = regex.compile("|".join(regex.escape(word) for word in alternation(RESPECTIVE_CUES)))
# 除市直外126所 gives what is left without the named part: a part too (不含…3.1万人 names what is left out).
_PAREN_CUE: Final = regex.compile(r"^\s*(?:" + _CUE.pattern + r"|除[^,，、;；]{1,12}?(?:外|以外|之外))")
# re, not regex, for a character class or an anchored match on a figure's short texts: 2-4x
# less per call; word alternations stay with regex, which scans for them much faster.
_STOP: Final = re.compile(r"[。！？!?；;\n]")
_PAREN: Final = re.compile(r"[(（)）]")
# A character every cue and parenthesis starts with (in both scripts), for a quick look first.
_ANY_CUE: Final = re.compile(r"[其含包内除分(（)）]")
_HAN_START: Final = regex.compile(r"的?\p{Han}")
_COMMA: Final = re.compile(r"[,，]")
_CLAUSE_SPLIT: Final = re.compile(r"[,，；;]")
# A new subject that totals again ends a breakdown (…，其中小学42所；全县共有教师…).
_NEW_TOTAL: Final = regex.compile(r"[,，]\s*(?:全[市县区省州镇乡国]|共有|共计|合计|总计|总数|另有|此外|另外)")
# A bare parenthesis that is no breakdown: a comparison, another time, a link verb (比上年(1600人),
# (2019年为3000人), (全省为…)).
_NOT_BARE: Final = regex.compile(
    "|".join(regex.escape(word) for word in (*NOT_A_BREAKDOWN, *EXCLUSIONS)) + r"|[为是达占约]"
)
_NOT_RESPECTIVE: Final = regex.compile("|".join(regex.escape(word) for word in NOT_A_BREAKDOWN))
_PROGRESS: Final = regex.compile("|".join(regex.escape(word) for word in alternation(PROGRESS_STAGES)))
_STAGE: Final = regex.compile("|".join(regex.escape(word) for word in alternation(STAGE_WORDS)))
# Characters between a total and the parenthesis of its breakdown: the noun it counts (570所学校(其中…)).
_NOUN_GAP: Final = regex.compile(r"^\p{Han}{0,8}$")
_LEAD: Final = regex.compile(r"^[\s(（\[【]*(?:[0-9]{1,2}[、.．]|[一二三四五六七八九十]{1,2}、)?\s*$")
_TOTAL_LABEL: Final = regex.compile(r"^\s*(?:" + "|".join(regex.escape(word) for word in TOTAL_ROW_LABELS) + r")")
_PART_LABEL: Final = regex.compile(r"^\s*其中")
_INDENT: Final = re.compile(r"^[ \t\u3000]+")
_UNIT_IN_LABEL: Final = re.compile(r"[(（]")

# (text, the part as written, its total as written or None). Positive and negative, of our own.
EXAMPLES: list[tuple[str, str, str | None]] = [
    # 其中 after the total: every part of the list, whatever its separators.
    ("全县共有中小学56所，其中小学42所、初中14所。", "42所", "56所"),
    ("全县共有中小学56所，其中小学42所、初中14所。", "14所", "56所"),
    ("全年招收研究生3180人，其中博士生410人，硕士生2770人。", "2770人", "3180人"),
    ("全年教育总投入9.6亿元，其中财政拨款7.2亿元、社会投入2.4亿元。", "2.4亿元", "9.6亿元"),
    # a change or a share after the total does not stop the list, and is no part
    ("在校生8.5万人，比上年增长2.1%，其中城区学校在校生5.2万人，占61.2%。", "5.2万人", "8.5万人"),
    ("在校生8.5万人，比上年增长2.1%，其中城区学校在校生5.2万人，占61.2%。", "61.2%", None),
    # a total in the sentence before: 其中 opens the next one
    ("全区共有幼儿园37所。其中公办园15所，民办园22所。", "22所", "37所"),
    # the family of a classifier: 人 and 名 count people
    ("全县教职工2650人，其中专任教师2310名。", "2310名", "2650人"),
    # a bound that names a group is no part: 66人以上 names the classes counted
    ("56人以上大班额420个，比上年减少95个，其中66人以上超大班额37个。", "66人以上", None),
    ("56人以上大班额420个，比上年减少95个，其中66人以上超大班额37个。", "37个", "420个"),
    # a part of a part: 高中专任教师 is part of 专任教师
    ("全县教职工1840人，其中专任教师1610人，高中520人，初中640人。", "520人", "1610人"),
    ("全县教职工1840人，其中专任教师1610人，高中520人，初中640人。", "1610人", "1840人"),
    # stages of progress nest: each is part of the stage before
    ("已启动改造项目12个（其中完成立项12个，开工建设7个，建成投用3个）。", "7个", "12个"),
    ("已启动改造项目12个（其中完成立项12个，开工建设7个，建成投用3个）。", "3个", "7个"),
    ("新建项目15个，其中城区6个，农村9个。", "9个", "15个"),
    # a share after a part that names an earlier part as its base: the part is of that one
    ("教职工500人，其中专任教师400人，女教师240人，占专任教师的60%。", "240人", "400人"),
    ("在校生3000人，其中寄宿生1200人，留守儿童300人，占寄宿生总数的25%。", "300人", "1200人"),
    ("教职工500人，其中专任教师400人，工勤人员60人，占教职工的12%。", "60人", "500人"),
    ("教职工500人，其中专任教师400人，女教师240人，占全县的5%。", "240人", "500人"),
    # rates are no parts; a level of another measure ends the list; a change is no part
    ("小学入学率99.6%，其中农村小学入学率99.1%。", "99.1%", None),
    ("新建学校12所，其中小学7所，新增学位5400个。", "5400个", None),
    ("全年招生5300人，其中本科1900人，比上年增加160人。", "160人", None),
    # 不含 excludes; 含义 is no cue
    ("全市人口52.3万人（不含流动人口3.1万人）。", "3.1万人", None),
    ("全市共有学校146所（含教学点38个）。", "38个", "146所"),
    ("全区共有学校212所（除省属学校外197所），教师1.1万人（除省属学校外0.9万人）。", "0.9万人", "1.1万人"),
    ("全区共有学校212所（除省属学校外197所），教师1.1万人（除省属学校外0.9万人）。", "197所", "212所"),
    # parentheses: with a cue, or a bare list of labelled parts
    ("新建幼儿园9所（其中公办7所，民办2所），改扩建幼儿园4所（其中公办3所，民办1所）。", "2所", "9所"),
    ("新建幼儿园9所（其中公办7所，民办2所），改扩建幼儿园4所（其中公办3所，民办1所）。", "1所", "4所"),
    ("新建校舍18.4万平方米（小学7.5万平方米、初中10.9万平方米）。", "10.9万平方米", "18.4万平方米"),
    ("校舍42.8万平方米（幼儿园3.6万、小学15.1万、初中24.1万）。", "15.1万", "42.8万平方米"),
    ("中职招生2080人（比上年1640人）。", "1640人", None),
    ("全市有高中19所（2020年为17所）。", "17所", None),
    # 分别 after a total in the next clause; not over other years or other stages
    ("全县初中毕业生4380人，升入普通高中和中职学校的分别为2610人和1490人。", "1490人", "4380人"),
    ("2022年招生3100人，2023年和2024年分别为3300人和3450人。", "3300人", None),
    ("小学在校生2.6万人，初中和高中在校生分别为1.2万人和0.7万人。", "1.2万人", None),
    # rows of a flattened table under a total row or a 其中 row, column by column
    ("单位：所\n项目 | 2023年 | 2024年\n合计 | 126 | 131\n小学 | 84 | 86\n初中 | 42 | 45", "86", "131"),
    ("单位：所\n项目 | 2023年 | 2024年\n合计 | 126 | 131\n小学 | 84 | 86\n初中 | 42 | 45", "42", "126"),
    ("指标 | 2023年 | 2024年\n在校生（人） | 9600 | 9900\n其中：女生（人） | 4700 | 4850", "4850", "9900"),
    ("指标 | 2023年 | 2024年\n在校生（人） | 9600 | 9900\n专任教师（人） | 620 | 640", "640", None),
    ("指标 | 2023年 | 2024年\n学校（所） | 126 | 131\n小学（所） | 84 | 86", "86", None),  # no total row, no 其中
]


class _Seen(NamedTuple):
    """What a part needs of a figure before it (a NamedTuple: made for every figure, and a
    frozen dataclass of ten fields takes several times as long to make)."""

    start: int
    end: int
    kind: Kind
    unit: str
    value: Decimal | None
    level: bool  # a level of an amount that adds up: may be a total or a part
    metric: str
    label: str = ""  # the words of its clause before it (开工建设 in 开工建设4个)
    part_of: int | None = None
    breakdown: int | None = None  # where the cue of the breakdown it is a part of stands


@dataclass
class _Row:
    """A table row: its label and the cells seen so far, by column."""

    line_start: int
    label: str
    kind: str  # "total", "part" (a 其中 row or one that continues it), "plain"
    anchor: _Row | None = None  # the row it is a part of
    cells: dict[int, _Seen] = field(default_factory=dict)
    # Where the bars of the row have been counted to, and how many there were: the cells come
    # in order, so each counts only the bars since the one before (a row of a million
    # characters, counted from its start for every cell, took quadratic time); and the row's end.
    counted_to: int = -1
    bars: int = 0
    line_end: int = -1


@dataclass
class _Table:
    """The rows a table cell may be a part of: O(1) rows, whatever the table's length."""

    end: int = -1  # end of the last row seen
    row: _Row | None = None
    total: _Row | None = None
    parent: _Row | None = None  # the last row that is no part


def same_measure(total: _Seen, part: _Seen) -> bool:
    """A part counts what its total counts: the same kind and unit, or classifiers of one family."""
    if total.kind != part.kind:
        return False
    if total.unit == part.unit or total.kind == "money":
        return True
    return total.kind == "count" and any(total.unit in family and part.unit in family for family in COUNT_FAMILIES)


def _fold(text: str) -> str:
    folded = fold(text)
    # translate looks every character up: most texts hold none of these, found by one C scan
    return folded.translate(_EXTRA) if _EXTRA_FOUND.search(folded) else folded


class Relations:
    """The part_of stage for one document: call `decide` for each figure in document order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.recent: deque[_Seen] = deque(maxlen=_KEPT)
        self.table = _Table()
        self._line = (-1, False)  # (start of the last line looked at, whether it is a table row)
        # The text before _cue_scanned has been searched for cue characters; the last found is at
        # _last_cue. Figures come in document order, so each character is searched once, not
        # once for every figure within _REACH after it.
        self._cue_scanned = 0
        self._last_cue = -1

    def decide(self, context: FigureContext, meaning: Meaning) -> tuple[int | None, str]:
        """(start of the total in the text the pipeline reads, or None; why)."""
        candidate = context.candidate
        value = candidate.value if isinstance(candidate.value, Decimal) else None
        seen = _Seen(
            candidate.start,
            candidate.end,
            candidate.kind,
            candidate.unit,
            value,
            candidate.kind in _ADDITIVE and meaning.role == "level" and not _threshold(context),
            meaning.metric or "",
            context.clause_left[-12:],
        )
        decided: tuple[_Seen, int | None, str] | None = None
        if self._in_table(context):
            decided = self._table_part(context, seen)  # every cell makes its row known
        elif seen.level:
            decided = self._prose_part(context, seen)
        if decided is None:
            self.recent.append(seen)
            return None, ""
        total, breakdown, why = decided
        base = self._share_base(part=seen, total=total)
        if base is not None:
            total, why = base, f"{why}; 占{base.metric}的 names an earlier part as its base"
        self.recent.append(seen._replace(part_of=total.start, breakdown=breakdown))
        return total.start, why

    def _share_base(self, part: _Seen, total: _Seen) -> _Seen | None:
        """An earlier part of the same total that a share right after this part names as its base
        (教职工500人，其中专任教师400人，女教师240人，占专任教师的60%): the part is of that one."""
        after = _SHARE_BASE.match(self.text, part.end, part.end + 24)
        if after is None:
            return None
        noun = _fold(after.group("noun"))
        for seen in reversed(self.recent):
            if seen.start <= total.start:
                return None
            if (
                seen.part_of == total.start
                and seen.metric
                and noun in _fold(seen.metric)
                and same_measure(seen, part)
                and seen.value is not None
                and part.value is not None
                and seen.value >= part.value
            ):
                return seen
        return None

    # --- prose -----------------------------------------------------------------------------

    def _cue_between(self, low: int, start: int) -> bool:
        """Whether a cue character (_ANY_CUE) stands in text[low:start]."""
        if start < self._cue_scanned:  # not in document order: search the span itself
            return _ANY_CUE.search(self.text, low, start) is not None
        for found in _ANY_CUE.finditer(self.text, max(low, self._cue_scanned), start):
            self._last_cue = found.start()
        self._cue_scanned = start
        return self._last_cue >= low

    def _prose_part(self, context: FigureContext, part: _Seen) -> tuple[_Seen, int | None, str] | None:
        text, start = self.text, part.start
        low = max(context.sentence.start, start - _REACH)
        if not self._cue_between(low, start):
            return None  # most figures: no cue character before them in their sentence
        left = _fold(text[low:start])
        opened: list[int] = []
        closed: list[tuple[int, int]] = []  # outermost closed parentheses
        floor = 0
        for paren in _PAREN.finditer(left):
            index = paren.start()
            if paren.group() in "(（":
                opened.append(index)
            elif not opened:
                floor = index + 1  # its parenthesis opened before the window: nothing before counts
            else:
                begin = opened.pop()
                if not opened:
                    closed.append((begin, index + 1))
        if opened:
            return self._parenthesis_part(context, part, low + opened[-1], left[opened[-1] + 1 :])
        masked = left
        for begin, end in closed:  # a closed parenthesis is another breakdown: its cues and figures are masked
            masked = masked[:begin] + "□" * (end - begin) + masked[end:]
        top = masked[floor:]
        low += floor
        cue = _last(_CUE, top)
        respective = _last(_RESPECTIVE, top)
        if respective is not None and cue is None:  # 其中，博士、硕士分别为…: the 其中 list
            return self._respective_part(context, part, low, top, respective)
        if cue is None:
            return None
        between = top[cue.end() :]
        if _STOP.search(between) or _NEW_TOTAL.search(between):
            return None
        cue_at = low + cue.start()
        opening = top[: cue.start()]
        # 其中 opening a sentence reaches back into the one before (学校37所。其中公办园15所)
        floor_at = context.sentence.start if not _LEAD.match(opening) else cue_at - _TOTAL_REACH
        total = self._total_before(cue_at, floor_at, part, masked_from=low, masked=top)
        if total is None:
            return None
        return self._in_list(part, total, cue_at, f"a part after {cue.group()}")

    def _parenthesis_part(
        self, context: FigureContext, part: _Seen, paren_at: int, inner: str
    ) -> tuple[_Seen, int | None, str] | None:
        explicit = _PAREN_CUE.match(inner)
        if not explicit and _NOT_BARE.search(inner):
            return None  # 比上年(1600人), (2019年为3000人): a baseline or another time, no breakdown
        if _STOP.search(inner):
            return None
        total = None
        for seen in reversed(self.recent):
            if seen.end > paren_at:
                continue
            gap = _fold(self.text[seen.end : paren_at])
            if seen.level and _NOUN_GAP.match(gap):
                total = seen
            elif explicit and _LEAD.match(self.text[context.sentence.start : paren_at]):
                # (其中教学点在校生1620人) on a line of its own: the last total before it
                total = self._total_before(paren_at, paren_at - _TOTAL_REACH, part)
            break
        if total is None or not same_measure(total, part):
            return None
        why = f"a part in parentheses after {explicit.group().strip()}" if explicit else "a part in a bare breakdown"
        if not explicit and not _not_larger(part, total):
            return None
        return self._in_list(part, total, paren_at, why, first_may_exceed=bool(explicit))

    def _respective_part(
        self, context: FigureContext, part: _Seen, low: int, top: str, respective: regex.Match[str]
    ) -> tuple[_Seen, int | None, str] | None:
        between = top[respective.end() :]
        if _STOP.search(between):
            return None
        clause_start = max((found.end() for found in _COMMA.finditer(top[: respective.start()])), default=-1)
        if clause_start < 0:
            return None  # 小学、初中分别为…: no total in a clause before
        subject = top[clause_start : respective.start()]
        if _NOT_RESPECTIVE.search(subject):
            return None
        total = self._total_before(low + clause_start, context.sentence.start, part)
        if total is None or low + clause_start - total.end > 4:
            return None  # the total ends the clause right before the 分别 clause
        total_clause = _CLAUSE_SPLIT.split(_fold(self.text[max(low, total.start - 40) : total.start]))[-1]
        if _RESPECTIVE.search(total_clause):
            return None  # 收入分别为3亿、4亿，支出分别为…: an item of another list is no total
        head = _STAGE.sub("", total.metric).lstrip("全市县区省镇乡本我")
        if len(head) >= 2 and head in subject:
            return None  # 小学在校生…，初中和高中在校生分别为: the same measure of other groups, parallel
        if not _not_larger(part, total):
            return None
        return total, low + respective.start(), f"a part listed with {respective.group()} after its total"

    def _total_before(
        self, position: int, floor: int, part: _Seen, *, masked_from: int = 0, masked: str = ""
    ) -> _Seen | None:
        """The nearest level before `position` (not before `floor`, not inside a closed
        parenthesis) of the part's measure; changes, rates and baselines between are passed over.
        One whose metric ends the part's is preferred (…教职工1200人，…培智学校8人。其中公办在编
        教职工1100人: the 教职工)."""
        nearest = None
        for seen in reversed(self.recent):
            if seen.end > position:
                continue
            if seen.start < max(floor, position - _TOTAL_REACH):
                break
            if masked and seen.start >= masked_from and masked[seen.start - masked_from] == "□":
                continue  # inside a closed parenthesis: a part of something else
            if seen.level and same_measure(seen, part):
                if len(seen.metric) >= 2 and part.metric.endswith(seen.metric) and _not_larger(part, seen):
                    return seen
                nearest = nearest or seen
        return nearest

    def _in_list(
        self, part: _Seen, total: _Seen, cue_at: int, why: str, *, first_may_exceed: bool = True
    ) -> tuple[_Seen, int | None, str] | None:
        """The part's total within the list opened at `cue_at`: a level of another measure ends
        the list, a part of a part (高中专任教师 after 专任教师) belongs to it."""
        siblings = [seen for seen in self.recent if seen.start > cue_at and seen.level]
        if any(not same_measure(total, seen) for seen in siblings):
            return None  # 其中小学7所，新增学位5400个: the list ended
        if siblings and not _not_larger(part, total):
            return None
        if not siblings and not first_may_exceed and not _not_larger(part, total):
            return None
        last = siblings[-1] if siblings else None
        if (
            last is not None  # 立项9个，开工4个，建成1个: each stage of progress is part of the one before
            and last.breakdown == cue_at
            and _PROGRESS.search(_fold(part.label))
            and _PROGRESS.search(_fold(last.label))
            and _not_larger(part, last)
        ):
            return last, cue_at, f"{why}, a later stage of progress than {last.label.strip()}"
        first = siblings[0] if siblings else None
        if (
            first is not None  # 其中专任教师1610人，高中520人: a breakdown of the list's first part
            and first.part_of == total.start
            and len(first.metric) >= 2
            and part.metric != first.metric
            and part.metric.endswith(first.metric)
            and _not_larger(part, first)
        ):
            return first, cue_at, f"{why}, a part of the first part {first.metric}"
        return total, cue_at, why

    # --- tables ----------------------------------------------------------------------------

    def _in_table(self, context: FigureContext) -> bool:
        """Whether the figure's line is a flattened table row (looked up once per line)."""
        line_start = context.line_start
        if line_start != self._line[0]:
            line_end = self.text.find("\n", line_start, line_start + _ROW_MAX)
            line_end = min(len(self.text), line_start + _ROW_MAX) if line_end < 0 else line_end
            self._line = (line_start, self.text.find("|", line_start, line_end) >= 0)
        return self._line[1]

    def _table_part(self, context: FigureContext, part: _Seen) -> tuple[_Seen, int | None, str] | None:
        text, line_start = self.text, context.line_start
        table = self.table
        if table.row is None or table.row.line_start != line_start:
            between = text[table.end : line_start] if table.end >= 0 else "x"
            if table.end < 0 or any(line.strip() and "|" not in line for line in between.split("\n")):
                table = self.table = _Table()  # a new table
            bar = text.find("|", line_start, line_start + _ROW_MAX)
            label = _fold(text[line_start:bar])
            row = _Row(line_start, label, self._row_kind(table, label))
            if row.kind == "part":
                previous = table.row
                continued = previous is not None and previous.kind == "part" and not _PART_LABEL.match(label)
                row.anchor = previous.anchor if continued and previous is not None else table.parent
            elif row.kind == "plain" and table.total is not None:
                row.kind, row.anchor = "part", table.total
            if row.kind == "total":
                table.total = row
            if row.kind in {"total", "plain"}:
                table.parent = row
            table.row = row
        row = table.row
        if row.counted_to < 0 or part.start < row.counted_to:
            row.counted_to, row.bars = line_start, 0
            line_end = text.find("\n", line_start)  # no break between line_start and the cell
            row.line_end = len(text) if line_end < 0 else line_end
        row.bars += text.count("|", row.counted_to, part.start)
        row.counted_to = part.start
        column = row.bars
        row.cells[column] = part
        table.end = row.line_end
        if not part.level:
            return None
        anchor = row.anchor
        total = anchor.cells.get(column) if anchor is not None else None
        if total is None or not same_measure(total, part) or not _not_larger(part, total):
            return None
        where = "a total row" if anchor is not None and anchor.kind == "total" else "the row it breaks down"
        return total, anchor.line_start if anchor is not None else None, f"a table row under {where}"

    @staticmethod
    def _row_kind(table: _Table, label: str) -> str:
        if _TOTAL_LABEL.match(label):
            return "total"
        if _PART_LABEL.match(label):
            return "part"
        previous = table.row
        if previous is not None and previous.kind == "part" and previous.anchor is not table.total:
            # a row after a 其中 row continues the breakdown when indented or a short label
            # without a unit of its own (初中 | 40 after 其中：小学 | 80)
            short = len(label.strip()) <= 6 and not _UNIT_IN_LABEL.search(label)
            if _INDENT.match(label) or short:
                return "part"
        return "plain"


def _threshold(context: FigureContext) -> bool:
    """56人以上大班额: a bound that names a group is no amount (nor a part of one)."""
    return context.written.endswith(("以上", "以下")) and _HAN_START.match(context.clause_right) is not None


def _last(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 (the loop keeps the last match)
        pass
    return last


def _not_larger(part: _Seen, total: _Seen) -> bool:
    return part.value is None or total.value is None or part.value <= total.value
