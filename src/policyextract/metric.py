"""Metric: the phrase naming what a figure measures (小学适龄儿童入学率, 新建镇办中心幼儿园).

The metric is read from the figure's own clause: the words before it, stripped of time,
place, link verbs and comparators, and — for counts and money — the noun counted after the
classifier. A clause with no subject of its own shares the previous figure's (辍学率为1.25%
after 入学率为98.67% has its own; 增长21.67% after 招生46608人 shares 普通高中招生). A 分别 list
(小学和初中毕业升学率分别为101.81%和50.16%) hands one metric to each figure in turn.

What the clause leaves unsaid comes from the sentence: the owner of an attribute (普通小学144所,
招生8414人 → 普通小学招生), the whole of a 其中 part (招生人数…,其中本科5422人 → 本科招生人数),
the topic clause (第三幼儿园项目,占地面积… ; 随迁子女在校生中,在小学就读的有…), the subject of a
share (债务34.4亿元,占债务总额的44% → 债务占债务总额). A number alone on its line (a PDF break)
takes the phrase on the lines before it. (A traditional text is read in its simplified copy;
the pipeline gives the metric back in the document's own characters.)

Measured and not adopted: trimming the subject to its trailing noun phrase with a POS segmenter
(jieba, rjieba, thulac) lowered metric accuracy on all three corpora (docs/meaning.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final, NamedTuple

import regex

from .context import LOOK_BACK, FigureContext, Meaning, table_lines_above
from .lexicon.cues import (
    ALLOTTING_VERBS,
    CHANGE_VERBS,
    EARLIER_TIME,
    FUND_MOVING_VERBS,
    FUND_NOUNS,
    FUND_PLANNING_VERBS,
    PLAN_HEADING_VERBS,
)
from .lexicon.markers import (
    ANAPHORIC_MEASURES,
    PREFIX_BOUNDS,
    RANK_CUES,
    RATE_LINKS,
    RATIO_NOUNS,
    RATIO_PLACE_CLOSERS,
    RATIO_PLACE_OPENERS,
    STANDARD_COMPARATORS,
)
from .lexicon.metric_words import (
    ACCOUNT_LINES,
    AMONG_OWNERS,
    ATTRIBUTE_HEADS,
    BARE_AMOUNT_WORDS,
    CHANGE_COLUMNS,
    CHANGE_NOUNS,
    COUNT_COLUMN_ENDINGS,
    COUNTED_ENTITIES,
    COUNTED_NOUN_NEEDS,
    ENTITY_VERBS,
    EVENT_TOPIC_ENDS,
    EVENT_VERBS,
    HANDLING_VERBS,
    HEADING_MEASURE_TAILS,
    LIGHT_VERB_ADVERBS,
    LIGHT_VERBS,
    LIST_ONLY_STAGES,
    MANNER_ADVERBS,
    MEASURE_ENDINGS,
    NAMING_CLASSIFIERS,
    OWNER_HEADS,
    PAID_AT_RATE_HEADS,
    PAYER_ENDS,
    PAYER_PLACES,
    PEOPLE_NOUNS,
    PER_UNIT_WORDS,
    PERSON_ENDS,
    PERSON_HEADS,
    PLACE_QUALIFIERS,
    PROGRESS_VERBS,
    RATE_APPLYING_VERBS,
    SCHOOL_TYPES,
    SCOPE_WORDS,
    SETTLING_VERBS,
    SHARE_COLUMNS,
    STAFFING_VERBS,
    STANDARD_COLUMNS,
    STATE_CHANGES,
    STATE_HOLDERS,
    STATE_MARKERS,
    TABLE_ROW_SETS,
    TABLE_TITLE_ENDINGS,
    TABLE_TITLES_OF_MANY,
    TOPIC_HEADS,
    TOPIC_VERBS,
    TOTAL_ROWS,
    UNIT_ENDS,
)
from .lexicon.stages import SCHOOL_SUBJECTS, SIBLING_SCHOOL_KINDS, STAGE_WORDS
from .lexicon.units import alternation
from .outline import Outline


class _AtEnd:
    """A pattern that ends with a word of a list and `$` ((?:\\L<heads>)$): run only when the text
    ends with one of the words, which a few set look-ups tell. regex tries the list at every
    position of the text (2–10 µs a call, several calls a figure), and most texts end with none.
    The test is only a necessary condition: when it passes, the pattern itself decides."""

    def __init__(self, pattern: regex.Pattern[str], words: Iterable[str]) -> None:
        self.pattern = pattern
        self.words = frozenset(words)
        if "" in self.words or any(word.endswith("\n") for word in self.words):
            raise ValueError("an empty word matches every text, and a word ends before a line break: no test to make")
        self._lengths = sorted({len(word) for word in self.words}, reverse=True)
        self._last = frozenset(word[-1] for word in self.words)

    def _may_match(self, text: str) -> bool:
        last = text[-1:]
        if last not in self._last:  # most texts end with no word's last character: one look-up
            if last != "\n":
                return False
            text = text[:-1]  # `$` also matches before a final newline
        size = len(text)
        for length in self._lengths:  # noqa: SIM110 (a loop: any() over a generator costs more)
            if length <= size and text[size - length :] in self.words:
                return True
        return False

    def search(self, text: str) -> regex.Match[str] | None:
        return self.pattern.search(text) if self._may_match(text) else None

    def match(self, text: str) -> regex.Match[str] | None:
        return self.pattern.match(text) if self._may_match(text) else None

    def fullmatch(self, text: str) -> regex.Match[str] | None:
        return self.pattern.fullmatch(text) if self._may_match(text) else None


_LEADING_NOISE: Final = regex.compile(
    r"""
    ^(?:
        其中 | 同时 | 另外 | 此外 | 并且 | 并 | 而且 | 特别是 | 尤其是 | 目前 | 截至目前 | 当前 | 现在 | 预计
      | 具体分为 | 具体分 | 分为 | 具体为
      | 我们 | 我们还 | 我们将 | 我局 | 我委 | 按计划 | 按照计划 | 力争 | 争取 | 确保 | 要求 | 要 | 将 | 把 | “
      | 全[市区县省国镇乡] | 我[市区县省镇乡] | 本[市区县] | 今年 | 去年 | 明年 | 上年
      | 全年 | 上半年 | 下半年
      | (?:19|20)[0-9xX]{2}年(?:度)? | 到 | 至 | 在(?=(?:19|20)[0-9xX]{2}年) | 共
      | 已经 | 已 | 有 | 还有 | 尚有 | 共有 | 现有 | 、 | 一共 | 总共
      | 但是 | 但 | 仍然 | 仍 | 却 | 然而 | 不过                                # 但仍比全市低0.9个百分点
      | 一年来 | 近年来 | 多年来 | 每年 | 的 | 了 | 和 | 及 | 与 | 等 | 还 | 又 | 也 | 都 | 均 | 再(?=新|建|增|招|投)
      | 控制在 | 保持在 | 稳定在 | 维持在 | 用于                                # 控制在省定1%以内
      | (?:逐步|进一步|稳步|逐年)(?=将|把)                                     # 逐步将补助标准提高到…
      # with whom or by what the work was done (联合公安等部门开展专项检查): the doing is the measure
      | (?:联合|会同|协同|依托|借助)[^，,。；;]{1,16}?(?=开展|组织|开办|举办|实施|设立|成立)
      | (?:低于|高于|不低于|不高于|超过)?(?:省|市|县|国家)(?:定|规定|标准)(?:的)?   # 均低于国家规定的
      | [(（]?[0-9一二三四五六七八九十]{1,2}[)）] | [0-9]{1,2}[、.．]             # （2）争取…, 6、特殊…
      | [)）]                                  # 制造业（28.4%）和教育（7.6%）: the bracket before closes
      | [一二三四五六七八九十]是(?=\p{Han}{2}|$)                               # 三是招聘教师…: a list item
    )+
    """,
    regex.VERBOSE,
)
_TRAILING_LINKS: Final = regex.compile(
    r"(?:\L<links>|\L<bounds>|\L<changes>|比上年|比去年|较上年|同比|分别|共计|(?<!\L<accounts>)(?:合计|总计)|一共|总共|共|累计"
    r"|了|的|约|近|有|占"
    r"|仅|只有|已|将|要|再|又|另|还|也|就|和|、|及|与|到|至|力争|争取|确保|努力|计划|预计"
    r"|原则上|大体上?|基本上|大致|总体上"  # 职普比大体(保持在5:5): how firmly, not what
    r"|(?<=\p{Han}[、和及与]\p{Han}{1,6})各"  # 语文、数学、英语各(120分): each of the list, not a word
    r"|编列|每[生人校班户]每(?:年|月|天|日|周|学期|学年)|每年|年均|年平均|平均|首次|首度|再次|再度|一举|\L<states>"
    r"|下达"  # 专项资金下达1260万元: the funds handed down (not 下, with its 达 read as a link)
    # a currency written before its amount (每班津贴为澳门元107万元, 投入新台币3亿元) names no quantity
    r"|人民币|新台币|台币|港币|澳门元|澳门币)+$",
    links=alternation(RATE_LINKS),
    bounds=alternation(PREFIX_BOUNDS),
    states=alternation(STATE_CHANGES),
    changes=alternation([*CHANGE_VERBS, "比上年", "较上年", "分别", "共计", "累计", "计划", "预计"]),
    accounts=alternation(ACCOUNT_LINES),
)
# Time expressions and spans inside a subject say when, not what: 按照“2021—2023年”三年内全市.
_TIME_WORDS: Final = regex.compile(
    # (自2021年起, 2019年以来: the frame of a time goes with it)
    r"(?:按照|根据|通过|在|于|到|至|自)?[“\"]?(?:(?:(?:19|20)[0-9xX]{2}|[xX*]{4})年(?:度|底|末|初)?"
    r"(?:以前|之前|前|以来|起(?![步草点飞]))?[—\-至到]*){1,2}[”\"]?"
    r"|[一二两三四五六七八九十0-9]+(?:个)?(?:年|月|天)(?:内|来|以来|之内|间)|连续[一二两三四五六七八九十0-9]+年"
    r"|[一二三四五六七八九〇零]{2,4}(?:至[一二三四五六七八九〇零]{2,4})?(?:学年度|年度|学年|年)"
    # school and financial years (2023/24学年, 2022-23年度) and Republic years (112学年度, 112年)
    r"|(?:在|于)?(?:19|20)[0-9]{2}[/\-—–](?:19|20)?[0-9]{2}(?:学年度|学年|财政年度|年度)?"
    r"|(?:在|于)?(?<![0-9])1[0-4][0-9](?:学年度|学年|年度|年(?=[^0-9]))|本学年度?|本年度|上学年度?|本学期"
    r"|(?:本年|今年|去年|明年)?(?:春|秋)季学期(?:起|以来)?|[上下]学期"  # 今年春季学期(提高到97.3%): a term says when
    r"|(?:19|20)[0-9]{2}届"  # a graduating class (2021届毕业生) dates, it does not name
)
# Every match of _TIME_WORDS holds one of these (年, 月, 天, 届, 学期, or a school year's 2023/24):
# a text with none is left as it is without trying the pattern at each of its characters.
_TIME_WORD_MARKS: Final = frozenset("年月天届期/-—–")


def _without_time_words(text: str) -> str:
    if _TIME_WORD_MARKS.isdisjoint(text):
        return text
    return _TIME_WORDS.sub("", text)


# A subject and its verb of possession before what is counted: 五镇尚有欠款 → 欠款; 具有, 自有资金 are no 有.
# A measure held at a share of a base (资助面保持在在校生的30%): the measure is before the link
# verb, the base after it only says of what.
_LEVEL_OF_BASE: Final = regex.compile(
    r"^(?P<measure>\p{Han}{2,}?)(?:保持在|稳定在|维持在|控制在|达到|约为|为|(?<=[面率例重])约?占)(?P<base>\p{Han}{2,})$"
)
# (有效, 有关, 有序, 有力 are words of their own: 收回有效问卷 keeps 有效问卷)
_POSSESSOR: Final = regex.compile(
    # (国有, 公有, 私有 name an ownership: 国有企业, not a 有 of possession)
    r"^[^有]{1,6}?(?:尚有|共有|现有|还有|仍有|(?<![具拥没所自享占持固含国公私])有(?![效关序力]))(?=..)"
)
# Some of the units have what is counted (有的教学点只有学生3名, 个别学校仅有教师2名): the units
# qualify it, the partitive word does not.
_SOME_UNITS_HAVE: Final = regex.compile(
    r"^(?:全[市区县省镇乡]|我[市区县省镇乡]|本[市区县]|目前|现在|其中)?，?(?:有的|个别|部分|少数|一些)(?P<units>[^有]{0,8}?(?:\L<owners>))(?:只有|仅有|还有|尚有|仍有|有)(?=\p{Han})",
    owners=sorted(OWNER_HEADS, key=len, reverse=True),
)
# 是上年的1.3倍, 分别是上年的1.1倍和…: the base of a multiple, not part of what it measures
_COMPARISON: Final = regex.compile(
    rf"(?:比|较)(?:年初|{EARLIER_TIME})(?:同期)?(?:的)?|(?:由|从)(?:年初|{EARLIER_TIME})?的?(?:约|大约|将近|近|逾)?$"
    rf"|(?:分别|分別|均)?(?:是|为|為)(?:{EARLIER_TIME})(?:同期)?的$"
)
# The baseline left at the end once the change verb is cut: 比十年前(提高), 较20XX年(增长).
# (what names the baseline's own column or time is no subject: 较2023-24年度修订预算, 比上年执行数,
# 较去年同期, 比上学期期末测试同期)
_TIME_BASELINE_THEN_SUBJECT: Final = regex.compile(
    rf"(?:比|较)(?:年初|{EARLIER_TIME})(?:同期)?的?(?!修订|调整|原|同期)(?P<subject>\p{{Han}}{{2,8}})"
    r"(?<!预算|计划|目标|数|同期|学年|學年|学期|學期|水平)$"
)
_TRAILING_BASELINE: Final = regex.compile(r"(?<!占)(?:比|较)(?![例重率])[^比较]{0,16}$")  # 占比 is no baseline
_STAGES: Final = alternation(STAGE_WORDS)
_STAGE: Final = regex.compile(r"\L<stages>", stages=_STAGES)
_STAGE_SET: Final = frozenset(_STAGES)  # _STAGE.fullmatch(text) as a set look-up, ~50x faster
_STAGE_AT_END: Final = _AtEnd(regex.compile(r"(?P<rest>.+?)(?P<stage>\L<stages>)$", stages=_STAGES), _STAGES)
_LIST_OF_STAGES: Final = regex.compile(
    r"^(?P<stages>(?:\L<stages>)(?:(?:和|与|及|、)(?:\L<stages>))+)(?P<rest>.+)$", stages=_STAGES
)
_LIST_OF_GRADES: Final = regex.compile(
    r"^(?P<numbers>[一二三四五六七八九](?:[、和与及][一二三四五六七八九])+)年级(?P<rest>\p{Han}.*)$"
)
_STAGES_AT_END: Final = _AtEnd(
    regex.compile(r"^(?P<rest>.+?)(?P<stages>(?:\L<stages>)(?:(?:和|与|及|、)(?:\L<stages>))+)$", stages=_STAGES),
    _STAGES,
)
_MEASURE_END: Final = _AtEnd(regex.compile(r"(?:\L<ends>)$", ends=alternation(MEASURE_ENDINGS)), MEASURE_ENDINGS)
# A digit ends the noun, but not the range or batch a verb phrase names (进入全省前50名, 进入第三批…).
_NOUN_END: Final = regex.compile(
    r"[,，。;；:：!！?？()（）\n 　\t]|(?<![前0-9])[0-9]"
    r"|第(?![0-9一二三四五六七八九十]+批)(?=[0-9一二三四五六七八九十])"
)
# A 、 before the next numbered item ends the noun (一次深度谈心、一次家访); 中等/高等 are no 等.
_MOVES: Final = ("降", "下降", "提高", "提升", "上升")  # 大班额降至318个: a verb of movement ends the noun
_COUNTED_NOUN_STOP: Final = regex.compile(
    r"(?:、|和|及|与)(?=[0-9一二两三四五六七八九十百千])|并|以便|以及|用于|使得|使之|让|(?<![中高初同平对相])等|跟|把|用来|来(?=保证|确保|支持)"
    r"|\L<links>|(?<!教育)(?:\L<needs>)",  # 特殊教育需要 (special educational needs) is a name
    links=alternation([*CHANGE_VERBS, *STATE_CHANGES, *(link for link in RATE_LINKS if link.startswith(_MOVES))]),
    needs=alternation(COUNTED_NOUN_NEEDS),
)
# A modifier that opens with a verb (具有…的, 适应…的) leaves the head noun as what is counted.
_VERB_MODIFIER: Final = regex.compile(r"具有|具备|适应|符合|满足|达到|体现|面向|服务|承担|拥有|能够|可以|可")
_NOUN_REACH: Final = 40
# A closing quotation mark with no opening one in the noun ends it (…一份成长寄语”作为规定动作).
_UNOPENED_QUOTE: Final = regex.compile(r"^[^“「『]*?[”」』]")
# After 、 the next item of a list of counts opens with its own numeral (薄弱初中、一所薄弱小学);
# a list of nouns without one is what is counted (办理议案8件: 25件人大议案、建议和政协提案).
_NEXT_ITEM_COUNTED: Final = regex.compile(
    r"^[^、]{0,6}?[0-9xX*＊一二两三四五六七八九十百千]+[所个名人项件套台座间栋次位家门]"
)
_CHANGES: Final = alternation([*CHANGE_VERBS, *CHANGE_NOUNS])
_STARTS_WITH_CHANGE: Final = regex.compile(
    # 减至, 降至, 跌至 (由2018年約6萬8,400人減至2023年…): a change to the next figure, no noun
    r"(?:\L<changes>|\L<states>|到|至|[减降增升跌][至到])",
    changes=_CHANGES,
    states=alternation(STATE_CHANGES),
)
# 增加一点五平方米和二点三平方米: after a joiner, a Chinese-written number starts the next figure
# (_NOUN_END stops at an Arabic digit only), not the noun counted
_NEXT_CHINESE_FIGURE: Final = regex.compile(
    r"(?:和|及|与|以及|、)[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿点]"
)
_TIERS_COUNTED: Final = regex.compile(r"[两三四五六七八九十][档级类种个批](?:\p{Han}{0,2})?$")
_MAX_NOUN: Final = 16
_COUNTED_KINDS: Final = frozenset({"count", "money", "area", "length"})
_LAST_CHANGE_VERB: Final = regex.compile(
    r"(?:(?<!新)(?:\L<changes>)|比(?!例|重)|较)(?!.*(?:(?<!新)(?:\L<changes>)|比(?!例|重)|较))", changes=_CHANGES
)
# A change verb that ends the clause, perhaps with 了/到: its figure measures what stands before it.
_CHANGE_ENDINGS: Final = ("", "了", "到", "至", "为", "达")
_ENDING_CHANGE_VERB: Final = _AtEnd(
    regex.compile(r"(?:\L<changes>)(?:了|到|至|为|达)?$", changes=alternation([*CHANGE_VERBS, *CHANGE_NOUNS])),
    [verb + ending for verb in [*CHANGE_VERBS, *CHANGE_NOUNS] for ending in _CHANGE_ENDINGS],
)
# 单位中位居 → 单位; but 排名 in 综合排名 names the ranking and stays.
_RANK_TAIL: Final = regex.compile(
    r"(?:(?:中|里|内)(?:排名|\L<cues>)?|\L<cues>)+$", cues=[cue for cue in alternation(RANK_CUES) if cue != "排名"]
)
_GENERIC_RANK_SUBJECT: Final = 3  # characters: 单位中位居 → 单位 names nothing
# Nouns that take the stage of the sentence's previous metric when they have none.
_STAGE_FREE_NOUNS: Final = frozenset({"在校生", "招生", "毕业生", "专任教师", "教职工", "学校", "在园幼儿", "生师比"})
# Rates of a stage's pupils (小学在校生62438人，辍学率0.7%): they take the stage of a count before
# them, not of another rate (小学适龄儿童入学率98.67%,辍学率1.25%: the spec's example keeps 辍学率).
_STAGE_FREE_RATES: Final = frozenset({"辍学", "年辍学", "辍学率", "年辍学率", "巩固率", "毕业率", "升学率", "入学率"})
_MAX_METRIC: Final = 24
# A table row's label: up to its unit in brackets or its first cell bar (教育支出 | 8620.4, 率（%） | 90).
_ROW_LABEL: Final = regex.compile(r"(?:其中[:：])?(?P<label>[^\n|（(:：]{1,40}?)\s*(?:[（(]|\|)")
# A row labelled by a year or a school year (1985 | 256 | 29400, 2022/2023 | 19,555): the year is
# the cells' time, and the column's measure is what they measure.
YEAR_ROW_LABEL: Final = regex.compile(r"(?:19|20)[0-9]{2}(?:[/\-–](?:19|20)?[0-9]{2})?(?:年度?|学年)?")
_MAX_LIST_ITEMS: Final = 6
_MAX_ITEM: Final = 4
_MIN_PHRASE_ITEM: Final = 3  # 分别 over whole phrases: 入园率、巩固率和毛入学率 have no shape to share
_MAX_PHRASE_ITEM: Final = 16
# re, not regex, for a character class or an anchored match on a figure's short texts: 2-4x
# less per call; word alternations stay with regex, which scans for them much faster.
_WIDE_CLAUSE: Final = re.compile(r"[,，;；:：。!！?？\n]")
_MIN_SUBJECT: Final = 2
# Noise that web and PDF copies put into a text: pinyin glosses 學(xué), decorative glyphs ◈✿★,
# footnote marks [3], and the remains of HTML tags ?/p>.
_JUNK: Final = regex.compile(
    r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]|[\p{So}\p{Co}]+|\[[0-9]{1,2}\]|\??(?:</?|/)[a-zA-Z]{1,6}>"
)
# Characters that are neither junk nor open any (Han, letters, digits, common punctuation; no
# bracket, slash or symbol): a text of these alone is clean as it is.
NEVER_JUNK_CHARACTERS: Final = (
    "\u3400-\u4dbf\u4e00-\u9fff0-9A-Za-z０-９Ａ-Ｚａ-ｚ \t\n\u3000"
    "，。、；：？！“”‘’《》〈〉「」『』【】）)%％.．,;:?!—–\\-·…〇"
)
_NEVER_JUNK: Final = re.compile(f"[{NEVER_JUNK_CHARACTERS}]*")
_DIGIT: Final = re.compile(r"[0-9０-９]")
_MAX_BROKEN_LINES: Final = 3
_BROKEN_ENOUGH: Final = 4  # characters of phrase gathered from the lines before a lone number
_ATTRIBUTES: Final = alternation(ATTRIBUTE_HEADS)
_OWNERS: Final = alternation(OWNER_HEADS)
_ATTRIBUTE_AT_END: Final = _AtEnd(regex.compile(r"(?:\L<heads>)$", heads=_ATTRIBUTES), _ATTRIBUTES)
_OWNER_AT_END: Final = _AtEnd(regex.compile(r"(?:\L<heads>)$", heads=_OWNERS), _OWNERS)
_OWNER_WORD: Final = regex.compile(r"\L<heads>|\L<stages>", heads=_OWNERS, stages=_STAGES)
# What a test or an account line measures (合格率, 优良率, 调整预算, 执行数), and such owners.
_MEASURED_AT_END: Final = _AtEnd(
    regex.compile(
        r"(?:\L<ends>|\L<accounts>)$", ends=alternation(MEASURE_ENDINGS), accounts=alternation(ACCOUNT_LINES)
    ),
    [*MEASURE_ENDINGS, *ACCOUNT_LINES],
)
_MEASURED_OWNER: Final = regex.compile(r"\L<owners>", owners=alternation([*EVENT_TOPIC_ENDS, *ACCOUNT_LINES]))
# A numbered heading that only names a topic, run into its line: （一）学前教育。决算数…
_HEADING_TOPIC: Final = regex.compile(
    r"[ \u3000\t]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．])"
    r"[ \u3000]*(?P<topic>\p{Han}{2,10})[。：:]"
)
# A heading that plans or reports (加强管理, 办学条件不断改善) is a clause, not a topic that owns.
_HEADING_VERB: Final = regex.compile(
    r"\L<verbs>|改善|不断|持续|稳步|明显|显著|取得|实现|趋于|得到|逐步|进一步|有效|大幅",
    verbs=alternation(PLAN_HEADING_VERBS),
)
_MAX_HEADED: Final = 6  # characters of a bare measure: 决算数, 完成调整预算
_PROGRESS: Final = regex.compile(r"^(?:\L<verbs>)", verbs=alternation(PROGRESS_VERBS))
_MAX_PROGRESS: Final = 8  # characters of a progress phrase: 完成项目立项, 完成方案设计
_ENTITY_VERB_START: Final = regex.compile(r"(?:\L<verbs>)(?!了)", verbs=alternation(ENTITY_VERBS))
_MIN_VERB_PHRASE: Final = 4  # 进入前10名, 通过验收: a verb and what it reaches
_PERSON_CLASSIFIERS: Final = frozenset("人名位")
_PEOPLE_AT_END: Final = regex.compile(r"(?:\L<people>)$", people=alternation(PEOPLE_NOUNS))
_RANK_WORDS: Final = frozenset({"排名", "名次", "排位"})
_RANK_PLACE_ONLY: Final = re.compile(r"在?(?:全|本)[国省市区县镇乡州](?:范围内)?(?:分别)?")
# A ratio a cost is split by (由省级和县级按6:4的比例分担, 市、县按5:5比例承担).
_BY_RATIO_BEFORE: Final = regex.compile(r"(?P<parties>[\p{Han}、]{2,16})(?:按照|按)$")
_BY_RATIO_AFTER: Final = regex.compile(r"的?比例(?P<verb>分担|承担|负担|配套|分配|出资|投入|筹措)")
# A rate or a standard written after 按 (按照), with what it is applied to after it: 县级财政按教师
# 工资总额的1.5%安排培训经费, 寄宿制学校按每生每年300元增加公用经费, 按…2000元的标准安排送教经费.
_BASIS_BEFORE: Final = regex.compile(
    r"(?P<subject>[^，,。；;：:、按]*?)(?:按照|按)(?P<basis>[^，,。；;：:按0-9]{0,24})$"
)
_BASIS_AFTER: Final = regex.compile(
    r"的?(?P<standard>标准|比例)?(?:给予|予以|足额|全额|及时)?(?P<verb>\L<verbs>)"
    r"(?P<object>\p{Han}{0,12}?)(?=$|[，,。；;：:、（(]|用于)",
    verbs=list(RATE_APPLYING_VERBS),
)
_FUNDS_END: Final = regex.compile(r"(?:经费|资金|补助|补贴|费|附加|津贴|奖励|助学金)$")
# A per-head basis names whose funds they are (按小学生均每年650元的标准拨付公用经费 → 小学生均公用经费).
_PER_HEAD_BASIS: Final = regex.compile(r"\p{Han}{0,4}?(?:生均|人均|校均)")
# A clause that names the unit a superlative picks out (受益教师最多的是河口镇, 在校生最多的学校为第一小学).
_SUPERLATIVE: Final = regex.compile(
    r"(?P<measure>\p{Han}{0,12}?)最(?:多|少|高|低|大|小)的(?:学校|乡镇|单位|地区|班级|学科)?(?:是|为)"
    r"(?P<unit>[\p{Han}0-9（）()]{2,12})"
)
_CLAUSE_MARK: Final = re.compile(r"[，,；;：:]")
# The verb of a 分别 list of ranks (分别获得, 分别位列, 分别排名): the units and the measure stand before it.
_RANK_LIST_VERB: Final = regex.compile(r"分别(?:获得|获|荣获|取得|排名|排在|排|位列|位居|名列|居|列)?了?$")
_EVENT_OPENING: Final = regex.compile(r"^.*(?:参加|参与|对|通过|接受|代表全[市区县省]参加)")
# The clause before a bare measure, without its list marker, opening verb or closing judgement.
_CLAUSE_BEFORE_OPENING: Final = regex.compile(
    r"^(?:[一二三四五六七八九十]是|首先|其次|同时|另外|部分|把|将|对|进一步|继续|不断|扩大|加大|提高|起)+"
)
_CLAUSE_BEFORE_ENDING: Final = regex.compile(r"(?:不足|偏少|偏低|偏高|较大|较多|紧缺|短缺|突出|较突出|仍较突出)$")
_BARE_MEASURES: Final = frozenset({"权重", "缺额", "缺口", "比重", "占比", "投入"})
_MAX_BARE_MEASURE: Final = 3
_MAX_BARE_QUALIFIER: Final = 3  # 本专科招生: a qualifier this short still needs its owner
# A light verb opens the subject or follows an adverb, a frequency or a closing title (又造成了,
# 每周至少开展, 》连续刊登);
# inside a noun (提案办理先进单位) it stays.
_LIGHT_VERB: Final = regex.compile(
    r"(?:^|(?<=[又还并要也》”少周月年天]))(?:\L<adverbs>)?(?:\L<verbs>)",
    adverbs=alternation(LIGHT_VERB_ADVERBS),
    verbs=alternation(LIGHT_VERBS),
)
# 4所学校被评为市绿色学校: what is counted is the honour.
_HONOUR: Final = regex.compile(r"^.{0,8}?(?:被评为|被命名为|被授予|被认定为|被确定为|获评)(?P<honour>.{2,})$")
_TOPIC_END: Final = _AtEnd(regex.compile(r"(?:\L<heads>)$", heads=alternation(TOPIC_HEADS)), TOPIC_HEADS)
_TOPIC_OPENING: Final = regex.compile(r"^(?:\L<verbs>|按照|根据|依据|在)+", verbs=alternation(TOPIC_VERBS))
_MAX_TOPIC: Final = 20
_MIN_TOPIC: Final = 3
_EVENT_END: Final = _AtEnd(regex.compile(r"(?:\L<events>)$", events=alternation(EVENT_TOPIC_ENDS)), EVENT_TOPIC_ENDS)
# 教育局会/政府会 (a Hong Kong text's 将) announces an action too.
_TOP_RANKS_BEFORE: Final = regex.compile(r"前[0-9一二三四五六七八九十百]{1,4}名$")
# 综合成绩进入全县前(5名): the ranking's place after the verb goes with it
_TOP_PLACE: Final = regex.compile(r"(?<=(?:进入|进|位居|位列|跻身|名列|保持))(?:全[国省市县区镇乡]|本[市县区])$")
_RANK_PLACE_TAIL: Final = regex.compile(
    r"(?:要|能|还|也)?(?:在\p{Han}{1,12}?(?:里|中|内))?(?:排在|(?<!安)排|进入|进|位居|位列|跻身|名列)$"
)
# (制定…计划, 出台…方案: a plan being drawn up is an event, the figures after it are no part of it)
_NO_TOPIC: Final = regex.compile(
    r"了|(?<![主重需必])要|将|(?<=[局府署部])会|应当|应该|必须|需要|完成|通过|制定|出台|编制|印发|修订"
)
_PROGRAMME: Final = regex.compile(r"^.{2,14}(?:\L<heads>)", heads=alternation(TOPIC_HEADS))
_MAX_TOPIC_PHRASE: Final = 6  # 占地面积, 二等奖 need their topic; a longer phrase names its quantity itself
_MAX_SIBLING_UNIT: Final = 6  # 二类地区, 城关镇: a unit short enough to stand for the one before it
_STAGE_PART: Final = regex.compile(r"(?:\L<stages>)(?:阶段|学段)", stages=_STAGES)  # 其中义务教育阶段
_MAX_PART: Final = 4  # 其中本科, 公办园: a longer part (省级财政奖补) names its own quantity
# A share (占总额的44%) or a completion rate (完成预算的91.2%): a part of the quantity named before.
# Aid paid to a group (为家庭经济困难毕业生发放求职创业补贴, 县财政为农村教师发放生活补助): the group and
# the aid name it; who pays and the verb of paying do not.
_AID_FOR_WHOM: Final = regex.compile(
    r"^.*?为(?P<who>[^为，,。；;]{2,14}?)(?:发放|提供|落实|兑现|拨付|发)"
    r"(?P<aid>\p{Han}{0,8}(?:补贴|补助|资助金|助学金|奖学金|奖励金|救助金|津贴|生活费))$"
)
# Where a whole is spread (毕业生就业主要集中在制造业（28.4%）, 新增教师主要分布在农村学校（63.5%）):
# the part after the verb is what a bracketed share is of.
_SPREAD_OVER: Final = regex.compile(
    r"^.*?(?:集中在|集中于|分布在|分布于|流向|依次为|主要为|主要是)(?P<part>[^（(]+)（?$"
)
_SHARE: Final = re.compile(r"^(?:约占|占|完成(?=.*(?:预算|计划|任务|目标)$))")
_SHARE_METRIC: Final = re.compile(r"占|完成.*(?:预算|计划|任务|目标)$")
_MAX_SHARE_BASE: Final = 10
# 累计/全年 right before a bare verb that is all a clause names (累计培训8.7万人次, 全年共发放12次):
# the span is all that tells the total from one event, so it stays.
_RUNNING_TOTAL: Final = re.compile(r"(?P<span>累计|全年)共?$")
_AMOUNT_OF_THE_BEFORE: Final = frozenset(BARE_AMOUNT_WORDS)
_REPORT_ADVERBS: Final = frozenset({"实际", "累计", "共", "已", "已经", "全年", "当年"})
_COUNT_WORD_AT_END: Final = regex.compile(r"(?:人数|数|人次|人)$")
_SPENDING_VERBS: Final = frozenset({"投入", "投资", "安排", "拨付", "下拨", "筹措", "筹集"})
_PURPOSE: Final = regex.compile(r"(?:用于|实施|完成|推进|打造)(?P<purpose>[^,，。;；:：!！?？()（）\n]{2,24})")
_COUNT_IN_PURPOSE: Final = regex.compile(r"[0-9一二两三四五六七八九十百千万.]+[所个项间套台座栋]")
_CLASSIFIER_WORD_ENDS: Final = frozenset("口员次")  # 人口, 人员, 人次
_SHARE_IN: Final = re.compile(r"占(?!地)")  # 占总数 is a share; 占地面积 is an area
# 1200名考生参加高考, 27家企业开展校企合作: what is counted is the entity that did it, named
# after what it did (参加高考考生, 开展校企合作企业).
_ENTITY_THEN_VERB: Final = regex.compile(
    r"^(?P<entity>.{0,6}?(?:\L<entities>))(?P<verb>(?:\L<verbs>).{1,12})$",
    entities=alternation(COUNTED_ENTITIES),
    verbs=alternation(ENTITY_VERBS),
)
# The things counted, a cause (因…), then the state they are in (STATE_MARKERS): the count is of those.
_HOLDER_THEN_STATE: Final = regex.compile(
    r"^(?P<holder>.{0,8}?(?:\L<holders>))(?:因\p{Han}{1,14}?)?(?P<marker>\L<markers>)(?<!未(?=来|成年))"
    r"(?P<state>.{2,16})$",
    holders=alternation(STATE_HOLDERS),
    markers=alternation(STATE_MARKERS),
)
_QUOTES: Final = regex.compile(r"[“”\"「」]")
# 分别是上年的…倍: only the base of a multiple stands before the list, no subject of its own
_MULTIPLE_BASE: Final = re.compile(
    r"(?:分别|分別|均)?(?:是|为|為)(?:上年|去年|前年|上年同期|去年同期|(?:19|20)[0-9]{2}年|[\u4e00-\u9fff]{2,8}?)的?"
)  # (or of another place or kind: 是普通学校的10倍)
# 高于国家规定85%的标准: the figure is a standard (not 标准化学校, schools built to one)
# (a limit a region sets is one too: 高于地区规定的3%的控制指标)
_STANDARD_AFTER: Final = re.compile(r"的?标准(?![化件])|的控制(?:指标|线)")
_GOAL_AFTER: Final = re.compile(r"的(?:年度)?(?:目标|任务|要求)")
# 生师比仍高于合格评估要求的18:1: a standard named before the figure, compared with the measure
# the clause opens with; that measure is the figure's.
_STANDARD_BEFORE: Final = regex.compile(
    r"^(?P<measure>\p{Han}{2,12}?)(?:仍|还|均|都|也)?(?:高于|低于|超过|未达到|达不到|不足)"
    r"[^，,。；;]{0,16}(?:要求|标准|规定)的$"
)
# 较112年度法定预算, 比上年执行数: an earlier account of the same measure a baseline is named by.
_COMPARING_FIRST: Final = frozenset("比较較")
# 五年前, 十年前: a time a span before now, which the time words leave
_EARLIER_SPAN: Final = regex.compile(r"[一二两三四五六七八九十0-9]{1,3}年前")
_EARLIER_ACCOUNT: Final = regex.compile(
    r"^(?:比|较|較)[^，。,;；]{0,12}?(?:法定)?(?:预算|预算数|決算|决算|决算数|执行数|執行數|預算)$"
)
# A clause that names a measure of its own before 达到 (入学率达到99%的目标).
_NAMES_A_MEASURE: Final = re.compile(r"率|比例|比重|人数|规模|面积|经费|资金|数量")
_COMPARED: Final = regex.compile("|".join(STANDARD_COMPARATORS))
# A per-head standard whose clause ends at 标准 (按照每生每学期500元的标准，对困难幼儿给予保育教育费
# 补助): what it grants is named in the next clause, after 给予/提供/发放; 每生每学期 names nothing.
_PER_HEAD_RATE: Final = regex.compile(r"(?:按|按照)(?:平均)?每(?:生|人|名学生|户)(?:每(?:年|月|天|日|学期|学年))?$")
# an aside may stand before 的标准; the clause may go on to whom it is granted (的标准对…给予)
_STANDARD_CLOSES: Final = regex.compile(r"(?:[（(][^（()）\n]{0,30}[）)])?的?标准(?:[，,]|(?=[对向为]))")
# 对普惠性民办园给予生均补助: whom it is granted to qualifies what is granted
_GRANTED: Final = regex.compile(
    r"(?:[对向为](?P<whom>\p{Han}{2,10}?))?(?:给予|提供|发放)(?P<what>\p{Han}{2,12}?)(?=[，,。；;]|$)"
)
_GRANT_REACH: Final = 40  # characters of the next clause looked at
# A bare N:1 whose clause names only a place (城区小学高达23.5:1) takes the ratio named before it.
_RATIO_NOUN: Final = re.compile("|".join(RATIO_NOUNS))
_RATIO_PLACE_EDGES: Final = re.compile(f"^(?:{'|'.join(RATIO_PLACE_OPENERS)})|(?:{'|'.join(RATIO_PLACE_CLOSERS)})$")
_RATIO_WORDS: Final = frozenset({"比率", "比例", "占比"})  # 上重点线312人(比率12%): the ratio of that count
_EVENT_VERBS: Final = regex.compile(r"^(?:\L<verbs>)+", verbs=alternation(EVENT_VERBS))
_PARENTHETICAL: Final = re.compile(r"[(（][^()（）]*[)）]")
_MODIFIER_ENDS: Final = frozenset({"以上", "以下"})
_CJK: Final = regex.compile(r"[\p{Han}的]")
_COUNT_JOINERS: Final = frozenset("、和及与")
_PLACE_OPENING: Final = re.compile(r"^(?:全|本)[市区县省国镇乡州]")
_PART_OPENING: Final = re.compile(r"^[(（]?其中")
_MAX_HEADER_CELL: Final = 8
_HEADER_REACH: Final = 400  # characters of a flattened table line read back for its header
# A `|` table cell's column header (项目 | 预算数 | 决算数): rows read up to the header, bounded.
_TABLE_HEADER_ROWS: Final = 12
_TABLE_ROW_MAX: Final = 4000
_MAX_COLUMN_MEASURE: Final = 10
_NUMERIC_CELL: Final = regex.compile(r"[≥≤＞＜><]?[-+]?[0-9][0-9,]*(?:\.[0-9]+)?%?|[—–/-]{0,2}")
_BRACKETED: Final = regex.compile(r"[（(][^（()）]*[)）]")
_UNIT_HEADER: Final = regex.compile(r"(?:计量)?单位|序号|项目|指标|属性")
_HAN_CHAR: Final = regex.compile(r"\p{Han}")
_TOTAL_ROW_SET: Final = frozenset(TOTAL_ROWS)
_MANNER: Final = frozenset(MANNER_ADVERBS)
_MANNER_LAST: Final = frozenset(adverb[-1] for adverb in MANNER_ADVERBS)
_MANNER_AT_END: Final = regex.compile(r"(?:\L<adverbs>)$", adverbs=list(MANNER_ADVERBS))
_TOTAL_FIRST: Final = frozenset(label[0] for label in TOTAL_ROWS)
_BLANK_RUN: Final = re.compile(r"[ \t\u3000]+")
_TITLE_LINES: Final = 3
_TITLE_MAX: Final = 80
_MAX_TITLE_SUBJECT: Final = 16
_UNIT_LINE: Final = re.compile(r"[（(]?(?:计量)?单位[:：]")
_TITLE_ENDING: Final = regex.compile(r"(?:\L<ends>)$", ends=list(TABLE_TITLE_ENDINGS))
# the title's numbering (二、 （三） 表1 表 2-1) and its times (近三年, 2021年, 2022—2024年度)
_TITLE_NUMBER: Final = regex.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．]|表\s*[0-9０-９\-—.]*[:：]?)\s*"
)
_TITLE_TIME: Final = regex.compile(
    r"近[一二三四五六七八九十0-9]+年|(?:19|20)[0-9]{2}(?:[—\-至](?:19|20)?[0-9]{2})?年度?|本年度?|上年度?"
)
_HAN_ONLY: Final = regex.compile(r"[\p{Han}、]+")
# A 分别 list's items: its numbers up to the clause's end; the joiners between them.
_LIST_NUMBER: Final = regex.compile(r"[0-9]+(?:\.[0-9]+)?")
_LIST_END: Final = regex.compile(r"[，,。；;：:\n]")
_LIST_LINK: Final = regex.compile(r"[、和及与\s]")
_LIST_REACH: Final = 120  # characters of a 分别 list read after its first item
_ENTRY_LABEL: Final = regex.compile(r"^【[^】\n]{1,12}】[\s\u3000]*")
_MIN_TABLE_COLUMNS: Final = 2
_COLON: Final = re.compile(r"[:：]")
_JOINER: Final = regex.compile(r"和|与|及|、")
_ROW_KEY_HEADER: Final = re.compile(r"^(?:年份|年度|学年|时间|项目|指标)")
_ROW_KEY: Final = regex.compile(r"(?:19|20)[0-9]{2}(?:年度|学年|年)")
_MEASURE_CELL: Final = regex.compile(r".+?(?:\L<ends>)", ends=alternation(MEASURE_ENDINGS))
_TABLE_ROWS: Final = re.compile(r"[0-9.,%\-年度学万亿千百人所个名元项次分点xX*]+")
_NUMBER: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")


# Counts of the units a ranking is among: 在全市参评的28个单位中位居第3位, 位居参评41个县区第5名.
_RANKING_CUES: Final = r"位居|位列|排名|名列|排在|排第|居"
_UNITS_RANKED: Final = re.compile(
    rf"(?P<units>[^,，。;；:：()（）\n0-9第]{{0,8}}?)(?:中|里|内)?(?:(?:{_RANKING_CUES})第?|第)[0-9一二三四五六七八九十]{{1,3}}[名位]"
)
_STAGE_FIRST_HALVES: Final = frozenset("初高")  # 初中, 高中: words that end in 中 (not "among")
_UNITS_RANKED_REACH: Final = 16  # characters _UNITS_RANKED can span at most (8 + 1 + 3 + 3 + 1), ending in 名 or 位
_RANKING_OPENING: Final = regex.compile(rf"^(?:(?:在|于)|(?:{_RANKING_CUES})|(?:被评|参评)(?=的))+")
_RANKING_VERBS: Final = regex.compile(rf"(?:{_RANKING_CUES})")
# An honour before the parenthesis that ranks its holders: 荣获省级文明单位(在参评的…中排名第4位).
_HONOUR_OPENING: Final = regex.compile(r"^.*?(?:荣获|获得|获评|被评为|被授予|评为|获)")
_EDITION: Final = regex.compile(r"^.*?第?[0-9一二三四五六七八九十]{1,3}届")  # 第二届“文明单位” → 文明单位
# A clause naming the activity a ranking comes from: 开展师德师风评议活动,位居参评…第3名.
_ACTIVITY: Final = regex.compile(r"(?:开展|参加|参与|组织|接受)(?P<activity>[^,，。;；]{2,12}?)(?:活动|工作)?$")
_ACTIVITY_ENDS: Final = _AtEnd(
    regex.compile(r"(?:\L<ends>|评议)$", ends=alternation(EVENT_TOPIC_ENDS)), [*EVENT_TOPIC_ENDS, "评议"]
)
# 全市中考成绩在参评的14个县区中位居第3位: what is ranked stands before 在.
_RANKED_IN: Final = regex.compile(
    rf"^(?P<subject>[^在]{{2,}}?)在[^在]*?[0-9一二两三四五六七八九十xX*]+[个所名家位]?[^在]{{0,8}}?(?:中|里|内)(?:{_RANKING_CUES})?$"
)
_GENERIC_UNITS: Final = frozenset({"", "单位", "个单位", "部门", "家单位"})


def _ranked_units(context: FigureContext) -> MetricDecision | None:
    """A count of the units a ranking is among, or a rank in parentheses after an honour: the
    units are the honour's holders (荣获市级文明单位(在受表彰的24个单位中排名第3位) → 受表彰的
    文明单位; the rank → 文明单位), or those judged in the activity the sentence names before
    (开展行风评议活动,位居参评38个单位第5名 → 行风评议参评单位)."""
    kind = context.candidate.kind
    found = None
    if kind != "rank":  # most counts are followed by no ranking: test that before the rest
        end = context.candidate.end
        window = context.text[end : end + _UNITS_RANKED_REACH]
        found = _UNITS_RANKED.match(context.text, end) if "名" in window or "位" in window else None
        if kind != "count" or not found:
            return None
    raw = context.clause_left
    before = context.sentence_left
    opened = max(before.rfind("("), before.rfind("（"))
    aside = opened >= 0 and opened > max(before.rfind(")"), before.rfind("）"))
    inside = raw[-(len(before) - opened - 1) :] if aside and len(before) - opened - 1 < len(raw) else None
    outside = before[:opened] if aside else ""
    honour = _honour(outside) if outside else ""
    if kind == "rank":
        if honour:
            return MetricDecision(honour, (), None, "a rank among the holders of the honour before it")
        framed = _RANKED_IN.search(_WIDE_CLAUSE.split(_clean(before))[-1])
        ranked = _subject(framed.group("subject")) if framed else ""
        return MetricDecision(ranked, (), None, "what is ranked, before 在…中") if len(ranked) >= _MIN_SUBJECT else None
    if found is None:
        return None
    units = found.group("units")
    if units[-1:] in _STAGE_FIRST_HALVES and context.text.startswith("中", found.end("units")):
        units += "中"  # 23所初中排第6名: the 中 ends 初中, it is no "among"
    qualifier = _clean(inside if inside is not None else raw)
    qualifier = qualifier[qualifier.rfind("在") + 1 :]  # 中考成绩在参评的14个县区中: the units follow 在
    qualifier = _RANKING_VERBS.sub("", _subject(qualifier))
    qualifier = _RANKING_OPENING.sub("", qualifier).removesuffix("的")
    if honour and units in _GENERIC_UNITS | {honour[-len(units) :]}:
        return MetricDecision(qualifier + honour, (), None, "the units ranked: holders of the honour before it")
    activity = _activity(context, len(raw))
    if activity and units in _GENERIC_UNITS:
        ranked = activity + qualifier + (units or "单位")
        return MetricDecision(ranked, (), None, "the units ranked in the activity before it")
    if units not in _GENERIC_UNITS:
        return MetricDecision(qualifier + units, (), None, "the units ranked")
    return None


_BAND_WHY: Final = "a threshold that defines a category"


def _group_of_band(context: FigureContext) -> str | None:
    """全校总分不足300分的学生有63人 → 全校总分不足300分的学生: a count right after the bound that
    defines its group (modality stage: a threshold that defines a category) counts that group."""
    last = context.previous[-1] if context.previous else None
    if last is None or context.prior_end != context.floor or not last.why.get("modality", "").startswith(_BAND_WHY):
        return None
    start = max(context.sentence.start, context.floor - LOOK_BACK)
    clause = _WIDE_CLAUSE.split(context.text[start : context.candidate.start])[-1]
    group = _subject(clause)
    return group if len(group) >= _MIN_SUBJECT and _DIGIT.search(group) else None


_GROUP_PLACED: Final = regex.compile(r"(?:获得|获|取得|夺得|荣获|位居|列)(?P<group>\p{Han}{1,6}?组)")
_SCORE_MEASURE: Final = regex.compile(r"(?:团体|个人)?(?:总分|平均分|得分|总成绩|成绩)$")


def _measure_before_units(context: FigureContext, units: Meaning) -> str | None:
    """The metric of the figure before the count of units a rank is among (平均分412.6分，在全县
    23所初中排第6名 → 平均分), or None where no figure of the sentence measured something first."""
    if not units.why.get("metric", "").startswith("the units ranked") or len(context.previous) < 2:
        return None
    measured = context.previous[-2]
    return measured.metric if measured.metric and measured.metric != units.metric else None


def _shares_by_ratio(context: FigureContext) -> str | None:
    """补助资金由省级和县级按6:4的比例分担 → 补助资金省级和县级分担比例: the parties before 按, the
    verb after 比例 (a ratio by which a cost is split names no measure before it)."""
    before = _BY_RATIO_BEFORE.search(context.clause_left)
    after = _BY_RATIO_AFTER.match(context.text, context.candidate.end)
    if not before or not after:
        return None
    parties = _LEADING_NOISE.sub("", before.group("parties").replace("由", ""))
    return parties + after.group("verb") + "比例" if len(parties) >= _MIN_SUBJECT else None


_BASIS_REACH: Final = 24  # characters after the figure in which the verb applying it is looked for


def _applied_at_rate(context: FigureContext) -> str | None:
    """What a rate or a standard written after 按 is applied to (_BASIS_BEFORE, _BASIS_AFTER): the
    funds opening the clause (培训经费按…的5%安排 → 培训经费), else the payment after the verb with
    the group it goes to (寄宿制学校按每生每年300元增加公用经费 → 寄宿制学校增加公用经费), the payer
    aside (县级财政按…的1.5%安排培训经费 → 培训经费); 标准 when the figure is one (按…2000元的标准
    安排送教经费 → 送教经费标准). None where the basis holds another figure (按小学720元、初中…)."""
    before = _BASIS_BEFORE.search(context.clause_left)
    if before is None:
        return None
    end = min(context.sentence.end, context.candidate.end + _BASIS_REACH)
    after = _BASIS_AFTER.match(context.text, context.candidate.end, end)
    if after is None:
        return None
    # (a time it opens with is no subject: 我县自2021年起按…)
    subject = _without_time_words(_LEADING_NOISE.sub("", before.group("subject"))).removeprefix("对")
    if subject.endswith(PAYER_ENDS) or subject in PAYER_PLACES:
        subject = ""  # 县级财政, 各县（市、区）: who pays, not what
    payment, verb = after.group("object"), after.group("verb")
    if payment:
        per_head = _PER_HEAD_BASIS.match(before.group("basis"))
        measure = subject + (per_head.group() if per_head else "") + ("增加" if verb == "增加" else "") + payment
    elif _FUNDS_END.search(subject):
        measure = subject
    elif subject and verb in {"补助", "资助"}:
        measure = subject + verb  # 非寄宿生按寄宿生标准的50%给予补助
    else:
        return None
    if after.group("standard") == "标准" and not measure.endswith("标准"):
        measure += "标准"
    return measure if len(measure) >= _MIN_SUBJECT else None


def _sibling_unit(previous: str, unit: str) -> str | None:
    """一中生均公用经费1250元，二中1180元 → 二中生均公用经费; 一类地区补助标准…，二类地区提高到600元 →
    二类地区补助标准: a short unit of the same kind (same last character, same length) as the one the
    metric before opens with, and no measure of its own, takes that measure."""
    width = len(unit)
    if not _MIN_SUBJECT <= width <= _MAX_SIBLING_UNIT or len(previous) <= width or _MEASURE_END.search(unit):
        return None
    opening = previous[:width]
    if opening == unit or opening[-1] != unit[-1] or unit in previous:
        return None
    if not unit.endswith(UNIT_ENDS) or not opening.endswith(UNIT_ENDS):
        return None
    return unit + previous[width:]


def _superlative_before(context: FigureContext) -> str | None:
    """受益教师最多的是河口镇，为386人 → 河口镇受益教师; then 最少的是石门乡，为97人 → 石门乡受益教师:
    a figure whose clause names nothing, after a clause naming the unit a superlative picks out."""
    left = context.sentence_left[: len(context.sentence_left) - len(context.clause_left)]
    clauses = _CLAUSE_MARK.split(left.rstrip("，,；;：: "))
    found = _SUPERLATIVE.fullmatch(clauses[-1]) if clauses else None
    if not found:
        return None
    measure = _LEADING_NOISE.sub("", found.group("measure"))
    for clause in reversed(clauses[:-1]):  # 最少的是石门乡: the measure of the superlative before
        if measure:
            break
        earlier = _SUPERLATIVE.fullmatch(clause)
        measure = _LEADING_NOISE.sub("", earlier.group("measure")) if earlier else ""
    return found.group("unit") + measure if len(measure) >= _MIN_SUBJECT else None


def _ranks_of_list(context: FigureContext, subject: str, previous: Meaning | None) -> MetricDecision | None:
    """一中、二中升学率分别位列全市第2、第5位 → 一中升学率, 二中升学率: each unit of a 分别 list has
    its own rank; bare units (小学、初中分别位列第3位和第6位) rank in the review the clause before names."""
    if previous is not None and previous.metric_list:
        return MetricDecision(previous.metric_list[0], previous.metric_list[1:], None, "next item of a 分别 list")
    head = _RANK_LIST_VERB.sub("", subject)
    if head == subject or not _JOINER.search(head):
        return None
    items = _distribute(head)
    units = items or tuple(_JOINER.split(head))
    if len(units) <= _MAX_LIST_ITEMS and all(_MIN_SUBJECT <= len(unit) <= _MAX_ITEM for unit in units):
        event = _event_before(context)  # bare units: what they rank in is named before
        items = tuple(unit + event for unit in units) if event else items
    if not items:
        return None
    return MetricDecision(items[0], items[1:], None, "分别 list of ranks: each unit ranks its own measure")


def _event_before(context: FigureContext) -> str:
    """学校合唱团参加市级展演，获得了第2名 → 市级展演; 对区政府教育工作督导评估,排名全省第二 →
    区政府教育工作督导评估: a rank whose clause names nothing ranks in the contest or review the
    clause just before it takes part in."""
    start = max(context.sentence.start, context.candidate.start - LOOK_BACK)
    before = _clean(context.text[start : context.candidate.start - len(context.clause_left)])
    clauses = _WIDE_CLAUSE.split(before)
    if len(clauses) < 2:
        return ""
    clause = clauses[-2].strip()
    opened = _EVENT_OPENING.match(clause)
    event = clause[opened.end() :] if opened else ""
    return event if _MIN_TOPIC <= len(event) <= _MAX_NOUN and _EVENT_END.search(event) else ""


def _honour(outside: str) -> str:
    phrase = _WIDE_CLAUSE.split(_clean(outside))[-1]
    opening = _HONOUR_OPENING.match(phrase)
    if not opening:
        return ""
    honour = _EDITION.sub("", phrase[opening.end() :]).strip(" “”\"'《》「」")
    return honour.replace("“", "").replace("”", "") if len(honour) >= _MIN_SUBJECT else ""


def _activity(context: FigureContext, clause_length: int) -> str:
    start = max(context.sentence.start, context.candidate.start - LOOK_BACK)
    before = _clean(context.text[start : context.candidate.start - clause_length])
    for clause in reversed(_WIDE_CLAUSE.split(before)[:-1]):
        found = _ACTIVITY.search(clause.strip())
        if found and (_ACTIVITY_ENDS.search(found.group("activity")) or clause.strip().endswith("活动")):
            return found.group("activity")
    return ""


class MetricDecision(NamedTuple):
    metric: str | None
    pending: tuple[str, ...]  # metrics of a 分别 list still to hand out
    whole: str | None  # the whole this figure is a 其中 part of
    why: str


EXAMPLES: list[tuple[str, str, str]] = [
    # 将 (把) with the funds it moves: the amount is of the funds (an audit finding)
    ("审计发现，县教育局将校舍维修经费27万元用于购置车辆", "27万元", "校舍维修经费"),
    ("个别学校将学生资助资金9.6万元转入学校基本账户", "9.6万元", "学生资助资金"),
    ("有幼儿园将保教费收入3.2万元挪作他用", "3.2万元", "保教费收入"),
    # negative: 将投入 plans funds, no 把 (the clause names them, with their use)
    ("下半年县里将投入资金450万元用于薄弱学校改造", "450万元", "县里将投入资金用于薄弱学校改造"),
    # a change to the next figure after a count is no noun it counts (減至, 降至)
    ("6歲學齡人口由2018年約6萬8,400人減至2023年約5萬3,100人", "6萬8,400人", "學齡人口"),
    ("全县小学由2031年的86所减至2035年的62所", "86所", "全县小学"),
    ("全县教师820人至今未变", "820人", "全县教师"),  # negative: 至今 is no change to a figure
    # Taiwan's full stage names (國民小學, 國民中學) are stages: a bare 生師比 after them takes theirs
    ("120學年度國民小學專任教師8萬1,204人，生師比為12.85，較上學年降低0.21；", "12.85", "國民小學生師比"),
    ("120學年度國民中學專任教師4萬2,310人，生師比為11.96，", "11.96", "國民中學生師比"),
    ("120學年度全縣教師8,120人，生師比為12.85，", "12.85", "生師比"),  # negative: no stage before it
    # a Chinese-written figure after a joiner is the next item of a 分别 list, not the noun counted
    (
        "小学生均校舍面积四点二平方米，初中六点一平方米，分别比一九九一年增加一点五平方米和二点三平方米。",
        "二点三平方米",
        "初中生均校舍面积",
    ),
    ("全乡新建校舍一千二百平方米和教师周转房", "一千二百平方米", "新建校舍和教师周转房"),  # negative: a noun
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
    # a part of a population of people (受资助学生中，初中生…) keeps the population's qualifiers
    ("受资助学生中，初中生1820人，小学生2460人", "1820人", "受资助初中生"),
    ("受资助学生中，初中生1820人，小学生2460人", "2460人", "受资助小学生"),
    ("参训教师中，女教师612人", "612人", "参训女教师"),
    ("随迁子女在校生中，在小学就读的有8600人", "8600人", "在小学就读随迁子女在校生"),  # negative: no person noun
    # what a population did (升学, 深造) and its rates are written after it
    ("2031届本科毕业生中，境内升学1120人，出国深造75人，升学率为26.4%", "1120人", "本科毕业生境内升学"),
    ("2031届本科毕业生中，境内升学1120人，出国深造75人，升学率为26.4%", "26.4%", "本科毕业生升学率"),
    ("硕士毕业生中，出国（境）深造64人", "64人", "硕士毕业生出国（境）深造"),
    ("受资助学生中，就读职高的有420人", "420人", "就读职高受资助学生"),  # negative: a relative clause first
    # 元整 closing a written sum names nothing: the label before it does
    ("中标金额：人民币贰拾伍万陆仟元整（¥256,000.00）", "贰拾伍万陆仟元", "中标金额"),
    ("成交金额：叁万元整。", "叁万元", "成交金额"),
    ("投入50万元整治校园环境", "50万元", "投入整治校园环境"),  # negative: 整治 is a verb
    # 另 closing a subject (每人每月另增加) names nothing
    ("乡村教师每人每月补助400元，教学点教师每人每月另增加200元", "200元", "教学点教师"),
    ("全县另有民办幼儿园12所", "12所", "民办幼儿园"),  # negative: 另 before the noun, not after it
    ("寄宿生每生每年补助1250元，特殊教育学生每生每年另增加800元", "800元", "特殊教育学生"),
    # a unit like the one the metric before opens with takes its measure
    ("县一中生均公用经费为1250元，县二中为1180元", "1180元", "县二中生均公用经费"),
    ("将一类地区补助标准提高到每人每月1000元，二类地区提高到600元", "600元", "二类地区补助标准"),
    ("城关镇新建学位1200个，河口镇新建学位800个", "800个", "河口镇新建学位"),  # negative: its own measure
    # a rate paid at a standard: who it is paid to or by, what is paid, 标准
    ("县财政按每生每年600元的标准给予补助", "600元", "县财政补助标准"),
    # the funds a verb of paying out names after the standard (安排, 核拨 … 经费)
    ("县财政按每校每年1.5万元标准安排食堂运转经费129万元", "1.5万元", "县财政食堂运转经费标准"),
    ("区财政按每生每年200元标准核拨课后服务经费360万元", "200元", "区财政课后服务经费标准"),
    ("乡镇按每人每月300元标准拨付代课教师补助42万元", "300元", "乡镇代课教师补助标准"),
    ("按每生每年50元标准安排学生体检18万元", "50元", "按标准安排学生体检"),  # negative: no funds named
    ("普惠性民办幼儿园由县财政按每生每年600元的标准给予补助", "600元", "普惠性民办幼儿园补助标准"),
    ("对农村教师按每人每月200元的标准发放岗位补贴", "200元", "农村教师岗位补贴标准"),
    ("有3所学校未按每生每天5元的标准足额供餐", "5元", "学校供餐标准"),
    ("安排专项资金500万元,按每人每月400元的标准发放补贴", "500万元", "安排专项资金"),  # negative: no 按 before
    # a share in brackets after the part a whole is spread over (集中在制造业（28.4%）) is that part's
    ("毕业生就业主要集中在制造业（28.4%）、建筑业（11.3%）和教育（7.6%）等行业", "28.4%", "制造业"),
    ("毕业生就业主要集中在制造业（28.4%）、建筑业（11.3%）和教育（7.6%）等行业", "7.6%", "教育"),
    ("新增教师主要分布在农村学校（63.5%）和县城学校（36.5%）", "36.5%", "县城学校"),
    ("全县专任教师学历合格率（98.6%）", "98.6%", "专任教师学历合格率"),  # negative: no part spread over
    # aid paid to a group: the group and the aid, not who pays or the verb of paying
    ("全年为家庭经济困难毕业生发放求职创业补贴1096人次、共计109.6万元", "109.6万元", "家庭经济困难毕业生求职创业补贴"),
    ("县财政为农村教师发放生活补助860万元", "860万元", "农村教师生活补助"),
    ("为建档立卡学生提供助学金230万元", "230万元", "建档立卡学生助学金"),
    ("全县共发放生活补助860万元", "860万元", "发放生活补助"),  # negative: no group it is paid to
    # 国有, 公有, 私有 name an ownership, not a possession: the noun keeps them
    ("到国有企业就业的占38.9%，到民营企业就业的占32.5%", "38.9%", "国有企业就业"),
    ("国有资产总额3.2亿元", "3.2亿元", "国有资产总额"),
    ("公有产权校舍面积12.6万平方米", "12.6万平方米", "公有产权校舍面积"),
    ("全县仍有危房学校3所", "3所", "危房学校"),  # negative: 仍有 of possession goes
    # classes and grades are such units too
    ("小班每班幼儿不超过25人，中班不超过30人，大班不超过35人", "30人", "中班每班幼儿"),
    ("一年级每周课时26节，二年级28节", "28节", "二年级每周课时"),
    ("重点班平均分98.5分，普通班86.2分", "86.2分", "普通班平均分"),
    ("小班每班幼儿25人，中班招生120人", "120人", "中班招生"),  # negative: its own measure
    # a ratio a cost is split by: who splits it, and how
    ("所需资金由市、县两级按5:5的比例分担", "5:5", "所需资金市、县两级分担比例"),
    # a rate per head whose clause names only a group: that group's rate of the funds named before
    ("发放家庭经济困难学生生活补助86.5万元，其中寄宿生每生每学期500元", "500元", "寄宿生生活补助"),
    ("全年发放普通高中国家助学金820万元。其中一年级学生每生每年2000元", "2000元", "一年级学生国家助学金"),
    ("发放乡村教师生活补助120万元，其中边远村小教师每人每月400元", "400元", "边远村小教师生活补助"),
    ("全县教师每人每月300元", "300元", "全县教师"),  # negative: no funds named before
    ("发放乡村教师生活补助120万元。\n二、学生资助\n寄宿生每生每学期500元", "500元", "寄宿生"),  # negative: no 其中
    ("全县有5所学校未来三年将新建教学楼", "5所", "学校未来三年将新建教学楼"),  # negative: 未来 is no 未
    ("城区按每生每年300元安排课后服务补助", "300元", "城区课后服务补助"),  # a place paid, not the payer
    # the things counted, then the state they are in or what they said: the count is of those
    ("抽查的8个项目中，有3个项目未按期开工", "3个", "未按期开工的项目"),
    ("问卷显示，72.5%的家长表示对课后服务满意", "72.5%", "对课后服务满意的家长"),
    ("全县有4所幼儿园因消防不达标暂缓招生", "4所", "暂缓招生的幼儿园"),
    ("全区36名教师已取得心理健康教育资格证书", "36名", "已取得心理健康教育资格证书的教师"),
    ("全县有4所幼儿园获评省级示范园", "4所", "省级示范园"),  # negative: no state, what they won
    # a rate or standard after 按 measures what it is applied to: the funds opening the clause, or
    # the payment after the verb (the payer aside; the group paid, a per-head basis and 标准 kept)
    ("市财政按教职工工资总额的2%安排教师培训经费", "2%", "教师培训经费"),
    ("继续教育经费按不低于年度公用经费的8%列支", "8%", "继续教育经费"),
    ("乡镇中心校按每生每年200元增加取暖费", "200元", "乡镇中心校增加取暖费"),
    ("区财政按每生每年1200元的标准安排校车运营补助", "1200元", "校车运营补助标准"),
    ("走读生按住校生标准的60%给予补助", "60%", "走读生补助"),
    ("按初中生均每年不低于850元的标准足额拨付公用经费", "850元", "初中生均公用经费标准"),
    ("学费按每生每学期1500元收取", "1500元", "学费"),
    # negative: only the payer is named, and no payment after the verb: the rule leaves it
    ("县财政按每生每年600元的标准给予补助", "600元", "县财政补助标准"),
    # a time's frame (自…起, …以来) goes with the time out of the metric
    ("我县自2021年起按每生每年800元的标准拨付公用经费", "800元", "公用经费标准"),
    ("2019年以来通过公开招聘共补充农村教师426名", "426名", "通过公开招聘共补充农村教师"),
    ("县府自2019年起累计完成耐震补强校舍214栋", "214栋", "县府累计完成耐震补强校舍"),
    ("2019年起步的校园足球项目已覆盖学校86所", "86所", "起步的校园足球项目已覆盖学校"),  # negative: 起步
    ("中央和地方按8:2比例承担公用经费", "8:2", "中央和地方承担比例"),
    ("全县普职招生比例保持在5:5左右", "5:5左右", "普职招生比例"),  # negative: no 按, the measure is named
    # a 其中 part that names a stage (义务教育阶段) is the whole at that stage
    ("全县资助家庭经济困难学生8200人，其中义务教育阶段5100人", "5100人", "义务教育阶段资助家庭经济困难学生"),
    ("全县留守儿童3260人，其中学前教育阶段640人", "640人", "学前教育阶段留守儿童"),
    ("全县中小学校156所，其中义务教育阶段141所", "141所", "义务教育阶段"),  # negative: the whole names stages
    # a 其中 part naming a narrower kind of the whole's owner (本科毕业生 of 毕业生) measures what the
    # whole does, also where the 其中 opens the next sentence
    ("毕业生平均月收入为6120元。其中本科毕业生5480元，硕士毕业生8260元", "5480元", "本科毕业生平均月收入"),
    ("毕业生平均月收入为6120元。其中本科毕业生5480元，硕士毕业生8260元", "8260元", "硕士毕业生平均月收入"),
    ("2031年全县教师平均工资为9.2万元，其中乡村教师9.6万元", "9.6万元", "乡村教师平均工资"),
    ("全县教师3200人，其中骨干教师860人", "860人", "骨干教师"),  # negative: the whole is the owner alone
    ("毕业生平均月收入为6120元。其中本科毕业生就业率为91.2%", "91.2%", "本科毕业生就业率"),  # its own measure
    # a figure after the unit a superlative picks out: that unit's measure
    ("各乡镇中，受益学生最多的是城关镇，为1260人；最少的是北山乡，为85人", "1260人", "城关镇受益学生"),
    ("各乡镇中，受益学生最多的是城关镇，为1260人；最少的是北山乡，为85人", "85人", "北山乡受益学生"),
    ("全县各校中，合格率最高的是实验中学，为98.6%", "98.6%", "实验中学合格率"),
    ("在校生最多的学校为第一小学，达3260人", "3260人", "第一小学在校生"),
    ("最多的一所学校有学生3200人", "3200人", "学生"),  # negative: the clause names its own measure
    # ranks in a 分别 list: each unit of the list ranks its own measure
    ("今年中考，县一中、县二中升学率分别位列全市第2、第5位", "第5位", "县二中升学率"),
    ("实验小学和城关小学团体总分分别排名第1名和第4名", "第1名", "实验小学团体总分"),
    ("实验小学和城关小学团体总分分别排名第1名和第4名", "第4名", "城关小学团体总分"),
    ("两所学校的合格率分别为96.2%和93.8%，在全县分别排第3名和第7名", "第7名", "学校的合格率"),  # no units: the measure
    # a term (今年春季学期) says when and a connective (但仍) how: the subject is the one before
    ("2030年全县小学入学率为99.1%，今年秋季学期提高到99.6%", "99.6%", "小学入学率"),
    ("全县高中毕业率为93.4%，但仍比全省平均水平低1.2个百分点", "1.2个百分点", "高中毕业率"),
    ("全县初中巩固率为97.2%，仍低于全市平均水平0.8个百分点", "0.8个百分点", "初中巩固率"),
    ("全县初中学期末考试优秀率为32.5%", "32.5%", "初中学期末考试优秀率"),  # negative: no term named
    # a stage after another kind of school in a list of schools names its own schools
    ("全县有学校52所，其中完全中学3所、九年一贯制学校6所、小学43所", "43所", "小学"),
    ("全区有九年一贯制学校2所、初中11所、高中4所", "11所", "初中"),
    ("全县寄宿制学校40所，小学26所", "26所", "小学寄宿制学校"),  # negative: a part of the boarding schools
    # The owner of an attribute: a count of institutions, or the stage of a previous metric.
    ("全县普通初中21所,招生6520人,在校生19870人", "6520人", "普通初中招生"),
    ("全县普通初中21所,招生6520人,在校生19870人", "19870人", "普通初中在校生"),
    ("特殊教育学校招生人数86人,在校生人数412人", "412人", "特殊教育学校在校生人数"),
    ("全区小学34所,教职工2210人", "2210人", "全区小学教职工"),  # negative: not 全区小学小学教职工
    ("全区小学34所,教职工2210人", "34所", "全区小学"),  # a bare 小学 keeps its place
    ("学校占地面积52亩,建筑面积2.1万平方米", "2.1万平方米", "学校建筑面积"),
    ("全区共有公办小学56所,学生人数约3.2万人", "3.2万人", "公办小学学生人数"),
    # a place in a group for the score before it
    ("县第一中学以团体总分386分获得中学组第一名", "第一名", "中学组团体总分"),
    ("城关二小以团体总分274.5分获得小学组第一名", "第一名", "小学组团体总分"),
    ("学校合唱团参加市级展演，获得了第2名", "第2名", "市级展演"),  # negative: no score, no group
    # a rank among units counted after a measure ranks that measure; 初中 before 排 is a word
    ("七年级总平均分412.6分，在全县23所初中排第6名", "第6名", "七年级总平均分"),
    ("七年级总平均分412.6分，在全县23所初中排第6名", "23所", "初中"),
    ("全区体质测试合格率96.3%，在全市14个区县中排第3位", "第3位", "体质测试合格率"),
    ("在参评的14个县区中排第3位", "第3位", "参评县区"),  # negative: nothing measured before
    # points apart from an average (低于县平均, 高于全省平均): a difference of the measure before
    ("八年级数学及格率为58.9%，低于县平均6.1个百分点", "6.1个百分点", "八年级数学及格率"),
    ("全县巩固率97.2%，高于全省平均1.3个百分点", "1.3个百分点", "巩固率"),
    ("全县新建学校3所，高于计划数1所", "1所", "高于计划数"),  # negative: a plan is no average
    ("九年级语文平均分95.1分，其中九年级高出县平均分4.6分", "4.6分", "九年级语文平均分"),
    ("小学入学率99.2%，初中低于全市平均0.8个百分点", "0.8个百分点", "初中"),  # negative: another stage
    # grades that share 年级 in a 分别 list (七、八年级 → 七年级, 八年级)
    # schools counted under a heading that measures something else keep their own name
    ("一、招生规模\n全市现有普通高中46所，其中公办38所、民办8所。", "46所", "普通高中"),
    ("一、招生规模\n全市现有普通高中46所，其中公办38所、民办8所。", "38所", "公办普通高中"),
    ("二、招生计划\n全市普通高中计划招生28650人，其中公办24300人。", "28650人", "普通高中计划招生"),
    (  # negative: an amount of money under such a heading measures what it names
        "四、生均一般公共预算教育事业费增长情况\n普通小学为12036.5元，比上年增长3.2%。",
        "12036.5元",
        "普通小学生均一般公共预算教育事业费",
    ),
    # counts joined by 和/及/与, each before its noun: the joiner is the list's, the verb shared
    ("每所学校配备1名专职保安和2名兼职保安", "1名", "每所学校配备专职保安"),
    ("每所学校配备1名专职保安和2名兼职保安", "2名", "每所学校配备兼职保安"),
    ("每名考生最多可填报1个统招志愿和2个指标到校志愿", "2个", "每名考生填报指标到校志愿"),
    ("全年新建教学楼3栋和运动场2个", "2个", "运动场"),  # negative: the noun stands before the count
    # a bound written inside the clause before its verb is the figure's, not part of what it counts
    ("每名考生最多可填报1个统招志愿和2个指标到校志愿", "1个", "每名考生填报统招志愿"),
    ("每名学生最高可申请2万元助学贷款", "2万元", "每名学生申请助学贷款"),
    ("每人每年至少参加培训72学时", "72学时", "每人每年参加培训"),
    ("本项目最高限价478万元", "478万元", "本项目最高限价"),  # negative: 最高限价 names the measure
    # a numbered heading that only names a measure lends it to the bare items its line lists
    ("（二）班额。评估要求：小班不超过25人、中班不超过30人、大班不超过35人。", "30人", "中班班额"),
    ("（一）巩固率。小学达到99.5%，初中达到97.8%。", "99.5%", "小学巩固率"),
    ("（三）平均班额。城区学校42.6人，农村学校31.2人。", "42.6人", "城区学校平均班额"),
    ("（二）班额。全县平均班额27.5人。", "27.5人", "平均班额"),  # negative: the measure is named
    ("（四）师资配备。全县共有专任教师806人。", "806人", "专任教师"),  # negative: the heading names no measure
    ("（二）住宿费。每生每学期600元，每间宿舍住6至8人。", "6至8人", "每间宿舍住"),  # negative: a count is no fee
    ("（三）专业相关度。师范类专业达到91.2%。", "91.2%", "师范类专业相关度"),  # the item's 专业 written once
    (  # negative: a clause of paying at the standard is no item of it
        "（一）生均公用经费标准。我县按每生每年800元的标准拨付。",
        "800元",
        "拨付标准",
    ),
    # a count allotted by a per-head standard: what it allots, and how
    ("按每100名就餐学生配备1名工勤人员的标准测算，全县尚缺工勤人员约23人", "1名", "工勤人员配备标准"),
    ("按每班配备2名专任教师的标准核定编制", "2名", "专任教师配备标准"),
    ("按每校设置1名专职校医的要求，全县已配备校医46名", "1名", "专职校医设置要求"),
    ("每校配备1名专职保安，全县共配备186名", "1名", "每校配备专职保安"),  # negative: no standard named
    # a multiple of a base that sizes the action after it (按…的2倍核减…)
    ("对超计划招生的学校，按超招人数的2倍核减下一年度招生计划", "2倍", "核减下一年度招生计划"),
    ("按招聘岗位数的3倍确定进入面试人员", "3倍", "确定进入面试人员"),
    ("按违规金额的1.5倍追缴资金", "1.5倍", "追缴资金"),
    ("全县招生人数是上年的1.2倍", "1.2倍", "招生人数"),  # negative: a multiple of a level, no 按
    ("教学点按生均公用经费标准的1.5倍拨付", "1.5倍", "教学点按生均公用经费标准"),  # negative: a bare verb
    # a school type is one head: a 其中 part's qualifier stands before it whole
    ("全市现有普通高中46所，其中公办38所、民办8所", "38所", "公办普通高中"),
    ("全市现有普通高中46所，其中公办38所、民办8所", "8所", "民办普通高中"),
    ("全县共有普通小学52所，其中民办6所", "6所", "民办普通小学"),
    ("全县新建幼儿园6所，其中公办4所", "4所", "新建公办幼儿园"),  # negative: one word, as before
    # an average shared by the items of a 分别 list (平均身高、体重)
    ("全县学生平均身高、体重分别为152.3厘米和41.6公斤", "41.6公斤", "学生平均体重"),
    ("全县学生平均身高、体重分别为152.3厘米和41.6公斤", "152.3厘米", "学生平均身高"),
    ("教职工人均工资、津贴分别增长8.2%和5.6%", "5.6%", "教职工人均津贴"),
    ("小学生均图书、仪器设备值分别达到32册和1850元", "1850元", "小学生均仪器设备值"),
    ("公办园、民办园在园幼儿平均班额分别为28人和33人", "33人", "民办园在园幼儿平均班额"),  # negative: no average first
    ("七、八年级及格率分别为64.2%和58.9%", "58.9%", "八年级及格率"),
    ("七、八年级及格率分别为64.2%和58.9%，八年级低于县平均6.1个百分点", "6.1个百分点", "八年级及格率"),
    ("七和九年级分别新增2个和3个班", "3个班", "九年级新增"),
    ("小学和初中分别新增2所和3所", "3所", "初中新增"),
    ("七至九年级及格率为62.5%", "62.5%", "七至九年级及格率"),  # negative: a range of grades, one rate
    # a grade or stage, then a cue of a plan: the cue is no part of the measure
    ("九年级要确保中考平均分进入全县前5名", "5名", "九年级中考平均分"),
    ("小学要确保入学率达到99%以上", "99%以上", "小学入学率"),
    ("初中需要新增教师30人", "30人", "初中需要新增教师"),  # negative: 需要 follows no grade's cue
    # a count right after the bound that defines its group counts that group (and its share)
    ("全校总分不足300分的学生有63人，约占参考人数的7.8%", "63人", "全校总分不足300分的学生"),
    ("全校总分不足300分的学生有63人，约占参考人数的7.8%", "7.8%", "全校总分不足300分的学生占参考人数"),
    ("全县不足100人的小规模学校有41所", "41所", "不足100人的小规模学校"),
    ("全县新建学校3所，其中小学2所", "2所", "小学新建学校"),  # negative: no bound defines a group
    # a classifier that names what it counts (个班): the classes of the subject, not the subject
    ("全县初中招生3200人、64个班", "64个班", "初中招生班"),
    ("全校在校生1450人，共32个班", "32个班", "全校在校生班"),
    ("全县新增教学班30个，共56个班", "56个班", "新增教学班"),  # negative: the subject is classes
    # a sentence opening with a bare attribute after a paragraph that opens with a count of
    # institutions: what that count counts owns it
    ("　　小学4915所，比上年减少138所；另有教学点2206个。招生128.64万人，在校生746.12万人", "128.64万人", "小学招生"),
    ("全省普通高中1065所。招生68.95万人", "68.95万人", "普通高中招生"),
    ("全县加大投入。招生1200人", "1200人", "招生"),  # negative: the paragraph opens with no count
    # a stage named alone after a clause that names the measure, with no figure
    ("体育运动场（馆）面积达标学校比例，小学为94.7%，初中为96.1%", "94.7%", "小学体育运动场（馆）面积达标学校比例"),
    ("体育运动场（馆）面积达标学校比例，小学为94.7%，初中为96.1%", "96.1%", "初中体育运动场（馆）面积达标学校比例"),
    ("全县加强管理，小学为12所", "12所", "小学"),  # negative: the clause before names no measure
    # a 其中 part that names its own deed keeps it once
    ("全年新建学校9所，其中新建小学2所、初中1所", "2所", "新建小学"),
    ("全年新建学校9所，其中新建小学2所、初中1所", "1所", "新建初中"),
    ("全年新建、改扩建中小学和幼儿园9所，其中新建小学2所", "2所", "新建小学"),
    ("全年新建公办幼儿园9所，其中城区3所", "3所", "新建公办城区幼儿园"),  # negative: a place, no deed
    ("全乡学生一共一千二三百人", "一千二三百人", "全乡学生"),  # 一共 is no part of a metric
    ("一共一千二三百名学生", "一千二三百名", "学生"),
    # 投入 alone measures what the clause before names (an estimate's 预计 is no part of it)
    ("115年起将试办数学科分级评量，预计投入新台币1亿2千万元", "1亿2千万元", "试办数学科分级评量投入"),
    ("全县加大投入，预计投入资金580万元", "580万元", "投入资金"),  # negative: it names what
    # a list item's 三是 is no part of its metric; a verb of hiring leaves no owner to the people
    ("2024年，一是再新建学校4所；三是招聘教师200名左右", "200名左右", "招聘教师"),
    ("二是新增省级示范幼儿园3所，培训教师1200人次", "1200人次", "培训教师"),
    ("全县普通初中21所，专任教师1860人", "1860人", "普通初中专任教师"),  # an owner's attribute stays
    # 累计 opening a measure keeps it: a running total (累计支出, 累计培训) is not the year's figure;
    # right before the number it is only how the figure is given
    ("截至6月30日，累计支出23904.7万元", "23904.7万元", "累计支出"),
    ("累计投入资金1.2亿元", "1.2亿元", "累计投入资金"),
    ("累计培训教师3200人次", "3200人次", "累计培训教师"),
    # a baseline named only by its time (比五年前的…) is the same measure's, at that time
    ("全县在校生3.2万人，比五年前的2.8万人增加0.4万人。", "2.8万人", "在校生"),
    ("全县在校生3.2万人，比五年前的2.8万人增加0.4万人。", "0.4万人", "在校生"),
    ("全县在校生3.2万人，高于五年前的全省平均水平2.9万人。", "2.9万人", "高于五年前的全省平均水平"),  # negative
    # a bare standard of aid is the one of the group the clause before says receives the aid
    ("家庭经济困难幼儿按规定享受学前教育资助，资助标准为每生每年1200元。", "1200元", "家庭经济困难幼儿资助标准"),
    ("农村寄宿生享受生活补助，补助标准为每生每年1250元。", "1250元", "农村寄宿生补助标准"),
    ("学校加强资助管理，资助标准为每生每年800元。", "800元", "资助标准"),  # negative: no group granted
    # a bare 金额/价值/涉及资金 is the amount of what the figure before it counted
    ("审计发现，有12名学生重复领取补助，金额1.8万元。", "1.8万元", "学生重复领取补助金额"),
    ("补登资产86台（套），价值32.5万元。", "32.5万元", "补登资产价值"),
    ("全县有幼儿园52所，资金缺口1200万元。", "1200万元", "资金缺口"),  # negative: a measure of its own
    # 全年 before a bare verb that is all the clause names stays too: it tells the year's total
    ("补助按季度发放，全年共发放4次。", "4次", "全年发放"),
    ("全年增发补助22.4万元", "22.4万元", "增发补助"),  # negative: a noun tells what was paid
    ("去年全县开展督查35次。", "35次", "督查"),  # negative: no span before the verb
    ("全县累计扫除青壮年文盲2300人", "2300人", "累计扫除青壮年文盲"),
    ("参加培训教师累计1500人次", "1500人次", "参加培训教师"),  # negative: 累计 before the number
    # the tiers of a standard: the count of tiers is no noun, 具体分为 names nothing
    ("国家助学金平均资助标准为每生每年2000元，具体分为1500元、2000元、2500元三档", "2500元", "国家助学金平均资助标准"),
    ("国家助学金平均资助标准为每生每年2000元，具体分为1500元、2000元、2500元三档", "1500元", "国家助学金平均资助标准"),
    ("全县新建学校2所、教学点3个", "3个", "教学点"),  # negative: a list item with its own noun
    # a rate's level of a base (资助面约为在园幼儿的10%): the rate; a population's share keeps 占
    ("资助面约为在园幼儿的10%", "10%", "资助面"),
    ("资助面约占在校生的25%", "25%", "资助面"),
    (
        "对义务教育阶段家庭经济困难寄宿生补助生活费，小学每生每年1000元、初中每生每年1250元",
        "1000元",
        "小学义务教育阶段家庭经济困难寄宿生补助生活费",
    ),
    # a bare measure under a heading that names only a stage takes the stage
    ("资助政策简介\n一、学前教育\n按每生每年1000元的标准给予资助，资助面约为10%。", "1000元", "学前教育资助标准"),
    ("资助政策简介\n一、学前教育\n按每生每年1000元的标准给予资助，资助面约为10%。", "10%", "学前教育资助面"),
    ("资助政策简介\n一、学前教育\n全县小学入学率达到99.5%。", "99.5%", "小学入学率"),  # negative: a stage
    ("工作总结\n一、加强管理\n入学率达到99.5%。", "99.5%", "入学率"),  # negative: no stage heading
    # how far funds named before got: paid, used, in place
    ("学前教育专项资金下达1260万元，已支付838万元", "838万元", "学前教育专项资金支付"),
    ("改薄资金下达3540万元，已支付1452万元，支付进度41.0%", "41.0%", "改薄资金支付进度"),
    ("新建学校3所，已支付工程款800万元", "800万元", "支付工程款"),  # negative: no funds before, its own noun
    # the time compared with, then what changed (较上年同期支出增加); the schedule a rate is behind
    ("累计支出23904.7万元，较上年同期支出增加1836.9万元", "1836.9万元", "支出"),
    ("预算执行率为49.5%，低于序时进度0.5个百分点", "0.5个百分点", "预算执行率"),
    ("全县招生3200人，比上年增加150人", "150人", "全县招生"),  # negative: no subject after the baseline
    ("课后服务参与率为96.5%，较去年同期提高4.6个百分点", "4.6个百分点", "课后服务参与率"),  # negative
    ("教育支出预算2.1亿元，比上年执行数增加2700万元", "2700万元", "教育支出预算"),  # negative
    # a campus or a building owns its area, its cost and its places
    ("其中县一中新校区占地326亩，总投资6500万元，可容纳学生3600人", "6500万元", "县一中新校区总投资"),
    ("其中县一中新校区占地326亩，总投资6500万元，可容纳学生3600人", "3600人", "县一中新校区可容纳学生"),
    ("再新建职业高中实训楼1栋，建筑面积5000平方米", "5000平方米", "新建职业高中实训楼建筑面积"),
    ("全县新建学校3所，总投资4200万元", "4200万元", "新建学校总投资"),
    ("全县楼房校舍占比为85%", "85%", "楼房校舍占比"),  # negative: no building counted before
    # the members an institution counted before has: 学员, and 招收学生 as 招生 is; not a bare
    # 学生 (民办小学87所，共有学生3万人: the pupils of every school, not of the last counted)
    ("全县有职工夜校4所，学员360人", "360人", "职工夜校学员"),
    ("新办农业中学2所，招收学生96人", "96人", "新办农业中学招收学生"),
    ("全乡有完全小学7所、民办小学12所，共有学生1840人", "1840人", "学生"),  # negative
    ("全市民办培训学校45所，学员1.2万人", "1.2万人", "民办培训学校学员"),
    ("安排专项资金3000万元,用于新建公办幼儿园15所", "15所", "新建公办幼儿园"),
    ("全市中考综合成绩位居全省第3位", "第3位", "中考综合成绩"),
    ("义务教育学校86所,其中小学62所;在校学生5.2万人", "5.2万人", "义务教育学校在校学生"),
    # The topic clause before the figures of a sentence.
    ("滨江小学新建项目,占地面积15600平方米,建筑面积8300平方米", "8300平方米", "滨江小学新建项目建筑面积"),
    ("随迁子女在校生中,在初中就读的有8.6万人", "8.6万人", "在初中就读随迁子女在校生"),
    ("在2023年全市中小学艺术展演中,学校获一等奖4项、二等奖7项", "7项", "中小学艺术展演二等奖"),
    # no topic clause: the buildings counted before own the area as their attribute
    ("建设教学楼2栋,占地面积5200平方米", "5200平方米", "建设教学楼占地面积"),
    ("在推进教育现代化进程中,全市新建学校12所", "12所", "新建学校"),  # negative: an adverbial
    # 其中 parts take the whole's head.
    ("普通高校招生人数31200人,其中本科9800人,专科21400人", "21400人", "普通高校专科招生人数"),
    ("新建幼儿园9所(其中公办6所,民办3所)", "3所", "新建民办幼儿园"),
    ("改扩建幼儿园5所(其中公办园3所,民办园2所)", "3所", "改扩建公办园"),
    ("补充新教师320名,其中特岗教师96名", "96名", "特岗教师"),  # negative: the part names itself
    # A change names what changed, never the verb or its baseline.
    ("学前教育毛入园率91.2%,比五年前提高12.4个百分点", "12.4个百分点", "学前教育毛入园率"),
    ("全县投入教育资金8.4亿元,年均增长6.1%", "6.1%", "投入教育资金"),
    ("在校生28.3萬人,比上年增加1.2萬人,增長4.4%", "4.4%", "在校生"),
    ("高中招生数较20XX年增长7%", "7%", "高中招生数"),
    # a list item's label before a colon names what its figure measures
    ("　　2.住宿费：每生每学期800元，按学期收取", "800元", "住宿费"),
    ("（三）伙食补助：每生每天6元", "6元", "伙食补助"),
    ("（二）教材费：每生每学期150元", "150元", "教材费"),
    ("　　说明：小学教师3人、初中教师5人", "3人", "小学教师"),  # negative: the clause names its own measure
    # a stage opening a bracket after a measure takes the measure
    ("全县小学、初中综合差异系数（小学0.47、初中0.36）均达标", "0.47", "小学综合差异系数"),
    ("全县小学、初中综合差异系数（小学0.47、初中0.36）均达标", "0.36", "初中综合差异系数"),
    ("巩固率（初中97.5%）保持稳定", "97.5%", "初中巩固率"),
    ("城区学校（小学）班额控制在45人以内", "45人以内", "城区学校（小学）班额"),  # negative: the bracket is closed
    ("本校学生人数为1234人,较去年减少56人,减幅4.3%", "4.3%", "本校学生人数"),
    ("教育经费总投入8.2亿元,增幅为6.5%", "6.5%", "教育经费总投入"),
    # A currency written before the amount is no part of what is measured.
    ("全澳學生共76,420人，升幅為2.1%", "2.1%", "全澳學生"),
    ("初中每班津贴为澳门元96万元", "96万元", "初中每班津贴"),
    ("市府補助學生午餐經費新臺幣1億2,300萬元", "1億2,300萬元", "市府補助學生午餐經費"),
    ("港府資助每名學生港幣4,200元", "4,200元", "港府資助每名學生"),
    ("教育基金结余人民币3.6亿元", "3.6亿元", "教育基金结余"),
    ("全年补助人民币学生1200人次", "1200人次", "补助人民币学生"),  # negative: not at the end, it stays
    ("二零二三至二四年度的教育开支预算为1067亿元", "1067亿元", "教育开支预算"),
    # Noise inside the clause is no part of a metric.
    ("专任教师2416人◈✿,比上年增加85人◈✿,增长3.6%", "85人", "专任教师"),
    ("小學(xué)在校生63.2萬人", "63.2萬人", "小學在校生"),
    # A share names its part before 占.
    ("化解市属高校债务12.6亿元,占债务总额的38%", "38%", "化解市属高校债务占债务总额"),
    ("交流轮岗教师215人,占应交流人数的17.3%", "17.3%", "交流轮岗教师占应交流人数"),
    ("全市教职工5.2万人,其中专任教师4.6万人,占88.5%", "88.5%", "专任教师占教职工"),
    # What is counted is the entity named after what it did.
    ("全区1260名考生参加高考", "1260名", "参加高考考生"),
    ("与县内外32家企业开展校企合作", "32家", "县内外开展校企合作企业"),
    ("全市有9所学校进入全省前20名", "9所", "进入全省前20名学校"),  # the range a verb reaches stays
    ("38所中小学进入全省第二批智慧校园试点", "38所", "进入全省第二批智慧校园试点中小学"),
    ("全县1200名教师代表参加会议", "1200名", "参加会议教师代表"),
    ("全市300名校长参加了轮训", "300名", "校长参加了轮训"),  # negative: 了 reports an event
    ("新建3所学校操场", "3所", "新建学校操场"),  # negative: no verb after the entity
    # A clause that draws up a plan names no topic; 比例 is part of the measure's name.
    ("（一）制定消除大班额专项计划，2032年底前大班额比例降至5%以下", "5%以下", "大班额比例"),
    ("近三年共交流轮岗教师417人次，交流比例达到14.4%", "14.4%", "交流比例"),
    ("全力实施校舍安全工程，已开工12所", "12所", "校舍安全工程开工"),  # negative: a programme is a topic
    # A baseline named by an earlier account (较112年度法定预算) is the measure before it.
    ("歲出預算編列98億元，較112年度法定預算94億元增列4億元", "94億元", "歲出預算"),
    ("歲出預算編列98億元，較112年度法定預算94億元增列4億元", "4億元", "歲出預算"),
    ("教育支出9.8亿元，比上年执行数9.1亿元增加0.7亿元", "9.1亿元", "教育支出"),
    # A change a goal names (下降0.5个百分点以上的目标) is one of the measure before it.
    ("全市近视率为52.4%，较上年下降2.3个百分点，完成了年度下降0.5个百分点以上的目标", "0.5个百分点以上", "近视率"),
    ("全县巩固率为96.1%，实现了提高1个百分点的年度目标", "1个百分点", "巩固率"),
    ("全县巩固率为96.1%，比上年提高1个百分点", "1个百分点", "巩固率"),  # negative: no goal, still its
    # In a two-sided account an amount's label is the cell before it; a row's list number goes.
    (
        "单位：万元\n收入项目|预算数|支出项目|预算数\n一、事业收入|286.00|一、教育支出|3,301.75",
        "3,301.75",
        "教育支出预算数",
    ),
    (
        "单位：万元\n收入项目|预算数|支出项目|预算数\n一、事业收入|286.00|一、教育支出|3,301.75",
        "286.00",
        "事业收入预算数",
    ),
    ("单位：万元\n指标|属性|2030年|2031年\n在校生|约束性|1,204|1,318", "1,318", "在校生"),  # negative: no amount before
    # A lead line introducing a table of years names the owner of its columns' measures.
    (
        "过去三个学年公营小学的学校数目、学生人数如下：\n学年|学校数目|学生人数\n2030/31|456|297,200",
        "297,200",
        "公营小学学生人数",
    ),
    ("全区学校情况如下：\n学年|学校数目|学生人数\n2030/31|456|297,200", "297,200", "学生人数"),  # negative: no 的
    # A row's classification code is no part of its label (2050201 学前教育 → 学前教育).
    ("单位：万元\n科目|支出合计\n2050201 学前教育|3,204.56", "3,204.56", "学前教育支出合计"),
    ("单位：万元\n项目|支出合计\n2031年预算|3,204.56", "3,204.56", "2031年预算支出合计"),  # negative: a year
    # a measure held at a share of a base: the measure before the link verb
    ("资助面保持在普通高中在校生的30%左右", "30%左右", "资助面"),
    ("寄宿生比例稳定在在校生的40%以上", "40%以上", "寄宿生比例"),
    ("贫困生占在校生的30%左右", "30%左右", "贫困生占在校生"),  # negative: 占 names the share itself
    # a standard named before the figure, compared with the measure the clause opens with
    ("全校生师比仍高于合格评估要求的18:1", "18:1", "全校生师比"),
    ("城区小学班额均超过省定标准的45人", "45人", "城区小学班额"),
    ("城区小学班额为48人", "48人", "城区小学班额"),  # negative: no standard
    # with whom or by what the work was done is no part of the measure
    ("全年联合市场监管、公安等部门开展专项检查42次", "42次", "专项检查"),
    ("依托社区活动中心开办假期托管班36个", "36个", "开办假期托管班"),
    ("全年开展专项检查42次", "42次", "专项检查"),  # negative: nothing to drop
    # 有效 is a word, not the verb 有 after a possessor (收回有效问卷 → 收回有效问卷)
    ("共发放问卷800份，收回有效问卷762份", "762份", "收回有效问卷"),
    ("评估组回收有效问卷1302份", "1302份", "评估组回收有效问卷"),
    ("全县尚有危房学校12所", "12所", "危房学校"),  # negative: the verb 有 after a possessor
    # A possessor's stage qualifies what it has (全县中小学仍有危房 → 中小学危房).
    ("目前全县中小学仍有危房约1.2万平方米", "1.2万平方米", "中小学危房"),
    # A measure raised to a rate per head: the measure (逐步将…标准提高到每人每月1000元).
    ("逐步将最高档补助标准提高到每人每月1200元", "1200元", "最高档补助标准"),
    ("进一步把寄宿生生活补助提高到每生每天6元", "6元", "寄宿生生活补助"),
    ("继续教育经费提高到每人每年900元", "900元", "继续教育经费"),  # 继续 opens a word here
    # Some units have what is counted: the units qualify it (有的教学点只有学生3名 → 教学点学生).
    ("全县有的教学点只有学生4名", "4名", "教学点学生"),
    ("个别村小仅有教师2人，教学难以为继", "2人", "村小教师"),
    ("部分乡镇中心校有寄宿生300余人", "300余人", "乡镇中心校寄宿生"),
    ("有的家长只有初中文化的占38%", "38%", "初中文化"),  # no units: the rule stays out
    ("全县小学尚有代课教师86人", "86人", "小学代课教师"),
    ("城区学校仍有大班额42个", "42个", "大班额"),  # negative: no stage in the possessor
    # A level a requirement names (离…达到60%的要求), a limit a region sets, measure the figure before.
    ("初中教师学历合格率为42.5%，离期末达到60%的要求还有差距", "60%", "初中教师学历合格率"),
    ("初中年辍学率为4.8%，高于地区规定的3%的控制指标", "3%", "初中年辍学率"),
    ("初中年辍学率为4.8%，力争全县巩固率达到97%的目标", "97%", "巩固率"),  # negative: its own measure
    # A bare 占 after a long part named among its whole (X中Y) keeps the whole: no cut.
    ("小学专任教师中民办教师1060名，约占三成", "三成", "小学专任教师中民办教师占比"),
    ("初中专任教师中研究生学历教师86人，占7.1%", "7.1%", "初中专任教师中研究生学历教师占比"),
    ("全县教师中，高级职称教师420人，占18%", "18%", "高级职称教师占比"),  # negative: 中 ends its own clause
    # A sibling measure after the level and its change, or a 其中 rate of it, shares the owner.
    ("全市学生体质测试合格率为92.1%，较上年提高1.2个百分点；优良率为44.6%", "44.6%", "学生体质测试优良率"),
    ("全市学生体质测试优良率为44.6%，其中优秀率为10.3%", "10.3%", "学生体质测试优秀率"),
    # Points added or taken off a score: 加分, 扣分.
    ("少数民族考生在农村初中就读的加10分", "10分", "少数民族考生在农村初中就读的加分"),
    ("未按时上报数据的扣2分", "2分", "未按时上报数据的扣分"),
    ("教学常规检查得分为92分", "92分", "教学常规检查得分"),  # no points added: the score itself
    # 各 after a list gives each item the figure: it names nothing.
    ("其中语文、数学、英语各120分", "120分", "语文、数学、英语"),
    ("全县各类学校共有教师3200人", "3200人", "全县教师"),  # 各类 opens a word, no list before it
    # A bare 占 after the second of two parts that each have a share: its own share, not of the first.
    ("专任教师中，研究生学历12人，占9.5%；高级职称30人，占23.8%", "23.8%", "高级职称专任教师占比"),
    ("自有资金1058万元，投入教育265万元，占25%", "25%", "投入教育占自有资金"),  # the first is the whole
    # A form's label|value|label|value row: the label before a value names it whole, no title adds.
    (
        "学校基本情况表\n学校名称    城北中学    办学性质    公办\n图书（册）    41000    计算机（台）    210",
        "210",
        "计算机",
    ),
    (
        "学校基本情况表\n学校名称    城北中学    办学性质    公办\n图书（册）    41000    计算机（台）    210",
        "41000",
        "图书",
    ),
    ("二、教育经费收入情况\n单位：万元\n项目 | 2030年 | 2031年\n小学 | 5620 | 5880", "5880", "小学教育经费收入"),
    # 占比 at the end names a share, not a baseline 比…
    ("力争省外计划占比提高到30%左右", "30%左右", "省外计划占比"),
    ("全县民办学校在校生占比为12.5%", "12.5%", "民办学校在校生占比"),
    ("全县在校生比上年增长3.2%", "3.2%", "在校生"),  # 比上年 is the baseline
    # A score over a control line is a difference against the line: the score's own measure.
    ("物理类、历史类最低录取分数分别为520分和533分，分别超出省控线80分和74分", "80分", "物理类最低录取分数"),
    # The top of a ranking: 前 belongs to the figure.
    ("七年级新生综合素质测评前30名免收学费", "30名", "七年级新生综合素质测评"),
    ("全县学业水平考试成绩前20名的学生", "20名", "学业水平考试成绩"),
    ("力争全镇综合成绩进入全县前8名", "8名", "综合成绩"),
    ("全市中考总分前20名中，我县占6名", "6名", "中考总分前20名"),
    # A clause with no figure that names a new measure between two figures: the later one is its.
    ("住宿费每生每学期1000元；伙食费按实际发生收取，每生每月约550元", "550元", "伙食费"),
    ("住宿费每生每学期1000元；教材费按实际发生收取，每生每学期约200元", "200元", "教材费"),
    ("小学生均公用经费720元，初中920元，均按时足额拨付，高中1100元", "1100元", "高中生均公用经费"),
    # An indicator table: the label right before the value, not its categories.
    (
        "一级指标  二级指标  三级指标  指标值\n产出指标  数量指标  培训教师人数  ≥800人\n"
        "产出指标  质量指标  培训合格率  ≥95%",
        "95%",
        "培训合格率",
    ),
    ("项目  2030年  2031年\n在校生人数（人）  5620  5880\n教师人数（人）  410  432", "432", "教师人数"),  # no 指标
    # A goal a result is compared with, and a multiple of another place's: the measure before it.
    ("入学率由92.3%提高到97.6%，超过省定95%的目标", "95%", "入学率"),
    ("特殊教育学校生均公用经费标准为8000元，是普通学校的10倍左右", "10倍左右", "特殊教育学校生均公用经费标准"),
    ("全县新建学校12所，超额完成年度目标", "12所", "新建学校"),  # no figure for the goal
    # A table of rates under a lead that names the payment: its row, its column and the payment.
    (
        "乡村教师生活补助按学校类别确定，具体标准如下：\n类别 | 中心校（元/人·月） | 村小（元/人·月）\n"
        "一类 | 500 | 800",
        "800",
        "一类村小教师生活补助",
    ),
    ("单位：元\n全县各类学校生均经费情况如下：\n学段 | 城区 | 农村\n小学 | 5620 | 5880", "5880", "小学农村"),  # no 按
    # A fee the clause before says someone may charge, for the first figure of its sentence.
    ("寄宿制幼儿园可另收住宿费，每生每月不超过120元", "120元", "寄宿制幼儿园住宿费"),
    ("城区学校可代收课后服务费，每生每学期不超过300元", "300元", "城区学校课后服务费"),
    ("寄宿制幼儿园可另收住宿费，年检合格率为100%", "100%", "年检合格率"),  # a figure that names itself
    # Those taking part, in the event counted before.
    ("全年开展消防疏散演练320场次，参与师生4.1万人次", "4.1万人次", "参与消防疏散演练师生"),
    ("组织举办家长学校讲座45期，参加家长累计1.2万人次", "1.2万人次", "参加家长学校讲座家长"),
    ("全县新建幼儿园5所，参与学生2000人", "2000人", "参与学生"),  # nothing organised before it
    # A count named by a settling verb alone counts the things found or received before it.
    ("排查发现安全隐患210处，已整改205处，整改率97.6%", "205处", "整改安全隐患"),
    ("排查发现安全隐患210处，已整改205处，整改率97.6%", "97.6%", "安全隐患整改率"),
    ("受理群众来信来访86件，已办结80件", "80件", "办结群众来信来访"),
    ("新建幼儿园5所，已完成3所", "3所", "完成"),  # 新建 finds nothing to settle
    # A rate after a count of the negated kind is no rate of that count.
    ("年检不合格4家，合格率为88.1%", "88.1%", "合格率"),
    ("高考本科上线1137人，上线率为48.6%", "48.6%", "高考本科上线率"),
    # A short rate after a count of things handled is the rate of those things.
    ("全年受理家长来信来访156件，办结率98.7%", "98.7%", "家长来信来访办结率"),
    ("抽查中小学校45所，合格率91.1%", "91.1%", "中小学校合格率"),
    ("立项建设项目12个，开工率75%", "75%", "建设项目开工率"),
    ("全县招生1200人，巩固率98%", "98%", "巩固率"),  # 招生 names no things handled
    # A word that points back names the measure before it, of its own place.
    ("50岁以上教师占专任教师总数的27.5%，山区学校这一比例高达39%", "39%", "山区学校50岁以上教师占专任教师总数"),
    ("全县留守儿童占在校生的16.2%，北部乡镇该比例为23.4%", "23.4%", "北部乡镇留守儿童占在校生"),
    ("全市学前教育毛入园率为91.3%，这一指标比上年提高2.1个百分点", "2.1个百分点", "学前教育毛入园率"),
    ("全县留守儿童占在校生的16.2%，北部乡镇有留守儿童2300人", "2300人", "留守儿童"),  # no word points back
    # What is paid per head at the rate a figure names, and whom a programme reaches: its own clause
    # (惠及教师, as analysts write it, not 乡村教师生活补助惠及教师).
    ("乡村教师生活补助按每人每月400元发放，惠及教师1800人", "400元", "乡村教师生活补助"),
    ("乡村教师生活补助按每人每月400元发放，惠及教师1800人", "1800人", "惠及教师"),
    ("特教学生助学金按每生每年1500元足额发放", "1500元", "特教学生助学金"),
    ("公用经费按每生每年800元拨付", "800元", "公用经费"),
    ("学校按每生每年800元拨付", "800元", "学校按拨付"),  # a school is no programme: its own clause
    ("全县新建校舍8000平方米，每生每年补助600元", "600元", "每生每年补助"),  # nor is a building
    ("全县教育收入3286万元，其中财政拨款2915万元", "2915万元", "财政拨款"),  # negative: a part
    # Quoted names before 等 are examples of what is counted; a graduating class (2021届) dates.
    ("参加“特岗计划”“三支一扶”等基层项目的318人", "318人", "参加基层项目"),
    ("学校2031届共有毕业生5286人", "5286人", "毕业生"),
    ("参加“国培计划”培训的教师320人", "320人", "参加“国培计划”培训的教师"),  # negative: no 等
    # 对X进行Y: what was done (Y) to what is counted (X), without the agent before 对.
    ("县教育局对全县86所学校进行了安全大检查", "86所", "安全大检查全县学校"),
    ("督导组对进度滞后的5个乡镇进行了约谈", "5个", "约谈进度滞后乡镇"),
    ("我们联合卫健部门对2.6万名学生进行了心理健康筛查", "2.6万名", "心理健康筛查学生"),
    ("对学校进行改造，新建教室24间", "24间", "新建教室"),  # negative: the figure is outside the frame
    # …and a 其中 part that did something: what it did 的 the whole the clause before counts.
    ("全县6项民生实事全部完成年度任务，其中4项超额完成", "4项", "超额完成的民生实事"),
    ("新建公办幼儿园全部达到省级标准，其中12所已投入使用", "12所", "已投入使用的新建公办幼儿园"),
    ("全县共有中小学85所，其中12所已投入使用", "12所", "已投入使用"),  # negative: no all before
    ("全市2.7万名教师参加了培训", "2.7万名", "教师参加了培训"),  # negative: 了 reports an event
    # A list of counts shares its first count's verb; what the previous count counted is no subject.
    ("示范高中要帮扶两所薄弱初中、一所薄弱小学", "一所", "示范高中要帮扶薄弱小学"),
    ("县里现辖14个乡镇、6个街道", "6个", "县里现辖街道"),
    ("开展培训12期、参训教师960人次", "960人次", "参训教师"),  # negative: the noun stands before it
    ("区示范校要帮扶两所薄弱初中和三所薄弱小学", "三所", "区示范校要帮扶薄弱小学"),
    # A standard after the result it is compared with measures what that result measures.
    ("公众满意度达到92.4%,高于国家规定85%的标准", "85%", "公众满意度"),
    ("生均宿舍面积仅为2.9平方米,低于3平方米的标准", "3平方米", "生均宿舍面积"),
    ("小学生均图书为28.6册,高于25册的标准", "25册", "小学生均图书"),
    # negative: no comparison, the money of another thing before it
    ("安排专项资金500万元,按每人每月400元的标准发放补贴", "400元", "补贴标准"),
    # a per-head standard whose clause ends at 标准: what it grants, named in the next clause
    ("按照每生每学期600元的标准，对家庭经济困难幼儿给予保育教育费补助", "600元", "家庭经济困难幼儿保育教育费补助"),
    ("按每生每天4元（秋季学期起提高到5元）的标准，为全县3.1万名学生提供营养膳食补助", "4元", "营养膳食补助"),
    ("按照每人每月300元的标准，向乡村教师发放生活补助。", "300元", "乡村教师生活补助"),
    ("按照每生每年200元的标准，全县共有学生1.2万人。", "200元", "按照标准"),  # negative: nothing granted after it
    ("从2031年起按每生每年900元的标准对普惠性幼儿园给予生均补助", "900元", "普惠性幼儿园生均补助"),
    ("按照每人每月500元的标准向乡村教师发放生活补助", "500元", "乡村教师生活补助"),
    ("按每生每天5元的标准为全县2.6万名学生提供营养膳食补助", "5元", "营养膳食补助"),  # a count is no whom
    # 分别是上年的N倍: the multiples go to the levels listed before them.
    ("新增省级骨干教师45名、市级学科带头人62名,分别是上年的1.5倍和1.3倍", "1.3倍", "市级学科带头人"),
    # Two known items (stages, school subjects) share what follows them and what qualifies them.
    ("我校小学、初中入学率分别为99.8%和99.1%", "99.1%", "我校初中入学率"),
    ("全县语文、数学平均分分别为86.5分和82.1分", "86.5分", "语文平均分"),
    ("公办园、民办园在园幼儿分别为3200人和2100人", "2100人", "民办园在园幼儿"),  # negative: not this rule
    ("招生1200人、毕业生900人,分别为2020年的1.2倍和1.1倍", "1.2倍", "招生"),
    ("全年完成投资9.6亿元,同比增长18.5%,是2020年的2.1倍", "2.1倍", "完成投资"),
    ("全县招生1200人,是上年的1.2倍", "1200人", "全县招生"),  # negative: the level itself
    # A place whose clause gives a bare N:1 takes up the ratio named before it.
    ("全县小学生师比为14.8:1,但城区小学高达23.5:1", "23.5:1", "城区小学生师比"),
    ("生机比全县为8:1,而山区学校高达15:1", "15:1", "山区学校生机比"),
    ("初中生师比为12:1,而部分农村初中不足7:1", "7:1", "部分农村初中生师比"),
    ("生师比为14.8:1,班额比为1.2:1", "1.2:1", "班额比"),  # negative: its own clause names a ratio
    ("小学入学率为99.5%,城区小学为100%", "100%", "城区小学"),  # negative: not a ratio
    # A ratio in parentheses is the ratio of the count before it.
    ("上本科线860人(比率41.5%),上重点线212人(比率10.2%)", "10.2%", "上重点线比率"),
    ("上本科线860人(占比41.5%)", "41.5%", "上本科线占比"),
    ("本科上线率为41.5%", "41.5%", "本科上线率"),  # negative: a named rate
    # Examples before 等 go; the verb of the event stays.
    ("改扩建滨河小学、城南幼儿园等9所城乡学校", "9所", "改扩建城乡学校"),
    ("东关小学、西关中学等5所学校完成塑胶跑道改造", "5所", "学校完成塑胶跑道改造"),
    ("新建城乡学校9所", "9所", "新建城乡学校"),  # negative: no examples
    # A figure that qualifies the noun (N人以上 + noun) belongs to the next figure's subject.
    ("全县56人以上大班额降至41个,比上年减少23个", "41个", "56人以上大班额"),
    ("66人以上的班级还有5个", "5个", "66人以上的班级"),
    ("招收新生500人以上,新建教室12间", "12间", "新建教室"),  # negative: a comma ends that clause
    # A two-character phrase keeps its place word.
    ("全镇面积52平方公里", "52平方公里", "全镇面积"),
    ("全省共有小学3344所", "3344所", "全省小学"),
    ("全县总面积1280平方公里", "1280平方公里", "总面积"),  # negative: long enough without it
    # A share followed by 的 and a noun measures that noun.
    ("98.5%的中小学校达到省定办学标准", "98.5%", "中小学校达到省定办学标准"),
    ("全县12所学校全部达标,96%的教师参加了轮训", "96%", "教师参加了轮训"),
    # Verbs of a new state link the count to its value.
    ("与2015年相比,全县初中调整为18所,小学由96所调整为64所", "64所", "全县小学"),
    ("教学点由40个撤并为12个", "12个", "教学点"),
    ("教学点由40个撤并为12个", "40个", "教学点"),
    # a baseline with its bound (由2031年约7.2万人), and a level after an adverb of how it changed
    ("学龄人口将由2031年约7.2万人，逐步下降至2036年约6.1万人", "7.2万人", "学龄人口"),
    ("学龄人口将由2031年约7.2万人，逐步下降至2036年约6.1万人", "6.1万人", "学龄人口"),
    ("全县在校生3200人，逐年增加到3500人", "3500人", "在校生"),
    ("全县在校生3200人，特殊教育学生逐年增加到350人", "350人", "特殊教育学生"),  # negative: its own subject
    # Openers that say how or to what standard, and list markers, are no part of the metric.
    ("初中辍学率为0.3%,控制在省定1%以内", "1%以内", "初中辍学率"),
    ("教育经费占财政支出的16.2%,连续6年保持在15%以上", "15%以上", "教育经费占财政支出"),
    ("全年通过公开招聘、特岗计划等渠道补充新教师312名", "312名", "补充新教师"),
    ("（3）争取投入二十万元左右改造食堂", "二十万元左右", "投入改造食堂"),
    # A budget line's classification path: the line is its last level (项, else 款).
    ("2.住房保障支出（类）住房改革支出（款）住房公积金（项）86.40万元", "86.40万元", "住房公积金（项）"),
    ("教育支出（类）普通教育（款）小学教育（项）支出2,415.6万元", "2,415.6万元", "小学教育（项）支出"),
    ("教育支出（类）教育费附加安排的支出（款）61.2万元", "61.2万元", "教育费附加安排的支出（款）"),
    ("教育支出（类）3,870.5万元", "3,870.5万元", "教育支出（类）"),  # negative: one level
    # A 其中 part that names a class (…类) or a place of a total: the class and the total's measure.
    ("建设项目资金总额5,400万元，其中新建类3,100万元，改扩建类2,300万元。", "3,100万元", "新建类建设项目资金"),
    ("建设项目资金总额5,400万元，其中新建类3,100万元，改扩建类2,300万元。", "2,300万元", "改扩建类建设项目资金"),
    ("资助资金总额860万元，其中农村520万元。", "520万元", "农村资助资金"),
    ("教育收费总额1,860万元，其中学费1,420万元。", "1,420万元", "学费"),  # negative: it names itself
    # A bare 生均/人均 divides the amount before it; 按…计算 says how and goes.
    ("公用经费预算186.2万元，按学生人数计算生均约1,127元", "1,127元", "生均公用经费预算"),
    ("全年投入营养餐补助资金520万元，人均约800元", "800元", "人均投入营养餐补助资金"),
    ("全县生均公用经费小学720元", "720元", "小学生均公用经费"),  # negative: it names its amount
    # A figure whose clause names nothing measures the subject of the clause before, when it names a measure.
    ("据测算，2032年全省高考报名人数将大幅增长，预计达62万左右。", "62万左右", "高考报名人数"),
    ("今年全县小学在校生人数持续增加，已达到4.8万人。", "4.8万人", "小学在校生人数"),
    ("全市学前三年毛入园率稳步提高，达到93.5%。", "93.5%", "学前三年毛入园率"),
    ("全县教育工作稳步推进，共投入资金120万元。", "120万元", "投入资金"),  # negative: it names its own
    # …or the object of a raising verb the figure's clause repeats (提高X标准，…提高到N).
    ("逐步提高乡村教师生活补助标准，2032年提高到每人每月600元。", "600元", "乡村教师生活补助标准"),
    ("稳步扩大普通高中招生规模，到2033年扩大到2.6万人。", "2.6万人", "普通高中招生规模"),
    ("进一步提高农村学校生均公用经费，明年调整为每生每年900元。", "900元", "农村学校生均公用经费"),
    ("进一步扩大普惠性学前教育资源，到2033年覆盖率提高到92%。", "92%", "覆盖率"),  # negative: its own
    ("提高乡村教师待遇，2032年全县新增周转房200套。", "200套", "新增周转房"),  # negative: no 提高到
    # A bare 占 divides the amount before it by the sentence's first amount, the whole.
    ("我镇自有资金860万元，投入教育215万元，占25%", "25%", "投入教育占自有资金"),
    ("支出合计5,200万元，其中基本支出4,100万元，占78.8%；项目支出1,100万元，占21.2%", "21.2%", "项目支出占支出合计"),
    ("专任教师420人，其中研究生学历63人，占15%", "15%", "研究生学历占专任教师"),
    ("全县小学入学率达100%，辍学率为0.1%，占比很低", "0.1%", "辍学率"),  # negative: no bare 占 before it
    # The same measure of another place: its place word changed, the rest of the measure kept.
    ("城区学校出口带宽达到200M，农村学校达到50M以上", "50M以上", "农村学校出口带宽"),
    ("城市小学平均班额48人，农村小学为31人", "31人", "农村小学平均班额"),
    ("公办园在园幼儿3,200人，民办园2,100人", "2,100人", "民办园在园幼儿"),
    ("城区学校出口带宽达到100M，农村教师培训合格率为95%", "95%", "农村教师培训合格率"),  # negative
    # Dropout, retention and enrolment rates after a stage's first figure take its stage too.
    ("2031年，全县小学在校生5.2万人，年辍学86人，辍学率0.17%。", "0.17%", "小学年辍学率"),
    ("全县初中在校生2.1万人，巩固率为96.3%。", "96.3%", "初中巩固率"),
    ("全县小学入学率100%，初中巩固率95.2%。", "95.2%", "初中巩固率"),  # negative: its own stage
    ("全县在校生3.4万人，巩固率为97.1%。", "97.1%", "巩固率"),  # negative: no stage before it
    # 分别 over one measure stated two ways: the subject before 分别.
    ("城乡低保标准分别提高到每人每月620元和每人每年4800元", "4800元", "城乡低保标准"),
    ("寄宿生生活补助标准分别为每生每天4元和每生每年1000元", "4元", "寄宿生生活补助标准"),
    ("小学、初中入学率分别为100%和98.6%", "98.6%", "初中入学率"),  # negative: the list divides it
    # Another item of the same kind (…科, …校) measured the same way; 两科分别… counts the items back.
    (
        "数学科达基础以上比率为81.2%，自然科为74.6%，两科分别较前一年提升1.1及2.4个百分点。",
        "74.6%",
        "自然科达基础以上比率",
    ),
    (
        "数学科达基础以上比率为81.2%，自然科为74.6%，两科分别较前一年提升1.1及2.4个百分点。",
        "2.4个百分点",
        "自然科达基础以上比率",
    ),
    ("东区小学巩固率为98.2%，西区为96.7%。", "96.7%", "西区小学巩固率"),
    ("全县学生数学科优秀率为31.2%，自然科为28.4%。", "28.4%", "自然科优秀率"),
    ("国文科平均分为72分，英语科教师18人。", "18人", "英语科教师"),  # negative: it names its own measure
    ("全日制在校生规模控制在3.3万人左右，其中研究生占比提高到35%以上", "35%以上", "研究生占比"),  # no rate before
    # A gloss in parentheses whose commas cut the clause: the subject stands before it.
    ("其中，义务教育经费（含城乡义务教育补助经费，不含基建投入）为12.6亿元", "12.6亿元", "义务教育经费"),
    ("专任教师（含代课教师，不含外聘人员）共1,206人", "1,206人", "专任教师"),
    ("教育支出（不含基建，不含债务还本）4.8亿元，增长6.1%", "6.1%", "教育支出"),
    ("全县学校（含教学点）在校生8,420人", "8,420人", "学校（含教学点）在校生"),  # negative: one clause
    ("教育支出（不含基建）4.8亿元", "4.8亿元", "教育支出（不含基建）"),  # negative: no comma inside
    # A part that names an owner takes the whole it is a share of; a breakdown in parentheses.
    ("计划招聘教师1500名,其中农村学校不少于900名", "900名", "农村学校计划招聘教师"),
    ("专任教师820人(初中310人,小学510人)", "510人", "小学专任教师"),
    ("普通高中招生9800人,在校生2.9万人;初中214所,招生3.1万人", "214所", "初中"),  # negative: no list
    # A bare verb of spending takes its purpose; a one-character noun continues the classifier.
    ("投入2860万元实施中小学校园文化提升", "2860万元", "中小学校园文化提升投入"),
    ("投资4100多万元,完成12所学校操场改造", "4100多万元", "学校操场改造投资"),
    ("投入资金2860万元,用于校舍维修", "2860万元", "投入资金"),  # negative: it names its noun
    ("全县辖十四个乡镇,三十二万人口", "三十二万人", "人口"),
    # In a row that lost its spaces, an attribute right before the next number is that number's.
    ("中职学校 32所 在校生 4.1万人 专任教师 0.3万人", "4.1万人", "中职在校生"),
    ("普通高中 48所 招生 2.6万人 在校生 8.2万人", "2.6万人", "普通高中招生"),
    ("新建3所学校", "3所", "新建学校"),
    # A list of nouns after a count is what it counts; a list of counts goes on with the next count.
    ("认真办理36件人大代表建议、批评和意见", "36件", "人大代表建议、批评和意见"),
    ("全年受理127件群众来信、来访和网上留言", "127件", "受理群众来信、来访和网上留言"),
    ("帮扶3所薄弱初中、五所薄弱小学", "3所", "帮扶薄弱初中"),  # negative: the next item is counted
    ("全县现辖xx个乡镇、xx个社区", "xx个", "现辖乡镇"),  # negative: a masked count is counted too
    # 新 before a verb's first character makes a word of them (新增多媒体: 新增 + 多媒体).
    ("生机比达到8:1，新增多媒体教室150间", "150间", "新增多媒体教室"),
    ("今年新增加学位200个", "200个", "新增加学位"),
    ("随迁子女4,200人，比上年增多120人", "120人", "随迁子女"),  # negative: 增多 is the verb
    # 分别占 a list of bases: each share is of a level before it, over its own base.
    ("全校男生1,240人，女生1,180人，分别占城区、农村学生总数的3.1%和2.6%", "2.6%", "女生占农村学生总数"),
    ("新建幼儿园12所，改扩建幼儿园8所，分别占全县幼儿园的9.8%和6.5%", "9.8%", "新建幼儿园占全县幼儿园"),
    ("专任教师860人，其中研究生42人，占4.9%", "4.9%", "研究生专任教师占比"),  # negative: no list
    # A counted set followed by 中 and a comma is the set the next count is taken from.
    ("全县48所农村学校中，有41所已完成改造。", "48所", "农村学校"),
    # a verb of merging or a word of need after the counted noun ends it
    ("全县高考上线人数是上年的1.3倍。", "1.3倍", "高考上线人数"),
    ("小学、初中入学率分别是上年的1.1倍和1.2倍。", "1.1倍", "小学入学率"),
    ("2023年教育投入为2018年的2.4倍。", "2.4倍", "教育投入"),
    ("在校生为上年的1.1倍，其中小学生为2.3万人。", "2.3万人", "小学生"),  # negative: a level after it
    ("将目前的64个教学点调减到40个左右。", "64个", "教学点"),
    ("全县还有23所村小亟待改造。", "23所", "全县村小"),
    ("全镇有56个教学点需要撤并。", "56个", "教学点"),
    ("全县新建需要寄宿的学校9所。", "9所", "新建需要寄宿的学校"),  # negative: the need stands before the count
    ("全区1,260名毕业生中，升入普通高中的有806名。", "1,260名", "毕业生"),
    ("全市126所幼儿园中，有98所为普惠性幼儿园。", "126所", "幼儿园"),
    ("全县建成3所高中，其中1所为省级示范高中。", "3所", "建成高中"),  # negative: 高中 is a word
    # An adverb of all (全部, 均已) after the counted noun: it counts those that did what follows.
    ("全县32所幼儿园全部通过年检", "32所", "通过年检的幼儿园"),
    ("12个乡镇均已建成中心幼儿园", "12个", "建成中心幼儿园的乡镇"),
    ("9个教学点全都开齐开足国家课程并配齐教师", "9个", "开齐开足国家课程的教学点"),
    ("配备12名全职心理健康教师", "12名", "配备全职心理健康教师"),  # negative: 全职 is no adverb
    # A closing quotation mark ends the counted noun.
    ("把“每周至少一次集体备课、一份教学反思”作为教研常规", "一份", "每周教学反思"),
    ("将“每学期两次家访、一份成长记录”纳入考核", "一份", "每学期成长记录"),
    ("把“每月一次主题班会、一份家长通讯”列为必做事项", "一份", "每月家长通讯"),
    ("发放4500份《致家长的一封信》", "4500份", "发放《致家长的一封信》"),  # negative: no closing quote
    # After a stage, a short item with the same classifier goes on with the list.
    ("教职工950人,其中专任教师820人,高中310人,初中290人,电大30人", "30人", "电大专任教师"),
    ("教职工950人,其中专任教师820人,高中310人,初中290人,电大30人", "310人", "高中专任教师"),
    # A count narrowed in parentheses is the same count.
    ("全区共有学校320所(除市直外265所)", "265所", "全区学校(除市直外)"),
    ("在校学生8.6万人(除市直外7.9万人)", "7.9万人", "在校学生(除市直外)"),
    ("小学45所(含12所九年一贯制学校)", "12所", "含九年一贯制学校"),  # negative: it names its own schools
    # A rate named by the count's own verb keeps the count's qualifiers.
    ("高考本科上线1280人,上线率为52.3%", "52.3%", "高考本科上线率"),
    ("中考录取2650人,录取率为88.1%", "88.1%", "中考录取率"),
    ("实际入学3231人,入学率99.05%", "99.05%", "入学率"),  # negative: 实际 says nothing of the rate
    # Adverbs of a first or renewed reach (首次, 再次, 一举) end no metric.
    ("全区中考录取人数首次突破5200人,录取率达到71.4%", "71.4%", "中考录取率"),
    ("本科上线人数再次超过960名", "960名", "本科上线人数"),
    ("本科上线人数达到960名", "960名", "本科上线人数"),  # negative: no such adverb
    # After 、 a short item replaces its like in the rate before it.
    ("学前一年幼儿的毛入园率达到99.4%、学前二年达到92.6%", "92.6%", "学前二年幼儿的毛入园率"),
    ("城区学校达标率达到97%、乡村学校达到91%", "91%", "乡村学校达标率"),
    ("小学入学率达到100%、初中达到99.5%", "99.5%", "初中入学率"),
    ("创建市级示范幼稚园2所、国中1所", "1所", "创建市级示范国中"),  # Taiwan stage names
    ("国小学生人数为2310人、国中为1180人", "1180人", "国中学生人数"),
    ("校际差异系数小学为0.42、初中为0.31,均低于国家规定的0.65和0.55", "0.55", "初中校际差异系数"),
    # 分别 over whole phrases and over stages that end the subject.
    ("学前三年毛入园率、义务教育巩固率和高中阶段毛入学率分别达到92%、97%和93%", "97%", "义务教育巩固率"),
    ("学前三年毛入园率、义务教育巩固率和高中阶段毛入学率分别达到92%、97%和93%", "93%", "高中阶段毛入学率"),
    ("生均公用经费小学、初中分别达到720元和960元", "960元", "初中生均公用经费"),
    ("生均公用经费小学每生每年720元、初中每生每年960元", "960元", "初中生均公用经费"),
    # The units a ranking is among: the holders of the honour before the parenthesis, or those
    # judged in the activity the sentence names first; a rank in parentheses ranks the honour.
    ("我局荣获第三届“优秀服务窗口单位”(在县直受表彰的15个单位中位列第4位)", "15个", "县直受表彰优秀服务窗口单位"),
    ("我局荣获第三届“优秀服务窗口单位”(在县直受表彰的15个单位中位列第4位)", "第4位", "优秀服务窗口单位"),
    ("深入开展师德师风考评活动,2022年位居参评38个单位第5名", "38个", "师德师风考评参评单位"),
    ("深入开展师德师风考评活动,2022年位居参评38个单位第5名", "第5名", "师德师风考评参评单位"),
    ("学校荣获市级平安校园(在全区受表彰的18所学校中排名第2位)", "18所", "受表彰学校"),
    ("学校荣获市级平安校园(在全区受表彰的18所学校中排名第2位)", "第2位", "市级平安校园"),
    ("全市中考综合成绩在参评的14个县区中位居第3位", "第3位", "中考综合成绩"),  # negative: no honour
    ("全市中考综合成绩在参评的14个县区中位居第3位", "14个", "参评县区"),
    ("新建幼儿园6个,其中城区4个", "4个", "新建城区幼儿园"),  # negative: no ranking after the count
    # Light verbs and clause openers before what is counted go.
    ("数学、语文、英语平均分分别高出全市平均水平4.1分、2.7分和3.3分", "3.3分", "英语平均分"),
    ("学校语文、数学、科学平均分分别为82.5分、79.1分和85.6分", "79.1分", "学校数学平均分"),
    ("组织市级、县级教师业务考试共9次", "9次", "市级、县级教师业务考试"),
    ("在《滨江晚报》连续刊登12篇教改文章", "12篇", "教改文章"),
    ("各县要重点办好一所骨干示范中等职业学校", "一所", "骨干示范中等职业学校"),
    ("新建公办幼儿园12所", "12所", "新建公办幼儿园"),  # negative: 新建 names the count and stays
    ("此项支出的增加又造成了县级教育债务缺口约560万元", "560万元", "县级教育债务缺口"),
    ("表彰提案办理先进单位8个", "8个", "表彰提案办理先进单位"),  # negative: 办理 inside a noun stays
    # What an honour counts is the honour.
    ("全区有6所学校被评为省文明校园", "6所", "省文明校园"),
    ("3名教师被授予市优秀教师称号", "3名", "市优秀教师称号"),
    ("12名教师获得了市级表彰", "12名", "教师获得了市级表彰"),  # negative: no 被评为; 了 reports
    # A number alone on its line (PDF break) takes the phrase on the lines before it.
    ("下拨学前教育\n资金\n2350\n万元，用于", "2350\n万元", "下拨学前教育资金"),
    ("全县落实义务教育\n公用经费\n6120.5\n万元，用于", "6120.5\n万元", "公用经费"),
    ("下拨资金\n3200\n万元，新建幼儿园\n6\n所；", "6\n所", "新建幼儿园"),
    # In an account statement 合计/总计 after an account line names the total; elsewhere it tallies.
    ("全年部门收入合计3.62亿元,支出合计3.55亿元", "3.55亿元", "支出合计"),
    # School and Republic years say when, like 2025年; 较2021/22学年的 is the comparison.
    ("2023/24學年全港共有官立小學34所", "34所", "官立小學"),
    ("112學年度全縣共有國民中學23所", "23所", "國民中學"),
    ("平均每班學生人數為25.1人，較2020/21學年的26.4人減少1.3人", "1.3人", "平均每班學生人數"),
    ("教育局會在2025/26學年推出新計劃，撥款2.4億元", "2.4億元", "撥款"),
    ("校董會共有校董15名", "15名", "校董"),  # negative: 会 of a body, no action
    # a rank's metric is what is ranked, without the place ranked in and the verb of ranking
    ("全镇中考平均分在全县十八个乡镇里排第六", "第六", "中考平均分"),
    ("全区统考平均分要进全市前三", "前三", "统考平均分"),
    ("综合排名位居全省第4", "第4", "综合排名"),
    ("与上年相比,支出总计减少860万元,下降3.1%", "3.1%", "支出总计"),
    ("基本支出2.1亿元,占本年支出合计的72.4%", "72.4%", "基本支出占本年支出合计"),
    ("全年培训教师合计1200人次", "1200人次", "培训教师"),  # negative: 合计 after a verb tallies
    # A test or an account line is named once; its next measures after a comma are its too.
    ("全区学生体质健康测试合格率为94.1%,优秀率为27.6%", "27.6%", "学生体质健康测试优秀率"),
    ("全县教育支出年初预算为5.18亿元,调整预算为5.40亿元,执行数为5.32亿元", "5.32亿元", "教育支出执行数"),
    ("全县教育支出年初预算为5.18亿元,调整预算为5.40亿元,执行数为5.32亿元", "5.40亿元", "教育支出调整预算"),
    ("全省中考体育测试平均分为46.2分,优秀率为31.5%", "31.5%", "优秀率"),  # negative: another unit
    ("办学经费总收入3286万元,其中财政拨款2915万元", "2915万元", "财政拨款"),  # negative: a 其中 part
    # A completion rate (完成预算的N%) is the share done of the quantity before it.
    ("初中教育支出决算为2860万元,完成预算的94.5%", "94.5%", "初中教育支出决算完成预算"),
    ("项目支出决算为860万元,完成年初预算的96.3%", "96.3%", "项目支出决算完成年初预算"),
    ("全年任务完成率为96%", "96%", "任务完成率"),  # negative: a named rate
    # A change after a share measures the quantity; a change in points, the share itself.
    ("全县教育支出决算数为6.1亿元,完成调整预算的98.2%,比上年增长5.3%", "5.3%", "教育支出决算数"),
    ("交流轮岗教师210人,占应交流人数的16.4%,比上年提高2.1个百分点", "2.1个百分点", "交流轮岗教师占应交流人数"),
    # A baseline of up to 16 characters after 比/较 goes (较2023-24年度修订预算).
    ("经常开支预算为980亿元,较2023-24年度修订预算增加2.9%", "2.9%", "经常开支预算"),
    # A numbered heading that only names a topic owns the bare measures of its line.
    ("（三）普通高中教育。决算数8,640.2万元，比上年减少130.5万元，下降1.5%。", "1.5%", "普通高中教育决算数"),
    ("（四）教师队伍配置趋于均衡。交流比例达到14.4%。", "14.4%", "交流比例"),  # a heading that says a deed
    ("（二）教育投入得到保障。执行率为98.2%。", "98.2%", "执行率"),
    ("（一）学前教育。决算数5,210.0万元，完成调整预算的96.4%。", "5,210.0万元", "学前教育决算数"),
    ("（四）其他教育支出。完成调整预算的83.5%。", "83.5%", "其他教育支出完成调整预算"),
    ("（二）加强教师管理。合格率达到98%。", "98%", "合格率"),  # negative: an imperative heading
    ("（一）学前教育。新建幼儿园6所。", "6所", "新建幼儿园"),  # negative: no bare measure
    ("（三）办学条件不断改善。改造面积3200平方米。", "3200平方米", "改造面积"),  # negative: a reporting heading
    # An item naming only its school type, place or scope takes the measure its heading names.
    (
        "三、生均公共财政预算公用经费支出情况\n1.普通初中为3,210.55元，比上年增长2.8%。",
        "3,210.55元",
        "普通初中生均公共财政预算公用经费支出",
    ),
    (
        "三、生均公共财政预算公用经费支出情况\n1.普通初中为3,210.55元，比上年增长2.8%。",
        "2.8%",
        "普通初中生均公共财政预算公用经费支出",
    ),
    ("（二）幼儿园专任教师学历合格率\n城区为99.2%，农村为96.5%。", "96.5%", "农村幼儿园专任教师学历合格率"),
    ("五、2030年各级学校生均校舍面积\n小学为8.6平方米，初中为11.2平方米。", "11.2平方米", "初中生均校舍面积"),
    ("二、基础教育\n1.普通小学为120所，比上年减少4所。", "120所", "普通小学"),  # negative: no measure named
    ("四、办学条件改善情况\n1.农村学校生均图书28册。", "28册", "农村学校生均图书"),  # negative: the item names one
    # A count of how far a task got counts the things the count before it named; so do its parts.
    ("今年确定的8个校舍改造项目,已开工6个(其中竣工3个,完成主体工程2个)。", "6个", "开工校舍改造项目"),
    ("今年确定的8个校舍改造项目,已开工6个(其中竣工3个,完成主体工程2个)。", "3个", "校舍改造项目竣工"),
    ("今年确定的8个校舍改造项目,已开工6个(其中竣工3个,完成主体工程2个)。", "2个", "校舍改造项目完成主体工程"),
    ("全县排查出12处安全隐患,已整改10处。", "10处", "整改安全隐患"),
    ("全县建成15个标准化考点,其中省级示范考点4个。", "4个", "省级示范考点"),  # negative: a part that names itself
    # A verb right after the classifier: the count counts those that did it.
    ("全县18所初中有5所进入全市教学质量前10名", "5所", "进入全市教学质量前10名"),
    ("参评的12所学校中,有9所通过省级验收", "9所", "通过省级验收"),
    ("聘请校外专业人员38人参与课后服务", "38人", "聘请校外专业人员参与课后服务"),  # negative: a noun before it
    # A count of people after a 的 phrase counts those of the people counted before it.
    ("全乡专任教师64人,学历合格率达97.2%,取得研究生学历的5人。", "5人", "取得研究生学历的专任教师"),
    ("小学专任教师120人,具有高级职称的18人。", "18人", "具有高级职称的小学专任教师"),
    ("全校在校学生860人,享受营养餐补助的412人。", "412人", "享受营养餐补助的全校在校学生"),
    ("全县学校46所,达到省定标准的38所。", "38所", "达到省定标准"),  # negative: not people
    # A rank whose clause names nothing ranks in the contest or review the clause before names.
    ("全校舞蹈队代表全县参加市级艺术展演，获得了第3名。", "第3名", "市级艺术展演"),
    ("县政府接受市政府对县级教育工作的督导评估,排名全市第四。", "第四", "县级教育工作的督导评估排名"),
    (
        "学校参加全区中小学田径比赛,初中男子组总分排名第2位。",
        "第2位",
        "初中男子组总分排名",
    ),  # negative: it names itself
    # 分别 over places a shared verb reaches, or over nouns that each name what they count.
    ("全县初中毕业生3820人,升入普通高中和中等职业学校的分别为2210人和1405人。", "1405人", "升入中等职业学校"),
    ("毕业生考入本科院校和专科院校的分别为86人和132人。", "132人", "毕业生考入专科院校"),
    ("全县公办园和民办园分别为45所和120所。", "120所", "民办园"),
    ("小学和初中专任教师分别为1200人和860人。", "860人", "初中专任教师"),  # negative: stages share the noun
    # A list of stages alone after a ratio or a rate divides that measure among them.
    ("全區生師比為11.4:1，小學及中學分別為13.2:1及9.6:1。", "9.6:1", "中學生師比"),
    ("全县师生比为1:14，小学和初中分别为1:16和1:12", "1:16", "小学师生比"),
    ("全县巩固率为97.2%，小学、初中分别为99.1%和95.4%", "95.4%", "初中巩固率"),
    ("全县在校生1.2万人，小学和初中分别为7200人和4800人", "4800人", "初中"),  # negative: no ratio or rate
    # A bare measure opening a sentence measures what the clause before it names.
    ("把学校安全工作纳入年度考核,权重不低于15%", "15%", "学校安全工作纳入年度考核权重"),
    ("部分乡村学校心理健康教师不足,缺额约25名", "25名", "乡村学校心理健康教师缺额"),
    ("全县新建幼儿园5所,入园率达到91%", "91%", "入园率"),  # negative: the clause before has a figure
    # A flattened table with its header on the same line.
    ("表2：年份 招生数 巩固率 2021年 1320人 97.1% 2022年 1376人 97.8%", "1376人", "招生数"),
    ("表2：年份 招生数 巩固率 2021年 1320人 97.1% 2022年 1376人 97.8%", "97.8%", "巩固率"),
    # 分别 over changes after as many levels of the sentence: each change is its level's.
    ("招生1.2万人，在校生3.6万人，毕业生1.1万人，分别比上年减少0.1万人、增加0.2万人和增加0.3万人", "0.2万人", "在校生"),
    ("招生1.2万人，在校生3.6万人，毕业生1.1万人，分别比上年减少0.1万人、增加0.2万人和增加0.3万人", "0.3万人", "毕业生"),
    ("小学2.1万人，初中1.4万人，分别比上年增长3.2%和1.8%", "3.2%", "小学"),
    ("招生1.2万人，在校生3.6万人，比上年分别增加0.1万人和0.2万人", "0.1万人", "招生"),
    ("在校生3.6万人，比上年增加0.2万人", "0.2万人", "在校生"),  # negative: no list
    # A stage's nouns after its first figure take its stage (中等职业教育 is a stage word too).
    ("中等职业教育招生2.1万人，在校生5.9万人", "5.9万人", "中等职业教育在校生"),
    ("普通高中专任教师0.9万人，生师比为12.8:1", "12.8:1", "普通高中生师比"),
    ("全市专任教师7.1万人，生师比为14.2:1", "14.2:1", "生师比"),  # negative: no stage to take
    # A yearbook entry opens with its label in 【】: the label is the entry's topic, not the metric.
    ("【高中教育】 全市有普通高中23所，在校生4.1万人。", "23所", "全市有普通高中"),
    ("【教育经费】 全年教育经费总投入31.6亿元。", "31.6亿元", "全年教育经费总投入"),
    ("【民办教育】 全市民办学校占比为18.2%。", "18.2%", "全市民办学校占比"),
    # A table cell: its row's label and the measure heading its column; a year column is its time.
    ("单位：万元\n项目 | 年初预算数 | 决算数\n小学教育 | 8,250.0 | 8,116.4", "8,116.4", "小学教育决算数"),
    ("单位：万元\n项目 | 年初预算数 | 决算数\n小学教育 | 8,250.0 | 8,116.4", "8,250.0", "小学教育年初预算数"),
    ("科目 | 预算数（万元） | 执行率（%）\n学前教育 | 2,310 | 96.4", "96.4", "学前教育执行率"),
    ("单位：万元\n项目 | 2030年 | 2031年\n教育费附加 | 1,204.5 | 1,318.2", "1,318.2", "教育费附加"),  # negative
    # a standard column (标准值, 规定值) names no measure: its cell is the row's measure, required;
    # a bare share column (比例) is the share of what the count column before it counts
    ("指标|标准值|达标校数\n生均运动场面积|6平方米|38", "6平方米", "生均运动场面积"),
    ("指标|规定值|全县平均值\n每百名学生拥有骨干教师数|1人|1.4人", "1人", "每百名学生拥有骨干教师数"),
    ("单位：所、%\n指标|城区达标校数|比例\n生均运动场面积|17|85.0", "85.0", "生均运动场面积城区达标比例"),
    ("单位：人、%\n学段|在校生人数|占比\n初中|3120|41.2", "41.2", "初中在校生占比"),
    ("单位：人、%\n学段|人数|占比\n初中|3120|41.2", "41.2", "初中占比"),  # negative: 人数 leaves no stem
    ("单位：所\n指标|城区达标校数|农村达标校数\n生均运动场面积|17|21", "21", "生均运动场面积农村达标校数"),
    # A row naming a place or a school type takes what the table's title measures; so does a cell
    # of a column of changes (增长).
    (
        "表3 2031年各县区教育经费投入\n单位：万元\n县区 | 2031年 | 增长\n东城区 | 36,210 | 4.2",
        "36,210",
        "东城区教育经费投入",
    ),
    (
        "表3 2031年各县区教育经费投入\n单位：万元\n县区 | 2031年 | 增长\n东城区 | 36,210 | 4.2",
        "4.2",
        "东城区教育经费投入",
    ),
    ("表4 2032年分学段专任教师\n单位：人\n学段 | 2032年 | 2031年\n初中 | 1,874 | 1,902", "1,902", "初中专任教师"),
    (
        "表5 近两年教育经费收入\n单位：万元\n项目 | 2031年 | 2032年\n事业收入 | 640.2 | 702.5",
        "702.5",
        "事业收入",
    ),  # negative
    ("表1 2031年全区教育主要指标\n指标 | 单位 | 2031年\n幼儿园 | 所 | 96", "96", "幼儿园"),  # negative: many
    ("表1 2031年全区教育主要数据\n指标 | 单位 | 2031年\n在园幼儿 | 人 | 3,125", "3,125", "在园幼儿"),
    # A totals row (合计, 小计) takes its column's measure, else the subject of the table's title.
    (
        "表1 全县学校情况\n学段 | 学校数（所） | 在校生（人）\n小学 | 12 | 2019\n合  计 | 17 | 2869",
        "2869",
        "在校生合计",
    ),
    (
        "二、近三年教育经费收入情况\n单位：万元\n项目 | 2030年 | 2031年\n事业收入 | 120.5 | 131.8\n合计 | 980.0 | 1,049.2",  # noqa: E501
        "1,049.2",
        "教育经费收入合计",
    ),
    (
        "表2 2031年中小学校舍面积统计表\n单位：平方米\n学段 | 2031年\n小学 | 84,000\n小计 | 126,500",
        "126,500",
        "中小学校舍面积小计",
    ),
    ("单位：人\n学段 | 2031年\n小学 | 1200\n合计 | 2000", "2000", "合计"),  # negative: no title to name it
    ("单位：人\n学段 | 2031年\n全县合计 | 2000", "2000", "全县合计"),  # negative: the label names it
    # A row labelled by a year: the year is the cells' time, the column names what they measure.
    ("单位：所\n年份 | 小学 | 中学\n2029 | 256 | 31", "31", "中学"),
    ("单位：人\n学年 | 小学教育 | 中学教育\n2029/2030 | 35,322 | 25,713", "35,322", "小学教育"),
    ("单位：人\n年度 | 招生 | 在校生\n2030年 | 4,120 | 12,806", "12,806", "在校生"),
    ("单位：所\n学段 | 小学 | 中学\n城区 | 56 | 31", "31", "城区中学"),  # negative: a place labels the row
]


# An item that names only its scope, place or kind of school (1.普通小学为10,482.36元, 农村为…)
# measures what the heading over it names (四、生均一般公共预算教育事业费增长情况).
_STAGES_AND_TYPES: Final = sorted({*SCHOOL_TYPES, *STAGE_WORDS}, key=len, reverse=True)  # longest first
_BARE_QUALIFIER: Final = regex.compile(
    r"(?:\L<scopes>)?(?:\L<places>)?(?:\L<types>)?",
    scopes=list(SCOPE_WORDS),
    places=list(PLACE_QUALIFIERS),
    types=_STAGES_AND_TYPES,
)
_HEADING_NUMBER: Final = regex.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[、.．])\s*"
)
_HEADING_SCOPE: Final = regex.compile(
    r"^(?:(?:19|20)[0-9]{2}年度?)?(?:\L<scopes>)?", scopes=sorted(SCOPE_WORDS, key=len, reverse=True)
)
_HEADING_TAIL: Final = regex.compile(r"的?(?:\L<tails>)$", tails=list(HEADING_MEASURE_TAILS))
_HEADING_MEASURE: Final = regex.compile(r"\p{Han}{2,20}")
_MIN_HEADING_MEASURE: Final = 3


def heading_measure(heading: str) -> str | None:
    """The measure a heading names, without its number, year, scope and 情况 (四、2019年全省生均
    公用经费增长情况 → 生均公用经费); None when it names no measured quantity (二、基础教育)."""
    measure = _HEADING_SCOPE.sub("", _HEADING_NUMBER.sub("", heading.strip()), count=1)
    measure = _HEADING_TAIL.sub("", measure, count=1)
    if len(measure) < _MIN_HEADING_MEASURE or not _HEADING_MEASURE.fullmatch(measure):
        return None
    return measure if _MEASURED_AT_END.search(measure) else None


def _qualifier_under_heading(metric: str | None, context: FigureContext, outline: Outline | None) -> str | None:
    """普通小学 under 四、生均一般公共预算教育事业费增长情况 → 普通小学生均一般公共预算教育事业费."""
    if not metric or outline is None or not _BARE_QUALIFIER.fullmatch(metric):
        return None
    section = outline.section_at(context.candidate.start)
    if section is None or section.kind == "table":
        return None
    measure = heading_measure(section.heading.text)
    if measure and context.candidate.unit in _INSTITUTION_CLASSIFIERS and not _INSTITUTION_WORD.search(measure):
        return None  # 全市现有普通高中46所 under 一、招生规模 counts schools, not what the heading measures
    return metric + measure if measure else None


# A count of institutions (46所) measures no heading's quantity that names none (招生规模, 生均经费).
_INSTITUTION_CLASSIFIERS: Final = frozenset({"所", "校"})
_INSTITUTION_WORD: Final = regex.compile(r"学校|校|园|所")


# 按每生每年1000元的标准给予资助: what is given at the standard names it (资助标准).
# Who it is paid to or by may stand before 按 (县财政按…的标准给予补助 → 县财政补助标准); before 由 it is
# who gets it (普惠性民办幼儿园由县财政按…给予补助 → 普惠性民办幼儿园补助标准).
_PAID_BY_STANDARD: Final = regex.compile(
    r"(?:[对向为])?(?P<whose>\p{Han}{0,10}?)(?:由\p{Han}{1,8}?)?(?:未|不|没有|没)?"  # 学校未按…的标准足额供餐
    r"按(?:每\p{Han}{1,2}?){0,2}的?标准(?:足额|全额)?"
    # 按…的标准安排食堂运转经费, 核拨课后服务经费: the funds a verb of paying out names
    r"(?:(?:安排|核拨|下拨|拨付|划拨|保障)(?P<funds>\p{Han}{0,8}?(?:" + "|".join(FUND_NOUNS) + r"))"
    r"|(?:给予|予以|进行|发放|拨付|补助)?(?P<what>\p{Han}{2,4}))"
)
# 按每班配备2名专任教师的标准: what is allotted, then the standard (or requirement) it is allotted by.
_ALLOTTED_BY_STANDARD: Final = regex.compile(r"(?P<noun>\p{Han}{1,8}?)的(?P<rule>标准|要求)")


def _allotted_by_standard(context: FigureContext) -> str | None:
    """按每100名就餐学生配备1名工勤人员的标准 → 工勤人员配备标准: a count allotted by a per-head
    standard measures the standard, named by what it allots and how."""
    verb = next((verb for verb in ALLOTTING_VERBS if context.clause_left.endswith(verb)), None)
    found = _ALLOTTED_BY_STANDARD.match(context.clause_right) if verb else None
    return found.group("noun") + verb + found.group("rule") if found and verb else None


# A bound written inside the clause before its verb (最多可填报, 至少参加, 最高可申请); 最高限价,
# 最低录取分数线, 最多的 name measures and stay.
_BOUND_IN_SUBJECT: Final = regex.compile(r"(?:至少|至多|最多|最少)(?!的)可?(?=\p{Han})|(?:最高|最低)可(?=\p{Han})")
# 按超招人数的2倍核减…, 按招聘岗位数的3倍确定…: a multiple of a base that sizes the action after it.
_AT_A_MULTIPLE: Final = regex.compile(r"按(?:照)?[^，,。；;：:]{1,16}的$")
_ACTION_AFTER: Final = regex.compile(r"\p{Han}{4,16}")  # a bare verb (…的1.5倍拨付) names nothing: the base does
# A heading that names only a stage (一、学前教育, 三、普通高中): the stage of the bare measures under it.
_STAGE_HEADING: Final = regex.compile(
    r"(?P<stage>\L<stages>|高等教育|中等职业教育)",
    stages=_STAGES_AND_TYPES,
)
_MAX_STAGED_BARE: Final = 6


def _stage_of_heading(metric: str | None, context: FigureContext, outline: Outline | None) -> str | None:
    """资助标准 under 一、学前教育 → 学前教育资助标准: a short measure that names no stage takes the
    stage its section's heading names, when that heading names nothing else."""
    if not metric or outline is None or len(metric) > _MAX_STAGED_BARE or _STAGE.search(metric):
        return None
    if not (_MEASURE_END.search(metric) or metric.endswith(("面", "额度"))):
        return None
    section = outline.section_at(context.candidate.start)
    if section is None or section.kind == "table":
        return None
    heading = _HEADING_NUMBER.sub("", section.heading.text.strip()).strip(" 。.")
    found = _STAGE_HEADING.fullmatch(heading)
    return found.group("stage") + metric if found else None


