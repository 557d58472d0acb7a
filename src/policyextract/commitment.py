"""Commitment: how firmly a target is set (`binding`, `aim`), or whether a figure that is neither
target nor result is a `forecast`. Run after the modality stage, on its decision.

For a target, the first that speaks wins:
1. the row of a plan's indicator table marked 约束性 or 预期性 (a cell of the row: 属性 | 约束性);
2. the cue nearest the figure in its own clause, left or right of it: a guarantee, obligation or
   prohibition (确保, 必须, 严禁, 不得, 约束性, 刚性, 达到…标准) is binding; an aim or an expected
   indicator (力争, 争取, 努力, 预期性, 鼓励) an aim;
3. the nearest such cue in the rest of the sentence (up to ；), then in the lead of a colon list
   (力争实现以下目标：…；…);
4. a table's group row or column header (约束性指标, 预期性指标) above the cell, then the headings
   of the section it stands in.
Else null: 要, 将, 计划 and a deadline plan without saying how firmly.

A figure of modality `other` is a forecast when a forecast cue (预计, 预测, 估计, 有望) or a
prediction (将达到, 将突破) stands in its clause or sentence, or its table column is headed 预计.
Cues are read on a copy whose traditional characters are folded (確保, 力爭, 預計).
"""

from __future__ import annotations

import re
from typing import Final

import regex

from .context import FigureContext, table_lines_above
from .lexicon.cues import FORECAST_CUES, PREDICTION_VERBS
from .lexicon.relations import AIM_CUES, BINDING_CUES, EXTRA_TRADITIONAL
from .lexicon.units import alternation
from .modality import _column_cue as column_cue  # the header of a cell's column, as modality reads it
from .modality import fold
from .models import Commitment, Modality
from .outline import Outline

_EXTRA: Final = str.maketrans(EXTRA_TRADITIONAL)
_EXTRA_FOUND: Final = re.compile("[" + re.escape("".join(EXTRA_TRADITIONAL)) + "]")

_GUARDS: Final = {
    "须": r"(?<![必无毋])须(?![知])",
    "不得": r"(?<![舍记懂晓值])不得(?![不已了])",
    "保证": r"保证(?![了金])",
    "努力": r"(?<!经过|通过)努力",  # 经过努力 reports what effort achieved
    "希望": r"(?<!有)希望(?![工小])",  # 希望工程, 希望小学 are names
    "预期性": r"预期性|预期目标",
}


def _pattern(words: tuple[str, ...], *extra: str) -> regex.Pattern[str]:
    parts = [_GUARDS.get(word, regex.escape(word)) for word in alternation(words)]
    return regex.compile("|".join([*extra, *parts]))


# 达到…标准 as a requirement (生均校舍面积达到省定标准), 达标
_BINDING: Final = _pattern(BINDING_CUES, r"达到[^,，。；;:：]{0,12}(?:标准|要求)", r"达标(?!率)")  # 达标率 names a rate
_AIM: Final = _pattern(AIM_CUES)
_ANY_STRENGTH: Final = regex.compile(_BINDING.pattern + "|" + _AIM.pattern)
_FORECAST: Final = regex.compile(
    "|".join(r"预期(?!目标|性)" if word == "预期" else regex.escape(word) for word in alternation(FORECAST_CUES))
    + r"|(?<![即])将(?:会|可能|可)?(?:"
    + "|".join(alternation(PREDICTION_VERBS))
    + ")"
)
_MARK: Final = regex.compile(r"约束性|预期性")
# re, not regex, for a character class or an anchored match on a figure's short texts: 2-4x
# less per call; word alternations stay with regex, which scans for them much faster.
_SEMICOLON: Final = re.compile(r"[；;]")
_LEAD_BREAK: Final = re.compile(r"[,，。;；]")
_ROW_MAX: Final = 4000
# Characters after a figure read for a cue: a mark right after it (50%（约束性）), not the purpose
# of a later verb (投入500万的资金来保证教育).
_RIGHT_WINDOW: Final = 5
_GROUP_REACH: Final = 12  # table rows above a cell in which a group row (约束性指标) is looked for

