"""`policyextract view` without a browser: the page's structure, escaping and counts, read back with
the standard library's HTML parser (tests/test_view_browser.py drives a real browser)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

import policyextract
from policyextract.cli import main
from policyextract.errors import InputError
from policyextract.models import KINDS, Figure
from policyextract.view import KIND_COLOURS, render_html

SAMPLE = "全市小学适龄儿童入学率为98.67%,比上年提高1.2个百分点。到2025年新建学校3所,投入经费500万元。"


@dataclass
class Page:
    """What a page holds, as a browser's parser reads it."""

    marks: dict[str, dict[str, str]] = field(default_factory=dict)  # id → attributes
    mark_text: dict[str, str] = field(default_factory=dict)  # id → its characters, continued pieces too
    texts: list[str] = field(default_factory=list)  # each document's <pre> text content
    scripts: int = 0
    tags: list[str] = field(default_factory=list)
    rows: list[dict[str, str]] = field(default_factory=list)
    attributes: list[dict[str, str]] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.open_marks: list[str] = []
        self.in_pre = False
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.page.tags.append(tag)
        self.page.attributes.append(attributes)
        if tag not in ("meta", "link"):
            self.stack.append(tag)
        if tag == "script":
            self.page.scripts += 1
        if tag == "pre":
            self.in_pre = True
            self.page.texts.append("")
        if tag == "tr" and "data-target" in attributes:
            self.page.rows.append(attributes)
        if tag == "mark" and "class" in attributes and "fig" in attributes["class"].split() and self.in_pre:
            if "id" in attributes:
                assert attributes["id"] not in self.page.marks, f"two marks with id {attributes['id']}"
                self.page.marks[attributes["id"]] = attributes
                self.page.mark_text[attributes["id"]] = ""
                self.open_marks.append(attributes["id"])
            else:
                self.open_marks.append(attributes["data-of"])

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()
        if tag == "pre":
            self.in_pre = False
        if tag == "mark" and self.in_pre:
            self.open_marks.pop()

    def handle_data(self, data: str) -> None:
        if self.in_pre:
            self.page.texts[-1] += data
            for mark in self.open_marks:
                self.page.mark_text[mark] += data


def read(page: str) -> Page:
    reader = _Reader()
    reader.feed(page)
    reader.close()
    assert not reader.stack, f"elements left open: {reader.stack}"
    return reader.page


def figure(text: str, start: int, end: int, kind: str = "count", **fields: object) -> Figure:
    return Figure.model_validate(
        {"doc_id": "t", "start": start, "end": end, "text": text[start:end], "kind": kind, "value": 1, **fields}
    )


# ---------------------------------------------------------------------------------------------


def test_each_figure_is_one_mark_around_exactly_its_text() -> None:
    result = policyextract.extract_document(SAMPLE, doc_id="sample")
    page = read(render_html([(SAMPLE, result)]))
    assert len(page.marks) == len(result.figures) == 5
    assert page.texts == [SAMPLE]  # the text is all there, unchanged, marks or not
    assert sorted(page.mark_text.values()) == sorted(figure.text for figure in result.figures)
    by_kind = {attributes["data-kind"]: attributes for attributes in page.marks.values()}
    rate = by_kind["percentage"]
    assert (rate["data-value"], rate["data-unit"], rate["data-metric"]) == ("98.67", "%", "小学适龄儿童入学率")
    assert rate["data-modality"] == "actual" and rate["data-rule"]
    assert len(page.rows) == 5 and {row["data-target"] for row in page.rows} == set(page.marks)


