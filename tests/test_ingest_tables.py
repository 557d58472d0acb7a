"""Tables in DOCX and HTML keep a row on one line, its cells joined by ` | `, so that the table
rules read them: the unit a row's label declares, the year heading each column."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import policyextract
from policyextract.ingest import IngestError, docx_to_text, html_to_text, read_source

_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _cell(text: str, span: int = 1) -> str:
    properties = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    paragraphs = "".join(_paragraph(part) for part in text.split("/"))  # a / starts a new paragraph
    return f"<w:tc>{properties}{paragraphs}</w:tc>"


def _table(rows: list[list[str | tuple[str, int]]]) -> str:
    def cell(item: str | tuple[str, int]) -> str:
        return _cell(*item) if isinstance(item, tuple) else _cell(item)

    return "<w:tbl>" + "".join("<w:tr>" + "".join(cell(item) for item in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def _docx(body: str) -> bytes:
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_NAMESPACE}"><w:body>{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


ROWS: list[list[str | tuple[str, int]]] = [
    ["指标", "2023年", "2024年"],
    ["小学在校生（人）", "21500", "21876"],
    ["学前教育毛入园率（%）", "88.2", "90.1"],
]
EXPECTED_LINES = "指标 | 2023年 | 2024年\n小学在校生（人） | 21500 | 21876\n学前教育毛入园率（%） | 88.2 | 90.1\n"
EXPECTED_FIGURES = [
    ("21500", "count", 21500.0, "人", "2023年"),
    ("21876", "count", 21876.0, "人", "2024年"),
    ("88.2", "percentage", 88.2, "%", "2023年"),
    ("90.1", "percentage", 90.1, "%", "2024年"),
]


def _cells(text: str) -> list[tuple[str, str, float, str, str | None]]:
    return [
        (figure.text, figure.kind, float(figure.value), figure.unit, figure.time.text if figure.time else None)
        for figure in policyextract.extract(text)
        if figure.kind != "date"
    ]


def test_a_docx_table_row_is_one_line_and_its_cells_are_figures(tmp_path: Path) -> None:
    path = tmp_path / "table.docx"
    path.write_bytes(_docx(_paragraph("全县新建学校3所，主要指标如下：") + _table(ROWS)))
    source = read_source(path)
    assert source.text == "全县新建学校3所，主要指标如下：\n" + EXPECTED_LINES
    assert _cells(source.text) == [("3所", "count", 3.0, "所", None), *EXPECTED_FIGURES]


def test_an_html_table_row_is_one_line_and_its_cells_are_figures() -> None:
    rows = "".join(
        "<tr>"
        + "".join(f"<{'th' if number == 0 else 'td'}><p>{cell}</p></{'th' if number == 0 else 'td'}>" for cell in row)
        + "</tr>"
        for number, row in enumerate(ROWS)
    )
    page = f"<html><body><p>全县新建学校3所，主要指标如下：</p><table>{rows}</table></body></html>"
    text = html_to_text(page)
    assert text == "全县新建学校3所，主要指标如下：\n" + EXPECTED_LINES
    assert _cells(text) == [("3所", "count", 3.0, "所", None), *EXPECTED_FIGURES]


def test_cells_over_several_columns_keep_the_columns_aligned() -> None:
    docx = _docx(_table([["学段", "2023年", "2024年"], [("合计（所）", 2), "12"]]))
    assert docx_to_text(docx) == "学段 | 2023年 | 2024年\n合计（所） |  | 12\n"
    page = "<table><tr><td>学段<td>2023年<td>2024年<tr><td colspan=2>合计（所）<td>12</table>"
    assert html_to_text(page) == "学段 | 2023年 | 2024年\n合计（所） |  | 12\n"


def test_a_table_used_for_layout_keeps_its_paragraphs_as_lines() -> None:
    long_paragraph = "全县教育工作坚持以人民为中心的发展思想，" * 6 + "新建学校3所。"
    page = f"<table><tr><td><p>一、基本情况</p><p>{long_paragraph}</p></td><td>附件</td></tr></table>"
    assert html_to_text(page) == f"一、基本情况\n{long_paragraph}\n附件\n"
    docx = _docx(_table([[f"一、基本情况/{long_paragraph}", "附件"]]))
    assert docx_to_text(docx) == f"一、基本情况\n{long_paragraph}\n附件\n"


def test_a_cell_of_several_paragraphs_is_one_cell() -> None:
    assert docx_to_text(_docx(_table([["小学/在校生（人）", "21500"]]))) == "小学 在校生（人） | 21500\n"


def test_a_docx_over_the_size_limit_is_a_clear_error() -> None:
    docx = _docx(_paragraph("全县新建学校3所。") * 20_000)
    with pytest.raises(IngestError, match=r"big\.docx: .*over the size limit"):
        docx_to_text(docx, "big.docx", max_bytes=100_000)


def test_a_docx_that_expands_past_its_declared_size_is_refused() -> None:
    docx = bytearray(_docx(_paragraph("全县新建学校3所。") * 20_000))
    # a ZIP bomb declares a small size: rewrite the uncompressed size the central directory gives
    central = docx.rfind(b"PK\x01\x02", 0, docx.rfind(b"word/document.xml") + 1)
    docx[central + 24 : central + 28] = (1000).to_bytes(4, "little")
    with pytest.raises(IngestError, match=r"bomb\.docx"):
        docx_to_text(bytes(docx), "bomb.docx")


def test_a_docx_is_read_as_a_stream() -> None:
    # one paragraph of 200,000 runs (20 MB of XML): memory follows the text, not the XML tree
    import tracemalloc

    runs = "<w:r><w:rPr><w:b/></w:rPr><w:t>达到98.67%,</w:t></w:r>" * 200_000
    docx = _docx(f"<w:p>{runs}</w:p>")
    tracemalloc.start()
    try:
        text = docx_to_text(docx)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(text) == 9 * 200_000 + 1
    assert peak < 40 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB for {len(text)} characters"


def test_the_size_limit_of_a_file_bounds_its_docx_text_too(tmp_path: Path) -> None:
    path = tmp_path / "big.docx"
    path.write_bytes(_docx(_paragraph("全县新建学校3所。") * 20_000))  # ~60 KB zipped, ~1.2 MB of XML
    assert read_source(path).text.startswith("全县新建学校3所。")
    with pytest.raises(IngestError, match=r"big\.docx: its text .* over the size limit"):
        read_source(path, max_bytes=200_000)
