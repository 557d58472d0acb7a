"""Stage 1: an offset-preserving normalised copy of the document.

Recognition runs on a cleaned copy (ASCII digits, no spaces inside numbers, PDF line breaks
inside words joined), while every record must point into the original. `NormalizedText`
keeps, for each character of the copy, the offset of the source character it came from.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Final

import regex

from .lexicon.sections import TITLE_GENRES
from .lexicon.units import AREA_UNITS, COUNT_CLASSIFIERS, LENGTH_UNITS, MONEY_UNITS, alternation

# One-to-one character replacements: full-width forms and traditional variants of the
# characters the recogniser relies on.
_CHAR_MAP: dict[str, str] = {
    **{chr(0xFF10 + digit): str(digit) for digit in range(10)},
    "％": "%", "．": ".", "：": ":", "－": "-", "～": "~", "〜": "~", "＊": "*",
    "Ｘ": "X", "ｘ": "x", "ｍ": "m", "Ｍ": "M", "ｋ": "k", "Ｋ": "K", "＋": "+",
    "萬": "万", "億": "亿", "兩": "两", "個": "个", "項": "项", "餘": "余", "點": "点", "圓": "元",
    "\u3000": " ", "\xa0": " ", "\t": " ", "\r": "\n",
    "﹪": "%", "²": "2",
}  # fmt: skip
_CHAR_MAP = {source: target for source, target in _CHAR_MAP.items() if len(source) == 1}
_ONE_TO_ONE: Final = {source: target for source, target in _CHAR_MAP.items() if len(target) == 1}
# A character class found by a C-speed scan: the few characters to replace are swapped one by
# one, which beats str.translate's per-character dictionary look-up on long texts.
_TO_REPLACE: Final = re.compile("[" + re.escape("".join(_ONE_TO_ONE)) + "]")


def _replace_variants(text: str) -> str:
    return _TO_REPLACE.sub(lambda found: _ONE_TO_ONE[found.group()], text)


@functools.cache
def _traditional_converter() -> Callable[[str], str]:
    """OpenCC's Traditional → Simplified conversion (t2s). Its phrase table maps every phrase to
    one of the same length and its character tables map one character to one, so the copy keeps
    its length and every offset; `_to_simplified` still checks the length."""
    import opencc

    return opencc.OpenCC("t2s").convert


@functools.cache
def _traditional_only() -> re.Pattern[str]:
    """The characters OpenCC converts (學, 萬, 臺, 冊…): a text without any needs no conversion,
    and the test is one C-speed scan. Built once per process from the converter itself."""
    convert = _traditional_converter()
    chars = "".join(chr(code) for start, end in _CJK_BLOCKS for code in range(start, end))
    converted = convert("\n".join(chars)).split("\n")
    changed = [char for char, target in zip(chars, converted, strict=True) if char != target]
    return re.compile("[" + re.escape("".join(changed)) + "]")


_CJK_BLOCKS: Final = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


def _to_simplified(text: str) -> str:
    """Traditional characters as simplified ones, character for character (個 → 个, 臺 → 台)."""
    if not _traditional_only().search(text):
        return text
    converted = _traditional_converter()(text)
    return converted if len(converted) == len(text) else text


_TRADITIONAL_TARGET: Final = regex.compile(r"\p{Han}")


# Pinyin that web copies insert after characters (學(xué)生, 計算機(jī)): noise, dropped from the copy.
_PINYIN_GLOSS: Final = regex.compile(r"(?<=\p{Han})[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")
# Every gloss holds a tone mark: a text without one (most) needs no scan for glosses.
_TONE_MARK: Final = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
# A tab between two cells of a line is a flattened table's column break (a spreadsheet or PDF
# copy): it becomes the `|` that DOCX and HTML rows are read with, so the table stages see one
# kind of row. `小学（所）⏎45⏎43` written with tabs → `小学（所）|45|43`; a tab that only indents a
# line (`⏎\t一、…`) or ends it stays a blank, and two tabs keep the empty cell between them.
_CELL_TABS: Final = re.compile(r"(?<=[^\s])\t+(?=[^\s])")
# A table a PDF laid out with runs of spaces (`义务教育    31200    30855.6`): a line of three
# cells or more, split by two blanks or more, that starts with a label and holds two numbers or
# more is a row; the line right above it with as many cells is its header. The first blank of
# each gap becomes `|` (the copy keeps its length). Prose with a double space has no such run
# of number cells.
_CELL_GAP: Final = re.compile(r"(?<=\S) {2,}(?=\S)")
# A PDF groups thousands with a blank (9 812, 119 300): inside a cell that is still one number.
_NUMBER_CELL: Final = re.compile(r"[-+]?(?:[0-9]{1,3}(?: [0-9]{3})+|[0-9][0-9,]*)(?:\.[0-9]+)?%?")
_ONE_HAN: Final = regex.compile(r"\p{Han}")
# A header's units on a line of their own under it, the label column left blank: （所）   （人）.
_UNIT_LINE: Final = regex.compile(r" {2,}[（(][^（()）\s]{1,4}[)）](?: {2,}[（(][^（()）\s]{1,4}[)）])*")
_HAN: Final = regex.compile(r"\p{Han}")
_MIN_CELLS: Final = 3


# An indicator table (一级指标  二级指标  三级指标  指标值 ⏎ 产出指标  数量指标  资助学生人数  ≥3200人):
# rows of word cells and one value last, a number with its bound and unit (≥98%, 56所, 2000元/生·年).
_VALUE_CELL: Final = regex.compile(
    r"[≥≤＞＜><]?[-+]?[0-9][0-9,]*(?:\.[0-9]+)?(?:%|‰|[万亿]?\p{Han}{1,3}(?:/[\p{Han}·•・/]{1,6})?)?"
)
_WORD_CELL: Final = regex.compile(r"[^\s0-9|]{2,16}")


def _indicator_width(line: str) -> int:
    """The number of cells of an indicator table's row (words, then one value), else 0."""
    if "  " not in line or "|" in line or _SENTENCE_MARKS.search(line):
        return 0
    cells = _CELL_GAP.split(line.strip())
    if len(cells) < _MIN_CELLS or not _VALUE_CELL.fullmatch(cells[-1]):
        return 0
    return len(cells) if all(_WORD_CELL.fullmatch(cell) and _HAN.search(cell) for cell in cells[:-1]) else 0


