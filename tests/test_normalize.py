"""The normalised copy and its map back to source offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyextract.normalize import join_vertical_tables, normalize

CASES = [
    ("占 43. 8%的", "占43.8%的"),
    # a paragraph's number at the start of a line keeps its space before a figure (not 4.2031)
    ("4.\u30002031/32学年派位结果", "4. 2031/32学年派位结果"),
    ("说明如下：\n12. 2030年全县新建学校3所", "说明如下:\n12、 2030年全县新建学校3所"),
    ("\n43. 8%的学校", "\n43.8%的学校"),  # a decimal a PDF split at the start of a line
    ("占比 12. 35%", "占比12.35%"),
    ("共 2 056所学校", "共2056所学校"),
    ("学 历 合 格 率 达 100 %", "学历合格率达100%"),
    ("１２所", "12所"),
    ("a b 3 4", "a b 3 4"),
    ("第1 2名", "第1 2名"),
    ("比上年减少1 8所", "比上年减少18所"),
    ("就业率为9 6.8%，对口率7 8.3%", "就业率为96.8%，对口率78.3%"),
    ("投入3.2 8亿元", "投入3.28亿元"),
    ("表1 2021年", "表1 2021年"),
    ("增幅为1.5 2.3%", "增幅为1.5 2.3%"),
    ("在2024年1 2月", "在2024年1 2月"),
    # a pair of spaced single digits before a unit, in a text a PDF spaced out (a run of three)
    ("在校生3 8 5 人，全镇2 4 个村，拨款1 5 万元", "在校生385人，全镇24个村，拨款15万元"),
    ("共1 0 7 所，占比达到9 8 %以上", "共107所，占比达到98%以上"),
    ("经费3 2 6 万元，每生需8 0\n元", "经费326万元，每生需80元"),
    ("共1 0 7 所，其中第1 2名", "共107所，其中第1 2名"),  # a rank after 第 stays apart
    ("全镇2 4 个村", "全镇2 4个村"),  # no spaced run of three: the pair stays apart
    # a short line that goes on from a broken line is body text too (a Chinese year broken by a PDF)
    (
        "全县把扫盲工作列入乡镇目标管理责任制，实行一票否决制度，到一九九\n七年底，全县累计扫除青壮年文\n盲一万九千人。",
        "全县把扫盲工作列入乡镇目标管理责任制，实行一票否决制度，到一九九七年底，全县累计扫除青壮年文盲一万九千人。",
    ),
    (
        "全县把扫盲工作列入乡镇目标管理责任制，实行一票否决制度，到一九九\n七年底全部完成。\n县教育委员会",
        "全县把扫盲工作列入乡镇目标管理责任制，实行一票否决制度，到一九九七年底全部完成。\n县教育委员会",
    ),
    ("扫盲工作情况的报告\n县教育委员会\n一九九八年三月", "扫盲工作情况的报告\n县教育委员会\n一九九八年三月"),
    (
        "——2031年1月16日在县第十七届人民代表大会第二次会议上\n县长 王建国\n\n各位代表：",
        "——2031年1月16日在县第十七届人民代表大会第二次会议上县长王建国\n\n各位代表:",
    ),  # the continued line ends at the blank line: the salutation keeps its own
    # a table copied with one blank between its cells: its rows and header split by |
    (
        "项目 2030年 2031年\n学前教育 1,204.5 1,318.2\n小学教育 3,310.0 3,402.7",
        "项目|2030年|2031年\n学前教育|1,204.5|1,318.2\n小学教育|3,310.0|3,402.7",
    ),
    (
        "指标 基期值 目标值\n入园率（%） 90.2 ≥93\n新增学位（万个） — 4.5",
        "指标|基期值|目标值\n入园率（%）|90.2|≥93\n新增学位（万个）|—|4.5",
    ),
    # a row of one-digit cells joins the rows around it (a target table's 新建食堂（个） 4 4), and a
    # row's last cell keeps its line break before the next row's label (4⏎项目…, not 4项)
    (
        "指标名称 目标值 实际完成值\n改造校舍（平方米） 16000 16420\n新建食堂（个） 3 3\n项目验收合格率（%） 100 98",
        "指标名称|目标值|实际完成值\n改造校舍（平方米）|16000|16420\n新建食堂（个）|3|3\n项目验收合格率（%）|100|98",
    ),
    (
        "项目 2030年 2031年\n新建食堂（个） 3 3\n新增学位（个） 2 5",
        "项目2030年2031年\n新建食堂（个） 3 3\n新增学位（个） 2 5",
    ),  # negative: rows of one-digit cells alone make no table
    ("全县新建食堂共3\n个，学位2\n个", "全县新建食堂共3个，学位2个"),  # negative: no table, the unit goes on
    # a ratio in a cell (生师比 17.4:1 16.9:1) is a cell like a number
    (
        "项目 2030学年 2031学年\n专任教师（人） 1085 1126\n生师比 17.4:1 16.9:1\n生均经费（元） 2714 2839",
        "项目|2030学年|2031学年\n专任教师（人）|1085|1126\n生师比|17.4:1|16.9:1\n生均经费（元）|2714|2839",
    ),
    ("会议安排如下\n上午 9:30 11:30", "会议安排如下\n上午9:30 11:30"),  # negative: one line is no table
    # a cell a reply marks as not applicable, with its note's mark (不適用#), is a placeholder
    (
        "學年 2029/30 2030/31 2031/32\n撥款（百萬元） 84.0 88.5 91.2\n受惠學生人次 3,020 3,150 不適用#",
        "学年|2029/30|2030/31|2031/32\n拨款（百万元）|84.0|88.5|91.2\n受惠学生人次|3,020|3,150|不适用#",
    ),
    ("受惠學生人次 3,020 3,150 不適用#", "受惠学生人次3,020 3,150不适用#"),  # negative: one line is no table
    ("学前教育 1,204.5 1,318.2", "学前教育1,204.5 1,318.2"),  # one line is no table
    # rows labelled by a year or a school year (a yearbook's or a gazetteer's table)
    (
        "年份 小学 在校生 教职工\n2029 118 11200 431\n2031 263 24710 1152",
        "年份|小学|在校生|教职工\n2029|118|11200|431\n2031|263|24710|1152",
    ),
    (
        "學年 幼兒教育 小學教育\n2029/2030 20,104 35,322\n2030/2031 19,555 36,211",
        "学年|幼儿教育|小学教育\n2029/2030|20,104|35,322\n2030/2031|19,555|36,211",
    ),
    ("2029 118 11200 431", "2029118 11200431"),  # one line is no table: its blanks are a PDF's
    # rows that open with a code (a post or project list) under a header of words as wide
    (
        "序号 学校 项目 投资\n1 城关小学 教学楼 860\n2 南街中学 运动场 240",
        "序号|学校|项目|投资\n1|城关小学|教学楼|860\n2|南街中学|运动场|240",
    ),
    (
        "　　岗位代码 学段 学科 招聘人数\n　　07 初中 物理 6\n　　08 小学 全科 25",
        "  岗位代码|学段|学科|招聘人数\n  07|初中|物理|6\n  08|小学|全科|25",  # the indent is kept
    ),
    (  # rows of a label and numbers, indented as the paragraphs are: the indent is kept
        "　　学校名称　班数（个）　计划数（人）\n　　城关高中　16　800\n　　南街中学　9　450",
        "  学校名称|班数（个）|计划数（人）\n  城关高中|16|800\n  南街中学|9|450",
    ),
    ("　　城关高中　16　1200", "  城关高中16 1200"),  # negative: one indented line is no table
    (  # cells with their units, a long name
        "序号 项目名称 年度目标 完成情况\n1 新建改扩建城区公办幼儿园 30所 32所\n2 困难学生资助 3.5万人次 3.62万人次",
        "序号|项目名称|年度目标|完成情况\n1|新建改扩建城区公办幼儿园|30所|32所\n2|困难学生资助|3.5万人次|3.62万人次",
    ),
    (  # a two-sided account: label, number, label, number
        "收入项目 预算数 支出项目 预算数\n一、事业收入 286.00 一、教育支出 3,301.75"
        "\n本年收入合计 386.00 本年支出合计 3,401.75",
        "收入项目|预算数|支出项目|预算数\n一、事业收入|286.00|一、教育支出|3,301.75"
        "\n本年收入合计|386.00|本年支出合计|3,401.75",
    ),
    ("一、事业收入 286.00 一、教育支出 3,301.75", "一、事业收入286.00一、教育支出3,301.75"),  # one row, no header
    (  # one number a row under a header of two words
        "信息内容 本年处理决定数量\n行政许可 15\n行政处罚 0",
        "信息内容|本年处理决定数量\n行政许可|15\n行政处罚|0",
    ),
    ("全县学校 15\n初中 8", "全县学校15\n初中8"),  # negative: no header above
    (  # a budget's classification codes and a totals row: code and name share the first cell
        "科目编码 科目名称 合计 基本支出\n205 教育支出 9,120.5 7,340.2\n20502 普通教育 8,604.1 6,950.0"
        "\n合计 9,120.5 7,340.2",
        "科目编码科目名称|合计|基本支出\n205教育支出|9,120.5|7,340.2\n20502普通教育|8,604.1|6,950.0\n合计|9,120.5|7,340.2",
    ),
    (  # a name with a qualifier in brackets is one cell
        "序号 专业名称 学制 计划数\n1 学前教育（含托班） 3年 120\n2 护理（五年制） 5年 90",
        "序号|专业名称|学制|计划数\n1|学前教育（含托班）|3年|120\n2|护理（五年制）|5年|90",
    ),
    (  # negative: a sentence with a bracket under a line of words is no row
        "专业 学制 计划\n1 护理（五年制）招收90人，学制5年",
        "专业学制计划\n1护理（五年制）招收90人，学制5年",
    ),
    (  # a project list's dates of completion are cells of their own
        "序号 项目 投资 计划竣工 实际竣工\n1 城关小学 860 2031年6月 2031年6月28日\n2 南街中学 240 2032年3月 —",
        "序号|项目|投资|计划竣工|实际竣工\n1|城关小学|860|2031年6月|2031年6月28日\n2|南街中学|240|2032年3月|—",
    ),
    (
        "序号 学校 竣工 投资\n1 城关小学 2031年9月 860\n2 南街中学 2032年1月 240",
        "序号|学校|竣工|投资\n1|城关小学|2031年9月|860\n2|南街中学|2032年1月|240",
    ),
    (  # negative: a date in a sentence is no cell
        "序号 学校 竣工 投资\n1 城关小学于2031年9月竣工，投资860万元",
        "序号学校竣工投资\n1城关小学于2031年9月竣工，投资860万元",
    ),
    ("序号 学校 投资\n1 城关小学 860", "序号学校投资\n1城关小学860"),  # one row is no table
    (  # negative: no header of words above the rows
        "新建 学校 3 所\n1 城关小学 860\n2 南街中学 240",
        "新建学校3所\n1城关小学860\n2南街中学240",
    ),
    (
        "全县有小学 12 所，初中 5 所。\n全县有高中 3 所，职校 2 所。",
        "全县有小学12所，初中5所。\n全县有高中3所，职校2所。",
    ),
    # a PDF table aligned with runs of blanks: thousands grouped by a blank, a spaced-out label,
    # the header's units on a line of their own, a caption kept on its line
    (
        "学段    学校数    在校生\n小学    42    18 306\n初  中    12    9 512",
        "学段|   学校数|   在校生\n小学|   42|   18306\n初中|   12|   9512",
    ),
    (
        "学段    学校数    在校生\n        （所）    （人）\n小学    42    18 306\n初中    12    9 512",
        "学段|   学校数|   在校生\n|      |（所）|   （人）\n小学|   42|   18306\n初中|   12|   9512",
    ),
    (  # the header's own label spaced out to its column's width
        "学    段    2030年    2031年\n小学    42    45\n初中    12    13",
        "学段|   2030年|   2031年\n小学|   42|   45\n初中|   12|   13",
    ),
    (
        "表2  2031年各学段学校数\n学段    学校数    在校生\n小学    42    18 306",
        "表2  2031年各学段学校数\n学段|   学校数|   在校生\n小学|   42|   18306",
    ),
    # a table broken by a page (its folio and running title blanked as furniture): the blank
    # lines go, and the start of a label cut off before the break joins its row
    (
        "学段|学校数|在校生\n小学|42|18306\n初中|12|9512\n\n      \n\n高中|3|4105",
        "学段|学校数|在校生\n小学|42|18306\n初中|12|9512\n高中|3|4105",
    ),
    (
        "学段|学校数|在校生\n小学|42|18306\n中等职业\n\n      \n\n学校|3|4105",
        "学段|学校数|在校生\n小学|42|18306\n中等职业学校|3|4105",
    ),
    (  # negative: a table of another width after the gap is another table
        "学段|学校数|在校生\n小学|42|18306\n\n年份|2031年\n经费|1200",
        "学段|学校数|在校生\n小学|42|18306\n\n年份|2031年\n经费|1200",
    ),
    (  # negative: a caption and the next table's header after the gap
        "学段|学校数|在校生\n小学|42|18306\n\n附表\n学段|教师|班级\n小学|820|300",
        "学段|学校数|在校生\n小学|42|18306\n\n附表\n学段|教师|班级\n小学|820|300",
    ),
    ("学校      42所      在校生      18 306人", "学校42所在校生18306人"),  # one line of prose
    # a line never opens with 、，； or a closing bracket: the break before one is a wrapped line's
    ("特殊教育（含随班就读\n、送教上门学生）招生人数312人", "特殊教育（含随班就读、送教上门学生）招生人数312人"),
    ("小学42所\n，初中18所", "小学42所，初中18所"),
    ("全县学校（含教学点\n）共86所", "全县学校（含教学点）共86所"),
    ("二、学校布局\n一是新建学校3所", "二、学校布局\n一是新建学校3所"),  # negative: a heading ends its line
    # letters an OCR pass reads for digits
    ("自有资金l058万元，辖l8个村委会，完中校l所", "自有资金1058万元，辖18个村委会，完中校1所"),
    ("2O17年全县招生3O5人", "2017年全县招生305人"),
    ("Level 3课程，CO2排放，total 12所", "Level 3课程，CO2排放，total 12所"),  # negative: Latin words
    # a long line wrapped after a semicolon goes on; a short item of a list keeps its line
    (
        "全区生产总值86亿元，增长8.1%；财政总收入10.3亿元，增长5.2%；\n城镇居民人均可支配收入22,400元。",
        "全区生产总值86亿元，增长8.1%；财政总收入10.3亿元，增长5.2%；城镇居民人均可支配收入22,400元。",
    ),
    ("小学42所；\n初中18所；", "小学42所；\n初中18所；"),  # negative: short items
    (  # negative: the next line opens a numbered item
        "全区生产总值86亿元，增长8.1%；财政总收入10.3亿元，增长5.2%；\n二是新建学校3所",
        "全区生产总值86亿元，增长8.1%；财政总收入10.3亿元，增长5.2%；\n二是新建学校3所",
    ),
    # a long title keeps the blank line after it: it ends with the name of a kind of document
    (
        "关于全市2031年中小学校舍安全工程建设情况和第三批项目安排的专项报告\n\n全市新建校舍12所。",
        "关于全市2031年中小学校舍安全工程建设情况和第三批项目安排的专项报告\n\n全市新建校舍12所。",
    ),
    (
        "市教育局 市财政局关于印发2032年度城乡义务教育学生资助资金分配方案的通知\n\n  \n\n各县区：",
        "市教育局市财政局关于印发2032年度城乡义务教育学生资助资金分配方案的通知\n\n  \n\n各县区:",
    ),
    (  # negative: a body line (below the first sentence) broken at a page inside a word joins
        "上半年工作进展顺利。\n全县今年共投入资金3200万元用于改善农村薄弱学校办学条件并完成了这项计划\n\n中的45所学校改造",
        "上半年工作进展顺利。\n全县今年共投入资金3200万元用于改善农村薄弱学校办学条件并完成了这项计划中的45所学校改造",
    ),
    (  # negative: one line break (no blank line) inside a long line is a wrapped line
        "关于全市2031年中小学校舍安全工程建设情况和第三批项目安排的专项报告\n会议听取了6项汇报",
        "关于全市2031年中小学校舍安全工程建设情况和第三批项目安排的专项报告会议听取了6项汇报",
    ),
    # a number a PDF put alone on its line, its unit on the next: one sentence again
    ("年末全县有幼儿园\n64\n所，比上年增加3所。", "年末全县有幼儿园64所，比上年增加3所。"),
    ("年内招聘新教师\n1 126\n名，其中公费师范生218名。", "年内招聘新教师1126名，其中公费师范生218名。"),
    ("教育经费总投入\n12.6\n亿元，增长5%。", "教育经费总投入12.6亿元，增长5%。"),
    ("二、学前教育\n2031年全县有幼儿园64所。", "二、学前教育\n2031年全县有幼儿园64所。"),  # a year is no figure alone
]


def test_cleaned_copies() -> None:
    for source, expected in CASES:
        assert normalize(source).text == expected, source


def test_pdf_line_break_inside_a_word_is_joined() -> None:
    line = "继续坚持以提高教育教学质量和办学效益为中心的工作思路不动摇而且要提高教"
    normalized = normalize(line + "\n\n育教学质量")
    assert normalized.text.endswith("提高教育教学质量")


def test_heading_line_break_is_kept() -> None:
    text = "——牢固树立和落实科学发展观推动我市教育事业健康协调持续发展的指导思想\n\n一、20xx年工作回顾"
    assert "\n\n一、" in normalize(text).text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("12 3.%万元所年\n。，一二三４５％ 　ab")), max_size=60))
def test_offsets_map_back_to_the_same_characters(source: str) -> None:
    normalized = normalize(source)
    assert len(normalized.offsets) == len(normalized.text) + 1
    for index, char in enumerate(normalized.text):
        original = source[normalized.offsets[index]]
        as_mapped = original.translate(str.maketrans("１２３４５６７８９０％　，", "1234567890% ,"))
        list_number_dot = original in ".．" and char == "、"  # 1.2023年: a list number's dot
        cell_break = char == "|" and original in " \t\u3000\n"  # a flattened table's blank, marked
        assert original == char or as_mapped == char or list_number_dot or cell_break


def test_traditional_characters_are_read_as_simplified_with_offsets_kept() -> None:
    source = "全縣國小學生人數為3萬2千個,圖書館藏書12.5萬冊,電腦860臺。"
    normalized = normalize(source)
    assert normalized.converted
    assert normalized.text == "全县国小学生人数为3万2千个,图书馆藏书12.5万册,电脑860台。"
    assert len(normalized.text) == len(source)
    start = normalized.text.index("12.5万册")
    assert source[slice(*normalized.to_source(start, start + 6))] == "12.5萬冊"


def test_a_simplified_text_is_not_converted() -> None:
    normalized = normalize("全县小学学生人数为3万2千个,藏书12.5万册。")
    assert not normalized.converted


def test_pinyin_glosses_are_dropped_and_offsets_hold() -> None:
    source = "每百名學(xué)生擁有計(jì)算機(jī)16.4臺(tái);小学(xué)42所"
    normalized = normalize(source)
    assert normalized.text == "每百名学生拥有计算机16.4台;小学42所"
    start = normalized.text.index("16.4台")
    assert source[slice(*normalized.to_source(start, start + 5))] == "16.4臺"
    assert normalize("函数f(x)的值为3").text == "函数f(x)的值为3"  # letters without a tone mark stay


def test_a_middle_dot_between_digits_is_a_decimal_point() -> None:
    assert normalize("增長3・5%,藏書1･2萬冊").text == "增长3.5%,藏书1.2万册"
    assert normalize("馬克思・韋伯").text == "马克思・韦伯"


def test_metric_phrases_are_given_back_in_the_source_characters() -> None:
    source = "全縣國小學生人數為3200人"
    normalized = normalize(source)
    assert normalized.as_written("国小学生人数", 0, len(source)) == "國小學生人數"
    assert normalize("学生人数为3200人").as_written("学生人数", 0, 9) == "学生人数"


VERTICAL_CASES = [
    # a table a web page gave one cell a line: each row's breaks become | (the length holds)
    (
        "表1 2031年学校\n学段\n学校数（所）\n在校生（人）\n小学\n42\n18306\n初中\n12\n9512\n注：略。",
        "表1 2031年学校\n学段|学校数（所）|在校生（人）\n小学|42|18306\n初中|12|9512\n注：略。",
    ),
    (  # a long indicator as the label, a cell of figures with their words (the standard) in a row
        "指标\n标准值\n达标校数\n每百名学生拥有体育、艺术专任教师数\n0.9人\n26\n生均运动场面积\n小学6平方米、初中8平方米\n31",
        "指标|标准值|达标校数\n每百名学生拥有体育、艺术专任教师数|0.9人|26\n生均运动场面积|小学6平方米、初中8平方米|31",
    ),
    (  # a header's unit that is a rate (元/人·月), an empty cell written as a dash in the totals row
        "类别\n校数（所）\n标准（元/人·月）\n一类\n12\n700\n二类\n9\n400\n合计\n21\n—\n注：略。",
        "类别|校数（所）|标准（元/人·月）\n一类|12|700\n二类|9|400\n合计|21|—\n注：略。",
    ),
    (
        "学段\n班额（人/班）\n小学\n43\n初中\n48\n全县班额下降。",
        "学段|班额（人/班）\n小学|43\n初中|48\n全县班额下降。",
    ),
    (  # full-width digits, as a web copy may give them (the tables are joined before they are narrowed)
        "学段\n学校数（所）\n在校生（人）\n小学\n４２\n１８，３０６\n初中\n１２\n９５１２",
        "学段|学校数（所）|在校生（人）\n小学|４２|１８，３０６\n初中|１２|９５１２",
    ),
    (  # negative: dashes under no header of words are a PDF's rules, not cells
        "全县新建学校3所\n—\n26\n—\n学位1800个",
        "全县新建学校3所\n—\n26\n—\n学位1800个",
    ),
    (  # negative: short lines of prose that hold figures, under no header of as many words
        "一、基本情况\n全县有学校42所\n二、主要做法\n新建校舍3栋\n三、存在问题\n缺编教师56人",
        "一、基本情况\n全县有学校42所\n二、主要做法\n新建校舍3栋\n三、存在问题\n缺编教师56人",
    ),
    (  # negative: a value line with a clause mark is a sentence, not a cell
        "学段\n学校数\n在校生\n小学\n42所，较上年减少2所\n18306\n初中\n12\n9512",
        "学段\n学校数\n在校生\n小学\n42所，较上年减少2所\n18306\n初中\n12\n9512",
    ),
    (  # negative: one row only
        "学段\n学校数（所）\n小学\n42\n全县共有学校42所。",
        "学段\n学校数（所）\n小学\n42\n全县共有学校42所。",
    ),
    (  # negative: a PDF's number alone on its line, its unit on the next
        "各级财政拨付公用经费\n8059.35\n万元，支付专项资金\n1304\n万元。",
        "各级财政拨付公用经费\n8059.35\n万元，支付专项资金\n1304\n万元。",
    ),
]


@pytest.mark.parametrize(("source", "expected"), VERTICAL_CASES)
def test_a_table_given_one_cell_a_line_is_joined_row_by_row(source: str, expected: str) -> None:
    joined = join_vertical_tables(source)
    assert joined == expected
    assert len(joined) == len(source)


def test_an_indicator_table_keeps_its_cells() -> None:
    # word cells and one value last (≥98%, 56所, 2000元/生·年), under a header of as many words
    source = (
        "一级指标    二级指标    三级指标    指标值\n"
        "产出指标    数量指标    培训教师人数    ≥800人\n"
        "产出指标    时效指标    资金拨付及时率    ≥98%\n"
        "成本指标    经济成本指标    生均补助标准    1500元/生·年\n"
    )
    rows = normalize(source).text.split("\n")
    assert [row.count("|") for row in rows[:4]] == [3, 3, 3, 3]
    # one such row alone, or rows under no header of words, stay prose
    alone = "说明    资助学生人数    ≥800人\n"
    assert "|" not in normalize(alone).text


def test_a_blank_line_before_a_lead_of_its_own_ends_the_paragraph() -> None:
    source = "项目资金（万元）：年度资金总额640，其中中央资金384，县级资金128\n\n年度总体目标：\n资助学生不少于3200人。"
    assert "128\n" in normalize(source).text  # 128 does not run on into 年度 (a Republic year 128年度)
    short = "项目资金（万元）：年度资金总额640\n年度总体目标：\n资助学生不少于3200人。"
    assert "640\n" in normalize(short).text  # and a single break before a lead stays as well
