"""The outline stage: a document's title, its heading tree, and each section's kind and time.

Built once per document (`Outline.build(text, doc_year)`), then asked by offset
(`outline.section_at(offset)`), so the meaning stages never scan for headings themselves.

Headings are
- numbered lines: 第一部分/第二章 (level 0), 一、(10), （一）(20), 1. / 1、(30), （1）(40);
- the same markers inside a long line, where a PDF or a .docx copy ran the whole text together
  (…汇报如下:一、2024年度主要工作成效(一)基础教育…。): the heading ends at the next marker,
  a blank, or the end of the sentence;
- plain short lines without sentence punctuation after a finished paragraph (2025年工作计划):
  a parent of the numbered headings right below it (5), else a leaf (50);
- flattened tables (rows of cells split by |) are sections of kind `table` (60).

A section's kind comes from the cue that ends its heading (lexicon/sections.py); a heading
without one takes the kind of the outermost enclosing heading that has one, else the title's.
A section's time is the time its heading writes (a written year before a relative word), else
its parent's.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Final

import regex

from .lexicon.sections import AMBIGUOUS_PLAN_CUES, SECTION_CUES, TITLE_CUES, TITLE_GENRES, SectionKind
from .segment import Heading, Span
from .timeref import Period, TimeIndex, TimeMention, writes_masked_years

# Levels: smaller encloses larger.
PART, PLAIN_PARENT, CHAPTER, SECTION, ITEM, SUBITEM, PLAIN, TABLE = 0, 5, 10, 20, 30, 40, 50, 60

_TITLE_MAX: Final = 60
_TITLE_LINES: Final = 3
_TITLE_FRAGMENT: Final = 10  # a named line this short may be the end of a title broken over lines
_TITLE_SEARCH: Final = 10  # short lines at the top looked through for the title
_GENRE: Final = regex.compile("|".join(TITLE_GENRES))
_FURNITURE_MARK: Final = regex.compile(r"[|>/»·]|首页|网站|浏览|下载|分享|收藏|当前位置|您的位置|所在位置")
_TITLE_BREAK: Final = regex.compile(r"[。！？；，,]")
_HEADING_MAX: Final = 60
_INLINE_TITLE_MAX: Final = 40
_INLINE_SENTENCE_MAX: Final = 24  # an inline heading that ends only with its sentence is short
_PLAIN_MIN, _PLAIN_MAX = 4, 30

# A numbered heading's marker; `level` is read from the group that matched. The standard
# library's `re` scans each line for it faster than `regex` (~30 %); it needs no `regex` feature.
_MARKER: Final = re.compile(
    r"""
    (?=[第一二三四五六七八九十（(0-9])       # one class first: the scan skips ordinary text fast
    (?: (?P<part> 第[一二三四五六七八九十]{1,3}(?:部分|章|篇) )
  | (?P<chapter> [一二三四五六七八九十]{1,3} (?: 、 | [.．](?![0-9]) ) (?![一二三四五六七八九十]+年级) )
  | (?P<section> [（(] [一二三四五六七八九十]{1,3} [)）] )
  | (?P<item> (?<![0-9.]) [0-9]{1,2} [、.．] (?![0-9]) )
  | (?P<subitem> [（(] [0-9]{1,2} [)）] ) )
    """,
    re.VERBOSE,
)
_LEVELS: Final = {"part": PART, "chapter": CHAPTER, "section": SECTION, "item": ITEM, "subitem": SUBITEM}
_INLINE_LEVELS: Final = {"part", "chapter", "section"}  # 1. inside a line is too often a decimal or a list
# Where an inline marker may stand: after the end of a sentence or a colon, or a blank.
_INLINE_BEFORE: Final = frozenset("。！？!?；;：:” \u3000\t")
# A heading's title ends at its sentence's end, a colon (一、工作目标：…), a blank, or the next
# marker (…成效(一)…, …新实力1.深化…).
_INLINE_TITLE_END: Final = regex.compile(
    r"[。！？!?:：\n \u3000\t]|[（(][一二三四五六七八九十]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}[、是]|第[一二三四五六七八九十](?![年天次名位个批届期轮])|(?<![0-9.])[0-9]{1,2}[、.．](?![0-9])"
)
_PLAIN_BREAK: Final = regex.compile(r"[。，,；;！？!?：:|、]")
_HAN: Final = regex.compile(r"\p{Han}")
_OPENING: Final = frozenset("(（“‘「『《[【")
_CLOSING: Final = frozenset(")）")
_PARAGRAPH_END: Final = frozenset("。！？!?：:")
_DATE_LINE: Final = regex.compile(
    r"^[(（]?[0-9〇零○一二三四五六七八九xX*]{2,4}年"
    r"(?:[0-9一二三四五六七八九十]{1,2}月)?(?:[0-9一二三四五六七八九十]{1,3}日)?[)）]?$"
)
# A converter's residue where a paragraph ended (回顾</p> with its last character lost: 回?/p>).
_RESIDUE: Final = regex.compile(r"\??</?p>$|\?/p>$")
# A year alone on its line, its 年 on the next: a PDF break inside a heading (XX⏎年重点工作回顾).
_YEAR_ALONE: Final = regex.compile(r"^(?:19|20)?[0-9xX*]{2,4}$")
# A year alone on its line with its 年 (1952年, 一九六二年): in a chronicle or a yearbook the
# heading of the entries below it (1952年⏎全县小学发展到153所…⏎9月，…).
_YEAR_HEADING: Final = regex.compile(r"^(?:(?:19|20)[0-9]{2}|(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2})年度?$")
_TABLE_ROW: Final = regex.compile(r"\|.*\|")
# A heading's number alone on its line (一、 / 一 whose 、 a converter lost / （一）): the heading
# follows on the next line.
_LONE_NUMBER: Final = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]?|[（(][一二三四五六七八九十]{1,3}[)）])$")

_CUES: list[tuple[regex.Pattern[str], str]] = [
    (regex.compile(cue), kind) for kind, cues in SECTION_CUES.items() for cue in cues
]

# Some cue matches a text exactly when this alternation of all of them finds a match in it.
_TITLE_CUES: list[tuple[regex.Pattern[str], str]] = [
    (regex.compile(cue), kind) for kind, cues in TITLE_CUES.items() for cue in cues
]
_ANY_CUE: Final = regex.compile("|".join(f"(?:{cue})" for cues in SECTION_CUES.values() for cue in cues))


def heading_kind(text: str) -> tuple[SectionKind, str]:
    """The kind a heading's own words give it, and the cue: the cue that ends last (the head
    noun) wins; ("other", "") without a cue."""
    if _ANY_CUE.search(text) is None:
        return "other", ""  # most headings hold no cue: one search instead of one per cue
    best: tuple[int, int, SectionKind, str] | None = None
    for pattern, kind in _CUES:
        for found in pattern.finditer(text):
            key = (found.end(), found.end() - found.start())
            if best is None or key > best[:2]:
                best = (*key, kind, found.group(0))  # type: ignore[assignment]
    if best is None:
        return "other", ""
    return best[2], best[3]


@dataclass(eq=False)
class Section:
    """A heading and the text under it, up to the next heading of its level or above."""

    heading: Heading
    kind: SectionKind = "other"
    kind_reason: str = ""
    own_kind: SectionKind = "other"
    time: TimeMention | None = None  # its heading's time, else its parent's
    time_heading: Heading | None = None  # the heading that time is written in
    parents: tuple[Section, ...] = ()  # outermost first
    end: int = 0
    closed: bool = field(default=False, repr=False)

    @property
    def level(self) -> int:
        return self.heading.level

    @property
    def parent(self) -> Section | None:
        return self.parents[-1] if self.parents else None

    @property
    def headings(self) -> list[Heading]:
        """The headings over this section and its own, outermost first; tables left out."""
        return [section.heading for section in (*self.parents, self) if section.kind != "table"]


@dataclass
class Outline:
    text: str
    title: Span | None
    title_time: TimeMention | None
    title_kind: SectionKind
    sections: list[Section]
    masked_years: bool  # the body writes its years masked (20xx年): a template or anonymised copy
    doc_year: int | None = None
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [section.heading.start for section in self.sections]

    @classmethod
    def build(cls, text: str, doc_year: int | None) -> Outline:
        """The outline of `text` (the normalised text the other stages read)."""
        lines = _logical_lines(text)
        title, title_end = _title(text, lines)
        times = TimeIndex(text, doc_year)
        masked = writes_masked_years(text, title_end)
        title_time = None
        title_kind: SectionKind = "other"
        if title is not None:
            written = [mention for mention in times.within(title.start, title.end) if mention.written_year]
            title_time = written[0] if written else None
            if masked and title_time is not None and title_time.year is not None:
                title_time = None  # a real year in the copy's page title, a masked one in the text
            kinds = {kind for pattern, kind in _CUES if pattern.search(title.text)}
            kinds |= {kind for pattern, kind in _TITLE_CUES if pattern.search(title.text)}
            if len(kinds) == 1:
                title_kind = kinds.pop()  # type: ignore[assignment]
        budget = title_kind == "plan" and title is not None and _BUDGET_TITLE.search(title.text) is not None
        headings = _headings(text, lines, title_end)
        sections = _tree(headings, _tables(text, lines), len(text))
        for section in sections:
            _fill(section, times, title_kind, budget=budget)
        return cls(text, title, title_time, title_kind, sections, masked, doc_year)

    def section_at(self, offset: int) -> Section | None:
        """The innermost section holding `offset`, or None before the first heading."""
        index = bisect.bisect_right(self._starts, offset) - 1
        section = self.sections[index] if index >= 0 else None
        while section is not None and section.end <= offset:
            section = section.parent
        return section

    def headings_at(self, offset: int) -> list[Heading]:
        """The headings over `offset`, outermost first (tables left out)."""
        section = self.section_at(offset)
        return section.headings if section is not None else []

    @property
    def speaking_year(self) -> int | None:
        """The year a speech is given in (its document's year), when the title names a speech
        and writes no year of its own; None otherwise."""
        if self.title is None or self.title_time is not None or self.doc_year is None:
            return None
        return self.doc_year if _SPEECH_TITLE.search(self.title.text) else None

    def period_year_at(self, offset: int) -> int | None:
        """The year the text at `offset` reports on, for relative words (今年, 全年, 去年): its
        section's written year, else the title's, else the document's year."""
        return self.period_at(offset)[0]

    def period_at(self, offset: int) -> Period:
        """`period_year_at` and whether a heading or the title writes that year."""
        section = self.section_at(offset)
        if section is not None and section.time is not None and section.time.written_year and section.time.year:
            return section.time.year, True
        if self.title_time is not None and self.title_time.year is not None:
            return self.title_time.year, True
        return self.doc_year, False


def restore_title(text: str, source: str, source_index: Callable[[int], int] | None = None) -> str:
    """`text` with the title line given back where the furniture filter blanked it as a copy of
    the page's file name (…2024年工作总结.docx): the outline and the document year read it, the
    recogniser never does. `source_index` maps an offset of `text` to `source` (identity when
    omitted); a line is given back only where the two still have the same length."""
    to_source = source_index or (lambda index: index)
    restored: list[tuple[int, int, str]] = []
    position = 0
    seen = 0
    while position < len(text) and seen < _TITLE_SEARCH:
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        if line:
            if len(line) > _TITLE_MAX or _TITLE_BREAK.search(line):
                break  # the body has begun: a blanked line below it (上一篇：…的通知) is no title
            seen += 1
        elif line_end > position:
            start, end = to_source(position), to_source(line_end)
            original = source[start:end]
            stripped = original.strip()
            if (
                end - start == line_end - position
                and stripped
                and len(stripped) <= _TITLE_MAX
                and _GENRE.search(stripped)
                and not _TITLE_BREAK.search(stripped)
                and not _FURNITURE_MARK.search(stripped)  # 当前位置：首页 >> 政务公开 >> 工作总结
            ):
                restored.append((position, line_end, original))
                seen += 1
        position = line_end + 1
    if not restored:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end, original in restored:
        pieces += [text[cursor:start], original]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def title_end(text: str) -> int:
    """Where the document's title lines end (0 when the text opens with a sentence)."""
    # The title is looked for among the first lines only: reading them, not the whole text.
    return _title(text, list(itertools.islice(_iter_logical_lines(text), _TITLE_SEARCH)))[1]


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # without the converter's residue
    text: str  # the line as read: stripped, residue removed, a broken year joined


def _logical_lines(text: str) -> list[_Line]:
    """Non-blank lines, stripped; a year alone on its line is joined to the line it breaks
    from (XX⏎年重点工作回顾 → XX年重点工作回顾)."""
    return list(_iter_logical_lines(text))


def _iter_logical_lines(text: str) -> Iterator[_Line]:
    """`_logical_lines` one by one, reading the text only as far as asked."""
    position = 0
    pending: _Line | None = None
    length = len(text)
    while position <= length:
        line_end = text.find("\n", position)
        if line_end < 0:
            line_end = length
        raw = text[position:line_end]
        stripped = raw.strip()
        start = position + (raw.index(stripped) if stripped else 0)
        position = line_end + 1
        if not stripped:
            if pending is not None:
                yield pending
                pending = None
            continue
        # the residue ends in >: a line without one keeps its text (no substitution to run)
        cleaned = _RESIDUE.sub("", stripped) if stripped[-1] == ">" else stripped
        line = _Line(start, start + len(cleaned), cleaned)
        if pending is not None:
            if cleaned.startswith("年"):
                line = _Line(pending.start, line.end, pending.text + cleaned)
            else:
                yield pending
            pending = None
        if _YEAR_ALONE.match(cleaned):
            pending = line
            continue
        yield line
    if pending is not None:
        yield pending


def _title(text: str, lines: list[_Line]) -> tuple[Span | None, int]:
    """The title: among the short lines at the top (a web copy puts its page furniture first),
    the first that names a kind of document (…工作总结, …讲话, …规划); else up to three short
    lines without sentence punctuation at the very top."""
    top: list[_Line] = []
    for line in lines[:_TITLE_SEARCH]:
        written = line.text
        if (
            len(written) > _TITLE_MAX
            or _TITLE_BREAK.search(written)
            or _MARKER.match(written)
            or _LONE_NUMBER.match(written)
        ):
            break
        if written.endswith((":", "：")) and top:  # 同志们: a salutation opens the body
            break
        if top and _YEAR_HEADING.match(written):  # …大事记⏎1949年⏎解放初，…: the first entry's year
            break
        top.append(line)
    named_at = next((number for number, line in enumerate(top) if _GENRE.search(line.text)), None)
    if named_at is not None:
        named = top[_title_start(text, top, named_at) : named_at + 1]
        return Span(named[0].start, named[-1].end, "".join(line.text for line in named)), named[-1].end
    title_lines = [line for line in top[:_TITLE_LINES]]
    for index, line in enumerate(title_lines):
        if line.text.endswith((":", "：")):
            title_lines = title_lines[:index]
            break
    if not title_lines:
        return None, 0
    start, end = title_lines[0].start, title_lines[-1].end
    return Span(start, end, " ".join(line.text for line in title_lines)), end


def _title_start(text: str, top: list[_Line], named_at: int) -> int:
    """The first line of the title whose line `named_at` names the kind of document: a short
    fragment there may run on from the lines above (XX年春季学期开学暨…⏎工作会议讲话)."""
    first = named_at
    if len(top[named_at].text) > _TITLE_FRAGMENT:
        return first
    while first > 0 and named_at - first < _TITLE_LINES - 1 and _continues(text, top[first - 1], top[first]):
        first -= 1
    return first


def _continues(text: str, upper: _Line, lower: _Line) -> bool:
    """The upper line runs on into the lower: no blank line between, no colon or furniture."""
    return (
        text.count("\n", upper.end, lower.start) <= 1
        and not upper.text.endswith((":", "："))
        and not _FURNITURE_MARK.search(upper.text)
        and _GENRE.search(upper.text) is None
    )


def _headings(text: str, lines: list[_Line], body_start: int) -> list[Heading]:
    found: list[Heading] = []
    previous: _Line | None = None
    previous_heading = False
    for index, line in enumerate(lines):
        if line.start < body_start:
            previous = line
            continue
        if _LONE_NUMBER.match(line.text):
            previous, previous_heading = line, True
            continue
        in_line = _numbered_headings(text, line)
        is_heading = bool(in_line) and in_line[0].start == line.start
        following = lines[index + 1] if index + 1 < len(lines) else None
        after_title = previous is not None and previous.start < body_start  # the title line ends no paragraph
        if not in_line and _is_year_heading(line, None if after_title else previous, previous_heading, following):
            in_line, is_heading = [Heading(line.start, line.end, line.text, PLAIN)], True
        elif not in_line and _is_plain_heading(line, previous, previous_heading):
            parent = following is not None and _MARKER.match(following.text) is not None
            in_line = [Heading(line.start, line.end, line.text, PLAIN_PARENT if parent else PLAIN)]
            is_heading = True
        found.extend(in_line)
        previous, previous_heading = line, is_heading
    return found


def _is_year_heading(line: _Line, previous: _Line | None, previous_heading: bool, following: _Line | None) -> bool:
    """A year alone on its line (1958年) after a finished paragraph, with an entry after it that
    is not another date: a chronicle's or a yearbook's entry heading. A year closing the text
    (a signature) or standing before a date heads nothing."""
    if not _YEAR_HEADING.match(line.text) or following is None or _DATE_LINE.match(following.text):
        return False
    return previous is None or previous_heading or previous.text[-1:] in _PARAGRAPH_END


def _is_plain_heading(line: _Line, previous: _Line | None, previous_heading: bool) -> bool:
    """A short line without sentence punctuation after a finished paragraph (or a heading)."""
    text = line.text
    if not _PLAIN_MIN <= len(text) <= _PLAIN_MAX or _PLAIN_BREAK.search(text) or _DATE_LINE.match(text):
        return False
    if text[0] in _OPENING or text[-1] in _OPENING or text[-1] in _CLOSING:
        return False  # (其中…) or 目标( : an aside or a broken line, not a heading
    if len(_HAN.findall(text)) < _PLAIN_MIN:
        return False
    if previous is None or previous_heading:
        return True
    return previous.text[-1:] in _PARAGRAPH_END


def _numbered_headings(text: str, line: _Line) -> list[Heading]:
    """Numbered headings of a line: at its start, and run into a long line after a sentence
    end, a colon or a blank. A heading ends at the next marker, a blank or its sentence's end."""
    found: list[Heading] = []
    for marker in _MARKER.finditer(text, line.start, line.end):
        name = marker.lastgroup or ""
        level = _LEVELS[name]
        at_start = marker.start() == line.start
        # after a sentence's end, a colon or a blank, or right where the heading before ended
        boundary = text[marker.start() - 1] in _INLINE_BEFORE or (found and found[-1].end == marker.start())
        if not at_start and (name not in _INLINE_LEVELS or not boundary):
            continue
        begin = marker.end()
        while begin < line.end and text[begin] in " \u3000\t":
            begin += 1
        limit = _HEADING_MAX if level <= SECTION else _PLAIN_MAX
        if not at_start:
            limit = _INLINE_TITLE_MAX
        end_match = _INLINE_TITLE_END.search(text, begin, min(line.end, begin + limit + 1))
        end = end_match.start() if end_match else line.end
        title = text[begin:end]
        if len(title) < 2 or len(title) > limit:
            continue
        if (
            not at_start
            and len(title) > _INLINE_SENTENCE_MAX
            and (end_match is None or end_match.group(0) in "。！？!?")
        ):
            continue  # 二、领导重视,措施到位我镇于2003年全面启动…。: the heading ran into its text
        if (
            at_start
            and len(title) > _INLINE_SENTENCE_MAX
            and end_match is not None
            and end_match.group(0) in "。！？!?"
            and end < line.end - 1
        ):
            continue  # （三）教资会资助大学在…学额维持在15,000个。政府计划…: a numbered paragraph
        if level >= ITEM and _PLAIN_BREAK.search(title):
            continue  # 1、位资金5027万元,累计… is a broken line, not a heading
        found.append(Heading(marker.start(), end, text[marker.start() : end], level))
    return found


def _tables(text: str, lines: list[_Line]) -> list[Heading]:
    """Flattened tables: two or more consecutive lines of cells split by |; the heading is the
    first row, its end the table's end (kept in `Heading.end` of the block)."""
    blocks: list[Heading] = []
    run: list[_Line] = []
    for line in [*lines, None]:
        if line is not None and _TABLE_ROW.search(line.text) and (not run or _adjacent(text, run[-1], line)):
            run.append(line)
            continue
        if len(run) >= 2:
            blocks.append(Heading(run[0].start, run[-1].end, run[0].text, TABLE))
        run = [line] if line is not None and _TABLE_ROW.search(line.text) else []
    return blocks


def _adjacent(text: str, upper: _Line, lower: _Line) -> bool:
    return text.count("\n", upper.end, lower.start) <= 1


def _tree(headings: list[Heading], tables: list[Heading], text_end: int) -> list[Section]:
    """Sections in document order, each with its parents and its end."""
    items = sorted([*headings, *tables], key=lambda heading: (heading.start, heading.level))
    sections: list[Section] = []
    stack: list[Section] = []
    for heading in items:
        while stack and (stack[-1].closed or stack[-1].level >= heading.level):
            top = stack.pop()
            if not top.closed:
                top.end = heading.start
        section = Section(heading, parents=tuple(stack))
        if heading.level == TABLE:
            section.end, section.closed = heading.end, True
        sections.append(section)
        stack.append(section)
    for section in stack:
        if not section.closed:
            section.end = text_end
    return sections


def _reports_work(heading: Heading, cue: str, times: TimeIndex) -> bool:
    """A heading whose only cue names the work itself (重点工作, 主要任务) reports under a
    report's title, unless it writes a year after the title's period (2026年重点工作 in a 2025年
    工作总结 plans)."""
    if cue not in AMBIGUOUS_PLAN_CUES:
        return False
    mentions = times.within(heading.start, heading.end)
    return not any(mention.written_year for mention in mentions)  # 2026年, and a masked 20xx年


def _dated_own_kind(section: Section, cue: str, times: TimeIndex) -> bool:
    """A heading with a kind of its own (回顾, 打算; not a cue that only names the work) and a
    year written in it."""
    if section.own_kind not in {"plan", "summary"} or cue in AMBIGUOUS_PLAN_CUES:
        return False
    heading = section.heading
    return any(mention.written_year for mention in times.within(heading.start, heading.end))


_LEAD_REACH: Final = 16  # characters of the lead line looked at for its opening time
_LEAD_MAX: Final = 200  # a lead that introduces a list is a sentence or two


def _lead_time(heading: Heading, times: TimeIndex) -> TimeMention | None:
    """The time opening a section's lead paragraph that introduces a list (三、发展目标⏎到2025年，
    …。主要指标是：⏎（一）…): it dates the items below, which write none. A lead that does not
    end with a colon is only its own paragraph's topic."""
    text = times.text
    start = heading.end
    while start < len(text) and text[start] in " \t\u3000\n":
        start += 1
    end = text.find("\n", start, start + _LEAD_MAX + 1)
    if end < 0 or text[start:end].rstrip()[-1:] not in {":", "："}:
        return None
    for mention in times.within(start, min(end, start + _LEAD_REACH)):
        if mention.start == start and text[mention.end : mention.end + 1] in {",", "，"}:
            return mention
    return None


# A speech's title (在全省教育工作会议上的讲话): its 今年 and 去年 count from the day it is given.
_SPEECH_TITLE: Final = regex.compile(r"讲话|致辞|讲稿|发言")
# A budget's title (2031年部门预算, 预算公开) without its outturn (预算执行, 决算), or a tender
# notice's (…采购项目公开招标公告): its 项目基本情况 describes what is to be bought.
_BUDGET_TITLE: Final = regex.compile(r"预算(?!执行)|(?:招标|采购|磋商|询价|谈判|比选)(?:意向)?公告$")
# Headings of a budget that describe it (一、收支总体情况, （一）基本情况): no report of results.
_DESCRIBING_CUES: Final = frozenset({"情况", "基本情况"})


def _fill(section: Section, times: TimeIndex, title_kind: SectionKind, *, budget: bool = False) -> None:
    """Kind and time of a section whose parents are filled already; under a budget's title a
    heading that only describes (收支总体情况) keeps the title's plan."""
    heading = section.heading
    parent = section.parent
    if heading.level == TABLE:
        section.kind = section.own_kind = "table"
        section.kind_reason = "a flattened table"
    else:
        section.own_kind, cue = heading_kind(heading.text)
        enclosing = next((p for p in section.parents if p.own_kind in {"plan", "summary"}), None)
        if enclosing is not None and _dated_own_kind(section, cue, times) and section.own_kind != enclosing.kind:
            # 一、2024年工作回顾 under a plan's title line (…2025年…工作计划): a heading that dates
            # its own review or plan says what its section is, whatever encloses it
            section.kind, section.kind_reason = section.own_kind, f"its heading dates its own {cue}"
        elif enclosing is not None:
            # the enclosing heading's kind as its title settled it: （一）加大投入 under a report's
            # 二、主要措施 tells what was done, as the 主要措施 itself does there
            section.kind, section.kind_reason = enclosing.kind, f"under {enclosing.heading.text[:20]}"
        elif section.own_kind == "plan" and title_kind == "summary" and _reports_work(heading, cue, times):
            # 三、重点工作 in a 决算说明 or 工作总结 lists what was done
            section.kind, section.kind_reason = "summary", f"{cue} under a report's title"
        elif section.own_kind == "summary" and budget and cue in _DESCRIBING_CUES:
            # 一、收支总体情况 in a 部门预算: the budget's figures, described
            section.kind, section.kind_reason = "plan", f"{cue} under a budget's title"
        elif section.own_kind != "other":
            section.kind, section.kind_reason = section.own_kind, f"its heading says {cue}"
        elif title_kind in {"plan", "summary"}:
            section.kind, section.kind_reason = title_kind, "the document title"
    if heading.level != TABLE:
        mentions = times.within(heading.start, heading.end)
        written = [mention for mention in mentions if mention.written_year]
        own = (written or mentions)[0] if mentions else None
        if own is None:
            own = _lead_time(heading, times)
        if own is not None:
            section.time, section.time_heading = own, heading
            return
    if parent is not None:
        section.time, section.time_heading = parent.time, parent.time_heading
