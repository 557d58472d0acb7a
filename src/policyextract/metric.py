"""Metric: the phrase naming what a figure measures (小学适龄儿童入学率, 新建镇办中心幼儿园).

The metric is read from the figure's own clause: the words before it, stripped of time,
place, link verbs and comparators, and — for counts and money — the noun counted after the
classifier. A clause with no subject of its own shares the previous figure's (辍学率为1.25%
after 入学率为98.67% has its own; 增长21.67% after 招生46608人 shares 普通高中招生). A 分别 list
(小学和初中毕业升学率分别为101.81%和50.16%) hands one metric to each figure in turn.
"""

from __future__ import annotations

import regex

from .context import FigureContext
from .lexicon.cues import CHANGE_VERBS
from .lexicon.markers import PREFIX_BOUNDS, RANK_CUES, RATE_LINKS
from .lexicon.stages import STAGE_WORDS
from .lexicon.units import alternation

_LEADING_NOISE = regex.compile(
    r"""
    ^(?:
        其中 | 同时 | 另外 | 此外 | 并且 | 并 | 而且 | 特别是 | 尤其是 | 目前 | 截至目前 | 当前 | 现在
      | 我们 | 我们还 | 我们将 | 我局 | 我委 | 按计划 | 按照计划 | 力争 | 争取 | 确保 | 要 | 将
      | 全[市区县省国镇乡] | 我[市区县省镇乡] | 本[市区县] | 今年 | 去年 | 明年 | 上年 | 全年 | 上半年 | 下半年
      | (?:19|20)[0-9x]{2}年(?:度)? | 到 | 至 | 在(?=(?:19|20)[0-9x]{2}年) | 共 | 累计
      | 已经 | 已 | 有 | 还有 | 尚有 | 共有 | 现有 | 、
      | 一年来 | 近年来 | 多年来 | 每年 | 的 | 了 | 和 | 及 | 与 | 等 | 还 | 又 | 也 | 都 | 均
    )+
    """,
    regex.VERBOSE,
)
_TRAILING_LINKS = regex.compile(
    r"(?:\L<links>|\L<bounds>|\L<changes>|比上年|比去年|较上年|同比|分别|共计|合计|总计|共|累计|了|的|约|近|有|占|仅|只有|已|将|要|再|又|还|也|就|比例|平均比例|和|、|及|与|到|至|力争|争取|确保|努力|计划|预计)+$",
    links=alternation(RATE_LINKS),
    bounds=alternation(PREFIX_BOUNDS),
    changes=alternation(CHANGE_VERBS),
)
# Time expressions and spans inside a subject say when, not what: 按照“2021—2023年”三年内全市.
_TIME_WORDS = regex.compile(
    r"(?:按照|根据|通过|在|于|到|至)?[“\"]?(?:(?:19|20)[0-9x]{2}年(?:度|底|末|初)?[—-]*){1,2}[”\"]?"
    r"|[一二两三四五六七八九十0-9]+(?:个)?(?:年|月|天)(?:内|来|以来|之内|间)"
)
# A subject and its verb of possession before what is counted: 五镇尚有欠款 → 欠款.
_POSSESSOR = regex.compile(r"^[^有]{1,6}?(?:尚有|共有|现有|还有|仍有|有)(?=..)")
_COMPARISON = regex.compile(
    r"(?:比|较)(?:上年|去年|上一年|年初|[0-9x]{4}年)(?:同期)?|(?:由|从)(?:上年|去年|上一年|年初|[0-9x]{4}年)?的?$"
)
_STAGE = regex.compile(r"\L<stages>", stages=alternation(STAGE_WORDS))
_STAGE_AT_END = regex.compile(r"(?P<rest>.+?)(?P<stage>\L<stages>)$", stages=alternation(STAGE_WORDS))
_LIST_OF_STAGES = regex.compile(
    r"^(?P<stages>(?:\L<stages>)(?:(?:和|与|及|、)(?:\L<stages>))+)(?P<rest>.+)$", stages=alternation(STAGE_WORDS)
)
_NOUN_END = regex.compile(r"[,，。;；:：!！?？()（）\n0-9]|第(?=[0-9一二三四五六七八九十])")
# A 、 before the next numbered item ends the noun (一次深度谈心、一次家访).
_COUNTED_NOUN_STOP = regex.compile(r"、(?=[0-9一二两三四五六七八九十百千])|并|以便|以及|用于|使得|使之|让|等")
# A modifier that opens with a verb (具有…的, 适应…的) leaves the head noun as what is counted.
_VERB_MODIFIER = regex.compile(r"具有|具备|适应|符合|满足|达到|体现|面向|服务|承担|拥有|能够|可以|可")
_NOUN_REACH = 40
_STARTS_WITH_CHANGE = regex.compile(r"(?:\L<changes>|到|至)", changes=alternation(CHANGE_VERBS))
_MAX_NOUN = 16
_COUNTED_KINDS = frozenset({"count", "money", "area", "length"})
_LAST_CHANGE_VERB = regex.compile(
    r"(?:\L<changes>|比(?!例|重)|较)(?!.*(?:\L<changes>|比(?!例|重)|较))", changes=alternation(CHANGE_VERBS)
)
# 单位中位居 → 单位; but 排名 in 综合排名 names the ranking and stays.
_RANK_TAIL = regex.compile(
    r"(?:(?:中|里|内)(?:排名|\L<cues>)?|\L<cues>)$", cues=[cue for cue in alternation(RANK_CUES) if cue != "排名"]
)
_GENERIC_RANK_SUBJECT = 3  # characters: 单位中位居 → 单位 names nothing
# Nouns that take the stage of the sentence's previous metric when they have none.
_STAGE_FREE_NOUNS = frozenset({"在校生", "招生", "毕业生", "专任教师", "教职工", "学校", "在园幼儿"})
_MAX_METRIC = 24
_ROW_LABEL = regex.compile(r"(?P<label>[^\n|（(]{1,40})[（(]")
_MAX_LIST_ITEMS = 6
_MAX_ITEM = 4
_WIDE_CLAUSE = regex.compile(r"[,，;；:：。!！?？\n]")
_MIN_SUBJECT = 2

