"""Stage 4: drop candidates that look like figures but are not (ANNOTATION.md).

Each filter is registered with the examples it must reject (and, where useful, figures it
must let through); every check looks only at a few characters around the candidate, so the
cost grows with the number of candidates, not with the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

import regex

from .lexicon import blocklist
from .lexicon.units import alternation
from .rules.registry import FILTERS, Candidate, finds, non_figure, rejects

_WINDOW: Final = 8
_BLOCKED_WORDS: Final = regex.compile(r"\L<words>", words=alternation(blocklist.WORDS_WITH_NUMERALS))
# Every two neighbouring characters of a listed word: a word of two characters or more over a
# position holds the character there and one beside it, so a pair test rules most figures out
# (a word of one character, should one be listed, is tested as itself).
_BLOCKED_PAIRS: Final = frozenset(
    word[index : index + 2] for word in blocklist.WORDS_WITH_NUMERALS for index in range(len(word) - 1)
)
_BLOCKED_SINGLES: Final = frozenset(word for word in blocklist.WORDS_WITH_NUMERALS if len(word) == 1)
_MEETING_AFTER: Final = regex.compile(r"\L<nouns>", nouns=alternation(blocklist.MEETING_NOUNS))
_ORDINAL_EVENT: Final = regex.compile(r"\L<nouns>", nouns=alternation(blocklist.ORDINAL_EVENT_NOUNS))
_FURNITURE: Final = regex.compile(r"\L<words>", words=alternation(blocklist.FURNITURE_WORDS))

_OPENING_QUOTES: Final = '“"「『‘《'
_CLOSING_QUOTES: Final = '”"」』’》'
_TITLE_REACH: Final = 40  # characters: how far a 《title》 may stretch around a figure inside it
_SHORT_QUOTE: Final = 10  # characters: “211”, “十四五”, “最后一公里” are names, not figures

# A lone 一 with these classifiers is an indefinite article (一个新面貌, 一项工作), not a count.
_INDEFINITE_CLASSIFIERS: Final = frozenset("个种项条件位批场支门部起片家节本张组队处首例课台间名人套篇期班道轮")
# 一年 is an idiom, not a span, in 一年来 and after 的/这/那 (过去的一年, 新的一年, 这一年).
_IDIOMATIC_ONE: Final = regex.compile(r"一(?:年|天)(?:来|以来)$")
# 是 before 一+classifier, or before a 的 phrase that ends right before it, in the same clause
_IS_A: Final = regex.compile(r"是(?:[^，。；,;：:]{0,24}的)?$")
_IS_A_REACH: Final = 30
_YEAR_BY_YEAR: Final = regex.compile(r"一(年|天)比一\1")
# …and after a verb that builds or staffs (每个学校要建一个留守儿童之家, 增设一个教席): one, counted
_COUNTING_BEFORE_ONE: Final = ("了", "至少", "只有", "仅有", "仅", "各", "共", "建", "增设", "新设", "新增", "配备")
_QUANTIFIER_BEFORE: Final = regex.compile(r"(?:至少|最少|最多|只|仅)\p{Han}{0,2}$")  # 至少上一节公开课
# 提前一年, 超前一年: ahead by a year, where 前一年 alone is "the year before"
_AHEAD_BY: Final = frozenset({"提前", "超前"})
_IDIOM_BEFORE_ONE: Final = ("的", "这", "那", "每", "同", "某", "前", "上", "下", "后", "头", "第", "又")


@non_figure(
    "word_with_numeral",
    examples=[
        rejects("在一些方面有了突破", "一些 is a word", span="一些"),
        rejects("万无一失地做好考试工作", "an idiom"),
        rejects("始终践行“三个代表”重要思想", "a slogan"),
        rejects("坚定四个自信", "a slogan even without quotes"),
        rejects("这是一次性补助", "一次性 is a word"),
        rejects("推进小学一年级入学", "a grade label"),
        rejects("十四五期间,全市教育事业快速发展", "a plan ordinal without quotes"),
        rejects("学前三年毛入园率达到92%", "学前三年 names a stage, not a span", span="三年"),
        rejects("小学五年巩固率为97.1%", "五年巩固率 names a rate, not a span", span="五年"),
        rejects("初中三年保留率为93.4%", "三年保留率 names a rate, not a span", span="三年"),
        finds("入学率比上年提高二点一个百分点", "二点一个百分点", 2.1, "percentage_point"),
        finds("巩固率提升一点三个百分点", "一点三个百分点", 1.3, "percentage_point"),
        rejects("全校高二学生共412人", "a grade label", span="二"),
    ],
)
def word_with_numeral(candidate: Candidate, text: str) -> bool:
    if text[candidate.start].isascii():
        return False  # the listed words are written in Chinese numerals: a digit starts none of them
    start = candidate.start
    if (
        text[start - 1 : start + 1] not in _BLOCKED_PAIRS
        and text[start : start + 2] not in _BLOCKED_PAIRS
        and text[start] not in _BLOCKED_SINGLES
    ):
        return False  # a word over the figure's first character holds it and a neighbour: none does
    for found in _BLOCKED_WORDS.finditer(text, max(0, candidate.start - _WINDOW), candidate.end + _WINDOW):
        if found.start() <= candidate.start < found.end():
            if found.group() in _GRADE_WORDS and text[found.start() - 1 : found.start()] in _RAISING:
                continue  # 提高二点一个百分点: 高 ends 提高, no senior-two grade (高二)
            return True
    return False


_GRADE_WORDS: Final = frozenset({"高一", "高二", "高三"})
_RAISING: Final = frozenset("提升抬拔")


@non_figure(
    "inside_short_quote",
    examples=[
        rejects("实施“211”工程", "a programme name in quotes"),
        rejects("编制了《六安市“十一五”教育事业发展规划》", "a plan ordinal"),
        rejects("打通服务的“最后一公里”", "a quoted idiom"),
        finds("按照“20xx年——20xx年”三年内全市80的学校达标", "三年内", 3, "duration"),
    ],
)
def inside_short_quote(candidate: Candidate, text: str) -> bool:
    length = _enclosure(candidate, text, _OPENING_QUOTES, _CLOSING_QUOTES, _SHORT_QUOTE)
    return length is not None and length <= _SHORT_QUOTE and candidate.kind != "date"


@non_figure(
    "slogan_span",
    examples=[
        rejects("县委提出“两年普及小学教育，三年扫除文盲”的口号", "a span inside a two-part slogan", span="两年"),
        rejects("坚持“一年打基础，三年见成效”", "a span inside a two-part slogan", span="三年"),
        finds("提出“三年内全县新建标准化学校10所”的目标", "三年内", 3, "duration"),  # negative: no comma
        finds("用两年时间，实现“学有所教，幼有所育”", "两年", 2, "duration"),  # negative: outside the quote
    ],
)
def slogan_span(candidate: Candidate, text: str) -> bool:
    """两年普及小学教育，三年扫除文盲: a span written in Chinese numerals inside a quoted slogan of
    two parts is part of the slogan's wording, not a figure (ANNOTATION.md: slogans)."""
    if candidate.kind != "duration" or text[candidate.start].isascii():
        return False
    length = _enclosure(candidate, text, _OPENING_QUOTES, _CLOSING_QUOTES, _SLOGAN)
    if length is None or length > _SLOGAN:
        return False
    low = max(0, candidate.start - _SLOGAN)
    opening = max(text.rfind(mark, low, candidate.start) for mark in _OPENING_QUOTES)
    return "，" in text[opening : opening + length + 2] or "," in text[opening : opening + length + 2]


