"""The normalised copy and its map back to source offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policyextract.normalize import normalize

CASES = [
    ("占 43. 8%的", "占43.8%的"),
    ("共 2 056所学校", "共2056所学校"),
    ("学 历 合 格 率 达 100 %", "学历合格率达100%"),
    ("１２所", "12所"),
    ("a b 3 4", "a b 3 4"),
    ("第1 2名", "第1 2名"),
]


def test_cleaned_copies() -> None:
    for source, expected in CASES:
        assert normalize(source).text == expected, source


def test_pdf_line_break_inside_a_word_is_joined() -> None:
    line = "继续坚持以提高教育教学质量和办学效益为中心的工作思路不动摇而且要提高教"
    normalized = normalize(line + "\n\n育教学质量")
    assert normalized.text.endswith("提高教育教学质量")


def test_heading_line_break_is_kept() -> None:
    text = "——牢固树立和落实科学发展观推动我市教育事业健康协调持续发展的指导思想\n\n一、20xx年工作回顾"
    assert "\n\n一、" in normalize(text).text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("12 3.%万元所年\n。，一二三４５％ 　ab")), max_size=60))
def test_offsets_map_back_to_the_same_characters(source: str) -> None:
    normalized = normalize(source)
    assert len(normalized.offsets) == len(normalized.text) + 1
    for index, char in enumerate(normalized.text):
        original = source[normalized.offsets[index]]
        as_mapped = original.translate(str.maketrans("１２３４５６７８９０％　，", "1234567890% ,"))
        list_number_dot = original in ".．" and char == "、"  # 1.2023年: a list number's dot
        assert original == char or as_mapped == char or list_number_dot
