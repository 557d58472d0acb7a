"""Modality: is a figure a target still to be met, a result reached (actual), or neither (other)?

Decided in tiers, the first that speaks wins:
1. the cue nearest the figure in its own clause: a plan, promise, quota or budget (要/将/确保/
   力争/预算安排…) makes a target, a report (已/了/决算/实际…) a result, a forecast (预计/
   有望, 将 before a verb of reaching) `other`;
2. the nearest cue in the rest of its sentence, then in the lead of a colon list (目标:…;…);
   a clause that tallies (全年共培训…) is not reached by a target of an earlier clause;
3. the header of a table cell's column (2020年目标, 预算数, 决算数, 预计);
4. the kind of the outline section it stands in (outline.py: a plan section → target, unless
   the figure is for a year before the section's own; a summary → actual; the title's kind
   before the first heading), else an imperative numbered heading such as 加强领导 → target;
5. the year the figure refers to (after the document's own year → target),
6. a link verb right before it (入学率为98.67%) or, failing all, `actual`: reports mostly report.
Dates and durations are `other`. Cues are matched on a copy whose traditional cue characters
are folded to simplified ones (將→将, 預計→预计), so converted and unconverted texts read alike.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import regex

from .context import FigureContext, table_lines_above
from .lexicon.cues import (
    ACTUAL_CUES,
    ACTUAL_LINKS,
    ALLOTTING_VERBS,
    FORECAST_CUES,
    FUND_MOVING_VERBS,
    FUND_NOUNS,
    FUND_PLANNING_VERBS,
    GOAL_LINE_VERBS,
    PLAN_HEADING_VERBS,
    PREDICTION_VERBS,
    TARGET_CUES,
    TARGET_LIMITS,
    TRADITIONAL_CUE_CHARACTERS,
    TRADITIONAL_CUE_WORDS,
    WEAK_TARGET_CUES,
)
from .lexicon.markers import EARLIER_ROUNDS
from .lexicon.sections import SectionKind
from .lexicon.units import alternation
from .models import Modality
from .outline import SECTION, Outline, Section
from .timeref import TimeMention, opens_continuing

_FOLD: Final = str.maketrans(TRADITIONAL_CUE_CHARACTERS)


# Any character that fold may change: most clauses hold none, and one C-speed scan for them is
# cheaper than the word checks and the per-character look-ups of translate. The standard
# library's re scans a class of a hundred Han characters about ten times faster than regex
# (which tests each character against the members): fold is called for every figure.
_FOLDABLE: Final = "".join(sorted({*TRADITIONAL_CUE_CHARACTERS, *"".join(TRADITIONAL_CUE_WORDS)}))
_FOLDED: Final = re.compile("[" + re.escape(_FOLDABLE) + "]")


def fold(text: str) -> str:
    """`text` with its traditional cue characters in simplified form; the length is kept."""
    if not _FOLDED.search(text):
        return text
    for traditional, simplified in TRADITIONAL_CUE_WORDS.items():
        if traditional in text:
            text = text.replace(traditional, simplified)
    return text.translate(_FOLD)


# Characters a verb of planning follows (我县计划新建, 全市规划到…); after any other Han
# character 计划/规划 ends a programme's name (营养改善计划, 薄弱学校改造计划建设项目).
# 项目计划总投资: a project's plan, as much as 我县计划.
_SUBJECT_END: Final = "年度月们局市县区省镇乡校府门原共还今拟并也已均再都又将我划目"
_PLAN_VERB_OBJECT: Final = "新建改招投完实开推培用安在到于将要力争逐拟补协扩增总0-9一二两三四五六七八九十全"
_PREDICTION: Final = "(?:会|可能|可)?(?:" + "|".join(alternation(PREDICTION_VERBS)) + ")"
# Characters that are cues only as words of their own: 要 but not 主要/重要/需要.
_GUARDS: Final = {
    # 比公务员还要多3600元 compares, it does not plan
    # 原本要 (meant to) tells a past intention
    "要": r"(?<![主需纲摘提概只紧首])(?<!(?<!比)重)(?<!原本|本来|原来)"
    # 也要看到, 要清醒地认识到: a speaker's aside that opens a problem, no duty
    # 要过八十个 (speech: over eighty) says how many, no duty
    r"(?<!比(?![例重率])[^,，。;；:]{0,20})要(?![求点素闻害么是不])(?!(?:清醒地?)?(?:看到|认识到|注意到))"
    r"(?!过(?:[0-9一二两三四五六七八九十百千]|$))",
    # 最低要求（「33222」）的學生百分比: a requirement named in a noun phrase lays no duty
    # 会议要求，一是…；二是…: what a meeting requires, before the list it governs, is a verb even
    # where a comma follows it (达到…要求，and 按照…会议要求，: a noun closing its clause)
    "要求": (
        r"(?<![按照的合符足高严低])要求(?![的,，。、和及与]|[（(][^（）()]{0,12}[）)]的)"
        r"|(?<![按照据依遵][^,，。；;]{0,20})(?<=会议|会上|大会)要求(?=[,，:：])"
    ),
    # 特殊教育需要 (Hong Kong's special educational needs, SEN) names pupils, it lays no duty
    "需要": r"(?<!的)(?<!教育)需要(?![的,，。])",
    # 将 before a verb of reaching predicts (毕业生将达到26.5万人): a forecast, below
    # 上级下达我县补助资金2860万元: funds handed down are an event; 下达的500万元任务 and 下达计划 set targets
    # 专项资金下达1260万元: the funds named before 下达 are handed down, an event as well
    "下达": r"(?<!资金|经费|补助|专项)下达(?![^，,。；;的]{0,16}(?:资金|经费|补助))",
    # 将专项资金18.6万元用于…: 将 before the money it moves is 把 (an audit finding), not a plan;
    # so is 将 before any funds named and then moved (将教师培训经费12.5万元用于, 将…资金挪作), or
    # named right before the figure, but
    # not 将 before a verb that plans the funds (将统筹资金450万元用于: will pool)
    "将": r"(?<![即])将(?![来军近其此之])(?!(?:专项|补助|上级|结余|财政|项目|奖补)?(?:资金|经费|款项))(?!"
    + _PREDICTION
    + r")(?!(?!"
    + "|".join(FUND_PLANNING_VERBS)
    + r")\p{Han}{1,10}?(?:"
    + "|".join(FUND_NOUNS)
    + r")(?:$|[0-9.,，万亿元余多]{0,12}?(?:"
    + "|".join(FUND_MOVING_VERBS)
    + ")))"  # $: the clause before the figure ends with the funds (将…经费[27万元]用于)
    # 将中小学校建设列入十项民生实事: 将 before what it files under a list or a plan is 把, no tense
    + r"(?![^,，。;；:：]{1,16}?(?:列入|纳入|列为))",
    # 应考, 应聘, 应征 (sit an exam, apply, enlist) are words of their own
    # 应交流人数, 应配教师 (the staff an establishment allows) name a number, not a duty; 应配备 is one
    # (应参检单位148家, 应到学校: the units due, counted)
    "应": (
        r"(?<![相适响供效反对答])应(?![用急对届考聘征试邀])(?!\p{Han}{1,3}(?:人数|数|对象|单位|学校|人员))"
        r"(?!配(?![备齐足套置好]))"
    ),
    "须": r"(?<![必或])须",  # 或须: may need, a possibility (FORECAST_CUES)
    "了": r"(?<![为除])了(?![解])",
    "拟": r"拟(?![定])",
    "准备": r"准备(?!工作|了|好|情况|阶段|期)",  # 镇里准备再拿出20万; 开学准备工作 names a task
    # 再 before a verb is "more, from now on" (再增设3园, 再拿出10万), 又 the past; not 再次, 再创
    "再": r"(?<![一又不])再(?=[增新建投拿开招扩补安给加设聘派配])(?!加上)",
    "已": r"(?<![不而])已(?![经])|已经",
    "确保": r"确保(?!了)",  # 确保了 reports what was ensured
    # 争取上级项目资金1,430万元, 争取到…: funds obtained; the sentence and the section say whether
    # as a result or a plan
    "争取": r"争取(?!到|了|上级|中央|国家|省级|省|市级|市里|各级|各类|项目|专项|资金|债券)",
    # 经过10年努力, 在各方共同努力下: the effort that got a result, not one still to make
    "努力": r"(?<!(?:经过|通过|经)[^,，。;；:]{0,10})努力(?!下)",
    "的目标": r"的目标(?!管理|责任|考核|体系)",  # 目标管理体系 names a system
    # 全部完成年度目标任务: the task is done, a result
    "目标任务": r"(?<!完成(?:了)?(?:年度|全年|各项|既定)?)目标任务",
    "实际": r"(?<![合从切符])实际(?![情况出发需要问])",  # 结合实际 is no outturn
    # 一般公共预算/政府性基金预算/国有资本经营预算 name funds: 政府性基金预算安排… spends from one
    "预算安排": r"(?<!公共|基金|经营)预算安排",
    "预算已安排": r"(?<!公共|基金|经营)(?:年初)?预算已经?安排",  # before 年初预算 takes its 预算
    "预期": r"预期(?!目标|性)",  # 预期性 marks a plan's indicator kind, no forecast
    "会": r"(?<=[府局署方校们])会(?!同|议|商|签|审|计|员|上|中|后|前|期)",  # 政府会…, not 教育局会同
    "去年": r"(?<![比较于])去年",
    # 现有的26个单位 is a state now; 在现有基础上, 利用现有教育资源 name no time. After the place
    # it counts in (全市现有普通高中46所, 我县现有教师3200人) it opens a count of what there is now.
    "现有": r"现有(?=的?(?:[0-9一二两三四五六七八九十]|$))"
    r"|(?<=(?:全|我|本)[国省市县区镇乡校])现有(?!基础|水平|条件|资源)(?=\p{Han}{1,10}$)",
    # 计划 as a verb (计划新建, 按计划), not as a programme's name (特岗计划, 国培计划)
    # 低于国家规定的0.65: a standard to meet; 按国家规定的8项指标计算 names a method, no standard
    "规定的": r"(?<![未无])(?<!(?:按|按照|根据|依照|依据)[^,，。;；]{0,4})规定的",
    "计划": (rf"(?<=按|按照)计划|(?:(?<!\p{{Han}})|(?<=[{_SUBJECT_END}]))计划(?=[{_PLAN_VERB_OBJECT}])"),
    "规划": rf"(?:(?<!\p{{Han}})|(?<=[{_SUBJECT_END}]))规划(?=[新建改完在到于将全用])",
}


def _cue_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    parts = [_GUARDS.get(word, regex.escape(word)) for word in alternation(words)]
    return regex.compile("|".join(parts))


_TARGET: Final = _cue_pattern(TARGET_CUES)
_LIMIT: Final = _cue_pattern(TARGET_LIMITS)
_WEAK_TARGET: Final = _cue_pattern(WEAK_TARGET_CUES)
_ACTUAL: Final = _cue_pattern(ACTUAL_CUES)
_FORECAST: Final = _cue_pattern(FORECAST_CUES)
_PREDICTION_WILL: Final = regex.compile(r"(?<![即])将" + _PREDICTION)
# A deadline (到2025年底): a target cue, unless it is where a change arrived (增加到2019年的31所),
# the cut-off of a count (截至2023年底, 截止到: as of) or the end of a span of years (2013年至2016年,
# 累计投入…: a period reported on).
_BY_YEAR: Final = regex.compile(
    r"(?<!增加|提高|提升|下降|减少|降低|上升|增长|扩大|缩小|[增升降减截止])(?<![0-9]年|[0-9]年度)(?:到|至)"
    r"(?P<year>(?:19|20)[0-9x]{2})年(?:底|末)?(?:前)?|[一二两三四五六七八九十0-9]+年(?:内|之内)"
    r"|(?:未来|今后)[一二两三四五六七八九十0-9]+年"
)
_LINK_BEFORE: Final = regex.compile(r"(?:\L<links>)(?:了)?(?:约|近|超过|不到)?$", links=alternation(ACTUAL_LINKS))
# The last characters a text _LINK_BEFORE finds can end with: most clauses end with none.
_LINK_LAST: Final = frozenset({link[-1] for link in ACTUAL_LINKS} | set("了约近过到"))
if "" in ACTUAL_LINKS:
    raise ValueError("an empty link verb would end every clause")
_GOAL_REACH: Final = 24  # characters: ——构建更具活力的… needs a dash, a verb and at most 8 more before 更
_GOAL_DASHES: Final = frozenset("—－-")  # a goal line's first character after its blanks
_GOAL_LINE: Final = regex.compile(
    r"^[ \u3000\t]*(?:[—－\-]{1,2})[ \u3000]*(?:\L<verbs>)[^。！？!?\n]{0,8}?更", verbs=alternation(GOAL_LINE_VERBS)
)
_PLAN_VERB: Final = regex.compile(r"^[(（一二三四五六七八九十0-9、.)）\s]*(?:" + "|".join(PLAN_HEADING_VERBS) + ")")
# Column headers of a flattened table (指标 | 2019年 | 2020年目标; 项目 | 预算数 | 决算数).
# 分值, 满分 and 标准分 head the points an evaluation allots: a standard, beside the 得分 reached;
# 标准值, 指标值, 规定值 and 要求值 the level an assessment requires, beside the 达标 counts.
_COLUMN_TARGET: Final = regex.compile(r"目标|计划|预算|规划|任务|分值|满分|标准分|标准值|指标值|规定值|要求值")
# 基期值 and 现状值 head a plan table's baseline: a level reached, beside the goal it is to grow to.
_COLUMN_ACTUAL: Final = regex.compile(r"实际|决算|完成|实绩|执行|基期|现状")
_COLUMN_FORECAST: Final = regex.compile(r"预计|预测|估计")
# The head of a document that reports (its title may sit below a web page's furniture).
# (a speech that 总结20xx年教育工作 and then plans is none).
_REPORTS: Final = regex.compile(r"(?:工作|年度|年终|半年|学期|教学)总结|总结报告|述职报告|工作汇报|自查报告")
_HEAD: Final = 400
_YEAR_IN_HEADER: Final = regex.compile(r"(?:19|20)[0-9]{2}年?|(?<![0-9])1[0-4][0-9][学學]?年度?")  # 112年度法定預算數
_HEADER_REACH: Final = 12  # table rows between a cell and its column's header
_ROW_MAX: Final = 4000  # characters of the longest table row read
_RIGHT_WINDOW: Final = 8
# 共/共计/合计 counting up a result (全年共培训, 合计投入); not 公共, 中共, 共同, 共享, 共青团.
_TALLY: Final = regex.compile(r"(?<![公中])(?:共计|合计|总计|共)(?![同享建育性识赢青产])")

EXAMPLES: list[tuple[str, str, str]] = [
    # in a plan or a notice, an earlier round of the same thing (上一批次, 上届) is a past reported
    (
        "某县2025年教学设备采购招标公告\n一、采购需求\n本次采购交互式智能黑板80台。\n"
        "上一批次同类采购共采购交互式智能黑板120台。",
        "120台",
        "actual",
    ),
    ("某县2025年设备采购招标公告\n一、采购需求\n本次采购智能黑板80台。\n上批次采购智能黑板120台。", "80台", "target"),
    ("2025年全县运动会工作方案\n一、参赛规模\n本届参赛运动员1500名。\n上届参赛运动员1320名。", "1320名", "actual"),
    # 将 before what it files under a list (将…列入民生实事) is 把: it plans nothing
    ("县政府将校舍维修列入年度民生实事，全年完成维修项目15个。", "15个", "actual"),
    ("县政府将学前教育纳入重点工作，今年要新建幼儿园6所。", "6所", "target"),
    ("明年将新建幼儿园6所。", "6所", "target"),  # negative: 将 before a verb of doing plans
    # those that hold a plan are there (6所学校共计划招生); a result set against its plan is a result
    ("今年全县6所民办学校共计划招生900人。", "6所", "actual"),
    ("今年全县6所民办学校共计划招生900人。", "900人", "target"),
    ("全年8个项目计划总投资2.4亿元。", "8个", "actual"),
    ("新建3所学校计划投资5000万元。", "3所", "target"),  # negative: what is built is planned
    ("累计完成投资1.6亿元，占年度计划投资的72.4%，比上月提高6.1个百分点。", "6.1个百分点", "actual"),
    ("两个专业报名人数分别是计划数的1.3倍和1.2倍。", "1.3倍", "actual"),
    ("计划总投资2.4亿元，比上年增加0.3亿元。", "0.3亿元", "target"),  # negative: the plan's own change
    # what a meeting requires or decides (会议要求，一是…；二是…) governs its items past the ；
    ("会议要求，一是新生班额控制在40人以内；二是全区巩固率较上年提高1个百分点。", "1个百分点", "target"),
    ("局党组会议决定，一是招聘教师60名；二是每校配备心理教师1名。", "1名", "target"),
    ("会议指出，一是全区入学率达到99.2%；二是巩固率提高0.5个百分点。", "0.5个百分点", "actual"),  # negative
    ("全区办学条件达到省定要求，生均校舍面积8.6平方米。", "8.6平方米", "actual"),  # negative: a noun
    ("按照县委常委会议要求，全县共抽查幼儿园28所，召开座谈会6次。", "6次", "actual"),  # negative
    # the level a decision or plan changes from (由 X 减至 Y) is the one reached; a budget stays one
    ("会议决定，教研室编制由18人减至15人。", "18人", "actual"),
    ("会议决定，教研室编制由18人减至15人。", "15人", "target"),
    ("县政府同意将午餐补助由每生每天4元提高到5元。", "4元", "actual"),
    ("力争到2027年，普惠园覆盖率由82%提高到90%以上。", "82%", "actual"),
    ("2024年教育支出预算为9.8亿元，较上年预算9.1亿元增加0.7亿元。", "9.1亿元", "target"),  # negative
    # the line that leads a list set out one item a line governs its items
    ("6.　教育局建議推行以下措施：\n(a)　小一每班人數由25人減至23人；\n(b)　每校撥款最高80萬元；", "80萬元", "target"),
    ("6.　教育局建議推行以下措施：\n(a)　把小一每班人數由25人減至23人；\n(b)　每校撥款最高80萬元；", "23人", "target"),
    ("本年度主要工作成果如下：\n（一）新建校舍3幢；\n（二）培训教师1200人次。", "1200人次", "actual"),
    ("三、下一步工作安排：\n1.新建幼儿园5所；\n2.新增学位1200个。", "1200个", "target"),
    ("各校情况如下。\n(a) 收生28人；\n(b) 收生30人。", "30人", "actual"),  # no colon: no lead
    # a report on a school year written as a span reports its second year too; a one-year title
    # still makes a later year a plan
    ("某学院2020—2021学年本科教学质量报告\n一、基本情况\n2021年新增本科专业2个，停招1个。", "2个", "actual"),
    ("某县职业中学2022-2023学年质量年度报告\n一、基本情况\n2023年毕业生就业率为96.5%。", "96.5%", "actual"),
    ("某学院2020年本科教学质量报告\n一、基本情况\n2021年新增本科专业2个，停招1个。", "2个", "target"),
    ("某学院2020—2021学年本科教学质量报告\n一、基本情况\n2022年新增本科专业3个。", "3个", "target"),
    ("某学院2020—2021学年本科教学质量报告\n一、基本情况\n下一学年，学校引进博士30人以上。", "30人以上", "target"),
    # an evaluation table's 分值 (points allotted) is a standard, its 得分 the result
    ("经评价，各项得分如下。\n一级指标|分值|得分\n项目决策|20|17.5", "20", "target"),
    # an event announced with 将于 plans nothing in the clauses around it
    ("全市中考将于6月16日举行，今年报名考生8.2万人，比去年增加3000人。", "8.2万人", "actual"),
    ("全区运动会将于10月20日开幕，共有参赛学校46所。", "46所", "actual"),
    ("全县将于9月前新建学校5所。", "5所", "target"),
    ("全县将于明年举行教师招聘，计划招聘教师120名。", "120名", "target"),
    ("经评价，各项得分如下。\n一级指标|分值|得分\n项目决策|20|17.5", "17.5", "actual"),
    ("经评价，各项得分如下。\n评估项目|标准分|自评分\n办学条件|30|28", "28", "actual"),
    # an assessment table's standard column (标准值, 规定值) holds what is required, the rest what is
    ("自评结果如下。\n指标|标准值|达标学校数\n生均运动场面积|小学6平方米|38", "6平方米", "target"),
    ("自评结果如下。\n指标|规定值|全县平均值\n每百名学生拥有骨干教师数|1人|1.4人", "1人", "target"),
    ("自评结果如下。\n指标|规定值|全县平均值\n每百名学生拥有骨干教师数|1人|1.4人", "1.4人", "actual"),
    ("自评结果如下。\n指标|标准值|达标学校数\n生均运动场面积|小学6平方米|38", "38", "actual"),
    # the figure after a compared requirement is the standard (target); the result stays actual
    ("全校生师比仍高于合格评估要求的18:1", "18:1", "target"),
    ("城区小学班额均超过省定标准的45人", "45人", "target"),
    ("城区小学班额为48人，超过省定标准", "48人", "actual"),
    # whom it benefits follows the plan or the forecast in the clause before
    ("今年预计安排学生资助资金5.6亿元，惠及学生约38万人次", "38万人次", "other"),
    ("明年计划投入资金500万元，惠及学生3000人", "3000人", "target"),
    ("去年投入资金500万元，惠及学生3000人", "3000人", "actual"),
    # funds handed down (下达…资金) are an event; a quota handed down (下达的…任务) is a target
    ("2019年上级下达我县薄改补助资金2860万元，其中中央资金2145万元", "2860万元", "actual"),
    ("全年上级下达中央专项资金1830万元", "1830万元", "actual"),
    ("完成市政府年初下达的500万元招商引资任务", "500万元", "target"),
    # 将 before the money it moves (将专项资金…用于) is 把, not a plan; 将投入 still plans
    ("检查发现，1所学校将专项资金18.6万元用于弥补公用经费缺口", "18.6万元", "actual"),
    ("审计发现，该校将结余资金42万元转入食堂账户", "42万元", "actual"),
    ("明年县里将投入资金600万元用于改造校舍", "600万元", "target"),
    ("县里将投入专项资金320万元改造校舍", "320万元", "target"),
    # …and so is 将 before any funds named, then moved; 将统筹/安排 still plans funds
    ("审计发现，县教育局将校舍维修经费27万元用于购置车辆", "27万元", "actual"),
    ("抽查中，有学校将营养餐补助资金8.4万元挪作他用", "8.4万元", "actual"),
    ("个别学校将学生资助资金9.6万元转入学校基本账户", "9.6万元", "actual"),
    ("审计发现，有幼儿园将保教费收入3.2万元挪作他用", "3.2万元", "actual"),
    ("下半年县里将统筹资金450万元用于薄弱学校改造", "450万元", "target"),
    ("县财政将安排教师培训经费80万元用于骨干教师研修", "80万元", "target"),
    # 原本要 tells a past intention; a quota (名额) sets a target in its own clause only; 准备 plans.
    ("今年有5个原本要调走的老师留了下来", "5个", "actual"),
    ("全县可提供招生名额2,300名，幼儿入园率为71.2%", "71.2%", "actual"),
    ("全县可提供招生名额2,300名，幼儿入园率为71.2%", "2,300名", "target"),
    ("镇里准备再拿出30万元，建两个录播教室", "30万元", "target"),
    ("做好开学准备工作，全镇共检查校舍26栋", "26栋", "actual"),
    ("縣府今年再增設公立幼兒園4園", "4園", "target"),
    ("镇里再拿出15万元奖励乡村教师", "15万元", "target"),
    ("去年又新建学校3所", "3所", "actual"),
    ("确保小学无辍学,农村初中辍学率控制在3%以内", "3%以内", "target"),
    ("全市小学适龄儿童入学率为98.67%", "98.67%", "actual"),
    ("要实现到20xx年全区幼儿入园(班)率达到90以上的目标", "90以上", "target"),
    ("并力争有2—3所在9月1日前投入使用", "2—3所", "target"),
    ("目前,五镇尚有欠款491.6万元", "491.6万元", "actual"),
    ("完成了市政府年初下达的500万元招商引资任务", "500万元", "target"),
    ("今年将不低于500万的资金投入来保证教育", "500万", "target"),
    ("主要指标均有提高,新增学位2.8万个", "2.8万个", "actual"),
    ("我们新建和改扩建了35所中小学及幼儿园", "35所", "actual"),
    ("霍山县已被确定为全省首批17个样本县区之一", "17个", "actual"),
    ("全市消除56人以上大班额320个", "56人以上", "other"),
    # an imperative subheading under a report's 主要措施 tells what was done; under a year it plans
    ("关于某县教育工作情况的汇报\n二、主要措施\n（一）加大投入。三年共投入资金1.38亿元。", "1.38亿元", "actual"),
    ("某县教育工作总结\n三、20xx年重点工作\n（一）加大投入。新建学校3所。", "3所", "target"),
    ("某县教育工作实施方案\n二、主要措施\n（一）加大投入。新建学校3所。", "3所", "target"),
    # funds handed down (资金下达…) are an event; a task handed down (下达…任务) is a target
    ("学前教育发展专项资金下达1260万元，已支付838万元", "1260万元", "actual"),
    ("上级下达我县补助资金2860万元", "2860万元", "actual"),
    ("市政府下达的500万元招商引资任务", "500万元", "target"),
    # 应考 (sit an exam) and 应聘 are words: no 应 of duty
    ("本校共有112名中六学生应考，考获大学入学要求的学生占58.9%", "58.9%", "actual"),
    ("今年共有320人应聘，录用教师45人", "45人", "actual"),
    ("各校应配备专职保安2名以上", "2名以上", "target"),  # 应 of duty
    # a requirement named in a noun phrase lays no duty
    ("考获入读大学最低要求（“33222”）的学生百分比为58.9%", "58.9%", "actual"),
    ("达到入读大学要求的学生占比为58.9%", "58.9%", "actual"),
    ("要求各校入读大学率达到60%以上", "60%以上", "target"),
    # the amounts of a standard: listed before 的标准, or after a clause that names it
    ("生均公用经费按小学720元、初中920元的标准足额拨付", "720元", "target"),
    ("落实生均公用经费基准定额，小学每生每年720元、初中每生每年940元", "720元", "target"),
    ("落实生均公用经费基准定额，小学每生每年720元、初中每生每年940元", "940元", "target"),
    ("提高资助标准，全年发放资助金每生每年500元，惠及2100人", "2100人", "actual"),  # negative
    ("今年提高了补助标准，全县投入资金580万元", "580万元", "actual"),  # negative: no per-head amount
    # a band of ranks before 的 names a group (获得前6名的运动员); a goal to reach is none
    ("获得各项目前6名的运动员由县教育局颁发证书", "6名", "other"),
    ("中考平均分力争进入全市前3名的目标", "3名", "target"),
    ("有5名学生进入全市总分前10名", "10名", "actual"),
    # a rate's bound before 的 defines a group; a share of a group is a share
    ("对执行进度低于30%的项目逐一约谈", "30%", "other"),
    ("对合格率低于90%的学校通报批评", "90%", "other"),
    ("全县超过50%的学校达到标准", "50%", "actual"),  # negative: a share of the schools
    # a bound in brackets right after a rate defines the band the rate counts
    ("优秀率（总分率达80%以上）为18.7%", "80%以上", "other"),
    ("低分率（不足40分）为6.3%", "40分", "other"),
    ("优秀率（总分率达80%以上）为18.7%", "18.7%", "actual"),
    ("巩固率（含转学）达到98%以上", "98%以上", "actual"),  # negative: the figure is outside the bracket
    # a strict bound before 的, or a score band before 的有, names the group counted after it
    ("全校总分不足300分的学生有63人", "300分", "other"),
    ("全县不足100人的小规模学校有41所", "100人", "other"),
    ("数学120分以上的有41人", "120分以上", "other"),
    ("全校总分不足300分的学生有63人", "63人", "actual"),
    ("全校学生不足300人，比上年减少40人", "300人", "actual"),  # negative: no group after 的
    # The units due to take part, counted: no duty.
    ("本次年检应参检单位152家，实际参检150家", "152家", "actual"),
    ("全县应参评学校86所，已完成评估80所", "86所", "actual"),
    ("各校应配备专职保安2名以上", "2名以上", "target"),  # a duty
    # Every item of a 其中 sentence that goes on about a target, not only its first.
    ("今年计划招收新生2.4万人。其中，小学比去年减少约1100人，初中比去年增加约800人。", "800人", "target"),
    ("去年实际招收新生2.4万人。其中，小学比前年减少约1100人，初中比前年增加约800人。", "800人", "actual"),
    # 占…计划的: a share of the plan itself, unless an outturn is compared with it
    ("今年民办学校共计划招生3600人，约占全市招生计划的8%", "8%", "target"),
    ("全年支出决算3120万元，占年初预算的96.3%", "96.3%", "actual"),
    ("完成全年招生计划的102%", "102%", "actual"),
    ("2031年中考650分以上学生达到112人", "650分以上", "other"),
    ("体质测试成绩60分以下的学生须参加补测", "60分以下", "other"),
    ("全县中考平均分要达到520分以上", "520分以上", "target"),  # a goal for the score, no group
    ("教师中五十五岁以上的有9人", "五十五岁以上", "other"),
    ("35岁以下的青年教师占42%", "35岁以下", "other"),
    ("全县教师平均年龄为45岁", "45岁", "actual"),
    ("又造成了农村教育经费缺口每年三百多万元", "三百多万元", "actual"),
    # The outline's section kind: plan sections make targets, summaries results, the title speaks
    # before the first heading; a figure for a year before a plan section's own year is a result.
    ("一、2025年工作回顾\n全年新建中小学12所。", "12所", "actual"),
    ("二、2026年重点工作\n新建中小学12所。", "12所", "target"),
    ("三、加强领导,强化措施\n开工建设7个项目。", "7个", "target"),
    ("二、下一步工作打算\n改扩建农村学校食堂9个,新增学位850个。", "850个", "target"),
    ("一、主要目标\n全区学前三年毛入园率达到93%。", "93%", "target"),
    ("2027年教育工作要点\n全市新建公办幼儿园14所。", "14所", "target"),
    ("2026年全县教育工作总结\n一、加强队伍建设\n全年培训教师2600人次。", "2600人次", "actual"),
    ("二、2027年工作安排\n2026年全县巩固率为96.2%,明年要达到97%。", "96.2%", "actual"),
    # a heading that dates its own review or plan decides, whatever line encloses it
    # (a plan issued with a notice: its own title line stands as a heading over its sections)
    (
        "关于印发培训计划的通知\n各校：\n现印发。\n\n某县2031年培训计划\n\n一、2030年工作回顾\n培训5200人次。",
        "5200人次",
        "actual",
    ),
    ("某区2030年工作总结\n五、2031年工作打算\n全区新增学位1800个。", "1800个", "target"),
    (
        "关于印发培训计划的通知\n各校：\n现印发。\n\n某县2031年培训计划\n\n一、2031年加强培训\n培训5200人次。",
        "5200人次",
        "target",
    ),  # no cue
    (
        "关于印发工作要点的通知\n各校：\n现印发。\n\n某区2031年工作要点\n\n（一）2030年主要成效\n新增学位1800个。",
        "1800个",
        "actual",
    ),
    ("二、2027年工作安排\n2026年全县巩固率为96.2%,明年要达到97%。", "97%", "target"),
    ("二、2027年工作安排\n至2026年秋季开学新增学位2100个。", "2100个", "target"),  # a deadline
    ("二、2027年工作安排\n去年全县新建学校4所，今年再建6所。", "4所", "actual"),
    ("某县2031年公开招聘教师公告\n四、其他\n前年全县招聘教师96名。", "96名", "actual"),
    ("某县2031年公开招聘教师公告\n四、其他\n每人限报1个岗位。", "1个", "target"),  # a notice's rule
    ("二、2027年工作安排\n去年全县新建学校4所，今年再建6所。", "6所", "target"),  # negative: 今年 plans
    ("二、下一步工作打算\n目前全县已建成智慧教室310间。", "310间", "actual"),
    ("2025年全县教育工作总结\n一、主要成效\n二期工程2027年竣工后新增学位1600个。", "1600个", "target"),
    ("2025年全县教育工作总结\n一、主要成效\n2025年全县新增学位1600个。", "1600个", "actual"),
    ("2025年全县教育工作总结\n一、主要成效\n与2023年相比新增学位1600个。", "1600个", "actual"),
    # 重点工作 names the work, not its time: under a report's title it lists what was done.
    ("某县2024年教育经费决算说明\n三、重点工作\n全年完成校舍维修9所。", "9所", "actual"),
    ("某县2025年教育工作计划\n三、重点工作\n新建学校4所。", "4所", "target"),
    ("2024年全县教育工作总结\n四、2025年重点工作\n新建学校4所。", "4所", "target"),
    ("收藏本文\n2025年镇中心校工作总结\n（一）加快推进,办学条件持续改善\n新增学位480个。", "480个", "actual"),
    ("在全县教育工作会议上的讲话\n三、狠抓落实,推进项目建设\n新建学生宿舍2栋。", "2栋", "target"),
    # A written year before the document's is a past the imperative heading does not order.
    ("2031年全市教育工作会议讲话\n二、加强教师队伍建设\n2030年全市招聘教师640名。", "640名", "actual"),
    ("2031年全县教育工作会议讲话\n三、加快校舍建设\n2028年至2030年，累计投入3.4亿元。", "3.4亿元", "actual"),
    ("2031年全县教育工作会议讲话\n三、加快校舍建设\n今年新建学生宿舍2栋。", "2栋", "target"),
    ("2031年全县教育工作会议讲话\n三、加快校舍建设\n到2030年新建学生宿舍4栋。", "4栋", "target"),
    # Traditional cue characters read like simplified ones.
    ("本縣將新建公辦幼兒園4所", "4所", "target"),
    ("今年計劃招收新生1200人", "1200人", "target"),
    ("各縣確保義務教育鞏固率達到97%", "97%", "target"),
    ("全縣已建成標準化學校21所", "21所", "actual"),
    ("去年全區完成校舍改造5.6萬平方米", "5.6萬平方米", "actual"),
    ("本學年共有教師312人", "312人", "actual"),
    # Forecasts and estimates are other; a commitment is a target, a report a result.
    ("预计今年全省中考报名人数达到52万人", "52万人", "other"),
    ("全市高校毕业生有望突破9万人", "9万人", "other"),
    ("據預測，明年學齡人口將減少3200人", "3200人", "other"),
    ("力争全市高考本科上线率达到45%", "45%", "target"),
    ("今年全市中考报名人数达到4.8万人", "4.8万人", "actual"),
    ("预期目标:职业院校招生6000人", "6000人", "target"),
    # 将 before a verb of reaching predicts; before a plan's verb, or under a commitment, it plans.
    ("2023年全县初中毕业生将达到8600人", "8600人", "other"),
    ("受生源变化影响,城区小学在校生将超过3.2万人", "3.2万人", "other"),
    ("明年参加学业水平考试的学生将接近1.5万人", "1.5万人", "other"),
    ("今年将新建乡镇寄宿制学校3所", "3所", "target"),
    ("到2028年,全市学前教育毛入园率将达到95%", "95%", "target"),
    ("区教育局将力争使课后服务覆盖率达到100%", "100%", "target"),
    # Budgets and quotas are targets, final accounts and outturns results.
    ("2024年年初预算安排教育支出8.6亿元", "8.6亿元", "target"),
    ("2032年县级预算已安排教师培训经费320万元", "320万元", "target"),
    ("今年年初预算已经安排学生资助资金560万元", "560万元", "target"),
    ("2031年已安排教师培训经费320万元", "320万元", "actual"),  # negative: no budget holds it
    ("本年度拟安排学生资助资金2300万元", "2300万元", "target"),
    ("下达普通高中招生计划1.8万人", "1.8万人", "target"),
    ("全省普通高中计划招生61.5万人", "61.5万人", "target"),
    ("今年高职院校计划录取新生3200人", "3200人", "target"),
    ("中职学校计划招收学生1800名", "1800名", "target"),
    ("全省普通高中实际招生60.2万人", "60.2万人", "actual"),  # no plan: the intake reached
    ("2023年教育支出决算数为7.9亿元", "7.9亿元", "actual"),
    ("全年实际招收新生1150人", "1150人", "actual"),
    ("一般公共预算教育经费12.4亿元", "12.4亿元", "actual"),
    ("结合县里实际,全县共有教学点46个", "46个", "actual"),
    # 2013年至2016年 is a span reported on, not a deadline 至2016年.
    ("2013年至2016年,全县累计投入义务教育经费18.7亿元", "18.7亿元", "actual"),
    ("2021年至2023年,全省新建幼儿园2316所", "2316所", "actual"),
    ("2019年度至2021年度共发放补助3600万元", "3600万元", "actual"),
    ("到2025年,全县新建幼儿园20所", "20所", "target"),  # negative: a deadline
    # 应配教师 names the staff an establishment allows; 应配备 still lays a duty.
    ("按编制标准,全县应配教师2890人,实有2617人,缺口273人", "273人", "actual"),
    ("按编制标准,全县应配教师2890人,实有2617人,缺口273人", "2890人", "actual"),
    ("全镇小学应配音乐教师12名,现有7名", "7名", "actual"),
    ("每所学校应配备专职心理教师1名", "1名", "target"),  # negative: a duty
    # 特殊教育需要 names Hong Kong's pupils with special educational needs, no duty.
    ("每所中学增设一个特殊教育需要统筹主任教席，开支每年约3.1亿元。", "3.1亿元", "actual"),
    ("有特殊教育需要的学生约2.9万名，占中学生的6.2%。", "2.9万名", "actual"),
    ("全县还需要新建幼儿园3所。", "3所", "target"),  # negative: 需要 lays a need
    # A 其中/同时 sentence goes on about the target before it: its figures are targets too.
    ("2032年教育支出预算为8.6亿元。其中用于义务教育的支出为5.1亿元。", "5.1亿元", "target"),
    ("全县计划招聘教师320名。其中农村学校210名。", "210名", "target"),
    ("全县共有教师3,200名。其中农村学校2,100名。", "2,100名", "actual"),  # negative: a result before
    ("全县计划招聘教师320名。今年已到岗教师298名。", "298名", "actual"),  # negative: no 其中
    # 争取 before a source of funds obtains them: the rest of the sentence decides.
    ("截至2031年底，累计投入资金6,200万元，其中争取上级项目资金2,100万元。", "2,100万元", "actual"),
    ("去年争取中央专项资金860万元，新建幼儿园4所。", "860万元", "actual"),
    ("下一步工作打算\n1.积极争取上级资金1,500万元，改造薄弱学校6所。", "1,500万元", "target"),
    ("争取全县学前三年毛入园率达到92%。", "92%", "target"),  # negative: 争取 sets a goal
    # A standard laid down (国家规定的) is a target to meet, the level measured against it a result.
    # A figure followed by 的标准 is the standard itself, whatever verb compares it to the result.
    ("公众满意度达到92.4%,高于国家规定85%的标准。", "85%", "target"),
    ("生均宿舍面积仅为2.9平方米,低于3平方米的标准。", "3平方米", "target"),
    ("去年按每生每年650元的标准拨付了公用经费", "650元", "target"),
    ("营养膳食补助按每生每天3元（11月起提高到4元）的标准发放", "3元", "target"),
    ("营养膳食补助按每生每天3元（11月起提高到4元）的标准发放", "4元", "target"),
    ("寄宿生生活补助标准为小学每生每年1000元、初中每生每年1250元", "1250元", "target"),
    ("乡村教师生活补助标准是每人每月400元", "400元", "target"),
    ("城乡低保标准分别提高到每人每月560元和每人每年4200元", "560元", "actual"),  # negative: a raise done
    ("补助标准为每生每年1000元，全年补助寄宿生7426人", "7426人", "actual"),  # negative: the next clause
    ("生均宿舍面积仅为2.9平方米,低于3平方米的标准。", "2.9平方米", "actual"),  # negative: the result
    ("全县建成7所标准化学校", "7所", "actual"),  # negative: 标准化 names the schools
    ("差异系数为0.38,低于国家规定的0.5", "0.5", "target"),
    ("生均校舍面积达到省规定的7.5平方米", "7.5平方米", "target"),
    ("差异系数为0.38,低于国家规定的0.5", "0.38", "actual"),
    # Guards: 比…要多 compares, 确保了 reports, 目标管理 and programme names are no cues.
    ("教师月平均工资比当地公务员还要多260元", "260元", "actual"),
    ("全县公办园在园幼儿比例要达到55%", "55%", "target"),
    ("教育支出占财政支出比重要保持在16%以上", "16%以上", "target"),
    ("最重要的是全县共建成标准化学校18所", "18所", "actual"),
    ("同时也要看到，全县仍有代课教师310人", "310人", "actual"),
    ("将目前的64个教学点调减到40个左右", "40个左右", "target"),
    ("将现有的26个教学单位调整为20个", "26个", "actual"),
    ("计划将现有的26个教学单位调整为20个", "20个", "target"),
    ("要在现有基础上新增学位1200个", "1200个", "target"),
    ("全县现有教师3200人，比上年增加120人", "120人", "actual"),
    ("要充分利用现有教育资源，建立一所职业学校", "一所", "target"),
    # a bound all of them keep (均不超过) reports a state, unless the sentence or the section plans
    ("全县义务教育学校规模均不超过2000人。", "2000人", "actual"),
    ("全县各校班额均控制在45人以内。", "45人以内", "actual"),
    ("要确保全县义务教育学校规模均不超过2000人。", "2000人", "target"),  # negative: 确保
    ("2031年工作计划\n全县各校班额均控制在45人以内。", "45人以内", "target"),  # negative: a plan
    # the number a plan names right before it is the plan's, whatever the year or the result beside it
    ("2023年，市直普通高中指标到校计划2260人，实际录取2198人", "2260人", "target"),
    ("去年全县教师招聘计划320名，实际到岗298名", "320名", "target"),
    ("去年全县教师招聘计划320名，实际到岗298名", "298名", "actual"),
    ("2023年全县普通高中实际招生超计划56人", "56人", "actual"),  # negative: an overrun
    # a count allotted by a per-head standard is the standard (按每…配备N名…的标准)
    ("按每100名就餐学生配备1名工勤人员的标准测算，全县尚缺工勤人员约23人", "1名", "target"),
    ("按每100名就餐学生配备1名工勤人员的标准测算，全县尚缺工勤人员约23人", "23人", "actual"),
    ("按每班配备2名专任教师的标准核定编制", "2名", "target"),
    ("按每校设置1名专职校医的要求，全县已配备校医46名", "1名", "target"),
    ("每校配备1名专职保安，全县共配备186名", "1名", "actual"),  # negative: no standard named
    # 现有 after the place it counts in opens a count of what there is now, even in a plan; the
    # parts (其中…) of such a total are results too
    ("2031年招生计划的通知\n一、招生规模\n全市现有普通高中12所，其中公办9所、民办3所。", "12所", "actual"),
    ("2031年招生计划的通知\n一、招生规模\n全市现有普通高中12所，其中公办9所、民办3所。", "3所", "actual"),
    ("2031年工作计划\n全县现有教师3200人，其中农村教师1900人。", "1900人", "actual"),
    ("2031年工作计划\n全县新建幼儿园6所，其中公办4所。", "4所", "target"),  # negative: a planned total
    ("2031年工作计划\n全县要在现有基础上新增学位1200个。", "1200个", "target"),  # negative: 现有基础
    ("2031年工作计划\n利用现有校舍改建幼儿园3所。", "3所", "target"),  # negative: no place before 现有
    ("我们要清醒地认识到，全县大班额还有42个", "42个", "actual"),
    ("要看准方向，新建学校4所", "4所", "target"),
    ("通过努力确保了全县1.2万名留守儿童按时入学", "1.2万名", "actual"),
    ("经过8年努力,全县累计脱盲2.4万人", "2.4万人", "actual"),
    ("在全县上下共同努力下,青壮年非文盲率达到97.1%", "97.1%", "actual"),
    ("经过多年的不懈努力,全区新建幼儿园31所", "31所", "actual"),
    ("我们将努力使全县学前三年毛入园率达到93%", "93%", "target"),  # negative: an effort to make
    ("全面推行目标管理考核,全年开展督导21次", "21次", "actual"),
    ("农村学校营养改善计划惠及学生4.3万人", "4.3万人", "actual"),
    ("薄弱学校改造计划建设项目开工11所", "11所", "actual"),
    ("我县计划新建教师周转宿舍120套", "120套", "target"),
    ("2026年度计划补助农村学校45所", "45所", "target"),  # 计划 after a year (年度) plans
    ("115學年度計畫補助學校擴大至180校", "180校", "target"),
    ("2025年度营养改善计划惠及学生3.1万人", "3.1万人", "actual"),
    ("还需新增学位约1800个", "1800个", "target"),
    ("要求各校每天安排学生体育活动不少于1小时", "1小时", "other"),
    ("要求全市中小学校园安保配备率达到100%", "100%", "target"),
    # A bounded figure that opens a condition (…的，consequence) names a threshold.
    ("报名人数与招聘人数之比达不到3:1的，相应核减招聘计划", "3:1", "other"),
    ("面试成绩低于60分的不得进入体检", "60分", "other"),
    ("年度考核成绩超过90分的，一律评为优秀", "90分", "other"),
    ("确保巩固率不低于95%的目标如期实现", "95%", "target"),  # negative: 的目标 names the goal
    ("全县辍学率低于1%的乡镇有12个", "12个", "actual"),  # negative: the count is exact
    # A column headed by a Republic year's budget (112年度法定預算數) is a budget column too.
    ("單位：千元\n計畫名稱|113年度預算數|112年度法定預算數\n國民教育|7,312,906|7,018,730", "7,018,730", "target"),
    ("單位：千元\n計畫名稱|113年度預算數|112年度決算數\n國民教育|7,312,906|7,018,730", "7,018,730", "actual"),
    # A price that names a class of assets (单价50万元以上通用设备) defines it; a sum spent does not.
    ("本单位共有单价50万元以上通用设备3台", "50万元以上", "other"),
    ("单位价值100万元以上专用设备2台", "100万元以上", "other"),
    ("全年投入500万元以上资金用于改造", "500万元以上", "actual"),  # negative: an amount spent
    # Under a budget's title a heading that only describes (收支总体情况) keeps the budget's plan;
    # a heading of its outturn (执行情况) reports.
    ("城东中学2031年部门预算\n一、收支总体情况\n收支预算总计3,856.20万元。", "3,856.20万元", "target"),
    ("城东中学2031年部门预算\n二、2030年预算执行情况\n2030年支出3,702.4万元。", "3,702.4万元", "actual"),
    ("城东中学2031年工作总结\n一、基本情况\n全年支出3,702.4万元。", "3,702.4万元", "actual"),  # negative
    # So does a tender notice's: the quantities, prices and deposits it states are to be met.
    # but an award it reports (an earlier batch's 中标金额, 节约率) is a result
    ("某县课桌椅采购公开招标公告\n七、其他事项\n上一批次共采购课桌椅2800套，中标金额84.2万元。", "84.2万元", "actual"),
    ("某县课桌椅采购公开招标公告\n二、资格要求\n单项合同金额不低于50万元。", "50万元", "target"),  # negative
    ("某县课桌椅采购公开招标公告\n七、其他事项\n上一批次较预算节约资金5.3万元，节约率5.9%。", "5.9%", "actual"),
    ("某县2031年课桌椅采购项目公开招标公告\n一、项目基本情况\n采购课桌椅3200套，最高限价96万元。", "3200套", "target"),
    ("某县2031年课桌椅采购项目公开招标公告\n一、项目基本情况\n采购课桌椅3200套，最高限价96万元。", "96万元", "target"),
    ("某县2031年课桌椅采购项目竞争性磋商公告\n一、项目基本情况\n预算金额45.6万元。", "45.6万元", "target"),
    ("某县2031年课桌椅采购项目中标结果公告\n一、项目基本情况\n中标金额91.2万元。", "91.2万元", "actual"),  # negative
    # A level a requirement or a region's limit names is a target, whatever verb compares it.
    ("初中教师学历合格率为42.5%，离期末达到60%的要求还有差距", "60%", "target"),
    ("初中年辍学率为4.8%，高于地区规定的3%的控制指标", "3%", "target"),
    ("初中年辍学率为4.8%，高于地区规定的3%的控制指标", "4.8%", "actual"),  # negative: the result
    # A rule a calculation follows (按国家规定的8项指标计算) is no standard for the result.
    ("按国家规定的8项指标计算，全县小学综合差异系数为0.41", "0.41", "actual"),
    ("按省规定的办法测算，全县初中综合差异系数为0.36", "0.36", "actual"),
    # A task done (完成年度目标任务) reports; a task set (目标任务是) plans.
    ("全县12个项目全部完成年度目标任务，其中5个超额完成", "5个", "actual"),
    ("今年的目标任务是新建学校6所", "6所", "target"),  # negative: the task to do
    # A project's planned total (项目计划总投资) is a target, beside the outturn reported after it.
    ("全年6个项目计划总投资5.2亿元，实际完成投资5.6亿元", "5.2亿元", "target"),
    ("全年6个项目计划总投资5.2亿元，实际完成投资5.6亿元", "5.6亿元", "actual"),
    ("薄弱学校改造计划总投入3.2亿元", "3.2亿元", "actual"),  # negative: a programme's name
    # An item of a list takes the modality of the item before it: the verb is written once.
    ("小学、初中、高中班额分别控制在40人、45人、50人以内", "45人", "target"),
    ("小学、初中、高中班额分别控制在40人、45人、50人以内", "50人以内", "target"),
    ("预计小学、初中招生分别达到3.1万人和2.8万人", "2.8万人", "other"),
    ("计划招生300人、实际招生280人", "280人", "actual"),  # negative: each item has its verb
    ("今年两校分别要新建教室12间，去年分别建了9间、7间", "7间", "actual"),  # negative: the item before is a result
    # Limits (至少, 不少于) make a target only in their own clause.
    ("每位教师每学年至少听课20节", "20节", "target"),
    ("每位教师每学年至少听课20节,全校共听课960节", "960节", "actual"),
    ("新增企业不少于5家,今年已签约企业8家", "8家", "actual"),
    # The lead of a colon list governs its items across ；.
    ("全年工作目标:小学入学率达到100%;初中巩固率达到97.5%", "97.5%", "target"),
    ("市教育局明确了今年的主要任务:新建学校4所;改扩建学校9所", "9所", "target"),
    ("经过检查发现:城区大班额12个;农村空余教室340间", "340间", "actual"),
    # A deadline is a target cue; 到 a past year, or where a change arrived, is not.
    ("到2026年,全区标准化学校占比达到90%", "90%", "target"),
    ("2021年报告:幼儿园由2016年的20所增加到2020年的37所", "37所", "actual"),
    ("2022年报告:到2021年,全区共建成智慧校园48所", "48所", "actual"),
    # 截至 (as of) reports a state; a span's 至 (2031年至2033年) ends a period, it sets no deadline.
    ("截至2031年12月31日,学校有全日制在校生18,452人", "18,452人", "actual"),
    ("截止到2031年底,全县共有幼儿园76所", "76所", "actual"),
    ("2029年至2031年,全县共集资960万元,新建校舍4.6万平方米", "4.6万平方米", "actual"),
    ("至2031年底,全县小学入学率达到99.5%", "99.5%", "target"),  # negative: 至 alone is a deadline
    ("2029年至2031年,计划新建校舍4.6万平方米", "4.6万平方米", "target"),  # negative: 计划 still plans
    # A table column headed by a goal, a budget or an estimate states the cells' modality.
    ("指标 | 2019年 | 2021年目标\n巩固率（%） | 95.1 | 97.0", "97.0", "target"),
    ("项目 | 预算数 | 决算数\n教育支出（万元） | 5200 | 4980", "5200", "target"),
    ("项目 | 预算数 | 决算数\n教育支出（万元） | 5200 | 4980", "4980", "actual"),
    ("指标 | 2022年 | 2023年预计\n在校生（人） | 8800 | 9100", "9100", "other"),
    ("指标 | 2022年 | 2023年\n在校生（人） | 8800 | 9100", "8800", "actual"),
    # In a plan's indicator table the base year's column reports; 预期性 marks an indicator's kind.
    ("一、主要目标\n指标 | 2020年 | 2025年 | 属性\n巩固率（%） | 95.6 | 97 | 约束性", "95.6", "actual"),
    ("一、主要目标\n指标 | 2020年 | 2025年 | 属性\n入园率（%） | 88.3 | 92 | 预期性", "92", "target"),
    ("一、主要目标\n指标 | 2020年 | 2025年 | 属性\n巩固率（%） | 95.6 | 97 | 约束性", "97", "target"),
    # A baseline column (基期值, 现状值) reports, whatever the row's 属性 cell says.
    ("一、主要目标\n指标|基期值（2030年）|目标值（2033年）|属性\n覆盖率（%）|88.4|92|约束性", "88.4", "actual"),
    ("一、主要目标\n指标|基期值（2030年）|目标值（2033年）|属性\n覆盖率（%）|88.4|92|约束性", "92", "target"),
    ("指标 | 现状值 | 2035年目标\n入学率（%） | 61.5 | 70", "61.5", "actual"),
    ("指标 | 现状值 | 2035年目标\n入学率（%） | 61.5 | 70", "70", "target"),
    # A clause that tallies (共, 合计) reports, whatever an earlier clause planned.
    ("要进一步规范办学行为,全年共检查学校86所", "86所", "actual"),
    # a tally after a planned quota sums the plan
    ("今年计划招收小班幼儿1036人，共开设小班42个班", "42个班", "target"),
    ("明年拟新建学校5所，共新增学位2700个", "2700个", "target"),
    ("计划今年完成校舍维修，全年共维修校舍46栋", "46栋", "actual"),  # negative: no quota before the tally
    ("要新建学校5所,改扩建学校12所", "12所", "target"),
    ("今年全乡入学的娃娃要过八十个，比去年多", "八十个", "actual"),  # speech: over eighty
    ("全镇教师去年要过一百二十人", "一百二十人", "actual"),
    ("明年要过好日子，全乡要新建学校2所", "2所", "target"),  # negative: 要 before a duty
    ("教育局估計，未來五年或須再縮減小一班約180班。", "180班", "other"),
    ("新校舍落成後，其中3所或會改作特殊學校。", "3所", "other"),
    ("各校須於下學年再縮減小一班約20班。", "20班", "target"),  # negative: 須 without 或
    ("力争全年共培训教师3000人次", "3000人次", "target"),
    ("要抓好公共安全,新建校园监控点40个", "40个", "target"),
    # A plan's goal line (——实现更…。) states goals; a dashed line that reports does not.
    ("——实现更高水平的普及教育。学前三年毛入园率、义务教育巩固率分别达到95%和98%", "98%", "target"),
    ("——建成更加完善的终身教育体系。从业人员继续教育年参与率达到65%以上", "65%以上", "target"),
    ("——构建更具活力的办学体制。民办学校在校生占比达到18%", "18%", "target"),
    ("——学前教育普及水平稳步提高。全县学前三年毛入园率达到92.3%", "92.3%", "actual"),
    ("——实现更高水平的普及教育。学前三年毛入园率已达到93.1%", "93.1%", "actual"),  # 已 reports
    # A forecast governs the report after it (估计…仍有).
    ("估计全县仍有辍学学生25人左右", "25人左右", "other"),
    ("全县仍有辍学学生25人", "25人", "actual"),
    ("推估下學年國小新生減少4,000人", "4,000人", "other"),
    # Earmarks, Hong Kong's 会 (will) and 未来N年 plan.
    ("2025年预算中预留校舍维修资金800万元", "800万元", "target"),
    ("政府会向每名学生发放1000元津贴", "1000元", "target"),
    ("未来三年新增公办学位1.5万个", "1.5万个", "target"),
    ("教育局会同财政局下拨资金500万元", "500万元", "actual"),
    ("社会各界捐资120万元", "120万元", "actual"),
    ("本部113年度預算編列新臺幣42億元", "42億元", "target"),
    ("本計畫預定補助65所學校", "65所", "target"),
    ("二零二五至二六年度的預算開支為880億元", "880億元", "target"),
    ("本年度經費實際支出新臺幣38億元", "38億元", "actual"),
    # A completion rate (完成…预算/计划的N%) reports how much of a plan was done.
    ("支出决算完成年初预算的96.3%", "96.3%", "actual"),
    ("全年教育支出决算数占年初预算的101.6%", "101.6%", "actual"),
    ("二、下一步打算\n支出决算数占调整预算的97.2%", "97.2%", "actual"),
    ("二、下一步打算\n教育支出占财政支出的比例要达到18%", "18%", "target"),  # negative: no budget
    # the plan names what it plans: 占年度计划投资的, 占计划资金的 (an outturn compared with it)
    ("累计完成投资1.36亿元，占年度计划投资的71.2%", "71.2%", "actual"),
    ("已完成工程量4300万元，占计划工程量的58%", "58%", "actual"),
    ("实际拨付资金920万元，占计划资金的86.5%", "86.5%", "actual"),
    ("明年拟新建校舍3万平方米，占计划投资的40%", "40%", "target"),  # negative: no outturn
    # A fund's name (政府性基金预算) spends from it: no budget cue.
    ("2031年政府性基金预算安排教育支出5,120万元", "5,120万元", "actual"),
    ("2031年国有资本经营预算安排教育支出860万元", "860万元", "actual"),
    ("2032年年初预算安排教育支出5,600万元", "5,600万元", "target"),  # negative: a budget
    # 仍达, 仍占: a level still reached, even under a plan's heading.
    ("三、下一步打算\n结转结余资金占比仍达2.6%", "2.6%", "actual"),
    ("三、下一步打算\n大班额仍占4.1%", "4.1%", "actual"),
    ("全年招生完成计划的102%", "102%", "actual"),
    ("预算执行率要达到95%", "95%", "target"),
    # A budget or outturn after 比/较/与…相比 is the baseline, not the figure's modality.
    ("2026年预算安排7.2亿元,比上年执行数增加3100万元", "3100万元", "target"),
    ("“三公”经费决算21.4万元,比年初预算减少5.2万元", "5.2万元", "actual"),
    ("与上年决算相比,今年预算安排增加860万元", "860万元", "target"),
    ("今年实际完成投资1.8亿元,比上年增加2400万元", "2400万元", "actual"),
    # Quotas (名额, 招生指标) are targets; 指标 alone names an indicator.
    ("核定招生名额共2.4万人", "2.4万人", "target"),
    ("下达普通高中招生指标6800人", "6800人", "target"),
    ("各项指标完成良好,全县已新增学位1200个", "1200个", "actual"),
    ("主要指标均有提高,新建学校3所", "3所", "actual"),
]


# Compiled once: regex.split/search with a pattern string looks it up in regex's cache per call.
# re, not regex, for a character class or an anchored match on a figure's short texts: 2-4x
# less per call; word alternations stay with regex, which scans for them much faster.
_SEMICOLON: Final = re.compile(r"[；;]")
_LEAD_BREAK: Final = re.compile(r"[,，。;；]")
# The opening clause of a sentence that is a meeting's or a speaker's requirement or decision
# (会议要求，/ 会议决定， / 局长强调要求，), whose items the ；s after it separate.
_GOVERNING_LEAD: Final = re.compile(r"^[^,，。;；:：]{0,12}(?:要求|决定)[,，]")
_HAN: Final = regex.compile(r"\p{Han}")
# Relative words for a year gone by: a figure they date is a result even in a plan.
_PAST_WORDS: Final = frozenset({"去年", "上年", "上一年", "前年", "上学年", "上學年"})
_EARLIER_ROUND: Final = re.compile("|".join(EARLIER_ROUNDS))
_LIST_LINKS: Final = frozenset({"、", "和", "及", "与", "與"})
_LIST_REACH: Final = 24  # characters after a list item in which 的标准 may close the list
_DIGIT: Final = re.compile(r"[0-9]")


def decide_modality(
    context: FigureContext, outline: Outline, time: TimeMention | None, doc_year: int | None, role: str = "level"
) -> tuple[Modality, str]:
    """(modality, why) for one figure, in the section of `outline` that holds it."""
    decided = _decide_modality(context, outline, time, doc_year)
    if role == "reference" and decided[0] == "target" and not _PLANNED_BASELINE.search(context.clause_left):
        # 会议决定，编制由25人减至23人; 将补助标准由每生每学期200元提高到260元: the decision or plan
        # sets the level it changes to; the level it changes from is the one reached (a budget
        # compared with, 较法定预算94亿元, stays a budget)
        return "actual", f"the level before the change (由 X 到 Y), not the {decided[1]}"
    return decided


# A baseline named by what is itself planned (较年初预算, 比原计划): the baseline is a plan too.
_PLANNED_BASELINE: Final = re.compile(r"预算|預算|计划|計劃|目标|目標|规划|規劃")


def _decide_modality(
    context: FigureContext, outline: Outline, time: TimeMention | None, doc_year: int | None
) -> tuple[Modality, str]:
    if context.candidate.kind in {"date", "duration"}:
        return "other", "dates and durations"
    if _defines_a_category(context):
        return "other", "a threshold that defines a category (56人以上大班额)"
    if (
        context.candidate.bound != "="
        and context.clause_right.startswith(("）", ")"))
        and _BAND_IN_BRACKETS.search(context.sentence_left[-16:])
    ):
        return "other", "the band a rate counts, defined in brackets after it (优秀率（80分以上）)"
    if context.candidate.bound != "=" and _CONDITION_AFTER.match(context.clause_right):
        return "other", "a threshold a condition names (低于60分的不得…, 达不到3:1的，…)"
    if (
        context.previous
        and context.prior_modality is not None
        and context.prior_end == context.floor
        and context.text[context.floor : context.candidate.start] in _LIST_LINKS
    ):
        # 班额分别控制在25人、30人、35人以内: the list's verb, written once, governs every item
        return context.prior_modality, "the item before it in its list (25人、30人)"
    if _STANDARD_AFTER.match(context.clause_right) or (
        not context.clause_right
        and context.text[context.candidate.end : context.candidate.end + 1] in _LIST_LINKS
        and _STANDARD_AFTER.match(context.text, context.candidate.end, context.candidate.end + _LIST_REACH)
    ):
        return "target", "a standard named right after it (高于国家规定85%的标准)"
    if (
        context.candidate.kind == "count"
        and context.clause_left.endswith(ALLOTTING_VERBS)
        and "每" in context.clause_left
        and _ALLOTTED_BY_STANDARD.match(context.clause_right)
    ):
        return "target", "a staffing standard (按每100名学生配备1名校医的标准)"
    if context.clause_left.endswith("的") and _STANDARD_BEFORE.search(context.clause_left):
        return "target", "a standard named right before it (高于合格评估要求的18:1)"
    near = context.sentence_left[-40:]  # the few characters a 标准为 can stand in
    if "标准" in near and _STANDARD_STATED.search(near):
        return "target", "a standard that 标准为 states (补助标准为每生每年1000元)"
    if "每" in context.clause_left and _STANDARD_LEAD.search(near):
        return "target", "a per-head amount under the standard the clause before names (基准定额，小学每生每年720元)"
    if context.candidate.in_table:
        # A cell's column header (基期值, 预算数, 2027年目标) says what the cell is before the
        # row's other cells do: its 属性 cell (约束性, 预期性) marks the indicator, not the cell.
        column = _column_cue(context)
        if column:
            return column
    if (
        "均" in context.clause_left
        and _ALL_WITHIN.search(context.clause_left)
        and not _TARGET.search(fold(context.sentence_left))
        and _section_kind(outline.section_at(context.candidate.start), outline, context.candidate.start)[0] != "plan"
    ):
        # 全县义务教育学校规模均不超过2000人: a bound that all of them keep is a state reported
        return "actual", "a bound all of them keep, reported (规模均不超过2000人)"
    if context.clause_left.endswith("计划") and _QUOTA_BEFORE.search(context.clause_left):
        # 指标到校计划2260人，实际录取2198人: the number a plan names is the plan's, in any year
        return "target", "the number a plan names right before it (招生计划2260人)"
    if (
        context.candidate.kind == "count"
        and "计划" in context.clause_right
        and len(context.clause_left) <= _PLANNERS_LEFT
        and _PLANNERS.match(context.clause_right)
        and not _VERB_BEFORE_PLANNERS.search(context.clause_left)
    ):
        # 今年市区12所民办学校共计划招生3600人, 全年5个项目计划总投资6.85亿元: the schools or
        # projects that hold the plan are there; what they plan is the target
        return "actual", "the count of those that hold the plan (12所学校计划招生…)"
    cued = _by_scopes(context.clause_left, context.clause_right[:_RIGHT_WINDOW], context.sentence_left, doc_year)
    if cued:
        return cued
    lead = _lead_line(context.text, context.candidate.start, context.sentence.start)
    if lead:
        decided = _by_cues(fold(lead), "", fold(lead), doc_year, limits=False)
        if decided:
            return decided[0], f"{decided[1]} in the line that leads its list"
    return _by_position(context, outline, time, doc_year)


# A count right before the noun of those that plan and 计划 (12所民办学校共计划招生): they exist.
_PLANNERS: Final = regex.compile(
    r"^\p{Han}{1,10}?(?:共|均|都|总|今年|全年)?计划(?=招生|招收|录取|总投资|投资|新建|开工|实施|安排|完成)"
)
_PLANNERS_LEFT: Final = 6  # the clause before such a count holds a time or a place at most
_VERB_BEFORE_PLANNERS: Final = re.compile(r"(?:建|建设|招聘|招收|招生|购置|投入|开工|开设|新增|增加|安排|实施|完成)$")


# An item of a list set out one a line ((a)…, （一）…, 1.…, ①…) under a line that leads it with a
# colon (教育局建議推行以下措施：): the lead's cue governs the items, as within one sentence.
_ITEM_MARK: Final = re.compile(
    r"[ \t\u3000]*(?:[(（][a-zA-Z0-9一二三四五六七八九十ivx]{1,4}[)）]|[0-9]{1,2}[.、)]|[①-⑳])"
)
_LEAD_LINES: Final = 12  # item lines walked back to the lead
# A line longer than this is no item or lead of a list; the bound keeps each figure's search
# back for its line start short where a text has no line breaks (a flattened table).
_ITEM_LINE_MAX: Final = 1000


def _line_start(text: str, position: int) -> int:
    """Where the line holding `position` starts, or -1 past `_ITEM_LINE_MAX` characters back."""
    floor = position - _ITEM_LINE_MAX
    start = text.rfind("\n", max(0, floor), position) + 1
    return -1 if start == 0 and floor > 0 else start


def _lead_line(text: str, start: int, sentence_start: int) -> str:
    """The last clause of the line leading the list whose item holds `start`, or ''."""
    line_start = _line_start(text, start)
    if line_start < 0 or sentence_start < line_start or not _ITEM_MARK.match(text, line_start):
        return ""  # no item, or its sentence began on an earlier line
    for _ in range(_LEAD_LINES):
        if line_start == 0:
            return ""
        above = _line_start(text, line_start - 1)
        if above < 0:
            return ""
        line = text[above : line_start - 1].rstrip()
        if line.endswith((":", "：")):  # the lead, numbered itself or not (6.　教育局建議…：)
            return _LEAD_BREAK.split(line[:-1])[-1]
        if not _ITEM_MARK.match(line):
            return ""
        line_start = above
    return ""


# Cues of who benefits (惠及学生3.8万人次): a consequence, as real as what brings it about.
_CONSEQUENCE_CUES: Final = ("惠及",)
# An event a news item announces (中考将于6月16日举行): its 将于 dates the event, it plans nothing
# in the clauses around it.
_EVENT_AHEAD: Final = regex.compile(r"将于[^，。；;,]{1,16}?(?:举行|召开|举办|开考|开幕)")


@lru_cache(maxsize=4096)
def _by_scopes(clause_left: str, right: str, sentence: str, doc_year: int | None) -> tuple[Modality, str] | None:
    """Tiers 1 and 2: the nearest cue in the figure's clause, its sentence, the lead of its list.
    A pure function of the local text, cached: the figures of a flattened table or a long list
    read the same clause and sentence texts over and over."""
    clause_left = fold(clause_left)
    right = fold(right)
    sentence = fold(sentence)
    # The sentence scope stops at ；: clauses joined by it carry their own modality...
    after_semicolon = _SEMICOLON.split(sentence)[-1]
    # ...but the lead of a colon list governs every item of it (目标:入学率达到99%;巩固率达到96%).
    colon = max(sentence.rfind(":"), sentence.rfind("："))
    lead = ""
    if 0 <= colon < len(sentence) - len(after_semicolon):  # the clause that opens the list
        lead = _LEAD_BREAK.split(sentence[:colon])[-1] + sentence[colon]
    elif len(after_semicolon) < len(sentence) and ("要求" in sentence or "决定" in sentence):
        # 会议要求，一是…；二是…: a sentence that opens with what a meeting requires or decides, a
        # comma after it, governs its items past the ；as a colon's lead does
        opening = _GOVERNING_LEAD.match(sentence)
        if opening:
            lead = opening.group(0)
    for scope, left, ahead in (
        ("clause", clause_left, right),
        ("sentence", after_semicolon, right),
        ("lead of its list", lead, ""),
    ):
        if not (left or ahead) or (scope == "sentence" and left == clause_left):
            continue  # nothing more to read than the clause already gave
        decided = _by_cues(left, ahead, after_semicolon, doc_year, limits=scope == "clause")
        if (
            decided
            and scope == "clause"
            and decided[1].endswith(_CONSEQUENCE_CUES)
            and len(after_semicolon) > len(left)
        ):
            # 预计安排资金5.6亿元，惠及学生约38万人次: whom it benefits follows the plan or the
            # forecast before it
            before = after_semicolon[: len(after_semicolon) - len(left)]
            governing = _by_cues(before, "", after_semicolon, doc_year, limits=False)
            if governing and governing[0] != "actual":
                return governing[0], f"{governing[1]} in the clause before ({decided[1]} follows it)"
        if decided and scope != "clause" and "将于" in decided[1] and _EVENT_AHEAD.search(left):
            continue  # 中考将于6月16日举行，今年报名考生8.2万人: an event announced, no plan for the report
        if (
            decided
            and decided[0] == "target"
            and scope != "clause"
            and _TALLY.search(clause_left)
            and not _sums_the_plan(decided[1], left[: len(left) - len(clause_left)])
        ):
            # 要加强管理，全年共培训教师1200人次: a clause that tallies reports, whatever the
            # sentence planned before it
            return "actual", f"a tally in its clause ({decided[1]} in the {scope} does not reach it)"
        if decided:
            return decided[0], f"{decided[1]} in the {scope}"
    return None


# A plan's quota (计划招收小班幼儿1036人，拟新建学校5所): a tally after it (共开设小班42个班) sums the plan.
_PLAN_CUE: Final = regex.compile(r"^target cue (?:计划|拟)")
_PLANNED_FIGURE: Final = regex.compile(r"[0-9][0-9.,]*[万亿]?(?:%|[\p{Han}]{0,2}?[人所个名元班间项次套台座])")


def _sums_the_plan(reason: str, before: str) -> bool:
    """Whether the clauses `before` the figure's hold a figure a plan cue (计划, 拟) sets, so that
    the 共 of the figure's clause sums what was planned (计划招收1036人，共开设小班42个班)."""
    if not _PLAN_CUE.match(reason):
        return False
    cue = reason.split(" ", 2)[-1]
    at = before.rfind(cue)
    return at >= 0 and _PLANNED_FIGURE.search(before, at + len(cue)) is not None


