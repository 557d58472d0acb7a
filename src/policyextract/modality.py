"""Modality: is a figure a target still to be met, or a result reached (actual)?

Decided in tiers, the first that speaks wins:
1. the cue nearest the figure in its own clause (要/将/确保/力争/下达… against 已/累计/了…),
2. the nearest cue in the rest of its sentence,
3. the section heading it stands under (…回顾 → actual; …重点工作, or an imperative heading
   such as 加强领导 → target),
4. the year the figure refers to (after the document's own year → target),
5. a link verb right before it (入学率为98.67%) or, failing all, `actual`: reports mostly report.
Dates and durations are `other`.
"""

from __future__ import annotations

import regex

from .context import FigureContext
from .lexicon.cues import (
    ACTUAL_CUES,
    ACTUAL_LINKS,
    PLAN_HEADING_VERBS,
    PLAN_HEADING_WORDS,
    REVIEW_HEADING_WORDS,
    TARGET_CUES,
)
from .lexicon.units import alternation
from .segment import Heading

# Characters that are cues only as words of their own: 要 but not 主要/重要/需要.
_GUARDS = {
    "要": r"(?<![主重需纲摘提概只紧首])要(?![求点素闻害么是不])",
    "将": r"(?<![即])将(?![来军近])",
    "应": r"(?<![相适响供效反对答])应(?![用急对届])(?!\p{Han}{1,3}(?:人数|数|对象))",  # 应交流人数 names a number
    "须": r"(?<![必])须",
    "了": r"(?<![为除])了(?![解])",
    "拟": r"拟(?![定])",
    "已": r"(?<![不而])已(?![经])|已经",
    # 计划 as a verb (计划新建, 按计划), not as a programme's name (特岗计划, 国培计划)
    "去年": r"(?<![比较于])去年",
    "计划": r"(?<=按|按照)计划|计划(?=[新建改招投完实开推培用安在到于将要力争逐拟0-9一二两三四五六七八九十])",
}


def _cue_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    parts = [_GUARDS.get(word, regex.escape(word)) for word in alternation(words)]
    return regex.compile("|".join(parts))


_TARGET = _cue_pattern(TARGET_CUES)
_ACTUAL = _cue_pattern(ACTUAL_CUES)
_BY_YEAR = regex.compile(r"(?:到|至)(?:20[0-9x]{2})年(?:底|末)?(?:前)?|[一二两三四五六七八九十0-9]+年(?:内|之内)")
_LINK_BEFORE = regex.compile(r"(?:\L<links>)(?:了)?(?:约|近|超过|不到)?$", links=alternation(ACTUAL_LINKS))
_REVIEW = regex.compile("|".join(REVIEW_HEADING_WORDS))
_PLAN = regex.compile("|".join(PLAN_HEADING_WORDS))
_PLAN_VERB = regex.compile(r"^[(（一二三四五六七八九十0-9、.)）\s]*(?:" + "|".join(PLAN_HEADING_VERBS) + ")")
_RIGHT_WINDOW = 8

EXAMPLES: list[tuple[str, str, str]] = [
    ("确保小学无辍学,农村初中辍学率控制在3%以内", "3%以内", "target"),
    ("全市小学适龄儿童入学率为98.67%", "98.67%", "actual"),
    ("要实现到20xx年全区幼儿入园(班)率达到90以上的目标", "90以上", "target"),
    ("并力争有2—3所在9月1日前投入使用", "2—3所", "target"),
    ("目前,五镇尚有欠款491.6万元", "491.6万元", "actual"),
    ("完成了市政府年初下达的500万元招商引资任务", "500万元", "target"),
    ("今年将不低于500万的资金投入来保证教育", "500万", "target"),
    ("主要指标均有提高,新增学位2.8万个", "2.8万个", "actual"),
    ("我们新建和改扩建了35所中小学及幼儿园", "35所", "actual"),
    ("霍山县已被确定为全省首批17个样本县区之一", "17个", "actual"),
    ("全市消除56人以上大班额320个", "56人以上", "other"),
    ("又造成了农村教育经费缺口每年三百多万元", "三百多万元", "actual"),
    ("一、2025年工作回顾\n全年新建中小学12所。", "12所", "actual"),
    ("二、2026年重点工作\n新建中小学12所。", "12所", "target"),
    ("三、加强领导,强化措施\n开工建设7个项目。", "7个", "target"),
]


def decide_modality(
    context: FigureContext, headings: list[Heading], year: int | None, doc_year: int | None
) -> tuple[str, str]:
    """(modality, why) for one figure."""
    if context.candidate.kind in {"date", "duration"}:
        return "other", "dates and durations"
    if _defines_a_category(context):
        return "other", "a threshold that defines a category (56人以上大班额)"
    clause_left = context.clause_left
    right = context.clause_right[:_RIGHT_WINDOW]
    # The sentence scope stops at ；: clauses joined by it carry their own modality.
    sentence_left = context.sentence_left.rsplit("；", 1)[-1].rsplit(";", 1)[-1]
    for scope, left in (("clause", clause_left), ("sentence", sentence_left)):
        decided = _by_cues(left, right)
        if decided:
            return decided[0], f"{decided[1]} in the {scope}"
    for heading in headings:  # outermost first: 一、…回顾 outranks its (三)聚焦… subsection
        if _REVIEW.search(heading.text):
            return "actual", f"under the review heading {heading.text[:20]}"
        if _PLAN.search(heading.text):
            return "target", f"under the plan heading {heading.text[:20]}"
    for heading in reversed(headings):
        if _PLAN_VERB.search(heading.text):
            return "target", f"under the imperative heading {heading.text[:20]}"
    if year is not None and doc_year is not None and year > doc_year:
        return "target", "refers to a year after the document's"
    if _LINK_BEFORE.search(clause_left):
        return "actual", "link verb before the figure"
    return "actual", "no cue: reported figures are results by default"


def _defines_a_category(context: FigureContext) -> bool:
    """56人以上大班额, 五十岁以上教师, 66人以上的班级: the figure bounds a category, it does not
    report a quantity or set a goal."""
    candidate = context.candidate
    if candidate.unit not in _CATEGORY_UNITS or candidate.bound not in {">=", "<="}:
        return False
    written = context.written
    return written.endswith(("以上", "以下")) and _CATEGORY_NOUN.match(context.clause_right) is not None


_CATEGORY_UNITS = frozenset({"人", "名", "岁", "周岁"})
_CATEGORY_NOUN = regex.compile(r"的?(?:大班额|超大班额|班额|班级|大班|教师|学生|青年|老师|人口|家庭|儿童)")


def _by_cues(left: str, right: str) -> tuple[str, str] | None:
    target = _nearest(_TARGET, left, right)
    by_year = [len(left) - found.end() for found in _BY_YEAR.finditer(left)]
    if by_year:
        target = min([*by_year, *([target] if target is not None else [])])
    actual = _nearest(_ACTUAL, left, right)
    if target is None and actual is None:
        return None
    if actual is None or (target is not None and target <= actual):
        return "target", "target cue"
    return "actual", "actual cue"


def _nearest(pattern: regex.Pattern[str], left: str, right: str) -> int | None:
    """Distance in characters from the figure to the nearest cue, left or right of it."""
    distances = [len(left) - found.end() for found in pattern.finditer(left)]
    distances += [found.start() for found in pattern.finditer(right)]
    return min(distances) if distances else None