# A row that opens with a code or serial number (01|高中|语文|4): its label is the words after it.
_ROW_CODE: Final = re.compile(r"[0-9A-Za-z]{1,8}[.、]?")
# (the normalised copy drops the blank between digits and words: 2050201学前教育; a number
# followed by a unit or a time word is no code: 2023年, 100元以下, 12所)
_CODE_PREFIX: Final = regex.compile(
    r"^(?:[0-9]{3,8}(?![年月日号届级期元万亿所个名人])|[0-9A-Za-z]{1,8}[ .、]+)(?=\p{Han})"
)
_MAX_ROW_LABELS: Final = 24


# A list number opening a row's label (一、事业收入, （二）项目支出, 3.其他收入).
_LIST_PREFIX: Final = regex.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])"
)
_NUMBER_CELL_TEXT: Final = regex.compile(r"[-+]?[0-9][0-9,]*(?:\.[0-9]+)?%?")


def _cells_before(context: FigureContext, reach: int) -> list[str] | None:
    """The cells of the figure's row before it, or None when they run over `reach` characters:
    each row helper bounds the row before slicing it, so that no cell of a row of 10k cells
    copies the row."""
    if context.candidate.start - context.line_start > reach:
        return None
    return context.text[context.line_start : context.candidate.start].split("|")