EXAMPLES: list[tuple[str, str, str]] = [
    ("全市小学适龄儿童入学率为98.67%,辍学率为1.25%", "98.67%", "小学适龄儿童入学率"),
    ("全市小学适龄儿童入学率为98.67%,辍学率为1.25%", "1.25%", "辍学率"),
    ("普通高中招生46608人,比上年增加8301人,增长21.67%", "21.67%", "普通高中招生"),
    ("小学和初中毕业升学率分别为101.81%和50.16%", "101.81%", "小学毕业升学率"),
    ("小学和初中毕业升学率分别为101.81%和50.16%", "50.16%", "初中毕业升学率"),
    ("全市专任教师学历合格率小学98.7%、初中94.2%", "94.2%", "初中专任教师学历合格率"),
    ("在20xx年新建一所高标准示范性幼儿园", "一所", "新建高标准示范性幼儿园"),
    ("目前,五镇尚有欠款491.6万元", "491.6万元", "欠款"),
    ("职普比为3.1:6.9", "3.1:6.9", "职普比"),
    ("全县共有中小学校156所,其中高中3所,初中15所", "15所", "初中学校"),
]


def decide_metric(context: FigureContext, role: str = "level") -> tuple[str | None, tuple[str, ...], str]:
    """(metric, metrics still to hand out in a 分别 list, why)."""
    kind = context.candidate.kind
    if kind in {"date", "duration"}:
        return None, (), "dates and durations have no metric"
    if context.candidate.rule == "table_cell":
        line_start = context.text.rfind("\n", 0, context.candidate.start) + 1
        label = _ROW_LABEL.match(context.text, line_start)
        if label:
            return label.group("label").strip(), (), "the label of its table row"
    previous = next((meaning for meaning in reversed(context.previous) if meaning.metric), None)
    clause_left = context.clause_left
    wide_left = _WIDE_CLAUSE.split(context.text[max(context.sentence.start, context.floor) : context.candidate.start])[
        -1
    ]
    if "分别" in wide_left:
        clause_left = wide_left  # 小学、初中入学率分别为…: the enumeration belongs to the subject
    if role == "change":
        # 比上年增加8301人, 高出市内四区平均比例3.56个百分点: the subject stands before the verb.
        verb = _LAST_CHANGE_VERB.search(clause_left)
        clause_left = clause_left[: verb.start()] if verb else clause_left
    subject = _subject(clause_left)
    if kind == "rank":
        subject = _RANK_TAIL.sub("", subject)
        if len(subject) <= _GENERIC_RANK_SUBJECT and previous:
            return previous.metric, (), "a rank among the units counted just before"
    if previous and previous.metric_list and len(subject) < _MIN_SUBJECT:
        return previous.metric_list[0], previous.metric_list[1:], "next item of a 分别 list"
    if "分别" in clause_left:
        metrics = _distribute(subject)
        if metrics:
            return metrics[0], metrics[1:], "分别 list over the subject's enumeration"
    if previous and previous.metric and _is_bare_stage(subject):
        return _restage(previous.metric, subject), (), "stage enumeration sharing the previous metric"
    counted = _counted_noun(context) if kind in _COUNTED_KINDS else ""
    staged = _STAGE_AT_END.match(subject)
    if staged and "率" in staged.group("rest"):
        subject = staged.group("stage") + staged.group("rest")  # 合格率小学 → 小学合格率
    if previous and previous.metric and subject in _STAGE_FREE_NOUNS:
        stage = _STAGE.match(previous.metric)
        if stage:
            subject = stage.group(0) + subject  # 中职招生…,在校生46268人 → 中职在校生
    phrase = (subject + counted)[-_MAX_METRIC:]
    if len(phrase) >= _MIN_SUBJECT:
        return phrase, (), "own clause"
    if previous and previous.metric:
        return previous.metric, (), "shared subject of the sentence"
    if kind in {"percentage", "percentage_point"}:
        noun = _counted_noun(context)  # 全市80的学校达到…: the share's noun follows it
        if len(noun) >= _MIN_SUBJECT:
            return noun[-_MAX_METRIC:], (), "the noun after a share"
    return (phrase or None), (), "own clause (short)"


