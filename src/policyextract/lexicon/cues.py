"""Cue words for the policy meaning of a figure: role, modality and time (data only)."""

from __future__ import annotations

# Verbs that make the figure after them a change against another time or place.
CHANGE_VERBS: tuple[str, ...] = (
    "增加", "增长", "提高", "上升", "下降", "减少", "高出", "降低", "增幅", "增收", "增多", "减小",
    "扩大", "缩小", "提升", "回落", "攀升", "多出", "净增", "压减", "缩减", "削减",
    "同比增长", "同比下降", "环比增长", "增速", "涨幅", "降幅", "下滑",
    # Hong Kong and Macau write 升幅 and 跌幅 for 增幅 and 降幅 (升幅为1.3%)
    "升幅", "跌幅",
    # a Taiwan budget adds to or cuts a line (較上年度增列4億元, 減列3,100千元)
    "增列", "减列",
    # a rank moved (前进了五位) or a gap to a goal (距目标还差1.7个百分点)
    "前进", "后退", "还差", "相差", "尚差", "前移", "后移",
)  # fmt: skip
# Nouns that name the change itself, before its figure (增幅达15%, 差距为3分).
CHANGE_NOUNS: tuple[str, ...] = (
    "增幅", "增速", "涨幅", "降幅", "减幅", "差距", "差额", "增长率", "增长幅度", "下降幅度", "降低幅度",
    "升幅", "跌幅",
)  # fmt: skip
# Words that make a change word part of a rate's name: 人口自然增长率 (births less deaths) is a
# level (自然增长率为5.2‰), not a growth; 比上年下降0.3个百分点 after it is still a change.
RATE_NAME_PREFIXES: tuple[str, ...] = ("自然",)
# ...unless followed by one of these: 提高到95% is a level, not a change.
TO_LEVEL: tuple[str, ...] = ("到", "至", "为", "达", "成")

# Words before a figure in parentheses, or right before it, that make it the baseline.
# An earlier time a baseline is given for (比上年的, 由2016年的, 较2021/22学年的): 上年, 2016年,
# and as old, Taiwan and Hong Kong texts write it: 一九九一年, 前年, 110学年度, 111年, 2021/22学年,
# 2022-23年度, 2019/2020学年 (a regular expression, for role.py and metric.py).
EARLIER_TIME = (
    r"(?:上年|去年|前年|上一年|上[学學]年|[0-9xX]{4}年|[一二][九〇零○][〇零○一二三四五六七八九]{2}年"
    r"|[0-9]{4}[/-](?:[0-9]{4}|[0-9]{2})(?:[学學]年度?|(?:财政|財政)?年度)?|[0-9]{4}[学學]年|1[0-4][0-9](?:[学學]年度?|年度?))"
)
# Words for the state before a change that may stand between 由/从 and the baseline
# (由原来的50人减至45人, 从现有的19所调整为17所): the figure after them is still where it started.
FORMER_STATE: tuple[str, ...] = ("原来", "原先", "原有", "现有", "目前", "现在", "现时", "当前", "现行", "原")
# Verbs of getting better or worse after a baseline (较前年的21%明显改善): they make the figure
# before them a reference, but are no change verbs of their own (改善办学条件投入3000万元).
BASELINE_AHEAD_VERBS: tuple[str, ...] = ("改善", "好转", "回升", "恶化", "改观")
REFERENCE_CUES: tuple[str, ...] = ("比上年", "比去年", "比上一年", "较上年", "较去年", "比年初", "同比", "由", "从")

