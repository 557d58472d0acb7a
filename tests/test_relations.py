"""The part_of stage (relations.py): its examples, explain, and links that are always valid."""

from __future__ import annotations

import pytest

import policyextract
from policyextract import explain, relations


def _ids(examples: list) -> list[str]:
    return [f"example{index}" for index in range(len(examples))]


@pytest.mark.parametrize(("text", "part", "total"), relations.EXAMPLES, ids=_ids(relations.EXAMPLES))
def test_part_of_examples(text: str, part: str, total: str | None) -> None:
    figures = policyextract.extract(text, doc_id="t")
    by_start = {figure.start: figure for figure in figures}
    found = [figure for figure in figures if figure.text == part]
    assert len(found) == 1, f"{text!r} should yield {part!r} once"
    link = found[0].part_of
    assert (by_start[link].text if link is not None else None) == total, f"{text!r}: {part!r} part of {total!r}"


def test_examples_are_positive_and_negative() -> None:
    positive = [example for example in relations.EXAMPLES if example[2] is not None]
    negative = [example for example in relations.EXAMPLES if example[2] is None]
    assert len(positive) >= 10 and len(negative) >= 8


def test_links_point_back_to_an_earlier_figure_of_the_same_measure() -> None:
    text = (
        "全县共有学校120所（含教学点30个），其中小学80所，初中40所。在校生3.1万人，比上年增加0.2万人，"
        "其中女生1.5万人，占48.4%。\n单位：人\n项目 | 2023年 | 2024年\n合计 | 900 | 950\n城区 | 400 | 420\n"
    )
    figures = policyextract.extract(text, doc_id="t")
    by_start = {figure.start: figure for figure in figures}
    linked = [figure for figure in figures if figure.part_of is not None]
    assert len(linked) == 6
    for figure in linked:
        total = by_start[figure.part_of]
        assert total.start < figure.start and total.kind == figure.kind
        assert text[total.start : total.end] == total.text


def test_traditional_and_converted_texts_link_alike() -> None:
    simplified = policyextract.extract("新建幼儿园6所(其中公办4所,民办2所)。", doc_id="s")
    traditional = policyextract.extract("新建幼稚園6所(其中公辦4所,民辦2所)。", doc_id="t")
    assert [figure.part_of for figure in simplified] == [figure.part_of for figure in traditional] == [None, 5, 5]


def test_offsets_are_into_the_original_text() -> None:
    """Full-width digits change the cleaned copy, never the offsets given."""
    text = "全县共有学校１２０所，其中小学８０所。"
    figures = policyextract.extract(text, doc_id="t")
    part = next(figure for figure in figures if figure.part_of is not None)
    total = next(figure for figure in figures if figure.start == part.part_of)
    assert total.text == "１２０所" and text[part.part_of :].startswith("１２０所")
    assert text[part.start : part.end] == "８０所"


def test_explain_says_why() -> None:
    report = explain("全县共有中小学56所，其中小学42所、初中14所。")
    assert "part_of  56所 [" in report and "a part after 其中" in report


def test_a_long_table_keeps_its_total() -> None:
    rows = "".join(f"城区 | {index} | {index + 1}\n" for index in range(1, 3000))
    text = "单位：人\n项目 | 2023年 | 2024年\n合计 | 9999999 | 9999999\n" + rows
    figures = policyextract.extract(text, doc_id="t")
    cells = [figure for figure in figures if figure.kind == "count"]
    totals = {figure.part_of for figure in cells if figure.part_of is not None}
    assert len(totals) == 2 and len(cells) > 500  # the rows the declared unit reaches
    assert all(figure.part_of is not None for figure in cells[2:])


def test_every_relation_and_commitment_cue_folds_back_from_its_opencc_traditional_forms() -> None:
    opencc = pytest.importorskip("opencc")
    from policyextract.lexicon import relations as lexicon

    words = {word for value in vars(lexicon).values() if isinstance(value, tuple) for word in value}
    words = {word for word in words if isinstance(word, str)}
    missing = []
    for config in ("s2t", "s2tw", "s2hk"):
        converter = opencc.OpenCC(config)
        for word in sorted(words):
            converted = converter.convert(word)
            if len(converted) == len(word) and relations._fold(converted) != word:
                missing.append((config, word, converted))
    assert not missing, f"add to lexicon.relations.EXTRA_TRADITIONAL: {missing}"
