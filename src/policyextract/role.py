"""Role: is a figure the level of its metric, a change against another time, or the baseline?"""

from __future__ import annotations

import regex

from .context import FigureContext
from .lexicon.cues import CHANGE_VERBS, REFERENCE_CUES, TO_LEVEL
from .lexicon.units import alternation

_CHANGE = regex.compile(r"(?P<verb>\L<verbs>)(?P<after>[^到至为达成]{0,12})$", verbs=alternation(CHANGE_VERBS))
_TO_LEVEL_AFTER = regex.compile(r"^(?:了)?(?:\L<words>)", words=list(TO_LEVEL))
_REFERENCE = regex.compile(
    r"(?:\L<cues>)(?:上年|去年|上一年|[0-9x]{4}年)?(?:的)?[(（]?$", cues=alternation(REFERENCE_CUES)
)
_CHANGE_AHEAD = regex.compile(r"\L<verbs>", verbs=alternation(CHANGE_VERBS))
_REFERENCE_IN_PARENS = regex.compile(r"(?:比|较)[^,，。;；()（）]{1,6}[(（]$")
_COMPARED_MORE = regex.compile(r"(?:比|较)[^，,。；;]{1,12}(?:多|少|(?<![提升])高|(?<![降减])低)(?:了|出)?$")
_CHANGE_NOUN = regex.compile(r"(?P<noun>增幅|增速|涨幅|降幅)(?:为|达到|达|是|约|超过)?$")
_LIST_JOINERS = frozenset({"、", "和", "及", "与", "，", ","})
# A change verb only governs the figure when little stands between them (比上年增加8301人,
# 高出市内四区平均比例3.56个百分点).
_MAX_GAP = 12

EXAMPLES: list[tuple[str, str, str]] = [
    ("普通高中招生46608人,比上年增加8301人,增长21.67%", "8301人", "change"),
    ("普通高中招生46608人,比上年增加8301人,增长21.67%", "21.67%", "change"),
    ("普通高中招生46608人,比上年增加8301人", "46608人", "level"),
    ("中职招生20800人,比上年(16400人)增加4400人", "16400人", "reference"),
    ("中职招生20800人,比上年(16400人)增加4400人", "4400人", "change"),
    ("重点高中录取率达19.89%,高出市内四区平均比例3.56个百分点", "3.56个百分点", "change"),
    ("入学率提高到95%", "95%", "level"),
    ("按计划三年翻三番", "翻三番", "change"),
    ("新增学位达到2.8万个", "2.8万个", "level"),
    ("教育经费增幅达15%", "15%", "change"),
    ("考上县一中的有四十一人,比去年多了十二个", "十二个", "change"),
    ("平均分分别高出全区平均水平2.3分、3.1分和1.8分", "1.8分", "change"),
    ("辍学率下降0.5个百分点", "0.5个百分点", "change"),
    ("在校生由3000人增加到3500人", "3000人", "reference"),
    ("在校生由3000人增加到3500人", "3500人", "level"),
    ("普通高中在校生由上年的1.05万人增加到1.12万人", "1.05万人", "reference"),
]


def decide_role(context: FigureContext) -> tuple[str, str]:
    """(role, why) for one figure."""
    candidate = context.candidate
    left = context.sentence_left
    if _REFERENCE_IN_PARENS.search(left):
        return "reference", "in parentheses after 比上年"
    if _REFERENCE.search(left[-10:]) and _CHANGE_AHEAD.search(context.clause_right):
        return "reference", "baseline: 由/比上年 X 增加到 Y"
    gap = context.text[context.floor : candidate.start] if context.previous else ""
    if gap in _LIST_JOINERS and context.previous[-1].role != "reference":
        return context.previous[-1].role, "item of a list: the role of the first item"  # 高出2.3分、3.1分
    if candidate.rule == "doubling":
        return "change", "翻N番"
    clause = context.clause_left
    if _COMPARED_MORE.search(clause):
        return "change", "比…多/少: a difference"  # 比去年多了十二个, 比上学期多一倍
    named = _CHANGE_NOUN.search(clause)
    if named:
        return "change", f"change noun {named.group('noun')}"  # 增幅达15% names the change itself
    found = _CHANGE.search(clause)
    if found and len(found.group("after")) <= _MAX_GAP and not _TO_LEVEL_AFTER.match(found.group("after")):
        return "change", f"change verb {found.group('verb')}"
    return "level", "no change verb"