_SLOGAN: Final = 24  # characters of a quoted two-part slogan


@non_figure(
    "inside_title",
    examples=[
        rejects("要制定完善《提高教学质量三年攻坚实施方案》", "part of a document title"),
        rejects("区直部门与区政府签订了《20xx年度教育工作责任书》", "a year inside a title"),
        rejects("印发《关于做好2025年招生工作的通知》", "a year inside a title"),
        finds("印发5万册《中小学教师职业道德建设文件汇编》", "5万册", 50000, "count"),
    ],
)
def inside_title(candidate: Candidate, text: str) -> bool:
    return _enclosure(candidate, text, "《", "》", _TITLE_REACH) is not None


# The opening marks `_enclosure` is asked about, each set as one character class.
_ANY_OF: Final = {marks: re.compile(f"[{re.escape(marks)}]") for marks in (_OPENING_QUOTES, "《")}


def _enclosure(candidate: Candidate, text: str, openings: str, closings: str, reach: int) -> int | None:
    """Length of the quote or title that encloses the candidate within `reach` characters on
    each side, or None when it stands in none."""
    low = max(0, candidate.start - reach)
    if _ANY_OF[openings].search(text, low, candidate.start) is None:
        return None  # most figures stand in no quote: one C-speed look instead of one per mark
    before = text[low : candidate.start]
    after = text[candidate.end : candidate.end + reach]
    opening = max(before.rfind(mark) for mark in openings)
    if opening < 0 or any(mark in before[opening + 1 :] for mark in closings):
        return None
    found = [after.find(mark) for mark in closings if mark in after]
    if not found:
        return None
    closing = min(found)
    if any(mark in after[:closing] for mark in openings):
        return None
    return len(before) - opening - 1 + (candidate.end - candidate.start) + closing


