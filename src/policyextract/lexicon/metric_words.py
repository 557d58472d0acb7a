"""Words the metric stage reads a figure's phrase with (data only).

Heads are the last word of a metric: an attribute head (招生, 在校生, 建筑面积) names a quantity
OF something and needs its owner (普通小学招生); an owner head (学校, 幼儿园, 项目) names the
thing counted or the thing that owns the next figures of the sentence.
"""

from __future__ import annotations

# Quantities that belong to an owner named earlier in the sentence: 普通小学144所,招生8414人 →
# 普通小学招生; 第三幼儿园项目,占地面积8436平方米 → 第三幼儿园项目占地面积.
ATTRIBUTE_HEADS: tuple[str, ...] = (
    "招生", "招生数", "招生人数", "招生总数", "在校生", "在校生数", "在校生人数", "在校学生",
    "在校学生数", "毕业生", "毕业生数", "毕业生人数", "专任教师", "专任教师数", "教职工",
    "教职工数", "在园幼儿", "入园幼儿", "占地面积", "建筑面积", "校舍面积", "校舍建筑面积",
    "投入资金", "投入建设资金", "建设资金", "总投资", "投资", "教学班", "班级", "学生数", "学生人数", "教师",
    "学员", "学员数", "招收学生", "招收新生",  # 职工业余学校3所，学员420人 → 职工业余学校学员
    "占地", "可容纳学生", "容纳学生",  # 新校区占地326亩，总投资6500万元 → 新校区总投资
)  # fmt: skip

# Nouns that name an institution, a project or a group: what is counted, and what owns the
# quantities that follow it (全市普通高等学校1所,招生901人).
OWNER_HEADS: tuple[str, ...] = (
    "学校", "小学", "中学", "初中", "高中", "幼儿园", "幼稚园", "高校", "大学", "学院", "中职",
    "职业学校", "技术学校", "教学点", "村小", "项目", "工程", "计划", "园", "校", "国中",
    "校区", "楼",  # 新校区, 实训楼: a building or campus owns its area and cost
)  # fmt: skip

# A clause that names only its topic before the figures about it (第三幼儿园项目,占地面积…;
# 全力实施校舍安全工程,已开工…): it ends with one of these, and its verbs of doing go.
TOPIC_HEADS: tuple[str, ...] = ("项目", "工程", "计划", "行动")
# The last words of a unit that figures are reported by (城关镇, 县二中, 二类地区, 实验小学): a short
# unit after a metric that opens with another such unit takes that metric's measure. Classes and
# grades are such units too (小班每班幼儿不超过25人，中班不超过30人; 一年级…，二年级…).
UNIT_ENDS: tuple[str, ...] = (
    "镇", "乡", "区", "县", "市", "村", "中", "校", "园", "小学", "中学", "学校", "班", "年级",
)  # fmt: skip

# People a population names by its last word (劝返复学学生中, 受益教师中): a part of it named with
# a person noun of its own (初中生, 女教师) keeps the population's qualifiers (劝返复学初中生).
PERSON_HEADS: tuple[str, ...] = ("学生", "教师", "儿童", "少年", "幼儿")
PERSON_ENDS: tuple[str, ...] = ("生", "教师", "老师", "儿童", "少年", "幼儿")
# A bare word for an amount (金额, 涉及资金, 价值) names no measure of its own: it is the amount of
# what the figure before it counted (有38名学生重复享受资助，金额3.04万元).
BARE_AMOUNT_WORDS: tuple[str, ...] = ("金额", "金額", "涉及金额", "涉及金額", "涉及资金", "涉及資金", "价值", "價值")
# What is paid per head at a rate it names (乡村教师生活补助按每人每月400元发放, 公用经费按每生每年800元
# 拨付) is called by its last word: a programme or money.
PAID_AT_RATE_HEADS: tuple[str, ...] = (
    *TOPIC_HEADS, "政策", "补助", "资助", "补贴", "助学金", "奖学金", "基金", "经费", "资金", "津贴", "奖金",
)  # fmt: skip
# A clause 在…中 sets the topic of the figures after it when it names an event (全省技能大赛中,
# 学校获一等奖2项) or a population (随迁子女在校生中); 在…进程中 is only an adverbial.
EVENT_TOPIC_ENDS: tuple[str, ...] = (
    "大赛", "比赛", "竞赛", "评比", "评选", "评估", "考核", "监测", "展演", "考试", "检查", "运动会", "联赛",
    "测试", "测评",
)  # fmt: skip
TOPIC_VERBS: tuple[str, ...] = (
    "全力实施", "全面实施", "深入实施", "继续实施", "持续实施", "实施", "推进", "加快推进", "启动", "开展",
    "抓好",
)  # fmt: skip

