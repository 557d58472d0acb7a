"""Reading documents: encodings, formats, folders, stdin, and every kind of bad input."""

from __future__ import annotations

import codecs
import hashlib
import io
import sys
import zipfile
from pathlib import Path

import pytest

from policyextract import ingest
from policyextract.ingest import (
    IngestError,
    SourceText,
    decode,
    docx_to_text,
    html_to_text,
    iter_paths,
    read_source,
    read_stdin,
    source_from_bytes,
)

SENTENCE = "全市小学适龄儿童入学率为98.67%,比上年提高1.2个百分点。"
SHORT_TEXTS = ("全市", "学校3所", "经费500万元", "入学率为98.67%", "联通", SENTENCE)


@pytest.mark.parametrize("text", SHORT_TEXTS, ids=lambda text: f"{len(text)}chars")
@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gb_encodings_are_detected_even_on_short_texts(text: str, encoding: str) -> None:
    decoded, found = decode(text.encode(encoding))
    assert decoded == text
    assert found in {"gbk", "gb18030"}


def test_gb18030_only_characters_are_reported_as_gb18030() -> None:
    text = "教育𠀀统计"  # U+20000 exists in GB18030 (four bytes), not in GBK
    decoded, found = decode(text.encode("gb18030"))
    assert (decoded, found) == (text, "gb18030")


@pytest.mark.parametrize(
    ("data", "expected_encoding"),
    [
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-sig"),
        (SENTENCE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16-be"),
        (SENTENCE.encode("utf-16-le"), "utf-16-le"),
        (SENTENCE.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8-bom", "utf8", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom"],
)
def test_unicode_encodings_with_and_without_bom(data: bytes, expected_encoding: str) -> None:
    text, encoding = decode(data)
    assert text == SENTENCE, "the BOM must not stay in the text (it would shift every offset)"
    assert encoding == expected_encoding


def test_utf16_without_bom_and_without_ascii_is_detected() -> None:
    text = "全市教育事业发展迈上新台阶"  # no ASCII, so no NUL bytes give UTF-16 away
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode(text.encode("utf-16-be")) == (text, "utf-16-be")


def test_utf8_text_is_not_mistaken_for_gbk(seed_paths) -> None:
    data = seed_paths[2].read_bytes()
    text, encoding = decode(data)
    assert encoding == "utf-8"
    assert text == data.decode("utf-8")


def test_a_whole_seed_in_gbk_reads_back_identically(seed_paths, tmp_path: Path) -> None:
    original = seed_paths[3].read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(original.encode("gb18030"))
    source = read_source(path)
    assert source == SourceText("report", original, str(path), source.encoding, "text")
    assert source.encoding in {"gbk", "gb18030"}


# ---------------------------------------------------------------------------------------------
# bad input: each raises IngestError naming the file


def test_binary_file_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(IngestError, match=r"image\.txt: binary file \(a PNG image\)"):
        read_source(path)


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.dat"
    path.write_bytes(bytes(range(256)) * 16)
    with pytest.raises(IngestError, match=r"noise\.dat: (binary|undecodable)"):
        read_source(path)


def test_undecodable_bytes_are_refused() -> None:
    # 0x80 and 0xFF cannot start a GB18030 character, and the length is odd for UTF-16
    with pytest.raises(IngestError, match=r"broken\.txt: undecodable"):
        decode("教育".encode() + b"\xff\x80\xff", "broken.txt")


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t"], ids=["empty", "blank"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=r"empty\.txt: empty file"):
        read_source(path)


def test_missing_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"nowhere\.txt: no such file"):
        read_source(tmp_path / "nowhere.txt")


def test_folder_is_refused_by_read_source(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="is a folder"):
        read_source(tmp_path)


def test_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes("教育".encode() * 1000)
    with pytest.raises(IngestError, match=r"huge\.txt: .* over the size limit"):
        read_source(path, max_bytes=1000)
    assert read_source(path, max_bytes=10_000).text == "教育" * 1000


def test_stdin_oversize_is_refused() -> None:
    with pytest.raises(IngestError, match=r"stdin.*size limit"):
        read_stdin(io.BytesIO(b"x" * 50), max_bytes=10)


def test_stdin_is_read_as_bytes_with_detection() -> None:
    source = read_stdin(io.BytesIO(SENTENCE.encode("gbk")))
    assert (source.text, source.source, source.encoding) == (SENTENCE, "-", "gbk")
    # the id comes from the content: the same text is the same document, another text another
    assert source.doc_id == "stdin-" + hashlib.sha256(SENTENCE.encode("utf-8")).hexdigest()[:12]
    assert read_stdin(io.BytesIO(SENTENCE.encode("utf-8"))).doc_id == source.doc_id
    assert read_stdin(io.BytesIO(SENTENCE.encode("utf-8") + b"!")).doc_id != source.doc_id
    assert read_stdin(io.BytesIO(SENTENCE.encode("utf-8")), doc_id="memo").doc_id == "memo"


# ---------------------------------------------------------------------------------------------
# HTML

PAGE = """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>全市教育工作总结_范文网</title>
<style>body { font-size: 14px }</style><script>var views = 600;</script></head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/fw">工作范文</a></nav>
<header>范文网 2022-12-27 人气 600</header>
<div class="breadcrumb">首页 / 工作总结 / 教学工作总结</div>
<article>
<h1>全市教育工作总结</h1>
<p>全市小学适龄儿童入学率为98.67%,
辍学率为1.25%。</p>
<p>新建学校<b>3</b>所&nbsp;投入经费500万元。<br>初中辍学率为0.72%。</p>
<table><tr><td>小学</td><td>80所</td></tr></table>
</article>
<aside>热门文章 1. 2. 3.</aside>
<footer>Copyright 2005-2024 版权所有</footer>
</body></html>
"""


def test_html_keeps_the_text_and_drops_tags_scripts_and_navigation() -> None:
    text = html_to_text(PAGE)
    assert "全市小学适龄儿童入学率为98.67%, 辍学率为1.25%。" in text
    assert "新建学校3所 投入经费500万元。\n初中辍学率为0.72%。" in text
    for furniture in ("var views", "font-size", "首页", "人气", "工作范文", "热门文章", "版权所有", "<", "范文网"):
        assert furniture not in text, furniture


def test_html_file_in_gbk_with_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("gbk"))
    source = read_source(path)
    assert source.format == "html"
    assert source.encoding in {"gbk", "gb18030"}
    assert "入学率为98.67%" in source.text


