"""Rates and shares: 98.67%, 百分之九十, 8.7个百分点, and rates whose % sign is missing."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Final

from ..lexicon.markers import PREFIX_BOUNDS, RATE_LINKS
from ..lexicon.units import Unit
from ..numerals import NumberError, parse_number
from .build import group, quantity, with_minus_sign
from .registry import Candidate, Match, finds, rejects, rule

PERCENT: Final = Unit("percentage", "%")
PER_MILLE: Final = Unit("percentage", "%", Decimal("0.1"))
TENTHS: Final = Unit("percentage", "%", Decimal(10))  # 四成 = 40%
POINTS: Final = Unit("percentage_point", "个百分点")


@rule(
    "percentage_point",
    r"""
    (?P<num> (?&arabic) | (?&cn) | (?&masked) ) (?P<approx> 多 )?
    (?: (?&range_dash) (?P<num2> (?&arabic) | (?&cn) ) )?
    (?P<unit> \L<percentage_point_units> )
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 左右 )?
    """,
    order=20,
    examples=[
        finds("比上年上升8.7个百分点。", "8.7个百分点", 8.7, "percentage_point", unit="个百分点"),
        finds("高出平均比例3.56个百分点", "3.56个百分点", 3.56, "percentage_point"),
        finds("提高了两个百分点", "两个百分点", 2, "percentage_point"),
        finds("下降0.5百分点", "0.5百分点", 0.5, "percentage_point"),
        finds("提高1-2个百分点", "1-2个百分点", 1, "percentage_point", high=2),
        finds("提高XX个百分点", "XX个百分点", None, "percentage_point"),
        rejects("百分点的变化", "no number before 百分点"),
    ],
)
def percentage_point(match: Match) -> Candidate | None:
    return with_minus_sign(quantity(match, POINTS, rule="percentage_point"), match.string)


@rule(
    "percent_sign",
    r"""
    (?<! %[0-9A-Fa-f]{2}% )                       # %E6%95%99: a URL's escaped bytes, no rate
    (?P<num> (?&arabic) | (?&masked) | (?&cn) ) (?P<approx> 多 )?
    (?: %? (?&range_dash) (?P<num2> (?&arabic) ) )?
    (?P<unit> [%‰] ) (?! [0-9A-Fa-f]{2}% )
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 以内 | 之内 | 左右 | 上下 )?
    """,
    order=30,
    examples=[
        finds("全市小学适龄儿童入学率为98.67%,辍学率为1.25%", "98.67%", 98.67, "percentage", unit="%"),
        finds("辍学率控制在3%以内", "3%以内", 3, "percentage", bound="<="),
        finds("交流比例不低于10%。", "10%", 10, "percentage", bound=">="),
        finds("占43. 8%的", "43. 8%", 43.8, "percentage"),
        finds("合格率达 100 %", "100 %", 100, "percentage"),
        finds("占比１２％", "１２％", 12, "percentage"),
        finds("增长10%-20%", "10%-20%", 10, "percentage", high=20),
        finds("出生率为5‰", "5‰", 0.5, "percentage"),
        finds("优秀率达到90%以上", "90%以上", 90, "percentage", bound=">="),
        finds("覆盖率XX%", "XX%", None, "percentage"),
        finds("合格率达到九十五%", "九十五%", 95, "percentage"),
        finds("全市普通高中招生增长-3.8%,初中招生增长2.1%", "-3.8%", -3.8, "percentage"),
        finds("财政收入同比增长－0.6%", "－0.6%", -0.6, "percentage"),
        rejects("百分比的计算方法", "no number"),
        rejects("详见http://edu.example.cn/a?q=%E6%95%99%E8%82%B2", "percent-encoded URL bytes", span="95%"),
        rejects("www.example.com/a%20b", "URL escapes are not rates", span="20"),
    ],
)
def percent_sign(match: Match) -> Candidate | None:
    unit = PER_MILLE if match.group("unit") == "‰" else PERCENT
    return with_minus_sign(quantity(match, unit, rule="percent_sign"), match.string)


@rule(
    "percent_chinese",
    r"""
    百分之 (?P<num> (?&cn) | (?&arabic) )
    (?: (?&range_dash) (?:百分之)? (?P<num2> (?&cn) | (?&arabic) ) )?
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 以内 | 左右 )?
    """,
    order=10,
    examples=[
        finds("入学率达到百分之九十", "百分之九十", 90, "percentage"),
        finds("增长百分之十二点五", "百分之十二点五", 12.5, "percentage"),
        finds("达到百分之百", "百分之百", 100, "percentage"),
        finds("百分之95以上", "百分之95以上", 95, "percentage", bound=">="),
        finds("控制在百分之零点五以内", "百分之零点五以内", 0.5, "percentage", bound="<="),
        finds("提高百分之五至百分之十", "百分之五至百分之十", 5, "percentage", high=10),
        rejects("百分之", "no number after 百分之"),
    ],
)
def percent_chinese(match: Match) -> Candidate | None:
    return quantity(match, PERCENT, rule="percent_chinese")


@rule(
    "per_mille_chinese",
    r"""
    千分之 (?P<num> (?&cn) | (?&arabic) )
    (?: (?&range_dash) (?:千分之)? (?P<num2> (?&cn) | (?&arabic) ) )?
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 以内 | 左右 )?
    """,
    order=11,
    examples=[
        finds("全县义务教育辍学率控制在千分之三以内", "千分之三以内", 0.3, "percentage", bound="<="),
        finds("出生人口性别比偏差降至千分之1.5", "千分之1.5", 0.15, "percentage"),
        rejects("千分之", "no number after 千分之"),
    ],
)
def per_mille_chinese(match: Match) -> Candidate | None:
    return quantity(match, PER_MILLE, rule="per_mille_chinese")


@rule(
    "tenths",
    r"""
    (?P<num> [一二两三四五六七八九十] | (?<! [0-9.] ) [1-9] (?: \.[0-9] )? ) (?P<approx> 多 )?
    成 (?P<tenth> [一二三四五六七八九] (?! [线体些批致样起定般切直同流级道律成]) )?   # 四成五: 45%
    (?P<post> 或以上 | 以上 | 以下 | 左右 | 多 )?
    (?! [为果效绩立本功长员就熟型品人才交都了])
    """,
    order=89,
    examples=[
        finds("专业教师中具有企业工作经历的不足四成。", "四成", 40, "percentage", bound="<"),
        finds("八成以上的学校开设课后服务", "八成以上", 80, "percentage", bound=">="),
        finds("全县近9成的中小学建成了录播教室", "9成", 90, "percentage", bound="~"),
        finds("城区学校六成多的教师参加过省级培训", "六成多", 60, "percentage", bound=">="),
        finds("农村学生约占7.5成", "7.5成", 75, "percentage", bound="~"),
        rejects("三成为骨干教师", "成为: become"),
        rejects("按2成本价收取", "成本: cost", span="2成"),
        rejects("取得一成果", "成果: a result"),
        finds("就讀技術型高中者約占四成五", "四成五", 45, "percentage", bound="~"),
        finds("参加课后服务的学生已达七成三以上", "七成三以上", 73, "percentage", bound=">="),
        finds("乡村教师中本科学历的占六成二", "六成二", 62, "percentage"),
        finds("全县三成一线教师参加了轮训", "三成", 30, "percentage"),  # 一线 is a word, not a tenth
    ],
)
def tenths(match: Match) -> Candidate | None:
    candidate = quantity(match, TENTHS, rule="tenths")
    tenth = group(match, "tenth")  # 四成五: five more points after the tenths
    if candidate is None or not tenth or not isinstance(candidate.value, Decimal):
        return candidate
    return replace(candidate, value=candidate.value + parse_number(tenth))


# The characters a bare rate can follow: 率, 的 (占…的), or the last of a linking word or a comparator
# after 率 (率为, 率不低于). A one-character lookbehind rules out most numbers before the costly one.
_BEFORE_A_BARE_RATE: Final = "".join(sorted({"率", "的"} | {word[-1] for word in [*RATE_LINKS, *PREFIX_BOUNDS]}))


@rule(
    "rate_without_sign",
    r"""
    (?= [0-9零] )                  # cheap tests first: the lookbehind after them is the costly part
    (?<= ["""
    + _BEFORE_A_BARE_RATE
    + r"""] )
    (?<= 率 (?: \L<rate_links> )? (?: \L<prefix_bounds> )? | 占 [^，。；,;、]{1,12} 的 )   # 占应交流人数的15.2
    (?P<num> (?&arabic) | 零 )
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 以内 | 左右 )?
    (?! [0-9.%‰万亿千百十] | \L<classifiers> | 个 | 年 | 月 | 日 | 元 | 分 | 倍 | 名 | 位 | : )
    """,
    order=90,
    examples=[
        finds("全区幼儿入园(班)率达到90以上的目标", "90以上", 90, "percentage", bound=">="),
        finds("案件举报率为零,得到了肯定", "零", 0, "percentage"),
        finds("巩固率为98.5,", "98.5", 98.5, "percentage"),
        finds("交流326人,占应交流人数的15.2,比上年提高", "15.2", 15.2, "percentage"),
        rejects("入学率为98.67%", "the sign is there: percent_sign takes it"),
        rejects("合格率达到2025年的要求", "a year is no rate"),
        rejects("录取率排名第5位", "a rank, not a rate", span="5位"),
    ],
)
def rate_without_sign(match: Match) -> Candidate | None:
    number = match.group("num")
    try:
        value = Decimal(0) if number == "零" else parse_number(number)
    except NumberError:
        return None
    if value > 200:  # a rate above 200% without its sign is more likely some other number
        return None
    return quantity(match, PERCENT, rule="rate_without_sign")


@rule(
    "share_without_sign",
    r"""
    (?= [1-9] )
    (?<= 全[市区县省国镇乡] (?:范围内)? | 全[市区县省国]各类? )
    (?P<num> [1-9][0-9]? | 100 )
    (?= 的 (?:学校|学生|教师|幼儿园|中小学|班级|家庭|乡镇|村|县区|县|区) )
    """,
    order=91,
    examples=[
        finds("三年内全市80的学校达到市标准化学校的要求", "80", 80, "percentage"),
        rejects("全市80所学校", "a count with its classifier", span="80所"),
        rejects("全市200的学校", "above 100 no share"),
    ],
)
def share_without_sign(match: Match) -> Candidate | None:
    return quantity(match, PERCENT, rule="share_without_sign")