def _other_side(context: FigureContext) -> str | None:
    """一、教育支出 for the second amount of 一、事业收入|286.00|一、教育支出|3,301.75: in a two-sided
    account the label of an amount is the cell right before it."""
    cells = _cells_before(context, _MAX_ROW_LABELS * 3)  # a long row is no two-sided account
    if cells is None or len(cells) != 4:
        return None
    if not _NUMBER_CELL_TEXT.fullmatch(cells[1].strip()) and not _PAIRED_VALUE.match(cells[1].strip()):
        return None
    label = _UNIT_BRACKET.sub("", cells[2].strip())  # 绿化面积（平方米）: the unit is the figure's
    return label if _HAN_CHAR.search(label) and not _DIGIT.search(label) else None


# A value of a form's label|value|label|value row may be a date (建校时间|1958年|占地面积|24600).
_PAIRED_VALUE: Final = regex.compile(r"[0-9]")
_UNIT_BRACKET: Final = regex.compile(r"\s*[（(][^（）()]{1,8}[)）]$")


def _paired_row(context: FigureContext) -> bool:
    """Whether the figure's row is a form's or an account's label|value|label|value (教学班数（个）|36|
    在校学生数（人）|1682): each label names its value's measure whole, no title adds to it."""
    limit = context.line_start + _MAX_ROW_LABELS * 6
    line_end = context.text.find("\n", context.line_start, limit)
    if line_end < 0:
        if len(context.text) > limit:
            return False  # a long row is no form: it is never sliced
        line_end = len(context.text)
    cells = [cell.strip() for cell in context.text[context.line_start : line_end].split("|")]
    return (
        len(cells) == 4
        and all(_HAN_CHAR.search(cells[index]) and not _DIGIT.search(cells[index]) for index in (0, 2))
        and all(_PAIRED_VALUE.match(cells[index]) for index in (1, 3))
    )