def test_html_is_recognised_by_content_without_suffix() -> None:
    source = source_from_bytes(PAGE.encode("utf-8"), name="page", doc_id="page")
    assert source.format == "html" and "<p>" not in source.text


def test_html_with_unclosed_tags_still_reads() -> None:
    text = html_to_text("<div class=nav><ul><li>首页<li>动态</ul></div><p>新建学校3所<p>投入500万元")
    assert text == "新建学校3所\n投入500万元\n"


def test_html_with_an_unclosed_head_keeps_its_body() -> None:
    assert html_to_text("<html><head><title>标题</title><body><p>新建学校3所</p>") == "新建学校3所\n"


def test_html_wholly_inside_a_furniture_element_falls_back_to_its_text() -> None:
    page = "<div class='header'><p>新建学校3所</p><script>var x = 1;</script>"  # never closed
    assert html_to_text(page) == "新建学校3所\n"


# ---------------------------------------------------------------------------------------------
# DOCX


def _docx(paragraphs: list[str], *, table: list[str] = ()) -> bytes:
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def paragraph(text: str) -> str:
        first, _, second = text.partition("|")  # a run split in two, as Word often does
        runs = f"<w:r><w:t>{first}</w:t></w:r>"
        if second:
            runs += f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{second}</w:t></w:r>'
        return f"<w:p>{runs}</w:p>"

    cells = "".join(f"<w:tc>{paragraph(cell)}</w:tc>" for cell in table)
    body = "".join(paragraph(text) for text in paragraphs) + (f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>" if cells else "")
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def test_docx_paragraphs_and_tables_become_lines(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(_docx(["全市新建学校|3所。", "投入经费500万元。"], table=["小学", "80所"]))
    source = read_source(path)
    assert source.format == "docx"
    assert source.text == "全市新建学校3所。\n投入经费500万元。\n小学 | 80所\n"


def test_docx_that_is_not_a_zip_is_refused() -> None:
    with pytest.raises(IngestError, match=r"bad\.docx: not a valid DOCX"):
        docx_to_text(b"this is not a zip archive", "bad.docx")


def test_docx_without_a_document_part_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(IngestError, match=r"no word/document\.xml"):
        docx_to_text(buffer.getvalue(), "empty.docx")


# ---------------------------------------------------------------------------------------------
# PDF: the optional extra


def test_pdf_without_the_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pdfminer", None)  # as if pdfminer.six were not installed
    monkeypatch.setitem(sys.modules, "pdfminer.high_level", None)
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(IngestError, match=r"report\.pdf: .*policyextract\[pdf\]"):
        read_source(path)


def _pdf(line: str) -> bytes:
    """A one-page PDF showing `line` (ASCII) in Helvetica, with a correct cross-reference table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_with_the_extra(tmp_path: Path) -> None:
    pytest.importorskip("pdfminer.high_level")
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf("Enrollment rate 98.67% in 2025"))
    source = read_source(path)
    assert source.format == "pdf"
    assert "Enrollment rate 98.67% in 2025" in source.text


def test_broken_pdf_is_refused_by_name(tmp_path: Path) -> None:
    pytest.importorskip("pdfminer.high_level")
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not a pdf body")
    with pytest.raises(IngestError, match=r"broken\.pdf: "):
        read_source(path)


# ---------------------------------------------------------------------------------------------
# folders


def test_folder_is_walked_recursively_in_order_with_a_glob(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a/deep/1.txt", "a/0.txt", "a/skip.html", ".git/x.txt", "a/.hidden.txt"):
        (tmp_path / name).write_text("学校3所", encoding="utf-8")
    found = [Path(path).relative_to(tmp_path).as_posix() for path in iter_paths([tmp_path], glob="*.txt")]
    assert found == ["a/0.txt", "a/deep/1.txt", "b/2.txt"]
    (tmp_path / "a" / "0.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    everything = [Path(path).name for path in iter_paths([tmp_path])]
    assert everything == ["0.txt", "skip.html", "1.txt", "2.txt"], "without a glob, document formats only"
    assert list(iter_paths([tmp_path / "a" / "photo.jpg"])) == [str(tmp_path / "a" / "photo.jpg")]


def test_each_file_is_yielded_once_and_missing_paths_are_kept(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("学校3所", encoding="utf-8")
    paths = list(iter_paths([tmp_path / "one.txt", tmp_path, tmp_path / "gone.txt", "-"]))
    assert paths == [str(tmp_path / "one.txt"), str(tmp_path / "gone.txt"), "-"]


def test_glob_with_a_slash_matches_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "keep").mkdir()
    (tmp_path / "drop").mkdir()
    (tmp_path / "keep" / "x.txt").write_text("一", encoding="utf-8")
    (tmp_path / "drop" / "y.txt").write_text("二", encoding="utf-8")
    found = [Path(path).name for path in iter_paths([tmp_path], glob="keep/*.txt")]
    assert found == ["x.txt"]


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # the test extra is not installed
    given = None

if given is not None:

    @settings(max_examples=300, deadline=None)
    @given(st.binary(max_size=200))
    def test_any_bytes_give_text_or_an_ingest_error(data: bytes) -> None:
        try:
            source = source_from_bytes(data, name="fuzz.txt", doc_id="fuzz", suffix=".txt")
        except IngestError as error:
            assert str(error).startswith("fuzz.txt: ")
        else:
            assert source.text.strip()

    # Text as documents have it: common characters (GB2312 level 1), some rarer ones, digits,
    # punctuation. (Texts of rare characters alone, a few long, are not told from UTF-16.)
    _COMMON = "".join(sorted(ingest._COMMON_HANZI))
    _DOCUMENT_TEXT = st.text(
        alphabet=st.sampled_from(_COMMON + "丂亖亞龘0123456789%，。、（）\n "), min_size=3, max_size=60
    )

    @settings(max_examples=300, deadline=None)
    @given(_DOCUMENT_TEXT, st.sampled_from(["gbk", "gb18030", "utf-8", "utf-16-le", "utf-16-be"]))
    def test_document_text_round_trips(text: str, encoding: str) -> None:
        if not text.strip():
            return
        if encoding.startswith("utf-16") and not any(character.isascii() for character in text):
            # BOM-less UTF-16 of a few hanzi and nothing else can be valid ASCII too ('三丢攫'
            # is b'\tN"N+e'): undecidable. A real file holds a line break or a digit.
            text += "\n"
        assert decode(text.encode(encoding))[0] == text

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=8, max_size=60))
    def test_utf8_of_any_hanzi_round_trips(text: str) -> None:
        assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_a_walk_follows_links_to_folders_once_and_reports_what_it_skips(tmp_path: Path) -> None:
    from policyextract.ingest import Skipped, iter_inputs

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("新建学校3所。", encoding="utf-8")
    root = tmp_path / "root"
    root.mkdir()
    (root / "a.txt").write_text("新建学校5所。", encoding="utf-8")
    (root / "linked").symlink_to(elsewhere)  # a link to a folder outside: read
    (root / "linked_again").symlink_to(elsewhere)  # the same folder again: skipped
    (root / "up").symlink_to(root)  # a loop: skipped
    found = list(iter_inputs([root]))
    read = [item for item in found if not isinstance(item, Skipped)]
    skipped = {item.path: item.reason for item in found if isinstance(item, Skipped)}
    assert read == [str(root / "a.txt"), str(root / "linked" / "b.txt")]
    assert set(skipped) == {str(root / "linked_again"), str(root / "up")}
    assert all("already read" in reason for reason in skipped.values())


# ---------------------------------------------------------------------------------------------
# names and bytes that are not clean UTF-8


def test_a_file_name_that_is_not_utf8_becomes_a_printable_lossless_id_and_source(tmp_path: Path) -> None:
    import json
    import os

    from policyextract import extract_files
    from policyextract.ingest import path_from_printable

    raw = os.fsencode(tmp_path) + b"/report\xff\xfe.txt"  # Latin-1 or GBK bytes from another system
    with open(raw, "wb") as stream:
        stream.write("全市新建学校3所。".encode())
    (result,) = extract_files(tmp_path)
    document = result.document
    assert document.doc_id == "report\\xff\\xfe"
    assert document.source == f"{tmp_path}/report\\xff\\xfe.txt"
    assert os.fsencode(path_from_printable(document.source)) == raw, "the original bytes come back"
    json.loads(result.model_dump_json())  # serialisable: no surrogate escapes left
    assert result.figures[0].doc_id == document.doc_id


def test_names_with_control_characters_and_backslashes_round_trip() -> None:
    import os

    from policyextract.ingest import path_from_printable, printable_path

    for name in ["a\nb.txt", "\x1b[31mred.txt", "back\\slash.txt", "年报.txt", os.fsdecode(b"\xb9\xfa.txt")]:
        printable = printable_path(name)
        assert printable.isprintable() and "\n" not in printable
        assert path_from_printable(printable) == name
    assert printable_path("年报.txt") == "年报.txt"


def test_one_stray_byte_in_utf8_is_repaired_with_a_warning() -> None:
    text = "全市新建学校3所，投入经费500万元。\n" * 4
    data = text.encode("utf-8")
    broken = data[:20] + b"\xff" + data[20:]  # a stray byte inside 所
    with pytest.warns(UnicodeWarning, match=r"invalid UTF-8 bytes replaced by U\+FFFD"):
        decoded, encoding = decode(broken, "stray.txt")
    assert encoding == "utf-8" and decoded.count("\ufffd") == 4 and decoded.endswith(text[20:])
    spliced = data[:22] + b"\x80" + data[22:]  # between two characters
    with pytest.warns(UnicodeWarning, match="1 invalid UTF-8 byte replaced"):
        assert decode(spliced)[0] == text[:8] + "\ufffd" + text[8:]


def test_gbk_and_utf16_are_never_taken_for_repaired_utf8() -> None:
    import warnings

    text = "全市新建学校3所，投入经费500万元。" * 3
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no repair warning: these are read as what they are
        assert decode(text.encode("gbk")) == (text, "gbk")
        assert decode(text.encode("gb18030")) == (text, "gbk")
        assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")
    many = b"".join(text.encode("utf-8")[i : i + 30] + b"\xff" for i in range(0, 150, 30))
    with pytest.raises(IngestError, match="undecodable"):
        decode(many)  # stray bytes every ten characters: not one slip, a wrong encoding


def test_a_file_with_a_stray_byte_is_extracted_and_the_repair_reported(tmp_path: Path) -> None:
    from policyextract import extract_files

    path = tmp_path / "stray.txt"
    data = ("全市新建学校3所，投入经费500万元。\n" * 4).encode()
    path.write_bytes(data[:20] + b"\xff" + data[20:])
    (result,) = extract_files(path)
    assert result.document.error is None and len(result.figures) == 7
    assert result.warnings == (f"{path}: 4 invalid UTF-8 bytes replaced by U+FFFD (the first on line 1)",)
