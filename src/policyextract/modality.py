"""Modality: is a figure a target still to be met, or a result reached (actual)?

The cue word nearest the figure in its sentence decides (要/将/确保/力争… against 已/累计/
完成了/为…); a cue right after the figure counts too (500万元招商引资任务). Without a cue,
the section heading decides (回顾 → actual, 重点工作 → target), then the year the figure
refers to (later than the document's year → target). Dates and durations are `other`.
"""

from __future__ import annotations

import regex

from .context import FigureContext
from .lexicon.cues import ACTUAL_CUES, PLAN_HEADING_WORDS, REVIEW_HEADING_WORDS, TARGET_CUES
from .lexicon.units import alternation
from .segment import Heading

# Single characters that are cues only as words of their own: 要 but not 主要/重要/需要.
_GUARDS = {
    "要": r"(?<![主重需纲摘提概只])要(?![求点素闻害么是])",
    "将": r"(?<![即])将(?![来军近])",
    "应": r"(?<![相适响供效反对答])应(?![用急对届])",
    "为": r"(?<![作成认因以称更行视])为(?![了何主重首此止])",
    "有": r"(?<![所没具拥享还只争])有(?![关效力利益的些])",
    "须": r"(?<![必])须",
}


def _cue_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    parts = [_GUARDS.get(word, regex.escape(word)) for word in alternation(words)]
    return regex.compile("|".join(parts))


_TARGET = _cue_pattern(TARGET_CUES)
_ACTUAL = _cue_pattern(ACTUAL_CUES)
_BY_YEAR = regex.compile(r"(?:到|至|在)(?:20[0-9x]{2})年(?:底|末)?(?:前)?")
_REVIEW = regex.compile("|".join(REVIEW_HEADING_WORDS))
_PLAN = regex.compile("|".join(PLAN_HEADING_WORDS))
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
]


def decide_modality(
    context: FigureContext, headings: list[Heading], year: int | None, doc_year: int | None
) -> tuple[str, str]:
    """(modality, why) for one figure."""
    if context.candidate.kind in {"date", "duration"}:
        return "other", "dates and durations"
    left = context.sentence_left
    right = context.clause_right[:_RIGHT_WINDOW]
    target = _nearest(_TARGET, left, right)
    actual = _nearest(_ACTUAL, left, right)
    by_year = [len(left) - found.end() for found in _BY_YEAR.finditer(left)]
    if by_year:
        target = min(by_year + ([target] if target is not None else []))
    if target is not None or actual is not None:
        if actual is None or (target is not None and target <= actual):
            return "target", "target cue in the sentence"
        return "actual", "actual cue in the sentence"
    for heading in reversed(headings):
        if _PLAN.search(heading.text):
            return "target", f"under the plan heading {heading.text[:20]}"
        if _REVIEW.search(heading.text):
            return "actual", f"under the review heading {heading.text[:20]}"
    if year is not None and doc_year is not None and year > doc_year:
        return "target", "refers to a year after the document's"
    return "actual", "no cue: reported figures are results by default"


def _nearest(pattern: regex.Pattern[str], left: str, right: str) -> int | None:
    """Distance in characters from the figure to the nearest cue, left or right of it."""
    distances = [len(left) - found.end() for found in pattern.finditer(left)]
    distances += [found.start() for found in pattern.finditer(right)]
    return min(distances) if distances else None
