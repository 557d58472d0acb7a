"""Counts of schools, people and things: numeral + classifier (4所, 27000余名, 2.8万个, XX所)."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import regex

from ..lexicon.units import WEAK_CLASSIFIERS, Unit
from .build import group_numbers, quantity
from .registry import Candidate, Match, finds, rejects, rule


@rule(
    "count",
    r"""
    (?<! 单位 \s* [:：] \s* (?= [千百万亿] ) )          # 单位：千人 declares a unit
    (?P<num> (?&number) | (?&masked) ) (?P<approx> 余 | 多 | 几 | (?&lai) )?
    (?: (?P<unit1> \L<classifiers> )? (?&range_dash) (?P<num2> (?&number) ) (?P<approx2> 余 | 多 )? )?
    (?P<magnitude> (?<= [余多来] ) [万亿] )?                # 500余万人, 十多万名: the magnitude after 余
    (?P<unit> \L<classifiers> )
    (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 以内 | 左右 | 之多 )?
    (?! 百分点 | 多月 | 月 | 年 | 学期 | 星期 | 小时 | 钟头 )
    (?<! 人 (?= 民 ) )                              # ****人民政府: 人民 is a word
    (?<! [部班期] (?= 制 ) )                         # 二部制, 三班制: the name of a scheme
    (?<! 期 (?= 工程 | 扩建 | 项目 | 改造 | 建设 ) )    # 三期扩建: a phase of a project
    (?<! 校 (?= [区园长友舍级际内外训史风徽车服医门庆企地本]) )   # 2校区, 3校长: 校 starts a word
    (?<! 支 (?= 出 | 付 | 持 | 援 ) )                 # 1,250.00 支出合计: 支出 is spending, not 支
    """,
    order=80,
    examples=[
        finds("全市27000余名教师参加了培训", "27000余名", 27000, "count", bound=">=", unit="名"),
        finds("新增学位达到2.8万个", "2.8万个", 28000, "count", unit="个"),
        finds("新建、改扩建中小学XX所", "XX所", None, "count", unit="所"),
        finds("新增学位X个", "X个", None, "count", unit="个"),
        finds("全市公共化幼兒園共有76園", "76園", 76, "count", unit="园"),
        finds("镇村干部上门动员跑了三十多趟", "三十多趟", 30, "count", bound=">=", unit="趟"),
        rejects("我们幼儿园一园一特色", "a lone Chinese digit before 园 makes a word", span="一园"),
        rejects("这件事还得麻烦你跑一趟", "a lone Chinese digit before 趟: a word", span="一趟"),
        finds("學生數增加者僅有3縣市，分別為", "3縣市", 3, "count", unit="县市"),
        finds("全國計有12縣市辦理課後照顧", "12縣市", 12, "count", unit="县市"),
        rejects("两县市教育局联合发文，共培训教师300人", "a lone Chinese digit: a pair", span="两县市"),
        finds("新增学位x,xxx个", "x,xxx个", None, "count", unit="个"),
        finds("惠及学生XX万人", "XX万人", None, "count", unit="人"),
        finds("建成**所学校", "**所", None, "count", unit="所"),
        finds("并力争有2—3所在9月1日前投入使用", "2—3所", 2, "count", high=3, unit="所"),
        finds("共改造１２所学校", "１２所", 12, "count"),
        finds("印发5万册文件汇编", "5万册", 50000, "count", unit="册"),
        finds("组织辅导社区人员1万余人次", "1万余人次", 10000, "count", bound=">=", unit="人次"),
        finds("签定就业协议1000多份", "1000多份", 1000, "count", bound=">=", unit="份"),
        finds("全省农村义务教育阶段惠及学生400余万人", "400余万人", 4000000, "count", bound=">=", unit="人"),
        finds("参加培训的教师达十多万名", "十多万名", 100000, "count", bound=">=", unit="名"),
        finds("每年受益学生二十来万人", "二十来万人", 200000, "count", bound="~", unit="人"),
        finds("到场家长100来人", "100来人", 100, "count", bound="~", unit="人"),
        rejects("一来学校人手不足，二来经费紧张", '一来…二来 is "firstly, secondly"'),
        rejects("23来人", "来 is about only after a round number"),
        finds("受资助学生3.5万余人次", "3.5万余人次", 35000, "count", bound=">=", unit="人次"),
        finds("还有十几位家长专门留下", "十几位", 10, "count", bound=">=", unit="位"),
        finds("近百名学生获奖", "百名", 100, "count", bound="~", unit="名"),
        finds("新建一所普通高中", "一所", 1, "count", unit="所"),
        finds("今年入学的娃娃要过八十个", "八十个", 80, "count", bound=">", unit="个"),
        finds("全镇教师要过一百二十人", "一百二十人", 120, "count", bound=">", unit="人"),
        finds("全镇教师需要一百二十人", "一百二十人", 120, "count", bound="=", unit="人"),  # no 要过
        rejects("收入合计 1,250.00 支出合计 1,180.50", "支出 is spending, not a classifier", span="1,250.00"),
        rejects("本年收入320万元，其中50支持农村学校", "支持 is a verb", span="50"),
        finds("全县组建教师志愿服务队12支", "12支", 12, "count", unit="支"),
        finds("新组建12支志愿服务队，支出经费3万元", "12支", 12, "count", unit="支"),
        finds("全市共有2 056所学校", "2 056所", 2056, "count"),
        finds("分三批进行", "三批", 3, "count", unit="批"),
        finds("每年新建两三所幼儿园", "两三所", 2, "count", high=3),
        finds("培训五六百名教师", "五六百名", 500, "count", high=600),
        # after a round head the pair is one order down: 一千二三百 is 1200 to 1300
        finds("全乡一共一千二三百名学生", "一千二三百名", 1200, "count", high=1300),
        finds("每年招生一万二三千人", "一万二三千人", 12000, "count", high=13000),
        finds("学生一千二百三十人", "一千二百三十人", 1230, "count"),  # negative: exact, no pair
        finds("组织考试共11次", "11次", 11, "count", unit="次"),
        finds("惠及7675名学生", "7675名", 7675, "count"),
        finds("桌椅9500套", "9500套", 9500, "count", unit="套"),
        finds("走访100户以上", "100户以上", 100, "count", bound=">="),
        finds("班额56人及以上的大班额", "56人及以上", 56, "count", bound=">="),
        # Hong Kong writes 或以上/或以下 for 及以上/及以下
        finds("每班學生30人或以下", "30人或以下", 30, "count", bound="<="),
        finds("最佳5科總分達25分或以上的有17人", "17人", 17, "count"),
        finds("資助受惠學生650人或以上", "650人或以上", 650, "count", bound=">="),
        finds("新增学位1.5—2万个", "1.5—2万个", 15000, "count", high=20000),
        finds("培训教师3-5千人", "3-5千人", 3000, "count", high=5000),
        finds("开展活动120场次", "120场次", 120, "count", unit="场次"),
        finds("开设本科课程2318门、7352门次", "7352门次", 7352, "count", unit="门次"),
        finds("检查培训机构736家次", "736家次", 736, "count", unit="家次"),
        finds("开设课程2318门", "2318门", 2318, "count", unit="门"),  # negative: no 次
        finds("本年度共補助偏遠地區45校", "45校", 45, "count", unit="校"),
        finds("試辦學校由12校擴大至30校", "30校", 30, "count", unit="校"),
        finds("本年度核定補助計畫共85案", "85案", 85, "count", unit="案"),
        rejects("落实一人一案", "a slogan: one plan per person", span="一案"),
        rejects("新建的2校区于秋季启用", "校区 is a campus, not a count of schools", span="2校"),
        rejects("两校分别扩建", "两校 names a pair of schools", span="两校"),
        rejects("十一届五次全会", "meeting ordinal", span="五次"),
        rejects("****人民政府2019年工作报告", "人民 is a word, not people counted", span="****人"),
        rejects("全面取消了城区小学的二部制,新建校舍2万平方米", "二部制 names a scheme", span="二部"),
        rejects("实行三班制后,每班控制在45人以内", "三班制 names a scheme", span="三班"),
        rejects("第一中学三期扩建等5个项目已竣工", "a phase of a project", span="三期"),
        finds("第一中学三期扩建等5个项目已竣工", "5个", 5, "count", unit="个"),
        finds("全县今年举办培训班三期,培训教师420人", "三期", 3, "count", unit="期"),
        rejects("完成五棵树小学改造", "a place name", span="五棵"),
        rejects("（单位：千人）", "a unit declared, no count"),
        finds("购置课桌椅500把", "500把", 500, "count", unit="把"),
        rejects("3个多月", "a duration of months", span="3个"),
        rejects("比上年上升8.7个百分点", "percentage points, not a count of 个"),
    ],
)
def count(match: Match) -> Candidate | None:
    numbers = group_numbers(match.re)
    unit = match.group(numbers["unit"])
    if unit in WEAK_CLASSIFIERS and not _WRITTEN_AS_QUANTITY.search(match.group(numbers["num"])):
        return None  # 五棵树, 三面: a bare Chinese digit before these makes a name or a word
    magnitude = _MAGNITUDES.get(match.group(numbers["magnitude"]) or "", _ONE)
    return quantity(match, Unit("count", unit, magnitude), rule="count")


_MAGNITUDES: Final = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}
_ONE: Final = Decimal(1)


_WRITTEN_AS_QUANTITY: Final = regex.compile(r"[0-9十百千万亿]")


@rule(
    "score",
    r"""
    (?<! 时 | 点 | : )                        # 8时30分 is a clock time
    (?P<num> (?&arabic) | (?&masked)
      | [一二两三四五六七八九十]++ 点 [零〇一二三四五六七八九]++         # 六点五分: a Chinese decimal
      | [一二三四五六七八九] 十 [一二三四五六七八九]? )             # 八十五分, never 十分 (very)
    (?P<approx> 多 )?
    (?P<unit> 分 ) (?! 钟 | 之 | 类 | 别 | 配 | 批 | 期 | 校 | 为 | 成 | 享 | 解 | 工 | 析 | 流 | 层 | 管 | 担 | 布 )
    (?P<post> 及以上 | 或以上 | 以上 | 以下 )?
    """,
    order=95,
    examples=[
        finds("语文最低成绩只有50分。", "50分", 50, "other", unit="分"),
        finds("中考600分以上学生达到87人", "600分以上", 600, "other", bound=">=", unit="分"),
        finds("最佳5科總分達25分或以上的有17人", "25分或以上", 25, "other", bound=">=", unit="分"),
        finds("体质测试成绩60分以下的学生须参加补测", "60分以下", 60, "other", bound="<=", unit="分"),
        finds("自评总得分为xxx分,其中加分x分", "xxx分", None, "other", unit="分"),
        finds("自评总得分为xxx分,其中加分x分", "x分", None, "other", unit="分"),
        rejects("3分钟", "a duration"),
        finds("数学平均分比全镇高出四点五分", "四点五分", 4.5, "other", unit="分"),
        finds("语文平均成绩为八十二分", "八十二分", 82, "other", unit="分"),
        rejects("这项工作十分重要", "十分 is very"),
        rejects("三分之一的学校", "a fraction", span="三分"),
        rejects("考试时间为8时30分至10时30分", "clock times"),
        rejects("分三批", "分 before the number is a verb"),
    ],
)
def score(match: Match) -> Candidate | None:
    return quantity(match, Unit("other", "分"), rule="score")


@rule(
    "age",
    r"""
    (?P<num> (?&arabic) | (?&cn) ) (?P<approx> 多 )?
    (?: (?&range_dash) (?P<num2> (?&arabic) | (?&cn) ) )?
    (?P<unit> 周岁 | 岁 ) (?P<post> 及以上 | 及以下 | 或以上 | 或以下 | 以上 | 以下 | 左右 )?
    """,
    order=96,
    examples=[
        finds("全市中小学教师平均年龄41.5岁。", "41.5岁", 41.5, "other", unit="岁"),
        finds("35岁以下青年教师占比不足20%", "35岁以下", 35, "other", bound="<=", unit="岁"),
        finds("招收对象为3—6岁,每班不超过30人", "3—6岁", 3, "other", high=6, unit="岁"),
        rejects("岁月如歌", "no number"),
    ],
)
def age(match: Match) -> Candidate | None:
    return quantity(match, Unit("other", "岁"), rule="age")


@rule(
    "data_size",
    r"""
    (?<= (?:带宽|网速|速率|出口|接入|宽带|光纤|容量|存储空间|存储|内存|显存|硬盘) [^。；;\n]{0,20} )  # 出口带宽100M
    (?P<num> (?&arabic) )
    (?P<unit> Mbps | Gbps | MB | GB | TB | M | G | T )
    (?! [A-Za-z0-9] )
    (?P<post> 或以上 | 以上 | 以下 | 以内 | 左右 )?
    """,
    order=88,
    examples=[
        finds("城区学校出口带宽达到200M，农村学校达到50M以上", "50M以上", 50, "other", bound=">=", unit="M"),
        finds("教育城域网出口带宽提升至10Gbps", "10Gbps", 10, "other", unit="Gbps"),
        finds("资源平台存储容量约6.4TB", "6.4TB", Decimal("6.4"), "other", bound="~", unit="TB"),
        finds("全县学校宽带接入速率均达到1000M", "1000M", 1000, "other", unit="M"),
        finds("教师用机内存不低于16GB", "16GB", 16, "other", bound=">=", unit="GB"),
        finds("服务器硬盘容量4TB以上", "4TB以上", 4, "other", bound=">=", unit="TB"),
        rejects("全县建成5G基站12个", "no bandwidth or storage before it", span="5G"),
        rejects("购置M3型号投影仪20台", "a model name", span="M3"),
    ],
)
def data_size(match: Match) -> Candidate | None:
    """Bandwidths and storage where the clause speaks of them (出口带宽100M, 容量3.2TB): kind
    other, the unit as written (a bare M or G only after such a word: 5G is a network's name)."""
    return quantity(match, Unit("other", match.group("unit")), rule="data_size")