# A figure that fills its cell, maybe after the cell's blanks and a sign (| ≥3200人): a table's
_CELL_OPENING: Final = regex.compile(r"\|[ \t\u3000]*+[≥≤≧≦＞＜><]?$")


def _opens_cell(text: str, start: int) -> bool:
    return (
        text[start - 1] in "| \t\u3000≥≤≧≦＞＜><" and _CELL_OPENING.search(text, max(0, start - 8), start) is not None
    )


def _last_label(context: FigureContext) -> str | None:
    """资助学生人数 for 产出指标|数量指标|资助学生人数|≥3200人: in an indicator table the label right
    before the value names it; the ones before it are its categories."""
    cells = _cells_before(context, _MAX_ROW_LABELS * 4)
    if cells is None or len(cells) < 3:
        return None
    label = _UNIT_BRACKET.sub("", cells[-2].strip())
    return label if _HAN_CHAR.search(label) and not _DIGIT.search(label) and not label.endswith("指标") else None


def _labels_after_code(context: FigureContext) -> str | None:
    """高中语文 for 01|高中|语文|4|研究生: the cells of words after the row's code, up to the first
    number (新建幼儿园 for 1|新建幼儿园|30所|32所, at 32所 as at 30所)."""
    cells = _cells_before(context, _MAX_ROW_LABELS * 2)
    if cells is None:
        return None
    words: list[str] = []
    for cell in cells[1:-1]:  # the word cells after the code, up to the first number
        cell = cell.strip()
        if not cell or not _HAN_CHAR.search(cell) or _DIGIT.search(cell):
            break
        words.append(cell)
    label = "".join(words)
    return label if len(label) >= _MIN_SUBJECT else None