# (text, figure as written, commitment). Positive and negative, of our own.
EXAMPLES: list[tuple[str, str, str | None]] = [
    ("确保全县义务教育巩固率达到97.5%", "97.5%", "binding"),
    ("各校必须配齐专职心理教师不少于2名", "2名", "binding"),
    ("严禁义务教育学校班额超过55人", "55人", "binding"),
    ("校外培训机构收费不得高于备案价的10%", "10%", "binding"),
    ("全区公办园在园幼儿占比达到50%（约束性）", "50%", "binding"),
    ("生均校舍面积要达到省定标准7.2平方米", "7.2平方米", "binding"),
    ("各縣確保學前三年毛入園率達到92%", "92%", "binding"),
    ("力争全市高考本科上线率达到48%", "48%", "aim"),
    ("争取新增公办学位3600个", "3600个", "aim"),
    ("今年努力使课后服务覆盖率达到95%", "95%", "aim"),
    ("鼓励有条件的学校开设选修课程20门以上", "20门以上", "aim"),
    ("力爭新建公辦幼稚園5所", "5所", "aim"),
    # the nearest cue wins; the sentence speaks when the clause is silent
    ("要力争确保辍学率控制在0.6%以内", "0.6%以内", "binding"),
    ("确保校舍安全，力争全年新建学校4所", "4所", "aim"),
    ("确保投入到位，全年新建学校4所", "4所", "binding"),
    ("今年将不低于800万元的资金用于保证校舍维修", "800万元", None),
    ("年底前全市智慧校园建设达标率达到70%", "70%", None),
    # a plan that says nothing of how firmly; results, estimates and dates
    ("今年要新建乡镇寄宿制学校3所", "3所", None),
    ("到2027年全区学前教育毛入园率达到93%", "93%", None),
    ("经过努力，全年新建学校6所", "6所", None),
    ("通过努力确保了全县义务教育巩固率达到97%", "97%", None),
    ("确保2026年9月1日前投入使用", "2026年9月1日", None),
    # forecasts: modality other with a forecast cue or a prediction
    ("预计今年全省中考报名人数达到52万人", "52万人", "forecast"),
    ("明年全县初中毕业生将达到8600人", "8600人", "forecast"),
    ("據預測，明年學齡人口將減少3200人", "3200人", "forecast"),
    ("全市消除56人以上大班额320个", "56人以上", None),
    # a plan's indicator table: the row's mark, the group row above
    ("一、主要目标\n指标 | 2020年 | 2025年 | 属性\n巩固率（%） | 95.6 | 97 | 约束性", "97", "binding"),
    ("一、主要目标\n指标 | 2020年 | 2025年 | 属性\n入园率（%） | 88.3 | 92 | 预期性", "92", "aim"),
    ("一、主要目标\n指标 | 2020年 | 2025年 | 属性\n巩固率（%） | 95.6 | 97 | 约束性", "95.6", None),
    ("一、主要目标\n指标 | 2020年 | 2025年\n预期性指标 | |\n入园率（%） | 88.3 | 92", "92", "aim"),
    ("指标 | 2022年 | 2023年预计\n在校生（人） | 8800 | 9100", "9100", "forecast"),
]


def _fold(text: str) -> str:
    folded = fold(text)
    # translate looks every character up: most texts hold none of these, found by one C scan
    return folded.translate(_EXTRA) if _EXTRA_FOUND.search(folded) else folded


