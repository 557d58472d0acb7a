"""Calendar points and spans of time: 2025年, 20xx年度, 9月1日, 三年内, 一年半, 2-3年."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Final

import regex

from ..lexicon.units import DURATION_UNITS
from ..models import Bound
from ..numerals import NumberError, parse_number
from .build import group_names, quantity
from .registry import Candidate, Match, finds, rejects, rule

_YEAR_DIGITS: Final = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def _year_text(year: str) -> str:
    """'2025' stays; a masked year keeps its mask in lower case ('20xx'); 二〇二五 → '2025'."""
    if year.isascii() and year[:2].isdigit():
        return year.replace("X", "x").replace("*", "x").ljust(4, "x")  # 20*年: a masked year, 20xx
    if year.isascii():
        return "xxxx"  # **年: the whole year hidden
    return year.translate(_YEAR_DIGITS)  # 二〇二五 and 二0二二: digit by digit


def _two_digits(number: str | None) -> str | None:
    return None if not number else f"{int(parse_number(number)):02d}"


@rule(
    "date",
    r"""
    (?P<year> (?:19|20)[0-9]{2} ) (?: (?&range_dash) | / ) (?P<year2> (?:19|20)?[0-9]{2} )   # 2010-2011年,
      (?: 财政 | 财务 | 会计 | 预算 )? 学? 年 (?: 度 )?                 # 2025-26财政年度, 2024/25学年
    | (?P<year> (?&year_number)
        | (?: 20[xX*] | [xX*]{1,3} )                                      # 20*年, **年: masked
          (?= 年 (?! 以上 | 以来 | 来 | 内 | 之内 | 间 | 多 | 半 | 左右 | 的?时间 ) ) )
      年
      (?: 度 | (?P<month> (?&month_number) ) 月 (?: 份 | (?P<day> (?&day_number) ) [日号] )? )?
      (?! 级 | 以上 | 多 | 间 (?<! (?: 至 | 到 ) (?&year_number) 年间 ) )   # 2018年至2023年间: a point
    # a range of Chinese-written years writes 年 once, after the second (一九九二至一九九六年)
    | (?P<year> (?&cn_year) ) (?: 至 | 到 | —{1,2} | – | - ) (?P<year2> (?&cn_year) ) 年 (?! 级 | 以上 | 多 )
    | (?P<year> (?:19|20)[0-9]{2} ) 学年 (?: 度 )?
    # a range of school years writes 学年 once, after the second (2022/23至2024/25学年)
    | (?P<year> (?:19|20)[0-9]{2} ) / (?P<year2> [0-9]{2} )
      (?= (?: 至 | 到 | —{1,2} | – | ~ ) (?:19|20)[0-9]{2} / [0-9]{2} (?! [0-9/] ) )
    | (?<= (?:19|20)[0-9]{2} / [0-9]{2} (?: 至 | 到 | —{1,2} | – | ~ ) )
      (?P<year> (?:19|20)[0-9]{2} ) / (?P<year2> [0-9]{2} ) (?! [0-9/.] )
    | (?P<year> (?:19|20)[0-9]{2} ) (?P<sep> [-/.] ) (?P<month> 1[0-2] | 0?[1-9] ) (?P=sep)
      (?P<day> 3[01] | [12][0-9] | 0?[1-9] ) (?! [0-9] | \.[0-9] )       # 2010-01-29, 2010.1.29, 2010/01/29
    | (?<= 年 (?: 和 | 、 | 及 | 与 | 至 | 到 ) ) (?P<year> (?&cn_year) ) (?! 年 )     # 一九八四年和一九八五
    | (?<= 民国 ) (?P<roc> [0-9]{1,3} | (?&cn) ) 年                              # Republic years: 民国一百年,
      (?: 度 | (?P<month> 1[0-2] | 0?[1-9] ) 月 (?: (?P<day> (?&day_number) ) [日号] )? )?   # 民國112年11月20日
    | (?<! [0-9] ) (?P<roc> 1[0-2][0-9] | [5-9][0-9] ) (?: 至 | 到 | —{1,2} | – | - | ~ )   # 102至112學年度:
      (?P<roc2> 1[0-2][0-9] ) (?: 学年度 | 学年 | 年度 )                              # 学年度 once, after the second
    | (?P<roc> 1[0-2][0-9] ) (?: 学年度 | 学年 | 年度 )                            # 112學年度, 113年度
    | (?P<roc> [5-9][0-9] | 一[〇零○一二][〇零○一二三四五六七八九] ) 学年 度?          # 99學年度, 一一四學年
    # Taiwan years without 民國 where only a date fits: 112年3月, 107年至111年, 自112年起
    | (?<! [0-9] ) (?P<roc> 1[01][0-9] ) 年
      (?: (?P<month> 1[0-2] | 0?[1-9] ) 月 (?: (?P<day> (?&day_number) ) [日号] )?
        | (?= (?: 至 | 到 | —{1,2} | – | - | ~ ) 1[01][0-9] 年 | 起 | 底 | 初 | 上半年 | 下半年 ) )
    | (?<= (?<! [0-9] ) 1[01][0-9] 年 (?: 至 | 到 | —{1,2} | – | - | ~ ) ) (?P<roc> 1[01][0-9] ) 年
    # ... and a bare one where a span cannot stand: after a comparison or a preposition of time
    # (较111年, 于114年), or opening a clause before its subject (112年全县…, 112年,): a span
    # would read 已有110年, 110年来, 110年的历史
    | (?<= 较 | 比 | 于 | 自 | 从 ) (?P<roc> 1[01][0-9] ) 年
      (?! 来 | 以来 | 间 | 的 | 多 | 余 | 前 | 后 | 之 | 内 | 历史 | 左右 | 以上 | 时间 )
    | (?<= ^ | [。，；：\n] ) (?P<roc> 1[01][0-9] ) 年 (?= 全 | 本 | 各 | 我 | 该 | ， )
    # ... or opening an indented paragraph (　　113年國中教育會考…): a span does not open one
    | (?<= \n [ \t\u3000]+ ) (?P<roc> 1[01][0-9] ) 年
      (?! 来 | 以来 | 间 | 的 | 多 | 余 | 前 | 后 | 之 | 内 | 历史 | 左右 | 以上 | 时间 | [0-9] )
    """,
    order=1,
    examples=[
        finds("全力保障2025年教育工作各项目标", "2025年", "2025", "date", unit=""),
        finds("召开了20xx年度全市教育工作会议", "20xx年度", "20xx", "date"),
        finds("于2012年8月29日召开", "2012年8月29日", "2012-08-29", "date"),
        finds("4.一九九八年九月前完成扫盲复查", "一九九八年九月", "1998-09", "date"),  # after a list's point
        finds("2．二〇二五年底前完成验收", "二〇二五年", "2025", "date"),
        rejects("空气质量PM2.5达标", "a decimal after a letter is no date nor count", span="2.5"),
        finds("二〇二五年工作要点", "二〇二五年", "2025", "date"),
        finds("二0二二年工作要点", "二0二二年", "2022", "date"),
        finds("2025年9月开学", "2025年9月", "2025-09", "date"),
        finds("2025-2027年行动计划", "2025-2027年", "2025", "date", high=2027),
        finds("对2025年来的工作进行回顾", "2025年", "2025", "date"),
        finds("2024—2025学年度第一学期", "2024—2025学年度", "2024", "date", high=2025),
        finds("2031-32財政年度教育開支預算", "2031-32財政年度", "2031", "date", high=2032),
        finds("2029/30學年共有學生5,230人", "2029/30學年", "2029", "date", high=2030),
        rejects("2029/30名学生", "no year word after the pair", span="2029/30"),
        finds("在2031/32至2033/34三個學年，學額維持在15,000個", "2031/32", "2031", "date", high=2032),
        finds("在2031/32至2033/34三個學年，學額維持在15,000個", "2033/34", "2033", "date", high=2034),
        rejects("比分为2031/35至2033/38", "no pair of consecutive years", span="2031/35"),
        rejects("编号2031/32至2031/35号文件", "no year word and no consecutive pair", span="2031/35"),
        finds("2010年以来,全市累计投入", "2010年", "2010", "date"),
        finds("一九九七年,全乡建成中心小学3所", "一九九七年", "1997", "date"),
        finds("一九九二年和一九九三连续两年被评为先进", "一九九三", "1993", "date"),
        finds("与**年相比,全县新增校舍2万平方米", "**年", "xxxx", "date"),
        finds("*年全区小学入学率达到99.2%", "*年", "xxxx", "date"),
        finds("20*年全区新建幼儿园3所", "20*年", "20xx", "date"),
        finds("省督导组于2031-04-18进校检查", "2031-04-18", "2031-04-18", "date"),
        finds("方案于2030.9.1起施行", "2030.9.1", "2030-09-01", "date"),
        finds("截至2029/12/31,全区共有幼儿园58所", "2029/12/31", "2029-12-31", "date"),
        finds("113學年度全市國小新生共1.2萬人", "113學年度", "2024", "date"),
        finds("民國一百年起,全縣國中學生數逐年減少", "一百年", "2011", "date"),
        finds("本案於民國118年3月5日公告", "118年3月5日", "2029-03-05", "date"),
        finds("一一二學年共開設課程36門", "一一二學年", "2023", "date"),
        finds("中程計畫自108年度起實施", "108年度", "2019", "date"),
        finds("整理104至113學年度國中小學生數", "104至113學年度", "2015", "date", high=2024),
        finds("預定於115至118學年度每年補助經費3億元", "115至118學年度", "2026", "date", high=2029),
        rejects("修读12至15学年度", "numbers below 50 are no years of the Republic", span="12至15学年度"),
        finds("一九九一至一九九四年，全乡集资建校68万元", "一九九一至一九九四年", "1991", "date", high=1994),
        finds("一九八八到一九九〇年共扫除文盲2300人", "一九八八到一九九〇年", "1988", "date", high=1990),
        rejects("一九九四至一九九一年共建校舍12所", "a range runs forward", span="一九九四至一九九一年"),
        finds("2016年至2019年间，全县新建校舍3.2万平方米", "2019年", "2019", "date"),
        rejects("建校2019年间已培养学生2万人", "年间 after no range is a span", span="2019年"),
        finds("115年至118年累計補助1,480案", "115年", "2026", "date"),
        finds("115年至118年累計補助1,480案", "118年", "2029", "date"),
        finds("本計畫自116年起分三期推動", "116年", "2027", "date"),
        finds("統計至117年6月底", "117年6月", "2028-06", "date"),
        finds("112年全縣各校圖書館借閱量為46.3萬冊", "112年", "2023", "date"),
        finds("平均每生借閱9.5冊，較116年成長8%", "116年", "2027", "date"),
        finds("尚待補強的12棟校舍預定於119年全數完成", "119年", "2030", "date"),
        finds("各校推動情形如下。105年，全市新設公共化幼兒園7園", "105年", "2016", "date"),
        rejects("本校創校至今已有110年，校友遍布各地", "a span: no preposition of time before it", span="110年"),
        finds("前言\n　　113年國中教育會考已順利辦理完竣", "113年", "2024", "date"),
        finds("前言\n　　108年全市新設公共化幼兒園7園", "108年", "2019", "date"),
        rejects("前言\n　　110年来，本校培养学生2万人", "a span opening a paragraph", span="110年"),
        rejects("比110年前的校舍面积增加了3倍", "110 years ago: a span", span="110年"),
        rejects("自115年以来共培养毕业生2万人", "a span of 115 years", span="115年"),
        rejects("建校112年来培养学生无数", "a span of 112 years", span="112年"),
        rejects("2025级新生", "a cohort, not a date"),
        rejects("学校已有110年的历史", "a span of years, not a Republic year", span="110年"),
        rejects("版本号2030.13.2", "no 13th month", span="2030.13"),
        rejects("任教20年以上", "a duration"),
        rejects("用XX年时间建成", "a masked span of years, not a year", span="XX年"),
        rejects("一九九三户人家", "a Chinese year stands after another year only", span="一九九三"),
    ],
)
def date(match: Match) -> Candidate | None:
    roc = match.group("roc")
    if roc:  # a Republic-calendar year is given as the Gregorian one (+1911, ANNOTATION.md)
        try:
            republic = int(roc) if roc.isdigit() else int(parse_number(roc))
        except NumberError:
            return None
        value = str(republic + 1911)
        month, day = match.group("month"), match.group("day")
        if month:  # 112年3月 → 2023-03
            value += f"-{int(month):02d}" + (f"-{int(parse_number(day)):02d}" if day else "")
        roc2 = match.group("roc2")
        if roc2 and int(roc2) <= republic:
            return None  # 102至112學年度 runs forward
        high = Decimal(int(roc2) + 1911) if roc2 else None
        return Candidate(match.start(), match.end(), "date", value, "", high=high, rule="date")
    candidate = _calendar_point(match, "date")
    upper = match.group("year2")
    if candidate is None or not upper:
        return candidate
    year = _year_text(match.group("year"))
    upper = _year_text(upper) if len(upper) == 4 else upper  # 一九九六 as 1996
    last = int(year[:2] + upper if len(upper) == 2 else upper)  # 2010-11年 ends in 2011
    if last <= int(year):
        return None
    if "年" not in match.group() and last != int(year) + 1:
        return None  # a bare pair (2022/23至…) is a school year only when its years follow each other
    return replace(candidate, high=Decimal(last))


def _calendar_point(match: Match, rule: str) -> Candidate | None:
    """2025, 2025-09, 2025-09-01; XXXX-09-01 when the year is not written."""
    try:
        year = match.group("year") if "year" in group_names(match.re) else None
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
    (?<! [0-9] ) (?P<month> (?&month_number) ) 月 (?P<day> (?&day_number) ) [日号]
    (?! [0-9] (?! [0-9]? [:：] [0-5][0-9] ) )  # a time of day may follow (6月7日9:00—11:30)
    | (?<= 今年 | 明年 | 去年 | 当年 | 本年 | 次年 | 年 | 月 (?: —{1,2} | – | - | ~ | 至 | 到 ) )
      (?P<month> (?&month_number) ) 月 (?: 份 )? (?! 份?(?:以来|来|内) )
    | (?<! [0-9] ) (?P<month> (?&month_number) ) 月 (?: 份 )? (?= 底 | 初 | 中旬 | 上旬 | 下旬 | 前 | 起 )
    | (?<! [0-9] | 个 | (?&range_dash) ) (?P<month> (?&month_number) ) 月份 (?! 以来 | 来 | 内 )  # 11月份我们将…
    # a chronicle's entry opens its line with its month (1958年⏎3月，县委…; 4月至5月，…)
    | (?<! [^\n] ) (?P<month> (?&month_number) ) 月 (?= [，,] | (?: 至 | 到 | — | - ) (?&month_number) 月 [，,] )
    | (?<= [，,。；;：:、\n] | 于 | 在 | 经验 | 并 | 又 | 并于 ) (?P<month> 1[0-2] | [1-9] ) 月
      (?= 在 | 召开 | 举办 | 举行 | 开展 | 通过 | 完成 | 启动 | 印发 | 出台 | 组织 | 成功 | 顺利 | 全面 | 正式
        | 我[们市区县局校] )
    """,
    order=2,
    examples=[
        finds("力争有2—3所在9月1日前投入使用", "9月1日", "XXXX-09-01", "date"),
        finds("考试时间为6月7日9:00—11:30", "6月7日", "XXXX-06-07", "date"),
        finds("6月9日14:30—16:30考外语", "6月9日", "XXXX-06-09", "date"),
        finds("定于3月12日8：30在县会议中心召开", "3月12日", "XXXX-03-12", "date"),
        rejects("编号6月7日9号", "a day followed by other digits is no date", span="6月7日"),
        finds("从今年一月开始", "一月", "XXXX-01", "date"),
        finds("于今年3月份完成", "3月份", "XXXX-03", "date"),
        finds("6月底前全部完成", "6月", "XXXX-06", "date"),
        finds("2021年3月—6月开展专项督查", "6月", "XXXX-06", "date"),
        finds("全县校舍排查于去年启动,8月份我们将接受省级复查", "8月份", "XXXX-08", "date"),
        finds("活动方案已印发,5月在市体育中心举办决赛", "5月", "XXXX-05", "date"),
        finds("课题成果于11月通过省级鉴定", "11月", "XXXX-11", "date"),
        rejects("三个月", "a duration"),
        rejects("1—6月全市招生", "a span of months, not a point"),
        rejects("培训为期3个月份", "a duration", span="3个"),
        finds("1958年\n3月，全县新办民办小学210所", "3月", "XXXX-03", "date"),
        finds("二〇〇一年\n十一月，县教育局召开表彰会", "十一月", "XXXX-11", "date"),
        finds("1983年\n4月至5月，全县考核教师1164人", "4月", "XXXX-04", "date"),
        rejects("全县\n3个月，新建学校2所", "a duration: 个 between the number and 月", span="3个"),
        rejects("全体教师3月，集中培训一次", "inside a line, not opening it", span="3月"),
        rejects("全体教师12月考核一次", "a month without an event verb after it stays out", span="12月"),
    ],
)
def month_day(match: Match) -> Candidate | None:
    return _calendar_point(match, "month_day")