# Verbs of doing that open a clause but do not name the quantity (组织…考试共11次 → …考试;
# 认真办理25件议案 → 议案). Verbs that do name it (新建, 改扩建, 投入, 招聘) are not here.
LIGHT_VERBS: tuple[str, ...] = (
    "办理", "组织", "组织开展", "开展", "进行", "刊登", "办好", "造成了", "造成", "导致", "带来",
)  # fmt: skip
# Adverbs that may stand before such a verb (认真办理, 连续刊登, 重点办好).
LIGHT_VERB_ADVERBS: tuple[str, ...] = ("认真", "连续", "重点", "积极", "先后")

# Verbs that name the event a count counts and stay in its metric (新建改扩建城乡学校): what
# follows them up to 等 lists examples (新建A小学、B幼儿园等7所城乡学校).
EVENT_VERBS: tuple[str, ...] = (
    "新建", "改扩建", "扩建", "改建", "新改扩建", "建设", "建成", "创建", "开发", "投入", "完成", "资助",
)  # fmt: skip

# Verbs of bringing people in or training them (招聘教师200名): the count is of the event, no owner
# counted before it has those people (新建学校4所；招聘教师200名 is no 学校教师).
STAFFING_VERBS: tuple[str, ...] = (
    "招聘", "引进", "补充", "培训", "交流", "选派", "招录", "聘用", "调入", "新进", "轮训", "遴选",
)  # fmt: skip

# Verbs of handling things, before the things a count counts (受理信访件37件, 抽查学校45所): a rate
# after the count (办结率100%, 合格率91%) is a rate of those things.
HANDLING_VERBS: tuple[str, ...] = (
    "受理", "接收", "收到", "抽查", "检查", "核查", "排查", "评估", "验收", "立项", "申报", "督办", "交办",
    "承办", "发现", "整改", "办结", "化解", "查处",
)  # fmt: skip
# Verbs that settle things found or received (发现隐患325处，已整改318处; 受理来信86件，已办结80件):
# a count of them alone is of the same things.
SETTLING_VERBS: tuple[str, ...] = (
    "整改", "销号", "化解", "办结", "处理", "查处", "解决", "答复", "回复", "落实", "反馈",
)  # fmt: skip
# (新建 is no handling: 新建幼儿园5所，入园率91% is the county's 入园率, not the new kindergartens')

# Verbs of a new state that link a count to its value (初中调整为18所, 教学点由40个撤并为12个).
STATE_CHANGES: tuple[str, ...] = (
    "调整为", "调整到", "撤并为", "撤并到", "合并为", "合并到", "整合为", "整合到", "压缩为", "压缩到",
    "调减为", "调减到", "调减至", "调整至", "撤并至", "合并至", "整合至", "压缩至", "归并为", "减并为",
)  # fmt: skip
# Words of need after a counted noun (56个教学点需要撤并): what the count still needs, not the noun.
COUNTED_NOUN_NEEDS: tuple[str, ...] = ("需要", "亟需", "急需", "亟待", "尚需", "仍需", "还需", "有待")

# Entities a count counts that a verb after them describes (1260名考生参加高考 → 参加高考考生).
COUNTED_ENTITIES: tuple[str, ...] = (
    "学生", "考生", "教师", "家长", "学校", "企业", "单位", "中小学", "幼儿园", "幼儿", "儿童", "毕业生",
    "代表", "校长", "教职工", "志愿者",
)  # fmt: skip
ENTITY_VERBS: tuple[str, ...] = (
    "参加", "参与", "进入", "开展", "获得", "荣获", "享受", "领取", "接受", "受到", "通过", "实现", "考入",
    "考上", "升入", "留下来", "入选",
)  # fmt: skip
# 2家培训机构因已停止办学未参加年检, 17个问题已整改到位, 89.5%的受益教师表示愿意…: the things counted,
# then a state they are in, a deed done or not done, or what they said (表示). The count is of those
# (未参加年检的培训机构). The markers that open such a state, and the nouns of what it is said of.
STATE_MARKERS: tuple[str, ...] = ("未能", "尚未", "仍未", "未", "没有", "已经", "已", "正在", "延后", "暂缓", "表示")
STATE_HOLDERS: tuple[str, ...] = (
    *COUNTED_ENTITIES, "机构", "项目", "问题", "工程", "隐患", "乡镇", "村", "校区", "班级", "班",
)  # fmt: skip

