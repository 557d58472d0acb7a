"""Role: is a figure the level of its metric, a change against another time, or the baseline?"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import regex

from .context import FigureContext
from .lexicon.cues import (
    BASELINE_AHEAD_VERBS,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    EARLIER_TIME,
    FORMER_STATE,
    RATE_NAME_PREFIXES,
    REFERENCE_CUES,
    TO_LEVEL,
)
from .lexicon.units import alternation
from .metric import APART_FROM_A_LINE, is_change_column
from .modality import fold
from .models import Role

# 新 before a verb makes one word with its first character (新增多媒体教室: 新增 + 多媒体, no 增多).
_CHANGE: Final = regex.compile(
    r"(?<!新)(?<!\L<names>)(?P<verb>\L<verbs>)(?P<after>[^到至为达成]{0,12})$",
    verbs=alternation(CHANGE_VERBS),
    names=alternation(RATE_NAME_PREFIXES),
)
# …or a rate the verb names (压减率95.8%, 撤并率30%): 率 makes the verb a noun, the figure its level
_TO_LEVEL_AFTER: Final = regex.compile(r"^(?:了)?(?:\L<words>)|^率", words=list(TO_LEVEL))
# ...or another place's or group's figure: 比全省平均水平的95.2%高出, 较小学的HK$91,300高出
# A rate per head or per year may stand between 由/从 and the baseline (从每生每年2000元提高到2300元).
_PER: Final = r"(?:生均|人均|每(?:生|人|名|校|所|班)(?:每(?:年|月|天|日|学期|学年))?|每(?:年|月|天|学期|学年))"
_REFERENCE: Final = regex.compile(
    rf"(?:(?:\L<cues>){EARLIER_TIME}?|(?:由|从){_PER}|(?:比|较){EARLIER_TIME}(?:同期)?)(?:的)?[(（]?$"
    r"|(?:比|较)(?![例重率赛如较])[^，。,;；]{1,10}的$"
    # 较112年度法定预算94亿元增列…: an earlier year's budget or outturn, named without 的
    # …and a rate or a revised estimate so named (较110年度执行率62.4%提升, 较2023-24年度的修订预算2.86亿元增加)
    rf"|(?:比|较){EARLIER_TIME}的?[^，。,;；的]{{0,6}}(?:预算数?|决算数?|执行数|修订预算|率)$",
    cues=alternation(REFERENCE_CUES),
)
# 招生46608人(上年为38307人): the previous year's figure in parentheses is the baseline.
_PREVIOUS_IN_PARENS: Final = regex.compile(rf"[(（]{EARLIER_TIME}(?:同期)?(?:为|是|有|的)?$")
_CHANGE_AHEAD: Final = regex.compile(r"\L<verbs>", verbs=alternation([*CHANGE_VERBS, *BASELINE_AHEAD_VERBS]))
_REFERENCE_IN_PARENS: Final = regex.compile(r"(?:比|较)[^,，。;；()（）]{1,6}[(（]$")
# 比去年多了十二个, 比公务员的津补贴还要多3600元: what stands between 比 and 多 is the thing compared.
# 比上年多招收新生1200人: a short verb phrase may follow 多/少. Not 比例, 比重; not 不少, 至少.
_COMPARED_MORE: Final = regex.compile(
    r"(?:比|较)(?![例重率赛如较])[^，,。；;]{1,24}"
    r"(?:(?<![不至最])(?:多|少)(?:了|出)?(?!于)\p{Han}{0,4}|(?<![提升])高(?:了|出)?|(?<![降减])低(?:了|出)?"
    # a schedule or a level behind or ahead of another (比计划进度滞后12个百分点, 较全市领先3位)
    r"|(?:滞后|落后|超前|领先)了?)"
    r"(?:约|大约|近|将近)?$"  # 比全国平均水平低约4个百分点: an about between the comparison and its size
)
# 低于全省平均水平0.8个百分点: percentage points above or below something are a difference.
_POINTS_APART: Final = regex.compile(r"(?:高于|低于|超过|超出|多于|少于)")
_CHANGE_NOUN: Final = regex.compile(
    r"(?<!\L<names>)(?P<noun>\L<nouns>)(?:为|达到|达|是|约|超过)?$",
    nouns=alternation(CHANGE_NOUNS),
    names=alternation(RATE_NAME_PREFIXES),
)
# 由3000人调整为2600人, 从12所撤并为9所: the figure after 由/从 is where the change started.
# The baseline may carry its bound (由2018年约6.8万人减至…, 由1993年的不足20%提高到…).
# A word for the former state may stand before it (由原来的50人减至45人, 从现有的19所调整为17所).
_FORMER: Final = "(?:" + "|".join(alternation(FORMER_STATE)) + ")"
_FROM: Final = regex.compile(rf"(?:由|从)(?:{EARLIER_TIME}|{_FORMER})?(?:的)?(?:约|大约|近|逾|不足|不到|超过)?$")
# …and where the change is told after a comma (由2031年约7.2万人，逐步下降至…): the baseline may
# carry its bound (约, 近), and the next clause must change it to a level.
_FROM_ABOUT: Final = regex.compile(rf"(?:由|从)(?:{EARLIER_TIME}|{_FORMER})?(?:的)?(?:约|大约|近|逾)?$")
_TO_AFTER_COMMA: Final = regex.compile(
    r"^[，,]\p{Han}{0,8}?(?:\L<verbs>|降|减|增|升|调整|撤并|扩大|缩减)(?:了)?(?:至|到|为)",
    verbs=alternation(CHANGE_VERBS),
)
_AHEAD_REACH: Final = 20
_TO_AHEAD: Final = regex.compile(r"^\p{Han}{1,4}?(?:为|到|至|成)")
# 是2015年的3倍: a multiple of an earlier time is a change against it.
_TIMES_OF: Final = regex.compile(r"(?:是|为|相当于|达到)(?:上年|去年|上一年|同期|[0-9x]{4}年(?:同期)?)的$")
_LIST_JOINERS: Final = frozenset({"、", "和", "及", "与", "，", ","})
# A change verb only governs the figure when little stands between them (比上年增加8301人,
# 高出市内四区平均比例3.56个百分点).
_MAX_GAP: Final = 12

EXAMPLES: list[tuple[str, str, str]] = [
    # after a comma, a count with words of its own after it opens a clause: no item of the list
    ("就餐座位增加1350个，7所寄宿制学校全部实现一人一床", "7所", "level"),
    ("床位增加320张，4所学校新建食堂", "4所", "level"),
    ("语文、数学平均分分别高出2.3分，3.1分", "3.1分", "change"),  # negative: an item of the list
    # a rate a change verb names (压减率95.8%) is the level of that rate
    ("学科类机构压减至9家，压减率95.8%", "95.8%", "level"),
    ("全县学校撤并至40所，撤并率30%", "30%", "level"),
    ("学科类机构压减95.8%", "95.8%", "change"),  # negative: the verb itself
    # a rate per head or per year between 从/由 and the baseline (从每生每年2000元提高到2300元)
    ("资助标准从每生每年2000元提高到2300元", "2000元", "reference"),
    ("生均公用经费由每生每年600元提高到800元", "600元", "reference"),
    ("资助标准从每生每年2000元提高到2300元", "2300元", "level"),
    ("按每生每年2000元的标准发放助学金", "2000元", "level"),  # negative: no 从/由
    ("普通高中招生46608人,比上年增加8301人,增长21.67%", "8301人", "change"),
    ("普通高中招生46608人,比上年增加8301人,增长21.67%", "21.67%", "change"),
    ("普通高中招生46608人,比上年增加8301人", "46608人", "level"),
    ("中职招生20800人,比上年(16400人)增加4400人", "16400人", "reference"),
    ("中职招生20800人,比上年(16400人)增加4400人", "4400人", "change"),
    # 新 before a verb's first character makes a word of them: 新增多媒体教室 holds no 增多.
    ("全县新增多媒体教室150间", "150间", "level"),
    ("年内新增多功能活动室36间", "36间", "level"),
    ("今年新增加学位200个", "200个", "level"),
    ("随迁子女比上年增多120人", "120人", "change"),  # negative: 增多 is the verb
    # A cell of a table column of changes (增长, 增减, 比上年增长) is a change.
    ("单位：万元、%\n县区 | 2031年 | 增长\n东城区 | 36,210 | 4.2", "4.2", "change"),
    ("单位：万元、%\n县区 | 2031年 | 比上年增减\n西城区 | 28,115 | -1.6", "-1.6", "change"),
    ("单位：万元、%\n县区 | 2031年 | 增长\n东城区 | 36,210 | 4.2", "36,210", "level"),  # negative
    ("单位：%\n县区 | 入学率 | 巩固率\n东城区 | 99.8 | 97.2", "97.2", "level"),  # negative: no change column
    ("重点高中录取率达19.89%,高出市内四区平均比例3.56个百分点", "3.56个百分点", "change"),
    ("入学率提高到95%", "95%", "level"),
    ("按计划三年翻三番", "翻三番", "change"),
    ("新增学位达到2.8万个", "2.8万个", "level"),
    ("教育经费增幅达15%", "15%", "change"),
    ("全澳學生共76,420人，升幅為2.1%", "2.1%", "change"),
    ("報考人數為5,130人，跌幅達4.6%", "4.6%", "change"),
    ("全港幼稚園學生人數升幅明顯，達9.5萬人", "9.5萬人", "level"),  # negative: the amount after is a level
    ("考上县一中的有四十一人,比去年多了十二个", "十二个", "change"),
    ("平均分分别高出全区平均水平2.3分、3.1分和1.8分", "1.8分", "change"),
    ("辍学率下降0.5个百分点", "0.5个百分点", "change"),
    ("在校生由3000人增加到3500人", "3000人", "reference"),
    ("在校生由3000人增加到3500人", "3500人", "level"),
    ("普通高中在校生由上年的1.05万人增加到1.12万人", "1.05万人", "reference"),
    # Traditional change verbs read like simplified ones.
    ("在校生21.3萬人,比上年增長2.4%", "2.4%", "change"),
    ("招生8.6萬人,比上年減少3.1%", "3.1%", "change"),
    ("全縣共有小學86所,在校生3.2萬人", "3.2萬人", "level"),
    # 由 X 调整为 Y: X is the baseline whatever the verb; Y is the level.
    ("全县初中学校由31所调整为24所", "31所", "reference"),
    # a word for the former state between 由/从 and the baseline
    ("新生班额由原来的50人减至45人", "50人", "reference"),
    ("新生班额由原来的50人减至45人", "45人", "level"),
    ("师生比例由现时的1:12.8改善至1:11.5", "1:12.8", "reference"),
    ("師生比例由現時的1:12.8改善至1:11.5", "1:11.5", "level"),
    ("班额由当前的52人降至45人", "52人", "reference"),
    ("现时的班额为52人", "52人", "level"),  # negative: no 由 before it
    ("农村教学点从现有的19个撤并为12个", "19个", "reference"),
    ("由原有的3名专职督学兼管安全工作", "3名", "level"),  # negative: no change to a level follows
    ("教学点从58个撤并为19个", "58个", "reference"),
    ("全县初中学校由31所调整为24所", "24所", "level"),
    ("学龄人口由2031年约7.2万人减至2036年约6.1万人", "7.2万人", "reference"),
    ("学龄人口由2031年约7.2万人减至2036年约6.1万人", "6.1万人", "level"),
    ("残疾儿童入学率由二〇三一年的不足60%提高到85%", "60%", "reference"),
    ("由县财政拨款约300万元改造校舍", "300万元", "level"),  # negative: 由 names who pays
    ("由3名副校长分管安全工作", "3名", "level"),
    # the change to the level told after a comma
    ("预计学龄人口将由2031年约7.2万人，逐步下降至2036年约6.1万人", "7.2万人", "reference"),
    ("预计学龄人口将由2031年约7.2万人，逐步下降至2036年约6.1万人", "6.1万人", "level"),
    ("在校生从2030年的1.2万人，增加到2032年的1.5万人", "1.2万人", "reference"),
    ("由县财政拨款300万元，用于改造校舍", "300万元", "level"),  # negative: 由 names who pays
    # behind or ahead of a plan or an average (滞后, 落后, 超前, 领先) by so much: a difference
    ("实训楼形象进度比计划进度滞后15个百分点", "15个百分点", "change"),
    ("全县巩固率较全市平均水平落后1.8个百分点", "1.8个百分点", "change"),
    ("全校学业水平较上学期领先4个名次", "4个", "change"),
    ("全县落后薄弱学校还有9所", "9所", "level"),  # negative: 落后 describes the schools, no 比
    ("工程进度滞后的项目有6个", "6个", "level"),  # negative: no comparison
    # 是…的N倍 against an earlier time is a change; against another thing a level.
    ("研究生学历教师人数是2016年的2.5倍", "2.5倍", "change"),
    ("生均图书是上年的1.3倍", "1.3倍", "change"),
    ("本科录取人数相当于同期的2倍", "2倍", "change"),
    ("城区学校班额是农村学校的1.6倍", "1.6倍", "level"),
    # 比…还要多: a difference however long the thing compared.
    ("乡村教师月收入比县城同职称教师的平均工资还要多420元", "420元", "change"),
    ("这所学校的图书比全镇其余学校加在一起还要少300册", "300册", "change"),
    ("全镇教师月收入还要多420元的说法不实", "420元", "level"),
    # 翻了一番 after a list item is still a change; a rank moved or a gap to a goal too.
    ("幼儿园由12所增加到25所,翻了一番多", "翻了一番多", "change"),
    ("全县统考排名比去年前进了四位", "四位", "change"),
    ("质量监测成绩排名第5位,较上年前移3位", "3位", "change"),
    ("中考平均分排名由第9位后移2位", "2位", "change"),
    ("全县中考成绩排名前移至第3位", "第3位", "level"),  # negative: where it moved to
    ("巩固率距省定目标还差0.8个百分点", "0.8个百分点", "change"),
    ("巩固率达到省定目标0.8个百分点以上", "0.8个百分点以上", "level"),
    # 比2015年的14所 before a change verb: the earlier figure is the baseline.
    ("公办园比2016年的22所增加了9所", "22所", "reference"),
    ("招生人数较上年同期的3100人减少了150人", "3100人", "reference"),
    ("公办园比2016年的22所增加了9所", "9所", "change"),
    ("歲出預算較112年度法定預算94億元增列4億元", "94億元", "reference"),
    ("歲出預算較112年度法定預算94億元增列4億元", "4億元", "change"),
    ("執行率75.0%，較110年度執行率62.4%提升12.6個百分點", "62.4%", "reference"),
    ("預留3.2億元，較2033-34年度的修訂預算2.86億元增加約11.9%", "2.86億元", "reference"),
    ("預留3.2億元，較2033-34年度的修訂預算2.86億元增加約11.9%", "11.9%", "change"),
    ("執行率75.0%，較110年度提升12.6個百分點", "12.6個百分點", "change"),
    ("2031年入学率为98.5%，较全省入学率高出1.2个百分点", "98.5%", "level"),
    ("较2030年预算数8.6亿元，执行数为8.9亿元", "8.6亿元", "level"),  # negative: no change verb ahead
    # (上年为38307人): last year's figure in parentheses is the baseline.
    ("普通高中招生2.4万人(上年为2.2万人)", "2.2万人", "reference"),
    ("在校生9.1万人（去年同期为8.7万人）", "8.7万人", "reference"),
    ("普通高中招生2.4万人(其中民办0.3万人)", "0.3万人", "level"),
    # ... and so is the figure after an earlier year written the old way, or a school year.
    ("小学辍学率由一九八九年的4.1%下降到1.2%", "4.1%", "reference"),
    ("平均班額為26.8人，較2020/21學年的28.3人減少1.5人", "28.3人", "reference"),
    ("近视率为51.7%，较2019/2020学年的55.2%下降3.5个百分点", "55.2%", "reference"),
    ("专任教师为812人，比2018-2019学年度的776人增加36人", "776人", "reference"),
    ("本学年近视率为51.7%，2019/2020学年为55.2%", "55.2%", "level"),  # negative: no comparison
    ("代理教師比率由109學年度的17.2%降至113學年度的13.5%", "17.2%", "reference"),
    ("代理教師比率由109學年度的17.2%降至113學年度的13.5%", "13.5%", "level"),
    ("全县教师比一九九二年增加了86人", "86人", "change"),
    # ... and so is another place's or group's figure after 比/较 and 的, before a change
    ("全县巩固率比全省平均水平的95.2%高出1.3个百分点", "95.2%", "reference"),
    ("中學生均成本較小學的9.1萬元高出約三成", "9.1萬元", "reference"),
    ("中學生均成本較小學的9.1萬元高出約三成", "三成", "change"),
    ("比赛的获奖作品共120件", "120件", "level"),
    # a baseline before a verb of getting better or worse (较前年的21%明显改善)
    ("教师流动率去年为16%，较前年的21%明显改善", "21%", "reference"),
    ("近视率为52.3%，比上年的54.1%有所好转", "54.1%", "reference"),
    ("改善办学条件投入3000万元", "3000万元", "level"),
    # Growth rates named as nouns are changes.
    ("教育经费年均增长率为7.6%", "7.6%", "change"),
    ("全县人口自然增长率控制在6.2‰以内", "6.2‰以内", "level"),  # 自然增长率 names a level
    ("全市人口自然增长率为5.2‰", "5.2‰", "level"),
    ("人口自然增长率比上年下降0.3个百分点", "0.3个百分点", "change"),  # negative: a change verb of its own
    ("全市常住人口比上年增长0.8%", "0.8%", "change"),  # negative: 增长 without 自然
    ("在校生减少到1.9万人,减幅为3%", "3%", "change"),
    ("教育经费占财政支出的比例为17%", "17%", "level"),
    # 比上年多招收: a short verb may follow 多/少; 比例, 不少于 and 至少 compare nothing.
    ("今年比上年多招收新生450人", "450人", "change"),
    ("比去年少支出经费120万元", "120万元", "change"),
    ("师生比例为1比13,教师不少于280人", "280人", "level"),
    # Percentage points above or below another level are a difference.
    ("巩固率低于全市平均水平0.6个百分点", "0.6个百分点", "change"),
    ("离职率为8.9%，比全国同类院校平均水平低约4个百分点", "4个百分点", "change"),
    ("生均经费比全省平均高近300元", "300元", "change"),
    ("专任教师比上年多约120人", "120人", "change"),
    ("全县约有教师3200人", "3200人", "level"),  # negative: 约 with no comparison before it
    ("优秀率超过全省平均2.1个百分点", "2.1个百分点", "change"),
    ("巩固率低于全市平均水平的98.5%", "98.5%", "level"),
    # Points above or below a control line or an average are a difference.
    ("物理类最低录取分数为526分，超出省本科控制线81分", "81分", "change"),
    ("我县中考平均分高于全市平均分12.5分", "12.5分", "change"),
    ("合同金额超出预算126.8万元", "126.8万元", "level"),  # money over a budget: the overrun itself
    ("物理类最低录取分数为526分", "526分", "level"),
]


def decide_role(context: FigureContext) -> tuple[Role, str]:
    """(role, why) for one figure."""
    candidate = context.candidate
    if candidate.kind in {"date", "duration"}:
        return "level", "dates and durations"
    if candidate.in_table and is_change_column(context.text, context.line_start, candidate.start):
        return "change", "a cell of a column of changes (增长)"
    baseline = _by_sentence(context.sentence_left, context.clause_right)
    if baseline:
        return baseline
    if not context.clause_right and _FROM_ABOUT.search(context.sentence_left[-16:]):
        # 由2031年约7.2万人，逐步下降至…: the change to the level follows after a comma
        ahead = context.text[candidate.end : candidate.end + _AHEAD_REACH]
        if _TO_AFTER_COMMA.match(fold(ahead)):
            return "reference", "baseline: 由 X，…下降至 Y"
    if context.written.startswith("翻"):
        return "change", "翻N番"
    # Only a one-character gap can be a joiner: the slice is never taken across a long sentence.
    joined = context.previous and candidate.start - context.floor == 1
    gap = context.text[context.floor : candidate.start] if joined else ""
    if gap in _LIST_JOINERS and context.previous[-1].role != "reference" and not _opens_clause(context, gap):
        return context.previous[-1].role, "item of a list: the role of the first item"  # 高出2.3分、3.1分
    return _by_clause(candidate.kind, context.clause_left)


def _opens_clause(context: FigureContext, gap: str) -> bool:
    """增加1350个，7所寄宿制学校全部实现…: after a comma, a figure with words of its own after it
    (a count before what it counts) opens a clause, it is no item of the list before."""
    after = context.text[context.candidate.end : context.candidate.end + 1]
    return gap in "，," and after not in _LIST_AFTER and _HAN_CHAR.match(after) is not None


_LIST_AFTER: Final = frozenset("和及与、，,。；;")
_HAN_CHAR: Final = regex.compile(r"\p{Han}")


# Both helpers are pure functions of the local text, cached: the figures of a flattened table
# or a long list read the same sentence and clause texts over and over.
@lru_cache(maxsize=4096)
def _by_sentence(sentence_left: str, clause_right: str) -> tuple[Role, str] | None:
    """A baseline, read from the sentence before the figure and its clause after it."""
    left = fold(sentence_left)
    clause_right = fold(clause_right)
    if _REFERENCE_IN_PARENS.search(left):
        return "reference", "in parentheses after 比上年"
    if _PREVIOUS_IN_PARENS.search(left):
        return "reference", "in parentheses after 上年为"
    if _REFERENCE.search(left[-16:]) and _CHANGE_AHEAD.search(clause_right):
        return "reference", "baseline: 由/比上年 X 增加到 Y"
    if _FROM.search(left[-16:]) and _TO_AHEAD.search(clause_right):
        return "reference", "baseline: 由 X 调整为 Y"
    return None


@lru_cache(maxsize=4096)
def _by_clause(kind: str, clause_left: str) -> tuple[Role, str]:
    """A change, read from the figure's own clause before it; else a level."""
    clause = fold(clause_left)
    if kind == "multiple" and _TIMES_OF.search(clause):
        return "change", "是…的N倍: a multiple of an earlier time"
    if kind == "percentage_point" and _POINTS_APART.search(clause):
        return "change", "percentage points above or below another level"
    if kind == "other" and APART_FROM_A_LINE.search(clause):
        return "change", "points above or below a line or an average (超出省控线84分)"
    if _COMPARED_MORE.search(clause):
        return "change", "比…多/少: a difference"  # 比去年多了十二个, 比上学期多一倍
    named = _CHANGE_NOUN.search(clause)
    if named:
        return "change", f"change noun {named.group('noun')}"  # 增幅达15% names the change itself
    found = _CHANGE.search(clause)
    if found and len(found.group("after")) <= _MAX_GAP and not _TO_LEVEL_AFTER.match(found.group("after")):
        return "change", f"change verb {found.group('verb')}"
    return "level", "no change verb"