def _mark_indicator_tables(lines: list[str]) -> bool:
    """Two or more indicator rows in a row, as wide as a header of words right above them, get
    `|` for the first blank of each gap (in place); whether any did."""
    marked = False
    index = 1
    while index < len(lines):
        width = _indicator_width(lines[index])
        end = index
        while width and end < len(lines) and _indicator_width(lines[end]) == width:
            end += 1
        header = lines[index - 1]
        header_cells = _CELL_GAP.split(header.strip()) if "  " in header and "|" not in header else []
        if end - index >= 2 and len(header_cells) == width and all(_WORD_CELL.fullmatch(c) for c in header_cells):
            for row in range(index - 1, end):
                lines[row] = _split_cells(lines[row])
            marked = True
        index = max(end, index + 1)
    return marked


def _space_tables(text: str) -> str:
    lines = text.split("\n")
    changed = _mark_indicator_tables(lines)
    previous_cells = 0
    for index, line in enumerate(lines):
        if "  " not in line or "|" in line:
            previous_cells = 0
            continue
        cells = _CELL_GAP.split(line.strip())
        spaced_label = len(cells) > 1 and _ONE_HAN.fullmatch(cells[0]) and _ONE_HAN.fullmatch(cells[1])
        if spaced_label:  # 初  中, 合  计: a two-character label spaced out to its column's width
            cells = [cells[0] + cells[1], *cells[2:]]
        numbers = sum(1 for cell in cells if _NUMBER_CELL.fullmatch(cell))
        if len(cells) >= _MIN_CELLS and numbers >= 2 and _HAN.search(cells[0]) and not _NUMBER_CELL.fullmatch(cells[0]):
            lines[index] = _split_cells(line, skip_first=bool(spaced_label))
            header = lines[index - 1] if index else ""
            units = ""
            if index >= 2 and _UNIT_LINE.fullmatch(header) and len(_CELL_GAP.split(header.strip())) == len(cells) - 1:
                units, header = (
                    header,
                    lines[index - 2],
                )  # 学校数 招生数 over （所） （人）: units on a line of their own
            header_cells = _CELL_GAP.split(header.strip())
            # 学    段    2020年: the header's label spaced out to its column's width, as a row's may be
            header_spaced = (
                len(header_cells) > 1 and _ONE_HAN.fullmatch(header_cells[0]) and _ONE_HAN.fullmatch(header_cells[1])
            )
            same_width = len(header_cells) - (1 if header_spaced else 0) == len(cells)
            if previous_cells == 0 and header and "|" not in header and same_width:
                if units:
                    lines[index - 2] = _split_cells(header, skip_first=bool(header_spaced))
                    lead = len(units) - len(units.lstrip(" "))  # the label column's blank becomes an empty cell
                    lines[index - 1] = "|" + " " * (lead - 2) + "|" + _split_cells(units[lead:])
                else:
                    lines[index - 1] = _split_cells(header, skip_first=bool(header_spaced))
            changed = True
            previous_cells = len(cells)
        else:
            previous_cells = 0
    return "\n".join(lines) if changed else text


def _split_cells(line: str, *, skip_first: bool = False) -> str:
    """The line with the first blank of each gap between cells made `|` (same length)."""
    gaps = list(_CELL_GAP.finditer(line))
    if skip_first:
        gaps = gaps[1:]
    characters = list(line)
    for gap in gaps:
        characters[gap.start()] = "|"
    return "".join(characters)


# A table copied with one blank between its cells (`一般公共预算拨款 85,214.6 90,877.3`,
# `学前三年毛入园率（%） 93.6 ≥95 约束性`): two lines or more in a row, each a label and then only
# cells of numbers (two or more, one of two digits or more), placeholders (—) or short words
# (约束性), are rows; the line right above them with as many cells is their header. Each blank
# becomes `|` (the copy keeps its length). A sentence has punctuation or words between its
# numbers; a line of single spaced-out digits (在校生 3 8 5 人) is one number, not a row.
# Possessive and atomic: a long line with a blank near its end is refused in linear time.
_BLANK_ROW: Final = regex.compile(
    r"(?=[^\s|]*\p{Han})[^\s|]++"
    r"(?: (?>[≥≤＞＜><]?[-+]?[0-9][0-9,]*+(?:\.[0-9]+)?(?:%|[:：∶][0-9]+(?:\.[0-9]+)?)?|[—–/-]{1,2}"
    r"|\p{Han}{1,4}[#*＊]?)"  # a short word, maybe with its note's mark (不适用#)
    r"(?= |$))++"
)
# a cell holds a number, maybe bounded, a percentage or a ratio (生师比 18.9:1 18.6:1)
_BLANK_NUMBER: Final = regex.compile(r"[≥≤＞＜><]?[-+]?[0-9][0-9,]*(?:\.[0-9]+)?(?:%|[:：∶][0-9]+(?:\.[0-9]+)?)?")
_SENTENCE_MARKS: Final = regex.compile(r"[。，；！？;]")
_PLACEHOLDER: Final = regex.compile(r"[—–/-]{1,2}")


