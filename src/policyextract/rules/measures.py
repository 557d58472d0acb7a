"""Physical measures, ratios, multiples and ranks: 25万m2, 3000米, 3.1:6.9, 翻三番, 第14名."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..lexicon.markers import SUFFIX_BOUNDS
from ..lexicon.units import AREA_UNITS, LENGTH_UNITS, MEASURE_UNITS, Unit
from ..models import Bound
from ..numerals import NumberError, parse_number
from .build import number_value, quantity
from .registry import Candidate, Match, finds, rejects, rule


@rule(
    "area",
    r"""
    (?P<num> (?&number) | (?&masked) ) (?P<approx> 余 | 多 )?
    (?: (?&range_dash) (?P<num2> (?&number) ) )?
    (?P<unit> \L<area_units> ) (?! [a-zA-Z0-9] )
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 左右 )?
    """,
    order=50,
    examples=[
        finds("全年共改造中小学d类危房25万m2,完成了", "25万m2", 250000, "area", unit="m²"),
        finds("建筑面积3000平方米", "3000平方米", 3000, "area"),
        finds("占地120亩", "120亩", 120, "area", unit="亩"),
        finds("校舍面积1.5万平方米", "1.5万平方米", 15000, "area"),
        finds("新增绿地２㎡", "２㎡", 2, "area"),
        rejects("平方米单价", "no number"),
    ],
)
def area(match: Match) -> Candidate | None:
    return quantity(match, AREA_UNITS[match.group("unit")], rule="area")


@rule(
    "length",
    r"""
    (?P<num> (?&number) ) (?P<approx> 余 | 多 )?
    (?P<unit> \L<length_units> ) (?! [a-zA-Z0-9²] | 处 )
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 以内 | 之内 | 左右 )?
    """,
    order=55,
    examples=[
        finds("新增了超过3000米的防冲撞设施", "3000米", 3000, "length", bound=">", unit="m"),
        finds("修建道路2.5公里", "2.5公里", 2500, "length"),
        rejects("25万m2", "an area, not a length", span="25万m"),
        finds("学生平均身高较2012年增长2.6厘米", "2.6厘米", Decimal("0.026"), "length", unit="m"),
        finds("每人每年补助校服布料3公分以上", "3公分以上", Decimal("0.03"), "length", bound=">="),
        rejects("厘米级定位", "no number"),
    ],
)
def length(match: Match) -> Candidate | None:
    return quantity(match, LENGTH_UNITS[match.group("unit")], rule="length")


@rule(
    "mass",
    r"""
    (?P<num> (?&number) ) (?P<approx> 余 | 多 )?
    (?: (?&range_dash) (?P<num2> (?&number) ) )?
    (?<! 千 (?= 克 ) )                                      # 0.3千克: 千 is the unit's, not the number's
    (?P<unit> \L<measure_units> ) (?! [a-zA-Z0-9] | 位 | (?<=克) [服难隆拉] )
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 以内 | 左右 )?
    """,
    order=56,
    examples=[
        finds("学生平均体重增长1.8公斤", "1.8公斤", Decimal("1.8"), "other", unit="公斤"),
        finds("全年配送学生奶36.5吨", "36.5吨", Decimal("36.5"), "other", unit="吨"),
        finds("每生每天供应蔬菜0.3千克以上", "0.3千克以上", Decimal("0.3"), "other", bound=">="),
        rejects("万吨位货轮", "no number"),
        rejects("3吨位的校车", "吨位 names a class of vehicle", span="3吨"),
        # grams of a meal or a nutrient (a nutrition report's survey)
        finds("学生每餐肉蛋奶摄入量比上年增加约15克", "15克", 15, "other", bound="~", unit="克"),
        finds("每人每天食盐摄入量控制在5克以下", "5克以下", 5, "other", bound="<=", unit="克"),
        finds("每片含钙300毫克", "300毫克", 300, "other", unit="毫克"),
        rejects("全体党员做到“三克服”", "克服 is a verb: a slogan's numeral", span="三克"),
        rejects("坚持两克难精神", "克难 is a verb", span="两克"),
        # equipment a tender specifies: other, in the unit written
        finds("交互式智能黑板屏幕尺寸不小于75英寸", "75英寸", 75, "other", bound=">=", unit="英寸"),
        finds("学生平板电脑电池容量不低于6000mAh", "6000mAh", 6000, "other", bound=">=", unit="mAh"),
        finds("投影机亮度不低于3600流明", "3600流明", 3600, "other", bound=">=", unit="流明"),
        rejects("购置mAh型号配件", "no number"),
        rejects("采购mAh3000型移动电源", "a model name: the number follows the unit", span="3000"),
    ],
)
def mass(match: Match) -> Candidate | None:
    """Weights and equipment measures (1.8公斤, 86英寸): kind other, in the unit written."""
    return quantity(match, MEASURE_UNITS[match.group("unit")], rule="mass")


@rule(
    "ratio",
    r"""
    (?= [0-9] )
    (?<= 比 (?:例|率)? (?:原则上|大体上?|基本上?|大致|总体上?)? (?:分别)?
         (?: \L<rate_links> | 约为 | 约 | 由 | 从 | 达不到 | 不到 | 低于 | 高于 | 超过 | 不低于 | 不超过 | 不高于 )?
       | [0-9] (?:和|、|与|及)                                    # 分别为16:1和12:1
       | 比 (?:例|率)? (?:为|是|达到|达|由|从) [^。；;！？\n]{1,30} 分别 (?:为|是|达到|达)
                                                          # 生师比为10:1，小学、初中分别为12:1
       | 比 (?:由|从)? [^，。,;；]{0,10} 的                        # 生师比由2015年的18.6:1
       | (?:到|至) (?:19|20)[0-9]{2} 年 的                        # …下降到2020年的15.2:1
       | 比 [^，。,;；]{0,16} (?: 降至 | 降到 | 下降到 | 下降至 | 提高到 | 提高至 | 上升到 | 上升至
           | 增至 | 减至 | 调整为 | 变为                                # 师生比由1比15降至1比13
           | 提升为 | 提升至 | 提升到 | 降为 | \L<level_moving_links> ) )  # (not 调整至: 比赛时间调整至9:30)
    (?P<num> (?&arabic) ) (?: : | ∶ | 比 ) (?P<num2> (?&arabic) ) (?! [0-9.] )
    (?P<post> 以内 | 之内 | 以下 | 或以上 | 以上 | 左右 )?                          # 生机比达到6:1以内
    | (?P<num> (?&arabic) ) (?: : | ∶ ) (?P<num2> (?&arabic) ) (?= 的?比例 | 配备 | 配置 )   # 按1:1的比例
    # a standard's ratio to one (高于合格评估要求的18:1, 达到省定标准的13.5:1): no clock time ends in :1
    | (?<= (?:要求|标准|规定|省定|国定) 的 ) (?P<num> (?&arabic) ) (?: : | ∶ ) (?P<num2> 1 ) (?! [0-9.:：] )
    """,
    order=60,
    examples=[
        finds("职普比为3.1:6.9。", "3.1:6.9", Decimal("3.1") / Decimal("6.9"), "ratio", unit=""),
        finds("生师比13:1", "13:1", 13, "ratio"),
        finds("职普比例大体为5比5", "5比5", 1, "ratio"),
        finds("普职招生比例原则上保持在6:4左右", "6:4左右", 1.5, "ratio", bound="~"),
        finds("全市职普比总体上控制在4:6", "4:6", Decimal(4) / Decimal(6), "ratio"),
        rejects("原则上保持在6:4的节奏推进", "no 比 names a ratio before it"),
        finds("全市初中生师比降至12.5∶1。", "12.5∶1", 12.5, "ratio"),
        finds("按照1:1的比例配套资金", "1:1", 1, "ratio"),
        finds("生师比由2015年的18.6:1下降到2020年的15.2:1", "15.2:1", 15.2, "ratio"),
        finds("小学、初中生师比分别为16:1和12:1。", "12:1", 12, "ratio"),
        finds("全區生師比為11.4:1，小學及中學分別為13.2:1及9.6:1。", "13.2:1", Decimal("13.2"), "ratio"),
        finds("全县师生比为1:14，城区和农村学校分别为1:16和1:12", "1:16", Decimal(1) / Decimal(16), "ratio"),
        finds("全县生机比为6:1，小学、初中分别是7.5:1和4.8:1", "7.5:1", Decimal("7.5"), "ratio"),
        rejects("比赛共分两场，分别为9:30和14:00开始", "clock times after 分别为", span="9:30"),
        rejects("会议于10:30开始", "a clock time"),
        finds("師生比由1比16降至1比14", "1比14", Decimal(1) / Decimal(14), "ratio"),
        finds("生师比从19:1优化为16.5:1", "16.5:1", 16.5, "ratio"),
        finds("生师比从19:1优化为16.5:1", "19:1", 19, "ratio"),
        rejects("比赛于9:30降至室内进行", "a clock time after 比赛 and a verb", span="9:30"),
        finds("公營小學的教師與學生比率約為1:12.5", "1:12.5", Decimal(1) / Decimal("12.5"), "ratio", bound="~"),
        finds("全县生机比由6.5:1提升为2.4:1", "2.4:1", Decimal("2.4"), "ratio"),
        # a verb that moves a ratio to its new level (改善至, 优化到, 降低到, 缩小至)
        finds("建议将师生比由1:13.6改善至1:12", "1:12", Decimal(1) / Decimal(12), "ratio"),
        finds("全县生机比由8:1优化到5.5:1", "5.5:1", Decimal("5.5"), "ratio"),
        finds("城乡生师比差距由3.2:1缩小至1.8:1", "1.8:1", Decimal("1.8"), "ratio"),
        rejects("比赛时间调整至9:30", "a clock time: 比 opens 比赛", span="9:30"),
        finds("班师比率为1:2.1", "1:2.1", Decimal(1) / Decimal("2.1"), "ratio"),
        rejects("比率统计于10:30提交", "a clock time, no link word before it", span="10:30"),
        finds("全县生机比达到5:1以内", "5:1以内", 5, "ratio", bound="<="),
        finds("师生比1:13，比上年的1:14.5有所提高", "1:14.5", Decimal(1) / Decimal("14.5"), "ratio"),
        finds("中小学生师比保持在14:1左右", "14:1左右", 14, "ratio", bound="~"),
        finds("职普比大体为5:5以上", "5:5以上", 1, "ratio", bound=">="),
        finds("生师比为12:1，以内部挖潜为主", "12:1", 12, "ratio"),  # negative: 以内部 is no limit
        finds("报名人数与招聘计划之比达不到3:1的岗位核减计划", "3:1", 3, "ratio", bound="<"),
        finds("城区小学生师比不超过19:1", "19:1", 19, "ratio", bound="<="),
        rejects("比赛不到9:30就结束了", "a clock time: 比 opens 比赛", span="9:30"),
        finds("生师比仍高于合格评估要求的18:1", "18:1", 18, "ratio"),
        finds("班师比达到省定标准的1.7:1", "1.7:1", Decimal("1.7"), "ratio"),
        rejects("按学校要求的9:30到校", "a clock time: it does not end in :1", span="9:30"),
    ],
)
def ratio(match: Match) -> Candidate | None:
    value = _ratio_value(match)
    if value is None:
        return None
    post = match.group("post")
    bound = SUFFIX_BOUNDS[post] if post else "="
    return Candidate(match.start(), match.end(), "ratio", value, "", bound=bound, rule="ratio")


def _ratio_value(match: Match) -> Decimal | None:
    """num / num2 of a ratio match; None where a side does not parse or the divisor is 0."""
    try:
        first, second = parse_number(match.group("num")), parse_number(match.group("num2"))
    except NumberError:
        return None
    return None if second == 0 else first / second


@rule(
    "ratio_to_one",
    r"""
    (?= [0-9.]++ [:∶] 1 (?! [0-9.:∶] ) | 1 [:∶] [0-9] )              # N:1 or 1:N, never a clock time
    (?<= \L<ratio_nouns> [^。；;！？]{0,40} )                          # 生师比 earlier in the sentence
    (?<= \L<rate_links> | \L<prefix_bounds> | \L<ratio_links>
       | (?:较|比|由|从) [^，。,;；]{0,10} 的                            # 较2010年的15.2:1: a baseline
       | (?:其中|[、，,；;]) [\u3400-\u9fff]{1,8}                          # …，其中城区园16.8:1、农村园12.3:1:
         (?= [0-9.]++ [:∶] [0-9.]++ (?:以内|之内|以下|或以上|以上|左右)?     # a listed part ends at its mark
             (?: [、，,。；;）)\n] | $ ) ) )
    (?P<num> (?&arabic) ) [:∶] (?P<num2> (?&arabic) ) (?! [0-9.] )
    (?P<post> 以内 | 之内 | 以下 | 或以上 | 以上 | 左右 )?
    """,
    order=61,
    examples=[
        finds("生师比为14.8:1,但城区小学高达23.5:1", "23.5:1", Decimal("23.5"), "ratio"),
        finds("小学生师比为15:1,部分村小不足8:1", "8:1", 8, "ratio", bound="<"),
        finds("班师比全县为1:2.1,山区学校仅1:1.6", "1:1.6", Decimal(1) / Decimal("1.6"), "ratio"),
        finds("城区初中生师比逐步控制在13.5:1以内", "13.5:1以内", Decimal("13.5"), "ratio", bound="<="),
        rejects("生师比偏高的学校,上课时间为8:30", "a clock time, neither side is 1", span="8:30"),
        rejects("比赛中我县代表队以3:1获胜", "a score: no ratio noun before it", span="3:1"),
        rejects("全县生师比偏高,会议定于10:1开始", "no link word before the number", span="10:1"),
        finds("生机比为8.2:1，较2015年的13.6:1明显改善", "13.6:1", Decimal("13.6"), "ratio"),
        rejects("生师比偏高，较往年的9:30开始时间提前", "a clock time after 的", span="9:30"),
        # a part named right before its ratio, in a list after the whole's (其中城区园16.8:1、农村园12.3:1)
        finds("全县幼儿园生师比为13.6:1，其中城区园17.2:1、农村园11.5:1。", "11.5:1", Decimal("11.5"), "ratio"),
        finds("全县幼儿园生师比为13.6:1，其中城区园17.2:1、农村园11.5:1。", "17.2:1", Decimal("17.2"), "ratio"),
        finds("全市小学生机比为7.4:1，城区学校5.2:1，乡村学校9.8:1", "9.8:1", Decimal("9.8"), "ratio"),
        rejects("全县生师比偏高，比赛中城区队3:1获胜", "a score: words go on after it", span="3:1"),
        rejects("全县生师比偏高，其中城区园10:15开课", "a clock time: neither side is 1", span="10:15"),
    ],
)
def ratio_to_one(match: Match) -> Candidate | None:
    """`N:1` after a link word where the clause has dropped its 比 (城区小学高达23.5:1):
    one side is 1, which a clock time (8:30) never has."""
    value = _ratio_value(match)
    if value is None:
        return None
    post = match.group("post")
    bound = SUFFIX_BOUNDS[post] if post else "="
    return Candidate(match.start(), match.end(), "ratio", value, "", bound=bound, rule="ratio_to_one")


_DOUBLINGS: Final = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}


@rule(
    "coefficient",
    r"""
    (?= [0-9] )
    (?<= 系数 [^。；;]{0,40} )                                       # 差异系数小学为0.42、初中为0.31
    (?<= 为 | 是 | 达到 | 达 | 低于 | 高于 | 不高于 | 不低于 | 不超过 | 控制在 | 降至 | 降到 | 系数
       | [0-9] (?: 和 | 、 | 与 | 及 ) | 规定的 | 要求的 | 标准的            # 分别为0.41和0.38
       | \L<stage_words> )                                            # 系数（小学0.48、初中0.39）
    (?P<num> [0-9]+\.[0-9]+ ) (?! [0-9%‰] | \L<classifiers> | 万 | 亿 | 元 | 倍 | 分 )
    """,
    order=62,
    examples=[
        finds("校际差异系数小学为0.42、初中为0.31", "0.31", 0.31, "other", unit=""),
        finds("差异系数小学不高于0.50", "0.50", 0.5, "other", bound="<="),
        finds("小学和初中综合差异系数分别为0.391和0.287,均低于要求", "0.287", 0.287, "other"),
        finds("差异系数小学为0.38、初中为0.27,均低于国家规定的0.65和0.55", "0.55", 0.55, "other"),
        rejects("系数计算中,1.5和2.5两组数据", "no link to the coefficient before the first number", span="1.5"),
        rejects("系数为3所学校", "a count"),
        # a stage right before the number, as a bracket or a list gives it
        finds("综合差异系数（小学0.48、初中0.39）均达标", "0.48", 0.48, "other"),
        finds("综合差异系数（小学0.48、初中0.39）均达标", "0.39", 0.39, "other"),
        finds("两项系数分别是：小学0.452，初中0.367", "0.367", 0.367, "other"),
        rejects("系数测算覆盖小学0.6万人", "a count of people", span="0.6"),
        rejects("差异系数达标后，小学2.5%的班级仍超额", "a percentage"),
        rejects("差异较大,全县0.5万人", "no coefficient before it"),
    ],
)
def coefficient(match: Match) -> Candidate | None:
    return quantity(match, Unit("other", ""), rule="coefficient")


@rule(
    "ratio_without_one",
    r"""
    (?= [0-9] )
    (?<= \L<per_one_ratio_nouns> [^。；;！？\n]{0,40} )                 # 生師比 earlier in the sentence
    (?<= \L<per_one_ratio_nouns> | 为 | 是 | 达到 | 达 | 仅 | 降至 | 降到 | 降低 | 下降 | 减少 | 增加 | 提高
       | 上升 | 低于 | 高于 | 不高于 | 不超过 | [0-9] (?: 和 | 、 | 与 | 及 ) )
    (?P<num> [0-9]{1,2} (?: \.[0-9]{1,2} )? )
    (?= [，,。；;、）)] | 和 | 及 | 与 | 较 | 比 | \s | $ )            # …and nothing after it: no unit
    """,
    order=63,
    examples=[
        finds("全縣國小生師比為12.85，較上學年降低0.21；", "12.85", Decimal("12.85"), "ratio", unit=""),
        finds("全縣國小生師比為12.85，較上學年降低0.21；", "0.21", Decimal("0.21"), "ratio"),
        finds("國中生師比11.6，平均每班學生數25.3人", "11.6", Decimal("11.6"), "ratio"),
        finds("國小生師比低於10者計有6縣市，其中金門縣為9.42，", "9.42", Decimal("9.42"), "ratio"),
        rejects("國中生師比11.6，平均每班學生數25.3人", "a count with its classifier", span="25.3"),
        rejects("生師比偏高的學校共有12所", "a count", span="12"),
        rejects("生师比为17.5%的学校", "a percentage", span="17.5"),
        rejects("职普比为1.2，高于全省", "职普比 is not heads to one", span="1.2"),
        rejects("生师比较2019年下降", "a year", span="2019"),
    ],
)
def ratio_without_one(match: Match) -> Candidate | None:
    """A heads-to-one ratio written as its first term alone (生師比為13.40 is 13.40:1)."""
    return quantity(match, Unit("ratio", ""), rule="ratio_without_one")


@rule(
    "doubling",
    r"""
    翻 了? (?P<near> 将近 | 近 )? (?P<num> [一二两三四五12345] ) 番     # 翻了近一番
    (?P<post> 还多 | 多 | 或以上 | 以上 )?                                     # 翻了一番还多
    """,
    order=5,
    examples=[
        finds("按计划三年翻三番", "翻三番", 8, "multiple", unit="倍"),
        finds("经费翻一番", "翻一番", 2, "multiple"),
        finds("投入翻了一番", "翻了一番", 2, "multiple"),
        finds("投入翻了一番多", "翻了一番多", 2, "multiple", bound=">="),
        rejects("翻番", "no number of doublings"),
        finds("考上县一中的比去年翻了一番还多", "翻了一番还多", 2, "multiple", bound=">="),
        finds("月平均工资五年翻了近一番", "翻了近一番", 2, "multiple", bound="~"),
        finds("图书册数将近翻两番", "翻两番", 4, "multiple", bound="~"),  # 将近 before 翻: outside the figure
        rejects("翻近番", "no number of doublings after 近"),
    ],
)
def doubling(match: Match) -> Candidate | None:
    factor = Decimal(2) ** _DOUBLINGS[match.group("num")]
    bound: Bound = "~" if match.group("near") else ">=" if match.group("post") else "="
    return Candidate(match.start(), match.end(), "multiple", factor, "倍", bound=bound, rule="doubling")


@rule(
    "multiple",
    r"""
    (?P<num> (?&arabic) | (?&cn) ) (?P<approx> 多 )?
    (?: 倍? (?&range_dash) (?P<num2> (?&arabic) | (?&cn) ) )?
    (?P<unit> 倍 ) (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 左右 | 多 )?
    """,
    order=65,
    examples=[
        finds("经费增长2倍", "2倍", 2, "multiple", unit="倍"),
        finds("是去年的三倍", "三倍", 3, "multiple"),
        finds("增长1.5倍以上", "1.5倍以上", 1.5, "multiple", bound=">="),
        finds("投入增长3倍多", "3倍多", 3, "multiple", bound=">="),
        finds("经费增长2至3倍", "2至3倍", 2, "multiple", high=3),
        rejects("加倍努力", "no number"),
    ],
)
def multiple(match: Match) -> Candidate | None:
    return quantity(match, Unit("multiple", "倍"), rule="multiple")


@rule(
    "rank",
    r"""
    (?: 第 (?P<num> (?&arabic) | (?&cn) | (?&masked) )
        (?: (?: 至 | 到 | — | - | ~ ) 第? (?P<num2> (?&arabic) | (?&cn) ) (?= 名 ) )?   # 第51至100名: a band of ranks
        # 第二名幼儿: an ordinal of a person, not a rank
        (?: 名 (?! 幼儿 | 子女 | 孩子 | 儿童 | 学生 | 考生 | 教师 | 老师 | 同学 | 家长 )
          | 位 (?! 老师|教师|同学|专家|校长|代表|领导|委员) )
      | (?<= 前 ) (?P<top> (?&arabic) | (?&cn) ) (?: 名 | 位 ) (?! 学生 | 教师 | 同学 | 老师 | 选手 )
      | (?<= (?: 进 | 进入 | 跻身 | 稳居 | 保持 | 位居 | 位列 ) [^，。,；;、！？\n]{0,4} )       # 要进全县前五
        前 (?P<top> [0-9]{1,2} | [一二三四五六七八九十]{1,2} )
        (?! [0-9一二三四五六七八九十] | 名 | 位 | 年 | 天 | 月 | 周 | 个 | \L<classifiers> )
      | (?= 第 ) (?<= \L<rank_cues> [^，。,；;、！？\n]{0,6} ) 第 (?P<num> (?&arabic) | [一二三四五六七八九十]{1,3} )
        (?! [0-9一二三四五六七八九十] | 届 | 次 | 个 | 期 | 批 | 年 | 天 | 季 | 轮 | 章 | 条 | 款 | 项
          | 阶段 | 步 | 课 | 节 | 部分 | \L<classifiers> | 责任 | 议题 | 时间 | 标准 | 要务
          | 档 | 梯队 | 方阵 | 等次 )                               # 位列第一档: a tier, a rating label
    )
    """,
    order=3,
    examples=[
        finds("在市直被评67个单位中位居第14名", "第14名", 14, "rank", unit=""),
        finds("测评第51至100名，减半收取学费", "第51至100名", 51, "rank", high=100),
        finds("全县排名第三至第五名的学校", "第三至第五名", 3, "rank", high=5),
        rejects("第3至5批项目已开工", "批 is no rank", span="第3至5"),
        finds("在9个单位中位居第5位", "第5位", 5, "rank"),
        finds("及格率位越居市内四区第二,", "第二", 2, "rank"),
        finds("市内总分前10名中,我区占5名", "10名", 10, "rank", bound="<="),
        finds("排名全省第3", "第3", 3, "rank"),
        finds("教学质量位居全市第X名", "第X名", None, "rank"),
        finds("中考成绩全市第一,", "第一", 1, "rank"),
        finds("连续三年全市高考第一。", "第一", 1, "rank"),
        finds("有5名学生进入全市总分前10名。", "10名", 10, "rank", bound="<="),
        rejects("第二实验小学", "a school name"),
        rejects("第20个教师节", "a commemorative ordinal"),
        rejects("十一届五次全会", "a meeting ordinal"),
        rejects("第一位老师", "第一位 followed by a person is not a rank"),
        rejects("同时入园的，第二名幼儿保育教育费减免50%", "第二名 followed by a person is birth order", span="第二名"),
        rejects("家庭第三名子女入学享受补助800元", "第三名子女 is birth order, not a rank", span="第三名"),
        finds("团体总分位列全县第二名，获奖金3000元", "第二名", 2, "rank"),  # negative: no person after it
        finds("我校学生获全市第3名，2名学生获二等奖", "第3名", 3, "rank"),
        rejects("全市第一所寄宿制学校", "an ordinal of a school, not a rank"),
        finds("全镇平均分要进全县前五，最起码不能往下掉", "前五", 5, "rank", bound="<="),
        finds("高考上线率跻身全市前3", "前3", 3, "rank", bound="<="),
        finds("在全县十八个乡镇里排第五", "第五", 5, "rank"),
        rejects("进入前三年的考核期", "前三年 is a span of time", span="前三"),
        rejects("县里安排第二批资金", "安排…第二批 is a batch, not a rank"),
        rejects("在全市年度考核中位列第一档", "a tier of a rating is a label, not a rank"),
        rejects("办学水平稳居全省第一梯队，3所学校进入前10名", "a tier", span="第一"),
        finds("年度考核位列全市第2名，进入第一梯队", "第2名", 2, "rank"),
    ],
)
def rank(match: Match) -> Candidate | None:
    top = match.group("top")
    upper = match.group("num2")
    try:
        value = number_value(top or match.group("num"))
        high = number_value(upper) if upper else None
    except NumberError:
        return None
    return Candidate(match.start(), match.end(), "rank", value, "", bound="<=" if top else "=", high=high, rule="rank")


# 排名前进了五位 / 位次上升3位: a move in a ranking counts places, never people. 名 counts people
# as often as places (学生减少了20名), so it is a move only where a ranking is named before it.
@rule(
    "rank_change",
    r"""
    (?<= (?: 前进 | 后退 | 上升 | 下降 | 提升 | 提高 | 跃升 | 攀升 | 下滑 | 跌落 | 前移 | 后移 ) 了? )
    (?P<num> (?&arabic) | (?&cn) ) (?P<approx> 多 )?
    (?: 个位次 | 位次 | 个名次 | 名次 | 位
      | 名 (?<= (?: 排名 | 名次 | 位次 | 排位 | 排序 | 排行 ) [^，。,；;！？\n]{0,16} ) )
    (?! 数 | 老师 | 教师 | 同学 | 学生 | 专家 | 校长 | 代表 | 家长 | 选手 )
    """,
    order=4,
    examples=[
        finds("全省综合排名前进了五位", "五位", 5, "rank", unit=""),
        finds("综合排名全县第3名，比上年前进2个名次", "2个名次", 2, "rank", unit=""),
        finds("学业质量排名较上年下降一个名次", "一个名次", 1, "rank", unit=""),
        rejects("全县共评出优秀名次30个", "名次 counted, no rank moved", span="30个"),
        finds("本县位次比上年上升3个位次", "3个位次", 3, "rank"),
        finds("在全国的名次后退两名", "两名", 2, "rank"),
        finds("高考上线率比上年下降了2位", "2位", 2, "rank"),
        rejects("全县专任教师比上年减少了20名", "a count of people that fell: not this rule's verb"),
        rejects("在校生下降了120名", "名 with no ranking named is people", span="120名"),
        rejects("骨干教师提升了3位老师", "a count of persons", span="3位"),
    ],
)
def rank_change(match: Match) -> Candidate | None:
    try:
        value = number_value(match.group("num"))
    except NumberError:
        return None
    bound: Bound = ">=" if match.group("approx") else "="
    return Candidate(match.start(), match.end(), "rank", value, "", bound=bound, rule="rank_change")
