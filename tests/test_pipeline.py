"""The public API end to end: records, bad input, and inputs built to be slow."""

from __future__ import annotations

import concurrent.futures
import gc
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policyextract
from policyextract import InputError
from policyextract.models import Figure


def test_extract_returns_typed_records() -> None:
    figures = policyextract.extract("全市小学适龄儿童入学率为98.67%,辍学率为1.25%。", doc_id="demo")
    assert [f.text for f in figures] == ["98.67%", "1.25%"]
    record = figures[0].model_dump(mode="json")
    assert record["value"] == 98.67 and isinstance(record["value"], float)
    assert record["doc_id"] == "demo" and record["kind"] == "percentage" and record["bound"] == "="
    assert json.loads(json.dumps(record, ensure_ascii=False))["metric"] == "小学适龄儿童入学率"


def test_money_is_written_as_an_integer_number_of_yuan() -> None:
    record = policyextract.extract("五镇尚有欠款491.6万元。")[0].model_dump(mode="json")
    assert record["value"] == 4916000 and isinstance(record["value"], int)


def test_a_leading_comparator_scopes_an_enumeration() -> None:
    figures = policyextract.extract("每学期至少一次深度谈心、一次家访、一份成长寄语。至少3所,新建5所。")
    assert [(f.text, f.bound) for f in figures] == [
        ("一次", ">="),
        ("一次", ">="),
        ("一份", ">="),
        ("3所", ">="),
        ("5所", "="),
    ]


def test_page_furniture_yields_no_figures_and_offsets_hold() -> None:
    text = "首页 > 教育\n更新 2024-05-06 | 阅读 1200次 | 下载 35次\n全县新建学校3所。\n每天仅需0.5元，开通会员\n"
    result = policyextract.extract_document(text)
    assert [(f.text, text[f.start : f.end]) for f in result.figures] == [("3所", "3所")]
    assert result.document.doc_year is None, "an upload date is not the document's year"


SHARED_UNIT = {
    "classifier": ("全县新建、改扩建学校分别为12和8所。", [("12", 12, "所"), ("8所", 8, "所")]),
    "points": ("上线率分别提高了3.5和4.2个百分点。", [("3.5", 3.5, "个百分点"), ("4.2个百分点", 4.2, "个百分点")]),
    "magnitude": ("校舍面积分别达到2万、3万平方米。", [("2万", 20000, "m²"), ("3万平方米", 30000, "m²")]),
    "money-unit": ("分别投入20和30万元。", [("20", 200000, "元"), ("30万元", 300000, "元")]),
    "rates": ("小学、初中入学率分别为100、99.8。", [("100", 100, "%"), ("99.8", 99.8, "%")]),
}


@pytest.mark.parametrize("case", list(SHARED_UNIT.values()), ids=list(SHARED_UNIT))
def test_bare_numbers_in_a_list_share_the_unit(case) -> None:
    text, expected = case
    assert [(f.text, float(f.value), f.unit) for f in policyextract.extract(text)] == expected


def test_a_declared_unit_applies_to_the_bare_numbers_of_its_paragraph() -> None:
    text = "以下数据单位：万人。在园幼儿218.6，比上年减少9.4；小学在校生521.4。\n全市新建学校3所，投入12。"
    found = [(f.text, float(f.value), f.unit, f.role) for f in policyextract.extract(text)]
    assert found == [
        ("218.6", 2186000.0, "人", "level"),
        ("9.4", 94000.0, "人", "change"),
        ("521.4", 5214000.0, "人", "level"),
        ("3所", 3.0, "所", "level"),
    ]


def test_a_bare_number_outside_a_list_is_no_figure() -> None:
    assert [f.text for f in policyextract.extract("热线电话12345和全市8所学校")] == ["8所"]


def test_records_are_frozen() -> None:
    figure = policyextract.extract("新建3所幼儿园。")[0]
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises its ValidationError
        figure.value = 4  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   \n", "没有任何数字的一段话。", "\x00\x01\x02"])
