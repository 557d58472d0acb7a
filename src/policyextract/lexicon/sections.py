"""Words that tell what a section of a document is: a plan, a summary of results (data only).

A heading's kind is read from its head noun, which in Chinese stands at the end: the cue that
ends last wins (`重点工作回顾` is a summary, `工作回顾与下一步打算` a plan). Each cue is a small
regular expression; guards keep a programme's name (`营养改善计划实施情况`) or a finished task
(`圆满完成各项任务`) from reading as a plan. The examples run as tests (tests/test_outline.py).
"""

from __future__ import annotations

from typing import Literal

SectionKind = Literal["plan", "summary", "table", "other"]

# kind → cue patterns (regex source). Longer cues first only for readability: the end decides.
SECTION_CUES: dict[str, tuple[str, ...]] = {
    "plan": (
        r"工作安排", r"下一步", r"(?:主要|发展|工作|总体)?目标(?!完成|实现|达成)", r"(?:工作)?思路",
        r"(?:工作)?打算", r"(?:工作)?要点", r"工作重点", r"(?<!改善|行动|培训|提升|振兴)计划(?!执行|完成|实施|落实)",
        r"(?<!完成|完成了|落实)(?:主要|重点|工作)任务", r"(?:保障|主要|具体|工作)措施",
        r"重点工作(?=$|安排|要点|计划|任务)",
        r"工作部署", r"展望", r"今后(?:一个时期|几年)?(?:的)?工作", r"(?:明年|来年)(?:工作|的工作)",
        r"(?<!发展|改革)规划(?!纲要实施|实施|执行|完成|落实)", r"努力方向", r"(?<!公共)预算(?:安排)?(?!执行)",
        r"实施步骤", r"(?:进度|时间|任务)安排", r"工作要求",
        r"工作意见", r"(?:工作)?设想",  # 一九九八年工作意见, 下一步工作设想: an older report's plan
    ),
    "summary": (
        r"总结", r"回顾", r"(?:主要|工作|取得的?)成绩", r"(?:主要|工作)?成效", r"工作情况",
        r"(?:基本|完成|进展|执行|落实|实施|发展)情况", r"(?:发展)?概况", r"主要做法", r"工作亮点",
        r"(?:取得的?|主要)成果", r"(?:存在的?|主要)问题", r"决算", r"(?:目标|任务)(?:完成|实现|达成)",
        r"情况(?=$|[及和与、])",  # …开展情况, 经费使用情况, 义务教育情况: a report of what is
        # a plan's own review of where it starts (一、发展基础, 现实基础, 发展现状); 夯实基础 plans
        r"(?<!夯实|筑牢|打牢|奠定|巩固|坚实)(?:发展|现实|工作|已有)基础", r"(?:发展|基本|教育)?现状",
        # the work already done (二、已开展的工作, 所做的主要工作, 已采取的措施); 拟开展的 plans
        r"(?:已经?|所)(?:开展|做|完成|采取)了?的?(?:主要|重点|各项)?(?:工作|措施)",
        # a heading that says what was reached: 学校建设取得新进展, 办学水平实现新突破
        r"(?:取得|实现|迈上|迈出|呈现|展现)了?(?:新|明显|显著|重大|积极|长足|可喜)?的?(?:进展|成效|成绩|突破|成果|台阶|步伐|气象|面貌)",
    ),
}  # fmt: skip