def decide_metric(context: FigureContext, role: str = "level", outline: Outline | None = None) -> MetricDecision:
    """The figure's metric, what a 分别 list still has to hand out, the whole of a 其中 part, why."""
    decision = _decide_metric(context, role, outline)
    if decision.metric and "”等" in decision.metric:
        # 参加“特岗计划”“三支一扶”等基层项目: the names before 等 are examples of what it counts
        trimmed = _QUOTED_EXAMPLES.sub("", decision.metric)
        if len(trimmed) >= _MIN_SUBJECT:
            decision = decision._replace(metric=trimmed)
    if decision.metric and "进行" in decision.metric and "对" in context.clause_left:
        framed = _TOWARD_FRAME.search(decision.metric)
        if framed and "进行" in context.clause_right:
            # 督导组对进度滞后的4个县区进行了约谈 → 约谈进度滞后县区: what was done to the things
            # counted, never who did it
            action = _ACTION_ADVERBS.sub("", framed.group("action"))
            return decision._replace(metric=action + framed.group("object"), why="what 对…进行 did to what it counts")
    if decision.metric and context.candidate.kind == "count" and context.clause_left.strip() == "其中":
        did = _PART_DID.match(decision.metric)
        whole = _whole_counted_before(context) if did else None
        if whole:
            # 其中18所已投入使用 after 新建幼儿园全部…: what the part did 的 the whole counted before
            return decision._replace(metric=f"{decision.metric}的{whole}", why=f"{decision.why}, of the whole before")
    return decision


_QUOTED_EXAMPLES: Final = regex.compile(r"(?:“[^“”]{1,12}”[、，,和及与]?)+等")
# 对X进行(了)Y: the object and the action of a sentence whose agent comes first.
_TOWARD_FRAME: Final = regex.compile(r"对(?P<object>\p{Han}[^，,。；;]{0,20}?)进行了?(?P<action>\p{Han}{2,10})$")
_ACTION_ADVERBS: Final = regex.compile(r"^(?:细致|全面|认真|深入|简要|适度|专项|集中|逐一|重点)(?:的|地)?")

# A 其中 part's phrase that says what the part did (已投入使用, 超额完成), not what it is.
_PART_DID: Final = regex.compile(r"(?:已经?|超额|提前|全部|均|被|通过|完成|达到|获得|实现|进入|建成)")


