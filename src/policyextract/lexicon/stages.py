"""School stages and the words that name them (data only)."""

from __future__ import annotations

# Word as written → stage code. Longest words are tried first where patterns are built.
STAGES: dict[str, str] = {
    "学前教育": "preschool", "学前": "preschool", "幼儿园": "preschool", "幼儿": "preschool",
    "学前三年": "preschool", "学前一年": "preschool", "入园": "preschool",
    "小学": "primary", "初中": "junior_secondary", "普通高中": "senior_secondary",
    "高中": "senior_secondary", "中职": "vocational", "职业教育": "vocational", "职高": "vocational",
    "中等职业": "vocational", "职业学校": "vocational", "高职": "higher", "高校": "higher",
    "高等教育": "higher", "大学": "higher", "本科": "higher", "特殊教育": "special", "特教": "special",
    "残疾儿童": "special", "残儿": "special", "义务教育": "compulsory", "九年义务教育": "compulsory",
    "中小学": "compulsory", "基础教育": "compulsory", "成人": "adult", "成人教育": "adult",
    # Taiwan and Hong Kong names (read in the simplified copy): 幼稚园, 国小, 国中.
    "幼稚园": "preschool", "国小": "primary", "国中": "junior_secondary",
    "国民小学": "primary", "国民中学": "junior_secondary",  # Taiwan's full names (國民小學)
}  # fmt: skip

# Words that stand alone as a stage in an enumeration (小学98.7%、初中94.2%).
STAGE_WORDS: tuple[str, ...] = (
    "小学", "初中", "高中", "普通高中", "中职", "幼儿园", "学前", "职高", "高职", "中小学", "大学",
    "义务教育", "特殊教育", "学前教育", "幼稚园", "国小", "国中", "中等职业教育", "中等职业", "职业教育",
    "国民小学", "国民中学",
)  # fmt: skip

# Kinds of school that stand beside the stages in a list of schools, not above them (初级中学14所、
# 九年一贯制学校9所、小学63所): a stage after one of them names its own schools, not a part.
SIBLING_SCHOOL_KINDS: tuple[str, ...] = (
    "一贯制学校", "完全中学", "特殊教育学校", "特教学校", "职业学校", "技工学校", "工读学校", "教学点",
)  # fmt: skip

# School subjects, items of a list as stages are (语文、数学平均分分别为…).
SCHOOL_SUBJECTS: tuple[str, ...] = (
    "语文", "数学", "英语", "外语", "物理", "化学", "生物", "历史", "地理", "政治", "道德与法治", "思想政治",
    "科学", "体育", "音乐", "美术", "信息技术", "文科", "理科",
)  # fmt: skip
