"""Bound markers and the other small word lists the recogniser composes (data only).

Leading comparators stand before the figure and stay outside its text (ANNOTATION.md);
trailing markers are part of the figure's text (27000余名, 3%以内, 90以上).
"""

from __future__ import annotations

from ..models import Bound

# Comparators written before a number, longest first where one contains another.
PREFIX_BOUNDS: dict[str, Bound] = {
    "不低于": ">=", "不少于": ">=", "不小于": ">=", "不下于": ">=", "至少": ">=", "最少": ">=", "起码": ">=",
    "达到或超过": ">=",
    "超过": ">", "超出": ">", "高于": ">", "多于": ">", "大于": ">", "突破": ">", "逾": ">",
    "超": ">",
    "要过": ">",  # speech: 今年入学的娃娃要过八十个 (over eighty)
    "不超过": "<=", "不高于": "<=", "不多于": "<=", "不大于": "<=", "最多": "<=", "至多": "<=",
    "最高": "<=",
    # a rule that forbids more: 不得超过, 不能超过 (not 超过 alone, which is more than)
    "不得超过": "<=", "不能超过": "<=", "不可超过": "<=", "不应超过": "<=", "不准超过": "<=", "不宜超过": "<=",
    # and one that forbids less: 不得少于180天, 不应低于90% (not 少于 or 低于 alone, which are less than)
    "不得少于": ">=", "不能少于": ">=", "不应少于": ">=", "不宜少于": ">=",
    "不得低于": ">=", "不能低于": ">=", "不应低于": ">=", "不宜低于": ">=",
    "不到": "<", "不足": "<", "低于": "<", "少于": "<", "小于": "<", "未满": "<", "不满": "<",
    "约": "~", "约占": "~", "大约": "~", "快": "~", "大概": "~", "近": "~", "将近": "~", "接近": "~", "约为": "~",
    "约有": "~", "近乎": "~", "差不多": "~",
}  # fmt: skip

# Markers written after the number and unit, inside the figure's text.
SUFFIX_BOUNDS: dict[str, Bound] = {
    "以上": ">=", "及以上": ">=", "或以上": ">=", "有余": ">=", "多": ">=", "余": ">=",  # 或以上: Hong Kong
    "以下": "<=", "及以下": "<=", "或以下": "<=", "以内": "<=", "之内": "<=",
    "左右": "~", "上下": "~", "许": "~",
}  # fmt: skip

# A ratio or a level moved to its new value (师生比由1:12.8改善至1:11.5, 差距缩小至1.8:1): links of a
# rate (below) and the verbs the ratio rule lets stand between 比 and a ratio (rules/measures.py).
LEVEL_MOVING_LINKS: tuple[str, ...] = (
    "改善至", "改善到", "改善为", "优化至", "优化到", "优化为", "缩小至", "缩小到", "降低至", "降低到",
)  # fmt: skip
# Verbs that link a rate to its value: 入学率为98.67%, 入园率达到90以上.
RATE_LINKS: tuple[str, ...] = (
    "为", "是", "达", "达到", "达到了", "已达", "已达到", "提高到", "提高至", "提升到", "提升至",
    "上升到", "上升至", "下降到", "下降至", "降到", "降至", "保持在", "稳定在",
    "控制在", "要达到", "力争达到", "均为", "均达到", "分别为", "分别达到", "分别是", "仅为", "只有", "在",
    "高达", "竟达", "低至", *LEVEL_MOVING_LINKS,
)  # fmt: skip

# Words that give a ratio its value in a clause that no longer names the 比 (生师比为14.8:1,
# 城区小学高达23.5:1): read with RATE_LINKS and PREFIX_BOUNDS by the `ratio_to_one` rule.
# A rate named again by a word that points back (乡村学校这一比例高达41%): the measure before it.
ANAPHORIC_MEASURES: tuple[str, ...] = (
    "这一比例", "该比例", "此比例", "这个比例", "这一比率", "该比率", "这一比重", "该比重", "这一占比", "该占比",
    "这一指标", "该指标", "这一数字", "该数字", "这一数据", "该数据",
)  # fmt: skip
RATIO_LINKS: tuple[str, ...] = ("高达", "仅", "竟达", "已达", "逐步控制在", "逐步降至", "降低至")
# Ratios named by the two things they compare; one earlier in the sentence lets a bare N:1 be one.
RATIO_NOUNS: tuple[str, ...] = (
    "生师比", "师生比", "职普比", "普职比", "班师比", "生机比", "生師比", "師生比", "職普比",
)  # fmt: skip

