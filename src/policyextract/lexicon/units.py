"""Units and classifiers: what each one measures and how to scale it (data only).

Each table maps the unit as written to a `Unit`: the figure kind, the canonical unit written
in the record, and the factor that brings the number to the canonical unit.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from ..models import Kind


class Unit(NamedTuple):
    """What a unit measures (`kind`), how the record writes it (`canonical`) and the factor to it.

    A named tuple, not a frozen dataclass: the count rule makes one a figure (its classifier
    and magnitude as written), ~0.3 µs against ~2."""

    kind: Kind
    canonical: str
    factor: Decimal = Decimal(1)


_WAN = Decimal(10) ** 4
_YI = Decimal(10) ** 8

MONEY_UNITS: dict[str, Unit] = {
    "元": Unit("money", "元"),
    "千元": Unit("money", "元", Decimal(1000)),
    "万元": Unit("money", "元", _WAN),
    "十万元": Unit("money", "元", Decimal(10) ** 5),
    "百万元": Unit("money", "元", Decimal(10) ** 6),
    "千万元": Unit("money", "元", Decimal(10) ** 7),
    "亿元": Unit("money", "元", _YI),
    "万亿元": Unit("money", "元", Decimal(10) ** 12),
    # Speech says 块钱 for 元 (三百块钱, 十万块钱): money, never a count of 块.
    "块钱": Unit("money", "元"),
    "万块钱": Unit("money", "元", _WAN),
    "元钱": Unit("money", "元"),
    # Hong Kong texts count in their own dollars (教育开支913亿港元): money, in the unit written.
    **{
        magnitude + currency: Unit("money", "港元", factor)
        for currency in ("港元", "港币")
        for magnitude, factor in (("", Decimal(1)), ("万", _WAN), ("亿", _YI), ("百万", Decimal(10) ** 6))
    },
    # Macau texts in patacas (开支86.4亿澳门元): money, in the unit written, as Hong Kong's dollars.
    **{
        magnitude + currency: Unit("money", "澳门元", factor)
        for currency in ("澳门元", "澳门币")
        for magnitude, factor in (("", Decimal(1)), ("万", _WAN), ("亿", _YI), ("百万", Decimal(10) ** 6))
    },
}

AREA_UNITS: dict[str, Unit] = {
    "平方米": Unit("area", "m²"),
    "平米": Unit("area", "m²"),
    "m2": Unit("area", "m²"),
    "M2": Unit("area", "m²"),
    "m²": Unit("area", "m²"),
    "㎡": Unit("area", "m²"),
    "万平方米": Unit("area", "m²", _WAN),
    "万平米": Unit("area", "m²", _WAN),
    "万m2": Unit("area", "m²", _WAN),
    "平方公里": Unit("area", "m²", Decimal(10) ** 6),
    "平方千米": Unit("area", "m²", Decimal(10) ** 6),
    "km2": Unit("area", "m²", Decimal(10) ** 6),
    "公顷": Unit("area", "m²", _WAN),
    # 亩 is kept as written: converting would hide the unit the source reports in.
    "亩": Unit("area", "亩"),
    "万亩": Unit("area", "亩", _WAN),
}

LENGTH_UNITS: dict[str, Unit] = {
    "米": Unit("length", "m"),
    "延米": Unit("length", "m"),
    "m": Unit("length", "m"),
    "公里": Unit("length", "m", Decimal(1000)),
    "千米": Unit("length", "m", Decimal(1000)),
    "km": Unit("length", "m", Decimal(1000)),
    "厘米": Unit("length", "m", Decimal("0.01")),  # 身高增长2.6厘米 (a student-health survey)
    "公分": Unit("length", "m", Decimal("0.01")),  # Taiwan's centimetre
    "毫米": Unit("length", "m", Decimal("0.001")),
}

# Weights (ANNOTATION.md: another measured quantity is kind other, kept in its own unit).
MASS_UNITS: dict[str, Unit] = {
    "公斤": Unit("other", "公斤"),
    "千克": Unit("other", "千克"),
    "kg": Unit("other", "千克"),
    "吨": Unit("other", "吨"),
    "克": Unit("other", "克"),  # 每餐肉蛋奶增加15克 (a nutrition report); 克服, 克难 are verbs
    "毫克": Unit("other", "毫克"),
}

# Measures of equipment that a purchase or tender states (屏幕不小于86英寸, 电池容量7000mAh,
# 亮度3600流明): another measured quantity, kept in the unit written.
DEVICE_UNITS: dict[str, Unit] = {
    "英寸": Unit("other", "英寸"),
    "吋": Unit("other", "英寸"),
    "mAh": Unit("other", "mAh"),
    "毫安时": Unit("other", "mAh"),
    "流明": Unit("other", "流明"),
}
# Every other measure the mass rule reads: weights and equipment measures.
MEASURE_UNITS: dict[str, Unit] = {**MASS_UNITS, **DEVICE_UNITS}

# Points of a score (评价得分86.5分): another measured quantity, kept in 分. A table column headed by
# a score word (一级指标 | 分值 | 得分) holds points where no unit is declared.
SCORE_UNIT = Unit("other", "分")
SCORE_HEADER_WORDS: tuple[str, ...] = ("分值", "得分", "评分", "分数", "满分", "总分", "标准分", "自评分")

DURATION_UNITS: dict[str, Unit] = {
    "年": Unit("duration", "年"),
    "个年头": Unit("duration", "年"),
    "学年": Unit("duration", "学年"),
    "个学年": Unit("duration", "学年"),  # 三個學年
    "个月": Unit("duration", "月"),
    "个多月": Unit("duration", "月"),
    "天": Unit("duration", "天"),
    "日": Unit("duration", "天"),
    "周": Unit("duration", "周"),
    "个星期": Unit("duration", "周"),
    "学期": Unit("duration", "学期"),
    "个学期": Unit("duration", "学期"),
    "小时": Unit("duration", "小时"),
    "个小时": Unit("duration", "小时"),
    "分钟": Unit("duration", "分钟"),
    "秒": Unit("duration", "秒"),  # a race time or a gap in it (比原纪录快0.3秒)
    "个工作日": Unit("duration", "个工作日"),  # 公示期不少于5个工作日
    "工作日": Unit("duration", "个工作日"),
}

# Counting classifiers: the classifier itself is the canonical unit (ANNOTATION.md).
COUNT_CLASSIFIERS: tuple[str, ...] = (
    "人次", "场次", "批次", "架次", "班次", "所", "名", "人", "个", "套", "册", "份", "项", "次",
    "篇", "家", "位", "件", "批",
    "台", "间", "张", "本", "座", "辆", "场", "期", "户", "支", "门", "节", "部", "种", "条",
    "处", "块", "栋", "幢", "个班", "班", "床", "架", "组", "队", "起", "例", "课", "首", "把", "双",
    "盒", "幅", "棵", "株", "面", "校次", "台套", "瓶", "箱", "册次", "艘", "辆次", "课时", "学时", "轮",
    "校", "案",  # Taiwan and Hong Kong count schools and funded cases so: 補助120校, 核定85案
    "园",  # Taiwan counts kindergartens so: 公共化幼兒園98園
    "趟",  # trips: 上门跑了四十多趟
    "门次", "家次",  # course sections a term runs (开设课程2318门、7352门次), visits (检查机构736家次)
    "县市",  # Taiwan counts its counties and cities so: 生師比低於12者計有9縣市
)  # fmt: skip
# Classifiers that, after a bare Chinese digit, usually make a name or a word (五棵树, 三面
# 红旗, 两把手): they count only after Arabic digits or a numeral with a magnitude.
# 两校, 三校联动 name a known group of schools (ANNOTATION.md: numerals fused with a noun).
# 一园一品, 跑一趟 are words too.
WEAK_CLASSIFIERS: frozenset[str] = frozenset(
    {"棵", "株", "面", "把", "双", "盒", "幅", "瓶", "箱", "校", "案", "园", "趟", "县市"}
)

PERCENTAGE_POINT_UNITS: tuple[str, ...] = ("个百分点", "百分点")


def alternation(words: Iterable[str]) -> list[str]:
    """Words longest first, the order an alternation must try them in."""
    return sorted(words, key=len, reverse=True)


# A table's 单位 line may list a count of places and one of people (单位：所、人): a column headed
# by people (在校生, 教职工, 招生人数) counts in the people's classifier, one headed by schools
# (小学, 中学, 幼儿园, 学校数) in the places'.
PEOPLE_HEADER_ENDINGS: tuple[str, ...] = (
    "生", "师", "工", "员", "人", "儿", "童", "生数", "人数", "师数", "员数",
    # an admission table's columns count students: 计划数 | 录取数 | 报到数 under 单位：人、分
    "录取数", "招生数", "报到数", "报名数", "计划数",
)  # fmt: skip
# A header of scores (最低分, 平均分, 超控制线分数, 分数线): points, where a 单位 line lists 分.
SCORE_HEADER_ENDINGS: tuple[str, ...] = ("分", "分数", "分数线", "分值")
PEOPLE_CLASSIFIERS: tuple[str, ...] = ("人", "名")
PLACE_HEADER_ENDINGS: tuple[str, ...] = ("学", "校", "园", "院", "校数", "园数", "学校数")
PLACE_CLASSIFIERS: tuple[str, ...] = ("所", "个", "校")
# A 单位 line may list an amount and a count (单位：万元、个): a column headed by money (投资金额,
# 教育经费, 资助资金) takes the listed amount, one headed by a number of things (项目个数, 涉及单位数)
# the one listed count that is not of people or places.
MONEY_HEADER_ENDINGS: tuple[str, ...] = (
    "金额",
    "资金",
    "经费",
    "投入",
    "支出",
    "收入",
    "拨款",
    "费用",
    "预算数",
    "决算数",
    "投资",  # 计划投资 | 完成投资 under 单位：平方米、万元
)
# …and one headed by an area (建筑面积, 占地面积, 校舍面积) takes the listed area unit.
AREA_HEADER_ENDINGS: tuple[str, ...] = ("面积",)
# A table's row or column label that names the places it counts (核准学额 | 152,460), with
# no unit declared anywhere: the classifier those things are counted in. Hong Kong and Taiwan
# replies put one such measure on each row under school-year columns.
# (schools and classes counted by name, 学校数目 and 班级数目, are read in passes.py)
COUNTED_LABEL_CLASSIFIERS: dict[str, str] = {"学额": "个", "学位数": "个"}