# Cues read in a document's title only: a document that lays down rules or a procedure (a
# recruitment or admission notice, 简章, an implementation scheme, 办法, 细则) sets targets
# throughout; a 统计公告 reports, so 公告 alone is no cue.
TITLE_CUES: dict[str, tuple[str, ...]] = {
    "plan": (
        r"招(?:聘|生|考|录)\p{Han}{0,24}(?:公告|简章|启事)", r"(?:实施|工作|行动|建设|分配)方案$",
        r"(?:管理|实施|暂行|考核)办法$", r"(?:实施|评分|考核)细则$",
        # 实施意见, 指导意见 and a 关于做好…工作的通知 instruct: what they say is to be done
        r"(?:实施|指导|工作)意见$", r"^关于(?:进一步|认真|切实)?(?:做好|加强|规范|开展)[^，。；]{2,40}的通知$",
        # a notice that sets or adjusts a standard, or issues a plan: 关于调整…收费标准的通知
        r"^关于(?:调整|制定|核定|提高|印发)[^，。；]{2,40}的通知$",
        # an explainer of policies (学生资助政策简介): the standards and ceilings it lists hold
        r"政策(?:简介|解读|介绍|问答|汇编|一览)$",
        # a tender or purchase notice states what is to be bought, its budget and its rules;
        # a 中标/成交结果公告 reports an award, so the 公告 must follow the tender word itself
        r"(?:招标|采购|磋商|询价|谈判|比选)(?:意向)?公告$",
    ),
    # an annual quality report (本科教学质量报告, 质量年度报告) reports the year it covers
    # so does a report on how the work stands (…工作情况的汇报, …情况报告, …工作汇报)
    "summary": (r"质量(?:年度)?报告", r"情况的?(?:汇报|报告)$", r"工作汇报$"),
}  # fmt: skip

# (title, expected kind) of the title cues, in our own words.
TITLE_EXAMPLES: list[tuple[str, str]] = [
    ("某县2031年公开招聘中小学教师公告", "plan"),
    ("某市2031年普通高中招生简章", "plan"),
    ("某区2031年义务教育薄弱学校改造实施方案", "plan"),
    ("某县2031年中小学教师绩效考核办法", "plan"),
    ("某县2031年教育事业统计公告", "other"),  # negative: a bulletin reports
    ("某县2031年招聘教师工作总结", "summary"),  # negative: the 总结 says what was done
    ("某学院2030—2031学年本科教学质量报告", "summary"),
    ("某县职业教育质量年度报告（2031年）", "summary"),
    ("某县2031年教育质量提升行动方案", "plan"),  # negative: 质量 without 报告
    ("关于做好2031年高中阶段学校招生工作的实施意见", "plan"),
    ("某县关于加快发展普惠性学前教育的指导意见", "plan"),
    ("关于进一步做好2031年义务教育招生入学工作的通知", "plan"),
    ("关于调整公办幼儿园保育教育费收费标准的通知", "plan"),
    ("关于印发某县2031年教育工作要点的通知", "plan"),
    ("某县教育局2031年课桌椅采购项目公开招标公告", "plan"),
    ("某区2031年校园安防设备竞争性磋商公告", "plan"),
    ("某县教育局2031年课桌椅采购项目中标结果公告", "other"),  # negative: an award reports
    ("关于表彰2031年度教育工作先进集体的通知", "other"),  # negative: a commendation reports who did well
    ("关于2031年春季开学检查情况的通报", "other"),  # negative: a 通报 tells what was found
    ("关于我县普及高中阶段教育工作情况的汇报", "summary"),
    ("2031年秋季学期学生资助政策简介", "plan"),
    ("《2031年义务教育招生入学实施方案》政策解读", "plan"),
    ("2031年学生资助政策执行情况报告", "summary"),  # negative: a report on the policy's outturn
    ("某县2031年义务教育均衡发展情况报告", "summary"),
    ("某县2031年教育工作汇报", "summary"),
    ("关于2032年教育工作的安排报告", "other"),  # negative: no 情况, no 汇报
]

# Cues that name the work itself rather than its time: under a report's title (决算说明, 工作总结)
# a heading such as 三、重点工作 lists what was done; under a plan's, or with a year written in it
# (四、2026年重点工作), it plans (outline.py).
# So do 主要措施, 工作措施 and 具体措施 (a 工作总结's 三、主要措施 tells what was done); 保障措施 plans.
AMBIGUOUS_PLAN_CUES: frozenset[str] = frozenset({"重点工作", "主要措施", "工作措施", "具体措施"})