def _unindented(line: str) -> str:
    """The line without the indent a paragraph's rows may keep (　　市第一中学 24 1200)."""
    return line.lstrip(" \u3000") if line[:1] in " \u3000" else line


def _is_blank_row(line: str) -> bool:
    if " " not in line or "|" in line or _SENTENCE_MARKS.search(line):
        return False
    line = _unindented(line)
    if not _BLANK_ROW.fullmatch(line):
        return False
    cells = line.split(" ")
    if _BLANK_NUMBER.fullmatch(cells[0]):
        return False
    numbers = [cell for cell in cells[1:] if _BLANK_NUMBER.fullmatch(cell)]
    return len(numbers) >= 2 and any(sum(char.isdigit() for char in cell) >= 2 for cell in numbers)


def _is_small_blank_row(line: str) -> bool:
    """A row of one-digit cells (新建学生食堂（个） 4 4): it joins the rows around it, as a row
    with a placeholder does, never makes a table by itself."""
    if " " not in line or "|" in line or _SENTENCE_MARKS.search(line):
        return False
    line = _unindented(line)
    if not _BLANK_ROW.fullmatch(line):
        return False
    cells = line.split(" ")
    return not _BLANK_NUMBER.fullmatch(cells[0]) and sum(bool(_BLANK_NUMBER.fullmatch(cell)) for cell in cells) >= 2


def _is_blank_row_with_gap(line: str) -> bool:
    """A row whose one number stands beside a placeholder (新增学位（万个） — 30 预期性)."""
    if " " not in line or "|" in line or _SENTENCE_MARKS.search(line):
        return False
    line = _unindented(line)
    if not _BLANK_ROW.fullmatch(line):
        return False
    cells = line.split(" ")[1:]
    return any(_BLANK_NUMBER.fullmatch(cell) for cell in cells) and any(_PLACEHOLDER.fullmatch(cell) for cell in cells)


# A table whose rows are years (a yearbook's or a gazetteer's `1985 256 29400 31`, a school year's
# `2022/2023 19,555 36,211`): a line of a year and then numbers only is a row as well.
_YEAR_ROW: Final = regex.compile(
    r"(?:19|20)[0-9]{2}(?:[/\-–](?:19|20)?[0-9]{2})?(?:年度?|学年|學年)?(?: [-+]?[0-9][0-9,]*+(?:\.[0-9]+)?%?){2,}+"
)


def _is_year_row(line: str) -> bool:
    return line[:2] in {"19", "20"} and _YEAR_ROW.fullmatch(line) is not None


# A row that opens with a code or serial number and then holds words and numbers, one blank
# between cells (`01 高中 语文 4 研究生` under `岗位代码 学段 学科 招聘人数 学历要求`): a post or
# project list. Two such rows in a row under a header of words with as many cells make a table.
# A cell may hold a number with its unit (30所, 3.5万人次, 106.7%) or a project's name, maybe
# with a qualifier in brackets (计算机应用（五年制大专）, 学前教育（含托班）).
# (a budget's functional-classification code has 3, 5 or 7 digits: 205, 20502, 2050201)
_CODED_ROW: Final = regex.compile(
    r"[ \u3000]*+(?:[0-9]{1,7}|[A-Za-z][0-9A-Za-z]{0,3})"
    r"(?: (?>(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?"  # a date cell (2031年6月, 2031年6月28日)
    r"|[-+]?[0-9][0-9,]*+(?:\.[0-9]+)?[万亿]?(?:%|\p{Han}{1,3})?|[—–/-]{1,2}|\p{Han}[\p{Han}（）]{0,19}))++"
)
_STARTS_WITH_DIGIT: Final = re.compile(r"[-+]?[0-9]")
_CODED_HEADER_CELL: Final = regex.compile(r"\p{Han}[\p{Han}（）()]{0,9}")


def _is_coded_row(line: str) -> bool:
    first = line.lstrip(" \u3000")[:1]
    if not (first.isascii() and first.isalnum()):
        return False  # a coded row opens with its code: most lines open with a word
    if " " not in line or "|" in line or _SENTENCE_MARKS.search(line) or not _CODED_ROW.fullmatch(line):
        return False
    cells = _cells(line)[1:]
    return any(_STARTS_WITH_DIGIT.match(cell) for cell in cells) and any(_HAN.search(cell) for cell in cells)


def _cells(line: str) -> list[str]:
    """The cells of a line split by single blanks, its indent left out."""
    return line.lstrip(" \u3000").split(" ")


def _coded_header(header: str, width: int) -> bool:
    cells = _cells(header)
    return len(cells) == width and all(_CODED_HEADER_CELL.fullmatch(cell) for cell in cells)


# A two-sided account (收入项目 预算数 支出项目 预算数 ⏎ 一、事业收入 286.00 一、教育支出 3,301.75):
# each row is label, number, label, number, one blank between cells, under a header of words as wide.
_TWO_SIDED_ROW: Final = regex.compile(
    r"[ \u3000]*+(?:(?=[^\s|]*\p{Han})[^\s|]++ [-+]?[0-9][0-9,]*+(?:\.[0-9]+)?(?: |$)){2}"
)