# A school year written as a span (2017—2018学年, 2023/2024學年) ends in its second year: a report on
# it reports that year too.
_SCHOOL_YEAR_SPAN: Final = regex.compile(r"(?:19|20)[0-9]{2}\s*[—–\-－~～至/]\s*((?:19|20)?[0-9]{2})\s*[学學]年")


def _period_end(outline: Outline, offset: int, period: int) -> int:
    """The last year of the period the text at `offset` reports on: `period`, or the second year
    of a school year its heading or title writes as a span."""
    section = outline.section_at(offset)
    mention = section.time if section is not None and section.time is not None else None
    if mention is None or not (mention.written_year and mention.year):
        mention = outline.title_time
    found = _SCHOOL_YEAR_SPAN.search(mention.text) if mention is not None and mention.year == period else None
    if found is None:
        return period
    end = int(found.group(1)[-2:])
    return period + 1 if end == (period + 1) % 100 else period


def _by_position(
    context: FigureContext, outline: Outline, time: TimeMention | None, doc_year: int | None
) -> tuple[Modality, str]:
    """Tiers 3 to 6: the table column, the outline section, the year, a link verb."""
    column = _column_cue(context)
    if column:
        return column
    section = outline.section_at(context.candidate.start)
    kind, where = _section_kind(section, outline, context.candidate.start)
    # the year the text reports on or plans for: its section's written year, else the title's,
    # else the document's
    period = outline.period_year_at(context.candidate.start)
    year = time.year if time is not None else None
    if kind == "plan":
        # 2023年入学率为98% under 二、2024年工作计划 is the baseline the plan starts from; a
        # deadline (到2012年底) or a year got from a relative word says nothing of the kind
        written = time is not None and time.written_year and not time.text.startswith(("到", "至"))
        if written and year is not None and period is not None and year < period:
            return "actual", f"refers to {year}, before the plan's year {period} ({where})"
        if time is not None and time.relative in _PAST_WORDS:
            # 去年我县共招聘教师112名 in a recruitment notice: the year before is a past reported
            return "actual", f"refers to {time.relative}, a past year ({where})"
        earlier = _EARLIER_ROUND.search(context.sentence_left) if "上" in context.sentence_left else None
        if earlier:
            # 上一批次同类采购共采购交互式智能黑板154台 in a tender: the round before is a past reported
            return "actual", f"refers to {earlier.group(0)}, an earlier round ({where})"
        if context.previous and context.previous[0].modality == "actual" and "其中" in context.sentence_left:
            # 全市现有普通高中46所，其中公办38所、民办8所: the parts of a total reported are results
            return "actual", f"a 其中 part of a result the sentence reports ({where})"
        return "target", f"in a plan section ({where})"
    if kind == "summary":
        # a relative word's year (下一学年) counts from the period's first year, a written one may
        # fall in its second (2018年 in a 2017—2018学年 report)
        relative = time is not None and time.relative is not None
        if (
            year is not None
            and period is not None
            and year > (period if relative else _period_end(outline, context.candidate.start, period))
        ):
            return "target", f"refers to {year}, after the year reported on ({period}), in a summary ({where})"
        return "actual", f"in a summary section ({where})"
    # the goal line's opening is short: read at most its first characters, never the whole line
    opening = context.text[context.line_start : min(context.candidate.start, context.line_start + _GOAL_REACH)]
    if opening.lstrip(" \u3000\t")[:1] in _GOAL_DASHES and _GOAL_LINE.match(fold(opening)):
        return "target", "in a plan's goal line (——实现更…)"
    numbered = [heading for heading in (section.headings if section else []) if heading.level <= SECTION]
    if numbered and _reports(context.text[:_HEAD]):
        numbered = []  # 加快推进… in a 工作总结 whose title the outline missed reports what was done
    if numbered and _before_period(time, year, period):
        numbered = []  # 二、加强队伍建设 in a 2031 speech: 2030年招聘教师640名 reports the year before
    for heading in reversed(numbered):  # 三、加强领导 in a speech that neither reviews nor plans
        if _PLAN_VERB.search(heading.text):
            return "target", f"under the imperative heading {heading.text[:20]}"
    if year is not None and period is not None and year > period:
        return "target", f"refers to {year}, after the year the document reports on ({period})"
    if (
        context.prior_modality == "target"
        and not context.previous
        and context.prior_end <= context.sentence.start  # the figure before is the sentence before's
        and opens_continuing(context.text, context.sentence.start)
    ):
        # 经常开支预算为1,036亿元…。其中用于中学教育的开支为约330亿元: a part of a budget is budgeted
        return "target", "a 其中/同时 sentence goes on about the target before it"
    if (
        context.previous
        and context.previous[0].why.get("modality", "").startswith(_GOES_ON)
        and context.previous[-1].modality == "target"
    ):
        # 其中，小学新生比去年减少约1200人，初中新生比去年增加约900人: the sentence's later items too
        return "target", "a later item of a 其中/同时 sentence about the target before it"
    folded = fold(context.clause_left)
    if folded[-1:] in _LINK_LAST and _LINK_BEFORE.search(folded):
        return "actual", "link verb before the figure"
    return "actual", "no cue: reported figures are results by default"


