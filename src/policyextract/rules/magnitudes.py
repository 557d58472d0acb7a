"""Amounts written with 万 or 亿 and no unit word, read from the clause they stand in:
报名人数60万左右 (people), 财政收入分别为xx亿、xx亿 (money), 30万以上人口县 (people)."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import regex

from ..lexicon.markers import MONEY_WORDS_BEFORE, PEOPLE_NOUNS_AFTER, PEOPLE_NOUNS_BEFORE
from ..lexicon.units import Unit, alternation
from .build import quantity
from .registry import Candidate, Match, finds, rejects, rule

_CLAUSE_REACH: Final = 24  # characters before the amount where its noun stands
_CLAUSE_BREAK: Final = regex.compile(r"[，,。；;：:！？!?\n（(]")
_PEOPLE: Final = regex.compile(r"\L<nouns>", nouns=alternation(PEOPLE_NOUNS_BEFORE))
_MONEY: Final = regex.compile(r"\L<nouns>", nouns=alternation([*MONEY_WORDS_BEFORE, "财政"]))
_PEOPLE_AFTER: Final = regex.compile(r"\L<nouns>", nouns=alternation(PEOPLE_NOUNS_AFTER))
# Words that only link a subject to its amount (预计达, 将超过, 共计约): a clause of these
# alone names nothing.
_ONLY_LINKS: Final = regex.compile(
    r"(?:预计|预测|估计|将|可|已|共|共计|合计|总计|累计|约|大约|近|将近|达|达到|超过|突破|为|有|在|到|了|左右|总数|总量|规模)*"
)
PEOPLE: Final = Unit("count", "人")
YUAN: Final = Unit("money", "元")


@rule(
    "magnitude_without_unit",
    r"""
    (?&magnitude_ahead)
    (?: (?P<num> (?&arabic)[十百千]?[万亿] (?: 零? [0-9]++ [千百] )?      # 33万2千: the lower order after
              | (?&cn)[万亿] | [Xx×*]{1,8}+ (?:\.[Xx×*]{1,4}+)? [万亿] )
        (?P<approx> 余 | 多 )?
      | (?P<num> (?&arabic) | (?&cn) ) (?P<approx> (?&lai) ) (?P<magnitude> [万亿] ) )   # 二十来万: about
    (?P<post> 左右 | 或以上 | 以上 | 以下 | 上下 )?
    (?! [0-9.] | [^，,。；;、）)\s]{0,1}? (?: 元 | 平方 | 亩 | 公里 | 米 ) )
    """,
    order=86,
    examples=[
        finds("今年全省中考报名人数预计为48万左右", "48万左右", 480000, "count", bound="~", unit="人"),
        finds("去年全市高考实际参考人数为6.3万,比上年增加", "6.3万", 63000, "count", unit="人"),
        finds("全港學生人數約41萬6千，較上年減少", "41萬6千", 416000, "count", bound="~", unit="人"),
        rejects("全市面积约41万6千平方米", "an area", span="41万6千"),
        finds("全县户籍人口xx万,辖12个乡镇", "xx万", None, "count", unit="人"),
        finds("明年全省报考人数，预计将达到52万左右", "52万左右", 520000, "count", bound="~", unit="人"),
        finds("全年接待参观群众预计达12万", "12万", 120000, "count", unit="人"),
        rejects("全县户籍人口30万，耕地12万", "a clause that names something else stays unread", span="12万"),
        finds("全县受益学生二十来万，覆盖所有乡镇", "二十来万", 200000, "count", bound="~", unit="人"),
        finds("设区市和20万以上人口县均建有特殊教育学校", "20万以上", 200000, "count", bound=">=", unit="人"),
        finds("2021年至2023年地方财政收入分别为xx亿、xx亿、xx亿", "xx亿", None, "money", unit="元"),
        finds("教育支出分别为3.2亿、3.6亿和4.1亿", "3.6亿", 360000000, "money", unit="元"),
        rejects("全市共有图书12万册", "a count with its classifier: the count rule reads it", span="12万"),
        rejects("全市面积达1.2万,", "nothing in the clause says what is counted"),
        rejects("新增绿化3万平方米", "an area"),
    ],
)
def magnitude_without_unit(match: Match) -> Candidate | None:
    text = match.string
    start = max(0, match.start() - _CLAUSE_REACH)
    breaks = list(_CLAUSE_BREAK.finditer(text, start, match.start()))
    clause_start = breaks[-1].end() if breaks else start
    # 报考人数，预计达60万左右: a clause of linking words only goes on with the clause before
    # (across a comma, never across a sentence end).
    if breaks and text[breaks[-1].start()] in "，," and _ONLY_LINKS.fullmatch(text, clause_start, match.start()):
        clause_start = breaks[-2].end() if len(breaks) > 1 else start
    people = [found.end() for found in _PEOPLE.finditer(text, clause_start, match.start())]
    money = [found.end() for found in _MONEY.finditer(text, clause_start, match.start())]
    if _PEOPLE_AFTER.match(text, match.end()):
        people.append(match.start())
    if not people and not money:
        return None
    unit = PEOPLE if (people[-1] if people else -1) > (money[-1] if money else -1) else YUAN
    if match.group("magnitude"):
        unit = Unit(unit.kind, unit.canonical, unit.factor * _MAGNITUDE[match.group("magnitude")])
    return quantity(match, unit, rule="magnitude_without_unit")


_MAGNITUDE: Final = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}