def test_texts_without_figures_give_an_empty_list(text: str) -> None:
    assert policyextract.extract(text) == []


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["list"]])
def test_non_string_input_is_a_clear_error(bad) -> None:
    with pytest.raises(InputError, match="must be str"):
        policyextract.extract(bad)  # type: ignore[arg-type]


def test_document_record_reports_the_inferred_year() -> None:
    result = policyextract.extract_document("2025年度教育工作总结\n2025年,全市新建学校3所。", doc_id="r")
    assert result.document.doc_year == 2025 and result.document.doc_year_source == "inferred"
    assert result.document.figure_count == len(result.figures)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # full-width digits (a Word or PDF copy) and a traditional-script title are read as the
        # body's years are: the document year comes from the normalised copy
        ("２０３１年度全縣教育工作總結\n２０３１年，全縣新建幼兒園５所。\n明年將新建幼兒園３所。", 2031),
        ("２０３１年全县教育工作总结\n今年全县新建幼儿园５所，明年将新建３所。", 2031),
        ("2031年全县教育工作总结\n今年全县新建幼儿园5所。", 2031),  # the ASCII copy, as before
    ],
)
def test_the_document_year_is_read_from_the_normalised_copy(text: str, year: int) -> None:
    result = policyextract.extract_document(text, doc_id="w")
    assert result.document.doc_year == year and result.document.doc_year_source == "inferred"
    this_year = next(figure for figure in result.figures if figure.text in ("５所", "5所"))
    assert this_year.time is not None and this_year.time.year == year


ADVERSARIAL = {
    "endless-number": "1" * 100_000,
    "endless-chinese-numeral": "一" * 100_000,
    "endless-range": ("2—" * 10_000) + "3所",
    "endless-rate": "率为" + "9" * 100_000 + "以上",
    "endless-ordinal": ("第" * 20_000) + "1名",
    "many-figures-one-sentence": "，".join(["3所"] * 20_000),
    "endless-mask": "x" * 200_000 + "所",
    "endless-ordinal-marks": "第前翻" * 100_000,
}


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_inputs_finish(text: str) -> None:
    figures = policyextract.extract(text)
    for figure in figures:
        assert text[figure.start : figure.end] == figure.text


ALPHABET = list(
    "0123456789.,%万亿元所名人年月日第个百分点余多以上近约XX*“”(),，。、\n 一二三十百千两率为达到单位：成比较系数"
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=80))
def test_never_crashes_and_offsets_are_valid(text: str) -> None:
    figures = policyextract.extract(text)
    previous_end = 0
    for figure in figures:
        assert text[figure.start : figure.end] == figure.text
        assert_valid(figure)
        assert figure.start >= previous_end
        previous_end = figure.end


def test_a_flattened_table_row_declares_the_unit_of_its_cells() -> None:
    text = "指标 | 2015年 | 2019年\n学前教育毛入园率（%） | 78.5 | 88.2\n生均教育经费（元） | 8600 | 12400\n"
    cells = [(f.text, f.kind, float(f.value), f.metric) for f in policyextract.extract(text) if f.kind != "date"]
    assert cells == [
        ("78.5", "percentage", 78.5, "学前教育毛入园率"),
        ("88.2", "percentage", 88.2, "学前教育毛入园率"),
        ("8600", "money", 8600.0, "生均教育经费"),
        ("12400", "money", 12400.0, "生均教育经费"),
    ]


def test_a_table_cell_takes_the_year_of_its_column() -> None:
    text = "指标 | 2015年 | 2019年\n学前教育毛入园率（%） | 78.5 | 88.2\n"
    times = [(f.text, f.time.text if f.time else None) for f in policyextract.extract(text) if f.kind != "date"]
    assert times == [("78.5", "2015年"), ("88.2", "2019年")]


def test_a_lone_surrogate_is_replaced_with_a_warning_never_unserialisable() -> None:
    import json

    import policyextract

    text = "今年全市新建学校3所\ud800，投入经费500万元。"
    with pytest.warns(UnicodeWarning, match=r"1 lone surrogate.*U\+D800 at offset 10"):
        result = policyextract.extract_document(text, doc_id="x")
    assert [f.text for f in result.figures] == ["3所", "500万元"]
    assert all(text[f.start : f.end] == f.text for f in result.figures), "offsets hold"
    for figure in result.figures:
        json.loads(figure.model_dump_json())
    assert "\ufffd" in result.figures[0].sentence


