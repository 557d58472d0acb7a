"""The meaning stages' shortcuts give what the full patterns give: each is a necessary condition
tested before a pattern, so where it says no, the pattern must say no too."""

from __future__ import annotations

import regex

from policyextract import metric


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