def _is_two_sided_row(line: str) -> bool:
    if line.count(" ") < 3 or "|" in line:
        return False  # four cells need three blanks at least: most lines have fewer
    return not _SENTENCE_MARKS.search(line) and bool(_TWO_SIDED_ROW.fullmatch(line))


def _mark_row_blocks(lines: list[str], is_row: Callable[[str], bool], width: int) -> bool:
    """Two or more lines in a row that `is_row` accepts, under a header of `width` word cells,
    get `|` for each blank (in place); whether any did."""
    marked = False
    index = 1
    while index < len(lines):
        end = index
        while end < len(lines) and is_row(lines[end]):
            end += 1
        if end - index >= 2 and _coded_header(lines[index - 1], width):
            for row in range(index - 1, end):
                lines[row] = _cells_marked(lines[row])
            marked = True
        index = max(end, index + 1)
    return marked


def _cells_marked(line: str) -> str:
    """The line with each blank after its indent made `|` (the same length)."""
    body = line.lstrip(" \u3000")
    return line[: len(line) - len(body)] + body.replace(" ", "|")


# A table of one number a row (信息内容 本年处理决定数量 ⏎ 行政许可 15 ⏎ 行政处罚 0): a label and a
# number, one blank between them, two rows or more under a header of two words.
_PAIR_ROW: Final = regex.compile(r"[ \u3000]*+(?=[^\s|]*\p{Han})[^\s|]++ [-+]?[0-9][0-9,]*+(?:\.[0-9]+)?%?")


def _is_pair_row(line: str) -> bool:
    return " " in line and _PAIR_ROW.fullmatch(line) is not None


def _blank_tables(text: str) -> str:
    lines = text.split("\n")
    coded = [_is_coded_row(line) for line in lines]
    changed = sum(coded) >= 2 and _mark_coded_tables(lines, coded)
    if sum(1 for line in lines if " " in line) >= 3:  # a header and two rows at least
        changed = _mark_row_blocks(lines, _is_two_sided_row, 4) or changed
        changed = _mark_row_blocks(lines, _is_pair_row, 2) or changed
    full = [_is_blank_row(line) or _is_year_row(line) for line in lines]
    # a row with a placeholder joins the rows around it, never makes a table by itself
    rows = [
        is_row or _is_blank_row_with_gap(line) or _is_small_blank_row(line)
        for is_row, line in zip(full, lines, strict=True)
    ]
    index = 0
    while index < len(lines):
        if not rows[index]:
            index += 1
            continue
        end = index
        while end < len(lines) and rows[end]:
            end += 1
        if end - index >= 2 and any(full[index:end]):
            width = len(_cells(lines[index]))
            header = lines[index - 1] if index else ""
            header_cells = _cells(header)
            if (
                len(header_cells) == width
                and all(header_cells)
                and "|" not in header
                and not _SENTENCE_MARKS.search(header)
                and _HAN.search(header)
            ):
                lines[index - 1] = _cells_marked(header)
            for row in range(index, end):
                lines[row] = _cells_marked(lines[row])  # an indent stays a blank
            changed = True
        index = end
    return "\n".join(lines) if changed else text


def _mark_coded_tables(lines: list[str], coded: list[bool]) -> bool:
    """Coded rows (two or more in a row, as wide as the header of words above them) and their
    header get `|` for each blank, in place; whether any did."""
    marked = False
    index = 0
    while index < len(lines):
        if not coded[index]:
            index += 1
            continue
        end = index
        width = len(_cells(lines[index]))
        while end < len(lines) and coded[end] and len(_cells(lines[end])) == width:
            end += 1
        # a totals row (合计 53,944.77 41,533.50 12,411.27) may end the block, one label where
        # the rows have a code and a name: then code and name share the rows' first cell
        totals = 0
        while end < len(lines) and _is_blank_row(lines[end]) and len(_cells(lines[end])) == width - 1:
            end += 1
            totals += 1
        if end - index - totals >= 2 and index > 0 and _coded_header(lines[index - 1], width):
            for row in range(index - 1, end):
                lines[row] = _cells_marked(lines[row])
                if totals and row < end - totals:
                    # 205 教育支出|48,626.35|…: code and name one cell, aligned with 合计|53,944.77|…
                    lines[row] = lines[row].replace("|", " ", 1)
            marked = True
        index = max(end, index + 1)
    return marked


# A table a web page gave one cell a line (学段 ⏎ 学校数（所） ⏎ 在校生（人） ⏎ 小学 ⏎ 42 ⏎ 18306 ⏎
# 初中 ⏎ 12 ⏎ 9512): a header of k short word lines, then rows of a word line and k-1 value lines,
# two rows or more. The line breaks inside each row become `|` (the copy keeps its length).
# A label may be a long indicator (每百名学生拥有体育、艺术专任教师数); a value cell a bare number
# or a short figure with its words (1人, 小学4.2人、初中5.3人, ≥85%): no clause mark, no colon.
# A header's unit may be a rate (补助标准（元/人·月）, 班额（人/班）); an empty cell is a dash.
_WORD_LINE: Final = regex.compile(r"[ \u3000]*+[\p{Han}（）()%][\p{Han}（）()%、/·]{0,23}[ \u3000]*")
# (it runs on the text as found: a web copy's digits may be full-width, １，６１０)
_NUMBER_LINE: Final = regex.compile(
    r"[ \u3000]*+(?:[-+]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[%％]?|[—－-]{1,2})[ \u3000]*"
)
_VALUE_LINE: Final = regex.compile(
    r"""
    [ \u3000]*+
    (?: [\p{Han}≥≤<>]{0,6} [0-9０-９][0-9０-９,.，．]* [\p{Han}%％㎡/·]{0,4} )       # 小学4.2人, ≥85%, 0.9人
    (?: 、 \p{Han}{0,6} [0-9０-９][0-9０-９,.，．]* [\p{Han}%％㎡/·]{0,4} )*          # 、初中5.3人
    [ \u3000]*
    """,
    regex.VERBOSE,
)
_MAX_VERTICAL_COLUMNS: Final = 8
_CELL_LINE_MAX: Final = 24  # characters of the longest line a word or number cell can be (blanks included)