def _before_period(time: TimeMention | None, year: int | None, period: int | None) -> bool:
    """Whether a figure's written year lies before the year its document speaks of: a past it
    reports, whatever the heading orders (到2030年 and 至2030年 are deadlines, not a past)."""
    return (
        time is not None
        and time.written_year
        and year is not None
        and period is not None
        and year < period
        and not time.text.startswith(("到", "至"))
    )


@lru_cache(maxsize=64)
def _reports(head: str) -> bool:
    """Whether a document's head names it a report (工作总结). Cached: read again for every
    figure under a numbered heading of the document."""
    return _REPORTS.search(head) is not None


def _section_kind(section: Section | None, outline: Outline, offset: int) -> tuple[SectionKind, str]:
    """The kind of the section a figure stands in (a table takes its enclosing section's), and
    why; the title's kind before the first heading, but not in the title line itself."""
    while section is not None and section.kind == "table":
        section = section.parent
    if section is None:
        if outline.title is None or outline.title.start <= offset < outline.title.end:
            return "other", "no section"
        return outline.title_kind, "the document title"
    return section.kind, f"{section.heading.text[:20]}: {section.kind_reason}"


def _column_cue(context: FigureContext) -> tuple[Modality, str] | None:
    """The modality the header of a table cell's column states (2020年目标, 预算数, 决算数)."""
    text, start = context.text, context.candidate.start
    # Rows are read only up to _ROW_MAX characters long, so that no figure of a line of a
    # million characters reads the whole line.
    line_start = context.line_start
    line_end = text.find("\n", start, line_start + _ROW_MAX + 1)
    if line_end < 0:
        if len(text) > line_start + _ROW_MAX:
            return None
        line_end = len(text)
    if "|" not in text[line_start:line_end]:
        return None
    column = text.count("|", line_start, start)
    for header_start, header_end in table_lines_above(text, line_start, _HEADER_REACH, _ROW_MAX):
        if header_start == 0 and header_end > _ROW_MAX + 1:
            return None  # a header longer than a row is read: not one to trust
        cells = text[header_start:header_end].split("|")
        if len(cells) <= column:
            return None
        cell = fold(cells[column])
        if _HAN.search(cell) and not _DIGIT.search(_YEAR_IN_HEADER.sub("", cell)):
            if _COLUMN_FORECAST.search(cell):
                return "other", f"in the forecast column {cell.strip()[:12]}"
            if _COLUMN_ACTUAL.search(cell):
                return "actual", f"in the column {cell.strip()[:12]}"
            if _COLUMN_TARGET.search(cell):
                return "target", f"in the target column {cell.strip()[:12]}"
            return None
    return None