# Nouns that name a change, not what changed (减幅4.3%): the figure measures the metric before.
CHANGE_NOUNS: tuple[str, ...] = ("增幅", "减幅", "降幅", "涨幅", "升幅", "跌幅", "增速", "增长幅度", "下降幅度")

# Words that narrow a measure to a scope, a place or sector, or a kind of school and measure
# nothing themselves (全省, 农村, 民办, 普通小学): an item made of them alone (1.普通小学为10,482元,
# 其中，农村为…) takes its measure from the heading over it.
SCOPE_WORDS: tuple[str, ...] = (
    "全国", "全省", "全市", "全州", "全县", "全区", "全旗", "全镇", "全乡", "各级各类学校", "各级学校",
    "各类学校", "各级", "各类",
)  # fmt: skip
PLACE_QUALIFIERS: tuple[str, ...] = (
    "农村", "城市", "城镇", "城区", "乡村", "镇区", "县城", "县镇", "乡镇", "城乡", "公办", "民办",
)  # fmt: skip
SCHOOL_TYPES: tuple[str, ...] = (
    "普通小学", "普通初中", "普通高中", "中等职业学校", "普通高等学校", "高等学校", "特殊教育学校",
    "技工学校", "职业高中", "九年一贯制学校", "完全中学", "幼儿园", "中小学",
)  # fmt: skip
# A heading's words around the measure it names: 四、生均公用经费增长情况 → 生均公用经费.
HEADING_MEASURE_TAILS: tuple[str, ...] = (
    "增长情况", "增减情况", "变化情况", "执行情况", "完成情况", "基本情况", "情况", "状况",
)  # fmt: skip

# A table column of changes (设区市 | 2019年 | 2018年 | 增长): its cells are changes of the
# measure the table's title names, not levels of a measure called 增长.
CHANGE_COLUMNS: tuple[str, ...] = (
    "增长", "增幅", "增减", "增长率", "增减率", "增长幅度", "增减幅度", "增减额", "比上年增长", "比上年增减",
    "同比增长", "同比增减", "较上年增长", "较上年增减", "增加", "增减变化",
    "比较增减", "增减数", "较上年度增减", "比上年度增减",  # a Taiwan budget's 比較增減 column
)  # fmt: skip
# A table column of the level required (指标 | 标准值 | 达标校数): its cells are the row's measure,
# required (modality says so), not a measure called 标准值.
STANDARD_COLUMNS: tuple[str, ...] = ("标准值", "规定值", "要求值", "指标值", "标准", "国家标准", "省定标准")
# A bare share column right after a count column (小学达标校数 | 比例): the share of what that column
# counts (小学达标比例); the count column's ending words give way to the share's.
SHARE_COLUMNS: tuple[str, ...] = ("比例", "占比", "百分比", "比率", "所占比例")
COUNT_COLUMN_ENDINGS: tuple[str, ...] = ("校数", "所数", "人数", "个数", "数")

# Classifiers that name the things they count (共49个班 counts classes): a figure whose clause
# names nothing else counts those of the subject the sentence shares (学生2860人，共49个班 → 学生班).
NAMING_CLASSIFIERS: tuple[tuple[str, str], ...] = (("个班", "班"),)

# A table title's words for the set its rows list (表1 2019年部分设区市一般公共预算教育经费):
# each row names one of them, so the row's label replaces them in its cells' metric.
TABLE_ROW_SETS: tuple[str, ...] = (
    "部分设区市", "各设区市", "各市州", "各市", "各县（市、区）", "各县(市、区)", "各县市区", "各县区", "各区县",
    "各县", "各区", "各乡镇", "各学校", "各校", "分地区", "分市", "分县", "分学段", "各学段",
)  # fmt: skip

# Nouns of units or people that a set named before 中 ends with (48所农村学校中，有41所…).
AMONG_OWNERS: tuple[str, ...] = (
    "市", "县", "区", "县区", "区县", "乡镇", "镇", "乡", "村", "省", "州", "校", "学校", "园", "幼儿园", "单位",
    "生", "学生", "教师", "人员", "家庭", "儿童", "幼儿", "项目",
)  # fmt: skip

