"""The time a figure refers to: 2025年, 今年, 去年下半年, 到2025年, 9月1日前, 两年内.

Time expressions are found in the sentences and headings around figures, once per span; a
figure takes the nearest before it in its sentence, else one after it in its clause, else the
time opening its paragraph, else its heading's, else the document title's. Relative years
resolve against the document's year, which the caller gives or `infer_doc_year` reads.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from .numerals import NumberError, parse_number

# Bare 年初/年底 and seasons (春季高考) are left out: they name a point inside the year or
# are part of a noun, and the figure's time is then the year of its sentence or section.
_HALF_YEAR = r"(?:上半年|下半年|第[一二三四]季度)"
# After a year (2016年春季学期期末, 今年秋季) a season is a time; alone it may be part of a noun
# (春季高考), so it is not.
_PART_OF_YEAR = rf"(?:{_HALF_YEAR}|(?:春季|秋季)(?:学期)?(?:期末|期中|开学)?)"
_YEAR = r"(?:(?:19|20)[0-9]{2}|20[xX*]{2})"
# Every time expression starts with one of these characters: testing one class first lets the
# scan skip ordinary text (tests/test_timeref.py checks the guard against the unguarded body).
TIME_FIRST_CHARACTERS = (
    "从自到至截0-9今去明上本当前全次一二两三四五六七八九十近多每目现过下第"  # years, relative words, spans
    "刚规届年秋春计方工项实启这暑寒"  # 刚才, 规划期内, 届时, 年底前, 秋季, 实施以来, 这个暑假
)
TIME_BODY = rf"""
    (?:
        到目前为止 | 截至目前 | 截止目前
      | (?P<prefix> 从 | 自 | 到 | 至 | 截至 | 截止 | 截止到 )?      # 在/于 say nothing: left out
        (?:
            (?P<year> {_YEAR} ) 年 (?: 度 )?
            (?: {_PART_OF_YEAR} | [0-9]{{1,2}}月 (?:[0-9]{{1,2}}[日号])? | 底 | 末 | 初 )?
            (?: (?: —{{1,2}} | - | 至 | 到 ) {_YEAR} 年 )?              # 20xx年——20xx年
          | (?P<relative> 今年 | 去年 | 明年 | 上年 | 本年 | 当年 | 前年 | 上一年 | 次年 | 全年 )
            (?: {_PART_OF_YEAR} | [一二三四五六七八九十0-9]{{1,2}}月 (?:[0-9]{{1,2}}[日号])? )?
          | {_HALF_YEAR}
          | (?P<relative> 过去的一年 | 过去一年 )
          | (?P<span> [一二两三四五六七八九十0-9]+ 年 (?:内|来|以来|间|累计) | 近年来 | 多年来 | 近几年 | 近年
                    | 近[一二两三四五六七八九十0-9]+年 )
          | (?P<relative> 过去的?一学年 ) | (?:这个|今年)? (?:暑假|寒假|暑期)
          | (?P<each> 每年 | 每月 | 每学期 | 每学年 | 每周 | 每天 | 每季度 )
          | 目前 | 当前 | 现阶段 | 刚才 | 规划期内 | 规划期末 | 规划期间 | 本规划期 | 届时
          | (?:规划|计划|方案|工程|项目)?实施以来 | 启动以来
          | 到年底 | 到年末 | 年底前 | 年末前
          | (?:今年|明年)? (?:秋季|春季) (?= 学期 | 开学 | 入学 | 招生 )
          | [0-9]{{1,2}}月[0-9]{{1,2}}[日号] 前?
        )
        (?P<suffix> 前 | 底 | 末 | 以来 | 开始 | 起 )?
    )