def _defines_a_category(context: FigureContext) -> bool:
    """56人以上大班额, 五十岁以上教师, 66人以上的班级: the figure bounds a category, it does not
    report a quantity or set a goal."""
    candidate = context.candidate
    if candidate.bound == "=":
        return False
    written = context.written
    if candidate.kind == "rank" and context.clause_right.startswith("的"):
        return _GOAL_NOUN_AFTER.match(context.clause_right) is None  # 获得前6名的运动员: a band of ranks
    if candidate.kind == "percentage" and context.clause_right.startswith("的"):
        # 执行进度低于30%的项目: a rate's bound before 的 defines the group (超过50%的学校 is a share;
        # 达到90以上的目标 is a goal)
        return (
            _RATE_THEN_COMPARATOR.search(context.clause_left) is not None
            and _GOAL_NOUN_AFTER.match(context.clause_right) is None
        )
    banded = written.endswith(("以上", "以下"))
    if candidate.kind == "money" and context.clause_left.endswith(_PRICE_WORDS) and banded:
        return True  # 单价50万元以上通用设备: a price that names a class of assets
    if candidate.unit not in _CATEGORY_UNITS:
        return False
    # 不足300分的学生, 超过2000人的学校: a strict bound before 的 bands a group as 以上/以下 does
    if not banded and not (candidate.bound in {"<", ">"} and context.clause_right.startswith("的")):
        return False
    if candidate.unit in {"岁", "周岁", "分"} and context.clause_right.startswith("的"):
        return True  # 五十岁以上的有十七个, 120分以上的有41人: a bracket names the group counted after it
    return _CATEGORY_NOUN.match(context.clause_right) is not None