def _distribute(subject: str) -> tuple[str, ...]:
    """小学和初中毕业升学率 → (小学毕业升学率, 初中毕业升学率); 文科、理科本科上线率 → two."""
    listed = _LIST_OF_STAGES.match(subject)
    if listed:
        stages = regex.split(r"和|与|及|、", listed.group("stages"))
        return tuple(stage + listed.group("rest") for stage in stages)
    parts = regex.split(r"和|与|及|、", subject)
    if len(parts) < 2 or len(parts) > _MAX_LIST_ITEMS:
        return ()
    width = len(parts[0])
    last = parts[-1]
    heads = parts[:-1]
    if width > _MAX_ITEM or any(len(part) != width for part in heads) or len(last) <= width:
        return ()
    if last[width - 1] != parts[0][-1]:
        return ()  # 文科、理科…: items of one shape (same length, same last character)
    rest = last[width:]
    return tuple(item + rest for item in [*heads, last[:width]])


def _subject(clause_left: str) -> str:
    text = _COMPARISON.sub("", clause_left.strip())
    text = _TIME_WORDS.sub("", text).strip(' (（“”"')
    for _ in range(3):
        stripped = _TRAILING_LINKS.sub("", _LEADING_NOISE.sub("", text))
        if stripped == text:
            break
        text = stripped
    text = _POSSESSOR.sub("", text)
    return text.strip(" “”\"'《》")


def _counted_noun(context: FigureContext) -> str:
    """What a count or amount counts: the words after it, up to the clause's end; of a long
    modifier (一所具有一定规模的普通高中) the head noun after the last 的."""
    right = context.text[context.candidate.end : context.candidate.end + _NOUN_REACH]
    stop = _NOUN_END.search(right)
    noun = right[: stop.start()] if stop else right
    if noun[:1] == "、" or _STARTS_WITH_CHANGE.match(noun):
        return ""  # 2所、市级标准化学校7所 / 1.05万人增加到…: what follows is the next item or a verb
    noun = noun.removeprefix("的")
    if "、" in noun and "的" not in noun.split("、", 1)[1]:
        noun = noun.split("、", 1)[0]  # 2所、市级标准化学校7所: the list goes on with the next item
    cut = _COUNTED_NOUN_STOP.search(noun)
    noun = noun[: cut.start()] if cut and cut.start() >= _MIN_SUBJECT else noun
    modifier, _, head = noun.rpartition("的")
    if modifier and head and _VERB_MODIFIER.match(modifier):
        noun = head  # 一所具有一定规模的普通高中 → 普通高中
    return noun[:_MAX_NOUN]


def _is_bare_stage(subject: str) -> bool:
    return bool(subject) and _STAGE.fullmatch(subject) is not None


def _restage(metric: str, stage: str) -> str:
    """中小学校 with 高中 → 高中学校; 专任教师学历合格率 with 初中 → 初中专任教师学历合格率."""
    found = _STAGE.match(metric)
    rest = metric[found.end() :] if found else metric
    if rest.startswith("校") and not stage.endswith("学"):
        rest = "学" + rest  # 中小学|校: the 学 belonged to the stage word
    return stage + rest