def join_vertical_tables(text: str) -> str:
    """`text` with the rows of a table given one cell a line joined by `|` (same length). Run
    before the furniture stage, which takes a number alone on its line for a stray one."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    # only short lines can be cells: a long line is refused by its length, no pattern runs
    words = [
        len(line) <= _CELL_LINE_MAX and bool(_WORD_LINE.fullmatch(line)) and bool(_HAN.search(line)) for line in lines
    ]
    numbers = [
        not word and len(line) <= _CELL_LINE_MAX and bool(_NUMBER_LINE.fullmatch(line) or _VALUE_LINE.fullmatch(line))
        for word, line in zip(words, lines, strict=True)
    ]
    changed = False
    index = 0
    while index < len(lines):
        if not words[index]:
            index += 1
            continue
        run_end = index
        while run_end < len(lines) and words[run_end]:
            run_end += 1
        # the last word line of the run labels the first row; the header stands above it
        label = run_end - 1
        end = run_end
        for width in range(min(label - index, _MAX_VERTICAL_COLUMNS), 1, -1):
            rows_end = _vertical_rows_end(words, numbers, label, width)
            if rows_end is not None:
                for start in range(label - width, rows_end, width):
                    for row in range(start, start + width - 1):
                        lines[row] += "|"  # joined with the next line by the | that replaces its break
                end = rows_end
                changed = True
                break
        index = max(end, index + 1)
    if not changed:
        return text
    return _join_marked(lines)


def _vertical_rows_end(words: list[bool], numbers: list[bool], first: int, width: int) -> int | None:
    """The end of two or more rows of `width` lines (a word, then numbers) from `first`, or None."""
    row, rows = first, 0
    while row + width <= len(words) and words[row] and all(numbers[row + 1 : row + width]):
        row += width
        rows += 1
    return row if rows >= 2 else None


def _join_marked(lines: list[str]) -> str:
    """The lines joined again, a line that ends in the | mark joined to the next by it instead of
    a line break (the same length)."""
    out: list[str] = []
    for line in lines:
        if line.endswith("|"):
            out.append(line)  # its | stands where its line break stood
        else:
            out.append(line + "\n")
    return "".join(out)[:-1]


# A middle dot between digits is a decimal point in Taiwan and Hong Kong texts (3・5%).
_DOT_BETWEEN_DIGITS: Final = regex.compile(r"(?<=[0-9])[・･](?=[0-9])")


# Spaces that a PDF or a careless editor put inside a figure or a word: between CJK
# characters, between a number and its unit, or around a decimal point.
_INNER_SPACE: Final = regex.compile(
    r"""
    (?<= [\p{Han}\d.%] )            # after a Han character, a digit, a point or a percent sign
    [ ]+
    (?= [\p{Han}\d%.] )             # before the same
    """,
    regex.VERBOSE,
)
# A paragraph's number at the start of its line and the figure after it (4.　2024/25學年…,
# 12. 2031年全县…) stay apart: a decimal split by a PDF (占 43. 8%) has a digit or two after it.
_ITEM_NUMBER_THEN_FIGURE: Final = regex.compile(r"(?:^|(?<=\n))[ \t]*+[0-9]{1,2}\.[ ]+(?=[0-9]{3})")
# A space between digits is a thousands separator only before exactly three digits (2 056所).
_THREE_DIGITS_THEN_END: Final = regex.compile(r"\d{3}(?!\d)")
# A PDF also splits a short number once inside a sentence (减少1 8所, 巩固率98.6 5%, 就业率为9 6.8%,
# 投入3.2 8亿元): one blank between a number of at most three digits that follows a character of
# the sentence and one or two digits that run straight into their unit or the next word are one
# number. A cell of a table stands after a blank (`692.5 739.1`), a caption number after 表 or
# 第 is its own (表1 2021年, 第1 2名), and digits before 年/月/日 are a date of their own.
_SPLIT_HEAD: Final = regex.compile(r"(?:^|(?<=[\p{Han}，、：:（(；]))(?<![表图第])[0-9]{1,3}(?:\.[0-9]+)?\Z")
_SPLIT_TAIL: Final = regex.compile(r"[0-9]{1,2}(?:\.[0-9]+)?(?=[%％‰]|(?![年月日号时])\p{Han})")

# A line break inside a sentence: the line before is long, ends without closing punctuation,
# and the next line goes on with a Han character (PDF and scraped copies break words so).
_SOFT_BREAK: Final = regex.compile(
    r"""
    (?: (?<= [\p{Han},，、] ) (?: [ \t\u3000]* \n )+ [ \t\u3000]* (?= [\p{Han}0-9] )
      | (?<= [0-9] ) (?: [ \t\u3000]* \n )+ [ \t\u3000]* (?= \p{Han} )   # never digit to digit
      # a line never opens with 、，； or a closing bracket: (含随班就读⏎、送教上门学生)
      | (?<= [\p{Han}0-9%)）] ) [ \t\u3000]* \n [ \t\u3000]* (?= [、，,；;）)] )
      # a long line wrapped after a semicolon: the sentence goes on (checked by length below)
      | (?<= [；;] ) [ \t\u3000]* \n [ \t\u3000]* (?= [\p{Han}0-9] ) )
    # blank lines in between: a page break whose furniture was blanked
    # a new list item (3、3项制度: a list number starts one even right before a figure):
    (?! [一二三四五六七八九十]+[、是] | 第[一二三四五六七八九十] | [0-9]{1,2}、 | [0-9]{1,2}．(?![0-9]) )
    """,
    regex.VERBOSE,
)
_MIN_BROKEN_LINE: Final = 30
_MIN_CLAUSE_LINE: Final = 6
_FIGURE_ALONE: Final = regex.compile(
    r"[0-9][0-9 ,.]*[ \t]*\n[ \t]*(?:[万亿%‰]|\L<units>)",
    units=alternation([*COUNT_CLASSIFIERS, *MONEY_UNITS, *AREA_UNITS, *LENGTH_UNITS, "个百分点"]),
)
_SENTENCE_INSIDE: Final = regex.compile(r"[。！？；]")
# A line that ends with the name of a kind of document (…的统计公告, …工作报告) and holds no sentence
# mark is a title: a blank line after it is the title's own, not a page break inside a word.
_TITLE_ENDING: Final = regex.compile(r"(?:\L<genres>)$", genres=list(TITLE_GENRES))
_TITLE_REACH: Final = 600  # characters: a title stands at the top, before any sentence
_CANNOT_END_A_LINE: Final = frozenset("和与及、，,的了在为从到对把被比之等")
_CANNOT_OPEN_A_LINE: Final = frozenset("、，,；;）)")


@dataclass(frozen=True)
class NormalizedText:
    """A cleaned copy of `source` and the map back to it.

    The copy only ever drops characters (replacements keep the length), so the map is the
    sorted positions of the dropped ones: memory grows with what was dropped, not with the
    text (a 50 MB document needs no per-character table).
    """

    source: str
    text: str
    # For the j-th dropped source position d_j, the copy index where it was dropped: d_j - j.
    dropped_at: array[int] = field(default_factory=lambda: array("q"))
    converted: bool = False  # traditional characters were made simplified in the copy

    def source_index(self, index: int) -> int:
        """Index in `source` of the copy's character `index` (or of its end, len(text))."""
        return index + bisect.bisect_right(self.dropped_at, index)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the copy's span [start, end)."""
        if end <= start:
            position = self.source_index(start)
            return position, position
        return self.source_index(start), self.source_index(end - 1) + 1

    def as_written(self, phrase: str, start: int, end: int) -> str:
        """`phrase`, read off the copy's span [start, end), in the source's own characters: a
        metric found in the simplified copy of a traditional text is given back as 學生人數."""
        if not self.converted or not phrase:
            return phrase
        back: dict[str | int, str | int | None] = {}  # str.maketrans' own mapping type
        changed = self._changed
        low = bisect.bisect_left(changed, max(0, start))
        high = bisect.bisect_left(changed, min(end, len(self.text)))
        for index in changed[low:high]:
            char = self.text[index]
            if char not in back and _TRADITIONAL_TARGET.match(char):
                back[char] = self.source[self.source_index(index)]
        return phrase.translate(str.maketrans(back)) if back else phrase

    @functools.cached_property
    def _changed(self) -> array[int]:
        """The copy's indices whose character differs from the source's, in order: found once
        per document (a C-speed comparison per run between dropped characters), not once per
        figure over the 800 characters around it."""
        changed: array[int] = array("q")
        start = 0
        for offset, boundary in enumerate([*self.dropped_at, len(self.text)]):  # sorted; offset = drops before
            if boundary > start:
                piece = self.text[start:boundary]
                original = self.source[start + offset : boundary + offset]
                if piece != original:
                    changed.extend(
                        index for index, (a, b) in enumerate(zip(piece, original, strict=False), start) if a != b
                    )
                start = boundary
        return changed

    @property
    def offsets(self) -> list[int]:
        """offsets[i] = index in source of text[i], plus one entry for the end (for inspection)."""
        return [self.source_index(index) for index in range(len(self.text))] + [len(self.source)]