@non_figure(
    "ordinal",
    examples=[
        rejects("围绕庆祝第20个教师节", "a commemorative ordinal"),
        rejects("进入全省第三批多媒体网络教室项目", "第三批 is an ordinal"),
        rejects("今天春节上班的第一天", "an ordinal day"),
        finds("排名第3位", "第3位", 3, "rank"),
    ],
)
def ordinal(candidate: Candidate, text: str) -> bool:
    return candidate.kind != "rank" and candidate.start > 0 and text[candidate.start - 1] == "第"


@non_figure(
    "meeting_ordinal",
    examples=[
        rejects("认真贯彻十一届五次全会精神", "a meeting ordinal"),
        rejects("市十五届人大二次会议", "a session ordinal"),
        finds("召开专题会议3次", "3次", 3, "count"),
    ],
)
def meeting_ordinal(candidate: Candidate, text: str) -> bool:
    if candidate.kind != "count" or candidate.unit not in {"次", "届"}:
        return False
    if _MEETING_AFTER.match(text, candidate.end):
        return True
    return text[max(0, candidate.start - 2) : candidate.start].endswith(("届", "大"))


@non_figure(
    "indefinite_one",
    examples=[
        rejects("使我区教育有一个让人民满意的新面貌", "一个 is an article here"),
        rejects("这是一项系统工程", "一项 is an article here"),
        rejects("实施新一轮义务教育学校标准化建设", "新一轮 means a new round"),
        rejects("过去的一年,全区上下", "an idiom, not a span"),
        finds("新教师试用期为一年。", "一年", 1, "duration"),
        rejects("一年来,在全区社会各界的关心下", "the idiom 一年来"),
        rejects("教育局的每一次划片调整都牵动人心", "每一次 means every time"),
        rejects("让每一所学校都成为好学校", "每一所 means every school"),
        finds("新建一所普通高中", "一所", 1, "count"),
        finds("每月召开一次", "一次", 1, "count"),
        finds("食堂又添了一套消毒柜", "一套", 1, "count"),
        finds("每个老师至少上一节公开课", "一节", 1, "count", bound=">="),
        finds("每个学校都要建一个心理咨询室", "一个", 1, "count"),
        finds("为每所中学增设一个教席", "一个", 1, "count"),
        rejects("要建立一个长效机制", "建立一个: an article after 建立", span="一个"),
        finds("用一年半的时间", "一年半", 1.5, "duration"),
        rejects("镇里的学校一年比一年空", "year after year, no span"),
        rejects("孩子们的成绩一天比一天好", "day after day, no span"),
        rejects("小学这一块要抓紧", "这一块: this area, not one"),
        rejects("那一所学校条件最差", "那一所: that school, not one"),
        finds("这次共建了一所学校，用了一年", "一年", 1, "duration"),
        finds("入园率达到56.3%,提前一年实现规划目标", "一年", 1, "duration"),
        finds("全县提前一年完成义务教育均衡验收", "一年", 1, "duration"),
        rejects("招生人数比前一年增加320人", "前一年: the year before, no span", span="一年"),
        # what something is (是一所…, 是…设立的一所…) describes it: no count
        rejects("该校是一所有着60年历史的农村寄宿制学校", "是一所: an article", span="一所"),
        rejects("育英学校是2008年经县教育局批准设立的一所民办学校", "是…的一所: an article", span="一所"),
        finds("今年新建的一所幼儿园已招生120人", "一所", 1, "count"),  # no 是: one school, counted
        finds("全县共有小学52所，这是一所也没有减少的结果", "52所", 52, "count"),
    ],
)
def indefinite_one(candidate: Candidate, text: str) -> bool:
    written = text[candidate.start : candidate.end]
    if candidate.kind == "count":
        if written[:1] == "一" and candidate.start > 0 and text[candidate.start - 1] in "每这那哪某":
            return True  # 每一次, 每一所: "every", not one; 这一块, 那一所: "this", not one
        if (
            written[:1] == "一"
            and len(written) == 2
            and _IS_A.search(text, max(0, candidate.start - _IS_A_REACH), candidate.start)
        ):
            return True  # 是一所…学校, 是…设立的一所…学校: what it is, not how many
        before = text[max(0, candidate.start - 4) : candidate.start]
        if before.endswith(_COUNTING_BEFORE_ONE) or _QUANTIFIER_BEFORE.search(before):
            return False  # 添了一套, 至少上一节, 每人配了一个: one, counted
        return written[:1] == "一" and candidate.unit in _INDEFINITE_CLASSIFIERS and len(written) == 2
    if candidate.kind == "duration" and written in {"一年", "一天", "一年来", "一天来", "一年以来"}:
        if _YEAR_BY_YEAR.search(text, max(0, candidate.start - 3), candidate.end + 3):
            return True  # 一年比一年好: year after year, no span
        before = text[candidate.start - 1 : candidate.start] if candidate.start else ""
        if before == "前" and text[max(0, candidate.start - 2) : candidate.start] in _AHEAD_BY:
            return False  # 提前一年实现: ahead by a span of one year, not 前一年 (the year before)
        return bool(_IDIOMATIC_ONE.match(written)) or before in _IDIOM_BEFORE_ONE
    return False


