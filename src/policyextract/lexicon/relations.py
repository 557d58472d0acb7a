"""Cue words for relations between figures (parts and totals) and for how firmly a target is set
(data only: read by relations.py and commitment.py).

Matched on a copy whose traditional cue characters are folded to simplified ones
(`modality.fold`), so 其中/包括/分別為 read alike in both scripts.
"""

from __future__ import annotations

# Words that open a breakdown of the figure before them (全县共有学校56所，其中小学42所).
# 含 and 包括 only where they include (不含, 含义, 不包括 exclude or mean something else: the
# guards are in relations.py).
PART_CUES: tuple[str, ...] = ("其中", "内含", "包含", "包括", "含")
# 分别 after a total lists its parts one by one (毕业生4216人，升入高中和中职的分别为2530人和1348人).
RESPECTIVE_CUES: tuple[str, ...] = ("分别为", "分别是", "分别有", "分别达到", "分别达", "分别")

# Words that leave a figure out of the total before it (人口52.3万人（不含流动人口3.1万人）).
EXCLUSIONS: tuple[str, ...] = ("不含", "不包括", "不包含", "除", "以外", "之外", "另有", "另外")

# Stages of progress of a project: a list of them counts subsets that nest (启动9个(其中立项9个,
# 开工4个,建成1个): each is part of the stage before, not a partition of the total.
PROGRESS_STAGES: tuple[str, ...] = (
    "立项", "招标", "设计", "开工", "动工", "在建", "封顶", "主体完工", "建成", "竣工", "完工", "验收", "交付",
    "投入使用", "投用",
)  # fmt: skip

# Row labels of a flattened table that total the rows under them (合计 | 120 | 135).
TOTAL_ROW_LABELS: tuple[str, ...] = (
    "合计", "总计", "共计", "总数", "总量", "总额", "小计", "全市", "全县", "全区", "全省", "全镇", "全州", "全盟",
)  # fmt: skip

# Counting classifiers that count the same kind of thing, so that a part may be written with
# another of its family (教职工950人，其中专任教师820名). A classifier outside every family
# pairs only with itself; 个 counts anything and pairs with a family of institutions.
COUNT_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"人", "名", "位", "员"}),
    frozenset({"所", "校", "个", "座", "家"}),
    frozenset({"间", "个", "室"}),
    frozenset({"项", "个"}),
    frozenset({"套", "台", "件"}),
)

# Words in the subject of a 分别 list that make it no breakdown of the total before it but a
# list of other times (2019年和2020年分别为…) or a comparison.
NOT_A_BREAKDOWN: tuple[str, ...] = ("年", "月", "比", "较", "同比", "上年", "去年", "平均", "增", "减", "降", "提高")

# Stage and level words: a 分别 list over other stages than the total's names parallel figures
# (小学在校生3000人，初中和高中分别为…), not its parts.
STAGE_WORDS: tuple[str, ...] = (
    "幼儿园", "学前", "小学", "初中", "高中", "中职", "职高", "中专", "高校", "本科", "专科", "研究生", "大学", "特教",
)  # fmt: skip

# --- commitment ------------------------------------------------------------------------------

# A target that must be met: a guarantee, an obligation, a prohibition, a binding indicator.
BINDING_CUES: tuple[str, ...] = (
    "确保", "必须", "务必", "须", "严禁", "不得", "不准", "禁止", "一律", "约束性", "刚性", "硬性",
    "严格控制", "坚决", "保证",
)  # fmt: skip
# A target striven for: an aim, an expected (预期性) indicator, an encouragement.
AIM_CUES: tuple[str, ...] = (
    "力争", "争取", "努力", "预期性", "鼓励", "力求", "争创", "力促", "期望", "希望", "尽量", "尽可能",
)  # fmt: skip

# Traditional forms of characters of the words above that modality.fold does not fold (分別為,
# 不準, 保證, 盡量, 總數, 禁止, 鼓勵 …); a test checks this table against OpenCC.
EXTRA_TRADITIONAL: dict[str, str] = {
    "別": "别", "準": "准", "證": "证", "盡": "尽", "儘": "尽", "專": "专", "職": "职", "區": "区", "縣": "县",
    "鎮": "镇", "園": "园", "體": "体", "頂": "顶", "項": "项", "驗": "验",
}  # fmt: skip