def decide_commitment(context: FigureContext, modality: Modality, outline: Outline) -> tuple[Commitment | None, str]:
    """(commitment, why) for one figure whose modality is decided."""
    if context.candidate.kind in {"date", "duration"} or modality == "actual":
        return None, ""
    if modality == "other":
        return _forecast(context)
    marked = _row_mark(context)
    if marked:
        return marked
    right = _fold(context.clause_right[:_RIGHT_WINDOW])
    sentence = _fold(context.sentence_left)  # folding keeps lengths: the clause is its end
    if _ANY_STRENGTH.search(sentence) or _ANY_STRENGTH.search(right):  # most targets name no strength
        clause_left = sentence[len(sentence) - len(context.clause_left) :]
        after_semicolon = _SEMICOLON.split(sentence)[-1]
        colon = max(sentence.rfind(":"), sentence.rfind("："))
        lead = ""
        if 0 <= colon < len(sentence) - len(after_semicolon):
            lead = _LEAD_BREAK.split(sentence[:colon])[-1]
        for scope, left, ahead in (
            ("clause", clause_left, right),
            ("sentence", after_semicolon, ""),
            ("list lead", lead, ""),
        ):
            found = _strength(left, ahead)
            if found:
                return found[0], f"{found[1]} in the {scope}"
    group = _group_mark(context)
    if group:
        return group
    section = outline.section_at(context.candidate.start)
    for heading in reversed(section.headings if section else []):
        mark = _MARK.search(_fold(heading.text))
        if mark:
            return _from_mark(mark.group()), f"under the heading {heading.text.strip()[:20]}"
    return None, ""


def _strength(left: str, right: str) -> tuple[Commitment, str] | None:
    """The nearest binding or aim cue, left or right of the figure: (commitment, "kind cue")."""
    found: list[tuple[int, Commitment, str]] = []
    cues: tuple[tuple[Commitment, regex.Pattern[str]], ...] = (("binding", _BINDING), ("aim", _AIM))
    for commitment, pattern in cues:
        nearest = _nearest(pattern, left, right)
        if nearest is not None:
            found.append((nearest[0], commitment, nearest[1]))
    if not found:
        return None
    _, commitment, word = min(found)
    return commitment, f"{commitment} cue {word}"


def _forecast(context: FigureContext) -> tuple[Commitment | None, str]:
    clause = _fold(context.clause_left + "|" + context.clause_right)
    sentence = _SEMICOLON.split(_fold(context.sentence_left))[-1]
    for scope, text in (("clause", clause), ("sentence", sentence)):
        cue = _FORECAST.search(text)
        if cue:
            return "forecast", f"forecast cue {cue.group()} in the {scope}"
    column = column_cue(context)
    if column and column[0] == "other":
        return "forecast", column[1]
    return None, ""


def _row(context: FigureContext) -> tuple[int, int] | None:
    """(start, end) of the figure's line when it is a table row."""
    text, start = context.text, context.line_start
    end = text.find("\n", context.candidate.start, start + _ROW_MAX)
    end = min(len(text), start + _ROW_MAX) if end < 0 else end
    return (start, end) if text.find("|", start, end) >= 0 else None


def _row_mark(context: FigureContext) -> tuple[Commitment, str] | None:
    """巩固率（%） | 95.6 | 97 | 约束性: the row's own mark, for its target cells."""
    row = _row(context)
    if row is None:
        return None
    for cell in context.text[row[0] : row[1]].split("|"):
        mark = _MARK.fullmatch(_fold(cell).strip().strip("（()）【】[]"))
        if mark:
            return _from_mark(mark.group()), f"the table row is marked {mark.group()}"
    return None


def _group_mark(context: FigureContext) -> tuple[Commitment, str] | None:
    """A group row (约束性指标 | |) or the column header above a table cell."""
    row = _row(context)
    if row is None:
        return None
    text = context.text
    column = text.count("|", row[0], context.candidate.start)
    for line_start, line_end in table_lines_above(text, row[0], _GROUP_REACH, _ROW_MAX):
        cells = text[line_start:line_end].split("|")
        for cell in (cells[0], cells[column] if column < len(cells) else ""):
            mark = _MARK.search(_fold(cell))
            if mark:
                return _from_mark(mark.group()), f"under the table's {cell.strip()[:12]}"
    return None


def _from_mark(mark: str) -> Commitment:
    return "binding" if mark == "约束性" else "aim"


def _nearest(pattern: regex.Pattern[str], left: str, right: str) -> tuple[int, str] | None:
    """(distance in characters, cue) of the cue nearest the figure, left or right of it."""
    last = None
    for last in pattern.finditer(left):  # noqa: B007 (the loop keeps the last match)
        pass
    first = pattern.search(right)
    candidates = []
    if last is not None:
        candidates.append((len(left) - last.end(), last.group()))
    if first is not None:
        candidates.append((first.start(), first.group()))
    return min(candidates) if candidates else None
