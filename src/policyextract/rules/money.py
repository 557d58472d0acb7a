"""Amounts of money, always normalised to yuan: 491.6万元, 三百多万元, 不低于500万的资金."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Final

import regex

from ..lexicon.units import MONEY_UNITS, Unit
from .build import group, quantity
from .registry import Candidate, Match, finds, rejects, rule

YUAN: Final = Unit("money", "元")
_WORD_DIGITS: Final = frozenset("一二两三四五六七八九十多")


@rule(
    "money",
    r"""
    (?<! 单位 \s* [:：] \s* (?:人民币|新台币|港币)? (?= [千百万亿] ) )   # 单位：千元 declares a unit
    (?P<num> (?&number) | (?&masked) ) (?P<approx> 余 | 多 | 几 | (?&lai) )?
    (?: (?P<unit1> \L<money_units> )? (?&range_dash) (?P<num2> (?&number) ) )?
    (?P<unit> \L<money_units> )
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 以内 | 左右 | 有余 )?
    """,
    order=40,
    examples=[
        finds("目前,五镇尚有欠款491.6万元。", "491.6万元", 4916000, "money", unit="元"),
        finds("农村教育经费缺口每年三百多万元", "三百多万元", 3000000, "money", bound=">="),
        finds("教育系统欠款13644.78万元", "13644.78万元", 136447800, "money"),
        finds("投入40.53 亿元", "40.53 亿元", 4053000000, "money"),
        finds("资助金490万元,惠及", "490万元", 4900000, "money"),
        finds("奖励1万-5万元", "1万-5万元", 10000, "money", high=50000),
        finds("每校补助50—100万元", "50—100万元", 500000, "money", high=1000000),
        finds("投入1—2亿元", "1—2亿元", 100000000, "money", high=200000000),
        finds("共计1,234,567元", "1,234,567元", 1234567, "money"),
        finds("投资3亿5000万元", "3亿5000万元", 350000000, "money"),
        finds("经费XX万元", "XX万元", None, "money"),
        finds("补助500元左右", "500元左右", 500, "money", bound="~"),
        finds("每年维修投入三十来万元", "三十来万元", 300000, "money", bound="~"),
        finds("给村小老师每人每月多发三百块钱补助", "三百块钱", 300, "money", unit="元"),
        finds("镇里再拿出十万块钱奖励老师", "十万块钱", 100000, "money"),
        finds("国家给每个娃每天补4块钱", "4块钱", 4, "money"),
        finds("每个娃每天补四块钱", "四块钱", 4, "money"),
        rejects("人民币元的汇率", "no number"),
        rejects("5美元", "foreign currency is not normalised to yuan"),
        finds("本年度教育开支预算为913亿港元", "913亿港元", 91300000000, "money", unit="港元"),
        finds("资助每名学生2.5万港元", "2.5万港元", 25000, "money", unit="港元"),
        finds("非高等教育开支为78.5亿澳门元", "78.5亿澳门元", 7850000000, "money", unit="澳门元"),
        finds("較上學年增加2.6億澳門元", "2.6億澳門元", 260000000, "money", unit="澳门元"),
        finds("涉及金额约1,420萬澳門元", "1,420萬澳門元", 14200000, "money", bound="~", unit="澳门元"),
        rejects("澳门元兑人民币汇率", "a currency named, no amount"),
        rejects("城乡二元结构", "二元 is a word here"),
        rejects("单位：新台币千元", "a unit declared, no amount"),
        rejects("（金额单位：百万元）", "a unit declared, no amount"),
        rejects("投资主体一元化", "一元化 is a word"),
        # a range's lower end may be a lone Chinese digit: the range makes it a price
        finds("民办教师每月补贴只有八至十二元", "八至十二元", 8, "money", high=12),
        finds("每生每天补助三到五元", "三到五元", 3, "money", high=5),
        finds("学费每期两至三元不等", "两至三元", 2, "money", high=3),
        rejects("打破城乡二元结构，2至3年内完成", "二元 is a word; 2至3年 is no money", span="二元"),
    ],
)
def money(match: Match) -> Candidate | None:
    unit = MONEY_UNITS[match.group("unit")]
    if match.group("unit") == "元" and match.group("num") in _WORD_DIGITS and not match.group("num2"):
        return None  # 二元结构, 一元化: a lone Chinese digit before 元 makes a word, not a price (八至十二元 is one)
    candidate = quantity(match, unit, rule="money")
    lower_unit = match.group("unit1")
    if candidate and lower_unit and candidate.high is not None and isinstance(candidate.value, Decimal):
        # 1万元-5万元: the lower end carries its own unit.
        factor = MONEY_UNITS[lower_unit].factor
        candidate = replace(candidate, value=candidate.value / unit.factor * factor)
    return candidate


@rule(
    "money_without_yuan",
    r"""
    (?&magnitude_ahead)
    (?:
        (?<= \L<money_words_before> (?:了|共|共计|总计|合计|达|达到|约|近|超过|不低于|不少于|将近|大概|差不多)? )
        (?: (?P<num> (?&arabic)[十百千]?[万亿] | (?&cn)[万亿] ) (?P<approx> 余 | 多 )?
          | (?P<num> (?&cn) ) (?P<approx> 多 | 余 | (?&lai) ) (?P<mag> [万亿] ) )   # 一百二十多万, 二十来万
        (?! \L<classifiers> )                         # 资助约3万名学生: people, not money
        (?! [零〇一二两三四五六七八九十百千] )              # 安排一万二千人: the numeral goes on
      |
        (?P<num> (?&arabic)[十百千]?[万亿] | (?&cn)[万亿] ) (?P<approx> 余 | 多 )?
        (?= 的? \L<money_nouns_after> )
    )
    """,
    order=41,
    examples=[
        finds("今年将不低于500万的资金投入", "500万", 5000000, "money", bound=">="),
        finds("累计投入1.2亿,新建", "1.2亿", 120000000, "money"),
        finds("安排三百万经费", "三百万", 3000000, "money"),
        finds("这两年镇财政挤出来一百二十多万修学校", "一百二十多万", 1200000, "money", bound=">="),
        finds("今年又安排了八十万，把厕所修了", "八十万", 800000, "money"),
        finds("镇里准备再拿出二十来万，建个录播教室", "二十来万", 200000, "money", bound="~"),
        finds("乡里花了将近三百万，建了两所学校", "三百万", 3000000, "money", bound="~"),
        finds("县里投了三百多万修路", "三百多万", 3000000, "money", bound=">="),
        finds("上面拨了差不多五十万", "五十万", 500000, "money", bound="~"),
        rejects("这些年花了三十万人次的工夫", "people, not money", span="三十万"),
        rejects("今年又安排了八十万名学生的营养餐", "people, not money", span="八十万"),
        rejects("全市500万人口", "people, not money"),
        rejects("投入500人", "a count of people"),
        rejects("资助约3万名学生", "a count of people after a money word", span="3万"),
        rejects("招生计划安排一万二千人", "the numeral goes on to a count", span="一万"),
        finds("上面又安排了一万，修了厕所", "一万", 10000, "money"),  # negative: the numeral ends at 万
    ],
)
def money_without_yuan(match: Match) -> Candidate | None:
    magnitude = group(match, "mag")  # 一百二十多万: the magnitude after the 多 scales the number
    unit = Unit("money", "元", Decimal(10) ** (4 if magnitude == "万" else 8)) if magnitude else YUAN
    return quantity(match, unit, rule="money_without_yuan")


HONG_KONG_DOLLAR: Final = Unit("money", "港元")


@rule(
    "dollar_sign",
    r"""
    (?<= (?<! US | U\.S\. | 美元 | 美金 ) \$ )          # HK$3.2億, 撥款$5,000萬: Hong Kong dollars
    (?P<num> (?&number) ) (?P<approx> 余 | 多 )?
    (?: (?&range_dash) (?: HK )? \$ (?P<num2> (?&number) ) )?     # $45,000至$60,000
    (?: 港元 | 元 )?                                              # $2.5億元: the sign and the word
    (?P<post> 及以上 | 或以上 | 以上 | 以下 | 以内 | 左右 )?
    """,
    order=39,
    examples=[
        finds("當局撥款$6,000萬推行試驗計劃", "$6,000萬", 60000000, "money", unit="港元"),
        finds("預留HK$4.5億改善校舍", "HK$4.5億", 450000000, "money", unit="港元"),
        finds("每名合資格學生可獲津貼$3,800", "$3,800", 3800, "money", unit="港元"),
        rejects("項目成本約US$200萬", "US dollars are not normalised"),
        finds("撥款$3.6億元推行計劃", "$3.6億元", 360000000, "money", unit="港元"),
        finds("資助額為每年$42,000至$58,000", "$42,000至$58,000", 42000, "money", high=58000, unit="港元"),
        rejects("本校有学生3,800名", "no dollar sign: a count"),
    ],
)
def dollar_sign(match: Match) -> Candidate | None:
    candidate = quantity(match, HONG_KONG_DOLLAR, rule="dollar_sign")
    if candidate is None:
        return None
    # The sign is the unit written first: the figure's text starts at it (HK$3.2億), so it is
    # never read as part of the metric.
    sign = _DOLLAR_SIGN.search(match.string, max(0, match.start() - 3), match.start())
    return replace(candidate, start=sign.start()) if sign else candidate


_DOLLAR_SIGN: Final = regex.compile(r"(?:HK)?\$\Z")


@rule(
    "yuan_sign",
    r"""
    (?<= [¥￥] )                                        # ¥256,000.00, ￥48.6万元: a tender's sums
    (?P<num> (?&arabic) (?: [万亿] )? ) (?! [0-9.] )
    元?
    """,
    order=39,
    examples=[
        finds("中标金额：贰拾伍万陆仟元整（¥256,000.00）", "¥256,000.00", 256000, "money", unit="元"),
        finds("预算金额：￥48.6万元", "￥48.6万元", 486000, "money", unit="元"),
        finds("最高限价¥3,200元/台", "¥3,200元", 3200, "money", unit="元"),
        rejects("订单号¥A3200", "no number right after the sign"),
        rejects("共采购3,200台", "no yuan sign: a count", span="3,200"),
    ],
)
def yuan_sign(match: Match) -> Candidate | None:
    candidate = quantity(match, MONEY_UNITS["元"], rule="yuan_sign")
    # the sign is the unit written first: the figure's text starts at it, as HK$ does
    return replace(candidate, start=match.start() - 1) if candidate is not None else None