# Per-unit words that divide the amount named before them (经费186万元，生均1,127元).
PER_UNIT_WORDS: tuple[str, ...] = ("生均", "人均", "校均", "班均", "户均", "师均")

# Endings of a phrase that names a measured quantity (率, 经费, 人数): such a phrase can stand as
# one item of a 分别 list, and a stage written after it moves before it (合格率小学 → 小学合格率).
MEASURE_ENDINGS: tuple[str, ...] = (
    "率", "值", "经费", "费", "数", "比", "系数", "面积", "金额", "标准", "年限", "度", "额", "总额", "规模",
    "比例", "比重",
)  # fmt: skip

# Account lines an account statement totals (收入总计4.86亿元, 支出合计的90%): after one of these
# nouns 合计/总计 names the total line and stays in the metric; elsewhere it tallies (共计) and goes.
ACCOUNT_LINES: tuple[str, ...] = ("收入", "支出", "拨款", "经费", "资金", "预算", "决算", "费用", "开支")

# Verbs that say how far a counted task has got (已启动9个, 开工建设4个, 其中完成立项9个): a count
# of them counts the things the count before it named.
PROGRESS_VERBS: tuple[str, ...] = (
    "启动", "开工", "动工", "竣工", "完工", "建成", "完成", "改造", "投入使用", "交付使用", "通过验收",
    "验收", "达标", "立项", "开工建设", "落地", "签约", "整改", "化解", "消除",
)  # fmt: skip

# Nouns for people: a count of people after a 的 phrase (获本科学历的10人) counts some of them.
PEOPLE_NOUNS: tuple[str, ...] = (
    "教师", "学生", "考生", "家长", "幼儿", "儿童", "毕业生", "人员", "教职工", "校长", "班主任",
)  # fmt: skip
# Row labels of a table that sum the rows above them (合计 | 126 | 56172): the row names no
# metric of its own, so it takes its column's measure or the table's subject before it.
TOTAL_ROWS: tuple[str, ...] = ("合计", "总计", "小计", "共计", "合計", "總計", "小計", "共計")
# What a table's title says around its subject (二、近三年教育经费收入情况, 表1 全县在校生统计表).
TABLE_TITLE_ENDINGS: tuple[str, ...] = (
    "基本情况", "情况表", "情况", "统计表", "统计", "一览表", "明细表", "汇总表", "表", "統計表", "統計", "一覽表",
)  # fmt: skip

# A table titled by what it lists, not by one measure (主要指标, 主要数据): its rows name their own
# measures, and the title adds nothing to them.
TABLE_TITLES_OF_MANY: tuple[str, ...] = ("主要指标", "指标", "主要数据", "基本数据", "数据", "主要指標", "指標")

# Stages a list of stages alone may name beside the stage words (小学及中学分别为12.1:1及9.8:1):
# 中学 is Hong Kong's and Macau's secondary stage, and a stage wherever it stands in such a list.
LIST_ONLY_STAGES: tuple[str, ...] = ("中学",)
# Adverbs of how a change goes (逐步下降至6.1万人): left alone before the figure they name nothing,
# so the figure shares the subject of the sentence.
MANNER_ADVERBS: tuple[str, ...] = (
    "逐步", "逐年", "逐渐", "进一步", "持续", "稳步", "大幅", "明显", "显著", "继续", "再", "将", "预计将", "有望",
)  # fmt: skip

# 县级财政按教师工资总额的1.5%安排培训经费: verbs that apply a rate or a standard written after 按
# to funds or a payment (what follows them is what the rate is of).
RATE_APPLYING_VERBS: tuple[str, ...] = (
    "安排", "提取", "计提", "征收", "列支", "增加", "补助", "资助", "发放", "收取", "拨付", "核拨",
)  # fmt: skip
# Who pays at such a rate (县级财政, 各县（市、区）): the payer, not what is paid.
PAYER_ENDS: tuple[str, ...] = (
    "财政", "政府", "教育局", "各地", "县级", "市级", "区级", "省级", "（市、区）", "各县", "各市", "各区",
)  # fmt: skip
# …or the place alone (县按…, 我县按…); a longer name ending in 区 or 县 (城区, 民族地区) is a group paid.
PAYER_PLACES: tuple[str, ...] = ("县", "市", "区", "省", "全县", "全市", "全区", "全省", "我县", "我市", "我区", "我省")