# A full-width comma between digits is a thousands separator only before exactly three digits.
_FULLWIDTH_THOUSANDS: Final = regex.compile(r"(?<=[0-9])，(?=[0-9]{3}(?![0-9]))")
# Letters an OCR pass reads for digits (l058万元, l8个, 2O17年, 完中校l所): a lowercase l beside a
# digit or between a Han character and a classifier is 1, an O or o between digits is 0; never
# inside a word of Latin letters (Level 3, CO2).
_OCR_ONE: Final = regex.compile(
    r"(?<![A-Za-z])l(?=[0-9])|(?<=[0-9])l(?![A-Za-z])|(?<=\p{Han})l(?=\L<classifiers>)",
    classifiers=alternation(["所", "个", "名", "人", "万", "亿", "元", "项", "次", "台", "间", "套", "册"]),
)
_OCR_ZERO: Final = regex.compile(r"(?<=[0-9])[Oo](?=[0-9])")


# A list number at the start of a line (1.2023年…, 5.12所学校…) is no decimal point: its dot
# becomes 、 in the copy, so the number after it stands alone.
_LIST_NUMBER_DOT: Final = regex.compile(
    r"""
    (?m) (?<= \A | [。；：:！？!?\n]\n | \A[ \t]* | [。；：:！？!?\n][ \t]*\n ) ^ [ \t]* [0-9]{1,2} \K [.．]
    (?= [ \t]* (?: (?:19|20)[0-9]{2}年 | [0-9]+ \L<integer_units> (?!百分点) ) )
    """,
    regex.VERBOSE,
    integer_units=["所", "个", "名", "人", "项", "次", "家", "篇", "套", "件", "条", "批", "户", "座", "台", "间"],
)
# A line break between a number and its unit (12.6\n亿元, 156\n所, 2.3亿\n元) is never a paragraph
# break; nor one between a year and its 年 (XX⏎年, 2024⏎年).
_BROKEN_FIGURE: Final = regex.compile(
    r"(?<=[0-9]|[0-9][万亿])\n(?=[万亿%‰]|\L<units>)|(?<=(?:^|\n)(?:[Xx*]{2,4}|(?:19|20)[0-9]{2}))\n(?=年)"
    r"|(?<=\p{Han}[0-9]{1,6}\.)\n(?=[0-9])",  # 经费12.⏎5亿元: a break after a decimal point
    units=alternation([*COUNT_CLASSIFIERS, *MONEY_UNITS, *AREA_UNITS, *LENGTH_UNITS, "个百分点"]),
)


