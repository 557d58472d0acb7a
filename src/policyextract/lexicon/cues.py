"""Cue words for the policy meaning of a figure: role, modality and time (data only)."""

from __future__ import annotations

# Verbs that make the figure after them a change against another time or place.
CHANGE_VERBS: tuple[str, ...] = (
    "增加", "增长", "提高", "上升", "下降", "减少", "高出", "降低", "增幅", "增收", "增多", "减小",
    "扩大", "缩小", "提升", "回落", "攀升", "多出", "净增",
    "同比增长", "同比下降", "环比增长", "增速", "涨幅", "降幅", "下滑",
)  # fmt: skip
# ...unless followed by one of these: 提高到95% is a level, not a change.
TO_LEVEL: tuple[str, ...] = ("到", "至", "为", "达", "成")

# Words before a figure in parentheses, or right before it, that make it the baseline.
REFERENCE_CUES: tuple[str, ...] = ("比上年", "比去年", "比上一年", "较上年", "较去年", "比年初", "同比", "由", "从")

TARGET_CUES: tuple[str, ...] = (
    "要", "将", "确保", "力争", "计划", "争取", "目标", "必须", "应当", "应", "须", "务必",
    "努力", "预计", "拟", "力求", "规划", "部署", "任务", "要求", "下达", "不低于", "不少于",
    "不超过", "至少", "控制在", "推动", "实现", "打造", "建成", "着力", "加快", "力求",
    "每年", "每学期", "今后", "明年", "届时", "新建", "启动", "谋划", "决定",
)  # fmt: skip
ACTUAL_CUES: tuple[str, ...] = (
    "已", "已经", "累计", "完成了", "达到了", "共有", "现有", "目前", "去年", "上年", "过去",
    "完成", "实现了", "建成了", "新增了", "取得", "获得", "荣获", "惠及", "发放", "组织了",
    "开展了", "举办", "印发", "参加了", "首次", "连续", "刚刚过去", "一年来", "为", "占",
    "比上年", "比去年", "同比", "尚有", "截至", "截止", "到目前为止", "有",
)  # fmt: skip

# Section headings: words that make every figure under them a review (actual) or a plan (target).
REVIEW_HEADING_WORDS: tuple[str, ...] = ("回顾", "总结", "成绩", "成效", "工作情况", "取得", "过去", "进展", "完成情况")
PLAN_HEADING_WORDS: tuple[str, ...] = (
    "重点工作", "工作任务", "主要任务", "工作思路", "工作安排", "打算", "计划", "目标", "部署", "要点",
    "措施", "下一步", "展望", "明年", "今后",
)  # fmt: skip
