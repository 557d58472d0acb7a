"""The time stage: the time a figure refers to (2025年, 今年, 去年下半年, 到2025年, 9月1日前, 两年内).

Time expressions are found in the sentences and headings around figures, once per span.
`decide_time` gives a figure the nearest time before it in its sentence, else one after it in
its clause, else the time opening its paragraph, else its section's (the heading over it, or a
heading further up), else the document title's — and says which of these it was.

Years are written in many ways: 2025年, masked (20xx年, 20xx 年, **年, xxxx年, 20*年),
in Chinese numerals (一九八三年, 二〇二四年), in the Republic calendar (民國一百年, 一一四學年:
+1911), as spans and school years (2010-2011年, 2010/11, 2010—2011学年). Relative words (今年,
全年, 去年, 本期, 年内, 7年前) resolve against the period the text reports on: the year of the
section they stand in, else the title's (a 2023年工作总结 signed in January 2024 reports 2023),
else the document's year.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

import regex

from .lexicon.cues import CONTINUING_OPENERS, TRADITIONAL_CUE_CHARACTERS
from .numerals import NumberError, parse_number
from .patterns import expand

if TYPE_CHECKING:
    from .outline import Outline
    from .rules.registry import Candidate
    from .segment import Span

# Bare 年初/年底 and seasons (春季高考) are left out: they name a point inside the year or
# are part of a noun, and the figure's time is then the year of its sentence or section.
_HALF_YEAR: Final = r"(?:上半年|下半年|第[一二三四]季度)"
# After a year (2016年春季学期期末, 今年秋季) a season is a time; alone it may be part of a noun
# (春季高考), so it is not.
_PART_OF_YEAR: Final = rf"(?:{_HALF_YEAR}|(?:春季|秋季)(?:[学學]期)?(?:期末|期中|开学)?)"
_CN_DIGIT: Final = "〇零○一二三四五六七八九"
# A year as written: Arabic, masked (any mask, 1–4 characters, after 19/20 or alone), or in
# Chinese digits. A PDF may break or space it from its 年 (20xx 年, XX⏎年): up to two blanks.
_YEAR_TOKEN: Final = rf"""
    (?: {expand("(?&year_number)")}
      | (?:19|20)[xX*]{{1,2}}
      | (?<![0-9A-Za-z*×]) [xX*]{{1,3}}
      | (?:一九|二[〇零○]) [{_CN_DIGIT}]{{2}}
    )
"""
_YEAR: Final = rf"(?P<year> {_YEAR_TOKEN} ) [ \t\n]{{0,2}} 年 (?! 级 | 制 | 多 | 余 | 半 | 以上 | 以下 )"
_NUMERAL: Final = r"[一二两三四五六七八九十0-9]{1,3}"
_MONTH: Final = r"(?:[一二三四五六七八九十0-9]{1,2}|[xX*]{1,2})月(?:份)?(?:[0-9]{1,2}[日号])?"
# A span of months after a month (4月至5月, 2022年9月—2023年1月): one time, from the first to the last.
_MONTH_SPAN: Final = rf"(?: (?: —{{1,2}} | – | - | ~ | 至 | 到 ) (?: {_YEAR_TOKEN} [ ]{{0,2}} 年 )? {_MONTH} )"
# Every time expression starts with one of these characters: testing one class first lets the
# scan skip ordinary text (tests/test_timeref.py checks the guard against the unguarded body).
TIME_FIRST_CHARACTERS: Final = (
    "从自到至截0-9今去明上本当當前全次一二两三四五六七八九十近多每目现過过下第"  # years, relative words, spans
    "刚规届年秋春计方工项实启这暑寒是解建"  # 刚才, 规划期内, 届时, 年底前, 秋季, 实施以来, 这个暑假
    'xX*民未〇零○同“"'  # masked years, 民國, 未来三年, ○, “十二五”期间
)
TIME_BODY: Final = rf"""
    (?:
        到目前为止 | 截至目前 | 截止目前
      # 到/至 after a change verb (减至, 提高到, 增加到) end the verb, not a span: no prefix then
      | (?P<prefix> 从 | 自 | (?<! [减增升降高加长少] ) (?: 到 | 至 ) | 截至 | 截止 | 截止到 )?      # 在/于 say nothing
        (?:
            # school years and spans of years: 2010-2011年, 2010—2011学年度, 2010/11
            (?P<year> (?:19|20)[0-9]{{2}} ) [ ]? (?: —{{1,2}} | – | - | ~ | 至 | 到 | / ) [ ]?
            (?: (?:19|20)[0-9]{{2}} | [0-9]{{2}} ) (?! [0-9] )
            (?: [学學]年 (?:度)? | (?:财政|財政)?年 (?:度)? | (?<= /[0-9]{{2}} ) (?! [/.\-:] [0-9] ) )
          # spans written with 年 once, after the second year: 一九九二至一九九六年, 114至117學年度
          | (?P<year> (?: 一九 | 二[〇零○] ) [{_CN_DIGIT}]{{2}} ) (?: 至 | 到 | —{{1,2}} | - )
            (?: 一九 | 二[〇零○] ) [{_CN_DIGIT}]{{2}} 年 (?: 度 )?
          | (?<! [0-9] ) (?P<roc> 1[0-4][0-9] | [4-9][0-9] ) (?: 至 | 到 | —{{1,2}} | - | ~ )
            (?: 1[0-4][0-9] | [4-9][0-9] ) (?: [学學]年 (?:度)? | 年度 )
          | {_YEAR} (?: 度 )?
            (?: {_PART_OF_YEAR} | {_MONTH} {_MONTH_SPAN}? | 底 | 末 | 初 )?
            (?: (?: —{{1,2}} | - | 至 | 到 ) {_YEAR_TOKEN} [ \t\n]{{0,2}} 年 (?:度)? )?     # 20xx年——20xx年
          # a graduating class (2023届毕业生, 较2022届): the cohort is the time of what it qualifies
          | (?P<year> (?:19|20)[0-9]{{2}} ) 届 (?! 人大 | 人民代表 | 政协 | 委员 | 全会 )
          # the Republic calendar: 民國一百年, 民国99年, 一一四學年度, 98学年
          | 民[国國] (?P<roc> [0-9]{{1,3}} | [{_CN_DIGIT}十百]{{1,5}} ) 年 (?:度)?
          | (?P<roc> 1[0-9]{{2}} | [4-9][0-9] | [{_CN_DIGIT}十百]{{2,5}} ) (?= [学學]年 ) [学學]年 (?:度)?
          | (?<! [0-9] ) (?P<roc> 1[0-4][0-9] | [4-9][0-9] ) 年    # 112年度, 112年3月, 112年12月底前
            (?: 度 | (?= [0-9]{{1,2}} 月 ) {_MONTH} {_MONTH_SPAN}? )
          # a bare 112年 where a span of 112 years cannot stand (rules/dates.py): 较111年, 自108年起,
          # 112年全县…
          | (?<= 较 | 較 | 比 | 于 | 於 | 自 | 从 | 從 | 至 | 到 ) (?P<roc> 1[01][0-9] ) 年
            (?! 来 | 以来 | 间 | 間 | 的 | 多 | 余 | 餘 | 前 | 后 | 後 | 之 | 内 | 內 | 历史 | 歷史 | 左右 | 以上 )
          | (?<= ^ | [。，,；;：:\n] ) (?P<roc> 1[01][0-9] ) 年
            (?= 起 | 底 | 初 | 上半年 | 下半年 | 全 | 本 | 各 | 我 | 该 | 該 | ， )
          # a chronicle's month opening its entry (1958年⏎3月，…; 4月至5月，…), or a work plan's
          # month opening its line of the schedule (　　5月份：开展…): in its heading's year
          | (?<= (?: ^ | \n ) [ \t\u3000]{{0,4}} )
            (?P<month_lead> 1[0-2] | [1-9] | 十[一二]? | [一二三四五六七八九] ) 月 份?
            (?: (?: 至 | 到 | — | - ) (?: 1[0-2] | [1-9] | 十[一二]? | [一二三四五六七八九] ) 月 份? )? (?= [，,：:] )
          # 是年 of a chronicle (that year), opening its sentence
          | (?<= ^ | [\n。；;，,] ) (?P<relative> 是年 ) (?! 度 | 级 )
          # historic periods a chronicle or a gazetteer dates by
          | 解放初期? | 建国初期? | 解放以来 | 建国以来 | 解放前 | 建国前
          | (?P<relative> 今年 | 去年 | 明年 | 上年 | 本年 | [当當]年 | 前年 | 上一年
                        # 本次年检, 每次年审: no 次年
                        | (?<! [本此这這每首一二两三四五六七八九十多各该該] ) 次年 (?! 检 | 審 | 审 )
                        | 全年 | 同年 )
            (?: 度 )?
            (?: {_PART_OF_YEAR} | {_MONTH} {_MONTH_SPAN}? | 暑期 | 暑假 | 寒假 )?    # 今年暑期: the summer of that year
          | {_HALF_YEAR}
          | (?P<relative> 过去的一年 | 过去一年 | 过去的?一[学學]年 | 年内
                        | (?<! [0-9〇零○一二三四五六七八九十xX*学學] )
                          (?: 年末 | 年底 | 年初 (?! 下达 | 确定 | 制定 | 预算 | 计划 | 安排 | 提出 | 部署 ) )
                          (?! 前 ) )
          | (?P<relative> 今天 ) (?! 的 )    # a speech's 今天来了八十多个人: the day it is given
          | (?P<relative> 本[学學]年 | 本[学學]期 | 上[学學]期 | 下[学學]期 | 本期 | 上[学學]年
                        | 全[学學]年 | 下一?[学學]年 ) (?: 度 )?    # 全学年 reports, 下一学年 plans
          | (?P<ago> {_NUMERAL} ) 年前
          | (?P<span> {_NUMERAL} 年 (?:内|来|以来|间|累计) | 近年来 | 多年来 | 近几年 | 近年
                    | (?:近|未来|今后) {_NUMERAL} 年 (?:来)? )    # 近五年来: the whole span
          # (连续9年保持在98%以上 is a level held each year: the section's or document's year dates it)
          | (?P<plan> [“"]? 十[一二三四五]?五 [”"]? (?:规划|規劃)?
                     (?: 期间 | 期間 | 时期 | 時期 | 以来 | 末 | 期末 | 初期 | 初 ) )
          | (?:这个|今年)? (?:寒暑假|暑假|寒假|暑期) (?:期间)?
          | (?P<each> 每年 | 每月 | 每学期 | 每学年 | 每周 | 每天 | 每季度 )
          | 目前 | 当前 | 现阶段 | 现在 | 刚才 | 规划期内 | 规划期末 | 规划期间 | 本规划期 | 届时
          | (?:规划|计划|方案|工程|项目)?实施以来 | 启动以来
          | 到年底 | 到年末 | 年底前 | 年末前
          | (?<! [0-9年] ) (?: 1[0-2] | [1-9] ) 月 (?: 底 | 末 ) 前?    # 9月底前: a deadline in the year spoken of
          | (?:今年|明年)? (?:秋季|春季) (?: [学學]期 | (?= 开学 | 入学 | 招生 ) )
          | [0-9]{{1,2}}月[0-9]{{1,2}}[日号] 前?
          | [xX*]{{1,2}} 月份
        )
        (?P<suffix> 前 | 底 | 末 | 以来 | 开始 | 起 )?
    )