@rule(
    "masked_month",
    r"""
    (?<= [，,。；;：:、\n　 ] | ^ | 于 | 在 | 到 | 至 | 并于 | 今年 | 明年 | 每年 )
    [Xx×*＊Ｘ]{1,2} 月 (?: 份 )?
    (?= 底 | 初 | 末 | 中旬 | 上旬 | 下旬 | 前 | 起 | [，,] | 完成 | 开展 | 启动 | 召开 | 举办 | 举行 | 组织 | 开始 )
    """,
    order=2,
    examples=[
        # a template hides its month as it hides a year (20xx年): a date whose value is unknown
        finds("食堂改造工程，X月底前完工", "X月", None, "date"),
        finds("各校于x月份完成自查", "x月份", None, "date"),
        finds("\n　　x月份，组织全体教师参加暑期培训", "x月份", None, "date"),
        rejects("全员培训X个月，完成120学时", "a masked duration, no month", span="X个月"),
        rejects("投入资金xx万元，月底完成", "a masked amount, no month", span="月底"),
        rejects("编号Ax月份", "a code: a letter before the mask"),
    ],
)
def masked_month(match: Match) -> Candidate | None:
    return Candidate(match.start(), match.end(), "date", None, "", rule="masked_month")


@rule(
    "half_span",
    r"""
    (?<! [上下前后头末] ) 半 (?P<unit> 年 | 个月 | 学期 | 天 | 小时 )
    (?P<post> 或以上 | 以上 | 以内 | 之内 | 内 | 以来 | 来 | 间 | 左右 )?
    (?! 级 | 度 | 制 | 报 | 刊 | 工作 | 总结 )
    """,
    order=71,
    examples=[
        finds("各校要在半年内完成校舍排查", "半年内", 0.5, "duration", unit="年"),
        finds("新教师须跟岗学习半个月", "半个月", 0.5, "duration", unit="月"),
        finds("半年来,全县新增学位1200个", "半年来", 0.5, "duration"),
        rejects("上半年全县新建幼儿园3所", "上半年 is a time, not a span", span="半年"),
        rejects("全县召开半年工作总结会", "半年工作总结: a half-year report", span="半年"),
    ],
)
def half_span(match: Match) -> Candidate | None:
    unit = DURATION_UNITS[match.group("unit")]
    post = match.group("post")
    bound: Bound = "<=" if post in {"以内", "之内"} else ">=" if post == "以上" else "~" if post == "左右" else "="
    return Candidate(
        match.start(), match.end(), "duration", Decimal("0.5"), unit.canonical, bound=bound, rule="half_span"
    )