# 高于国家规定85%的标准, 低于3平方米的标准, 按每人每月400元的标准发放: the figure is the standard
# (not 标准化学校, which names schools built to one)
# An aside in brackets may stand between a standard and 的标准, and a figure inside the aside is one
# too (每生每天3元（11月起提高到4元）的标准).
_STANDARD_AFTER: Final = re.compile(
    # an aside in brackets, or the rest of a list of amounts (、初中920元的标准)
    r"(?:[（(][^()（）\n]{0,30}[）)]|[^()（）\n]{0,20}[）)]|[、和及][^()（）\n，,。；;、]{1,14}?(?=的标准))?"
    r"(?:的?标准(?![化件])|的控制(?:指标|线)|的要求)"
)
# 均 before a bound (均不超过, 均控制在, 均达到): each of them keeps it (not 年均, 人均, 生均, 平均).
_ALL_WITHIN: Final = regex.compile(r"(?<![年人生平])均(?:不超过|不高于|不低于|不少于|控制在|低于|高于|达到|在)$")
# A plan named right before its number (指标到校计划2260人, 招聘计划320名); not a plan overrun or done
# (超计划56人, 完成计划) nor a programme's name (特岗计划, 国培计划).
_QUOTA_BEFORE: Final = regex.compile(r"(?<!超|完成|比|较|特岗|国培|省培|春蕾|营养改善|的)计划$")
# 按每班配备2名专任教师的标准: what is allotted, then the standard (or requirement) it is allotted by.
_ALLOTTED_BY_STANDARD: Final = regex.compile(r"(?P<noun>\p{Han}{1,8}?)的(?P<rule>标准|要求)")
# 生均公用经费基准定额，小学每生每年720元: the clause before names the standard the per-head amounts set.
_STANDARD_LEAD: Final = re.compile(r"(?:标准|基准定额|定额)[，,：:][^，,。；;：:]{0,24}$")
# 生师比仍高于合格评估要求的18:1: the figure after a compared requirement is the standard.
_STANDARD_BEFORE: Final = re.compile(r"(?:高于|低于|超过|未达到|达不到|不足)[^，,。；;]{0,16}(?:要求|标准|规定)的$")
# 补助标准为小学每生每年1000元、初中每生每年1250元: the figures a 标准为 introduces are the standard.
_STANDARD_STATED: Final = re.compile(r"标准(?:为|是)[^，,。；;：:]{0,32}$")
# 成绩低于60分的不得进入体检, 之比达不到3:1的，核减计划: a bounded figure and 的 open a condition
# whose consequence follows; the figure sets neither a goal nor a result.
# 优秀率（总分率达80%以上）, 低分率（不足40分）: the bracket right after a rate says what it counts.
_BAND_IN_BRACKETS: Final = re.compile(r"率[（(][^（）()，。；]{0,10}$")
_CONDITION_AFTER: Final = re.compile(r"的(?:$|不得|不予|不能|不再|一律|取消|视为|须|应)")
_RATE_THEN_COMPARATOR: Final = re.compile(r"(?:率|进度|比例|比重)(?:低于|高于|超过|不足|达到|在)$")
_GOAL_NOUN_AFTER: Final = re.compile(r"的(?:目标|要求|标准|任务|水平|规定|预期)")
_CATEGORY_UNITS: Final = frozenset({"人", "名", "岁", "周岁", "分"})  # 分: 600分以上学生, a band of scores
_PRICE_WORDS: Final = ("单价", "单位价值", "原值", "价值")
_CATEGORY_NOUN: Final = re.compile(
    r"的?(?:大班额|超大班额|班额|班级|大班|教师|学生|青年|老师|人口|家庭|儿童|小规模学校|学校|考生)"
)