def test_every_field_is_in_data_attributes() -> None:
    text = "到2025年,学前三年毛入园率达到92%以上。"
    result = policyextract.extract_document(text, doc_id="plan")
    marks = read(render_html([(text, result)])).marks
    for number, record in enumerate(result.figures):
        mark = marks[f"d0-f{number}"]
        for name in ("kind", "bound", "unit", "modality", "role", "rule"):
            assert mark[f"data-{name}"] == getattr(record, name), name
        assert mark["data-metric"] == (record.metric or "")
        assert mark["data-indicator"] == (record.indicator or "")
        assert (int(mark["data-start"]), int(mark["data-end"])) == (record.start, record.end)
    (rate,) = [mark for mark in marks.values() if mark["data-kind"] == "percentage"]
    assert (rate["data-value"], rate["data-bound"], rate["data-modality"]) == ("92", ">=", "target")
    assert rate["data-time"].startswith("到2025年") and rate["data-indicator"]


def test_values_are_plain_digits() -> None:
    text = "投入经费4916000元和0.00001元。"
    figures = [
        figure(text, 4, 12, "money").model_copy(update={"value": Decimal("4.916E+6")}),
        figure(text, 13, 21, "money").model_copy(update={"value": Decimal("0.000010")}),
    ]
    values = [mark["data-value"] for mark in read(render_html([(text, figures)])).marks.values()]
    assert values == ["4916000", "0.00001"]


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "</mark></pre><script>document.title='x'</script>",
        '"><img src=x onerror=alert(1)>',
        "&lt;script&gt; &amp; &#60;",
        "</script><!--",
    ],
)
def test_the_documents_own_html_is_text(hostile: str) -> None:
    text = f"新建学校3所。{hostile}投入经费500万元。"
    result = policyextract.extract_document(text, doc_id=f"id {hostile}")
    html = render_html([(text, result)], title=hostile)
    page = read(html)
    assert page.scripts == 1, "only the page's own script"
    assert page.texts == [text]
    assert len(page.marks) == len(result.figures) == 2
    assert "img" not in page.tags
    assert not any(name.startswith("on") for attributes in page.attributes for name in attributes)


def test_a_figure_holding_markup_characters_is_escaped_inside_its_mark() -> None:
    text = "比例为1<2&3>4。"
    figures = [figure(text, 3, 10, "other")]
    page = read(render_html([(text, figures)]))
    assert list(page.mark_text.values()) == ["1<2&3>4"]


@pytest.mark.parametrize(
    ("spans", "case"),
    [
        ([(0, 4), (4, 8)], "adjacent"),
        ([(0, 8), (2, 5)], "nested"),
        ([(0, 5), (0, 5)], "identical"),
        ([(0, 5), (0, 3)], "same start"),
        ([(0, 5), (3, 5)], "same end"),
        ([(0, 5), (3, 8)], "crossing"),
        ([(0, 6), (2, 9), (4, 11)], "a chain of crossings"),
        ([(0, 10), (1, 4), (3, 7), (6, 9)], "crossings inside a figure"),
    ],
)
def test_overlapping_and_touching_figures_each_cover_exactly_their_text(
    spans: list[tuple[int, int]], case: str
) -> None:
    text = "0123456789ABCDEF"
    figures = [figure(text, start, end) for start, end in spans]
    page = read(render_html([(text, figures)]))
    assert page.texts == [text], case
    assert len(page.marks) == len(figures), case
    covered = sorted(
        (int(mark["data-start"]), int(mark["data-end"]), page.mark_text[key]) for key, mark in page.marks.items()
    )
    assert covered == sorted((start, end, text[start:end]) for start, end in spans), case


def test_several_documents_give_one_page_with_a_list() -> None:
    texts = ["新建学校3所。", "投入经费500万元,比上年增长5%。", "没有数字。"]
    results = [policyextract.extract_document(text, doc_id=f"doc{number}") for number, text in enumerate(texts)]
    html = render_html(list(zip(texts, results, strict=True)))
    page = read(html)
    assert page.texts == texts
    assert len(page.marks) == sum(len(result.figures) for result in results) == 3
    assert re.findall(r'<li><a href="#(doc-\d)">(doc\d)</a>', html) == [
        ("doc-0", "doc0"),
        ("doc-1", "doc1"),
        ("doc-2", "doc2"),
    ]
    assert {mark["data-doc"] for mark in page.marks.values()} == {"doc0", "doc1"}
    assert 'id="document-list"' not in render_html([(texts[0], results[0])]), "one document needs no list"


