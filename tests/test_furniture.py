"""Page furniture: every rule's own examples, the seeds' furniture lines, and gold figures kept."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from conftest import scoring_module
from policyextract.furniture import LINE_RULES, Furniture, furniture_spans, strip_furniture

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"

FURNITURE_EXAMPLES = [(rule.name, line) for rule in LINE_RULES.values() for line in rule.furniture]
BODY_EXAMPLES = [(rule.name, line) for rule in LINE_RULES.values() for line in rule.body]


def test_every_rule_has_examples_both_ways() -> None:
    for rule in LINE_RULES.values():
        assert rule.furniture and rule.body, f"rule {rule.name} needs furniture and body examples"


@pytest.mark.parametrize(
    ("rule", "line"), FURNITURE_EXAMPLES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(FURNITURE_EXAMPLES)]
)
def test_rule_flags_its_furniture_examples(rule: str, line: str) -> None:
    assert LINE_RULES[rule].check(line), f"{rule} must flag {line!r}"
    assert furniture_spans(line) == [(0, len(line))]


@pytest.mark.parametrize(("rule", "line"), BODY_EXAMPLES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(BODY_EXAMPLES)])
def test_no_rule_flags_body_examples(rule: str, line: str) -> None:
    flagged_by = [other.name for other in LINE_RULES.values() if other.check(line)]
    assert not flagged_by, f"{line!r} (a body example of {rule}) flagged by {flagged_by}"
    assert furniture_spans(line) == []


PAGE = (
    "首页 > 工作范文 > 工作总结 > 教学工作总结\n"
    "\n"
    "2025年全县教育工作总结\n"
    "发布时间：2025-12-30  浏览次数：1532\n"
    "2025年全县教育工作总结\n"
    "一、2025年工作回顾\n"
    "全县小学入学率达到100%,新建学校3所。\n"
    "相关文章：\n"
    "2024年全县教育工作总结\n"
    "2023年全县教育工作总结 2022年全县教育工作总结\n"
    "\n"
    "二、2026年工作计划\n"
    "新增学位2000个。\n"
)


def _flagged_lines(text: str) -> list[str]:
    return [text[start:end] for start, end in furniture_spans(text)]


def test_a_page_keeps_its_title_and_body_and_loses_its_furniture() -> None:
    assert _flagged_lines(PAGE) == [
        "首页 > 工作范文 > 工作总结 > 教学工作总结",
        "发布时间：2025-12-30  浏览次数：1532",
        "2025年全县教育工作总结",  # the repetition; the first title stays
        "相关文章：",
        "2024年全县教育工作总结",
        "2023年全县教育工作总结 2022年全县教育工作总结",
    ]
    first_title = PAGE.index("2025年全县教育工作总结")
    assert not Furniture(PAGE).covers(first_title, first_title + 5)


def test_a_related_list_ends_at_a_sentence_a_heading_or_a_blank_line() -> None:
    assert _flagged_lines("猜你喜欢\n学校工作计划\n全县新建学校3所\n") == [
        "猜你喜欢",
        "学校工作计划",
        "全县新建学校3所",
    ]
    assert _flagged_lines("猜你喜欢\n学校工作计划\n全县新建学校3所。\n") == ["猜你喜欢", "学校工作计划"]
    assert _flagged_lines("猜你喜欢\n学校工作计划\n（三）新建学校3所\n") == ["猜你喜欢", "学校工作计划"]
    assert _flagged_lines("猜你喜欢\n学校工作计划\n\n新建学校3所\n") == ["猜你喜欢", "学校工作计划"]


def test_a_news_pages_related_news_list_is_furniture() -> None:
    page = (
        "全市高考报名人数为5.2万人，比去年增加3100人。\n\n相关新闻：\n"
        "· 我市2029年中考工作方案出台  2029-04-18\n· 2029年高考报名顺利结束  2028-11-30\n\n"
        "相关新闻报道显示，全市考点增加到48个。\n"
    )
    assert _flagged_lines(page) == [
        "相关新闻：",
        "· 我市2029年中考工作方案出台  2029-04-18",
        "· 2029年高考报名顺利结束  2028-11-30",
    ]  # a sentence that speaks of 相关新闻 is body


def test_strip_furniture_keeps_length_and_offsets() -> None:
    stripped = strip_furniture(PAGE)
    assert len(stripped) == len(PAGE)
    assert stripped.count("\n") == PAGE.count("\n")
    assert "浏览" not in stripped and "相关文章" not in stripped
    body = PAGE.index("全县小学入学率达到100%")
    assert stripped[body : body + 14] == PAGE[body : body + 14]


def test_crlf_lines_keep_their_carriage_return() -> None:
    text = "开通VIP\r\n新建学校3所。\r\n"
    assert furniture_spans(text) == [(0, 5)]
    assert strip_furniture(text) == "     \r\n新建学校3所。\r\n"


def test_covers_needs_the_whole_figure_inside_a_span() -> None:
    furniture = Furniture("人气 600\n新建学校3所。")
    assert furniture.spans == [(0, 6)]
    assert furniture.covers(3, 6)
    assert not furniture.covers(12, 14)
    assert not furniture.covers(5, 9)


def test_empty_and_long_texts() -> None:
    assert furniture_spans("") == []
    assert strip_furniture("") == ""
    long_line = "全市教育事业稳步发展。" * 5000
    assert furniture_spans(long_line) == []


@pytest.fixture(scope="module")
def gold_load():
    return scoring_module("gold").load  # the shared gold loader


def test_seed_furniture_lines_are_found(seed_paths) -> None:
    flagged = {path.stem[:3]: _flagged_lines(path.read_text(encoding="utf-8")) for path in seed_paths}
    assert "首页 / 工作范文 / 工作总结范文 / 教学工作总结 / 全市教育工作总结" in flagged["002"]
    assert any(line.startswith("复制全文 下载文档 更新 2022-12-27") for line in flagged["002"])
    assert "每天仅需0.22元,尊享会员权益" in flagged["002"]
    assert "500万道试题、20多万套资源、50多万篇作文、60多万篇范文免费使用" in flagged["002"]
    assert "时间: 佩珊807 分享" in flagged["001"]
    assert "1474740" in flagged["001"]
    assert flagged["000"] == ["本文档由范文网【dddot.com】收集整理，更多优质范文文档请移步dddot.com站内查找"]
    assert flagged["003"] == []


def test_no_gold_figure_lies_in_furniture(gold_load) -> None:
    for gold_path in sorted(SEEDS.glob("*.gold.json")):
        text, _, figures, errors = gold_load(gold_path)
        assert not errors
        furniture = Furniture(text)
        inside = [f["text"] for f in figures if not f.get("ignore") and furniture.covers(f["start"], f["end"])]
        assert not inside, f"{gold_path.name}: gold figures inside furniture: {inside}"


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # the test extra is not installed
    given = None

if given is not None:
    _LINES = st.lists(
        st.one_of(
            st.sampled_from(
                [line for _, line in FURNITURE_EXAMPLES + BODY_EXAMPLES] + ["", "相关文章", "一、总体要求"]
            ),
            st.text(alphabet="首页>/|人气更新下载学校所3年。，\r 0123", max_size=40),
        ),
        max_size=30,
    )

    @settings(max_examples=200, deadline=None)
    @given(_LINES)
    def test_spans_are_ordered_whole_lines_and_stripping_keeps_offsets(lines: list[str]) -> None:
        text = "\n".join(lines)
        spans = furniture_spans(text)
        assert spans == sorted(spans)
        assert all(0 <= start < end <= len(text) for start, end in spans)
        assert all(earlier[1] < later[0] for earlier, later in itertools.pairwise(spans))
        assert all("\n" not in text[start:end] for start, end in spans)
        stripped = strip_furniture(text)
        assert len(stripped) == len(text)
        assert all(a == b or a == " " for a, b in zip(stripped, text, strict=True))


def test_no_sentence_of_the_recognition_specs_that_holds_figures_is_furniture() -> None:
    import json

    specs = Path(__file__).parent / "specs" / "recognition.jsonl"
    if not specs.exists():
        pytest.skip("no recognition specs")
    cases = [json.loads(line) for line in specs.read_text(encoding="utf-8").splitlines() if line.strip()]
    with_figures = [case for case in cases if case.get("figures")]
    assert len(with_figures) > 100
    flagged = [(case["id"], case["text"]) for case in with_figures if furniture_spans(case["text"])]
    assert not flagged, f"body sentences taken for furniture: {flagged[:5]}"


def test_extracting_the_stripped_text_keeps_body_figures_at_their_original_offsets() -> None:
    import policyextract

    stripped = strip_furniture(PAGE)
    figures = policyextract.extract(stripped, doc_id="page")
    assert all(PAGE[f.start : f.end] == f.text for f in figures), "offsets must point into the original"
    texts = [f.text for f in figures]
    assert "100%" in texts and "3所" in texts and "2000个" in texts
    assert "1532" not in "".join(texts) and "2024年" not in texts and "2023年" not in texts


def test_a_table_header_of_short_words_is_no_link_bar() -> None:
    # The header row of a flattened table looks like a link bar on its own line.
    table = "项目 | 预算数 | 决算数\n教育支出（万元） | 6100 | 5870\n"
    assert furniture_spans(table) == []
    links = "首页 | 关于我们 | 联系我们\n全县共有小学36所。\n"
    assert furniture_spans(links) == [(0, len("首页 | 关于我们 | 联系我们"))]


def test_a_unit_line_over_each_table_is_no_running_header() -> None:
    # 单位：万元 stands over each table of a budget: repeated, it still declares the unit.
    text = (
        "一、收入\n全县教育收入增长。\n单位：万元\n项目|2031年\n学前教育|120.5\n"
        "二、支出\n单位：万元\n项目|预算数\n小学教育|500.0\n"
    )
    assert furniture_spans(text) == []
    # a short line that recurs in the body (a PDF's running header) is still furniture
    running = (
        "某县2031年教育统计公报\n全县共有小学36所。\n全县共有初中12所。\n某市教育局发布\n"
        "初中在校生1.2万人。\n某市教育局发布\n高中12所。\n"
    )
    assert len(furniture_spans(running)) == 2


def test_a_header_over_each_blank_separated_table_is_no_running_header() -> None:
    import policyextract

    # A reply repeats its school-year header over each table (one blank between cells): it heads
    # the rows under it, and their cells take its years.
    text = (
        "一、学校数目如下：\n学年 2030/31 2031/32 2032/33\n学校数目 412 405 398\n学生人数 9,120 8,975 8,804\n"
        "二、拨款如下：\n学年 2030/31 2031/32 2032/33\n拨款（百万元） 88.5 91.2 94.0\n受惠学生人次 3,150 3,320 3,410\n"
    )
    assert furniture_spans(text) == []
    figures = policyextract.extract(text, doc_id="reply", doc_year=2033)
    assert [(f.text, f.time.text if f.time else None) for f in figures if f.text in {"405", "91.2"}] == [
        ("405", "2031/32"),
        ("91.2", "2031/32"),
    ]
    # a short line that recurs over sentences, not over rows of as many cells, is still furniture
    running = (
        "某县2031年教育统计公报\n全县共有小学36所。\n全县共有初中12所。\n某市 教育局 发布\n"
        "初中在校生1.2万人。\n某市 教育局 发布\n高中12所。\n"
    )
    assert len(furniture_spans(running)) == 2


def test_headings_a_contents_list_repeats_are_no_running_headers() -> None:
    # A budget or a plan opens with its contents: each part heading stands there and again over
    # its part; both stay, with the figures they hold.
    text = (
        "某中学2032年部门预算说明\n目录\n第一部分 单位概况\n第二部分 2032年部门预算表\n"
        "第一部分 单位概况\n现有教学班24个。\n第二部分 2032年部门预算表\n收入预算总计1,206.3万元。\n"
        "一、收入\n一、收入\n"
    )
    assert furniture_spans(text) == []
    # a short line without a heading number that recurs is still furniture
    running = (
        "某中学2032年部门预算说明\n第一部分 单位概况\n教学班24个。\n学生980人。\n某县教育局印\n"
        "教师76人。\n某县教育局印\n"
    )
    assert len(furniture_spans(running)) == 2