# (heading, expected kind): positives and negatives of the cues above, in our own words.
EXAMPLES: list[tuple[str, str]] = [
    ("二、2026年工作安排", "plan"),
    ("三、下一步工作打算", "plan"),
    ("（二）主要目标", "plan"),
    ("四、2027年教育工作要点", "plan"),
    ("五、保障措施", "plan"),
    ("一、2023年度主要工作成效", "summary"),
    ("一、上半年工作回顾", "summary"),
    ("（一）基本情况", "summary"),
    ("XX年重点工作回顾", "summary"),  # the head noun 回顾 ends last
    ("二、2026年重点工作", "plan"),
    ("XX年重点工作回", "other"),  # a converter cut the head noun off: no guess
    ("一、工作回顾与下一步打算", "plan"),
    ("（三）主要目标完成情况", "summary"),  # a finished target is a result
    ("（二）营养改善计划实施情况", "summary"),  # a programme's name is no plan
    ("1.学前教育行动计划初步落实", "other"),  # neither: the heading reports, no cue ends it
    ("二、圆满完成各项任务", "other"),
    ("三、加强教师队伍建设", "other"),
    ("（四）2026年部门预算安排", "plan"),
    ("二、一一三学年度工作重点", "plan"),
    ("一、工作重点完成情况", "summary"),
    ("（四）2025年部门决算", "summary"),
    ("（五）一般公共预算教育经费", "other"),  # 一般公共预算 names a fund, it plans nothing
    ("（一）加快推进,校舍建设取得新进展", "summary"),  # the heading reports what was reached
    ("二、办学质量实现新突破", "summary"),
    ("三、加快推进校舍建设", "other"),
    ("二、工作开展情况及成效", "summary"),
    ("（三）经费使用情况", "summary"),
    ("（三）情况说明与下一步工作打算", "plan"),
    ("五、实施步骤", "plan"),
    ("（二）工作要求", "plan"),
    ("（一）情况通报制度", "other"),  # 情况 inside a name, not the head noun
    ("一、发展基础", "summary"),  # a plan's review of the five years before it
    ("（一）“十三五”时期的发展现状", "summary"),
    ("一、现实基础和面临形势", "summary"),
    ("三、夯实发展基础", "other"),  # an imperative: it plans, read by the heading's verb
    ("二、发展目标", "plan"),
    ("四、一九九八年工作意见", "plan"),
    ("三、2006年工作设想", "plan"),
    ("（二）下一步工作设想", "plan"),
    ("二、2031年已开展的工作", "summary"),
    ("（二）2031年所做的主要工作", "summary"),
    ("三、已采取的4项措施", "other"),  # a count between: no cue ends it
    ("三、已采取的措施", "summary"),
    ("三、2032年拟开展的工作", "other"),  # negative: 拟 plans, but no cue says so
    ("三、下一步拟开展的2项工作", "plan"),
    ("二、征求意见情况", "summary"),  # 意见 without 工作 is no plan; 情况 ends it
    ("一、指导意见", "other"),
    ("二、114学年度规划", "plan"),  # a Taiwan release's plans for the next school year
    ("三、2026年工作规划", "plan"),
    ("（二）“十三五”规划实施情况", "summary"),  # the plan's review ends in 情况
]

# Head nouns of a document's own title (…2024年工作总结, 在…会议上的讲话, “十四五”…规划): the
# line that names the document among a web copy's page furniture.
TITLE_GENRES: tuple[str, ...] = (
    "总结", "报告", "汇报", "计划", "规划", "要点", "讲话", "发言", "致辞", "方案", "意见", "通知",
    "公报", "公告", "通报", "材料", "安排", "纲要", "述职", "自查", "自评", "思路", "打算", "统计", "年鉴",
    "决算", "预算",
)  # fmt: skip
