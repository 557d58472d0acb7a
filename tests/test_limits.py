"""Output and memory bounded by the input: the sentence window of a record, the size limits."""

from __future__ import annotations

import json

import pytest

import policyextract
from policyextract.segment import SENTENCE_MAX

_EACH_SIDE = 200  # characters of context a record shows at most on each side of its figure


def test_a_sentence_is_given_whole_with_its_offsets() -> None:
    text = "一、基本情况\n全市小学适龄儿童入学率为98.67%，辍学率为1.25%。新建学校3所。"
    figures = policyextract.extract(text)
    assert [figure.sentence for figure in figures] == [
        "全市小学适龄儿童入学率为98.67%，辍学率为1.25%。",
        "全市小学适龄儿童入学率为98.67%，辍学率为1.25%。",
        "新建学校3所。",
    ]
    for figure in figures:
        assert text[figure.sentence_start : figure.sentence_end] == figure.sentence


def test_a_long_sentence_is_cut_to_the_clauses_around_each_figure() -> None:
    text = "全市各类学校" + "，".join(f"第{number}项指标达到{number % 90 + 5}.5%" for number in range(3000)) + "。"
    figures = [figure for figure in policyextract.extract(text) if figure.kind == "percentage"]
    assert len(figures) == 3000
    for figure in figures:
        window = figure.sentence
        assert text[figure.sentence_start : figure.sentence_end] == window
        assert figure.sentence_start <= figure.start and figure.end <= figure.sentence_end
        assert figure.start - figure.sentence_start <= _EACH_SIDE
        assert figure.sentence_end - figure.end <= _EACH_SIDE
        if figure.sentence_start > 0 and figure.sentence_end < len(text):
            # cut at clause marks: the window starts after one and ends with one
            assert text[figure.sentence_start - 1] == "，" and window.endswith("，")
    assert len({figure.sentence for figure in figures}) < len(figures) / 3, "figures of a passage share its text"


def test_a_sentence_of_at_most_the_limit_is_not_cut() -> None:
    text = "入学率达到98.5%，" + "各项工作稳步推进" * ((SENTENCE_MAX - 20) // 8) + "。"
    assert len(text) <= SENTENCE_MAX
    [figure] = policyextract.extract(text)
    assert figure.sentence == text


def _jsonl_bytes(figure_count: int) -> int:
    text = "达到98.67%," * figure_count  # no sentence stop anywhere: one "sentence"
    records = (figure.model_dump(mode="json") for figure in policyextract.extract(text))
    return sum(len(json.dumps(record, ensure_ascii=False)) for record in records)


def test_output_grows_linearly_with_a_sentence_of_many_figures() -> None:
    # each record repeated its whole sentence: 4x the figures gave 16x the output
    small, large = _jsonl_bytes(1000), _jsonl_bytes(4000)
    assert large / small < 4.5


def test_a_document_of_more_figures_than_the_limit_is_a_clear_error(monkeypatch) -> None:
    from policyextract import pipeline

    monkeypatch.setattr(pipeline, "MAX_FIGURES", 1000)
    assert len(policyextract.extract("达到98.67%," * 1000)) == 1000
    with pytest.raises(policyextract.ExtractionLimitError, match=r"'dump'.*more than 1,000 figures"):
        policyextract.extract("达到98.67%," * 1001, doc_id="dump")


def test_a_document_over_the_figure_limit_is_that_documents_error_in_a_batch(monkeypatch, tmp_path) -> None:
    from policyextract import pipeline

    monkeypatch.setattr(pipeline, "MAX_FIGURES", 1000)
    (tmp_path / "dump.txt").write_text("达到98.67%," * 2000, encoding="utf-8")
    (tmp_path / "report.txt").write_text("全县新建学校3所。", encoding="utf-8")
    results = {result.document.doc_id: result for result in policyextract.extract_files([tmp_path])}
    assert results["dump"].document.error is not None and "ExtractionLimitError" in results["dump"].document.error
    assert [figure.text for figure in results["report"].figures] == ["3所"]
