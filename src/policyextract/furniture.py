"""Page furniture of scraped copies: the lines that belong to the web page, not to the document.

Breadcrumbs (`首页 / 工作范文 / …`), upload dates and view counts (`更新 2022-12-27 | 人气 600`),
buttons (`复制全文 下载文档`), advertisements (`每天仅需0.22元,尊享会员权益`), site footers
(`本文档由范文网【…】收集整理`), related-article lists and titles repeated by the page template
carry numbers that are not figures of the document.

`furniture_spans(text)` returns the character ranges of such lines and leaves the text intact,
so offsets into it stay valid; `strip_furniture(text)` blanks them with spaces (same length).
The rules are written for the language of such pages in general: each line rule is short-line
only (body paragraphs are long and end in 。), and carries examples of lines it must flag and
lines it must leave alone, which the tests run.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

import regex

from .lexicon.units import AREA_UNITS, COUNT_CLASSIFIERS, LENGTH_UNITS, MONEY_UNITS, alternation

_SENTENCE_END: Final = regex.compile(r"[。！？；!?;]")
_CJK: Final = regex.compile(r"\p{Han}")


@dataclass(frozen=True)
class LineRule:
    """A kind of furniture line, recognised from the line alone."""

    name: str
    check: Callable[[str], bool]
    furniture: tuple[str, ...]  # lines the rule must flag
    body: tuple[str, ...]  # lines of documents it must leave alone


LINE_RULES: dict[str, LineRule] = {}


def _line_rule(
    name: str, *, furniture: tuple[str, ...], body: tuple[str, ...]
) -> Callable[[Callable[[str], bool]], Callable[[str], bool]]:
    def register(check: Callable[[str], bool]) -> Callable[[str], bool]:
        LINE_RULES[name] = LineRule(name, check, furniture, body)
        return check

    return register


# ---------------------------------------------------------------------------------------------
# Breadcrumbs and link bars

_CRUMB_SEPARATOR: Final = regex.compile(r"\s*(?:>>|»|›|>|＞|→|/|\\)\s*")
_LINK_SEPARATOR: Final = regex.compile(r"\s*[|｜丨·•]\s*")
_HOME: Final = regex.compile(r"^\s*(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|位置)\s*[:：]")
_HOME_WORDS: Final = frozenset({"首页", "主页", "网站首页", "返回首页", "Home", "home"})


@_line_rule(
    "breadcrumb",
    furniture=(
        "首页 / 工作范文 / 工作总结范文 / 教学工作总结 / 全市教育工作总结",
        "学习啦 > 实用范文 > 致辞讲话 > 会议发言稿 > 全区教育工作会议讲话",
        "当前位置：首页 > 新闻中心",
        "首页 » 政策文件",
    ),
    body=(
        "小学/初中/高中入学率分别为99%/98%/95%",
        "2023/2024学年",
        "全市共有学校120所，其中小学80所。",
    ),
)
def breadcrumb(line: str) -> bool:
    if len(line) > 150 or _SENTENCE_END.search(line):
        return False
    if _HOME.match(line):
        return True
    segments = [segment for segment in _CRUMB_SEPARATOR.split(line.strip()) if segment]
    if len(segments) < 2 or any(len(segment) > 30 for segment in segments):
        return False
    if sum(any(character.isdigit() for character in segment) for segment in segments) > 1 or "%" in line:
        return False
    return len(segments) >= 3 or segments[0] in _HOME_WORDS


@_line_rule(
    "link_bar",
    furniture=("首页 | 关于我们 | 联系我们 | 网站地图", "政策文件 · 工作动态 · 通知公告"),
    body=("学校 | 学生 | 98%", "一、总体要求"),
)
def link_bar(line: str) -> bool:
    if len(line) > 120 or _SENTENCE_END.search(line) or any(character.isdigit() for character in line):
        return False
    segments = [segment for segment in _LINK_SEPARATOR.split(line.strip()) if segment]
    return len(segments) >= 3 and all(len(segment) <= 15 for segment in segments)


# ---------------------------------------------------------------------------------------------
# Upload dates, view counts, authors: `key: value` pairs of the page template

_STRONG_KEYS: Final = (
    "发布时间", "更新时间", "上传时间", "发表时间", "责任编辑", "浏览次数", "阅读次数", "点击数",
    "浏览量", "阅读量", "点击量", "浏览", "阅读", "人气", "点击", "热度", "评论", "点赞", "收藏",
    "分享", "下载", "更新", "上传", "发布", "发表", "投稿", "字数", "页数", "大小", "编辑", "作者",
    "来源", "文章来源", "信息来源", "供稿",
)  # fmt: skip
_CREDIT_KEYS: Final = frozenset({"责任编辑", "编辑", "作者", "来源", "文章来源", "信息来源", "供稿"})
_COLON_AFTER: Final = regex.compile(r"\s*[:：]")
_WEAK_KEYS: Final = ("时间", "日期")  # also in notices (时间：3月1日 地点：…), so never enough alone
_DATE: Final = r"\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
_NUMBER: Final = r"\d[\d,.]*\s*(?:次|人|KB|MB|K|M|页|字|万|w|W)?"
_META_PAIR: Final = regex.compile(
    rf"(?:^|(?<=[\s|｜丨·•【\[（(]))(?P<key>\L<strong>|\L<weak>)(?:次数|时间|日期|量|数)?"
    rf"\s*(?:[:：]\s*|\s+|(?=\d)|$)"
    rf"(?P<value>{_DATE}|{_NUMBER})?",
    strong=sorted(_STRONG_KEYS, key=len, reverse=True),
    weak=list(_WEAK_KEYS),
)
_LOOSE_VALUE: Final = regex.compile(rf"{_DATE}|{_NUMBER}|[|｜丨·•:：\s()（）【】\[\]\-—_]+")


@_line_rule(
    "meta_line",
    furniture=(
        "更新 2022-12-27  |   人气 600",
        "时间: 佩珊807 分享",
        "发布时间：2023-05-06 10:21  浏览次数：1532",
        "来源：市教育局 作者：办公室",
        "阅读 3268  点赞 12",
        "浏览次数：1532",
        "责任编辑：张三",
        "来源：市教育局",
        "下载次数：1563  收藏次数：27",
    ),
    body=(
        "时间：2025年3月1日上午9时  地点：市教育局三楼会议室",
        "三、分享经验，共同提高",
        "（二）发布2025年招生计划",
        "发布2025年招生计划",
        "全市浏览量最高的教育网站访问人数达12万人次。",
        "来源于一线的教学经验",
    ),
)
def meta_line(line: str) -> bool:
    if len(line) > 80 or _SENTENCE_END.search(line):
        return False
    pairs = list(_META_PAIR.finditer(line))
    strong = [pair for pair in pairs if pair["key"] not in _WEAK_KEYS]
    if not strong:
        return False
    with_value = [pair for pair in pairs if pair["value"]]
    if len(pairs) == 1 and not with_value:
        # 责任编辑：张三, 来源：市教育局 — a credit line alone: a key, a colon and a short name
        return (
            pairs[0]["key"] in _CREDIT_KEYS and bool(_COLON_AFTER.match(line, pairs[0].end("key"))) and len(line) <= 30
        )
    residue = _LOOSE_VALUE.sub("", _META_PAIR.sub("", line))
    # Two pairs may carry short free values (an author's name); one pair must stand alone.
    return len(residue) <= (8 * len(pairs) if len(pairs) >= 2 else 2)


# ---------------------------------------------------------------------------------------------
# Buttons, advertisements, site footers

# One of these in a short line marks it: they are the page's own words, not a document's.
_SITE_PHRASES: Final = (
    "复制全文", "下载文档", "点击下载", "立即下载", "免费下载", "文档下载", "下载本文", "下载到电脑",
    "阅读全文", "展开全文", "查看全文", "本文档由", "站内查找", "更多优质", "开通VIP", "开通会员",
    "会员权益", "VIP会员", "扫一扫", "扫码", "二维码", "关注公众号", "微信公众号", "返回顶部",
    "返回列表", "设为首页", "加入收藏", "网站地图", "上一篇", "下一篇", "版权所有", "Copyright",
    "All Rights Reserved", "ICP备", "公网安备", "打印本页", "关闭窗口", "【打印】", "【关闭】",
    "小编", "网友分享", "供您参考", "供你参考", "仅供参考", "希望对您有", "希望对你有",
    "希望对大家有", "希望有您喜欢", "希望您喜欢", "欢迎阅读", "欢迎借鉴", "欢迎下载", "本站",
    "转载请注明", "原文链接", "本文链接", "本文地址", "如有侵权", "侵权请联系", "联系删除",
    "免责声明", "文章来源于网络", "分享到", "字号：", "字体：", "点击查看", "查看更多", "展开阅读",
)  # fmt: skip
# Words of advertisements and site blurbs: three of them in a short line mark it.
_AD_WORDS: Final = (
    "免费", "使用", "范文", "试题", "资源", "作文", "文档", "会员", "VIP", "仅需", "只需", "尊享",
    "权益", "特权", "开通", "充值", "优惠", "限时", "下载", "打印", "编辑", "Word", "PDF",
    "课件", "教案", "模板", "套", "篇", "道",
)  # fmt: skip
_SITE: Final = regex.compile(r"\L<phrases>", phrases=list(_SITE_PHRASES), flags=regex.IGNORECASE)
# A notice sends its readers to a channel too (家长登录“某某教育”微信公众号填报信息, 扫描二维码查询
# 录取结果): a channel named with a step of the procedure it serves is the document's own text.
_CHANNELS: Final = frozenset({"微信公众号", "扫一扫", "扫码", "二维码"})
_PROCEDURE_STEP: Final = regex.compile(r"登录|登陆|填报|报名|提交|查询|缴费|申请|预约|上传|办理")
# Reading statistics the page adds: 全文共3250字，阅读大约需要8分钟
_READING: Final = regex.compile(r"全文(?:共|约)?\s*\d+\s*字|阅读(?:大约|约)?(?:需要?|用时)\s*\d+\s*分钟|预计阅读")
_AD: Final = regex.compile(r"\L<words>", words=sorted(_AD_WORDS, key=len, reverse=True))
_FILE_NAME: Final = regex.compile(r"\.(?:docx?|pdf|wps|txt|pptx?|xlsx?|rar|zip)\b", regex.IGNORECASE)
_DOMAIN: Final = regex.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:com|cn|net|org)\b", regex.IGNORECASE)


@_line_rule(
    "site_phrase",
    furniture=(
        "复制全文 下载文档",
        "将本文的Word文档下载到电脑,方便编辑和打印",
        "点击下载文档",
        "开通VIP",
        "本文档由范文网【dddot.com】收集整理，更多优质范文文档请移步dddot.com站内查找",
        "上一篇：关于做好2025年招生工作的通知",
        "Copyright © 2005-2024 xx教育网 版权所有 京ICP备12345678号",
        "下面就是小编给大家整理的工作总结,仅供参考。",
        "全文共3250字，阅读大约需要8分钟",
        "声明：本文转载请注明出处，如有侵权请联系删除。",
        "扫一扫，关注微信公众号，每天推送3篇范文",
        "扫码关注公众号，领取20份工作总结模板",
    ),
    body=(
        "2031年6月10日至6月16日，家长登录“某某教育”微信公众号填报信息。",
        "考生可扫描二维码查询录取结果，查询时间为7月5日至7月10日。",
        "新生须于8月28日前通过学校微信公众号提交材料，逾期3天视为放弃。",
        "全市中小学生全部享受免费教科书，受益学生12万人。",
        "（三）推进教育资源共享",
        "全年阅读推广活动共开展30场，参与学生1.2万人次。",
    ),
)
def site_phrase(line: str) -> bool:
    if len(line) > 120:
        return False
    if _READING.search(line) is not None:
        return True
    phrases = {found.group(0) for found in _SITE.finditer(line)}
    if phrases and phrases <= _CHANNELS and _PROCEDURE_STEP.search(line) is not None:
        return False  # 家长登录…微信公众号填报信息: the notice's own procedure
    return bool(phrases)


@_line_rule(
    "advertisement",
    furniture=(
        "500万道试题、20多万套资源、50多万篇作文、60多万篇范文免费使用",
        "每天仅需0.22元,尊享会员权益",
        "《全市教育工作总结.docx》",
        "更多范文请访问 www.example.com",
    ),
    body=(
        "全年共编写试题库1套，开发课程资源200余件。",
        "（四）加强试题资源建设",
        "全市免费提供教科书15万册",
    ),
)
def advertisement(line: str) -> bool:
    if len(line) > 80 or _SENTENCE_END.search(line):
        return False
    if _FILE_NAME.search(line) or _DOMAIN.search(line):
        return True
    return len(set(_AD.findall(line))) >= 3


@_line_rule(
    "bare_number",
    furniture=("1474740", "  20231205113  "),
    body=("2025", "98.67%", "一、"),
)
def bare_number(line: str) -> bool:
    # A line that is only a long run of digits: a page id or counter left by the scraper.
    stripped = line.strip()
    return len(stripped) >= 5 and stripped.isascii() and stripped.isdigit()


@_line_rule(
    "truncated_link",
    furniture=("·全省教育工作会议在长沙召开…", "• 我市新增公办幼儿园12所...", "·教育时评:“双减”一年…"),
    body=("·全市新增公办幼儿园12所。", "（一）新增学位3000个……", "·继续实施“两免一补”政策"),
)
def truncated_link(line: str) -> bool:
    # A related-article link: a bullet, a title cut short by the page with an ellipsis.
    stripped = line.strip()
    return len(stripped) <= 60 and stripped[:1] in "·•" and stripped.endswith(("…", "...")) and "。" not in stripped


@_line_rule(
    "dated_link",
    furniture=(
        "·全县教育系统召开2031年安全工作会议　03-12",
        "• 我市新增公办幼儿园12所 [2031-09-01]",
        "◆教育局开展送教下乡活动  2031/05/20",
    ),
    body=("·全市新增公办幼儿园12所。", "·9月1日，全县中小学开学", "·2031年，全县新建学校3所，投入资金1.2亿元"),
)
def dated_link(line: str) -> bool:
    # A related-article link: a bullet, a short title, and its posting date at the end of the line.
    stripped = line.strip()
    if len(stripped) > 60 or stripped[:1] not in "·•◆◇▪►●○■□-" or _SENTENCE_END.search(stripped):
        return False
    return "，" not in stripped and _POSTING_DATE_AT_END.search(stripped) is not None


_POSTING_DATE_AT_END: Final = regex.compile(
    r"[\s\u3000]+[\[【(（]?(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}[\]】)）]?$"
)


@_line_rule(
    "page_number",
    furniture=("— 3 —", "- 12 -", "·5·", "第 3 页", "3 / 12"),
    body=("2025", "一、", "3—5年"),
)
def page_number(line: str) -> bool:
    # The folio a PDF conversion leaves between pages.
    return _FOLIO.fullmatch(line.strip()) is not None


@_line_rule(
    "folio_with_running_title",
    furniture=(
        "·169·        东川年鉴·2031",
        "东川年鉴·2031        ·170·",
        "- 12 -  青山县教育局工作报告",
        "— 7 —    2031年教育统计公报",
    ),
    body=("·5· 全县新建学校3所", "- 12 -  全县共有学校120所，其中小学80所。", "2031年教育统计公报"),
)
def folio_with_running_title(line: str) -> bool:
    # A PDF page's folio beside the book's or the report's running title, at a page break.
    stripped = line.strip()
    if len(stripped) > _RUNNING_TITLE_MAX or _SENTENCE_END.search(stripped) or "，" in stripped:
        return False
    found = _FOLIO_BESIDE.fullmatch(stripped)
    return found is not None and not _FIGURE_WORDS.search(found.group("title"))


_RUNNING_TITLE_MAX: Final = 60
_FOLIO_BESIDE: Final = regex.compile(
    r"(?:[—\-–·]\s*\d{1,4}\s*[—\-–·])\s{2,}(?P<title>\S.*)|(?P<title>.*\S)\s{2,}(?:[—\-–·]\s*\d{1,4}\s*[—\-–·])"
)
# A title names a book, a report or an office; a line of the body counts things in it.
_FIGURE_WORDS: Final = regex.compile(r"\d\s*(?:所|人|名|个|元|万|亿|%|项)|新建|共有|全县|全市|全区")


_FOLIO: Final = regex.compile(r"[—\-–·]\s*\d{1,4}\s*[—\-–·]|第\s*\d{1,4}\s*页|\d{1,4}\s*/\s*\d{1,4}")
_PAGER_WORD: Final = regex.compile(r"上一页|下一页|尾页|末页|共\s*\d+\s*页|第\s*\d+\s*页")
_PAGER: Final = regex.compile(r"上一页|下一页|首页|尾页|末页|共\s*\d+\s*页|第\s*\d+\s*页|\d+|[|｜/\s…»«<>\[\]【】]+")


@_line_rule(
    "pagination",
    furniture=("上一页 1 2 3 下一页 尾页", "第1页 / 共5页", "共 3 页 首页 上一页 下一页 末页"),
    body=("全书共5页", "第3页中的数据显示入学率为98%"),
)
def pagination(line: str) -> bool:
    if len(line) > 80 or not _PAGER_WORD.search(line):
        return False
    return not _PAGER.sub("", line).strip()


# ---------------------------------------------------------------------------------------------
# Rules that need the lines around: repeated titles, related-article lists

_HEAD_LINES: Final = 30  # the page template repeats the title near the top only
_TITLE_MAX: Final = 50
_RELATED_HEADER: Final = regex.compile(
    r"与.{1,40}相关的?(?:范文|文章|文档|内容|资料|阅读)|相关(?:范文|文章|推荐|阅读|文档|资料|内容|链接|专题|新闻|报道)"
    r"|推荐(?:阅读|文章|范文|内容)|猜你喜欢|热门(?:文章|推荐|范文|阅读|标签)|延伸阅读|精彩推荐|最新(?:文章|范文)"
    r"|你可能(?:还)?(?:喜欢|感兴趣)|您可能(?:还)?(?:喜欢|感兴趣)|更多(?:相关)?(?:文章|范文|内容)"
)
_RELATED_LIST_MAX: Final = 30  # lines after the header
_RELATED_ITEM_MAX: Final = 400  # characters: a list of titles on one line can be long
# A numbered heading (一、 （二） 3.) after a list is the document going on, not another title.
_HEADING: Final = regex.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))"
)
# A part or chapter heading (第二部分 2024年部门预算情况说明, 第三章): a contents list at the top
# repeats each one, so it recurs, but it is the document's outline, never a running header.
_PART_HEADING: Final = regex.compile(r"^第[一二三四五六七八九十\d]+(?:部分|章|节|篇)|^[一二三四五六七八九十]+、")


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    start = 0
    length = len(text)
    while start <= length:
        end = text.find("\n", start)
        end = length if end < 0 else end
        content_end = end - 1 if end > start and text[end - 1] == "\r" else end
        yield start, content_end
        start = end + 1


def _heads_a_table(text: str, end: int, line: str) -> bool:
    """Whether the next non-blank line after `line` (ending at `end`) is a table row with as
    many `|` cells as `line` and figures in them: then `line` is the table's header."""
    cells = line.count("|")
    following = text[end : end + 400].lstrip("\r\n \t\u3000").split("\n", 1)[0]
    if cells < 2:
        # a header copied with one blank between cells (学年 2021/22 2022/23 2023/24), repeated
        # over each table of a reply, heads a row of as many blank-separated cells
        width = line.count(" ")
        return (
            width >= 2
            and "|" not in line
            and not _SENTENCE_END.search(line)
            and following.count(" ") == width
            and "|" not in following
            and any(character.isdigit() for character in following.split(" ", 1)[-1])
        )
    return following.count("|") == cells and any(character.isdigit() for character in following)