# Cues that make a figure a target: a goal, plan, promise, quota, budget or requirement.
TARGET_CUES: tuple[str, ...] = (
    "要", "确保", "力争", "计划", "争取", "必须", "应当", "应", "须", "务必", "努力",
    "拟", "力求", "目标是", "目标为", "的目标", "为目标", "目标:", "目标任务", "下达",
    "决定", "谋划", "争创", "力促", "任务:", "任务是", "任务为",
    "打算", "希望", "期望", "下一步", "规划期内",
    "要求", "还需", "尚需", "仍需", "需要", "目标达到", "目标达",  # 就学率目标达70%
    # budgets and quotas are targets (年初预算安排教育支出8.6亿元); 一般公共预算 names a fund, no cue
    "预算安排", "年初预算", "预算数", "预算为", "预算总额", "预算金额", "安排预算", "拟安排",
    "预算已安排",  # 县级预算已安排补助资金1480万元: what the budget holds, arranged already, is still a plan
    "规定的", "预算控制数", "预算草案",
    # Taiwan and Hong Kong budgets and schedules (預算編列50億元, 預定補助50校, 預算開支)
    "编列", "预定", "预算开支", "修订预算", "计划数", "招生计划", "下达计划", "规划", "将于", "目标值", "预留",
    # a planned intake is a quota, whoever plans it (普通高中计划招生61.5万人, 计划录取新生3200人)
    "计划招生", "计划招收", "计划录取",
    # prohibitions, encouragements and a plan's indicator marks set targets too (严禁班额超过55人,
    # 鼓励开设课程20门以上, 占比达到50%（约束性）)
    "严禁", "不得", "禁止", "鼓励", "约束性", "预期性",
    "准备",  # 镇里准备再拿出二十万 (guarded in modality.py: 准备工作 is a task)
    # what a paper proposes, and what a measure needs (建议推行以下措施, 所需的额外开支约为1.26亿元)
    "建议推行", "建议采取", "建议实施", "所需",
)  # fmt: skip
# Weak target cues: 将 and times to come (明年新建学校3所, 将新建3所) plan, unless a forecast
# cue speaks in the same sentence (据预测，明年学龄人口将减少3200人).
# 会 after a subject is Hong Kong's 将 (政府会增加300个学额).
WEAK_TARGET_CUES: tuple[str, ...] = ("将", "今后", "明年", "届时", "会", "再")
# Limits that make the figure they bound a target (不少于10家, 控制在3%以内), but only in their
# own clause: 每人至少上一节课，全校共听课320节 reports 320.
TARGET_LIMITS: tuple[str, ...] = (
    "不低于", "不少于", "不超过", "不高于", "至少", "控制在", "以内完成",
    # quotas set for a year (核定招生名额2.4万人, 下达招生指标6800人), in their own clause too:
    # 可提供名额4,360名，入园率为67.3% reports the rate; 指标 alone names an indicator
    "名额", "招生指标", "分配指标", "下达指标",
)  # fmt: skip
# Cues that make a figure a result: a state reached or a past event.
ACTUAL_CUES: tuple[str, ...] = (
    # 比上年 / 同比 compare, they do not report: a target can be 比上年下降50%以上.
    "已", "已经", "了", "共有", "目前", "现有", "去年", "过去", "还有",
    "截至", "截止", "到目前为止", "荣获", "惠及", "首次", "刚刚过去", "一年来", "尚有", "仍有", "仍达", "仍占", "仍为",
    "先后", "历时", "创历史", "现已", "业已", "顺利", "圆满",
    # final accounts and outturns are results (决算支出7.9亿元, 实际招生1200人)
    "决算", "实际", "执行数", "完成数", "实绩",
    # an award made is a result, even inside a tender notice that plans (上一批次…中标金额261.8万元)
    "中标金额", "成交金额", "中标价", "成交价", "节约资金", "节约率",
)  # fmt: skip
# Forecasts and estimates nobody commits to (预计达60万左右): modality other.
FORECAST_CUES: tuple[str, ...] = (
    "预计", "预测", "估计", "有望", "可望", "预期", "预估", "估算", "据测算", "推估", "预料",
    # Hong Kong's may (其中2所或會改作特殊學校, 未來五年或須再縮減約200班): a possibility, no plan
    "或会", "或须", "或需",
)  # fmt: skip
# 将 as 把 (an audit's finding): 将…资金/经费 (amount) and a verb that moves the funds
# (将教师培训经费12.5万元用于机关开支). After 将, a verb that plans funds keeps 将 a plan
# (将统筹资金450万元用于…: will pool).
FUND_MOVING_VERBS: tuple[str, ...] = (
    "用于", "挪作", "挪用", "转入", "存入", "划入", "计入", "借给", "出借", "转借", "抵顶", "冲抵",
)  # fmt: skip
# Verbs that allot staff or posts by a per-head standard (按每100名就餐学生配备1名工勤人员的标准): the
# count after one, before "<what is allotted>的标准", is that standard (a target), not a result.
ALLOTTING_VERBS: tuple[str, ...] = ("配备", "配置", "配齐", "设置", "核定")
# What such a 将 moves: a noun of funds closing the phrase after it.
FUND_NOUNS: tuple[str, ...] = ("资金", "经费", "款项", "补助", "费用", "收入")
FUND_PLANNING_VERBS: tuple[str, ...] = (
    "投入", "安排", "统筹", "筹措", "筹集", "新增", "追加", "拨付", "下拨", "整合", "争取", "划拨", "落实", "设立",
)  # fmt: skip
# 将 before a verb of reaching is a prediction (报考人数将突破3万), not a plan (将新建学校3所):
# other, unless a commitment (力争, 确保, 目标…) or a deadline in the sentence makes it a target.
PREDICTION_VERBS: tuple[str, ...] = (
    "达到", "达", "突破", "超过", "超", "逾", "接近", "增至", "升至", "降至", "减至", "攀升", "创",
)  # fmt: skip
# Link verbs right before a figure that report a level (入学率为98.67%): weak cues, used only
# when no other cue speaks.
ACTUAL_LINKS: tuple[str, ...] = ("为", "是", "达", "达到", "达成", "有", "共", "计", "占", "仅", "只有")

