"""Calendar points and spans of time: 2025年, 20xx年度, 9月1日, 三年内, 一年半, 2-3年."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..lexicon.units import DURATION_UNITS
from ..numerals import NumberError, parse_number
from .build import quantity
from .registry import Candidate, Match, finds, rejects, rule

_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def _year_text(year: str) -> str:
    """'2025' stays; a masked year keeps its mask in lower case ('20xx'); 二〇二五 → '2025'."""
    if year.isascii() and year[:2].isdigit():
        return year.replace("X", "x").replace("*", "x")
    if year.isascii():
        return "xxxx"
    return year.translate(_YEAR_DIGITS)  # 二〇二五 and 二0二二: digit by digit


def _two_digits(number: str | None) -> str | None:
    return None if not number else f"{int(parse_number(number)):02d}"


@rule(
    "date",
    r"""
    (?P<year> (?&year_number) ) 年
      (?: 度 | (?P<month> (?&month_number) ) 月 (?: 份 | (?P<day> (?&day_number) ) [日号] )? )?
      (?! 级 | 以上 | 多 | 间 )
    | (?P<year> (?:19|20)[0-9]{2} ) (?= (?&range_dash) (?:19|20)[0-9]{2} 学?年 )
    | (?P<year> (?:19|20)[0-9]{2} ) 学年 (?: 度 )?
    """,
    order=1,
    examples=[
        finds("全力保障2025年教育工作各项目标", "2025年", "2025", "date", unit=""),
        finds("召开了20xx年度全市教育工作会议", "20xx年度", "20xx", "date"),
        finds("于2012年8月29日召开", "2012年8月29日", "2012-08-29", "date"),
        finds("二〇二五年工作要点", "二〇二五年", "2025", "date"),
        finds("二0二二年工作要点", "二0二二年", "2022", "date"),
        finds("2025年9月开学", "2025年9月", "2025-09", "date"),
        finds("2025-2027年行动计划", "2025", "2025", "date"),
        finds("对2025年来的工作进行回顾", "2025年", "2025", "date"),
        finds("2024—2025学年度第一学期", "2024", "2024", "date"),
        finds("2024—2025学年度第一学期", "2025学年度", "2025", "date"),
        finds("2010年以来,全市累计投入", "2010年", "2010", "date"),
        rejects("2025级新生", "a cohort, not a date"),
        rejects("任教20年以上", "a duration"),
    ],
)
def date(match: Match) -> Candidate | None:
    return _calendar_point(match, "date")


def _calendar_point(match: Match, rule: str) -> Candidate | None:
    """2025, 2025-09, 2025-09-01; XXXX-09-01 when the year is not written."""
    try:
        year = match.group("year") if "year" in match.re.groupindex else None
        parts = [_year_text(year) if year else "XXXX"]
        month, day = _two_digits(match.group("month")), _two_digits(match.group("day"))
    except (NumberError, ValueError):
        return None
    if month:
        parts.append(month)
        if day:
            parts.append(day)
    return Candidate(match.start(), match.end(), "date", "-".join(parts), "", rule=rule)


@rule(
    "month_day",
    r"""
    (?<! [0-9] ) (?P<month> (?&month_number) ) 月 (?P<day> (?&day_number) ) [日号] (?! [0-9] )
    | (?<= 今年 | 明年 | 去年 | 当年 | 本年 | 次年 | 年 | 月 (?: —{1,2} | – | - | ~ | 至 | 到 ) )
      (?P<month> (?&month_number) ) 月 (?: 份 )? (?! 份?(?:以来|来|内) )
    | (?<! [0-9] ) (?P<month> (?&month_number) ) 月 (?: 份 )? (?= 底 | 初 | 中旬 | 上旬 | 下旬 | 前 | 起 )
    """,
    order=2,
    examples=[
        finds("力争有2—3所在9月1日前投入使用", "9月1日", "XXXX-09-01", "date"),
        finds("从今年一月开始", "一月", "XXXX-01", "date"),
        finds("于今年3月份完成", "3月份", "XXXX-03", "date"),
        finds("6月底前全部完成", "6月", "XXXX-06", "date"),
        finds("2021年3月—6月开展专项督查", "6月", "XXXX-06", "date"),
        rejects("三个月", "a duration"),
        rejects("1—6月全市招生", "a span of months, not a point"),
    ],
)
def month_day(match: Match) -> Candidate | None:
    return _calendar_point(match, "month_day")


@rule(
    "duration",
    r"""
    (?P<num> (?&arabic) | (?&cn) | (?&masked) ) (?P<approx> 多 | 余 | 几 )?
    (?: (?&range_dash) (?P<num2> (?&arabic) | (?&cn) ) )?
    (?P<unit> \L<duration_units> ) (?! 级 | 度 | 制 | 龄 | 前 | 后 | 代 | 份 | 底 | 初 | 末 | 中 | 号 | 期 )
    (?P<half> 半 )?
    (?P<post> 及以上 | 及以下 | 以上 | 以内 | 之内 | 内 | 以来 | 来 | 间 | 左右 | 多 )?
    """,
    order=70,
    examples=[
        finds("努力用两年时间", "两年", 2, "duration", unit="年"),
        finds("要在三年内完成", "三年内", 3, "duration"),
        finds("用一年半的时间", "一年半", 1.5, "duration"),
        finds("薄弱学校工作2-3年", "2-3年", 2, "duration", high=3),
        finds("课程改革实施三年来", "三年来", 3, "duration"),
        finds("三年间新建学校12所", "三年间", 3, "duration"),
        finds("作业时间控制在四十五分钟以内", "四十五分钟以内", 45, "duration", bound="<=", unit="分钟"),
        finds("用三五年时间", "三五年", 3, "duration", high=5),
        finds("十余年来坚持送教下乡", "十余年来", 10, "duration", bound=">="),
        finds("培训3个月", "3个月", 3, "duration", unit="月"),
        finds("任教10年以上", "10年以上", 10, "duration", bound=">="),
        rejects("小学一年级", "a grade label", span="一年"),
        rejects("2025年度", "a date"),
    ],
)
def duration(match: Match) -> Candidate | None:
    unit = DURATION_UNITS[match.group("unit")]
    candidate = quantity(match, unit, rule="duration")
    if candidate is None:
        return None
    value = candidate.value
    if isinstance(value, Decimal) and value >= 1900:
        return None  # a year written without its context, not a span
    if match.group("half") and isinstance(value, Decimal):
        candidate = replace(candidate, value=value + Decimal("0.5"))
    post = match.group("post")
    if post in {"内", "来", "以来", "间"} and not match.group("approx"):
        # 三年内, 三年来: the span is exact; 内 marks a deadline, not an upper bound.
        candidate = replace(candidate, bound="=")
    return candidate