def _is_line_furniture(line: str) -> bool:
    if not line.strip() or len(line) > 150:  # rules only look at short lines; skip long ones fast
        return False
    if "&" in line:
        line = html.unescape(line)  # a scraped copy keeps &nbsp; between the fields of a meta line
    return any(rule.check(line) for rule in LINE_RULES.values())


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges `(start, end)` of the furniture lines of `text`, in order.

    Each range covers one whole line without its line break; `text` itself is not changed, so
    a figure at `[s, e)` is furniture when a range contains it (see `Furniture.covers`).
    """
    spans: list[tuple[int, int]] = []
    head_lines: set[str] = set()
    running = _running_lines(text)
    nonempty_seen = 0
    related_left = related_items = 0
    for start, end in _lines(text):
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            if related_items:  # a blank line after list items ends the list
                related_left = related_items = 0
            continue
        nonempty_seen += 1
        furniture = _is_line_furniture(line) or "".join(stripped.split()) in running
        if furniture and _heads_a_table(text, end, stripped):
            furniture = False  # 项目 | 预算数 | 决算数 over 教育支出 | 5200 | 4980: a table's header
        if furniture and stripped.isdigit() and _UNIT_NEXT_LINE.match(text, end):
            furniture = False  # 14529⏎人次: a number a PDF broke from its unit, not a page id
        if related_left:
            if len(line) <= _RELATED_ITEM_MAX and not _SENTENCE_END.search(line) and not _HEADING.match(line):
                furniture = True
                related_left -= 1
                related_items += 1
            else:
                related_left = related_items = 0
        if len(line) <= 50 and not _SENTENCE_END.search(line) and _RELATED_HEADER.search(line):
            furniture, related_left, related_items = True, _RELATED_LIST_MAX, 0
        if nonempty_seen <= _HEAD_LINES and len(stripped) <= _TITLE_MAX and not _SENTENCE_END.search(stripped):
            key = "".join(stripped.split())
            if (
                key in head_lines
                and _CJK.search(key)
                and not _UNIT_DECLARATION_LINE.match(key)
                and not _PART_HEADING.match(key)
                and not _heads_a_table(text, end, stripped)
            ):
                furniture = True  # a title the page template repeats
            head_lines.add(key)
        if furniture:
            spans.append((start, end))
    return _with_title_copies(text, spans)


# The line after a number that stands alone: it opens with the number's unit.
_UNIT_NEXT_LINE: Final = regex.compile(
    r"\r?\n[ \t]*(?:[万亿%‰]|\L<units>)",
    units=alternation([*COUNT_CLASSIFIERS, *MONEY_UNITS, *AREA_UNITS, *LENGTH_UNITS, "个百分点", "年"]),
)

# A document-sharing site names the file at the top (《2023年工作总结.docx》由会员分享…, or the
# file name alone on a line) and pastes that name again before the body: the copies belong to
# the page, not to the text, even where the body runs on after them on the same line.
_FILE_TITLE: Final = regex.compile(
    r"《(?P<name>[^《》\n]{6,80}?)\.(?:docx?|pdf|wps|txt|pptx?)》"
    r"|^[ \t]*(?P<name>[^《》\n]{6,80}?)\.(?:docx?|pdf|wps)[ \t]*$",
    regex.MULTILINE | regex.IGNORECASE,
)
# Every _FILE_TITLE match holds one of these extensions.
_EXTENSION: Final = regex.compile(r"\.(?:docx?|pdf|wps|txt|pptx?)", regex.IGNORECASE)
_TITLE_COPY_REACH: Final = 3000  # characters at the top of the page where the template puts its copies


def _with_title_copies(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    head = text[:_TITLE_COPY_REACH]
    if not _EXTENSION.search(head):
        return spans  # no file name at the top (most texts): a literal scan, not _FILE_TITLE's
    names = {found.group("name").strip() for found in _FILE_TITLE.finditer(head)}
    if not names:
        return spans
    starts = [start for start, _ in spans]
    copies: list[tuple[int, int]] = []
    for name in names:
        position = head.find(name)
        while position >= 0:
            end = position + len(name)
            index = bisect.bisect_right(starts, position) - 1
            if index < 0 or spans[index][1] < end:  # not inside a furniture line already
                copies.append((position, end))
            position = head.find(name, end)
    return sorted(spans + copies) if copies else spans


_TOP_LINES: Final = 3  # the title stands here; a line repeated lower down is a running header or footer
_RUNNING_MAX: Final = 50
# A line that declares a table's unit (单位：万元, 金额单位：亿元) recurs above each table of a budget
# or a yearbook: it belongs to the tables, never to the page.
_UNIT_DECLARATION_LINE: Final = regex.compile(r"^[（(]?(?:金额|计量|数量)?单位\s*[:：]")


def _running_lines(text: str) -> set[str]:
    """Short lines that recur below the top of the document: running headers and footers of a
    PDF conversion (`**市教育局发布　2017年教育统计公报` on every page)."""
    seen: dict[str, int] = {}
    top: set[str] = set()
    nonempty = 0
    for start, end in _lines(text):
        stripped = text[start:end].strip()
        if not stripped:
            continue
        nonempty += 1
        if len(stripped) > _RUNNING_MAX or _SENTENCE_END.search(stripped):
            continue
        key = "".join(stripped.split())
        if _UNIT_DECLARATION_LINE.match(key) or _PART_HEADING.match(key):
            continue
        if nonempty <= _TOP_LINES:
            top.add(key)
        seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count >= 2 and key not in top and _CJK.search(key)}


def strip_furniture(text: str) -> str:
    """`text` with its furniture lines blanked by spaces: same length, offsets unchanged."""
    if not text:
        return text
    pieces: list[str] = []
    position = 0
    for start, end in furniture_spans(text):
        pieces.append(text[position:start])
        pieces.append(" " * (end - start))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


class Furniture:
    """The furniture ranges of one text, searchable by offset."""

    def __init__(self, text: str) -> None:
        self.spans = furniture_spans(text)
        self._starts = [start for start, _ in self.spans]

    def covers(self, start: int, end: int) -> bool:
        """True when `[start, end)` lies inside a furniture line."""
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and self.spans[index][0] <= start and end <= self.spans[index][1]