# Verbs that open an imperative heading in a speech (加强领导, 树立质量意识): a plan section, when
# the outline gives the section no kind (lexicon/sections.py reads plan and summary headings).
PLAN_HEADING_VERBS: tuple[str, ...] = (
    "加强", "推进", "促进", "强化", "提高", "提升", "深化", "坚持", "突出", "开展", "树立", "加快",
    "切实", "进一步", "努力", "理清", "实施", "完善", "落实", "聚焦", "推动", "抓好", "做好", "狠抓",
    "优化", "健全", "构建", "建立", "扩大", "发展", "创新", "全面", "着力", "加大", "规范", "营造",
)  # fmt: skip

# A plan's goal lines open with a dash and a verb of reaching something better (——实现更高水平的
# 普及教育。…, ——建成更加完善的终身教育体系。…, ——构建更具活力的体制机制): the figures of such a
# line are the goals.
GOAL_LINE_VERBS: tuple[str, ...] = (
    "实现", "建成", "形成", "构建", "提供", "建立", "打造", "实施", "满足", "推动",
)  # fmt: skip

# Traditional forms of the characters the cue words above are written with (將→将, 確→确,
# 預→预, 達→达, 為/爲→为), so that a cue matches a text whether or not it was converted to
# simplified first (a test checks this table against OpenCC).
TRADITIONAL_CUE_CHARACTERS: dict[str, str] = {
    "價": "价", "節": "节", "資": "资", "齊": "齐",
    "準": "准", "採": "采", "備": "备", "惡": "恶", "觀": "观", "轉": "转", "錄": "录",
    "業": "业", "爲": "为", "為": "为", "麼": "么", "爭": "争", "於": "于", "僅": "仅", "從": "从",
    "優": "优", "兒": "儿", "內": "内", "軍": "军", "決": "决", "況": "况", "淨": "净", "減": "减",
    "劃": "划", "剛": "刚", "創": "创", "務": "务", "動": "动", "佔": "占", "歷": "历", "壓": "压",
    "發": "发", "變": "变", "後": "后", "響": "响", "圓": "圆", "堅": "坚", "學": "学", "實": "实",
    "衝": "冲", "撥": "拨", "籌": "筹", "給": "给", "統": "统", "頂": "顶",  # funds verbs
    "補": "补", "費": "费", "項": "项",  # funds nouns
    "對": "对", "將": "将", "屆": "届", "歲": "岁", "師": "师", "並": "并", "應": "应", "開": "开",
    "強": "强", "當": "当", "總": "总", "執": "执", "擴": "扩", "擬": "拟", "據": "据", "數": "数",
    "時": "时", "來": "来", "構": "构", "標": "标", "樹": "树", "測": "测", "漲": "涨", "滿": "满",
    "點": "点", "環": "环", "現": "现", "著": "着", "確": "确", "緊": "紧", "級": "级", "綱": "纲",
    "經": "经", "結": "结", "績": "绩", "縮": "缩", "範": "范", "榮": "荣", "獲": "获", "營": "营",
    "見": "见", "規": "规", "計": "计", "議": "议", "設": "设", "調": "调", "謀": "谋", "較": "较",
    "達": "达", "過": "过", "還": "还", "進": "进", "會": "会", "編": "编", "訂": "订", "適": "适",
    "長": "长", "問": "问", "間": "间", "聞": "闻", "際": "际", "順": "顺", "須": "须", "顧": "顾",
    "預": "预", "題": "题", "額": "额", "嚴": "严", "勵": "励", "約": "约", "與": "与",
}  # fmt: skip
# Taiwan writes some cue words with other characters than a character-by-character conversion
# gives (計畫 for 计划).
TRADITIONAL_CUE_WORDS: dict[str, str] = {"計畫": "计划", "規畫": "规划"}
# Words opening a sentence that goes on about the one before it (其中，村小28所 / 同时，… / 此外，…):
# such a sentence without a time of its own speaks of the previous sentence's time.
CONTINUING_OPENERS: tuple[str, ...] = (
    "其中", "同时", "此外", "另外", "另有", "与此同时", "并且", "而且",
)  # fmt: skip
