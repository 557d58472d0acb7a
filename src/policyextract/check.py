"""Consistency checks: where the figures of one document contradict each other.

A document's figures are related within a clause of a sentence: a level, its change and its rate
(`招生46608人，比上年增加8301人，增长21.67%`), a rate, its earlier value and the change in points,
a part and its share of a total, and parts against their total (the `part_of` links of the
relations stage). A relation that does not hold, beyond the rounding of the figures as written,
is a `Finding`. It is often an error in the source or OCR damage (a dropped decimal point).

Tolerances follow the written precision: `21.67%` is good to ±0.005, `21.7%` to ±0.05, `4.7万人`
to ±500 people, and the error of the inputs is carried into the computed value.

    >>> from policyextract.check import check_text
    >>> [f.kind for f in check_text("招生46608人，比上年增加8301人，增长21.67%。")]
    []
    >>> [f.kind for f in check_text("招生46608人，比上年增加8301人，增长12.67%。")]
    ['growth_mismatch']
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal, get_args

import regex
from pydantic import BaseModel, ConfigDict, Field

from .extractor import Extractor
from .lexicon.consistency import (
    CLAUSE_STOPS,
    DECREASE_WORDS,
    FULL_BREAKDOWN_CUES,
    INCREASE_WORDS,
    SELECTING_VERBS,
    SHARE_CUES,
)

# the relations stage's own words for a total's first part (其中, 含…), so that check and part_of read
# the same cues; 含 also finds 內含 as written
from .lexicon.relations import PART_CUES
from .models import Figure, decimal_to_json

FindingKind = Literal["parts_exceed_total", "parts_sum", "growth_mismatch", "share_mismatch", "point_change_mismatch"]
FINDING_KINDS: tuple[FindingKind, ...] = get_args(FindingKind)

# Kinds whose figures can be a level with a change and a growth rate, or a total with parts.
_AMOUNT_KINDS = frozenset({"count", "money", "area", "length", "other"})
# A time that names the year before the one spoken of (上年为99.2%): an earlier value.
_EARLIER_TIMES = ("上年", "去年", "上一年", "前一年", "上年度", "上学年", "同期")
# Change words are looked for this many characters before a change figure.
_CUE_REACH = 8
_NUMBER = regex.compile(r"\d+(?:\.\d+)?")
_PUNCTUATION = "，,、：: "


class FigureRef(BaseModel):
    """A figure a finding involves: where it is and how it is written."""

    model_config = ConfigDict(frozen=True)
    start: int
    end: int
    text: str
    role: str


class Finding(BaseModel):
    """Figures of one document that contradict each other."""

    model_config = ConfigDict(frozen=True)
    doc_id: str
    kind: FindingKind
    message: str = Field(description="what disagrees, with the arithmetic")
    figures: tuple[FigureRef, ...]
    expected: float = Field(description="the value the other figures imply")
    observed: float = Field(description="the value as written")
    tolerance: float = Field(description="how far apart the two may be from rounding alone")
    holds: bool = Field(False, description="the figures agree: a relation checked, listed only on request")


@dataclass(frozen=True)
class _Amount:
    """A figure as a number with its rounding: value ± half a unit of its last written digit."""

    figure: Figure
    value: Decimal
    half_unit: Decimal


def check_text(text: str, doc_year: int | None = None, *, extractor: Extractor | None = None) -> list[Finding]:
    """Extract `text` and check its figures (see `check_figures`)."""
    from .pipeline import extract

    return check_figures(extract(text, doc_id="text", doc_year=doc_year, extractor=extractor))


def check_figures(figures: Sequence[Figure]) -> list[Finding]:
    """Every contradiction among `figures` (one document's records, any order), in text order."""
    return [finding for finding in checked_relations(figures) if not finding.holds]


def checked_relations(figures: Sequence[Figure]) -> list[Finding]:
    """Every relation checked among `figures`, those that hold (`holds`) and those that do not."""
    by_document: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_document[figure.doc_id].append(figure)
    findings: list[Finding] = []
    for document_figures in by_document.values():
        ordered = sorted(document_figures, key=lambda figure: figure.start)
        for clause in _clauses(ordered):
            findings.extend(_growth(clause))
            findings.extend(_point_changes(clause))
            findings.extend(_shares(clause))
        findings.extend(_parts(ordered))
    return sorted(findings, key=lambda finding: (finding.doc_id, finding.figures[0].start, finding.kind))


# --- reading figures -----------------------------------------------------------------------------


def _amount(figure: Figure) -> _Amount | None:
    """The figure as an exact number with its written precision; None for approximations and ranges."""
    if figure.bound != "=" or figure.high is not None or not isinstance(figure.value, Decimal):
        return None
    written = unicodedata.normalize("NFKC", figure.text).replace(",", "").replace(" ", "")
    match = _NUMBER.search(written)
    if match is None:  # Chinese numerals: good to half of their last non-zero place
        places = figure.value.normalize().as_tuple().exponent
        exponent = places if isinstance(places, int) and places > 0 else 0
        return _Amount(figure, figure.value, Decimal(5) * Decimal(10) ** (exponent - 1))
    try:
        number = Decimal(match.group())
    except InvalidOperation:
        return None
    places = number.as_tuple().exponent
    decimals = -places if isinstance(places, int) else 0
    scale = abs(figure.value / number) if number else Decimal(1)
    return _Amount(figure, figure.value, Decimal(5) * Decimal(10) ** (-decimals - 1) * scale)


def _between(first: Figure, second: Figure) -> str | None:
    """The text between two figures of one sentence window, None when it is not in the window."""
    if first.sentence_start is None or first.sentence_end is None or second.start > first.sentence_end:
        return None
    offset = first.sentence_start
    return first.sentence[first.end - offset : second.start - offset]


def _before(figure: Figure, reach: int = _CUE_REACH) -> str:
    """Up to `reach` characters of the figure's sentence right before it."""
    if figure.sentence_start is None:
        return ""
    at = figure.start - figure.sentence_start
    return figure.sentence[max(0, at - reach) : at]


def _clauses(figures: Sequence[Figure]) -> Iterable[list[Figure]]:
    """Runs of figures with no clause stop (。；) between one and the next."""
    clause: list[Figure] = []
    for figure in figures:
        if clause:
            between = _between(clause[-1], figure)
            if between is None or any(stop in between for stop in CLAUSE_STOPS):
                yield clause
                clause = []
        clause.append(figure)
    if clause:
        yield clause


def _direction(figure: Figure) -> int | None:
    """+1 after an increase word, −1 after a decrease word (the latest wins), None without one."""
    before = _before(figure)
    last_up = max((before.rfind(word) for word in INCREASE_WORDS), default=-1)
    last_down = max((before.rfind(word) for word in DECREASE_WORDS), default=-1)
    if last_up < 0 and last_down < 0:
        return None
    return 1 if last_up > last_down else -1


def _signed(amount: _Amount, direction: int | None) -> Decimal:
    if amount.value < 0 or direction is None:
        return amount.value
    return amount.value * direction


def _same_measure(first: Figure, second: Figure) -> bool:
    return first.kind == second.kind and first.unit == second.unit


def _same_metric(first: Figure, second: Figure) -> bool:
    return first.metric is None or second.metric is None or first.metric == second.metric


def _finding(
    kind: FindingKind,
    figures: Sequence[Figure],
    expected: Decimal,
    observed: Decimal,
    tolerance: Decimal,
    why: str,
    *,
    holds: bool = False,
) -> Finding:
    return Finding(
        holds=holds,
        doc_id=figures[0].doc_id,
        kind=kind,
        message=why,
        figures=tuple(FigureRef(start=f.start, end=f.end, text=f.text, role=f.role) for f in figures),
        expected=float(round(expected, 6)),
        observed=float(observed),
        tolerance=float(round(tolerance, 6)),
    )


def _number(value: Decimal) -> str:
    return str(decimal_to_json(value.normalize() if value == value.to_integral_value() else value))


# --- growth: a level, its change and its rate ----------------------------------------------------


def _growth(clause: list[Figure]) -> Iterable[Finding]:
    """A level with its change and its growth rate, or with its earlier value and its rate.

    招生46608人，比上年增加8301人，增长21.67%   agrees: 8301 / (46608 − 8301) = 21.67%
    经费3.5亿元，比上年减少0.5亿元，下降12.5%     agrees: 0.5 / 4.0 = 12.5%
    招生46608人，比上年增加8301人，增长12.67%   disagrees
    小学招生100人，初中招生200人，分别增长5%和6%  not checked: 分别 pairs them elsewhere
    """
    for index, level_figure in enumerate(clause):
        level = _amount(level_figure)
        if level is None or level_figure.role != "level" or level_figure.kind not in _AMOUNT_KINDS:
            continue
        change = rate = earlier = None
        for later in clause[index + 1 :]:
            between = _between(level_figure, later) or ""
            if "分别" in between:
                break
            if later.role == "level" and later.kind != "percentage":
                break  # a new subject
            if later.kind == "percentage" and later.role == "change" and rate is None:
                rate = _amount(later)
            elif _same_measure(later, level_figure) and later.role == "change" and change is None:
                change = _amount(later)
            elif _same_measure(later, level_figure) and later.role == "reference" and earlier is None:
                earlier = _amount(later)
        if rate is None or not _same_metric(level_figure, rate.figure):
            continue
        rate_direction = _direction(rate.figure)
        if change is not None:
            change_direction = _direction(change.figure) or rate_direction
            change_signed = _signed(change, change_direction)
            before = level.value - change_signed
            spread = change.half_unit + level.half_unit
            figures = [level_figure, change.figure, rate.figure]
            sign = "−" if change_signed >= 0 else "+"
            arithmetic = f"{change.figure.text} / ({level_figure.text} {sign} {change.figure.text})"
        elif earlier is not None:
            change_signed = level.value - earlier.value
            before = earlier.value
            spread = level.half_unit + earlier.half_unit
            figures = [level_figure, earlier.figure, rate.figure]
            arithmetic = f"({level_figure.text} − {earlier.figure.text}) / {earlier.figure.text}"
        else:
            continue
        if before <= 0 or before - spread <= 0:
            continue
        expected = change_signed / before * 100
        observed = _signed(rate, rate_direction if rate_direction is not None else (1 if change_signed >= 0 else -1))
        tolerance = rate.half_unit + 100 * (spread / before + abs(change_signed) * spread / (before * before))
        tolerance += Decimal("1e-9")
        holds = abs(expected - observed) <= tolerance
        why = f"{arithmetic} = {expected:+.4g}%, {'as' if holds else 'but'} the rate is written {rate.figure.text}"
        yield _finding("growth_mismatch", figures, expected, observed, tolerance, why, holds=holds)


# --- a rate, its earlier value and the change in points ------------------------------------------


def _is_earlier(figure: Figure) -> bool:
    if figure.role == "reference":
        return True
    return figure.time is not None and any(word in figure.time.text for word in _EARLIER_TIMES)


def _point_changes(clause: list[Figure]) -> Iterable[Finding]:
    """A rate, its earlier value and the change between them in percentage points.

    入学率99.5%，比上年提高0.3个百分点，上年为99.2%   agrees
    入学率由95%提高到98%，提高3个百分点               agrees
    入学率由95%提高到98%，提高2个百分点               disagrees
    """
    for points_figure in clause:
        points = _amount(points_figure)
        if points is None or points_figure.kind != "percentage_point" or points_figure.role != "change":
            continue
        rates = [figure for figure in clause if figure.kind == "percentage" and _same_metric(figure, points_figure)]
        current = [figure for figure in rates if figure.start < points_figure.start and not _is_earlier(figure)]
        earlier = [figure for figure in rates if _is_earlier(figure)]
        if not current or len(earlier) != 1:
            continue
        now, then = _amount(current[-1]), _amount(earlier[0])
        if now is None or then is None:
            continue
        direction = _direction(points_figure)
        difference = now.value - then.value
        observed = _signed(points, direction) if direction is not None else points.value.copy_sign(difference)
        tolerance = now.half_unit + then.half_unit + points.half_unit + Decimal("1e-9")
        holds = abs(difference - observed) <= tolerance
        why = (
            f"{now.figure.text} − {then.figure.text} = {_number(difference)} points, "
            f"{'as' if holds else 'but'} the change is written {points_figure.text}"
        )
        figures = sorted([now.figure, then.figure, points_figure], key=lambda figure: figure.start)
        yield _finding("point_change_mismatch", figures, difference, observed, tolerance, why, holds=holds)


# --- a part's share of its total -----------------------------------------------------------------


def _shares(clause: list[Figure]) -> Iterable[Finding]:
    """A share written after its part, whose total is named earlier with 其中 (or linked by part_of).

    共有教师2000人，其中女教师1200人，占60%       agrees
    共有教师2000人，其中女教师1200人，占65%       disagrees
    共有教师2000人，其中女教师1200人，占教师总数的60%   agrees
    女教师1200人，占全省的6%                      not checked: the total is not in the text
    教职工946人，其中专任教师881人，高级教师占比30%    not checked: a share of another subject
    """
    by_start = {figure.start: figure for figure in clause}
    for index, share_figure in enumerate(clause):
        share = _amount(share_figure)
        if share is None or share_figure.kind != "percentage" or index == 0:
            continue
        part_figure = clause[index - 1]
        # the share must follow its part at once (，占…的60%): with a new subject between
        # (，其中骨干教师占比60%) it is a share of something else
        between = (_between(part_figure, share_figure) or "").lstrip(_PUNCTUATION)
        if not between.startswith(SHARE_CUES) or part_figure.kind not in _AMOUNT_KINDS:
            continue
        part = _amount(part_figure)
        if part is None:
            continue
        total_figure = by_start.get(_part_of(part_figure) or -1) or _total_before(clause, index - 1)
        total = _amount(total_figure) if total_figure is not None else None
        if total is None or total.value <= 0 or total.value - total.half_unit <= 0:
            continue
        expected = part.value / total.value * 100
        tolerance = share.half_unit + 100 * (
            part.half_unit / total.value + part.value * total.half_unit / (total.value * total.value)
        )
        tolerance += Decimal("1e-9")
        holds = abs(expected - share.value) <= tolerance
        why = (
            f"{part_figure.text} / {total.figure.text} = {expected:.4g}%, "
            f"{'as' if holds else 'but'} the share is written {share_figure.text}"
        )
        figures = [total.figure, part_figure, share_figure]
        yield _finding("share_mismatch", figures, expected, share.value, tolerance, why, holds=holds)


def _part_of(figure: Figure) -> int | None:
    link = getattr(figure, "part_of", None)  # the relations stage's link, where it ran
    return link if isinstance(link, int) else None


def _total_before(clause: list[Figure], part_index: int) -> Figure | None:
    """The figure a part is of: the nearest earlier one of its measure, larger, with 其中 between."""
    part = clause[part_index]
    for candidate in reversed(clause[:part_index]):
        between = _between(candidate, part) or ""
        if (
            _same_measure(candidate, part)
            and isinstance(candidate.value, Decimal)
            and isinstance(part.value, Decimal)
            and candidate.value > part.value
            and any(cue in between for cue in PART_CUES)
        ):
            return candidate
    return None


def _lists_every_part(between: str) -> bool:
    """分别为 after a total lists all its parts, unless 其中 or a verb picks some of them out first.

    教师500人，男女教师分别为200人和300人             every part
    毕业生900人，升入高中和中职的分别为500人和300人   a selection: some went elsewhere
    学校60所，其中小学和初中分别为40所和15所           a selection: 其中 names some of them
    """
    if not any(cue in between for cue in FULL_BREAKDOWN_CUES):
        return False
    return not any(word in between for word in (*SELECTING_VERBS, *PART_CUES))


# --- parts against their total -------------------------------------------------------------------


def _parts(figures: Sequence[Figure]) -> Iterable[Finding]:
    """Parts (linked by part_of) that add up to more than their total, or a full breakdown that
    does not add up.

    全县共有中小学56所，其中小学42所、初中14所       agrees
    全县共有中小学56所，其中小学42所、初中24所       parts_exceed_total
    全县有学校60所，分别为小学40所、初中15所          parts_sum (分别为: every part is listed)
    毕业生900人，升入高中和中职的分别为500人和300人   agrees (a selection, not every part)
    """
    by_start = {figure.start: figure for figure in figures}
    parts_of: dict[int, list[Figure]] = defaultdict(list)
    for figure in figures:
        link = _part_of(figure)
        if link is not None and link in by_start:
            parts_of[link].append(figure)
    for total_start, part_figures in parts_of.items():
        total = _amount(by_start[total_start])
        parts = [_amount(figure) for figure in part_figures if _same_measure(figure, by_start[total_start])]
        if total is None or not parts or any(part is None for part in parts):
            continue
        amounts = [part for part in parts if part is not None]
        summed = sum((part.value for part in amounts), Decimal(0))
        tolerance = total.half_unit + sum((part.half_unit for part in amounts), Decimal(0)) + Decimal("1e-9")
        figures_involved = [total.figure, *(part.figure for part in amounts)]
        listing = " + ".join(part.figure.text for part in amounts)
        if summed - total.value > tolerance:
            why = f"{listing} = {_number(summed)}, more than the total {total.figure.text}"
            yield _finding("parts_exceed_total", figures_involved, total.value, summed, tolerance, why)
            continue
        between = _between(total.figure, amounts[0].figure) or ""
        if _lists_every_part(between):
            holds = total.value - summed <= tolerance
            why = f"{listing} = {_number(summed)}, {'the' if holds else 'but 分别 lists every part of the'} total"
            why += f" {total.figure.text}"
            yield _finding("parts_sum", figures_involved, total.value, summed, tolerance, why, holds=holds)
        else:
            why = f"{listing} = {_number(summed)}, within the total {total.figure.text}"
            yield _finding("parts_exceed_total", figures_involved, total.value, summed, tolerance, why, holds=True)
