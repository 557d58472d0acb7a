"""Named sub-patterns and word lists that the recognition rules are composed from.

Every rule pattern is verbose regex that refers to the pieces below: `(?&number)` for a
numeral, `\\L<classifiers>` for a word list. The word lists come from `lexicon/`, so a unit
added there is recognised everywhere without touching a pattern.
"""

from __future__ import annotations

from typing import Any

import regex

from .lexicon import markers, stages, units

# Word lists usable in any rule as \L<name>; longest first so that 万元 wins over 元.
WORD_LISTS: dict[str, list[str]] = {
    "money_units": units.alternation(units.MONEY_UNITS),
    "area_units": units.alternation(units.AREA_UNITS),
    "length_units": units.alternation(units.LENGTH_UNITS),
    "measure_units": units.alternation(units.MEASURE_UNITS),
    "duration_units": units.alternation(units.DURATION_UNITS),
    "classifiers": units.alternation(units.COUNT_CLASSIFIERS),
    "percentage_point_units": units.alternation(units.PERCENTAGE_POINT_UNITS),
    "suffix_bounds": units.alternation(markers.SUFFIX_BOUNDS),
    "prefix_bounds": units.alternation(markers.PREFIX_BOUNDS),
    "rate_links": units.alternation(markers.RATE_LINKS),
    "level_moving_links": units.alternation(markers.LEVEL_MOVING_LINKS),
    "ratio_links": units.alternation(markers.RATIO_LINKS),
    "ratio_nouns": units.alternation(markers.RATIO_NOUNS),
    "per_one_ratio_nouns": units.alternation(markers.PER_ONE_RATIO_NOUNS),
    "money_nouns_after": units.alternation(markers.MONEY_NOUNS_AFTER),
    "money_words_before": units.alternation(markers.MONEY_WORDS_BEFORE),
    "rank_cues": units.alternation(markers.RANK_CUES),
    "stage_words": units.alternation(stages.STAGE_WORDS),
}

# Shared sub-patterns, written once and inlined wherever a rule says (?&name). Inlining (not
# regex group calls) keeps the compiled pattern free of definition groups: every capture group
# costs time on every match attempt. Possessive quantifiers (*+, ++) where a run never needs to
# give characters back keep the scan linear on long digit or numeral runs.
SUBPATTERNS: dict[str, str] = {
    "arabic": r"""                                  # 46608, 13644.78, 1,234,567
        [0-9]{1,3}(?:,[0-9]{3})++(?![0-9])(?:\.[0-9]++)?
      | [0-9]++(?:\.[0-9]++)?
    """,
    "cn": r"""                                      # 三百, 二十三, 一千零五, 两, 三点五, 壹佰伍拾
        (?: [一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟廿卅]
            [零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟廿卅]*+
          | 零(?=点) )
        (?: 点[零〇一二三四五六七八九]++ )?
    """,
    "number": r"""                                  # 2.8万, 40.53亿, 三百万, 27000, 3千, 1亿零500万
        (?&arabic)(?:[十百千]?[万亿]零?(?&arabic)?)*+(?:[千百](?![万亿]))?
      | (?&cn)(?:[万亿][零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]*+)*+  # 四亿五千六百万零一十五
        (?:(?<=[万亿])点[零〇一二三四五六七八九]++)?            # 两千万点五: a decimal read after the magnitude
      | (?<=[逾近上超约数])[万亿]                   # 逾万名, 近万人: a bare magnitude
      | [万亿](?=[余多])                            # 万余名: ten thousand and more
    """,
    "lai": r"""                                    # 二十来万, 100来人, 十来年: 来 after a round number is "about"
        (?<= [十百千万亿0] ) 来
    """,
    # A magnitude (万, 亿) ends the number ahead, perhaps after 余/多/来: a cheap test that lets a
    # rule made only of such figures fail at once before other numbers (98.67%, 百名), before its
    # costly lookbehinds run. It reads every character a number of those rules can hold.
    "magnitude_ahead": r"""
        (?= [0-9.,点零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟廿卅Xx×*]*+ [余多来]? [万亿] )
    """,
    "masked": r"""
        [Xx×*]{1,3}+ (?: ,[Xx×*]{3} )++ [万亿]?      # x,xxx个, *,***万元: a masked number with its thousands
      | [Xx×*]{1,8}+ (?: \.[Xx×*]{1,4}+ )? [万亿]?   # XX所, **所, XX万人, xxxxx人, *.*亿元: hidden by the source
    """,
    "range_dash": r"""
        —{1,2} | –{1,2} | -{1,2} | ~ | 至 | 到
    """,
    "year_number": r"""
        (?:19|20)[0-9]{2} | 20[xX*]{2} | [xX*]{4}
      | [二2][〇零○0][一二三四五六七八九〇零○0-9]{2}(?<![0-9]{4})    # 二〇二五, 二0二二
      | 一九[〇零○一二三四五六七八九]{2}                             # 一九八三
    """,
    "cn_year": r"""
        一九[〇零○一二三四五六七八九]{2} | 二[〇零○][〇零○一二三四五六七八九]{2}
    """,
    "month_number": r"""
        1[0-2] | 0?[1-9] | 十[一二]? | [一二三四五六七八九]
    """,
    "day_number": r"""
        3[01] | [12][0-9] | 0?[1-9] | 三十一? | 二?十[一二三四五六七八九]? | [一二三四五六七八九]
    """,
}
_CALL = regex.compile(r"\(\?&(\w+)\)")


def expand(source: str) -> str:
    """Inline every (?&name) of `source` as a non-capturing group, recursively."""
    previous = None
    while previous != source:
        previous = source
        source = _CALL.sub(lambda call: f"(?:{SUBPATTERNS[call.group(1)]}\n)", source)
    return source


def compile_pattern(source: str, classifiers: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """Compile verbose pattern text with the shared definitions and word lists; `classifiers`
    are counting classifiers a user added to the lexicon's (`Extractor(classifiers=...)`)."""
    word_lists: dict[str, Any] = dict(WORD_LISTS)  # named lists go in as keywords beside compile's own
    if classifiers:
        word_lists["classifiers"] = units.alternation(set(WORD_LISTS["classifiers"]) | set(classifiers))
    return regex.compile(expand(source), regex.VERBOSE, ignore_unused=True, **word_lists)