def test_bad_arguments_raise_clear_input_errors() -> None:
    import policyextract
    from policyextract.errors import InputError, PolicyExtractError

    for arguments, message in [
        ({"doc_year": "2024"}, "doc_year must be an int such as 2024, or None, not str '2024'"),
        ({"doc_year": True}, "doc_year must be an int"),
        ({"doc_year": 24}, "four-digit year"),
        ({"doc_id": 7}, "doc_id must be a non-empty str"),
    ]:
        with pytest.raises(InputError, match=message) as caught:
            policyextract.extract("今年全市新建学校3所。", **arguments)
        assert isinstance(caught.value, PolicyExtractError) and isinstance(caught.value, ValueError)


def assert_valid(figure: Figure) -> None:
    """The pipeline builds its records without pydantic's validation (models.trusted): each must
    be exactly what validating its fields gives, field order and value types included."""
    validated = Figure.model_validate(dict(figure.__dict__))
    assert validated == figure
    assert list(figure.__dict__) == list(Figure.model_fields)
    assert [type(value) for value in validated.__dict__.values()] == [type(value) for value in figure.__dict__.values()]
    assert validated.model_dump_json() == figure.model_dump_json()
    if figure.time is not None:
        time = type(figure.time).model_validate(dict(figure.time.__dict__))
        assert time.model_dump_json() == figure.time.model_dump_json()


@pytest.mark.parametrize("corpus", ["seeds", "authored"])
def test_the_records_built_without_validation_are_valid(corpus: str) -> None:
    paths = sorted((Path(__file__).resolve().parent.parent / "fixtures" / corpus).glob("*.txt"))
    assert paths
    for path in paths:
        for figure in policyextract.extract(path.read_text(encoding="utf-8")):
            assert_valid(figure)


def _corpus_texts() -> list[str]:
    root = Path(__file__).resolve().parent.parent / "fixtures"
    paths = [path for corpus in ("seeds", "authored") for path in sorted((root / corpus).glob("*.txt"))]
    return [path.read_text(encoding="utf-8") for path in paths]


def test_extraction_makes_no_reference_cycles() -> None:
    """extract_document pauses the cyclic collector (pipeline.py): safe only while extraction
    leaves no cycles behind for it to free. Each text runs twice: the first fills the caches
    (compiled patterns), the second is counted."""
    texts = [*_corpus_texts(), "近百名多余以上" * 2000, "达到98.67%," * 2000]
    collecting = gc.isenabled()
    try:
        for text in texts:
            policyextract.extract_document(text)
            gc.collect()
            gc.disable()
            policyextract.extract_document(text)
            assert gc.collect() == 0, text[:60]
    finally:
        if collecting:
            gc.enable()


def test_the_collector_is_left_as_it_was_found(monkeypatch: pytest.MonkeyPatch) -> None:
    assert gc.isenabled()
    policyextract.extract("招生3200人。")
    assert gc.isenabled()
    gc.disable()
    try:
        policyextract.extract("招生3200人。")
        assert not gc.isenabled()  # the caller's choice is kept
    finally:
        gc.enable()
    # threads (Dask's threaded scheduler): overlapping extractions leave it on, whoever ends last
    texts = ["招生3200人，教师300名。" * 200, "入学率为98.5%。" * 300, "新建学校3所。" * 100] * 4
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        counts = [len(result.figures) for result in pool.map(policyextract.extract_document, texts)]
    assert counts == [400, 300, 100] * 4
    assert gc.isenabled()
    monkeypatch.setattr(policyextract.pipeline, "MAX_FIGURES", 1)
    with pytest.raises(policyextract.ExtractionLimitError):
        policyextract.extract("招生3200人,教师300名。")
    assert gc.isenabled()  # turned on again when extraction fails