@non_figure(
    "denominator",
    examples=[
        rejects("每千人口拥有幼儿园专任教师5名", "每千人口 is a denominator", span="千人"),
        rejects("每10万人口中大专以上学历人数", "a denominator"),
        rejects("每百名学生配备1名心理教师", "a denominator", span="百名"),
        finds("每百名学生配备1名心理教师", "1名", 1, "count"),
        # an indicator's name drops the 每 (百名学生拥有计算机台数 | 17): still a denominator
        rejects("百名学生拥有计算机（台）17", "a per-hundred indicator's name", span="百名"),
        rejects("千名学生拥有专任教师数为62人", "a per-thousand indicator's name", span="千名"),
        finds("近百名学生拥有了自己的图书角", "百名", 100, "count", bound="~"),  # 近: a count, about
        finds("全校3000名学生拥有校服", "3000名", 3000, "count"),  # digits: a count
    ],
)
def denominator(candidate: Candidate, text: str) -> bool:
    if candidate.kind != "count":
        return False
    before = text[candidate.start - 1] if candidate.start else ""
    if before == "每":
        return True
    return (
        text[candidate.start] in _ROUND_MAGNITUDES
        and candidate.end - candidate.start == 2
        and before not in _ABOUT_BEFORE_A_MAGNITUDE
        and _HOLDING_AFTER.match(text, candidate.end) is not None
    )


# 百名学生拥有…: a bare round magnitude before the ones who have something names a denominator
_ROUND_MAGNITUDES: Final = frozenset("百千万")
_ABOUT_BEFORE_A_MAGNITUDE: Final = frozenset("近约上数几逾超")
_HOLDING_AFTER: Final = regex.compile(r"\p{Han}{1,4}?(?:拥有|占有|配备)")


@non_figure(
    "one_per_one_formula",
    examples=[
        rejects("落实“一日一巡查、一周一通报、一月一总结”制度", "a routine formula"),
        rejects("推行一人一档管理", "a formula"),
        finds("每月召开一次例会", "一次", 1, "count"),
    ],
)
def one_per_one_formula(candidate: Candidate, text: str) -> bool:
    written = text[candidate.start : candidate.end]
    follows = text[candidate.end : candidate.end + 1]
    precedes = text[candidate.start - 2 : candidate.start] if candidate.start >= 2 else ""
    return written.startswith("一") and (follows == "一" or (precedes[:1] == "一" and len(written) <= 2))