# Boxes and triangles that a template puts for a number it hides (□□所, △△万元): masks like XX
# where a unit follows; a box before other text is a check box or a bullet and stays.
_MASK_SHAPES: Final = regex.compile(
    r"[□△](?=[□△]*+(?:\.[□△]+)?[万亿]?(?:%|\L<units>))",
    units=alternation([*COUNT_CLASSIFIERS, *MONEY_UNITS, *AREA_UNITS, *LENGTH_UNITS, "个百分点", "年"]),
)


def normalize(source: str) -> NormalizedText:
    """Return the cleaned copy of `source` with its offset map."""
    source_cells = _CELL_TABS.sub(lambda tabs: "|" * len(tabs.group()), source) if "\t" in source else source
    variants = _replace_variants(source_cells)
    if "  " in variants:
        variants = _space_tables(variants)
    if " " in variants:
        variants = _blank_tables(variants)
    simplified = _to_simplified(variants)
    converted = simplified is not variants
    mapped = _FULLWIDTH_THOUSANDS.sub(",", simplified)
    if "l" in mapped or "O" in mapped or "o" in mapped:
        mapped = _OCR_ZERO.sub("0", _OCR_ONE.sub("1", mapped))  # one letter for one digit: offsets hold
    if "□" in mapped or "△" in mapped:
        mapped = _MASK_SHAPES.sub("X", mapped)
    if "・" in mapped or "･" in mapped:
        mapped = _DOT_BETWEEN_DIGITS.sub(".", mapped)
    mapped = _LIST_NUMBER_DOT.sub("、", mapped)
    drop = sorted(_positions_to_drop(mapped))
    if not drop:
        return NormalizedText(source, mapped, converted=converted)
    pieces: list[str] = []
    start = 0
    for dropped in drop:  # copy the runs between dropped characters in one go each
        pieces.append(mapped[start:dropped])
        start = dropped + 1
    pieces.append(mapped[start:])
    dropped_at = array("q", (position - count for count, position in enumerate(drop)))
    return NormalizedText(source, "".join(pieces), dropped_at, converted)


# Single digits spaced out by a PDF (2 0 2 4年, 为 4 6 6 0 8人, 9 9 . 8 %): the spaces go, the
# digits make one number; a spaced point between them stays a decimal point. The run may
# follow a space (为 1 2 3人), never a digit and a space (12 3 4 is no run of single digits).
_SPACED_DIGITS: Final = regex.compile(r"(?<![0-9])(?<![0-9.] )[0-9](?: [0-9]| \.(?= [0-9])){2,}(?![0-9])")
# In a text a PDF spaced out so (one such run of three or more is found), a pair of single
# digits after a word and before its unit is one number too (全县2 4 个乡镇, 拨款1 5 万元, 达到
# 9 8 %以上, 需经费8 0⏎元); without such a run, or after 表/图/第 (第1 2名), the pair stays apart.
_SPACED_PAIR: Final = regex.compile(
    r"(?<=[\p{Han}，、：:（(；])(?<![表图第])[0-9] [0-9](?![0-9]| [0-9.])(?=[ \t]*+\n?[ \t]*+[\p{Han}%％‰])"
)


def _split_number(text: str, gap_start: int, gap_end: int) -> bool:
    """Whether the one blank at [gap_start, gap_end) splits one number (减少1 8所 → 18所)."""
    if gap_end - gap_start != 1:
        return False
    head = _SPLIT_HEAD.search(text, max(0, gap_start - 8), gap_start)  # lookbehinds see before pos
    tail = _SPLIT_TAIL.match(text, gap_end)
    return head is not None and tail is not None and (head.group() + tail.group()).count(".") <= 1


# A table broken by a page: blank lines (the page's folio and running title blanked as furniture)
# between two rows of as many cells, and maybe the start of a label the break cut off
# (中等职业⏎⏎·169· 年鉴⏎⏎学校|11|6045): the gap goes, so the rows after it keep their header.
_TABLE_GAP: Final = regex.compile(
    r"(?<=\|[^\n|]*+)\n(?P<label>[ \t\u3000]*+\p{Han}{1,8}(?=[ \t\u3000]*\n))?"
    r"(?P<gap>(?:[ \t\u3000]*+\n)++[ \t\u3000]*+)(?=[^\n|]+\|)"
)  # possessive, and only after a row: a run of blank lines is walked once, not once per line