def _by_cues(left: str, right: str, sentence: str, doc_year: int | None, limits: bool) -> tuple[Modality, str] | None:
    """The nearest cue to the figure, left or right of it: (modality, "kind word");
    limits (不少于, 至少) count only when `limits` (the figure's own clause)."""
    found: list[tuple[int, Modality, str, str]] = []  # (distance, modality, kind of cue, cue)
    completed = _COMPLETED_SHARE.search(left)
    if completed and (completed.group().startswith(("完成", "是")) or _OUTTURN.search(sentence)):
        # 决算完成年初预算的95.8%, 完成全年计划的102%: how much of a plan was done is a result
        # (占…计划的8% is a share of the plan itself, unless an outturn is being compared);
        # 报名人数是计划数的1.6倍 compares a result with its plan too
        return "actual", "completion rate 完成…的"
    if "的" in left and _PLAN_WORD.search(left):
        # 占年度计划投资的63.5%，比8月末提高8.2个百分点: the plan a share is taken of governs no
        # figure after it (the change of a completion rate is a result too)
        left = _SHARE_OF_PLAN.sub(_blank, left)
    # the budget or outturn a change is measured against (比上年执行数增加, 比年初预算减少) is
    # the baseline, not the figure's modality: blanked, so distances stay
    left = _COMPARED.sub(_blank, left)
    # 将目前的64个教学点调减到40个: 目前 dates the figure right after it, not the one it becomes
    left = _NOW_OF_EARLIER.sub(_blank, left)
    cues: tuple[tuple[Modality, regex.Pattern[str] | None, str], ...] = (
        ("target", _TARGET, "target cue"),
        ("target", _LIMIT if limits else None, "limit"),
        ("target", _WEAK_TARGET, "weak target cue"),
        ("actual", _ACTUAL, "actual cue"),
        ("other", _FORECAST, "forecast cue"),
    )
    for modality, pattern, kind in cues:
        nearest = _nearest(pattern, left, right) if pattern is not None else None
        if nearest is not None:
            found.append((nearest[0], modality, kind, nearest[1]))
    found += [(len(left) - end, "target", "deadline", word) for end, word in _deadlines(left, doc_year)]
    predicted = _nearest(_PREDICTION_WILL, left, right)
    if predicted is not None:
        # 将达到 predicts, unless the sentence commits to it (力争, 目标) or sets a deadline
        committed = any(kind in {"target cue", "limit", "deadline"} for _, _, kind, _ in found)
        if committed or _TARGET.search(sentence) or _deadlines(sentence, doc_year):
            found.append((predicted[0], "target", "将 under a commitment", predicted[1]))
        else:
            found.append((predicted[0], "other", "prediction", predicted[1]))
    if any(modality == "other" for _, modality, _, _ in found) or _FORECAST.search(sentence):
        found = [item for item in found if item[2] != "weak target cue"]  # 据预测，明年…将: a forecast
    if not found:
        return None
    if any(item[1] == "other" for item in found):
        # 估计全县仍有失学儿童30人: a forecast governs the report after it
        found = [item for item in found if item[1] != "actual"]
    # nearest first; at equal distance a target outranks a result (要完成了 is still a plan)
    rank = {"target": 0, "other": 1, "actual": 2}
    _, modality, kind, word = min(found, key=lambda item: (item[0], rank[item[1]]))
    return modality, f"{kind} {word}"