@non_figure(
    "page_furniture",
    examples=[
        rejects("复制全文 下载文档 更新 2022-12-27 | 人气 600", "web page furniture"),
        rejects("VIP会员每天仅需0.22元\n", "an advertisement"),
        rejects("下载本文档 28.07KB 共5页\n", "file size and page count"),
    ],
)
def page_furniture(candidate: Candidate, text: str) -> bool:
    # Both ends are looked for within the longest furniture line only: from every figure of a
    # line of a million characters, an unbounded search would be quadratic.
    reach = blocklist.FURNITURE_LINE_MAX + 1
    line_start = text.rfind("\n", max(0, candidate.start - reach), candidate.start) + 1
    if line_start == 0 and candidate.start > reach:
        return False
    line_end = text.find("\n", candidate.end, candidate.end + reach)
    if line_end < 0:
        if len(text) - candidate.end > reach:
            return False
        line_end = len(text)
    if line_end - line_start > blocklist.FURNITURE_LINE_MAX:
        return False
    return _FURNITURE.search(text, line_start, line_end) is not None


# An attachment list names documents (附件：1.某县2031年招聘教师岗位表 ⏎ 2.报名表): the years and
# numbers in their names are no figures, like a 《title》's. Its line, or the numbered line under it.
_ATTACHMENT_LINE: Final = re.compile(r"[ \t\u3000]*附件(?:[0-9一二三四五六七八九十]+[:：.．、]?|[:：])")
_ATTACHMENT_ITEM: Final = re.compile(r"[ \t\u3000]*[0-9]{1,2}[.．、]")
_ATTACHMENT_REACH: Final = 60  # characters: an attachment's name is short


@non_figure(
    "attachment_name",
    examples=[
        rejects("附件：1.某县2031年招聘教师岗位表\n2.报名登记表", "a year in an attachment's name", span="2031年"),
        rejects("附件：1.报名登记表\n      2.某县2031年岗位表", "the numbered line under it", span="2031年"),
        rejects("附件2：2031年学生资助资金分配表", "附件2 names one attachment", span="2031年"),
        finds("附件所列的12所学校于2031年完成改造", "12所", 12, "count"),  # negative: a sentence
        finds("全县附设幼儿班的小学有12所", "12所", 12, "count"),  # negative: 附设 is no 附件
    ],
)
def attachment_name(candidate: Candidate, text: str) -> bool:
    # an attachment's name stands on the 附件 line or on the line under it: most figures have no
    # 附件 within two lines' reach, one bounded search decides
    if text.find("附件", max(0, candidate.start - 2 * _ATTACHMENT_REACH), candidate.start) < 0:
        return False
    window_start = max(0, candidate.start - _ATTACHMENT_REACH)
    if "附件" not in text[window_start : candidate.start] and not _attachment_above(candidate.start, text):
        return False
    line_start = text.rfind("\n", window_start, candidate.start) + 1
    if line_start == 0 and candidate.start > _ATTACHMENT_REACH:
        return False
    if _BODY_MARK.search(text, line_start, candidate.start):
        return False  # 附件所列的…，: a sentence about the attachments
    return bool(_ATTACHMENT_LINE.match(text, line_start)) or (
        bool(_ATTACHMENT_ITEM.match(text, line_start)) and _attachment_above(candidate.start, text)
    )


def _attachment_above(start: int, text: str) -> bool:
    """Whether the line above the figure's line is an attachment line (its list goes on)."""
    line_start = text.rfind("\n", max(0, start - _ATTACHMENT_REACH), start)
    if line_start <= 0:
        return False
    above = text.rfind("\n", max(0, line_start - _ATTACHMENT_REACH), line_start) + 1
    return _ATTACHMENT_LINE.match(text, above) is not None and (above > 0 or line_start <= _ATTACHMENT_REACH)


_GROUP_AFTER_AGES: Final = regex.compile(
    r"的?(?:适龄|学龄|在校|农村|城镇|留守|残疾)?(?:儿童|幼儿|学生|少年|青少年|人口|青年|孩子|婴幼儿|子女)"
)


@non_figure(
    "age_bracket",
    examples=[
        rejects("全县3-6岁幼儿毛入园率达到92%", "3-6岁 names the group whose rate it is", span="3-6岁"),
        rejects("7-12周岁适龄儿童总数为4120人", "an age bracket naming a group", span="7-12周岁"),
        finds("全县3-6岁幼儿毛入园率达到92%", "92%", 92, "percentage"),
        finds("教师平均年龄38.6岁", "38.6岁", 38.6, "other"),
    ],
)
def age_bracket(candidate: Candidate, text: str) -> bool:
    """3-6岁幼儿, 7-12周岁适龄儿童: an age range before the group it names is part of the
    group's name, not a figure (ANNOTATION.md)."""
    return (
        candidate.unit == "岁"
        and candidate.high is not None
        and _GROUP_AFTER_AGES.match(text, candidate.end) is not None
    )