"""
TIME_EXPRESSION = regex.compile(rf"(?=[{TIME_FIRST_CHARACTERS}]){TIME_BODY}", regex.VERBOSE)

# (text, figure, expected time text, expected year) with the document's year 2025.
EXAMPLES: list[tuple[str, str, str, int | None]] = [
    ("到2025年学前三年毛入园率达到92%以上", "92%以上", "到2025年", 2025),
    ("今年新建学校3所。", "3所", "今年", 2025),
    ("去年下半年我区教育行风案件举报率为零", "零", "去年下半年", 2024),
    ("力争有2—3所在9月1日前投入使用", "2—3所", "9月1日前", None),
    ("区政府决定在两年内谋划建设一所普通高中", "一所", "两年内", None),
    ("中职招生20800人,比上年(16400人)增加4400人", "16400人", "上年", 2024),
    ("中职招生20800人,比上年(16400人)增加4400人", "4400人", None, None),
    ("三、20xx年全市教育重点工作\n新建学校3所。", "3所", "20xx年", None),
    ("今年,要确保学前三年毛入园率达到95%。全县投入3000万元。", "3000万元", "今年", 2025),
    ("今年,要确保学前三年毛入园率达到95%,投入3000万元。\n新建学校3所。", "3所", None, None),
]

_RELATIVE_OFFSETS = {
    "今年": 0, "本年": 0, "当年": 0, "全年": 0, "年初": 0, "年底": 0, "年末": 0,
    "去年": -1, "上年": -1, "上一年": -1, "过去的一年": -1, "过去一年": -1, "过去的一学年": -1,
    "过去一学年": -1, "前年": -2, "明年": 1, "次年": 1,
}  # fmt: skip
_DATELINE = regex.compile(r"((?:19|20)[0-9]{2})年[0-9]{1,2}月[0-9]{1,2}日")
_REPORTED_YEAR = regex.compile(r"(?<![到至])((?:19|20)[0-9]{2})年(?!以前|之前|前)")
_CN_YEAR = regex.compile(r"(二[〇零○][一二三四五六七八九〇零○]{2})年")


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str
    year: int | None
    relative: str | None  # the relative word, when the year came from the document's year


def _year_of(found: regex.Match[str], doc_year: int | None) -> int | None:
    year = found.group("year")
    if year:
        return int(year) if year.isdigit() else None
    relative = found.group("relative")
    if relative and doc_year is not None:
        return doc_year + _RELATIVE_OFFSETS.get(relative, 0)
    return None


def infer_doc_year(text: str) -> int | None:
    """The year a document speaks from: a dateline, else the latest year the text reports on
    (a year written as a deadline, 到2025年, does not count). None when nothing tells."""
    head = text[:3000]
    dateline = _DATELINE.findall(text[-400:]) or _DATELINE.findall(head[:300])
    if dateline:
        return int(dateline[-1])
    years = Counter(int(year) for year in _REPORTED_YEAR.findall(text))
    for cn_year in _CN_YEAR.findall(head):
        try:
            years[int(parse_number(cn_year))] += 1
        except NumberError:
            continue
    reported = [year for year in years if 1949 <= year <= 2100]
    return max(reported) if reported else None


class TimeIndex:
    """Time mentions of one document, found on demand in the spans asked about.

    Only the sentences and headings around figures are ever read, so a long document with
    few figures costs little; each span is scanned once."""

    def __init__(self, text: str, doc_year: int | None) -> None:
        self.text = text
        self.doc_year = doc_year
        self._cache: dict[tuple[int, int], list[TimeMention]] = {}
        self._starts: dict[tuple[int, int], list[int]] = {}

    def starts(self, start: int, end: int) -> list[int]:
        """Start offsets of `within(start, end)`, for bisecting."""
        key = (start, end)
        if key not in self._starts:
            self._starts[key] = [mention.start for mention in self.within(start, end)]
        return self._starts[key]

    def within(self, start: int, end: int) -> list[TimeMention]:
        key = (start, end)
        if key not in self._cache:
            self._cache[key] = [
                TimeMention(
                    found.start(), found.end(), found.group(0), _year_of(found, self.doc_year), found.group("relative")
                )
                for found in TIME_EXPRESSION.finditer(self.text, start, end)
                if found.group(0)
            ]
        return self._cache[key]