_DAY_OF_MONTH_BEFORE: Final = frozenset("于至到在截止自从")


# 幼儿园一日生活, 在园一日户外活动时间: the routine of a day, named by the preschool curriculum
_DAILY_ROUTINE: Final = regex.compile(r"生活|活动|户外|三餐|常规|流程|作息|保教")
# 11秒2: a race time, the digit after 秒 its tenths
_RACE_TIME: Final = regex.compile(r"[0-9]{1,3}秒(?P<tenths>[0-9]{1,2})(?![0-9])")


@rule(
    "duration",
    r"""
    (?<! [上下] (?= 一 ) )    # 下一学年, 上一年: a time, not a span of one
    (?P<num> (?&arabic) | (?&cn) | (?&masked) ) (?P<approx> 多 | 余 | 几 | (?&lai) )?
    (?: (?&range_dash) (?P<num2> (?&arabic) | (?&cn) )
      # a range writing its unit twice (176天至189天, 3个月至6个月): one span from the first to the second
      | (?P<first_unit> \L<duration_units> ) (?&range_dash) (?P<num2> (?&arabic) | (?&cn) ) (?= (?P=first_unit) )
    )?
    (?P<unit> \L<duration_units> ) (?! 级 | 度 | 制 | 龄 | 代 | 份 | 底 | 初 | 末 | 中 | 号 | 期 | 岁 )
    (?P<half> 半 )?
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以内 | 之内 | 内 | 以来 | 来 | 间 | 左右 | 多 | 前 | 后 )?
    """,
    order=70,
    examples=[
        finds("努力用两年时间", "两年", 2, "duration", unit="年"),
        rejects("下一学年，学校计划引进博士60人", "下一学年 is a time, not a span", span="一学年"),
        finds("青年教师到农村学校支教一学年", "一学年", 1, "duration", unit="学年"),  # negative: no 下
        finds("名单在校内公示5个工作日", "5个工作日", 5, "duration", unit="个工作日"),
        finds("10个工作日内办结", "10个工作日内", 10, "duration", unit="个工作日"),
        rejects("成立5个工作组", "a working group is no day", span="5个工作"),
        finds("要在三年内完成", "三年内", 3, "duration"),
        finds("過去三個學年，公營中學減少12所", "三個學年", 3, "duration", unit="学年"),
        finds("为期两个学年的试验计划", "两个学年", 2, "duration", unit="学年"),
        finds("用一年半的时间", "一年半", 1.5, "duration"),
        rejects("幼儿在园一日户外活动时间不少于2小时", "a day's routine, not a span", span="一日"),
        rejects("规范幼儿园一日生活作息，每天午睡2小时", "一日生活 is the routine of a day", span="一日"),
        finds("集中培训一日，参训教师120人", "一日", 1, "duration", unit="天"),  # negative: a span
        finds("每天户外活动2小时，一天三次", "2小时", 2, "duration", unit="小时"),
        finds("薄弱学校工作2-3年", "2-3年", 2, "duration", high=3),
        finds("各市在校教学天数在176天至189天之间", "176天至189天", 176, "duration", unit="天", high=189),
        finds("学生岗位实习时间为3个月至6个月", "3个月至6个月", 3, "duration", unit="月", high=6),
        finds("集中培训2周—4周", "2周—4周", 2, "duration", unit="周", high=4),
        finds("培训3天至2周不等", "3天", 3, "duration", unit="天"),  # negative: units differ, no range
        rejects("国庆节10月1日至7日放假", "days of a month, no span", span="1日至7日"),
        finds("课程改革实施三年来", "三年来", 3, "duration"),
        finds("三年间新建学校12所", "三年间", 3, "duration"),
        finds("作业时间控制在四十五分钟以内", "四十五分钟以内", 45, "duration", bound="<=", unit="分钟"),
        finds("用三五年时间", "三五年", 3, "duration", high=5),
        finds("十余年来坚持送教下乡", "十余年来", 10, "duration", bound=">="),
        finds("坚持送教下乡十来年", "十来年", 10, "duration", bound="~"),
        finds("培训3个月", "3个月", 3, "duration", unit="月"),
        finds("任教10年以上", "10年以上", 10, "duration", bound=">="),
        finds("初中男子100米决赛成绩11秒2，比原纪录快0.3秒", "11秒2", Decimal("11.2"), "duration"),
        finds("初中男子100米决赛成绩11秒2，比原纪录提高0.3秒", "0.3秒", Decimal("0.3"), "duration"),
        rejects("珍惜每一分每一秒，把好习惯带回家", "seconds in words: a saying", span="一秒"),
        finds("教學年資十年或以上的佔69.0%", "十年或以上", 10, "duration", bound=">="),
        finds("七年前,全镇只有一所完全小学", "七年前", 7, "duration"),
        finds("入学率比十年前提高了9.6个百分点", "十年前", 10, "duration"),
        finds("项目建成3年后交付使用", "3年后", 3, "duration"),
        rejects("小学一年级", "a grade label", span="一年"),
        rejects("年满六周岁的儿童应当入学", "六周岁 is an age, never weeks", span="六周"),
        rejects("大一学年共开设课程12门", "大一 is a year of study", span="一学年"),
        rejects("报名工作于29日截止", "于29日 is a day of the month", span="29日"),
        rejects("全市中小学于15日前完成自查", "a day of the month before a deadline", span="15日"),
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
    if match.group("unit") == "日" and match.string[match.start() - 1 : match.start()] in _DAY_OF_MONTH_BEFORE:
        return None  # 于29日, 至15日前: a day of the month, not a span of days
    if match.group(0) in {"一日", "一天"} and _DAILY_ROUTINE.match(match.string, match.end()):
        return None  # 一日生活, 在园一日户外活动: a day's routine (daily), not a span of one day
    if match.group("first_unit") in {"日", "号"} and match.string[max(0, match.start() - 1) : match.start()] == "月":
        return None  # 10月1日至7日: days of a month, not a span of days
    if match.group("unit") == "秒" and not any(character.isdigit() for character in match.group(0)):
        return None  # 珍惜每一分每一秒: seconds in words are a saying; a time is written in digits
    if match.group("unit") == "秒" and match.string[match.end() : match.end() + 1].isdigit():
        seconds = _RACE_TIME.match(match.string, match.start())
        if seconds is None or not isinstance(value, Decimal):
            return None
        # 11秒2 is 11.2 seconds: the digit after 秒 is its tenth, as race times are written
        return replace(
            candidate,
            end=seconds.end(),
            value=value + Decimal(seconds.group("tenths")) / 10 ** len(seconds.group("tenths")),
        )
    post = match.group("post")
    if post in {"内", "来", "以来", "间", "前", "后"} and not match.group("approx"):
        # 三年内, 三年来: the span is exact; 内 marks a deadline, not an upper bound.
        candidate = replace(candidate, bound="=")
    return candidate
