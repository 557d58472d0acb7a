"""Cue words for the policy meaning of a figure: role, modality and time (data only)."""

from __future__ import annotations

# Verbs that make the figure after them a change against another time or place.
CHANGE_VERBS: tuple[str, ...] = (
    "增加", "增长", "提高", "上升", "下降", "减少", "高出", "降低", "增幅", "增收", "增多", "减小",
    "扩大", "缩小", "提升", "回落", "攀升", "多出", "净增", "压减", "缩减", "削减",
    "同比增长", "同比下降", "环比增长", "增速", "涨幅", "降幅", "下滑",
)  # fmt: skip
# ...unless followed by one of these: 提高到95% is a level, not a change.
TO_LEVEL: tuple[str, ...] = ("到", "至", "为", "达", "成")

# Words before a figure in parentheses, or right before it, that make it the baseline.
REFERENCE_CUES: tuple[str, ...] = ("比上年", "比去年", "比上一年", "较上年", "较去年", "比年初", "同比", "由", "从")

# Cues that make a figure a target: a goal, plan, promise, quota or requirement.
TARGET_CUES: tuple[str, ...] = (
    "要", "将", "确保", "力争", "计划", "争取", "必须", "应当", "应", "须", "务必", "努力", "预计",
    "拟", "力求", "目标是", "目标为", "的目标", "为目标", "目标任务", "下达", "不低于", "不少于",
    "不超过", "不高于", "至少", "控制在", "今后", "明年", "届时", "决定", "谋划", "争创", "力促",
    "规划建设", "计划建设", "打算", "希望", "期望", "下一步", "以内完成", "规划期内",
)  # fmt: skip
# Cues that make a figure a result: a state reached or a past event.
ACTUAL_CUES: tuple[str, ...] = (
    # 比上年 / 同比 compare, they do not report: a target can be 比上年下降50%以上.
    "已", "已经", "累计", "了", "共有", "目前", "去年", "过去", "还有",
    "截至", "截止", "到目前为止", "荣获", "惠及", "首次", "刚刚过去", "一年来", "尚有", "仍有",
    "先后", "历时", "分别达到", "创历史", "现已", "业已", "顺利", "圆满",
)  # fmt: skip
# Link verbs right before a figure that report a level (入学率为98.67%): weak cues, used only
# when no other cue speaks.
ACTUAL_LINKS: tuple[str, ...] = ("为", "是", "达", "达到", "有", "共", "计", "占", "仅", "只有")

# Section headings: words that make every figure under them a review (actual) or a plan (target).
REVIEW_HEADING_WORDS: tuple[str, ...] = (
    "回顾", "总结", "成绩", "成效", "工作情况", "取得", "过去", "进展", "完成情况", "存在问题", "存在的问题",
    "基本情况", "主要问题",
)  # fmt: skip
PLAN_HEADING_WORDS: tuple[str, ...] = (
    "重点工作", "工作任务", "主要任务", "思路", "工作安排", "打算", "计划", "目标", "部署", "要点",
    "措施", "下一步", "展望", "明年", "今后", "意见", "建议",
)  # fmt: skip
# Verbs that open an imperative heading in a speech (加强领导, 树立质量意识): a plan section.
PLAN_HEADING_VERBS: tuple[str, ...] = (
    "加强", "推进", "促进", "强化", "提高", "提升", "深化", "坚持", "突出", "开展", "树立", "加快",
    "切实", "进一步", "努力", "理清", "实施", "完善", "落实", "聚焦", "推动", "抓好", "做好", "狠抓",
    "优化", "健全", "构建", "建立", "扩大", "发展", "创新", "全面", "着力", "加大", "规范", "营造",
)  # fmt: skip