def _decide_metric(context: FigureContext, role: str, outline: Outline | None) -> MetricDecision:
    kind = context.candidate.kind
    if kind in {"date", "duration"}:
        return MetricDecision(None, (), None, "dates and durations have no metric")
    start = context.candidate.start
    if context.candidate.in_table or (start > context.line_start and _opens_cell(context.text, start)):
        # a cell of a row (a figure written with its unit, 30所, is one as much as a bare number)
        label = _ROW_LABEL.match(context.text, context.line_start)
        if label:
            row = _CODE_PREFIX.sub("", label.group("label").strip())  # 2050201 学前教育 → 学前教育
            row = _other_side(context) or row
            row = _LIST_PREFIX.sub("", row) or row  # 一、事业收入 → 事业收入
            if _ROW_CODE.fullmatch(row):
                row = _labels_after_code(context) or row
            if row.endswith("指标"):
                row = _last_label(context) or row  # 产出指标|数量指标|资助学生人数|≥3200人: the indicator itself
            measure = _column_measure(context.text, context.line_start, context.candidate.start)
            paired = _paired_row(context)
            if paired and measure is not None:
                # an account's two sides repeat their measure (收入项目|预算数|支出项目|预算数); a
                # form's row of names above its values (学校名称|城北中学|办学性质|公办) heads nothing
                first = context.text.find("|", context.line_start) + 1
                third = context.text.find("|", context.text.find("|", first) + 1) + 1
                if _column_measure(context.text, context.line_start, first) != _column_measure(
                    context.text, context.line_start, third
                ):
                    measure = None
            if measure and YEAR_ROW_LABEL.fullmatch(row):
                owner = _table_lead(context.text, context.line_start, _LEAD_OWNER, "owner")
                if owner and not measure.startswith(owner):
                    # 过去三个学年公营小学的学校数目、学生人数…如下： over 学年|学校数目|学生人数
                    return MetricDecision(owner + measure, (), None, "the lead's owner and its column's measure")
                return MetricDecision(measure, (), None, "its column's measure (the year of its row is its time)")
            if row[:1] in _TOTAL_FIRST and _BLANK_RUN.sub("", row) in _TOTAL_ROW_SET:
                row = _BLANK_RUN.sub("", row)  # 合  计: a PDF spreads a short label over its cell
                whole = measure or _table_subject(context.text, context.line_start)
                if whole:
                    return MetricDecision(
                        whole + row, (), None, "a totals row: the column's measure or the table's subject"
                    )
            if measure in _CHANGE_COLUMN_SET:
                measure = None  # 增长: the cell changes what the table measures
            if measure and not row.endswith(measure):
                paid = _table_lead(context.text, context.line_start, _LEAD_PAYMENT, "payment")
                if paid and paid not in row + measure:
                    # 保育教育费按等级确定，具体标准如下： over 等级|城区|农村 and 一级园|560|400
                    return MetricDecision(row + measure + paid, (), None, "its row, its column and the lead's payment")
                return MetricDecision(row + measure, (), None, "its row's label and its column's measure")
            subject = (
                None if paired or _MEASURED_AT_END.search(row) else _table_subject(context.text, context.line_start)
            )
            if subject:
                subject = _ROW_SET.sub("", subject, count=1)
                if len(subject) >= _MIN_SUBJECT and not row.endswith(subject):
                    return MetricDecision(
                        row + subject, (), None, "its row's label and what the table's title measures"
                    )
            return MetricDecision(row, (), None, "the label of its table row")
    header = _column_header(context)
    if header:
        return MetricDecision(header, (), None, "the header of its column")
    decided = _from_clause(context, role)
    metric = _trim(_unlabelled(decided.metric))
    headed = _qualifier_under_heading(metric, context, outline)
    if headed:
        return MetricDecision(headed, decided.pending, decided.whole, "its item's qualifier and its heading's measure")
    standard = _PAID_BY_STANDARD.fullmatch(metric) if metric and "按" in metric else None
    if standard:
        paid = standard.group("funds") or standard.group("what")
        metric = standard.group("whose") + paid + "标准"  # 按…的标准给予资助 → 资助标准
    staged = _stage_of_heading(metric, context, outline)
    if staged:
        return MetricDecision(staged, decided.pending, decided.whole, f"{decided.why}, of its heading's stage")
    if standard:
        return MetricDecision(
            metric, decided.pending, decided.whole, "what is given at the standard (按…的标准给予资助)"
        )
    if metric and metric[-1:] in _POINTS_VERB_LAST and context.candidate.unit == "分":
        # 少数民族考生加(5分), 每缺一次扣(2分): the points added or taken off, named so
        metric = _POINTS_VERB_AT_END.sub(lambda verb: verb.group(1) + "分", metric)
    if kind == "rank" and metric:
        # 中考平均分在全县乡镇里排(第五), 平均分要进(全县前五): what is ranked, not where or the verb
        if context.candidate.bound == "<=" and metric.endswith("前") and len(metric) > _MIN_SUBJECT:
            metric = _TOP_PLACE.sub("", metric[:-1])  # 综合素质测评前(50名): the top of a ranking, its place
        metric = _RANK_PLACE_TAIL.sub("", metric) or metric
    if metric is decided.metric:  # most metrics are short enough: no new tuple (_replace is slow)
        return decided
    return MetricDecision(metric, decided.pending, decided.whole, decided.why)


# 乡村学校这一比例高达41% after 50岁以上教师占专任教师总数的28.7%: a word that points back names
# the measure before it, of the place before the word (全县 of the measure before gives way).
_ANAPHOR: Final = regex.compile(r"^(?P<place>\p{Han}{0,10}?)(?:\L<words>)$", words=list(ANAPHORIC_MEASURES))
_ANAPHOR_LAST: Final = frozenset(word[-1] for word in ANAPHORIC_MEASURES)
_SCOPE_AT_START: Final = regex.compile(r"^(?:\L<scopes>)", scopes=list(SCOPE_WORDS))


_POINTS_VERB_AT_END: Final = regex.compile(r"(?:^在|(?<=[的]))?(加|扣|减)$")
_POINTS_VERB_LAST: Final = frozenset("加扣减")


# 将 (把) with the funds it moves, right before their amount, and the verb that moves them after it
_MOVED_FUNDS: Final = regex.compile(
    r"将(?!" + "|".join(FUND_PLANNING_VERBS) + r")(?P<funds>\p{Han}{0,12}?(?:" + "|".join(FUND_NOUNS) + "))$"
)
_MOVED_TO: Final = regex.compile("|".join(FUND_MOVING_VERBS))


def _from_clause(context: FigureContext, role: str) -> MetricDecision:
    kind = context.candidate.kind
    if kind in {"count", "rank"}:
        ranked = _ranked_units(context)
        if ranked:
            return ranked
    previous = context.last_measured
    banded = _group_of_band(context) if context.clause_left.startswith("的") else None
    if banded:
        return MetricDecision(banded, (), None, "the group the bound before it defines (不足300分的学生)")
    if role == "reference" and context.prior_metric and context.clause_left[:1] in _COMPARING_FIRST:
        earlier = _without_time_words(context.clause_left[1:]).strip().removesuffix("的")
        if not earlier or _EARLIER_SPAN.fullmatch(earlier):
            # 特殊教育學生共1,912人，…，較五年前的1,356人上升41.0%: a baseline named only by its time
            # is the same measure's, earlier (the last figure of its kind measured it)
            return MetricDecision(context.prior_metric, (), None, "the baseline of the same measure, earlier")
    if previous and role == "reference" and _EARLIER_ACCOUNT.match(context.clause_left):
        # 歲出預算98億元，較112年度法定預算94億元增列…: the baseline is the same measure's, earlier
        return MetricDecision(previous.metric, (), None, "the baseline of the measure before it")
    if previous and _STANDARD_AFTER.match(context.clause_right) and _COMPARED.search(context.clause_left):
        # 满意度达到92.4%,高于国家规定85%的标准: the standard is one for the result measured before it
        return MetricDecision(previous.metric, (), None, "a standard for the figure measured before it")
    if (
        previous
        and _GOAL_AFTER.match(context.clause_right)
        and (
            role == "change"
            or (
                ("达到" in context.clause_left or _COMPARED.search(context.clause_left))
                and not _NAMES_A_MEASURE.search(context.clause_left)
            )
        )
    ):
        # 近视率为52.4%，…，完成了年度下降0.5个百分点以上的目标: the goal is a change of the measure before
        return MetricDecision(previous.metric, (), None, "a goal for a change of the figure measured before it")
    standard = _STANDARD_BEFORE.match(context.clause_left)
    if standard:
        return MetricDecision(standard.group("measure"), (), None, "a standard the measure is compared with")
    moved = _MOVED_FUNDS.search(context.clause_left) if kind == "money" and "将" in context.clause_left else None
    if moved and _MOVED_TO.match(context.clause_right):
        # 将教师培训经费12.5万元用于机关开支: the amount is of the funds 将 (把) moves, not of the move
        return MetricDecision(moved.group("funds"), (), None, "the funds 将 moves (将…经费N万元用于)")
    granted = _standard_granted(context) if kind == "money" and "每" in context.clause_left else None
    if granted:
        return MetricDecision(granted, (), None, "a per-head standard: what it grants, named after it")
    scaled = _AT_A_MULTIPLE.search(context.clause_left) if kind == "multiple" and "按" in context.clause_left else None
    action = _ACTION_AFTER.match(context.clause_right) if scaled else None
    if action:
        # 按超招人数的2倍核减下一年度招生计划: the multiple sizes what is done at it
        return MetricDecision(action.group(0), (), None, "what is done at the multiple (按…的2倍核减…)")
    allotted = _allotted_by_standard(context) if kind == "count" and "每" in context.clause_left else None
    if allotted:
        return MetricDecision(allotted, (), None, "a staffing standard: what it allots (配备1名校医的标准)")
    split_by = _shares_by_ratio(context) if kind == "ratio" and "按" in context.clause_left else None
    if split_by:
        return MetricDecision(split_by, (), None, "who shares by the ratio, and how (按6:4的比例分担)")
    applied = _applied_at_rate(context) if kind in {"money", "percentage"} and "按" in context.clause_left else None
    if applied:
        return MetricDecision(applied, (), None, "what the rate or standard after 按 is applied to (按…的5%安排经费)")
    verbal = _verb_after_count(context) if kind == "count" else None
    if verbal:
        return MetricDecision(verbal, (), None, "what the things counted did: the verb right after the count")
    clause_left = _clean(_over_modifier(context) or _over_gloss(context) or context.clause_left)
    if not _has_words(clause_left):
        lines = _lines_before(context)
        if lines:
            clause_left = lines  # 公用经费⏎8059.35⏎万元: the number stands alone on its line
    wide_left = _clean(
        _WIDE_CLAUSE.split(context.text[max(context.sentence.start, context.floor) : context.candidate.start])[-1]
    )
    listed = "分别" in wide_left
    if listed:
        clause_left = wide_left  # 小学、初中入学率分别为…: the enumeration belongs to the subject
    clause_left = _cut_change(clause_left, role)
    subject = _subject(clause_left)
    if "至" in subject or "最" in subject:
        # 每名考生最多可填报(1个), 每人每年至少参加培训(72学时): the figure's bound, no part of what it counts
        subject = _BOUND_IN_SUBJECT.sub("", subject)
    if subject in _MANNER:
        subject = ""  # 逐步下降至6.1万人: the adverb names nothing, the sentence's subject does
    elif subject[-1:] in _MANNER_LAST:
        subject = _MANNER_AT_END.sub("", subject) or subject  # 特殊教育学生逐年(增加到350人)
    bracketed = _stage_in_bracket(clause_left) if "（" in clause_left or "(" in clause_left else None
    if bracketed:
        return MetricDecision(bracketed, (), None, "a stage opening a bracket after the measure it is one of")
    anaphor = _ANAPHOR.match(subject) if previous and previous.metric and subject[-1:] in _ANAPHOR_LAST else None
    if anaphor and previous and previous.metric:
        place = anaphor.group("place")
        measure = _SCOPE_AT_START.sub("", previous.metric, count=1) if place else previous.metric
        return MetricDecision(place + measure, (), None, "这一比例: the measure named before it, of its own place")
    if (
        role == "change"
        and previous
        and previous.metric
        and _SCOPE_ONLY.fullmatch(subject)
        and previous.metric.startswith(subject)
        and len(previous.metric) > len(subject)
    ):
        # 八年级及格率58.9%，(八年级)低于县平均6.1个百分点: the grade names the measure before
        return MetricDecision(previous.metric, (), None, "a change of the measure before, of the same grade")
    if kind == "rank":
        subject = _RANK_TAIL.sub("", subject)
        scored = _GROUP_PLACED.fullmatch(subject) if previous and previous.metric else None
        score = _SCORE_MEASURE.search(previous.metric) if scored and previous and previous.metric else None
        if scored and score:
            # 以团体总分386分获得中学组第一名: the place its group gives the score before it
            return MetricDecision(
                scored.group("group") + score.group(0), (), None, "a place in its group for the score before"
            )
        if _RANK_PLACE_ONLY.fullmatch(subject):
            subject = ""  # 在全县分别(排第3名和第7名): where it ranks names no measure
        ranked = _ranks_of_list(context, subject, previous) if listed or (previous and previous.metric_list) else None
        if ranked:
            return ranked
        event = _event_before(context) if len(subject) <= _GENERIC_RANK_SUBJECT else ""
        if event:
            named = subject if subject in _RANK_WORDS else ""  # 获得了第2名: the verb names nothing
            return MetricDecision(event + named, (), None, "a rank in the contest or review the clause before names")
        if len(subject) <= _GENERIC_RANK_SUBJECT and previous:
            ranked_measure = _measure_before_units(context, previous)
            if ranked_measure:
                # 总平均分412.6分，在全县23所初中排第6名: what is ranked is the score, among the schools
                return MetricDecision(ranked_measure, (), None, "the measure before the units it ranks among")
            return MetricDecision(previous.metric, (), None, "a rank among the units counted just before")
    if listed and kind in {"percentage", "percentage_point"}:
        shares = _shares_of_levels(context, wide_left)
        if shares:
            return MetricDecision(shares[0], shares[1:], None, "分别占 a list of bases: each level's share")
    if listed:
        shared = _stages_of_measure(subject, previous.metric) if previous and previous.metric else ()
        metrics = shared or _distribute(subject) or (_earlier_list(context) if len(subject) < _MIN_SUBJECT else ())
        if (
            not metrics
            and role == "change"
            and (len(subject) < _MIN_SUBJECT or _MULTIPLE_BASE.fullmatch(subject) or _BOTH.fullmatch(subject))
        ):
            metrics = _levels_before(context)  # 分别是上年的1.5倍和1.3倍: the base names no subject
        if metrics:
            return MetricDecision(metrics[0], metrics[1:], None, "分别 list over the subject's enumeration")
        head, found, _ = subject.partition("分别")
        if not found:  # 分别提高到每人每月 went with the links at the end: the subject before it
            head, found = _subject(clause_left.partition("分别")[0]), "分别"
        if found and len(head) >= _MIN_SUBJECT and _MEASURE_END.search(head):
            # 城乡低保标准分别提高到每人每月560元和每人每年4200元: one measure, two rates of it
            return MetricDecision(head, (), None, "分别 over one measure: the subject before 分别")
    if (
        previous
        and previous.metric_list
        and (len(subject) < _MIN_SUBJECT or not _LIST_LINK.sub("", _cut_change(clause_left, "change")))
    ):
        return MetricDecision(previous.metric_list[0], previous.metric_list[1:], None, "next item of a 分别 list")
    if previous and previous.metric and _in_enumeration(context, clause_left, subject):
        return MetricDecision(
            _restage(previous.metric, subject, _continues(clause_left, context.previous) or _same_classifier(context)),
            (),
            None,
            "stage enumeration sharing the previous metric",
        )
    part = _as_part(context, clause_left, subject)
    if part:
        return part
    if previous and previous.metric and _qualifies_previous(context, clause_left, subject):
        # 各级各类学校1200所(除市直外980所): the same count, narrowed
        return MetricDecision(f"{previous.metric}({subject})", (), None, "the count before it, narrowed")
    if previous and previous.metric and kind in {"percentage", "percentage_point"}:
        rate = _rate_of_count(previous.metric, subject)
        rate = rate or _rate_of_handled(previous.metric, subject)
        rate = rate or _parallel_item(context, clause_left, previous.metric, subject)
        if rate:
            return MetricDecision(rate, (), None, "the rate of the count before it, or its parallel item")
    if kind == "ratio" and previous and previous.metric:
        ratio_noun = _RATIO_NOUN.search(previous.metric)
        place = _RATIO_PLACE_EDGES.sub("", subject)
        if ratio_noun and place and "比" not in subject:
            return MetricDecision(place + ratio_noun.group(0), (), None, "a place taking up the ratio named before it")
    if kind == "multiple" and previous and previous.metric and _MULTIPLE_BASE.fullmatch(subject):
        return MetricDecision(previous.metric, (), None, "a multiple of the amount before it (是上年的2倍)")
    if previous and previous.metric and subject in _RATIO_WORDS:
        return MetricDecision(previous.metric + subject, (), None, "a ratio of the figure before it")
    counted = _counted_noun(context) if kind in _COUNTED_KINDS else ""
    if counted:
        parallel = _parallel_count(context, clause_left, previous)
        if parallel is not None:
            return MetricDecision(parallel + counted, (), None, "next count of a list sharing its verb")
        if subject.endswith("等"):
            verbs = _EVENT_VERBS.match(subject)  # 新建A小学、B幼儿园等7所城乡学校: examples go
            subject = verbs.group(0) if verbs else ""
    settled = _settled(previous.metric, subject) if previous and previous.metric and not counted else None
    if settled:
        return MetricDecision(settled, (), None, "the things counted before it, settled")
    taking_part = _participants(previous.metric, subject) if previous and previous.metric else None
    if taking_part:
        return MetricDecision(taking_part, (), None, "those taking part in the event counted before it")
    progress = _progress_of_count(context, subject) if kind == "count" and not counted else None
    if progress:
        return MetricDecision(progress, (), None, "how far the things counted before it got")
    funds_progress = _progress_of_funds(context, subject) if kind in {"money", "percentage"} else None
    if funds_progress:
        return MetricDecision(funds_progress, (), None, "how far the funds named before it were paid or used")
    purpose = _purpose(context, subject) if kind == "money" else None
    if purpose:
        return MetricDecision(purpose, (), None, "money for the purpose after it")
    lights = list(_LIGHT_VERB.finditer(subject))
    light = lights[-1] if lights else None
    if light and (len(subject) - light.end() >= _MIN_SUBJECT or counted):
        subject = subject[light.end() :]  # 造成了农村教育经费缺口 → 农村教育经费缺口
    for_whom = _AID_FOR_WHOM.match(subject) if "为" in subject else None
    if for_whom:
        subject = for_whom.group("who") + for_whom.group("aid")  # 为困难毕业生发放求职补贴 → 困难毕业生求职补贴
    staged = _STAGE_AT_END.match(subject)
    if staged and _MEASURE_END.search(staged.group("rest")):
        subject = staged.group("stage") + staged.group("rest")  # 合格率小学 → 小学合格率
    if previous and previous.metric and subject in _PER_UNIT_SET and not previous.metric.startswith(subject):
        subject += previous.metric  # 经费186.2万元，生均约1,127元 → 生均经费: the amount before, per head
    if previous and previous.metric:
        swapped = _other_place(previous.metric, subject) or (
            _other_of_kind(previous.metric, subject) if kind in _RATE_KINDS else None
        )
        if swapped:
            subject = swapped  # 城区学校出口带宽达到100M，农村学校达到20M以上 → 农村学校出口带宽
    if (
        previous
        and previous.metric
        and (subject in _STAGE_FREE_NOUNS or (subject in _STAGE_FREE_RATES and not previous.metric.endswith("率")))
    ):
        stage = _STAGE.match(previous.metric)
        if stage:
            subject = stage.group(0) + subject  # 中职招生…,在校生46268人 → 中职在校生
    if kind == "percentage" and clause_left.endswith("的"):
        based = _LEVEL_OF_BASE.match(subject)
        if based:
            subject = based.group("measure")  # 资助面保持在在校生的30% → 资助面, not 资助面保持在在校生
    spread = _SPREAD_OVER.match(subject) if kind == "percentage" and clause_left.endswith(("（", "(")) else None
    if spread and len(spread.group("part")) >= _MIN_SUBJECT:
        # 就业主要集中在制造业（28.4%）: a share in brackets after the part it is the share of
        return MetricDecision(spread.group("part"), (), None, "a share in brackets after the part it is of")
    share = _share(context, clause_left, subject)
    if share:
        return MetricDecision(share, (), None, "a share: its part before 占")
    attribute = _sibling_attribute(context, clause_left, subject)
    if attribute:
        return MetricDecision(attribute, (), None, "a sibling attribute of the owner before it")
    paid = _PAID_AT_RATE.match(subject) if "按" in subject and _PAID_AFTER.match(context.clause_right) else None
    if paid:
        return MetricDecision(
            paid.group("programme"), (), None, "a programme paid at the rate it names (按每人每月…发放)"
        )
    people = _people_described(context, clause_left, subject) if kind == "count" and not counted else None
    if people:
        return MetricDecision(people, (), None, "those of the people counted before it that the 的 phrase describes")
    phrase = _with_place(subject + counted, clause_left)
    if len(phrase) == _MIN_SUBJECT and clause_left.endswith(phrase):
        running = _RUNNING_TOTAL.search(clause_left, 0, len(clause_left) - len(phrase))
        if running:
            phrase = running.group("span") + phrase  # 累计培训(8.7万人次), 全年共发放(12次): a bare verb keeps its span
    if previous and previous.metric and phrase in _AMOUNT_OF_THE_BEFORE and not previous.metric.endswith(phrase):
        # 有38名学生重复享受资助，金额3.04万元; 补登资产215台（套），价值87.3万元: the amount or value of
        # what the figure before it counted
        return MetricDecision(previous.metric + phrase, (), None, "the amount of what the figure before counted")
    headed = _under_heading_topic(context, phrase)
    if headed:
        return MetricDecision(headed, (), None, "a bare measure under its heading's topic")
    itemised = _item_of_heading_measure(context, phrase) if context.line_start < context.candidate.start else None
    if itemised:
        return MetricDecision(itemised, (), None, "a bare item under the measure its heading names")
    beneficiaries = _group_granted_before(context, phrase) if phrase.endswith("标准") else None
    if beneficiaries:
        return MetricDecision(beneficiaries, (), None, "a bare standard of aid: of those the clause before grants it")
    owned = _owner_in_clause_before(context, phrase)
    if owned:
        return MetricDecision(owned, (), None, "a bare measure of what the clause before names")
    stage_measure = _measure_before_stage(context, phrase) if phrase in _STAGE_SET else None
    if stage_measure:
        return MetricDecision(stage_measure, (), None, "a stage of the measure the clause before names")
    if len(phrase) <= _MAX_RAISED_TO and _RAISED_TO.fullmatch(phrase):
        phrase = ""  # 提高到每人每月 names nothing: the clause before may (see below)
    topic = _topic(context)
    if len(phrase) >= _MIN_SUBJECT:
        owner = _owner_of(phrase, context, topic)
        if owner:
            return MetricDecision(owner, (), None, "own clause, with the owner named before it")
        # (a bracketed gloss, 出国（境）深造, adds nothing to the phrase's length)
        if topic and topic[0] not in phrase and len(_PARENTHETICAL.sub("", phrase)) <= _MAX_TOPIC_PHRASE:
            return MetricDecision(_with_topic(phrase, topic, clause_left), (), None, "own clause under its topic")
        sibling = _sibling_unit(previous.metric, phrase) if previous and previous.metric else None
        if sibling:
            return MetricDecision(sibling, (), None, "a unit like the one the metric before opens with: its measure")
        funded = _group_rate_of_funds(context, phrase) if kind == "money" and "每" in context.clause_left else None
        if funded:
            return MetricDecision(funded, (), None, "a group's rate per head of the funds named before")
        return MetricDecision(phrase, (), None, "own clause")
    best = _superlative_before(context) if "最" in context.sentence_left else None
    if best:
        return MetricDecision(best, (), None, "the unit a superlative before it names, of its measure")
    if kind in {"percentage", "percentage_point"} and context.text.startswith("的", context.candidate.end):
        noun = _counted_noun(context)  # 99.8%的中小学校办学条件达到…: the share's noun follows it
        if len(noun) >= _MIN_SUBJECT:
            return MetricDecision(noun, (), None, "the noun after a share")
    if previous and previous.metric:
        if role == "change" and kind != "percentage_point" and _SHARE_METRIC.search(previous.metric):
            # 决算数…,完成预算的97.8%,比上年增长4.6%: what grew is the quantity, not its share
            # (a change in points, 占…的15.2%,提高3.4个百分点, is the share's own)
            whole = next(
                (m.metric for m in reversed(context.previous) if m.metric and not _SHARE_METRIC.search(m.metric)), None
            )
            if whole:
                return MetricDecision(whole, (), None, "shared subject of the sentence, not its share")
        top = _TOP_RANKS_BEFORE.search(context.text, max(0, context.floor - 8), context.floor)
        if top and context.text.startswith("中", context.floor):
            # 市内总分前10名中，我区占5名: those of the top ranks, named with them
            return MetricDecision(previous.metric + top.group(0), (), None, "a count among the top ranks before it")
        between = _subject_of_clause_before(context) if context.floor < _clause_before_start(context) else None
        if between:
            # 住宿费每生每学期1200元；伙食费按实际发生收取，每生每月约600元: a new subject in between
            return MetricDecision(between, (), None, "the subject of the clause before, which names a measure")
        things = _NAMING_CLASSIFIERS.get(context.candidate.unit)
        if things and not phrase and not previous.metric.endswith(things):
            # 招生1350人（30个班）: the classes of what the sentence counted (招生班), not a second 招生
            return MetricDecision(previous.metric + things, (), None, "what its classifier names, of the subject")
        return MetricDecision(previous.metric, (), None, "shared subject of the sentence")
    if kind in {"percentage", "percentage_point"}:
        noun = _counted_noun(context)  # 全市80的学校达到…: the share's noun follows it
        if len(noun) >= _MIN_SUBJECT:
            return MetricDecision(noun, (), None, "the noun after a share")
    carried = (
        _subject_of_clause_before(context)
        if not phrase and previous is None  # a year before is no figure of it
        else None
    )
    if carried:
        return MetricDecision(carried, (), None, "the subject of the clause before, which names a measure")
    labelled = _colon_label(context) if not phrase else None
    if labelled:
        return MetricDecision(labelled, (), None, "the label its line opens with, before a colon")
    return MetricDecision(phrase or None, (), None, "own clause (short)")


# 2.住宿费：每生每学期600元: an item of a list opens its line with a label and a colon; a figure
# right after it whose clause names nothing measures that label.
_COLON_LABEL: Final = regex.compile(
    r"[ \t\u3000]*(?:[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?"
    r"(?P<label>\p{Han}{2,8})[：:]"
)


def _colon_label(context: FigureContext) -> str | None:
    clause_start = context.candidate.start - len(context.clause_left)
    if clause_start <= context.line_start or context.text[clause_start - 1] not in "：:":
        return None
    found = _COLON_LABEL.fullmatch(context.text, context.line_start, clause_start)
    return found.group("label") if found else None


def _standard_granted(context: FigureContext) -> str | None:
    """What a per-head standard grants, when its clause ends at 标准 (see _PER_HEAD_RATE)."""
    if not _PER_HEAD_RATE.search(context.clause_left):
        return None
    closes = _STANDARD_CLOSES.match(context.text, context.candidate.end)
    if closes is None:
        return None
    end = min(context.sentence.end, closes.end() + _GRANT_REACH)
    granted = _GRANTED.search(context.text, closes.end(), end)
    if granted is None:
        return None
    return (granted.group("whom") or "") + granted.group("what")


def _purpose(context: FigureContext, subject: str) -> str | None:
    """投入3118万元实施校园文化打造 → 校园文化打造投入: a bare verb of spending takes its purpose."""
    if subject not in _SPENDING_VERBS:
        return None
    after = context.text[context.candidate.end : context.candidate.end + _NOUN_REACH].lstrip(",，")
    found = _PURPOSE.match(after)
    if not found:
        return None
    purpose = _COUNT_IN_PURPOSE.sub("", found.group("purpose"))[:_MAX_NOUN]
    return purpose + subject if len(purpose) >= _MIN_SUBJECT else None


def _unlabelled(metric: str | None) -> str | None:
    """【学前教育】 年末全市有幼儿园 → 年末全市有幼儿园: the bracketed label that opens an entry of a
    yearbook or a bulletin names its topic, not the quantity (the label alone stays)."""
    if not metric or not metric.startswith("【"):
        return metric
    return _ENTRY_LABEL.sub("", metric) or metric


# A budget line's classification path (住房保障支出（类）住房改革支出（款）住房公积金（项）): the
# line is its last level, the 项 (or the 款 where no 项 follows); the levels above it go.
_BUDGET_PATH: Final = regex.compile(r"^.*[（(](?:类|款)[)）](?=.+[（(](?:款|项)[)）])")


def _trim(metric: str | None) -> str | None:
    """At most _MAX_METRIC characters, the end kept; a parenthetical aside goes first; a budget
    line's path above its last level goes too."""
    if not metric:
        return metric
    if "类）" in metric or "类)" in metric:
        metric = _BUDGET_PATH.sub("", metric, count=1)
    if len(metric) <= _MAX_METRIC:
        return metric
    metric = _PARENTHETICAL.sub("", metric) or metric
    return metric[-_MAX_METRIC:]


def _over_modifier(context: FigureContext) -> str | None:
    """全省56人以上大班额降至318个: a figure before ours that qualifies the noun (N人以上 + noun)
    belongs to our clause, which then starts where that figure's clause starts."""
    floor = context.floor
    if not context.previous or floor <= context.sentence.start:
        return None
    if context.text[floor - 2 : floor] not in _MODIFIER_ENDS or not _CJK.match(context.text, floor):
        return None
    start = max(context.sentence.start, context.candidate.start - LOOK_BACK)
    return _WIDE_CLAUSE.split(context.text[start : context.candidate.start])[-1]


def _over_gloss(context: FigureContext) -> str | None:
    """国家财政性教育经费（主要包括…，…等）为1,702亿元: a gloss in parentheses whose commas cut the
    clause; the clause is the one before the gloss, with what follows the gloss."""
    left = context.clause_left
    close = max(left.rfind("）"), left.rfind(")"))
    if close < 0 or "（" in left or "(" in left:
        return None
    before = context.sentence_left
    clause_start = len(before) - len(left)
    opened = max(before.rfind("（", 0, clause_start), before.rfind("(", 0, clause_start))
    if opened < 0 or not _WIDE_CLAUSE.search(before, opened, clause_start):
        return None  # 小学38所（另有教学点12个）、初中18所: no comma in it, the clause began at a figure
    head = _WIDE_CLAUSE.split(before[:opened])[-1]
    return None if _DIGIT.search(head) else head + left[close + 1 :]


def _parallel_count(context: FigureContext, clause_left: str, previous: Meaning | None) -> str | None:
    """帮扶一所薄弱高中、一所薄弱初中: after a count and its noun, a joiner and the next count share
    the first count's verb and subject (帮扶); what the previous count counted is no subject."""
    if previous is None or not previous.metric or not context.previous or context.previous[-1] is not previous:
        return None
    joined = clause_left.rstrip()
    if not joined or joined[-1] not in _COUNT_JOINERS:
        return None
    noun = joined[:-1].strip()
    if len(noun) < _MIN_SUBJECT or not previous.metric.endswith(noun):
        return None
    return previous.metric[: -len(noun)]


def _same_classifier(context: FigureContext) -> bool:
    """教职工420人,高中180人: the figure before ends with the classifier ours ends with."""
    floor = context.floor
    if not context.previous or floor <= 0:
        return False
    between = context.text[floor : context.candidate.start - len(context.clause_left)]
    mine = context.text[context.candidate.end - 1]
    return between.strip() in {",", "，", ""} and context.text[floor - 1] == mine and not _DIGIT.match(mine)


def _in_enumeration(context: FigureContext, clause_left: str, subject: str) -> bool:
    """小学98.7%、初中94.2%; 专任教师820人,高中310人,初中290人,电大30人: a stage, or after one a
    short item, taking the metric before it."""
    if not subject:
        return False
    if _is_bare_stage(subject):
        return True
    if clause_left.strip().startswith(("(", "（")):
        return False  # 小学12所(含3所校区): an aside, not the next item
    why = context.previous[-1].why.get("metric", "") if context.previous else ""
    return (
        why.startswith("stage enumeration")
        and len(subject) <= _MAX_ITEM
        and not _MEASURE_END.search(subject)
        and not _ATTRIBUTE_AT_END.search(subject)
        and _same_classifier(context)
    )


