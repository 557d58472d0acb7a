"""What looks like a figure but is not one (data only): ANNOTATION.md, "What is not a figure".

Kept apart from the patterns so that a reviewer can extend the lists without reading regex.
"""

from __future__ import annotations

# Words that contain a numeral and a classifier but name no quantity. A candidate that
# overlaps one of them is dropped.
WORDS_WITH_NUMERALS: tuple[str, ...] = (
    # numerals fused into ordinary words
    "一些", "一批", "一线", "一道", "一起", "一体", "一致", "一切", "一系列", "一把手", "一流",
    "一级", "一手", "一方面", "一般", "一样", "一次性", "一站式", "一揽子", "一盘棋",
    "一件事", "一张蓝图", "一以贯之", "一心一意", "一丝不苟", "一如既往", "一视同仁", "一览",
    "一项一项", "一条一条", "一个一个", "一年一度", "万无一失", "千方百计", "千家万户", "百年大计",
    "千秋大业", "三角债务", "第一责任人", "第一议题", "第一时间", "第一标准",
    "一个中心", "两个基本点", "两手抓", "两条腿", "一人一案", "一生一策", "一校一案", "一校一策",
    "一对一", "面对面", "十年树木", "百年树人", "四面八方", "三令五申", "七上八下", "一时",
    "一度", "一旦", "一直", "一同", "一并", "一举", "一律", "一向", "一经", "一定", "一边",
    "双一流", "一本", "二本", "三本", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
    "七年级", "八年级", "九年级", "高一", "高二", "高三", "初一", "初二", "初三",
    # years of study and school grades in other systems (大一学年, 中一学生 in Hong Kong), ratings
    "大一学", "大二学", "大三学", "大四学", "中一学", "中二学", "中三学", "中四学", "中五学", "中六学",
    "小一学", "小二学", "小三学", "小四学", "小五学", "小六学", "一级幼儿园", "二级幼儿园", "三级幼儿园",
    "一元二次", "二次方程", "二次函数", "一次函数", "数十年", "十年如一日", "如一日", "成千上万",
    "千千万万", "一周期", "九年义务", "九年一贯", "十二年一贯",
    # places of a digit (调整至最接近的百位数): no count
    "个位数", "十位数", "百位数", "千位数", "万位数",
    # free or basic schooling of a fixed length (Taiwan 十二年國教, Hong Kong 十五年免費教育)
    "十二年国教", "十二年国民", "十二年义务", "十二年免费", "十五年免费", "十四年免费", "十二年基本",
    "五年一贯", "学前三年", "学前一年", "学前两年",
    # the years of a stage in the name of its retention rate (小学五年巩固率, 初中三年保留率)
    "五年巩固", "六年巩固", "三年巩固", "九年巩固", "五年保留", "六年保留", "三年保留",
    # place names that hold a numeral and a classifier
    "三门峡", "七台河", "五家渠", "九台", "三台", "六盘水", "十堰", "三明", "三亚", "四平", "五指山",
    "二连浩特", "百色", "三河", "四会", "五常", "九江", "九龙", "千岛湖", "万州", "万宁", "八步",
    "五莲", "六合", "七星", "八一", "二道", "三门", "五华", "六枝", "一中", "二中", "三中",
    # five-year plan ordinals, quoted or not
    "十五计划", "十一五", "十二五", "十三五", "十四五", "十五五", "十六五",
    # slogans and formula abbreviations (quoted or not)
    "三个代表", "四个自信", "四个意识", "两个维护", "两个确立", "四个全面", "五位一体",
    "五育并举", "三位一体", "一校一品", "两免一补", "两学一做", "三会一课", "两基", "双减",
    "三个面向", "四有", "四个服务", "五个一", "三全育人", "五项管理", "六稳", "六保",
    "一带一路", "一国两制", "两个一百年", "五大发展理念", "三严三实", "四风", "八项规定",
)  # fmt: skip

# Nouns after a count that make it an ordinal of a meeting or plan: 五次全会, 二次会议.
MEETING_NOUNS: tuple[str, ...] = (
    "全会", "全体会议", "会议", "代表大会", "党代会", "人代会", "常委会", "次会", "届",
)  # fmt: skip

# Nouns after 第N个 that make it a commemorative ordinal: 第20个教师节.
ORDINAL_EVENT_NOUNS: tuple[str, ...] = ("教师节", "节", "纪念日", "世界", "全国", "宣传周", "宣传月")

# Words of web-page furniture: a short line holding one of them is not body text.
FURNITURE_WORDS: tuple[str, ...] = (
    "人气", "浏览", "阅读量", "阅读数", "点击", "下载", "复制全文", "更新", "上传", "收藏",
    "分享", "VIP", "会员", "仅需", "试题", "扫码", "二维码", "版权", "责任编辑", "来源:",
    "来源：", "发布时间", "打印", "关闭窗口", "字号", "返回顶部", "相关文章", "上一篇",
    "下一篇", "热门", "推荐阅读", "免费下载", "页数", "文档", "KB", "MB", "浏览次数", "次浏览", "本站", "文章总数",
    "阅读:", "阅读：", "点赞", "评论", "转发", "字数",
)  # fmt: skip
FURNITURE_LINE_MAX = 60  # characters; body paragraphs are longer, furniture lines shorter