# 完成(了)…预算/计划/目标/任务(数)的 right before the figure: a completion rate.
# 占(年初|调整)预算的 too: the outturn as a share of its budget (决算数占调整预算的98.1%).
# 占年度计划投资的: the plan may name what it plans (投资, 资金, 工程量) before its 的.
_COMPLETED_SHARE: Final = regex.compile(
    r"(?:完成(?:了)?|占|(?<=分别|人数|数量)是)[^,，。;；]{0,10}?(?:预算|计划|目标|任务)(?:投资|资金|经费|工程量|支出)?[数额]?的(?:约|近)?$"
)
_OUTTURN: Final = regex.compile(r"决算|执行数|实际|完成|支出数")
# The same base of a share anywhere before the figure, a number after it (占年度计划投资的63.5%).
_SHARE_OF_PLAN: Final = regex.compile(
    r"(?:完成(?:了)?|占)[^,，。;；]{0,10}?(?:预算|计划|目标|任务)(?:投资|资金|经费|工程量|支出)?[数额]?的(?=[约近]?[0-9])"
)
_PLAN_WORD: Final = re.compile(r"预算|计划|目标|任务")
_GOES_ON: Final = "a 其中/同时 sentence goes on"
# A comparison with a budget, an outturn or a plan (比上年执行数, 较年初预算, 与上年决算相比).
_COMPARED: Final = regex.compile(
    r"(?:比|较)[^,，。;；比较]{0,8}?(?:预算|决算|执行数|实际|计划)[数额]?"
    r"|(?:与|同|和)[^,，。;；]{0,10}?(?:预算|决算|执行数|实际|计划)[数额]?[^,，。;；]{0,4}?(?:相比|比较)"
)


