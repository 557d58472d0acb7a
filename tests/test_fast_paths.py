"""The meaning stages' shortcuts give what the full patterns give: each is a necessary condition
tested before a pattern, so where it says no, the pattern must say no too."""

from __future__ import annotations

import re
from pathlib import Path

import regex

from policyextract import metric, timeref
from policyextract.rules import percent


def test_a_text_of_never_junk_characters_holds_no_junk() -> None:
    # every character the shortcut lets through opens no junk: no bracket, slash, symbol or
    # private-use character (what _JUNK's alternatives start with or are made of)
    allowed = [chr(code) for code in range(0x110000) if metric._NEVER_JUNK.fullmatch(chr(code))]
    assert len(allowed) > 20_000
    assert not [char for char in allowed if regex.match(r"[\p{So}\p{Co}(（\[</]", char)]
    assert metric._clean("全县小学入学率为") == "全县小学入学率为"
    assert metric._clean("學(xué)生★人数[3]") == "學生人数"  # falls back to the pattern


def test_a_word_list_at_the_end_is_tested_by_its_last_character_first() -> None:
    heads = metric._ATTRIBUTE_AT_END
    for text in ["全县在校生", "全县在校生\n", "在校生人数", "", "\n", "人数\n\n"]:
        assert bool(heads.search(text)) == bool(heads.pattern.search(text)), text


def test_a_ranking_after_a_count_fits_the_window_looked_at_first() -> None:
    # _UNITS_RANKED is matched only when 名 or 位 (its last character) stands within the window
    parsed = re._parser.parse(metric._UNITS_RANKED.pattern)  # type: ignore[attr-defined]
    assert parsed.getwidth()[1] <= metric._UNITS_RANKED_REACH


def test_a_change_verb_at_the_end_is_tested_by_its_words_first() -> None:
    ending = metric._ENDING_CHANGE_VERB
    for text in ["招生人数比上年增加", "招生人数增加了", "在校生下降到", "在校生人数", "增长\n", "增幅为"]:
        found, full = ending.search(text), ending.pattern.search(text)
        assert (found and found.span()) == (full and full.span()), text


def test_time_expressions_are_found_where_the_whole_pattern_finds_them() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(Path("fixtures").glob("*/*.txt"))]
    texts += [example[0] for example in timeref.EXAMPLES]
    texts += ["达到98.67%," * 300, "1-2-3-4-5-6-7-8-9-" * 100, "2010-2011年1、2、3、" * 50]
    assert len(texts) > 60
    for text in texts:
        whole = [(found.span(), found.groupdict()) for found in timeref.TIME_EXPRESSION.finditer(text, 0, len(text))]
        fast = [(found.span(), found.groupdict()) for found in timeref.time_expressions(text, 0, len(text))]
        assert fast == whole, text[:40]
        middle = len(text) // 3
        assert [found.span() for found in timeref.time_expressions(text, middle, 2 * middle)] == [
            found.span() for found in timeref.TIME_EXPRESSION.finditer(text, middle, 2 * middle)
        ]


def _fixture_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(Path("fixtures").glob("*/*.txt"))]


def test_a_clause_without_time_marks_has_no_time_words_to_remove() -> None:
    clauses = [clause for text in _fixture_texts() for clause in re.split(r"[，,。；;\n]", text)]
    clauses += ["2023/24学年", "按照“2021—2023年”三年内", "近三年来", "连续五年", "112學年度", "2021届毕业生", "本学期"]
    assert len(clauses) > 5_000
    for clause in clauses:
        assert metric._without_time_words(clause) == metric._TIME_WORDS.sub("", clause), clause


def test_the_cheap_tests_before_costly_rules_let_through_every_match() -> None:
    # each rule's matches with its first cheap test taken out are the same as with it, at every
    # place a figure can start in the fixtures and the rules' own examples
    from policyextract.patterns import compile_pattern
    from policyextract.rules import RULES

    cheap_tests = {
        "money_without_yuan": "(?&magnitude_ahead)",
        "magnitude_without_unit": "(?&magnitude_ahead)",
        "rate_without_sign": "(?<= [" + percent._BEFORE_A_BARE_RATE + "] )",
    }
    texts = _fixture_texts() + [example.text for rule in RULES.values() for example in rule.examples]
    texts += ["三百多万元、二十来万、XX万、*.*亿、1,234万、33万2千、率为98.5、占总数的15.2、率不低于90"]
    for name, cheap in cheap_tests.items():
        pattern = RULES[name].pattern
        assert cheap in pattern, name
        fast, full = compile_pattern(pattern), compile_pattern(pattern.replace(cheap, "", 1))
        tried = 0
        for text in texts:
            for position in range(len(text)):
                if text[position] in "0123456789零〇一二两三四五六七八九十百千万亿Xx×*":
                    tried += 1
                    one, other = fast.match(text, position), full.match(text, position)
                    assert (one and one.span()) == (other and other.span()), (name, text[position : position + 20])
        assert tried > 10_000


def test_a_list_item_finds_its_lead_line_only_within_the_line_bound() -> None:
    from policyextract import modality

    lead = "经研究，建议推行以下措施：\n"
    item = "(a) 每班人数由25人减至23人"
    text = lead + item
    at = text.index("23人")
    assert modality._lead_line(text, at, len(lead)) == "建议推行以下措施"
    # an "item" line longer than the bound is a flattened text, not a list: no scan to its start
    long_item = "(a) " + "学" * modality._ITEM_LINE_MAX + "每班人数由25人减至23人"
    text = lead + long_item
    assert modality._lead_line(text, text.index("23人"), len(lead)) == ""
    assert modality._line_start("无换行" * 1000, 2999) == -1
    assert modality._line_start("第一行\n第二行有3所", 10) == 4