_HANDLED: Final = regex.compile(
    r"^(?:全年|共|累计)?(?:\L<verbs>)+出?(?:各类|各种|各项)?(?P<things>\p{Han}{2,12})$", verbs=list(HANDLING_VERBS)
)
_SHORT_RATE: Final = regex.compile(r"\p{Han}{1,3}率")


_SETTLING: Final = regex.compile(r"(?:\L<verbs>)", verbs=list(SETTLING_VERBS))


def _settled(previous: str, subject: str) -> str | None:
    """发现安全隐患325处，已整改318处 → 整改安全隐患: a count named by a settling verb alone, after
    a count of things found or received, counts the same things."""
    if not _SETTLING.fullmatch(subject):
        return None
    handled = _HANDLED.match(previous)
    return subject + handled.group("things") if handled and not previous.startswith(subject) else None


_PARTICIPANTS: Final = regex.compile(r"(?P<verb>参与|参加)(?P<who>师生|学生|教师|家长|人员|群众|人数)?")
_ORGANISED: Final = regex.compile(
    r"^(?:全年)?(?:组织)?(?:\p{Han}{0,4}?(?:开展|举办|举行|组织))?"
    r"(?P<event>\p{Han}{0,10}(?:演练|讲座|活动|培训|比赛|竞赛|会议|讲堂|研讨|展演|赛事|宣讲|班会))$"
)


def _participants(previous: str, subject: str) -> str | None:
    """开展应急疏散演练1500余场次，参与师生18.6万人次 → 参与应急疏散演练师生: those taking part, in
    the event counted before."""
    taking_part = _PARTICIPANTS.fullmatch(subject)
    organised = _ORGANISED.match(previous) if taking_part else None
    if taking_part is None or organised is None:
        return None
    return taking_part.group("verb") + organised.group("event") + (taking_part.group("who") or "")


def _rate_of_handled(previous: str, subject: str) -> str | None:
    """受理招生信访件37件，办结率100% → 招生信访件办结率: a short rate after a count of things
    handled is the rate of those things (its verb, 受理, does not carry over)."""
    if not _SHORT_RATE.fullmatch(subject):
        return None
    handled = _HANDLED.match(previous)
    return handled.group("things") + subject if handled else None


def _qualifies_previous(context: FigureContext, clause_left: str, subject: str) -> bool:
    """(除市直外980所) after 1200所: a parenthesised narrowing of the count before it."""
    opening = clause_left.strip()
    if not opening.startswith(("(", "（")) or not _MIN_SUBJECT <= len(subject) <= _MAX_PART + 2:
        return False
    if _STAGE.match(subject) or _ATTRIBUTE_AT_END.search(subject) or _OWNER_WORD.search(subject):
        return False
    return context.text[context.floor - 1 : context.floor] == context.text[context.candidate.end - 1]


_NEGATIONS: Final = frozenset("不未非无")


def _rate_of_count(previous: str, subject: str) -> str | None:
    """高考本科上线1137人,上线率为48.6% → 高考本科上线率: a rate named by the count's own verb."""
    if not subject.endswith("率") or not _MIN_SUBJECT <= len(subject) <= _MAX_ITEM:
        return None
    stem = subject[:-1]
    counted = _COUNT_WORD_AT_END.sub("", previous)
    qualifier = counted[: -len(stem)] if stem else ""
    if qualifier in _REPORT_ADVERBS:
        return None  # 实际入学3231人,入学率99.05%: 实际 says nothing of the rate
    if qualifier[-1:] in _NEGATIONS:
        return None  # 不合格4家，合格率87.7%: the rate is of what passed, not of 不合格
    if len(counted) > len(stem) and counted.endswith(stem):
        return counted + "率"
    return None


def _parallel_item(context: FigureContext, clause_left: str, previous: str, subject: str) -> str | None:
    """学前一年幼儿的毛入园率达到99.4%、学前二年达到92.6% → 学前二年幼儿的毛入园率: after 、 a short
    item replaces its like (same length, all but one or two characters alike) in the metric before."""
    if not clause_left.strip().startswith("、") or not _MIN_SUBJECT <= len(subject) <= _MAX_ITEM:
        return None
    if _MEASURE_END.search(subject) or subject in _STAGE_SET:
        return None
    width = len(subject)
    for start in range(len(previous) - width + 1):
        window = previous[start : start + width]
        alike = sum(mine == theirs for mine, theirs in zip(window, subject, strict=True))
        if max(1, width - 2) <= alike < width:
            return previous[:start] + subject + previous[start + width :]
    return None


def _continues(clause_left: str, previous: list[Meaning]) -> bool:
    """、初中94.2%, 其中高中3所, 初中15所 after it, 专任教师820人(初中310人: the clause goes on with
    the figure before it."""
    opening = clause_left.strip()
    if opening.startswith(("、", "(", "（")) or _PART_OPENING.match(opening):
        return True
    why = previous[-1].why.get("metric", "") if previous else ""
    return why.startswith(("stage enumeration", "a 其中 part"))


def _with_place(phrase: str, clause_left: str) -> str:
    """全镇面积, 全省小学: a phrase of two characters keeps the place word that opened it."""
    if len(phrase) > _MIN_SUBJECT:
        return phrase
    place = _PLACE_OPENING.match(clause_left.strip())
    return place.group(0) + phrase if place and phrase else phrase


def _clean(text: str) -> str:
    if _NEVER_JUNK.fullmatch(text):  # most texts: `re` tells it ~5x faster than _JUNK's search
        return text
    return _JUNK.sub("", text)


def _has_words(text: str) -> bool:
    return len(text.strip(" \t\u3000(（“”\"'、")) >= 1


def _levels_before(context: FigureContext) -> tuple[str, ...]:
    """招生8.12万人，在校生47.95万人，毕业生8.36万人，分别比上年减少0.42万人、增加0.31万人和…: a
    分别 list of changes after as many levels of the sentence hands their metrics out in turn."""
    start = context.candidate.start
    end = min(context.sentence.end, start + _LIST_REACH)  # bounded: a long sentence stays linear
    items = len(_LIST_NUMBER.findall(_LIST_END.split(context.text[start:end], 1)[0]))
    levels = [meaning.metric for meaning in context.previous if meaning.role == "level" and meaning.metric]
    if items < 2 or len(levels) < items:
        return ()
    chosen = tuple(levels[-items:])
    return chosen if len(set(chosen)) == items else ()


_SHARES_OF_LIST: Final = regex.compile(r"分别占(?P<bases>[^，,。；;]{2,24}?)的?$")


def _shares_of_levels(context: FigureContext, wide_left: str) -> tuple[str, ...]:
    """教师空间2,650个，学生空间8,900个，分别占教师、学生总数的90.2%和21.6% → 教师空间占教师总数,
    学生空间占学生总数: each share in turn is of a level before it, over its own base (or one base
    for all: 分别占全县总数的…)."""
    found = _SHARES_OF_LIST.search(wide_left)
    if not found:
        return ()
    levels = _levels_before(context)
    if not levels:
        return ()
    parts = _JOINER.split(found.group("bases"))
    if len(parts) == 1:
        bases = parts * len(levels)
    elif len(parts) == len(levels):
        first, last = parts[0], parts[-1]
        tail = last[len(first) :] if len(last) > len(first) else ""  # 教师、学生总数: 总数 is shared
        bases = [part + tail if part is not last else part for part in parts]
    else:
        return ()
    return tuple(level + "占" + base for level, base in zip(levels, bases, strict=True))


# Points over a control line or above an average (超出省控线, 高于全市平均分): a difference by so
# much. The role stage reads the same words (role.py: the figure is a change).
# (and the schedule a rate is measured against: 低于序时进度0.5个百分点)
APART_FROM_A_LINE: Final = regex.compile(
    r"(?:超出|超过|高出|高于|低于)\p{Han}{0,12}?(?:线|平均(?:分|水平|值|数)?|序时进度)$"
)
_APART_LAST: Final = frozenset("线分平均值数度")


def _cut_change(clause_left: str, role: str) -> str:
    """What stands before the change verb (比上年增加, 比十年前提高, 增長): the changed quantity."""
    # 比上年增加8301人, 高出市内四区平均比例3.56个百分点: the subject stands before the verb; a
    # level's clause may still end with one the role stage did not read (增長1.4%).
    changed = _LAST_CHANGE_VERB if role == "change" else _ENDING_CHANGE_VERB
    verb = changed.search(clause_left)
    if not verb and role == "change" and clause_left[-1:] in _APART_LAST:
        verb = APART_FROM_A_LINE.search(clause_left)  # (分别)超出省控线(84分): over the line, by so much
    if not verb:
        return clause_left
    before = clause_left[: verb.start()]
    timed = _TIME_BASELINE_THEN_SUBJECT.search(before)
    if timed:  # 较上年同期支出增加: the time compared with, then what changed
        return before[: timed.start()] + timed.group("subject")
    return _TRAILING_BASELINE.sub("", before)


def _lines_before(context: FigureContext) -> str:
    """The phrase on the lines before a number that stands alone on its line (PDF breaks)."""
    text = context.text
    start = context.candidate.start
    line_start = context.line_start
    if line_start == 0 or start - line_start > LOOK_BACK or _has_words(_clean(text[line_start:start])):
        return ""  # a lone number has only spaces before it: a long line is never read whole
    floor = max(context.prior_end, start - LOOK_BACK, 0)
    pieces: list[str] = []
    position = line_start - 1
    for _ in range(_MAX_BROKEN_LINES):
        if position <= floor:
            break
        begin = max(text.rfind("\n", floor, position) + 1, floor)
        line = _clean(text[begin:position]).strip()
        position = begin - 1
        if not line:
            continue
        pieces.insert(0, _WIDE_CLAUSE.split(line)[-1])
        if _WIDE_CLAUSE.search(line) or _DIGIT.search(line) or sum(map(len, pieces)) >= _BROKEN_ENOUGH:
            break
    return "".join(pieces)


_CHANGE_COLUMN_SET: Final = frozenset(CHANGE_COLUMNS)
_ROW_SET: Final = regex.compile(r"^(?:\L<sets>)", sets=list(TABLE_ROW_SETS))


def is_change_column(text: str, line_start: int, start: int) -> bool:
    """A table cell under a column of changes (设区市 | 2019年 | 增长 over 江城市 | 168.42 | 10.53)."""
    return _column_measure(text, line_start, start) in _CHANGE_COLUMN_SET


def _column_measure(text: str, line_start: int, start: int) -> str | None:
    """The measure heading a table cell's column (项目 | 预算数 | 决算数 over 学前教育 | 9860 | 9987:
    决算数), None when the column is headed by a year (its time), by 单位, or not at all. The
    header is the nearest line above, within the table, whose cell in that column is no number."""
    if start - line_start > _TABLE_ROW_MAX:
        return None
    column = text.count("|", line_start, start)
    for header_start, header_end in table_lines_above(text, line_start, _TABLE_HEADER_ROWS, _TABLE_ROW_MAX):
        cells = text[header_start:header_end].split("|")
        if column < len(cells) and not _NUMERIC_CELL.fullmatch(cells[column].strip()):
            cell = _BRACKETED.sub("", cells[column]).strip()
            if not cell and cells[column].strip():
                continue  # （人）: the units under the header, which stands above them
            if not _HAN_CHAR.search(cell) or _DIGIT.search(cell) or _UNIT_HEADER.fullmatch(cell):
                return None
            if cell in _STANDARD_COLUMN_SET:
                return None  # 标准值: the row's own measure, at the level required
            if cell in _SHARE_COLUMN_SET and column > 0:
                cell = _share_of_count_column(_BRACKETED.sub("", cells[column - 1]).strip()) + cell
            return cell if len(cell) <= _MAX_COLUMN_MEASURE else None
    return None  # the table ended with no header above the cell


_STANDARD_COLUMN_SET: Final = frozenset(STANDARD_COLUMNS)
_SHARE_COLUMN_SET: Final = frozenset(SHARE_COLUMNS)
_COUNT_COLUMN_ENDING: Final = regex.compile(r"(?:\L<endings>)$", endings=list(COUNT_COLUMN_ENDINGS))


def _share_of_count_column(header: str) -> str:
    """What the count column before a bare share column counts (小学达标校数 → 小学达标), or ''."""
    found = _COUNT_COLUMN_ENDING.search(header) if _HAN_CHAR.search(header) else None
    return header[: found.start()] if found and found.start() >= 2 else ""


# A lead that introduces a table of its owner's measures (过去三个学年公营小学的学校数目、学生人数及
# 班级数目如下：): the owner, its span of years aside.
_LEAD_OWNER: Final = regex.compile(
    r"(?:过去|近|最近)?(?:[一二两三四五六七八九十0-9]+个?(?:学年|财政年度|年度|年))?"
    r"(?P<owner>\p{Han}{2,8}?)的\p{Han}[^的\n]{0,30}如下[:：]\s*$"
)


# A lead that introduces a table of rates (…保育教育费按幼儿园等级分类确定，具体标准如下：): the payment
# it names, which the cells are amounts of.
_LEAD_PAYMENT: Final = regex.compile(
    r"(?P<payment>\p{Han}{2,4}(?:费|经费|补助|补贴|津贴|助学金))按[^\n]{0,30}如下[:：]\s*$"
)


def _table_lead(text: str, line_start: int, lead: regex.Pattern[str], group: str) -> str | None:
    """What the lead line above a table (the line before its header rows) names by `lead`'s
    `group`, None without such a lead."""
    top = line_start
    for row_start, _ in table_lines_above(text, line_start, _TABLE_HEADER_ROWS, _TABLE_ROW_MAX):
        top = row_start
    if top <= 0:
        return None
    lead_start = text.rfind("\n", max(0, top - 1 - _TITLE_MAX), top - 1) + 1
    found = lead.search(text, lead_start, top - 1)
    return found.group(group) if found else None


def _table_subject(text: str, line_start: int) -> str | None:
    """The subject a table's title names (二、近三年教育经费收入情况 over 单位：万元 and the table:
    教育经费收入), None when the line above the table names none."""
    top = line_start
    for row_start, _ in table_lines_above(text, line_start, _TABLE_HEADER_ROWS, _TABLE_ROW_MAX):
        top = row_start
    for _ in range(_TITLE_LINES):
        if top <= 0:
            return None
        title_start = text.rfind("\n", max(0, top - 1 - _TITLE_MAX), top - 1) + 1
        title = text[title_start : top - 1].strip()
        top = title_start
        if not title or _UNIT_LINE.match(title):
            continue  # 单位：万元 between the title and its table
        if title.endswith(TABLE_TITLES_OF_MANY):
            return None  # 2021年全区教育事业主要指标: each row names its own measure
        subject = _TITLE_ENDING.sub("", _TITLE_TIME.sub("", _BLANK_RUN.sub("", _TITLE_NUMBER.sub("", title))))
        return subject if _MIN_SUBJECT <= len(subject) <= _MAX_TITLE_SUBJECT and _HAN_ONLY.fullmatch(subject) else None
    return None


def _column_header(context: FigureContext) -> str | None:
    """年份 毕业生数 就业率 2019年 986人 96.2%: a flattened table whose header leads its line (the
    normalised text has lost the spaces): the header's measures, one per figure after each year."""
    start = context.candidate.start
    return _header_over(context.text[max(context.line_start, start - _HEADER_REACH) : start])


@lru_cache(maxsize=4096)
def _header_over(before: str) -> str | None:
    """The header measure of the column a figure after `before` (its line) stands in. Cached:
    a pure function of the text, which the cells of a flattened table repeat."""
    line = _COLON.split(before)[-1]
    first_digit = _DIGIT.search(line)
    if not first_digit:
        return None
    header, rows = line[: first_digit.start()], line[first_digit.start() :]
    if not _TABLE_ROWS.fullmatch(rows):
        return None
    measures = _MEASURE_CELL.findall(_ROW_KEY_HEADER.sub("", header))
    if len(measures) < _MIN_TABLE_COLUMNS or "".join(measures) != _ROW_KEY_HEADER.sub("", header):
        return None
    row = _ROW_KEY.split(rows)
    if len(row) < _MIN_TABLE_COLUMNS:
        return None  # no year keys the rows
    column = len(_NUMBER.findall(row[-1]))
    return measures[column] if column < len(measures) else None


# The measure a stage list shares with the figure before it: 生师比为10.6:1，小学及中学分别为…
_SHARED_MEASURE: Final = regex.compile(r"\p{Han}{0,2}(?:比|率)$")
_LIST_STAGES: Final = _STAGE_SET | frozenset(LIST_ONLY_STAGES)


# 综合差异系数（小学0.48、初中0.39）: a bracket after a measure lists it per stage; the stage that
# opens it takes the measure, a list of stages in the measure (小学、初中综合差异系数) giving way.
_STAGE_IN_BRACKET: Final = regex.compile(
    r"(?P<measure>[^（(，,。；;]{2,24})[（(](?P<stage>\L<stages>)$", stages=_STAGES
)
_STAGE_LIST_IN: Final = regex.compile(r"(?:\L<stages>)(?:[、和与及](?:\L<stages>))+", stages=_STAGES)


def _stage_in_bracket(clause_left: str) -> str | None:
    found = _STAGE_IN_BRACKET.search(clause_left)
    if found is None:
        return None
    measure = _subject(found.group("measure"))
    if not _MEASURE_END.search(measure):
        return None  # 全县学校（小学: no measure before the bracket
    stage = found.group("stage")
    listed = _STAGE_LIST_IN.search(measure)
    if listed:
        return measure[: listed.start()] + stage + measure[listed.end() :]
    return stage + measure


def _stages_of_measure(subject: str, metric: str) -> tuple[str, ...]:
    """小学及中学 after 全区生师比 → (小学生师比, 中学生师比): a list of stages alone, after a ratio
    or a rate, divides that measure among them."""
    stages = _JOINER.split(subject)
    measure = _SHARED_MEASURE.search(metric)
    if measure is None or len(stages) < 2 or not all(stage in _LIST_STAGES for stage in stages):
        return ()
    return tuple(stage + measure.group(0) for stage in stages)


def _distribute(subject: str) -> tuple[str, ...]:
    """小学和初中毕业升学率 → (小学毕业升学率, 初中毕业升学率); 文科、理科本科上线率 → two;
    生均经费小学、初中 → (小学生均经费, 初中生均经费); 入园率、巩固率和毛入学率 → three."""
    listed = _LIST_OF_STAGES.match(subject)
    if listed:
        stages = _JOINER.split(listed.group("stages"))
        rest = listed.group("rest").replace("分别", "") or listed.group("rest")  # 小学和初中分别新增: 新增
        return tuple(stage + rest for stage in stages)
    grades = _LIST_OF_GRADES.match(subject) if "年级" in subject else None
    if grades:  # 七、八年级及格率 → 七年级及格率, 八年级及格率: the grades share 年级
        rest = grades.group("rest").replace("分别", "") or grades.group("rest")
        return tuple(number + "年级" + rest for number in _JOINER.split(grades.group("numbers")))
    trailing = _STAGES_AT_END.match(subject)
    if trailing:
        stages = _JOINER.split(trailing.group("stages"))
        return tuple(stage + trailing.group("rest") for stage in stages)
    parts = _JOINER.split(subject)
    if len(parts) < 2 or len(parts) > _MAX_LIST_ITEMS:
        return ()
    verb = _ENTITY_VERB_START.search(parts[0], 0, _MAX_ITEM + 2)
    if verb and all(
        _MIN_SUBJECT <= len(part) <= _MAX_PHRASE_ITEM and not _ENTITY_VERB_START.match(part) for part in parts[1:]
    ):
        # 升入普通高中和中等职业学校的分别为…: the verb (and who did it) is shared by the places it names
        return (parts[0], *(parts[0][: verb.end()] + part for part in parts[1:]))
    if all(_MIN_SUBJECT <= len(part) <= _MAX_PHRASE_ITEM and _OWNER_AT_END.search(part) for part in parts):
        return tuple(parts)  # 公办园和民办园分别为…: each item names what it counts
    if all(_MIN_PHRASE_ITEM <= len(part) <= _MAX_PHRASE_ITEM for part in parts) and all(
        _MEASURE_END.search(part) for part in parts
    ):
        return tuple(parts)  # each item names its own quantity
    # 文科、理科本科上线率; 学区语文、数学、英语平均分: items of one width, the first perhaps after a
    # qualifier of them all (学区), the last before what they share (平均分).
    if len(parts) == 2:
        paired = _two_items(parts[0], parts[1])
        if paired:
            return paired
    averaged = _AVERAGE_OF_ALL.search(parts[0]) if "均" in parts[0] else None
    if averaged and all(_AVERAGED_ITEM.fullmatch(part) for part in parts[1:]):
        # 学生平均身高、体重; 小学生均图书、仪器设备值: the average (and whose) is shared by the items
        return (parts[0], *(parts[0][: averaged.end()] + part for part in parts[1:]))
    width = len(parts[1]) if len(parts) > 2 else len(parts[0])
    last = parts[-1]
    prefix = parts[0][:-width]
    heads = [parts[0][-width:], *parts[1:-1]]
    if width > _MAX_ITEM or any(len(part) != width for part in parts[1:-1]) or len(last) <= width:
        return ()
    if len(parts) == 2 and prefix:
        return ()
    if len(parts) == 2 and last[width - 1] != parts[0][-1]:
        return ()  # 文科、理科…: two items of one shape (same length, same last character)
    rest = last[width:]
    return tuple(prefix + item + rest for item in [*heads, last[:width]])


# An average (平均, 人均, 生均) before the first item of a list, the items after it bare words:
# 学生平均身高、体重 → 学生平均身高, 学生平均体重.
_AVERAGE_OF_ALL: Final = regex.compile(r"(?:平均|人均|生均)(?=\p{Han}{1,8}$)")
_AVERAGED_ITEM: Final = regex.compile(r"\p{Han}{1,8}")


# Items a two-item list names that need no shared last character to be told apart: stages and
# school subjects (我校小学、初中入学率; 语文、数学平均分).
_LIST_ITEMS: Final = frozenset([*_STAGES, *SCHOOL_SUBJECTS])


def _two_items(first: str, second: str) -> tuple[str, ...]:
    """我校小学、初中入学率 → (我校小学入学率, 我校初中入学率): two known items of one width, the
    first after what qualifies them both, the second before what they share."""
    for width in range(_MIN_SUBJECT, _MAX_ITEM + 1):
        if len(first) < width or len(second) <= width:
            break
        head, item = first[:-width], first[-width:]
        if item in _LIST_ITEMS and second[:width] in _LIST_ITEMS:
            rest = second[width:]
            return (head + item + rest, head + second[:width] + rest)
    return ()


def _earlier_list(context: FigureContext) -> tuple[str, ...]:
    """…分别达到90%、99%;2020年分别达到98%、99%: the second 分别 reuses the first one's subject."""
    left = _clean(context.sentence_left)
    here = left.rfind("分别")
    earlier = left.rfind("分别", 0, here)
    if here < 0 or earlier < 0:
        return ()
    return _distribute(_subject(_WIDE_CLAUSE.split(left[:earlier])[-1]))


# The means of an action say how, not what: 通过公开招聘、特岗计划等渠道补充新教师.
_MEANS: Final = regex.compile(r"通过.{1,16}?(?:渠道|方式|途径|形式|办法)|按(?:照)?.{1,10}?(?:计算|测算|核算|折算)")


_GRADE_OR_STAGE: Final = r"(?:[一二三四五六七八九]年级|[高初][一二三]|\L<stages>)"  # 九年级, 高一, 初中
_STAGES_LONGEST_FIRST: Final = sorted(STAGE_WORDS, key=len, reverse=True)
_SCOPE_ONLY: Final = regex.compile(rf"(?:其中)?{_GRADE_OR_STAGE}", stages=_STAGES_LONGEST_FIRST)
# A grade or a stage, then the cue of a plan (九年级要确保中考平均分, 小学力争入学率): the cue says
# the figure is a target, it is no part of what is measured ("主要", "需要" have no grade before).
_SCOPE_THEN_MODAL: Final = regex.compile(
    rf"^(?P<scope>{_GRADE_OR_STAGE})(?:要确保|要力争|要争取|确保|力争|争取|必须|要)(?=\p{{Han}})",
    stages=_STAGES_LONGEST_FIRST,
)


@lru_cache(maxsize=4096)
def _subject(clause_left: str) -> str:
    """The subject phrase of a clause: time words, comparisons, openers and links stripped.
    Cached: a pure function of the text, read again by the figures of a list."""
    text = _MEANS.sub("", _COMPARISON.sub("", _clean(clause_left).strip()))
    text = _without_time_words(text).strip(' (（“”"')
    some = _SOME_UNITS_HAVE.match(text) if "有" in text else None
    if some:
        text = some.group("units") + text[some.end() :]  # 有的教学点只有学生 → 教学点学生: whose they are
    for _ in range(3):
        stripped = _TRAILING_LINKS.sub("", _LEADING_NOISE.sub("", text))
        if stripped == text:
            break
        text = stripped
    scoped = _SCOPE_THEN_MODAL.match(text) if "要" in text or "确" in text or "争" in text else None
    if scoped:
        text = scoped.group("scope") + text[scoped.end() :]  # 九年级要确保中考平均分 → 九年级中考平均分
    possessor = _POSSESSOR.match(text)
    if possessor:
        text = text[possessor.end() :]
        stage = _STAGE.search(possessor.group())
        if stage and not _STAGE.match(text):
            text = stage.group() + text  # 全县中小学仍有危房 → 中小学危房: the owner's stage qualifies
    return text.strip(" “”\"'《》")


def _counted_noun(context: FigureContext) -> str:
    """What a count or amount counts: the words after it, up to the clause's end; of a long
    modifier (一所具有一定规模的普通高中) the head noun after the last 的."""
    end = context.candidate.end
    return _noun_after(context.text[end : end + _NOUN_REACH], context.text[end - 1])


_NAMING_CLASSIFIERS: Final = dict(NAMING_CLASSIFIERS)
_STAFFING_VERB_SET: Final = frozenset(STAFFING_VERBS)


# An adverb of all after the counted noun (23个教学点全部配备…): the count is of those that did what
# follows, and the metric says so (配备…的教学点), as analysts write it.
_ALL_OF_THEM: Final = regex.compile(r"全部|全都|均已|都已")
_MAX_DEED: Final = 16


# A counted set followed by 中 (among) and the end of its clause: 学校中, 设区市中, 毕业生中 (初中
# and 高中 end in 中 as a word: the character before 中 must end a noun of units or people).
_AMONG_AT_END: Final = regex.compile(r"(?:\L<owners>)中$", owners=list(AMONG_OWNERS))


@lru_cache(maxsize=4096)
def _noun_after(after: str, last: str) -> str:
    """The counted noun in `after`, the text after a figure whose last character is `last`.
    Cached: a pure function of the text, which the items of a list repeat."""
    right = _clean(after)
    stop = _NOUN_END.search(right)
    noun = right[: stop.start()] if stop else right
    if stop and _DIGIT.match(stop.group(0)) and _ATTRIBUTE_AT_END.fullmatch(noun):
        return ""  # 在校生4.1万人 专任教师0.3万人 (a row without its spaces): the next figure's label
    if noun[:1] == "、" or _STARTS_WITH_CHANGE.match(noun) or _NEXT_CHINESE_FIGURE.match(noun):
        return ""  # 2所、市级标准化学校7所 / 1.05万人增加到…: what follows is the next item or a verb
    if _TIERS_COUNTED.match(noun):
        return ""  # 1500元、2000元、2500元三档: the count of the list's items, no noun of the last
    noun = noun.removeprefix("的")
    if noun == "整" and last == "元":
        return ""  # 贰拾伍万陆仟元整: "exactly", a written sum's close, names nothing
    closing = _UNOPENED_QUOTE.search(noun)
    if closing:
        noun = noun[: closing.end() - 1]  # 一次家访、一份成长寄语”作为…: the quotation ends the noun
    if "、" in noun and (
        _NEXT_ITEM_COUNTED.search(noun.split("、", 1)[1]) or (stop is not None and _DIGIT.match(stop.group(0)))
    ):
        noun = noun.split("、", 1)[0]  # 两所薄弱初中、一所薄弱小学: the list goes on with the next count
    elif noun[-1:] in _COUNT_JOINERS and stop is not None and _DIGIT.match(stop.group(0)):
        noun = noun[:-1]  # 1名专职保安和2名兼职保安: the joiner belongs to the list, not to the noun
    if len(noun) == 1 and noun in _CLASSIFIER_WORD_ENDS:
        return last + noun  # 五十六万人口: 人 + 口 is the noun
    if stop is not None and _AMONG_AT_END.search(noun):
        noun = noun[:-1]  # 48所农村学校中，有41所…: the set the next count is taken from
    honour = _HONOUR.match(noun)
    if honour:
        return honour.group("honour")[:_MAX_NOUN]
    every = _ALL_OF_THEM.search(noun)
    if every and every.start() >= _MIN_SUBJECT:
        # 12个乡镇均已建成中心幼儿园: those that did it, all of them (建成中心幼儿园的乡镇)
        deed = noun[every.end() :]
        cut = _COUNTED_NOUN_STOP.search(deed)
        deed = deed[: cut.start()] if cut else deed
        if len(deed) >= _MIN_SUBJECT:
            return (deed[:_MAX_DEED] + "的" + noun[: every.start()])[: _MAX_NOUN + _MAX_DEED]
    cut = _COUNTED_NOUN_STOP.search(noun)
    noun = noun[: cut.start()] if cut and cut.start() >= _MIN_SUBJECT else noun
    modifier, _, head = noun.rpartition("的")
    if modifier and head and _VERB_MODIFIER.match(modifier):
        noun = head  # 一所具有一定规模的普通高中 → 普通高中
    held = _HOLDER_THEN_STATE.match(noun)
    if held:
        # 2家培训机构因已停止办学未参加年检 → 未参加年检的培训机构; 表示 (said) itself goes
        marker = "" if held.group("marker") == "表示" else held.group("marker")
        state = _QUOTES.sub("", marker + held.group("state"))
        return (state[:_MAX_DEED] + "的" + held.group("holder"))[: _MAX_NOUN + _MAX_DEED]
    relative = _ENTITY_THEN_VERB.match(noun)
    if relative and "了" not in relative.group("verb"):  # 教师参加了培训 reports; it names no group
        noun = relative.group("verb") + relative.group("entity")  # 考生参加高考 → 参加高考考生
    return noun[:_MAX_NOUN]


def _is_bare_stage(subject: str) -> bool:
    return subject in _STAGE_SET


def _restage(metric: str, stage: str, continued: bool) -> str:
    """中小学校 with 高中 → 高中学校; 专任教师学历合格率 with 初中 → 初中专任教师学历合格率;
    新建城区小学 with 、初中 → 新建城区初中; but 普通高中在校生;初中214所 → 初中 (no list goes on)."""
    found = _STAGE.search(metric) if continued else None
    if not found:
        if metric.endswith(SIBLING_SCHOOL_KINDS):
            return stage  # 九年一贯制学校9所、小学63所: another kind of school, not a part of that one
        return stage + metric if continued else stage  # 其中小学…, 、初中…: a part of the metric before
    rest = metric[found.end() :]
    if found.group(0) == "中小学" and rest.startswith("校") and not stage.endswith("学"):
        rest = "学" + rest  # 中小学|校: the 学 belonged to the stage word
    return metric[: found.start()] + stage + rest


def _head(metric: str) -> tuple[str, str] | None:
    """(modifier, head) of a metric that ends with an attribute or owner head."""
    found = _ATTRIBUTE_AT_END.search(metric) or _OWNER_AT_END.search(metric)
    if not found:
        return None
    start = found.start()
    if start:
        for school in _STAGES_AND_TYPES:  # longest first
            if len(school) > len(metric) - start and metric.endswith(school):
                # 普通高中 is one school type: 其中公办38所 → 公办普通高中, never 普通公办高中
                return metric[: len(metric) - len(school)], school
    return metric[:start], found.group(0)


_PER_UNIT_SET: Final = frozenset(PER_UNIT_WORDS)
_TOTAL_AT_END: Final = regex.compile(r"(?:总额|总计|合计|总数|总量|总金额)$")