def test_filters_offer_the_kinds_modalities_and_indicators_present() -> None:
    result = policyextract.extract_document(SAMPLE, doc_id="sample")
    html = render_html([(SAMPLE, result)])
    options = dict.fromkeys(re.findall(r'<select id="filter-(\w+)"', html))
    assert list(options) == ["kind", "modality", "indicator"]
    kinds = re.search(r'<select id="filter-kind".*?</select>', html)
    assert kinds is not None
    assert re.findall(r'<option value="([^"]*)"', kinds.group()) == [
        "*",
        "percentage",
        "percentage_point",
        "money",
        "count",
        "date",
    ]


def test_the_page_loads_nothing() -> None:
    html = render_html([(SAMPLE, policyextract.extract_document(SAMPLE))])
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "@import" not in html and "url(" not in html
    assert "default-src 'none'" in html  # and the policy forbids any load the page might try


def test_every_kind_has_a_colour() -> None:
    assert set(KIND_COLOURS) == set(KINDS)


def test_unshowable_characters_keep_offsets() -> None:
    text = "A\ud800新建学校3所\x00。"
    figures = [figure(text, 6, 8)]
    html = render_html([(text, figures)])
    html.encode("utf-8")  # a lone surrogate would make the page unwritable
    assert read(html).texts == ["A\ufffd新建学校3所\ufffd。"]


def test_records_of_another_text_are_refused() -> None:
    result = policyextract.extract_document(SAMPLE, doc_id="sample")
    with pytest.raises(InputError, match="sample"):
        render_html([(SAMPLE[5:], result)])


# ---------------------------------------------------------------------------------------------
# the command line


def test_view_writes_a_page_for_several_files(seed_paths: list[Path], tmp_path: Path, capsys) -> None:
    out = tmp_path / "page.html"
    assert main(["view", str(seed_paths[0]), str(seed_paths[1]), "-o", str(out)]) == 0
    page = read(out.read_text(encoding="utf-8"))
    expected = sum(len(policyextract.extract(path.read_text(encoding="utf-8"))) for path in seed_paths[:2])
    assert len(page.marks) == expected > 0
    assert f"{out}: 2 documents, {expected} figures" in capsys.readouterr().err


def test_view_skips_a_bad_file_and_shows_the_others(seed_paths: list[Path], tmp_path: Path, capsys) -> None:
    out = tmp_path / "page.html"
    assert main(["view", str(tmp_path / "missing.txt"), str(seed_paths[0]), "-o", str(out), "-q"]) == 1
    assert "missing.txt: no such file" in capsys.readouterr().err
    assert len(read(out.read_text(encoding="utf-8")).texts) == 1


def test_view_writes_nothing_when_no_document_can_be_read(tmp_path: Path, capsys) -> None:
    out = tmp_path / "page.html"
    assert main(["view", str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    assert "no page written" in capsys.readouterr().err
    assert not out.exists()


def test_view_usage_errors(tmp_path: Path, capsys) -> None:
    assert main(["view"]) == 2
    assert main(["view", "a.txt", "--no-such-option"]) == 2
    assert main(["view", str(tmp_path / "a.txt"), "-o", str(tmp_path / "no" / "folder" / "x.html")]) == 1
    assert "give the files" in capsys.readouterr().err


def test_view_cannot_write_reports_it(seed_paths: list[Path], tmp_path: Path, capsys) -> None:
    assert main(["view", str(seed_paths[0]), "-o", str(tmp_path / "no" / "folder" / "x.html")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_view_to_standard_output(tmp_path: Path, capfdbinary) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE + "<script>", encoding="utf-8")
    assert main(["view", str(path), "-q"]) == 0
    html = capfdbinary.readouterr().out.decode("utf-8")
    assert read(html).texts == [SAMPLE + "<script>"]