_HEAD_REACH: Final = 1500  # characters: a title stands at the top
_HEAD_LINES: Final = 8  # non-empty lines before the body that may hold the title
_TITLE_MAX: Final = 60
_BODY_MARK: Final = regex.compile(r"[。；！？!?;，,]")
_NUMBERED_HEADING: Final = regex.compile(
    r"[ \t]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]"
    r"|第[一二三四五六七八九十0-9]+[章节部分]|[0-9]+[、.．])"
)
_NON_SPACE: Final = re.compile(r"\S")
_LINE_PROBE: Final = 4 * _TITLE_MAX
_LEAD_ENDS: Final = ("：", ":")  # 以下是今日（三月二十日）…的书面答复：opens the body
_DATELINE_REST: Final = regex.compile(r"[\s（()）【】\[\]—\-－]*")
# a speech's or a report's subtitle: the date it was given and where (——2031年1月16日在…上)
_SPEECH_DATELINE: Final = regex.compile(r"[\s（(—\-－]*在\p{Han}")
# a release's labelled date on its own line (發布日期：113年6月7日, 成文日期：2031年3月5日)
_RELEASE_DATELINE: Final = regex.compile(
    r"[\s\u3000]*(?:发布|發布|发文|發文|成文|印发|印發|公布)(?:日期|时间|時間)\s*[:：]\s*"
)
# an issuer's byline with its date (教育部統計處　中華民國113年5月, 县教育局 2031年3月): nothing after the date
_ISSUER_DATELINE: Final = regex.compile(
    r"\s*\p{Han}{1,20}(?:处|處|局|厅|廳|署|部|委员会|委員會|政府|办公室|辦公室|中心)[\s\u3000]*"
    r"(?:中华民国|中華民國|民国|民國)?"
)


def _stripped_head_line(text: str, start: int, end: int) -> str:
    """`text[start:end].strip()`, cut to `_TITLE_MAX + 1` characters when it is longer: the
    title test only asks whether it is, and a head may be one line of a million characters,
    which each figure in it would otherwise copy (`\\S` and `strip` agree on what is a space)."""
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return ""
    if _NON_SPACE.search(text, first.start() + _TITLE_MAX, end):
        return text[first.start() : first.start() + _TITLE_MAX + 1]
    return text[first.start() : min(end, first.start() + _TITLE_MAX)].rstrip()


def _head_line(text: str, start: int) -> tuple[int, str]:
    """The end of the line at `start` and its text as `_stripped_head_line` gives it. A line
    already longer than a title within its first `_LINE_PROBE` characters is the body, wherever
    it ends: its end is not looked for (-1), or each figure of a one-line text would scan it."""
    end = text.find("\n", start, start + _LINE_PROBE)
    if end < 0:
        probe = _stripped_head_line(text, start, min(len(text), start + _LINE_PROBE))
        if len(probe) > _TITLE_MAX:
            return -1, probe  # the whole line, stripped, is at least as long
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    return end, _stripped_head_line(text, start, end)