# 生活补助563.4万元；其中寄宿生每生每学期625元: a group alone before a rate per head, and the head of
# the funds named before it (what follows the people they are for).
_PEOPLE_ENDING: Final = "(?:学生|生|儿童|幼儿|教师|老师)"
_GROUP_ONLY: Final = regex.compile(r"\p{Han}{0,6}" + _PEOPLE_ENDING)
_FUNDS_AFTER_PEOPLE: Final = regex.compile(
    r"(?:" + _PEOPLE_ENDING + r"|(?=国家))(?P<head>(?!每)\p{Han}{0,4}(?:补助|补贴|资助|助学金|津贴|奖学金|奖励金))$"
)


def _group_rate_of_funds(context: FigureContext, group: str) -> str | None:
    """其中寄宿生每生每学期625元 after 家庭经济困难学生生活补助563.4万元 → 寄宿生生活补助: a rate per head
    whose clause names only a group is that group's rate of the funds the last amount named."""
    if not _GROUP_ONLY.fullmatch(group) or not context.prior_metric or "其中" not in context.sentence_left:
        return None  # (a 其中 part of the funds just named, not a rate in another section)
    funds = _FUNDS_AFTER_PEOPLE.search(context.prior_metric)
    return group + funds.group("head") if funds else None


def _narrower_owner_part(
    context: FigureContext, clause_left: str, subject: str, last: Meaning | None
) -> MetricDecision | None:
    """毕业生平均月收入为7368元。其中本科毕业生6512元，硕士毕业生9145元 → 本科毕业生平均月收入,
    硕士毕业生平均月收入: a 其中 part (and the parts after it) naming a narrower kind of the owner the
    whole opens with (本科毕业生 of 毕业生) measures what the whole does. The whole is the sentence's
    last metric, or the previous sentence's where the part opens its sentence, of the same kind."""
    if len(subject) <= _MIN_SUBJECT:
        return None
    if _PART_OPENING.match(clause_left.strip()):
        whole = next((meaning.metric for meaning in reversed(context.previous) if meaning.metric), None)
        if whole is None and not context.previous:
            whole = context.prior_metric
    elif last is not None and last.whole:
        whole = last.whole
    else:
        return None
    if not whole:
        return None
    for width in range(min(len(subject), len(whole)) - 1, _MIN_SUBJECT - 1, -1):
        if whole.startswith(subject[-width:]):
            return MetricDecision(
                subject + whole[width:], (), whole, "a 其中 part: a narrower kind of the whole's owner"
            )
    return None


def _as_part(context: FigureContext, clause_left: str, subject: str) -> MetricDecision | None:
    """其中本科5422人 after 招生人数28529人 → 本科招生人数; its sibling 专科… the same way."""
    last = context.previous[-1] if context.previous else None
    progress = _progress_part(context, clause_left, subject, last)
    if progress:
        return progress
    if _STAGE_PART.fullmatch(subject) and _PART_OPENING.match(clause_left.strip()):
        whole = next((meaning.metric for meaning in reversed(context.previous) if meaning.metric), None)
        if whole and not _STAGE.search(whole):
            # 建档立卡家庭学生6184人，其中义务教育阶段4967人: the whole, at that stage
            return MetricDecision(subject + whole, (), whole, "a 其中 part: a stage of the whole")
    narrower = _narrower_owner_part(context, clause_left, subject, last)
    if narrower:
        return narrower
    if not subject or len(subject) > _MAX_PART:
        return None
    if _PART_OPENING.match(clause_left.strip()):
        whole = next((meaning.metric for meaning in reversed(context.previous) if meaning.metric), None)
    elif last is not None and last.whole:
        whole = last.whole  # 民办3所 after 其中公办6所
    else:
        return None
    if whole and (subject.endswith("类") or _BARE_QUALIFIER.fullmatch(subject)):
        total = _TOTAL_AT_END.search(whole)
        if total and total.start() >= _MIN_SUBJECT:
            # 政府采购预算总额…，其中货物类72.3万元 → 货物类政府采购预算: a class or a place of the total
            return MetricDecision(subject + whole[: total.start()], (), whole, "a 其中 part: a class of the total")
    split = _head(whole) if whole else None
    if not whole or not split:
        return None
    modifier, head = split
    if _ATTRIBUTE_AT_END.search(subject) or _OWNER_WORD.search(subject):
        if _OWNER_AT_END.search(subject) and _OWNER_AT_END.search(head) and modifier:
            if _EVENT_VERBS.match(subject):  # 新建学校9所，其中新建小学2所: the part says its own deed
                return MetricDecision(subject, (), whole, "a 其中 part that names its own deed")
            return MetricDecision(modifier + subject, (), whole, "a 其中 part: the whole's qualifiers")
        if _OWNER_AT_END.search(subject) and _ATTRIBUTE_AT_END.search(whole):
            return MetricDecision(subject + whole, (), whole, "a 其中 part: the owner of the whole's share")
        return None  # 其中特岗教师96名: the part names itself
    return MetricDecision(modifier + subject + head, (), whole, "a 其中 part: the whole's head")


def _owner_of(phrase: str, context: FigureContext, topic: tuple[str, bool] | None) -> str | None:
    """招生 after 普通小学144所 → 普通小学招生: an attribute with no owner of its own takes the
    owner named earlier in the sentence (a count of institutions, or the owner of an attribute)."""
    found = _ATTRIBUTE_AT_END.search(phrase)
    if not found:
        return None
    qualifier = phrase[: found.start()]
    if len(qualifier) > _MAX_BARE_QUALIFIER or _OWNER_WORD.search(qualifier) or qualifier in _STAFFING_VERB_SET:
        return None
    if topic and not topic[1]:
        return topic[0] + phrase
    for meaning in reversed(context.previous):
        if meaning.why.get("metric", "").startswith(("stage enumeration", "a 其中 part")):
            continue  # 学校86所,其中小学62所;在校学生…: the whole owns what follows, not its part
        owner = _owner(meaning.metric)
        if owner:
            return owner + phrase
    if not context.previous and not qualifier and context.sentence.start > context.line_start:
        opening = _PARAGRAPH_OWNER.match(context.text, context.line_start, context.sentence.start)
        if opening:  # 小学4915所，…。招生128.64万人: the paragraph's opening count owns its sentences
            return opening.group("owner") + phrase
    return None


# A paragraph that opens with a count of institutions (小学4915所, 全省共有普通高中1065所): what it
# counts owns the bare attributes its later sentences open with (招生…，在校生…).
_PARAGRAPH_OWNER: Final = regex.compile(
    r"[ \t\u3000]*(?:全[省市县区]|本[市县区])?(?:共有|现有|有)?(?P<owner>\p{Han}{0,8}(?:\L<owners>))"
    r"[0-9][0-9,.]*万?(?:所|个|家|校|园)",
    owners=sorted(OWNER_HEADS, key=len, reverse=True),
)


# 乡村教师生活补助按每人每月300元至800元分档发放: the programme, paid per head at the figure.
_PAID_AT_RATE: Final = regex.compile(
    r"^(?P<programme>.{2,16}?(?:\L<heads>))按(?:每\p{Han}{1,2}?){0,2}$", heads=list(PAID_AT_RATE_HEADS)
)
_PAID_AFTER: Final = regex.compile(r"(?:分档|分级|足额|按时)?(?:发放|拨付|执行)")


def _sibling_attribute(context: FigureContext, clause_left: str, subject: str) -> str | None:
    """学生体质健康测试合格率为93.4%,优良率为38.7% → 学生体质健康测试优良率; 教育支出年初预算
    为6.42亿元,调整预算为6.75亿元,执行数为… → 教育支出执行数: a test or an account line is
    named once, before the first of its measures; the next measures after a comma are its too."""
    if not context.previous or not _MIN_SUBJECT <= len(subject) <= _MAX_ITEM:
        return None
    if not _MEASURED_AT_END.search(subject) or _STAGE.match(subject) or _OWNER_WORD.search(subject):
        return None
    last = context.previous[-1]
    metric = last.metric
    if not metric:
        return None
    if _PART_OPENING.match(clause_left.strip()) and not (subject.endswith("率") and metric.endswith("率")):
        return None  # 总收入3286万元,其中财政拨款2915万元: a part, not a sibling (其中优秀率 is one)
    between = context.text[context.floor : context.candidate.start - len(clause_left)]
    mine = context.text[context.candidate.end - 1]
    # the figure just before, in the clause just before, of the same unit; or the change of the
    # level before it (合格率为93.6%，较上年提高1.4个百分点；优良率为46.2%)
    same_unit = context.text[context.floor - 1] == mine or last.role == "change"
    if between.strip() not in {",", "，", ";", "；"} or not same_unit:
        return None
    for found in _MEASURED_OWNER.finditer(metric, overlapped=True):
        measure = metric[found.end() :]
        if _MIN_SUBJECT <= len(measure) <= _MAX_ITEM and _MEASURED_AT_END.search(measure):
            return metric[: found.end()] + subject
    return None


_MAX_MEASURED_ITEM: Final = 6  # 小班, 城区学校, 农村初中: an item, not a phrase of its own
# What kind of figure a heading's measure holds, by its last word: a rate, a ratio, an amount.
_TOPIC_KIND_END: Final = regex.compile(r"(?:率|比例|占比|比重|比|费|资金|经费|金额|补助|工资|收入)$")
_KIND_OF_TOPIC: Final = {
    **dict.fromkeys(("率", "比例", "占比", "比重"), frozenset({"percentage", "percentage_point"})),
    "比": frozenset({"ratio"}),
    **dict.fromkeys(("费", "资金", "经费", "金额", "补助", "工资", "收入"), frozenset({"money", "percentage"})),
}


def _under_heading_topic(context: FigureContext, phrase: str) -> str | None:
    """（三）普通高中教育。决算数12,904.7万元 → 普通高中教育决算数: a numbered heading that only
    names its topic owns a bare measure (决算数, 完成调整预算) of the line it opens."""
    if not phrase or len(phrase) > _MAX_HEADED or _OWNER_WORD.search(phrase):
        return None
    if not (_MEASURED_AT_END.search(phrase) or _SHARE.match(phrase)):
        return None
    found = _HEADING_TOPIC.match(context.text, context.line_start, context.candidate.start)
    if not found or _HEADING_VERB.search(found.group("topic")):
        return None  # （二）加强管理。, （三）办学条件不断改善。: a clause names no owner
    if found.group("topic") in phrase:
        return None  # （二）班额。全县平均班额27.5人: the measure names its topic already
    return found.group("topic") + phrase


def _item_of_heading_measure(context: FigureContext, phrase: str) -> str | None:
    """（二）班额。评估要求：小班不超过25人 → 小班班额: a numbered heading that only names a measure
    lends it to the bare items (a class, a stage, a place) its line lists."""
    if not phrase or len(phrase) > _MAX_MEASURED_ITEM or _MEASURED_AT_END.search(phrase):
        return None
    if "标准" in phrase or "的" in phrase:
        return None  # 按标准拨付, 超标的: a clause about the measure, no item of it
    found = _HEADING_TOPIC.match(context.text, context.line_start, context.candidate.start)
    if not found:
        return None
    topic = found.group("topic")
    if not _MEASURED_AT_END.search(topic) or _HEADING_VERB.search(topic) or topic in phrase:
        return None
    ending = _TOPIC_KIND_END.search(topic)
    if ending and context.candidate.kind not in _KIND_OF_TOPIC[ending.group(0)]:
        return None  # 每间宿舍住6至8人 under （二）住宿费: a count is no fee
    for overlap in range(min(len(phrase), len(topic)), 1, -1):
        if phrase.endswith(topic[:overlap]):
            return phrase + topic[overlap:]  # 师范类专业 + 专业相关度 → 师范类专业相关度
    return phrase + topic


def _progress_part(
    context: FigureContext, clause_left: str, subject: str, last: Meaning | None
) -> MetricDecision | None:
    """已启动9个(其中完成项目立项9个,开工建设4个) after 10个配套学校建设项目 → 配套学校建设项目
    完成项目立项: a 其中 part that says how far the task got is a part of the things counted."""
    if last is None or not last.metric or len(subject) > _MAX_PROGRESS or not _PROGRESS.match(subject):
        return None
    if _PART_OPENING.match(clause_left.strip()):
        whole = last.metric
    elif last.whole and last.why.get("metric", "").startswith("a 其中 part"):
        whole = last.whole
    else:
        return None
    things = _PROGRESS.sub("", whole)  # 启动配套学校建设项目 → 配套学校建设项目
    if len(things) < _MIN_SUBJECT:
        return None
    return MetricDecision(things + subject, (), whole, "a 其中 part: how far the things counted got")


def _progress_of_count(context: FigureContext, subject: str) -> str | None:
    """10个配套学校建设项目,已启动9个 → 启动配套学校建设项目: a count that only says how far a
    task got, with nothing counted after it, counts what the count before it counted."""
    if len(subject) > _MAX_PROGRESS or not context.previous or not _PROGRESS.match(subject):
        return None
    floor = context.floor
    mine = context.text[context.candidate.end - 1]
    if floor <= 0 or context.text[floor - 1] != mine or _DIGIT.match(mine):
        return None  # the count before it must count in the same classifier
    noun = _noun_after(context.text[floor : floor + _NOUN_REACH], mine)
    if len(noun) < _MIN_SUBJECT or noun in subject or _PROGRESS.match(noun):
        return None
    return subject + noun


# 专项资金下达1260万元，已支付838万元，支付进度66.5%: a bare verb of paying or using after an
# amount of funds says how much of those funds got so far.
_FUNDS_PROGRESS: Final = regex.compile(r"(?:支付|拨付|使用|到位|兑现|发放|执行)(?:进度|率)?")
_FUNDS_BEFORE: Final = regex.compile(
    r"(?P<funds>\p{Han}{2,24}?(?:资金|经费|补助|预算))(?:下达|拨付|到位|支付|使用|执行)?"
)


def _progress_of_funds(context: FigureContext, subject: str) -> str | None:
    """学前教育专项资金下达1260万元，已支付838万元 → 学前教育专项资金支付: how far the funds the
    amount before it named got (paid, used, in place)."""
    last = context.last_measured
    if last is None or not last.metric or not _FUNDS_PROGRESS.fullmatch(subject):
        return None
    funds = _FUNDS_BEFORE.fullmatch(last.metric)
    return funds.group("funds") + subject if funds else None


def _verb_after_count(context: FigureContext) -> str | None:
    """24所普通高中有7所进入全省高中办学质量前50名 → 进入全省高中办学质量前50名: a count with a
    verb right after its classifier counts those that did what the verb phrase says."""
    opening = context.clause_left.rstrip()
    if opening and not opening.endswith(("有", "其中")) and _subject(context.clause_left):
        return None  # 聘请校外专业人员38人参与课后服务: the noun before the count is what it counts
    end = context.candidate.end
    after = _clean(context.text[end : end + _NOUN_REACH])
    if not _ENTITY_VERB_START.match(after):
        return None
    stop = _NOUN_END.search(after)
    phrase = after[: stop.start()] if stop else after
    return phrase[:_MAX_NOUN] if len(phrase) >= _MIN_VERB_PHRASE else None


# The noun a clause before counts or is about, before it says all of them did something:
# 5项民生实事全部完成… → 民生实事; 新建幼儿园全部达到省级标准 → 新建幼儿园.
_COUNTED_THEN_ALL: Final = regex.compile(
    r"[0-9一二两三四五六七八九十]+[所个项名人家间座套台](?P<noun>\p{Han}{2,10}?)(?:全部|均已|均|都|已经|已|全)"
)
_SUBJECT_THEN_ALL: Final = regex.compile(r"^(?P<noun>\p{Han}{2,10}?)(?:全部|均已|均|都|已经|已|全)")


def _whole_counted_before(context: FigureContext) -> str | None:
    """其中3项超额完成 → 超额完成的民生实事: the whole a 其中 part belongs to is what the clause
    before counts or is about."""
    before = _clause_before(context)
    if before is None:
        return None
    found = _COUNTED_THEN_ALL.search(before) or _SUBJECT_THEN_ALL.match(before.strip())
    return found.group("noun") if found else None


def _people_described(context: FigureContext, clause_left: str, subject: str) -> str | None:
    """专任教师51人,…,获本科学历的10人 → 获本科学历的初中专任教师: a count of people after a 的
    phrase, naming no one, counts those of the people counted before it that the phrase describes."""
    if not clause_left.rstrip().endswith("的") or len(subject) < _MIN_SUBJECT:
        return None
    if subject.startswith(("比", "较", "与", "和")) or _DIGIT.search(subject):
        return None  # 較2021/22學年的29.1人: a baseline, not a description
    if context.text[context.candidate.end - 1] not in _PERSON_CLASSIFIERS:
        return None
    people = next((m.metric for m in reversed(context.previous) if m.metric and _PEOPLE_AT_END.search(m.metric)), None)
    return f"{subject}的{people}" if people else None


def _clause_before(context: FigureContext) -> str | None:
    """The clause of the sentence just before the figure's own (within LOOK_BACK), or None."""
    start = max(context.sentence.start, context.candidate.start - LOOK_BACK)
    # the last two breaks found from the end (a split would cut every clause of a long list)
    backwards = context.text[start : context.candidate.start - len(context.clause_left)][::-1]
    last = _WIDE_CLAUSE.search(backwards)
    if last is None:
        return None
    earlier = _WIDE_CLAUSE.search(backwards, last.end())
    return backwards[last.end() : earlier.start() if earlier else None][::-1]


def _figureless_clause_before(context: FigureContext, *, timeless: bool) -> str | None:
    """The clause just before the figure's own, without its opening words (把, 进一步…), when it
    holds no figure (`timeless`: once its time words are gone: 115年起将试办…), or None."""
    before = _clause_before(context)
    if before is None:
        return None
    if timeless:
        before = _without_time_words(before)
    if _DIGIT.search(before):
        return None
    return _CLAUSE_BEFORE_OPENING.sub("", _clean(before).strip())


# 家庭经济困难幼儿按规定享受学前教育资助，资助标准为每生每年1500元: a bare standard of aid (资助标准,
# 补助标准) is the one of the group the clause before says receives the aid.
_GRANTED_GROUP: Final = regex.compile(
    r"^(?P<group>\p{Han}{2,12}?)(?:按规定|按照规定|依规|均|可|可以|每年)?(?:享受|获得|领取|获发)"
)
_MAX_BARE_STANDARD: Final = 4  # 资助标准, 补助标准: a longer phrase names its own group


def _group_granted_before(context: FigureContext, phrase: str) -> str | None:
    if context.previous or len(phrase) > _MAX_BARE_STANDARD:
        return None
    before = _figureless_clause_before(context, timeless=True)
    granted = _GRANTED_GROUP.match(before) if before else None
    return granted.group("group") + phrase if granted else None


def _owner_in_clause_before(context: FigureContext, phrase: str) -> str | None:
    """把教育工作纳入年度考核,权重不低于10% → 教育工作纳入年度考核权重: the first figure of a
    sentence, named only by a bare measure (权重, 缺额, 招生数), measures what the clause just
    before it, with no figure, names."""
    if context.last_measured or not _MIN_SUBJECT <= len(phrase) <= _MAX_BARE_MEASURE:
        return None
    if context.previous and phrase not in _BARE_MEASURES:
        return None  # a measure word names its own quantity after a date; 投入 alone never does
    if not (_MEASURE_END.search(phrase) or phrase in _BARE_MEASURES) or _OWNER_WORD.search(phrase):
        return None
    owner = _figureless_clause_before(context, timeless=True)
    if owner is None:
        return None
    owner = _CLAUSE_BEFORE_ENDING.sub("", owner)
    if not _MIN_TOPIC <= len(owner) <= _MAX_NOUN:
        return None
    return owner + phrase


def _measure_before_stage(context: FigureContext, stage: str) -> str | None:
    """达标学校比例，小学为94.7%，初中为96.1% → 小学达标学校比例: the first figure of a sentence,
    named only by a stage, is of the measure the clause just before it names (with no figure)."""
    if context.previous:
        return None
    measure = _figureless_clause_before(context, timeless=False)
    if measure is None or not _MIN_TOPIC <= len(measure) <= _MAX_STAGED_MEASURE or not _MEASURE_END.search(measure):
        return None
    return stage + measure


_MAX_STAGED_MEASURE: Final = 24  # 对义务教育阶段家庭经济困难寄宿生补助生活费，小学…: a whole noun phrase


# Where the clause before stops naming its subject and starts saying what it does.
_PREDICATE_START: Final = regex.compile(
    r"将|要|会|已|仍|还|预计|大幅|持续|继续|明显|稳步|逐年|比|较|同比|有所|达到|达|增长|增加|下降|减少|按(?!照)"
)


# A fee the clause before says someone may charge or pay (寄宿制幼儿园可另收住宿费): who and the fee.
_CHARGED: Final = regex.compile(
    r"^(?P<who>\p{Han}{2,10}?)(?:可|应|须|要|需)?(?:另|另行|再|单独)?(?:收取|收|缴纳|征收|代收)(?P<fee>\p{Han}{1,6}费)$"
)


def _clause_before_start(context: FigureContext) -> int:
    """Where the clause before the figure's own starts (its break's end), or the figure's start."""
    start = max(context.sentence.start, context.candidate.start - LOOK_BACK)
    end = context.candidate.start - len(context.clause_left)
    found = _WIDE_CLAUSE.search(context.text[start : max(start, end - 1)][::-1])  # the last break before
    return end - 1 - found.start() if found else start


# A clause that raises a measure (逐步提高X标准) and a figure's clause that says to what (提高到N).
_RAISE_VERBS: Final = r"提高|提升|增加|扩大|降低|调整|调增|调高"
_RAISED_OBJECT: Final = regex.compile(
    rf"^(?:进一步|逐步|稳步|继续|持续|不断|适当|努力|大力)?(?:{_RAISE_VERBS})(?P<object>\p{{Han}}{{2,16}})$"
)
_RAISED_TO: Final = regex.compile(
    rf"(?:{_RAISE_VERBS}|降)(?:到|至|为)(?:每\p{{Han}}{{1,2}}?){{0,2}}$"
)  # search or fullmatch
_MAX_RAISED_TO: Final = 9  # characters of the longest _RAISED_TO match: 提高到每人每学期


_PLACE_PREFIX: Final = regex.compile(r"^(?:\L<places>)", places=sorted(PLACE_QUALIFIERS, key=len, reverse=True))


def _other_place(previous: str, subject: str) -> str | None:
    """农村学校 after 城区学校出口带宽: the same measure of another place (农村学校出口带宽), when the
    subject is the previous metric's opening with its place word changed."""
    theirs, ours = _PLACE_PREFIX.match(previous), _PLACE_PREFIX.match(subject)
    if not theirs or not ours or theirs.group(0) == ours.group(0):
        return None
    rest = subject[ours.end() :]
    tail = previous[theirs.end() :]
    if len(tail) <= len(rest) or not tail.startswith(rest):
        return None
    return ours.group(0) + tail


# The items of a list counted back (两科分别提升1.7及2.2个百分点, 二者分别…): the levels before.
_RATE_KINDS: Final = frozenset({"percentage", "percentage_point", "ratio"})
_RATE_AT_END: Final = regex.compile(r"(?:率|比|比例|比重|占比|系数)$")  # the rate another item takes up
_BOTH: Final = regex.compile(r"[两二三四][科项者类校所个门]|二者|两者|三者")
_MAX_KIND_NAME: Final = 4
_KIND_NAME_REACH: Final = 4  # how far into the previous metric its item may start (本县学生国文科…)


def _other_of_kind(previous: str, subject: str) -> str | None:
    """英语科 after 国文科达基础以上比率: another item of the same kind (the same length and last
    character: 科, 校, 区) measured the same way (英语科达基础以上比率)."""
    width = len(subject)
    if not 2 <= width <= _MAX_KIND_NAME or len(previous) <= width + 1 or _MEASURE_END.search(subject):
        return None
    for start in range(min(_KIND_NAME_REACH, len(previous) - width) + 1):  # 学生国文科…: after a qualifier
        theirs, tail = previous[start : start + width], previous[start + width :]
        if theirs[-1] == subject[-1] and theirs != subject and _RATE_AT_END.search(tail):
            return subject + tail
    return None


def _subject_of_clause_before(context: FigureContext) -> str | None:
    """湖南高考报名人数将大幅增长,预计达60万左右 → 湖南高考报名人数: a figure whose clause names
    nothing, first in its sentence, measures the subject of the clause before when that subject
    names a measured quantity (…人数, …率, …经费) and that clause holds no figure."""
    before = _clause_before(context)
    if before is None or _DIGIT.search(_without_time_words(before)):
        return None
    subject = _subject(before)
    raised = _RAISED_OBJECT.match(subject)
    if raised and _RAISED_TO.search(context.clause_left):
        # 逐步提高生活补助标准，2032年提高到每人每月600元: the clause before raises the measure
        raised_object = raised.group("object")
        return raised_object if _MEASURE_END.search(raised_object) else None
    cut = _PREDICATE_START.search(subject)
    if not cut:
        charged = _CHARGED.match(subject)  # 寄宿制幼儿园可另收住宿费，每生每月不超过150元
        return charged.group("who") + charged.group("fee") if charged else None
    if cut.start() < _MIN_SUBJECT:
        return None
    subject = subject[: cut.start()]
    return subject if len(subject) <= _MAX_NOUN and _MEASURE_END.search(subject) else None


def _owner(metric: str | None) -> str | None:
    if not metric or _SHARE_IN.search(metric) or "、" in metric:
        return None  # a share or a list owns nothing
    programme = _PROGRAMME.match(metric)
    if programme and not _TOPIC_END.search(metric):
        return programme.group(0)  # 营养改善计划惠及学生 → 营养改善计划 (投入资金)
    attribute = _ATTRIBUTE_AT_END.search(metric)
    owner = metric[: attribute.start()] if attribute else metric
    if len(owner) < _MIN_SUBJECT or not _OWNER_WORD.search(owner):
        return None  # 本期在校学生数: 本期 owns nothing
    if not attribute and not _OWNER_AT_END.search(owner):
        return None
    return owner


def _topic(context: FigureContext) -> tuple[str, bool] | None:
    """A clause of the sentence, before the figure's, that only names its topic: (topic, whether
    it follows the phrase). 第三中学项目, → before; 随迁子女在校生中,在小学就读的有… → after."""
    start = max(context.sentence.start, context.candidate.start - LOOK_BACK)
    clause_start = context.candidate.start - len(context.clause_left)
    if clause_start <= start:
        return None
    return _topic_in(context.text[start:clause_start])


@lru_cache(maxsize=4096)
def _topic_in(before: str) -> tuple[str, bool] | None:
    """The topic the nearest topic clause of `before` (the sentence before the figure's clause)
    names. Cached: a pure function of the text, which a long list repeats."""
    for clause in reversed(_WIDE_CLAUSE.split(_clean(before))[:-1]):
        topic = _topic_of(clause)
        if topic is not None:
            return topic
    return None


@lru_cache(maxsize=4096)
def _topic_of(clause: str) -> tuple[str, bool] | None:
    """The topic one clause names, if it only names one (see _topic). Cached: each clause is
    read again by every figure after it in its sentence."""
    text = _without_time_words(clause).strip(" \t\u3000(（")
    if not text or _DIGIT.search(text) or len(text) > _MAX_TOPIC + 4 or _NO_TOPIC.search(text):
        return None  # 实施了…工程, 教师要在…完成…计划: an event or a duty sets no topic
    if text.endswith("中") and not text.endswith("其中"):
        topic = _subject(_TOPIC_OPENING.sub("", text[:-1]))
        # 随迁子女在校生中, 劝返复学学生中: a population, its part first
        population = _ATTRIBUTE_AT_END.search(topic) is not None or topic.endswith(PERSON_HEADS)
        if len(topic) >= _MIN_TOPIC and (population or _EVENT_END.search(topic)):
            return topic, population  # 在…进程中, 在…工作中: an adverbial, no topic
    if _TOPIC_END.search(text):
        topic = _TOPIC_OPENING.sub("", text)
        if _MIN_SUBJECT <= len(topic) <= _MAX_TOPIC:
            return topic, False
    return None


# What a population did or how often (本科毕业生中，升学率…, 境内升学…, 出国深造…): written after it.
_RATE_OF_PEOPLE: Final = regex.compile(r"(?:率|比例|比重|占比)$")
_DEED_OF_PEOPLE: Final = regex.compile(
    r"(?:境内|境外|国内|国外|出国|出境|省内|省外|县内|县外|市内|市外)?(?:升学|深造|就业|创业|参军|入伍|考取|录取)"
)


def _with_topic(phrase: str, topic: tuple[str, bool], clause_left: str) -> str:
    """在小学就读的 + 随迁子女在校生 (a part of the set the topic names); 大赛 + 一等奖."""
    name, after = topic
    if after and phrase.endswith(PERSON_ENDS):
        head = next((head for head in PERSON_HEADS if name.endswith(head)), "")
        if head and len(name) > len(head):
            return name[: -len(head)] + phrase  # 劝返复学学生中，初中生… → 劝返复学初中生
    if clause_left.rstrip().endswith("的有"):
        return phrase + name  # 在小学就读的有…: a relative clause before the people it picks out
    if after and not _RATE_OF_PEOPLE.search(phrase) and not _DEED_OF_PEOPLE.match(_PARENTHETICAL.sub("", phrase)):
        return phrase + name
    return name + phrase  # 本科毕业生中，升学率… → 本科毕业生升学率; 境内升学… → 本科毕业生境内升学


def _share(context: FigureContext, clause_left: str, subject: str) -> str | None:
    """占债务总额的44% after 债务34.4亿元 → 债务占债务总额; a bare 占88.5% → 专任教师占比."""
    if context.candidate.kind not in {"percentage", "percentage_point"}:
        return None
    opening = _SHARE.match(subject)
    bare = not subject and _SHARE.search(_subject_tail(clause_left))
    if not opening and not bare:
        return None
    base = next(
        (
            meaning.metric
            for meaning in reversed(context.previous)
            if meaning.metric and not _SHARE_METRIC.search(meaning.metric)
        ),
        None,
    )
    if not base:
        return None
    if bare:
        if len(base) > _MAX_SHARE_BASE and _AMONG.fullmatch(base):
            return base + "占比"  # 小学专任教师中民办教师1060名，约占三成: cut, it would lose the whole's 小
        whole = _whole_before(context, base)
        if whole and len(base) + 1 + len(whole) <= _MAX_SHARE_OF_WHOLE:
            return base[-_MAX_SHARE_BASE:] + "占" + whole  # 自有资金1058万元,投入教育265万元,占25%
    if not _DIGIT.search(base):  # a group its bound defines (不足300分的学生) is cut nowhere
        base = base[-_MAX_SHARE_BASE:]
    return base + (subject.removeprefix("约") if opening else "占比")


# A part named among its whole (小学专任教师中民办教师): the whole a bare 占 divides it by.
_AMONG: Final = regex.compile(r"(?P<whole>\p{Han}{2,10}?[师生员工人童儿校园])中(?P<part>\p{Han}{2,8})")


# A share of a named whole longer than this has most often taken a count of other things for its
# whole (随班就读在校生…占特殊教育学校): it stays 占比.
_MAX_SHARE_OF_WHOLE: Final = 16


def _whole_before(context: FigureContext, part: str) -> str | None:
    """The whole a bare 占 divides the part by: the sentence's first amount (自有资金1058万元,投入
    教育265万元,占25% → 投入教育占自有资金; 支出总计…，其中基本支出…，占…；项目支出…，占…)."""
    amounts = [meaning for meaning in context.previous if meaning.metric and not _SHARE_METRIC.search(meaning.metric)]
    if len(amounts) < 2 or amounts[-1].metric != part or amounts[0].metric == part:
        return None
    whole = amounts[0].metric  # the sentence's first amount: 支出总计…，其中基本支出…，占…；项目支出…，占…
    first = context.previous.index(amounts[0])
    after = context.previous[first + 1] if first + 1 < len(context.previous) else None
    if after is not None and after.metric and _SHARE_METRIC.search(after.metric):
        return None  # 本科学历78人，占85.7%；中级职称52人，占57.1%: a share of its own makes it a sibling part
    return whole if whole and len(whole) <= _MAX_SHARE_BASE and whole not in part else None


def _subject_tail(clause_left: str) -> str:
    return clause_left.strip().removeprefix("约")