# 目前/现有/原有 right before a number that is not the figure (it stands earlier in the text).
_NOW_OF_EARLIER: Final = regex.compile(r"(?:目前|现有|原有)的?(?=[0-9一二两三四五六七八九十])")


def _blank(found: regex.Match[str]) -> str:
    return " " * len(found.group())


def _deadlines(text: str, doc_year: int | None) -> list[tuple[int, str]]:
    """(end, text) of the deadlines in `text` (到2025年底, 三年内); 到2019年 in a 2020 report
    is where something got to, not a deadline."""
    ends = []
    for deadline in _BY_YEAR.finditer(text):
        written = deadline.group("year")
        if written and doc_year is not None and "x" not in written and int(written) < doc_year:
            continue
        ends.append((deadline.end(), deadline.group()))
    return ends


def _nearest(pattern: regex.Pattern[str], left: str, right: str) -> tuple[int, str] | None:
    """(distance in characters, cue) of the cue nearest the figure, left or right of it."""
    # Matches do not overlap, so the last one on the left and the first on the right are the
    # nearest on each side: no list of every cue, and the right is read only up to its first.
    last = None
    for last in pattern.finditer(left):  # noqa: B007 (the loop keeps the last match)
        pass
    first = pattern.search(right)
    if last is None:
        return (first.start(), first.group()) if first is not None else None
    nearest = (len(left) - last.end(), last.group())
    return min(nearest, (first.start(), first.group())) if first is not None else nearest