_DIGIT_CHAR: Final = re.compile(r"[0-9]")


def _table_gaps(text: str) -> Iterator[int]:
    """Positions of the blank lines that split a table's rows at a page break (see _TABLE_GAP)."""
    for found in _TABLE_GAP.finditer(text):
        row_start = text.rfind("\n", 0, found.start()) + 1
        cells = text.count("|", row_start, found.start())
        if not cells:
            continue  # the line before is no table row
        gap_start, gap_end = found.span("gap")
        next_end = text.find("\n", gap_end)
        next_row = text[gap_end : next_end if next_end >= 0 else len(text)]
        if next_row.count("|") != cells or not _DIGIT_CHAR.search(next_row):
            continue  # another table (its header), or a row that is no continuation of this one
        if found.group("label") is None:
            yield from range(found.start() + 1, gap_end)  # the row keeps its own line break
        else:
            yield from range(gap_start, gap_end)  # the cut-off start of the label joins its row


# A short line that ends in a colon: a lead or a label of its own (年度总体目标：, 绩效指标:)
_LEAD_LINE: Final = regex.compile(r"[ \t\u3000]*+[^\n:：。，]{2,16}[:：][ \t\u3000]*(?:\n|$)")


def _positions_to_drop(text: str) -> set[int]:
    drop: set[int] = set()
    if ("(" in text or "（" in text) and _TONE_MARK.search(text):
        for match in _PINYIN_GLOSS.finditer(text):
            drop.update(range(match.start(), match.end()))
    for match in _BROKEN_FIGURE.finditer(text):
        if "|" in text:
            row_start = text.rfind("\n", 0, match.start()) + 1
            next_end = text.find("\n", match.end())
            if (
                "|" in text[row_start : match.start()]
                and "|" in text[match.end() : next_end if next_end >= 0 else None]
            ):
                continue  # 新建学生食堂（个）|4|4⏎项目…|100: a row's last cell, then the next row
        drop.add(match.start())
    spaced_out = False
    for match in _SPACED_DIGITS.finditer(text):
        spaced_out = True
        drop.update(match.start() + offset for offset, char in enumerate(match.group(0)) if char == " ")
    if spaced_out:
        drop.update(match.start() + 1 for match in _SPACED_PAIR.finditer(text))
    for match in _INNER_SPACE.finditer(text):
        before, after = text[match.start() - 1], text[match.end()]
        if before == "." and after.isdigit():
            line_start = text.rfind("\n", 0, match.start()) + 1
            if _ITEM_NUMBER_THEN_FIGURE.match(text, line_start, match.end() + 3):
                continue  # 4.　2024/25学年: a paragraph's number, then its first figure
        if (
            before.isdigit()
            and after.isdigit()
            and not _THREE_DIGITS_THEN_END.match(text, match.end())
            and not _split_number(text, match.start(), match.end())
        ):
            continue  # two separate numbers, not a thousands group nor one split number
        drop.update(range(match.start(), match.end()))
    if "|" in text:
        drop.update(_table_gaps(text))
    continued_line = -1  # start of the line a dropped break ran on into
    for match in _SOFT_BREAK.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start()]
        # A long line, or a line of body text (it holds a sentence end), broken inside a word;
        # a short line without one is a title and keeps its break.
        if "|" in line:
            continue  # a flattened table row ends at its line break
        next_end = text.find("\n", match.end())
        if "|" in text[match.end() : next_end if next_end >= 0 else len(text)]:
            continue  # …and one starts after it: a caption or a label above a table keeps its line
        continues = line.rstrip()[-1:] in _CANNOT_END_A_LINE  # …分别为8 642元和⏎11,376元
        continues = continues or text[match.end() : match.end() + 1] in _CANNOT_OPEN_A_LINE
        # 年末全市有幼儿园⏎642⏎所: a number a PDF put alone on its line goes on its sentence, when
        # the line before is a clause (a column of short fragments, 资金⏎2350⏎万元, stays apart)
        alone = len(line.strip()) >= _MIN_CLAUSE_LINE and _FIGURE_ALONE.match(text, match.end()) is not None
        continues = continues or alone
        # a line that goes on from a broken one is body text however short (…，到一九九⏎七年底，…),
        # up to a blank line (——…会议上⏎县长 王建国⏎⏎各位代表: a name and a salutation stay apart)
        wrapped_on = line_start == continued_line and match.group().count("\n") == 1
        body = continues or wrapped_on or _SENTENCE_INSIDE.search(line) is not None
        if (
            not body
            and line_start < _TITLE_REACH
            and match.group().count("\n") > 1
            and _TITLE_ENDING.search(line.rstrip())
            and _SENTENCE_INSIDE.search(text, 0, line_start) is None
        ):
            continue  # 关于2019年…的统计公告⏎⏎根据…: a long title at the top keeps the blank line after it
        if line.rstrip()[-1:] in "；;":
            body = False  # a short item of a list ends with ；: only a long wrapped line goes on
        if not continues and match.group().count("\n") > 1 and _LEAD_LINE.match(text, match.end()):
            continue  # …县级资金128⏎⏎年度总体目标：: a blank line, then a lead of its own, ends the paragraph
        if len(line) >= _MIN_BROKEN_LINE or body:
            drop.update(range(match.start(), match.end()))
            continued_line = text.rfind("\n", 0, match.end()) + 1
    return drop
