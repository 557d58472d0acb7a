"""Parenthesised breakdowns: the parts listed in brackets after a total share the total's unit.

`校舍面积66.3万平方米（幼儿园6.4万、小学24.3万）`: the parts are written with 万 but without
平方米, the unit written once on the total before the bracket. Without this pass the amounts
read as people or not at all. Parts written with a unit of their own keep it.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Final

import regex

from ..numerals import NumberError, parse_number
from .registry import Candidate, finds, rejects, text_pass

# Kinds whose unit a bracketed part can take from its total (a rate's parts are rates of
# their own: 入学率99%（城镇99.5%、农村98.6%） writes the sign every time).
_TOTAL_KINDS: Final = frozenset({"area", "money", "length", "count"})
# An item: a short label, an amount with an optional 万/亿 and no unit word, then a separator
# or the closing bracket. The label is words, never another number (其中2021年…).
_ITEM: Final = regex.compile(
    r"""
    (?P<label> (?:其中)? [\p{Han}]{1,12}? (?:为|达|约)? )
    (?P<num> [0-9]+(?:\.[0-9]+)? [万亿]? )
    (?= [、，,；;）)] )
    """,
    regex.VERBOSE,
)
# Labels that make the number after them a reference or an ordinal (见附表2, 第2批), no part.
_NOT_A_LABEL: Final = regex.compile(r"(?:表|图|附件|第|号|条|款|页|届)(?:为|达|约)?$")
_SEPARATOR: Final = regex.compile(r"[、，,；;]")
_MAX_ITEMS: Final = 12


@text_pass(
    "parenthesised_breakdown",
    order=25,
    examples=[
        finds("全县校舍面积52.1万平方米（小学20.4万、初中18.2万、高中13.5万）", "18.2万", 182000, "area", unit="m²"),
        finds("全市投入资金3.6亿元（市级1.2亿、区级2.4亿）", "2.4亿", 240000000, "money", unit="元"),
        finds("新建校舍4.5万平方米（其中教学用房3.1万）", "3.1万", 31000, "area", unit="m²"),
        finds("运动场地12.8万平方米（城区7.6、农村5.2）", "5.2", 52000, "area", unit="m²"),
        rejects("招生3.2万人（男生1.7万、女生1.5万）", "a count's parts are found as counts already", span="男生"),
        rejects("入学率99.1%（城镇99.6、农村98.7）", "a rate's parts: no bracket sharing", span="城镇99.6"),
        rejects("校舍面积5万平方米（详见附表2）", "a reference to a table is no part", span="2"),
        rejects("建成校舍3.3万平方米（第2批）", "an ordinal is no part", span="2"),
        finds("改扩建校舍2.6万平方米（一期1.1万、二期1.5万）", "1.5万", 15000, "area", unit="m²"),
    ],
)
def parenthesised_breakdown(text: str, found: list[Candidate]) -> list[Candidate]:
    if "（" not in text and "(" not in text:
        return found
    by_start = {candidate.start: candidate for candidate in found}
    replaced: dict[int, Candidate] = {}
    added: list[Candidate] = []
    for total in found:
        if total.kind not in _TOTAL_KINDS or total.unit in ("", "人") or total.end >= len(text):
            continue
        if text[total.end] not in "（(" or not isinstance(total.value, Decimal) or not total.number:
            continue
        factor = _factor(total)
        if factor is None:
            continue
        position = total.end + 1
        for _ in range(_MAX_ITEMS):
            item = _ITEM.match(text, position)
            if item is None:
                break
            if _NOT_A_LABEL.search(item.group("label")):
                break
            start, end = item.span("num")
            number = item.group("num")
            present = by_start.get(start)
            own_unit = present is not None and present.end > end  # 6.4万平方米: written with its own unit
            if not own_unit and (present is None or present.rule == "magnitude_without_unit"):
                try:
                    value = parse_number(number)
                except NumberError:
                    break
                if total.number[-1] in "万亿" and number[-1] not in "万亿":
                    value *= parse_number("1" + total.number[-1])  # (城区7.6、农村5.2) after 12.8万平方米
                part = replace(
                    total,
                    start=start,
                    end=end,
                    value=value * factor,
                    high=None,
                    bound="=",
                    rule="parenthesised_breakdown",
                    number=number,
                )
                if present is None:
                    added.append(part)
                else:
                    replaced[start] = part
            position = item.end()
            if position >= len(text) or not _SEPARATOR.match(text, position):
                break
            position += 1
    if not replaced and not added:
        return found
    kept = [replaced.get(candidate.start, candidate) for candidate in found]
    return sorted(kept + added, key=lambda candidate: candidate.start)


def _factor(total: Candidate) -> Decimal | None:
    """How much one written unit of the total is in its stored unit: 66.3万平方米 → 1 (m²) per 1."""
    try:
        written = parse_number(total.number)
    except NumberError:
        return None
    if written == 0 or not isinstance(total.value, Decimal):
        return None
    return total.value / written