# Ratios of heads to one teacher or computer that Taiwan and Hong Kong statistics write as one
# number without its :1 (生師比為13.40).
PER_ONE_RATIO_NOUNS: tuple[str, ...] = ("生师比", "生机比", "生師比", "生機比")

# Words around a place that takes up a ratio named earlier (但城区小学高达23.5:1): a joining word
# before it, what is left of its link word after it.
RATIO_PLACE_OPENERS: tuple[str, ...] = ("但是", "但", "而且", "而", "其中", "另外")
RATIO_PLACE_CLOSERS: tuple[str, ...] = ("高", "低", "仅", "竟", "已", "逐步", "则")

# Verbs that compare a result with a standard written after the figure (高于国家规定85%的标准,
# 低于3平方米的标准): the standard is exact and measures what the result measures.
STANDARD_COMPARATORS: tuple[str, ...] = ("高于", "低于", "高於", "低於", "符合", "达到", "達到", "超过", "超過")

# Nouns after an amount written without 元 that make it money: 不低于500万的资金.
MONEY_NOUNS_AFTER: tuple[str, ...] = (
    "资金", "经费", "投入", "拨款", "专款", "预算", "补助", "奖励", "奖金", "欠款", "债务",
    "贷款", "投资",
)  # fmt: skip
# Words before such an amount that make it money: 投入500万, 欠款300多万.
MONEY_WORDS_BEFORE: tuple[str, ...] = (
    "投入", "投资", "资金", "经费", "拨付", "拨款", "筹措", "筹集", "补助", "资助", "奖励",
    "欠款", "债务", "缺口", "预算", "专款", "贷款", "收入", "支出",
    # what a speech says for it: 镇财政挤出来一百二十多万, 今年又安排了八十万, 再拿出二十万
    "挤出来", "挤出", "拿出", "安排",
    # and what it was spent on: 乡里花了将近三百万, 县里投了三百多万, 上面拨了五十万
    "花了", "花掉", "花费", "投了", "拨了",
)  # fmt: skip

# Words after which a bare ordinal is a rank: 位居…第二, 排名第5.
RANK_CUES: tuple[str, ...] = (
    "位居", "位列", "排名", "名列", "排在", "排位", "居", "列", "获", "全市", "全省", "全区", "全县",
    "全国", "全州", "全盟", "全旗",
    "排",  # 在全县十八个乡镇里排第五 (安排第二批: 批 after the ordinal is no rank)
)  # fmt: skip

# Nouns before an amount written with 万/亿 and no classifier that make it a count of people:
# 报名人数60万左右, 户籍人口xx万, 在校生12.5万.
PEOPLE_NOUNS_BEFORE: tuple[str, ...] = (
    "人数", "人口", "学生", "在校生", "在园幼儿", "幼儿", "儿童", "考生", "毕业生", "新生", "招生",
    "教师", "教职工", "教职员工", "人员", "学员", "受益", "受助", "惠及", "覆盖", "随迁子女",
    # people counted by what they do or are: 接待参观12万, 报考52万, 服务群众8万
    "人次", "接待", "参观", "参加", "参与", "参赛", "报名", "报考", "录取", "招收", "就业", "群众",
    "家长", "居民", "游客", "观众", "听众", "志愿者",
)  # fmt: skip
# …and after it: 30万以上人口县.
PEOPLE_NOUNS_AFTER: tuple[str, ...] = ("人口", "名", "人次")

# Comparison signs a table cell or an indicator writes before its number (≥95, ≤3, ＞90).
SIGN_BOUNDS: dict[str, Bound] = {"≥": ">=", "≧": ">=", "≤": "<=", "≦": "<=", ">": ">", "＞": ">", "<": "<", "＜": "<"}

# Words in a table column's header that make its cells rates when the table's 单位 line lists
# an amount and % (单位：万元、% over 项目 | 预算数 | 决算数 | 完成调整预算): 完成 and 执行 name a share of a
# plan fulfilled, the others a share or a growth.
RATE_COLUMN_WORDS: tuple[str, ...] = (
    "率", "占比", "比重", "比例", "增长", "增幅", "增减", "同比", "完成", "执行", "百分比",
)  # fmt: skip
# An earlier round of the same thing (上一批次同类采购共采购154台, 上一届运动会参赛1200人): what a plan,
# a notice or a tender says of it is a past reported, like 去年.
EARLIER_ROUNDS: tuple[str, ...] = (
    "上一批次", "上批次", "上一批", "上一期", "上一轮", "上轮", "上一届", "上届", "上屆", "上一屆",
)  # fmt: skip