@non_figure(
    "title_line",
    examples=[
        rejects("城南区教育局2031年工作要点\n\n2031年，全区新建幼儿园4所。", "the title", span="2031年工作"),
        rejects("西岭县2029年教育事业发展统计公报\n全县共有学校86所，在校生3.2万人。", "the title", span="2029年教育"),
        rejects(
            "我省高中阶段毛入学率达93.5% 比五年前提高4个百分点\n记者从省教育厅获悉，全省高中阶段毛入学率达93.5%。",
            "a headline's figures restate the body",
            span="比五年前提高4个百分点",
        ),
        finds(
            "在全县教育工作会议上的讲话\n（2032年2月18日）\n同志们：今年新建学校3所。",
            "2032年2月18日",
            "2032-02-18",
            "date",
        ),
        finds(
            "县政府工作报告\n——2032年1月16日在县第十七届人民代表大会第二次会议上\n各位代表：今年新建学校3所。",
            "2032年1月16日",
            "2032-01-16",
            "date",
        ),
        rejects(
            "2032年全县教育工作会议在县城召开\n各位代表：今年新建学校3所。",
            "a headline's year",
            span="2032年",
        ),
        finds(
            "立法会六题：中学生学习支援\n以下是今日（三月二十日）在立法会会议上的书面答复：\n问题：",
            "三月二十日",
            "XXXX-03-20",
            "date",
        ),
        rejects(
            "在2032年秋季学期开学典礼上的讲话\n同学们：今年新建学校3所。",
            "a title that opens with 在: its year is the title's",
            span="2032年",
        ),
        finds(
            "教育统计简讯\n国民中小学概况\n教育部统计处　中华民国120年5月\n\n一、前言\n本简讯整理学生数。",
            "120年5月",
            "2031-05",
            "date",
        ),
        finds("全县教育统计分析\n县教育局 2031年3月\n\n一、概况\n全县共有学校86所。", "2031年3月", "2031-03", "date"),
        finds("教育部新闻稿\n\n发布日期：113年6月7日\n\n本年度报名人数为18万人。", "113年6月7日", "2024-06-07", "date"),
        finds("教育局通知\n成文日期：2031年3月5日\n\n各校：今年招生1200人。", "2031年3月5日", "2031-03-05", "date"),
        rejects("2031年招生工作方案\n\n今年招生1200人。", "a title's year, no label", span="2031年"),
        rejects(
            "城南区教育局　2031年工作要点\n\n2031年，全区新建幼儿园4所。",
            "a title: words follow the year",
            span="2031年工作",
        ),
        finds("一、2030年工作回顾\n全年新建幼儿园6所，新增学位1800个。", "2030年", "2030", "date"),
        finds("全县新建幼儿园6所", "6所", 6, "count"),
    ],
)
def title_line(candidate: Candidate, text: str) -> bool:
    """The document's own title (and a headline that restates the body) is no figure
    (ANNOTATION.md): a short line without sentence marks at the top, before the first body line
    and before any numbered heading. A dateline under the title (（2032年2月18日）) is one."""
    if candidate.start > _HEAD_REACH:
        return False
    position, seen, in_title = 0, 0, False
    while position < len(text) and seen < _HEAD_LINES + 1:
        end, stripped = _head_line(text, position)
        if stripped:
            if (
                len(stripped) > _TITLE_MAX
                or _BODY_MARK.search(stripped)
                or _NUMBERED_HEADING.match(stripped)
                or stripped.endswith(_LEAD_ENDS)
            ):
                return in_title  # the body starts (a lead ends in a colon): the line seen before was a title
            seen += 1
            if position <= candidate.start < end:
                rest = text[position : candidate.start] + text[candidate.end : end]
                if candidate.kind == "date" and _DATELINE_REST.fullmatch(rest):
                    return False  # a dateline
                if (
                    candidate.kind == "date"
                    and not text[candidate.end : end].strip()
                    and (
                        _ISSUER_DATELINE.fullmatch(text, position, candidate.start)
                        or _RELEASE_DATELINE.fullmatch(text, position, candidate.start)
                    )
                ):
                    return False  # 教育部統計處　中華民國113年5月, 發布日期：113年6月7日: who issued it, when
                if (
                    candidate.kind == "date"
                    and _DATELINE_REST.fullmatch(text, position, candidate.start)
                    and _SPEECH_DATELINE.match(text, candidate.end, end)
                ):
                    return False  # ——2031年1月16日在县第十七届人民代表大会…上: the date opens the line
                in_title = True
        elif in_title and position > candidate.start + _HEAD_REACH:
            break
        position = end + 1
    return False


def is_figure(candidate: Candidate, text: str) -> bool:
    """True when no registered filter drops the candidate."""
    for drops in _cheap_first(len(FILTERS)):  # noqa: SIM110 - a loop, not any() over a generator: ~1 µs less a figure
        if drops(candidate, text):
            return False
    return True


# Filters that cost little and drop often run first: `is_figure` asks whether any filter drops
# a candidate, and every filter is a pure test, so their order changes nothing but the cost.
_CHEAP_FIRST: Final = ("ordinal", "denominator", "indefinite_one", "meeting_ordinal", "age_bracket", "title_line")


@functools.cache  # keyed by the number of filters: one registered later gets a new order
def _cheap_first(_count: int) -> tuple[Callable[..., bool], ...]:
    rank = {name: index for index, name in enumerate(_CHEAP_FIRST)}
    ordered = sorted(FILTERS.values(), key=lambda check: rank.get(check.name, len(rank)))  # stable
    return tuple(check.drops for check in ordered)