"""
# A digit starts a time only as a year, a Republic year, a month or a count of years: a run of at
# most four digits or numerals then 年, 月 or 学年 (2025年, 20xx 年, 98学年, 9月1日, 3年内), or
# a year then a dash (2010-2011年, 2010/11). Most digits of a text are none (98.67%): the
# guard turns them away before the body's many alternatives are tried at each (a character
# class first: the scan skips to the positions it allows).
_DIGIT_START: Final = r"[0-9][0-9〇零○一二三四五六七八九两十xX*]{0,3}(?:[ \t\n]{0,2}[年月学學]|届|[ ]?[—–\-~至到/])"
# The same for the Han characters that start only a few words of the body (工 only 工程实施以来,
# 全 only 全年, 上 only 上年/上一年/上半年/上学期…): each is let through only before one of them.
# Numerals and the prefixes (从, 到…) start too many alternatives to be guarded.
_WORD_STARTERS: Final = '是解建工实方项规计启全同年“"民现目这过多前次刚届暑寒秋春每未当當下上本今明去近第'
_WORD_START: Final = (
    r"是年|解放[初以前]|建国[初以前]|工程实施以来|实施以来|方案实施以来|项目实施以来|规划|计划实施以来|启动以来|全年|同年|年内|年底|年末|年初"
    r"|[“\"]十|民[国國]|现阶段|现在|目前|这个|过去|多年来|前年|次年|刚才|届时|暑[假期]|寒暑?假|[秋春]季"
    r"|每[年月学周天季]|未来|当[年前]|當年|下半年|下[学學]期|下一?[学學]年|全[学學]年|上[年一半学學]|本[年学學期规]|今[年后天]|明年|去年"
    r"|近[年几一二两三四五六七八九十0-9]|第[一二三四]季度"
)
# The prefixes (从, 到, 截至…) are guarded by what follows them: 达到98.67% is no time, and at
# each 到 of such a text the body's alternatives were all tried twice, with and without the
# prefix (~12 µs a 到). Only 到目前为止, 截至目前, 截止目前 and 到年底/到年末 start with one
# without being a prefix and a time.
_PREFIX_CHARACTERS: Final = "从自到至截"
_AFTER_PREFIX: Final = (
    rf"(?=[{TIME_FIRST_CHARACTERS}])"
    rf"(?:(?![0-9{_WORD_STARTERS}{_PREFIX_CHARACTERS}])|(?={_DIGIT_START})|(?={_WORD_START})|(?=到年[底末]))"
)
_PREFIX_START: Final = rf"(?:从|自|到|至|截至|截止到|截止){_AFTER_PREFIX}|到目前为止|截[至止]目前|到年[底末]"
_GUARD: Final = (
    rf"(?=[{TIME_FIRST_CHARACTERS}])"
    # a class before each alternation: a digit is turned away without trying its ~40 words
    rf"(?:(?![0-9{_WORD_STARTERS}{_PREFIX_CHARACTERS}])|(?={_DIGIT_START})"
    rf"|(?=[{_WORD_STARTERS}])(?={_WORD_START})|(?=[{_PREFIX_CHARACTERS}])(?={_PREFIX_START}))"
)
TIME_EXPRESSION: Final = regex.compile(_GUARD + TIME_BODY, regex.VERBOSE)
# The guard alone, in the standard library's re: it finds the few places a time can start ~3-5x
# faster than regex scans for them (regex tests the first-character class at every position in
# Python-visible steps; re skips in C). The body is then matched there only.
_TIME_START: Final = re.compile(_GUARD, re.VERBOSE)
_TIME_FIRST: Final = re.compile(f"[{TIME_FIRST_CHARACTERS}]")


def time_expressions(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """`TIME_EXPRESSION.finditer(text, start, end)`: the same matches, found faster by matching
    the body only where the guard (`_TIME_START`) lets a time start."""
    position = start
    search, match = _TIME_START.search, TIME_EXPRESSION.match
    while True:
        guarded = search(text, position, end)
        if guarded is None:
            return
        found = match(text, guarded.start(), end)
        if found is None:
            position = guarded.start() + 1
            continue
        yield found
        position = found.end() if found.end() > found.start() else found.end() + 1


# A masked year (20xx年, xxxx年, **年): the mark of a template or an anonymised copy.
MASKED_YEAR: Final = regex.compile(
    r"(?:(?:19|20)[xX*]{1,2}|(?<![0-9A-Za-z*×])[xX*]{2,4})[ \t\n]{0,2}年(?!级|制|多|余|半|以上|以下|内|来|间)"
)

# (text, figure, expected time text, expected year) with the document's year 2025.
EXAMPLES: list[tuple[str, str, str | None, int | None]] = [
    # 次年 is the next year, but not inside 本次年检 or 每次年检 (年检: the annual inspection)
    ("全县今年新建学校3所，次年再新建2所", "2所", "次年", 2026),
    # a span of months is one time (4月至5月, 2024年9月—2025年1月); 到 before no month ends none
    ("今年3月至5月，全县培训教师860人次", "860人次", "今年3月至5月", 2025),
    ("2024年9月—2025年1月，新增学位1200个", "1200个", "2024年9月—2025年1月", 2024),
    ("2025年6月到期的助学贷款300万元", "300万元", "2025年6月", 2025),
    # a Republic year keeps its month (112年12月底前, 截至113年6月底), as a Western year does
    ("縣府目標於114年12月底前完成5校耐震補強", "5校", "114年12月底", 2025),
    ("截至113年6月底，預算執行率為48.2%", "48.2%", "截至113年6月底", 2024),
    ("114年度編列教育經費2億元", "2億元", "114年度", 2025),  # negative: a fiscal year, no month
    ("2030年12月，本次年检应参检单位148家", "148家", "2030年12月", 2030),
    # the summer or winter break of a year named with it, and 寒暑假期间, are one time
    ("今年暑期，全市新建中小学32所", "32所", "今年暑期", 2025),
    ("寒暑假期间巡查居民小区214个", "214个", "寒暑假期间", None),
    ("暑期，全市新建中小学32所", "32所", "暑期", None),  # negative: no year named
    # a graduating class (2031届) is the time of the figures it qualifies; one compared with
    # (较2030届) is the baseline's; 往届 and a meeting's 第十七届 name no year
    ("学校2031届共有毕业生5120人，比2030届增加206人", "206人", "2031届", 2031),
    ("2031届本科毕业生中，境内升学980人，升学率为28.5%", "28.5%", "2031届", 2031),
    ("学校2031届毕业生就业率为95.1%，较2030届提高1.2个百分点", "1.2个百分点", "2031届", 2031),
    ("往届毕业生报名320人", "320人", None, None),
    ("县第十七届人大常委会组成人员共35名", "35名", None, None),
    # a school year as a whole (全学年) reports; the next one (下一学年) plans
    ("全学年开设本科课程2318门", "2318门", "全学年", 2025),
    ("下一学年，学校计划引进博士60人以上", "60人以上", "下一学年", 2026),
    ("下学年新增专业3个", "3个", "下学年", 2026),
    ("到2025年学前三年毛入园率达到92%以上", "92%以上", "到2025年", 2025),
    ("今年新建学校3所。", "3所", "今年", 2025),
    # 年末 and 年底 alone: the end of the year reported on (a year before them dates it).
    ("年末全县有幼儿园64所。", "64所", "年末", 2025),
    ("年底全县在园幼儿1.3万人。", "1.3万人", "年底", 2025),
    ("学年末全县在园幼儿1.3万人。", "1.3万人", None, None),
    ("去年下半年我区教育行风案件举报率为零", "零", "去年下半年", 2024),
    ("力争有2—3所在9月1日前投入使用", "2—3所", "9月1日前", None),
    # A table row labelled by a year or a school year: the cells' time.
    ("单位：所\n年份 | 小学 | 中学\n2029 | 256 | 31", "31", "2029", 2029),
    ("单位：人\n学年 | 小学教育 | 中学教育\n2029/2030 | 35,322 | 25,713", "25,713", "2029/2030", 2029),
    ("单位：所\n学段 | 2031年 | 2032年\n2029 | 56 | 61", "61", "2032年", 2032),  # negative: the column's year first
    # A table cell's column year is read within its own table: a year heading an earlier table
    # dates none of this one's cells, which take their section's.
    (
        "一、概况\n单位：万元\n项目|2031年|2032年\n学前教育|120.5|130.2\n二、2033年支出情况\n单位：万元、%\n项目|预算数|决算数\n小学教育|500.0|480.6",
        "500.0",
        "2033年",
        2033,
    ),
    (
        "一、概况\n单位：万元\n项目|2031年|2032年\n学前教育|120.5|130.2\n二、2033年支出情况\n单位：万元、%\n项目|预算数|决算数\n小学教育|500.0|480.6",
        "120.5",
        "2031年",
        2031,
    ),
    # rows of numbers between a cell and its header are skipped, even where a number (1200, 2019)
    # reads like a year
    ("表1\n单位：人\n学段|2031年|2032年\n小学|1200|1300\n初中|800|850", "850", "2032年", 2032),
    ("表1\n单位：人\n学段|2031年|2032年\n小学|2019|2204\n合计|2890|3001", "2890", "2031年", 2031),
    ("表1\n单位：人\n学段|学校数|在校生\n小学|12|2019\n初中|5|850", "850", None, None),
    ("区政府决定在两年内谋划建设一所普通高中", "一所", "两年内", None),
    ("一九八八至一九九一年，全乡集资建校68万元", "68万元", "一九八八至一九九一年", 1988),
    ("本部規劃於115至118學年度補助經費3億元", "3億元", "115至118學年度", 2026),
    ("至一九九一年，全乡集资建校68万元", "68万元", "至一九九一年", 1991),  # negative: no range
    ("本部已規劃於115至118學年度每年補助經費3億元", "3億元", "115至118學年度", 2026),
    ("由2031-32年度起每年預留約9,800萬元", "9,800萬元", "2031-32年度起", 2031),
    ("由2031年起每年新增学位1200个", "1200个", "2031年起", 2031),
    ("招生由2031年的1200人增加到1500人", "1200人", "2031年", 2031),  # negative: 由…的 a baseline
    ("每生每年补助寄宿生生活费1250元，2031年起提高", "1250元", "每年", 2025),  # negative: no year before
    ("120學年度國小淨在學率為97.9%，與上學年相當；國中粗在學率為100.4%", "100.4%", "120學年度", 2031),
    ("全县小学入学率99.2%，与去年持平；初中入学率98.1%", "98.1%", None, None),
    ("去年全县小学入学率99.2%；初中入学率98.1%", "98.1%", "去年", 2024),  # negative: 去年 dates it
    ("一、2031年工作回顾\n去年，全县新建幼儿园3所。新增学位900个。", "900个", "2031年", 2031),
    ("一、2031年工作回顾\n去年，全县新建幼儿园3所。新增学位900个。", "3所", "去年", 2030),
    ("一、工作回顾\n去年，全县新建幼儿园3所。新增学位900个。", "900个", "去年", 2024),  # no year in the heading
    ("一、2031年工作回顾\n2030年，全县新建幼儿园3所。新增学位900个。", "900个", "2030年", 2030),  # a written year
    ("中职招生20800人,比上年(16400人)增加4400人", "16400人", "上年", 2024),
    ("中职招生20800人,比上年(16400人)增加4400人", "4400人", None, None),
    # 是X年的N倍: X is what the figure is a multiple of, not its time
    ("全年完成投资9.6亿元,是2020年的2.1倍。", "2.1倍", "全年", 2025),
    ("2023年新增骨干教师45名、学科带头人62名,分别是上年的1.5倍和1.3倍。", "1.3倍", "2023年", 2023),
    ("今年学前教育经费为去年的112%。", "112%", "今年", 2025),
    ("2031年全县投入为1.2亿元。", "1.2亿元", "2031年", 2031),  # negative: no multiple after it
    ("投资总额是2020年的2倍多,达到9.6亿元。", "9.6亿元", None, None),  # nor for the amount after it
    ("三、20xx年全市教育重点工作\n新建学校3所。", "3所", "20xx年", None),
    ("今年,要确保学前三年毛入园率达到95%。全县投入3000万元。", "3000万元", "今年", 2025),
    ("今年,要确保学前三年毛入园率达到95%,投入3000万元。\n新建学校3所。", "3所", None, None),
    # A yearbook entry's 【label】 stands before the time that opens it as its topic.
    ("【概况】 2031年，全市有学校120所。全市教育经费总投入5.6亿元。", "5.6亿元", "2031年", 2031),
    ("【学前教育】 2032年，全市有幼儿园80所。在园幼儿2.1万人。", "2.1万人", "2032年", 2032),
    ("【学前教育】 全市有幼儿园80所。2032年在园幼儿2.1万人。", "80所", None, None),
    # masked years in any mask, spaced or broken from their 年 by a PDF
    ("**年全镇小学入学率达到99.5%", "99.5%", "**年", None),
    ("xxxx年,全乡新建幼儿园x所", "x所", "xxxx年", None),
    ("20xx 年全县投入教育经费3.2亿元", "3.2亿元", "20xx年", None),
    ("20*年新增学位1200个", "1200个", "20*年", None),
    # a bare Republic year where no span of years fits
    ("114年全縣新設非營利幼兒園6園", "6園", "114年", 2025),
    ("縣府自109年起累計補助校舍改建38棟", "38棟", "自109年起", 2020),
    ("本校創校已有110年，校友約3萬人", "3萬人", None, None),
    # a paragraph opened by 在 and its year, or by its year's event, dates the sentences after it
    ("在2031-32財政年度，教育開支預算為1,100億元。其中中學教育開支為350億元。", "350億元", "2031-32財政年度", 2031),
    ("114學年度國中教育會考，考生共5,200人。英語科達基礎以上比率為70.1%。", "70.1%", "114學年度", 2025),
    ("在全县范围内，新建学校3所。", "3所", None, None),
    ("近五年来，共有一百三十六名民办教师转为公办教师", "一百三十六名", "近五年来", None),
    ("近三年，全县新建学校6所", "6所", "近三年", None),
    ("今天来了八十多位校长和老师", "八十多位", "今天", 2025),
    ("今天的会议有120人参加", "120人", None, None),
    ("XX\n年重点工作回顾\n新建校舍8栋。", "8栋", "XX年", None),
    ("新建学校x所。2024年度工作要点", "x所", None, None),  # a year after the figure, in another sentence
    # Chinese-written and Republic-calendar years
    ("一九九二年全县有中学17所", "17所", "一九九二年", 1992),
    # a chronicle: year headings, entries opened by their month, 是年, historic periods
    ("某县教育大事记\n\n1957年\n全县有小学212所。\n\n1961年\n全县小学调整为143所。", "143所", "1961年", 1961),
    ("某县教育大事记\n\n1957年\n全县有小学212所。\n\n1961年\n全县小学调整为143所。", "212所", "1957年", 1957),
    ("1963年\n8月，全县小学调整为154所。", "154所", "8月", 1963),
    ("1963年\n5月至6月，全县培训教师230人。", "230人", "5月至6月", 1963),
    # a work plan's schedule: each line opened by its month (5月份：…), indented or not
    ("2031年学校工作计划\n　　5月份：开展防溺水教育，签订安全责任书3200份。", "3200份", "5月份", 2031),
    ("2031年工作安排\n10月：举办教师基本功竞赛，参赛教师不少于80人。", "80人", "10月", 2031),
    ("2031年工作安排\n　　9月至10月：完成校舍维修12所。", "12所", "9月至10月", 2031),
    # negative: a month inside the line
    ("2031年学校工作计划\n　　组织5月份的考试，参加学生3200人。", "3200人", "2031年", 2031),
    # 全年 after the year the sentence named is the whole of that year
    ("2031年，全县新建学校3所；全年培训教师1200人次", "1200人次", "2031年", 2031),
    ("113年度歲出預算數為5億元，全年度執行數4.6億元", "4.6億元", "113年度", 2024),
    ("今年上半年招聘教师80名；全年培训教师1200人次", "1200人次", "全年", 2025),  # half a year is no year
    ("全县全年培训教师1200人次", "1200人次", "全年", 2025),
    # 到/至 after a change verb end the verb (减至, 提高到): the year after it is no deadline
    ("学校由2030年的212所减至2033年的187所", "187所", "2033年", 2033),
    ("入学率从2031年的96.2%提高到2033年的98.5%", "98.5%", "2033年", 2033),
    ("计划至2035年新建学校5所", "5所", "至2035年", 2035),  # no verb before 至: a deadline
    ("到2035年新增学位1200个", "1200个", "到2035年", 2035),
    ("1967年\n全县停课。是年全县有中学19所。", "19所", "是年", 1967),
    ("这是年度考核的结果，全县合格教师820人。", "820人", None, None),  # 是年度 inside a word
    ("解放初，全县有私塾47所。", "47所", "解放初", None),
    ("建国以来全县共培养中专生2600余人。", "2600余人", "建国以来", None),
    ("全县共有私塾47所。\n1990年6月，全县共有教师820人。", "47所", None, None),  # a date line is no heading
    ("二〇一九年新建幼儿园6所", "6所", "二〇一九年", 2019),
    ("民國一百年國中畢業生12000人", "12000人", "民國一百年", 2011),
    ("一一二學年度新生人數為8500人", "8500人", "一一二學年度", 2023),
    ("98学年毕业生3400人", "3400人", "98学年", 2009),
    ("112年度教育經費預算為320億元", "320億元", "112年度", 2023),
    ("2023-24財政年度教育開支為1000億元", "1000億元", "2023-24財政年度", 2023),
    ("2022/23學年共有中學生31萬人", "31萬人", "2022/23學年", 2022),
    ("学校建于1905年,建校118年共培养学生9万名", "9万名", "1905年", 1905),  # 118年 is an age, not a year
    ("小学一年级新生3400人", "3400人", None, None),  # a grade, not a year
    # spans of years and school years
    ("2016-2017年省级专项资金2.4亿元", "2.4亿元", "2016-2017年", 2016),
    ("2013/14学年在校生5600人", "5600人", "2013/14学年", 2013),
    ("2015—2016学年度招收新生780人", "780人", "2015—2016学年度", 2015),
    ("从2012年起,全县累计投入800万元", "800万元", "从2012年起", 2012),
    ("连续9年保持在98%以上", "98%以上", None, None),  # a level held each year is no span's figure
    ("三、下半年工作措施\n确保9月底前项目支出执行率达到75%以上", "75%以上", "9月底前", None),
    ("各校于11月末前完成自查，整改率达到100%", "100%", "11月末前", None),
    ("全县9月份开学，新生共1200人", "1200人", None, None),  # negative: no 底/末, a month alone
    ("2023年，全区中考平均分连续三年位居全市第二", "第二", "2023年", 2023),
    ("一、2022年工作回顾\n全县巩固率连续5年保持在98%以上", "98%以上", "2022年", 2022),
    ("近三年全县新招聘教师412人", "412人", "近三年", None),  # a total over the span: its time
    ("十二五期间共建成校舍45万平方米", "45万平方米", "十二五期间", None),
    ("“十三五”规划期间新增学位2.4万个", "2.4万个", "“十三五”规划期间", None),
    ("营养餐补助标准为每天4元", "4元", "每天", 2025),
    # relative words
    ("本期在校学生1520人", "1520人", "本期", 2025),
    ("3个改扩建项目于年内完工", "3个", "年内", 2025),
    ("5年前全县教育经费仅有0.8亿元", "0.8亿元", "5年前", 2020),
    ("未来三年再建幼儿园12所", "12所", "未来三年", None),
    ("现在全市共有中小学214所", "214所", "现在", None),
    ("本学期共开设选修课36门", "36门", "本学期", 2025),
    ("本學年度新生註冊率為84.2%", "84.2%", "本學年度", 2025),  # the 度 is part of the word
    ("秋季学期计划招收新生260人", "260人", "秋季学期", None),  # the term, not just the season
    ("春季开学前完成维修校舍12所", "12所", "春季", None),
    # a sentence opened by 其中/同时/此外 goes on about the one before it, and keeps its time
    ("2031年全县共有小学45所。其中，村小28所。", "28所", "2031年", 2031),
    ("2031年全区教育支出5.2亿元。此外，基建投入3000万元。", "3000万元", "2031年", 2031),
    ("2031年全县有初中12所。其中，九年一贯制学校4所。同时，在校生5600人。", "5600人", "2031年", 2031),
    ("2031年全县有初中12所。\n同时，新增学位900個。", "900個", "2031年", 2031),
    ("2031年全縣有國中12所。並且，新增學位900個。", "900個", "2031年", 2031),
    ("全县支出比上年增加300万元。其中，小学2所。", "2所", None, None),  # 上年 is the baseline's
    ("2031年新建学校3所。全县在校生5600人。", "5600人", None, None),  # no opener: no carrying
    # a comparison's time (与2022年相比, 较上年) is the baseline's, not the figure's
    ("2023年全区支出4.1亿元。与2022年相比，支出减少1300万元。", "1300万元", None, None),
    ("同上年相比，今年招生增加420人", "420人", "今年", 2025),
    ("与2019年相比，2024年专任教师增加356人", "356人", "2024年", 2024),
    # 在…年基础上 names the baseline of the change, not its time
    ("某县教育工作报告\n二、2032年工作安排\n近视率在2031年基础上再下降1个百分点。", "1个百分点", "2032年", 2032),
    ("全县教育稳步发展。招生规模在2030年的基础上扩大10%。", "10%", None, None),
    ("在2030年，全县新建学校5所", "5所", "2030年", 2030),  # negative: 在 a year dates the figure
    # a speech's 去年/今年 count from the year it is given, a section's year from its heading (全年)
    ("在全县教育工作会议上的讲话\n同志们：\n一、2024年工作回顾\n去年全县新建学校5所。", "5所", "去年", 2024),
    ("在全县教育工作会议上的讲话\n同志们：\n一、2024年工作回顾\n全年全县新建学校5所。", "5所", "全年", 2024),
    ("2024年全县教育工作总结\n一、主要成效\n去年全县新建学校5所。", "5所", "去年", 2023),  # negative: a summary
    # a frequency (每年, 每周) is a time only in the figure's own clause: a rate per period
    ("营养改善计划每生每天补助5元", "5元", "每天", 2025),
    ("2031年底前，寄宿生生活补助每生每年提高到1500元", "1500元", "2031年底前", 2031),
    ("从2032年起，营养餐补助每生每天提高到6元", "6元", "每天", 2032),  # no deadline: the rate's period, of 2032
    ("今年全县寄宿生每人每月补助200元", "200元", "每月", 2025),
    # 年初 opening a clause dates it; 年初下达的, 年初预算 say when a plan was set, not the figure's time
    ("年初排查疑似辍学学生57人", "57人", "年初", 2025),
    ("年初摸底登记适龄儿童1320人，其中残疾儿童46人", "46人", "年初", 2025),
    ("二、2025年工作情况\n完成年初下达的500万元招生任务", "500万元", "2025年", 2025),  # negative
    # a rate per head and period takes the year its sentence writes (a plan for the next year)
    ("2031年，将一类地区补助标准提高到每人每月1000元", "1000元", "每月", 2031),
    ("2032年起，寄宿生生活补助每生每学期提高到700元", "700元", "每学期", 2032),
    ("今年，乡村教师每人每月补助400元", "400元", "每月", 2025),  # negative: no year written
    ("至目前，全县寄宿生每人每月补助200元", "200元", "每月", 2025),
    ("2024年，教研活动每周一次，全校共听课410节", "410节", "2024年", 2024),
    ("每年培训教师两轮，今年共培训1260人次", "1260人次", "今年", 2025),
    # a frequency keeps the year of the period it stands in; after a count it divides what follows
    ("每生每年补助寄宿生生活费1250元", "1250元", "每年", 2025),
    ("二、2024年工作情况\n乡村教师生活补助每人每月400元。", "400元", "每月", 2024),
    ("二、2024年工作情况\n全县1.6万名学生每天享受营养餐。", "1.6万名", "2024年", 2024),
    ("全县3200名学生每周参加课后服务", "3200名", None, None),
    ("二、上半年工作情况\n新开工幼儿园4所。", "4所", "上半年", None),
    ("一、2023年度主要成效。（一）学校建设。新建学校5所。", "5所", "2023年度", 2023),
    ("完成招商引资任务3000万元", "3000万元", None, None),
    # a time dates its own item of an enumeration, not the next one
    ("第一，2019年春季开学前，全县新建教室40间；第二，留守儿童建档1200人。", "1200人", None, None),
    ("一是2023年新建幼儿园5所；二是全县在园幼儿达到1.2万人。", "1.2万人", None, None),
    ("2023年新建幼儿园5所；全县在园幼儿达到1.2万人。", "1.2万人", "2023年", 2023),
    ("第一，2021年新建学校2所，新增学位900个；第二，改造旱厕15座。", "900个", "2021年", 2021),
    # a time inside brackets that say more than it dates what they say, not the figures after them
    ("按每生每天3元（2021年9月起提高到5元）的标准，为全县60所学校供餐", "60所", None, None),
    ("按每生每天3元（2021年9月起提高到5元）的标准", "5元", "2021年9月起", 2021),
    ("今年，寄宿生补助（2019年秋季起每生每年增加200元）惠及学生3100人", "3100人", "今年", 2025),
    ("全县小学入学率（2020年）为99.2%", "99.2%", "2020年", 2020),  # a bracket of the time alone
]

_RELATIVE_OFFSETS: Final = {
    "今年": 0, "是年": 0, "今天": 0, "本年": 0, "当年": 0, "當年": 0, "全年": 0, "同年": 0, "年初": 0, "年底": 0,
    "年末": 0,
    "年内": 0, "本期": 0, "本学期": 0, "本學期": 0, "本学年": 0, "本學年": 0, "下学期": 0, "下學期": 0,
    "去年": -1, "上年": -1, "上一年": -1, "过去的一年": -1, "过去一年": -1, "过去的一学年": -1,
    "全学年": 0, "全學年": 0, "下学年": 1, "下學年": 1, "下一学年": 1, "下一學年": 1,
    "过去一学年": -1, "上学期": 0, "上學期": 0, "上学年": -1, "上學年": -1, "前年": -2, "明年": 1, "次年": 1,
}  # fmt: skip
_ROC_OFFSET: Final = 1911  # 民國元年 is 1912
_DATELINE: Final = regex.compile(r"((?:19|20)[0-9]{2})年[0-9]{1,2}月[0-9]{1,2}日")
# A line that is only a date of year and month (二〇〇六年四月, （2020年3月）): the document's
# date under its title or at its end.
_DATE_LINE: Final = regex.compile(
    rf"^[ \t\u3000]*[(（]?((?:19|20)[0-9]{{2}}|(?:一九|二[〇零○])[{_CN_DIGIT}]{{2}})年"
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9]{1,2}日|[一二三四五六七八九十]{1,3}日)?[)）]?[ \t\u3000]*$"
)
# A five-year plan's own title (“十四五”教育事业发展规划): issued in the plan's first year.
_PLAN_TITLE: Final = regex.compile(
    r"十([一二三四五]?)五[”\"]?.{0,30}(?:规划|規劃)(?:纲要)?(?:[（(][^）)]{0,8}[）)])?\s*$"
)
_PLAN_FIRST_YEARS: Final = {"": 2001, "一": 2006, "二": 2011, "三": 2016, "四": 2021, "五": 2026}
# (a year after 到 is a deadline, but not where a change arrived: 由2020年的92.3%提高到2024年的97.6%)
_REPORTED_YEAR: Final = regex.compile(
    r"(?:(?<=(?:增加|提高|提升|下降|减少|降低|上升|增长)(?:到|至))|(?<![到至\-—~/0-9]))"
    r"((?:19|20)[0-9]{2})年(?!以前|之前|前)"
)
# Republic-calendar years of Taiwan texts: 民國一百年, 一一二學年度, 112年度. The lookahead names the
# characters a match can start with, so the scan skips the rest of the text (~3x faster).
_ROC_YEAR: Final = regex.compile(
    rf"(?=[民0-9{_CN_DIGIT}十百])(?:民[国國]([0-9]{{2,3}}|[{_CN_DIGIT}十百]{{2,5}})年|([0-9]{{2,3}}|[{_CN_DIGIT}十百]{{2,5}})(?:[学學]年|(?<=1[0-4][0-9])年度))"
)
_CN_YEAR: Final = regex.compile(r"(二[〇零○][一二三四五六七八九〇零○]{2})年")
_YEAR_DIGITS: Final = str.maketrans(_CN_DIGIT, "000123456789")
_BLANKS: Final = regex.compile(r"\s+")


def writes_masked_years(text: str, start: int = 0) -> bool:
    """True when the text from `start` writes its years masked (20xx年, xxxx年) at least as often
    as real ones: a template or an anonymised copy, whose real years (a page title's) are not
    its own. A plan's one `20xx年前` among real years does not count."""
    masked = len(MASKED_YEAR.findall(text, start))  # findall: no match objects, ~2x faster
    return masked > 0 and masked >= len(_REPORTED_YEAR.findall(text, start))


Period = tuple[int | None, bool]  # a year relative words resolve against; True when written


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str  # as written, without the blanks a PDF put inside it (XX⏎年 → XX年)
    year: int | None
    relative: str | None  # the relative word, when the year came from the document's year

    @property
    def written_year(self) -> bool:
        """True when the mention writes a year (2025年, 20xx年, 一九八三年), not a relative word."""
        return self.relative is None and _WRITTEN_YEAR.search(self.text) is not None


# (a Republic year of a Taiwan text, 113年度, 112學年度, is written as much as 2024年)
_WRITTEN_YEAR: Final = regex.compile(
    rf"(?:19|20)[0-9xX*]{{1,2}}|[xX*]{{1,4}}[ ]?年|[{_CN_DIGIT}]{{2,4}}[学學]?年|民[国國]"
    r"|(?<![0-9])1[0-4][0-9][学學]?年"
)


def _year_value(token: str) -> int | None:
    """2025 → 2025; 二〇二四 → 2024; a masked year → None."""
    token = _BLANKS.sub("", token)
    digits = token.translate(_YEAR_DIGITS)
    return int(digits) if len(digits) == 4 and digits.isdigit() else None


# Words for the year under review (过去的一年, 全区…): the period's own year where a heading or
# the title writes it, else the year before the one the document speaks from.
# Words that count from the day the text is spoken or written (not from the year it reviews).
_DEICTIC: Final = frozenset({"今年", "去年", "明年", "前年"})
_PAST_YEAR: Final = frozenset({"过去的一年", "过去一年", "过去的一学年", "过去一学年", "过去的一學年", "过去一學年"})


def _year_of(found: regex.Match[str], period: Period) -> int | None:
    base_year, written = period
    relative = found.group("relative")
    if relative in _PAST_YEAR and written and base_year is not None:
        return base_year
    year = found.group("year")
    if year:
        return _year_value(year)
    roc = found.group("roc")
    if roc:
        try:
            number = int(parse_number(roc))
        except (NumberError, ValueError):
            return None
        return number + _ROC_OFFSET
    if base_year is None:
        return None
    if found.group("month_lead"):
        return base_year  # 3月，… under 1958年: that year's March
    if relative:
        return base_year + _RELATIVE_OFFSETS.get(relative.removesuffix("度"), 0)
    if found.group("each"):
        return base_year  # 每天4元 in a 2016 report: per day, in 2016
    ago = found.group("ago")
    if ago:
        try:
            return base_year - int(parse_number(ago))
        except (NumberError, ValueError):
            return None
    return None


def _is_time(found: regex.Match[str]) -> bool:
    """A Republic year must fall in the calendar's modern range (民國38年 onwards): 三十学年 is
    no year."""
    roc = found.group("roc")
    if not roc:
        return bool(found.group(0))
    try:
        number = int(parse_number(roc))
    except (NumberError, ValueError):
        return False
    return 38 <= number <= 150 or roc.startswith("民")


def infer_doc_year(text: str, title_end: int = 0) -> int | None:
    """The year a document speaks from: a dateline, else the latest year the text reports on
    (a year written as a deadline, 到2025年, does not count). None when nothing tells — and
    when the body writes its years masked (20xx年): a real year then comes from the copy's page
    title, not from the document. A year only the title writes (`title_end`) is the copy's
    label too."""
    head = text[:3000]
    dateline = _DATELINE.findall(text[-400:]) or _DATELINE.findall(head[:300])
    if dateline:
        return int(dateline[-1])
    for line in [*head[:300].splitlines(), *text[-200:].splitlines()]:
        written = _DATE_LINE.match(line)
        if written:
            return _year_value(written.group(1))
    plan = _PLAN_TITLE.search(text, 0, title_end) if title_end else None
    if plan is not None:
        return _PLAN_FIRST_YEARS[plan.group(1)]
    if writes_masked_years(text, title_end):
        return None
    years = Counter(int(year) for year in _REPORTED_YEAR.findall(text, title_end))
    title_years = {int(year) for year in _REPORTED_YEAR.findall(text, 0, title_end)}
    if not years or title_years & set(years):  # the body confirms the title (or has no years)
        years.update(title_years)
    for cn_year in _CN_YEAR.findall(head):
        value = _year_value(cn_year)
        if value is not None:
            years[value] += 1
    for found in _ROC_YEAR.finditer(head):
        try:
            number = int(parse_number(found.group(1) or found.group(2)))
        except (NumberError, ValueError):
            continue
        if 38 <= number <= 150:
            years[number + _ROC_OFFSET] += 1
    reported = [year for year in years if 1949 <= year <= 2100]
    return max(reported) if reported else None


_LINE_BREAK: Final = regex.compile(r"\n")


class TimeIndex:
    """Time mentions of one document, found on demand in the spans asked about.

    Only the sentences and headings around figures are ever read, so a long document with
    few figures costs little; each span is scanned once. Relative words resolve against
    `period(offset)`: the year of the period the text at `offset` reports on, and whether a
    heading or the title writes it (else it is the document's year)."""

    def __init__(
        self, text: str, period: int | Callable[[int], Period] | None, speaking_year: int | None = None
    ) -> None:
        self.text = text
        self._period: Callable[[int], Period] = period if callable(period) else lambda _: (period, False)
        # a speech's 今年/去年/明年 count from the day it is given, whatever year a section reviews
        self._speaking_year = speaking_year
        self._cache: dict[tuple[int, int], list[TimeMention]] = {}
        self._starts: dict[tuple[int, int], list[int]] = {}
        self._line_starts: list[int] | None = None

    def line_start(self, offset: int) -> int:
        """Start of the line holding `offset`, by bisecting the line breaks (found once):
        `rfind("\\n")` from every figure of a million-character line would be quadratic."""
        if self._line_starts is None:
            self._line_starts = [0] + [found.end() for found in _LINE_BREAK.finditer(self.text)]
        return self._line_starts[bisect.bisect_right(self._line_starts, offset) - 1]

    def starts(self, start: int, end: int) -> list[int]:
        """Start offsets of `within(start, end)`, for bisecting."""
        key = (start, end)
        if key not in self._starts:
            self._starts[key] = [mention.start for mention in self.within(start, end)]
        return self._starts[key]

    def within(self, start: int, end: int) -> list[TimeMention]:
        key = (start, end)
        if key not in self._cache:
            base = self._period(start)
            speaking = (self._speaking_year, True) if self._speaking_year is not None else base
            self._cache[key] = [
                TimeMention(
                    found.start(),
                    found.end(),
                    _BLANKS.sub("", found.group(0)),
                    _year_of(found, speaking if found.group("relative") in _DEICTIC else base),
                    found.group("relative"),
                )
                for found in time_expressions(self.text, start, end)
                if _is_time(found)
            ]
        return self._cache[key]


# ---------------------------------------------------------------------------------------------
# Choosing a figure's time


_DUE: Final = ("底前", "末前", "日前")  # 2025年底前, 9月1日前: a deadline (目前, 5年前 are none)
_APPOSITION: Final = 3  # characters between a time and a span that restates it
_NEAREST: Final = 4  # time mentions on each side of a figure worth looking at
_HEADER_REACH: Final = 12  # table rows between a cell and its header
# A whole period named without its year (全年, 全年度): the year the sentence named before it.
_WHOLE_PERIOD: Final = frozenset({"全年", "全年度"})
_YEAR_WORDS: Final = frozenset({"去年", "今年", "本年", "当年", "明年"})  # 上年度保留数 names what it keeps
_ROW_MAX: Final = 4000  # characters of a table row whose cells are aligned with a header's columns
_ITEM_REACH: Final = 200  # characters looked back for the start of an enumerated item
# A new item of an enumeration inside one sentence: ；第二， / ；二是 / ；其次.
_NEXT_ITEM: Final = regex.compile(r"[；;]\s*(?:第[二三四五六七八九十]|[二三四五六七八九十]是|其次|再次|再者|最后)")
_TOPIC_REACH: Final = 16  # characters: 2024年，全县… / 今年，要…: a time opening the paragraph
_ENTRY_LABEL: Final = regex.compile(r"【[^】\n]{1,12}】[ \t\u3000]*")


def decide_time(
    candidate: Candidate,
    role: str,
    clause_right: str,
    sentence: Span,
    outline: Outline,
    times: TimeIndex,
) -> tuple[TimeMention | None, str]:
    """(the time mention governing a figure, why): its clause, else its sentence, else its
    paragraph's opening, else its section's heading, else the document title."""
    if candidate.kind in {"date", "duration"}:
        return None, "dates and durations carry no time of their own"
    if candidate.in_table:
        column = _column_time(candidate, times)
        if column is not None:
            return column, "the year heading the table column"
        row = _row_time(candidate, times)
        if row is not None:
            return row, "the year labelling the table row"
    # The whole sentence counts (到2025年，…：…；…达到60%以上), found once per sentence; only the
    # few mentions nearest the figure are looked at, so a sentence of thousands stays cheap.
    mentions = times.within(sentence.start, sentence.end)
    if mentions:  # most sentences of a long text write no time: straight to the context's
        found = _in_sentence(candidate, role, clause_right, sentence, mentions, times)
        if found is not None:
            return found
    carried = _previous_sentence_time(sentence.start, times)
    if carried is not None:
        return carried, "the previous sentence's time (the sentence goes on about it)"
    topic = _paragraph_topic(candidate.start, times)
    section = outline.section_at(candidate.start)
    if topic is not None and (
        topic.written_year or section is None or section.time is None or not section.time.written_year
    ):
        return topic, "the time opening its paragraph"
    # 一、2024年工作回顾⏎去年，…。新增学位900个: a relative word opening the paragraph dates its own
    # sentence; the later ones take the year the heading writes (ANNOTATION.md)
    if section is not None and section.time is not None and section.time_heading is not None:  # set together
        return section.time, f"the heading {section.time_heading.text[:20]}"
    if outline.title_time is not None:
        return outline.title_time, "the document title"
    return None, "no time in its sentence, section or title"


def _in_sentence(
    candidate: Candidate,
    role: str,
    clause_right: str,
    sentence: Span,
    mentions: list[TimeMention],
    times: TimeIndex,
) -> tuple[TimeMention, str] | None:
    """The time of the figure's own sentence, from the mentions `within` found there, if one governs it."""
    text = times.text
    index = bisect.bisect_left(times.starts(sentence.start, sentence.end), candidate.start)
    nearby = mentions[max(0, index - _NEAREST) : index + _NEAREST]
    in_sentence = [mention for mention in nearby if mention.end <= candidate.start or mention.start >= candidate.end]
    comparison = [mention for mention in in_sentence if _is_comparison(mention, text)]
    if role == "reference" and comparison:
        return min(comparison, key=lambda mention: abs(mention.start - candidate.start)), "the baseline's time"
    usable = [
        mention
        for mention in in_sentence
        if mention not in comparison and not _frequency_elsewhere(mention, candidate.start, text)
    ]
    before = [mention for mention in usable if mention.end <= candidate.start]
    if before:  # only a time before the figure needs its item's start (most figures have none)
        item_start = _item_start(text, sentence.start, candidate.start)
        before = [mention for mention in before if item_start <= mention.start]
    if before:
        before = [mention for mention in before if not _bracketed_away(text, mention, candidate.start)]
    if before:
        chosen = before[-1]
        if chosen.text.startswith("每"):
            # 2025年底前，…每生每年提高到1500元: a deadline says by when the rate is reached; a yearly sum
            # that is no rate per head (由2026-27年度起每年預留…, 114至117學年度每年補助…): the year before it
            deadlines = [mention for mention in before if mention.text.startswith("到") or mention.text.endswith(_DUE)]
            per_head = text[max(0, chosen.start - 2) : chosen.start].startswith("每")  # 每生每年, 每人每月
            written = [m for m in before if m.written_year and not m.text.startswith("每")]
            dated = [] if per_head else written
            chosen = deadlines[-1] if deadlines else dated[-1] if dated else chosen
            if per_head and chosen.text.startswith("每") and written and written[-1].year != chosen.year:
                # 2024年，将补助标准提高到每人每月1000元 in a report on 2023: per month, of 2024
                chosen = replace(chosen, year=written[-1].year)
        if len(before) > 1 and chosen.text.endswith(("内", "来")) and chosen.start - before[-2].end <= _APPOSITION:
            chosen = before[-2]  # “20xx年——20xx年”三年内: the span restates the years before it
        if chosen.text in _WHOLE_PERIOD and len(before) > 1:
            # 111年度…，全年度實現數…; 去年，…；全年共有…: the whole of the year the sentence named
            named = [
                mention
                for mention in before[:-1]
                if (mention.written_year or mention.relative in _YEAR_WORDS)
                and mention.text.endswith(("年", "年度"))
                and not mention.text.endswith("半年")  # 上半年…；全年: half a year is no year
            ]
            chosen = named[-1] if named else chosen
        return chosen, "the nearest time before it in its sentence"
    clause_end = candidate.end + len(clause_right)
    after = [
        mention
        for mention in usable
        if candidate.end <= mention.start < clause_end and not mention.text.startswith("每")
    ]  # 9.38万名学生每天享受营养餐: a frequency after a count divides what follows, not the count
    if after:
        return after[0], "a time after it in its clause"
    return None


_BRACKET_BEFORE: Final = 16  # characters between an opening bracket and a time it holds
_BRACKET_AFTER: Final = 40  # characters from the time to the bracket that closes it


def _bracketed_away(text: str, mention: TimeMention, figure_start: int) -> bool:
    """Whether a time stands inside brackets that say more than it and close before the figure
    (每生每天3元（2014年11月起提高到4元）的标准，为78所学校…): it dates what the brackets say,
    not the figures after them. A bracket holding only the time (入学率（2020年）为99.2%) dates on."""
    before = text[max(0, mention.start - _BRACKET_BEFORE) : mention.start]
    opened = max(before.rfind("（"), before.rfind("("))
    if opened < 0 or "）" in before[opened:] or ")" in before[opened:]:
        return False
    after = text[mention.end : min(figure_start, mention.end + _BRACKET_AFTER)]
    closes = [index for index in (after.find("）"), after.find(")")) if index >= 0]
    return bool(closes) and min(closes) >= 2


_SIMPLIFIED_TO_TRADITIONAL: Final = {simple: traditional for traditional, simple in TRADITIONAL_CUE_CHARACTERS.items()}
# the openers as written in either script (同時, 與此同時, 並且)
_CONTINUING: Final = re.compile(
    "|".join(
        "".join(
            f"[{char}{_SIMPLIFIED_TO_TRADITIONAL[char]}]" if char in _SIMPLIFIED_TO_TRADITIONAL else char
            for char in opener
        )
        for opener in CONTINUING_OPENERS
    )
)
_CONTINUING_FIRST: Final = frozenset(
    char for opener in CONTINUING_OPENERS for char in (opener[0], _SIMPLIFIED_TO_TRADITIONAL.get(opener[0], opener[0]))
)
_SENTENCE_END: Final = re.compile(r"[。！？!?\n]")
_PREVIOUS_REACH: Final = 300  # characters of the previous sentence looked at
_PREVIOUS_STEPS: Final = 3  # sentences walked back through a chain of 其中…。同时…。


def opens_continuing(text: str, sentence_start: int) -> bool:
    """The sentence at `sentence_start` opens with 其中/同时/此外 (in either script, after blanks): it
    breaks down or adds to the sentence before it."""
    opening = sentence_start
    while opening < len(text) and text[opening] in " \t\u3000\n":
        opening += 1
    return text[opening : opening + 1] in _CONTINUING_FIRST and _CONTINUING.match(text, opening) is not None


def _previous_sentence_time(sentence_start: int, times: TimeIndex) -> TimeMention | None:
    """The time of the sentence before one that opens with 其中/同时/此外 (a breakdown of it or an
    addition to it): the last time written there that is neither a baseline nor a frequency."""
    text = times.text
    current = sentence_start
    for _ in range(_PREVIOUS_STEPS):
        if not opens_continuing(text, current):
            return None
        stop = current  # the previous sentence ends at its terminator, just before this one
        while stop > 0 and text[stop - 1] in " \t\u3000\n":
            stop -= 1
        window = max(0, stop - _PREVIOUS_REACH)
        previous_start = window
        for found in _SENTENCE_END.finditer(text, window, max(window, stop - 1)):
            previous_start = found.end()
        mentions = [
            mention
            for mention in times.within(previous_start, stop)
            if not _is_comparison(mention, text) and not mention.text.startswith("每")
        ]
        if mentions:
            return mentions[-1]
        current = previous_start
    return None


def _item_start(text: str, sentence_start: int, offset: int) -> int:
    """Where the enumerated item holding `offset` starts within its sentence (…；第二，…): a
    time written in an earlier item does not date this one. Looks back a bounded stretch."""
    window_start = max(sentence_start, offset - _ITEM_REACH)
    start = window_start
    for found in _NEXT_ITEM.finditer(text, window_start, offset):
        start = found.end()
    return start if start > window_start else sentence_start


# A table row labelled by a year or a school year, written bare (1985 | 256, 2022/2023 | 19,555).
_ROW_YEAR: Final = re.compile(r"[ \t]*((?:19|20)[0-9]{2})(?:[/\-–](?:19|20)?[0-9]{2})?(?:年度?|学年)?[ \t]*(?=\|)")


def _row_time(candidate: Candidate, times: TimeIndex) -> TimeMention | None:
    """The year labelling a table cell's row (年份 | 小学 | 在校生 over 1985 | 256 | 29400)."""
    line_start = times.line_start(candidate.start)
    label = _ROW_YEAR.match(times.text, line_start, candidate.start)
    if label is None:
        return None
    written = label.group(0).strip()
    start = times.text.index(written, line_start)
    return TimeMention(start, start + len(written), written, int(label.group(1)), None)


def _column_time(candidate: Candidate, times: TimeIndex) -> TimeMention | None:
    """The year heading a table cell's column (指标 | 2015年 | 2019年 over 率（%） | 78.5 | 88.2)."""
    text = times.text
    line_start = times.line_start(candidate.start)
    if candidate.start - line_start > _ROW_MAX:
        return None  # no table is this wide: counting its columns from every cell would be quadratic
    column = text.count("|", line_start, candidate.start)
    position = line_start - 1
    for _ in range(_HEADER_REACH):
        if position <= 0:
            return None
        header_start = times.line_start(position)
        if position - header_start > _ROW_MAX:
            return None
        header = text[header_start:position]
        if "|" not in header:
            return None  # the table ended: a year above it heads no column of this one
        if header.count("|") >= column and _WRITTEN_YEAR.search(header):
            cells = header.split("|")
            cell_start = header_start + sum(len(cell) + 1 for cell in cells[:column])
            mentions = times.within(cell_start, cell_start + len(cells[column]))
            if mentions:
                return mentions[0]
            if not _NUMBER_CELL.fullmatch(cells[column]):
                return None  # the header, with no year over this column
            # a row of numbers above (小学|1200|1300: 200 reads like a year): the header is higher up
        position = header_start - 1
    return None


_NUMBER_CELL: Final = re.compile(r"[\s\u3000]*[-+−—–]?[0-9０-９][0-9０-９,，.．\s]*%?[\s\u3000]*|[\s\u3000]*")


def _paragraph_topic(offset: int, times: TimeIndex) -> TimeMention | None:
    """The time that opens the figure's paragraph as its topic (今年，要确保…), if any."""
    text = times.text
    line_start = times.line_start(offset)
    while line_start < offset and text[line_start] in " \t\u3000":
        line_start += 1
    label = _ENTRY_LABEL.match(text, line_start, offset) if text.startswith("【", line_start) else None
    if label:  # 【概况】 2021年，全市…: a yearbook entry's label stands before its topic
        line_start = label.end()
    if text[line_start : line_start + 1] in _TOPIC_PREPOSITIONS:
        line_start += 1  # 在2023-24財政年度，…: 在 opens the topic, the time follows it
    if not _TIME_FIRST.match(text, line_start):
        return None  # no time starts the paragraph (TIME_EXPRESSION opens with this class)
    for mention in times.within(line_start, min(offset, line_start + _TOPIC_REACH)):
        if mention.start != line_start:
            continue
        after = text[mention.end : mention.end + _TOPIC_REACH]
        if after[:1] in {",", "，"} or _TOPIC_EVENT.match(after):
            return mention  # 今年，要…; 112學年度國中教育會考，…: the year of the paragraph's event
    return None


_TOPIC_PREPOSITIONS: Final = frozenset("在于於")
# A short event named after the opening year, then a comma: 112学年度国中教育会考，…
_TOPIC_EVENT: Final = regex.compile(r"\p{Han}{2,10}(?:会考|考试|中考|高考|招生|统考|评估|检测|测试)[，,]")


# 与2022年度决算相比, 同上年相比, 和去年比较: the time of the baseline
# 与上年相比; 均与上学年相当, 与去年持平: a level the same as that time's is compared with it too
_COMPARED_AFTER: Final = re.compile(r"[^,，。;；:：]{0,10}?(?:相比|比较|相较|相当|相當|持平|相同|大致相同)")


# 是2020年的2.1倍, 分别是上年的1.5倍和1.3倍, 为上年的112%: a multiple or share of that time's amount
_MULTIPLE_OF_AFTER: Final = re.compile(r"的[0-9.一二两三四五六七八九十]+(?:倍|%|％)")


def _is_comparison(mention: TimeMention, text: str) -> bool:
    before = text[max(0, mention.start - 1) : mention.start]
    if not before:
        return False
    if before in "比较較由从從":  # 比上年, 由上年的…: the baseline's time
        return before in "比较較" or not mention.text.endswith(("起", "开始"))  # 由2031年起: a start
    if before in "是为為" and _MULTIPLE_OF_AFTER.match(text, mention.end):
        return True  # 是2020年的2.1倍, 为上年的112%: the year the figure is a multiple of
    if before in "在於于" and _BASE_AFTER.match(text, mention.end):
        return True  # 在2022年基础上再下降1个百分点: the year the change starts from
    return before in "与與同和跟" and _COMPARED_AFTER.match(text, mention.end) is not None


_BASE_AFTER: Final = re.compile(r"的?(?:基础上|基礎上|水平上)")


def _frequency_elsewhere(mention: TimeMention, candidate_start: int, text: str) -> bool:
    """每周/每年… in an earlier clause than the figure's: a frequency of something else (每周一次，
    全校共听课410节), not the figure's time."""
    return mention.text.startswith("每") and _CLAUSE_BREAK.search(text, mention.end, candidate_start) is not None


# re, not regex, for a character class or an anchored match on a figure's short texts: 2-4x
# less per call; word alternations stay with regex, which scans for them much faster.
_CLAUSE_BREAK: Final = re.compile(r"[,，;；。:：\n]")
