"""The outline stage: title, heading tree, section kinds and times (examples in our own words)."""

from __future__ import annotations

import pytest

from policyextract.lexicon.sections import EXAMPLES as KIND_EXAMPLES
from policyextract.lexicon.sections import TITLE_EXAMPLES
from policyextract.outline import CHAPTER, PLAIN, SECTION, TABLE, Outline, heading_kind


@pytest.mark.parametrize(("heading", "kind"), KIND_EXAMPLES, ids=[f"kind{i}" for i in range(len(KIND_EXAMPLES))])
def test_heading_kind_examples(heading: str, kind: str) -> None:
    assert heading_kind(heading)[0] == kind, heading


@pytest.mark.parametrize(("title", "kind"), TITLE_EXAMPLES, ids=[f"title{i}" for i in range(len(TITLE_EXAMPLES))])
def test_title_kind_examples(title: str, kind: str) -> None:
    outline = Outline.build(f"{title}\n\n一、基本情况\n全县共有教师3200人。", 2031)
    assert outline.title is not None and outline.title.text == title
    assert outline.title_kind == kind, title


def _section_of(text: str, phrase: str, doc_year: int | None = 2025):
    outline = Outline.build(text, doc_year)
    return outline, outline.section_at(text.index(phrase))


def test_numbered_headings_nest_and_carry_their_year() -> None:
    text = "一、2023年工作回顾\n（一）办学条件\n新建学校4所。\n二、2024年工作安排\n（一）学校建设\n再建学校6所。"
    _, first = _section_of(text, "新建学校4所")
    assert first is not None and first.heading.text == "（一）办学条件" and first.level == SECTION
    assert first.parent is not None and first.parent.level == CHAPTER
    assert first.kind == "summary" and first.time is not None and first.time.text == "2023年"
    _, second = _section_of(text, "再建学校6所")
    assert second is not None and second.kind == "plan" and second.time is not None and second.time.year == 2024
    assert [heading.text for heading in second.headings] == ["二、2024年工作安排", "（一）学校建设"]


def test_headings_run_into_one_long_line_are_found() -> None:
    text = "全年工作总结如下:一、2022年度主要成效(一)学校建设。全年新建学校7所,新增学位900个。"
    _, section = _section_of(text, "新增学位")
    assert section is not None and section.heading.text == "(一)学校建设"
    assert section.time is not None and section.time.text == "2022年度" and section.kind == "summary"


def test_a_heading_that_runs_into_its_sentence_is_not_taken_for_a_heading() -> None:
    text = "概述如下:二、领导重视,保障到位全镇于2019年投入资金300万元改造校舍。"
    outline = Outline.build(text, None)
    assert outline.sections == []


def test_a_heading_without_punctuation_on_its_own_line() -> None:
    text = "前言写完了。\n2026年工作计划\n全县计划新建幼儿园5所。\n"
    _, section = _section_of(text, "新建幼儿园")
    assert section is not None and section.level == PLAIN and section.kind == "plan"
    assert section.time is not None and section.time.text == "2026年"
    # a line that goes on a broken sentence is no heading
    broken = "各级财政拨付我县教育\n公用经费一共\n8059万元。"
    assert Outline.build(broken, None).sections == []


def test_a_year_alone_on_its_line_heads_a_chronicle_entry() -> None:
    text = "某县教育大事记（1950—1970）\n\n1950年\n全县有小学72所。\n\n一九六二年\n全县小学调整为131所。"
    outline, section = _section_of(text, "全县小学调整")
    assert outline.title is not None and "1950年" not in outline.title.text  # the first entry's year is no title
    assert section is not None and section.time is not None and section.time.year == 1962
    first = outline.section_at(text.index("72所"))
    assert first is not None and first.time is not None and first.time.year == 1950
    # a year closing the text (a signature) or before a date heads nothing
    signed = "全县新建学校4所。\n某县教育局\n2031年"
    assert all(section.heading.text != "2031年" for section in Outline.build(signed, None).sections)
    dated = "全县新建学校4所。\n2031年\n2031年3月\n新建学校5所。"
    assert all(section.heading.text != "2031年" for section in Outline.build(dated, None).sections)


def test_a_lead_that_opens_with_a_time_and_introduces_a_list_dates_the_items() -> None:
    text = "三、发展目标\n到2030年，全校综合实力显著提升。主要指标是：\n（一）师资。专任教师达到1500人。"
    _, section = _section_of(text, "专任教师达到")
    assert section is not None and section.time is not None and section.time.text == "到2030年"
    # a lead without a colon is only its own paragraph's topic
    plain = "三、发展目标\n到2030年，全校综合实力显著提升。\n（一）师资。专任教师达到1500人。"
    _, section = _section_of(plain, "专任教师达到")
    assert section is not None and section.time is None
    # nor does a time inside the lead, not opening it
    inner = "三、发展目标\n全校力争到2030年实现以下指标：\n（一）师资。专任教师达到1500人。"
    _, section = _section_of(inner, "专任教师达到")
    assert section is not None and section.time is None


def test_a_masked_year_broken_from_its_heading_line() -> None:
    text = "会议讲话\n一\nXX\n年主要工作回顾\nXX\n年是关键之年。全县投入教育经费2.1亿元。"
    _, section = _section_of(text, "投入教育经费")
    assert section is not None and section.time is not None and section.time.text == "XX年"
    assert section.kind == "summary"


def test_tables_are_sections_of_their_own() -> None:
    text = (
        "一、2021年发展概况\n指标 | 2020年 | 2021年\n在校生（人） | 5200 | 5400\n学校（所） | 31 | 33\n"
        "全县共有教师480名。"
    )
    outline, table = _section_of(text, "5200")
    assert table is not None and table.level == TABLE and table.kind == "table"
    after = outline.section_at(text.index("480名"))
    assert after is not None and after.level == CHAPTER  # the table ended with its last row


def test_title_year_and_masked_bodies() -> None:
    outline = Outline.build("2023年全市教育工作总结\n全年新建学校8所。", 2024)
    assert outline.title is not None and outline.title_time is not None and outline.title_time.year == 2023
    assert outline.title_kind == "summary"
    assert outline.period_year_at(15) == 2023  # 全年 of a 2023 summary signed in 2024 is 2023
    masked = Outline.build("2023年全市教育工作总结\nxxxx年,全市新建学校x所。", None)
    assert masked.masked_years and masked.title_time is None  # the page title's year is not the text's
    plain = Outline.build("全市教育工作会议讲话\n同志们:今年新建学校8所。", 2024)
    assert plain.title_time is None and plain.period_year_at(12) == 2024


def test_measures_under_a_summary_title_report() -> None:
    text = "县教育局2014年学生资助工作总结\n一、主要措施\n印发读本3万册。\n二、2015年工作意见\n新建食堂12所。"
    outline = Outline.build(text, 2015)
    done, plan = (outline.section_at(text.index(figure)) for figure in ("3万册", "12所"))
    assert done is not None and done.kind == "summary"  # 主要措施 of a 工作总结: what was done
    assert plan is not None and plan.kind == "plan"
    planned = Outline.build("2015年学生资助工作计划\n一、主要措施\n印发读本3万册。", 2015)
    measures = planned.section_at(25)
    assert measures is not None and measures.kind == "plan"  # …and of a plan: what is to be done


def test_section_at_is_none_before_the_first_heading() -> None:
    text = "全县新建学校3所。\n一、2024年重点工作\n新建学校5所。"
    outline = Outline.build(text, 2024)
    assert outline.section_at(2) is None
    assert outline.headings_at(2) == []


def test_a_heading_title_ends_at_its_colon_or_the_next_marker() -> None:
    text = "一、发展目标：\n（一）学前教育：新建幼儿园4所，改扩建2所。\n（二）进展顺利，亮点纷呈1.新建学校3所。"
    outline = Outline.build(text, 2025)
    assert [section.heading.text for section in outline.sections] == [
        "一、发展目标",
        "（一）学前教育",
        "（二）进展顺利，亮点纷呈",
    ]


def test_asides_and_broken_lines_are_no_plain_headings() -> None:
    for line in ("(其中村小在校生1200人)", "上级下达的任务目标(", "“两免一补”资金"):
        text = f"全县共有学校31所。\n{line}\n全年投入资金800万元。"
        assert Outline.build(text, 2025).sections == [], line
    text = "全县共有学校31所。\n下一步工作打算\n全年再投入资金800万元。"
    assert [section.kind for section in Outline.build(text, 2025).sections] == ["plan"]


def test_a_title_blanked_as_page_furniture_is_given_back_to_the_outline() -> None:
    from policyextract.outline import restore_title
    from policyextract.pipeline import prepare

    source = "某县教育局2023年工作总结.docx\n《某县教育局2023年工作总结.docx》由会员分享。\n全年新建学校3所。"
    blanked = " " * source.index("\n") + source[source.index("\n") :]
    restored = restore_title(blanked, source)
    assert restored.startswith("某县教育局2023年工作总结.docx") and len(restored) == len(blanked)
    outline = Outline.build(restored, None)
    assert outline.title_time is not None and outline.title_time.year == 2023 and outline.title_kind == "summary"
    # a blanked breadcrumb or advertisement is not given back: it names no kind of document
    crumbs = "首页 > 教育新闻 > 正文\n全年新建学校3所。"
    assert restore_title(" " * 13 + crumbs[13:], crumbs) == " " * 13 + crumbs[13:]
    # a blanked breadcrumb that ends with a kind of document (…>> 工作总结) is no title either
    crumb = "当前位置：首页 >> 政务公开 >> 工作总结\n2032年某县教育工作总结\n全年新建学校3所。"
    crumb_blanked = " " * 23 + crumb[23:]
    assert restore_title(crumb_blanked, crumb) == crumb_blanked
    assert Outline.build(crumb_blanked, None).title.text == "2032年某县教育工作总结"  # type: ignore[union-attr]
    # a blanked link below the body (上一篇：…的通知) is no title, however short the document
    linked = "全年新建学校3所，投入资金1,200万元。\n上一篇：关于做好2033年春季开学工作的通知\n"
    blank_link = linked.replace("上一篇：关于做好2033年春季开学工作的通知", " " * 21)
    assert restore_title(blank_link, linked) == blank_link
    assert prepare("首页 > 新闻\n" + linked, "d", None)[1] != 2033
    normalized, doc_year, _ = prepare(source, "d", None)
    assert doc_year == 2023
    assert normalized.text.startswith(" ")  # the recogniser still never reads the title's year


def test_title_found_below_page_furniture() -> None:
    text = "电脑版\n扫码下载到手机\n\n2022年区教育局工作总结\n全年新建学校3所。"
    outline = Outline.build(text, None)
    assert outline.title is not None and outline.title.text == "2022年区教育局工作总结"
    assert outline.title_kind == "summary" and outline.title_time is not None


def test_a_numbered_paragraph_of_sentences_is_no_heading() -> None:
    # A reply's answer numbered like its questions: （三）… a full sentence, then more sentences on
    # the same line. Its years must not date the rest of the document as a heading's would.
    answer = (
        "答覆：\n（一）在2032/33学年，全港共有公营中学390所及特殊学校61所。学生人数约为29.1万人。\n"
        "（三）大学在2031/32至2033/34三个学年的每年第一年学额维持在15,000个。政府计划在2034/35学年增加学额至15,300个。\n"
        "在2033-34财政年度，教育开支预算为1,100亿元。"
    )
    assert [section.heading.text for section in Outline.build(answer, 2033).sections] == []
    heading = "（三）加快推进学校建设。\n全年新建学校3所。"  # negative: a short heading on its own line
    assert [section.heading.text for section in Outline.build(heading, 2033).sections] == ["（三）加快推进学校建设"]


def test_a_title_runs_on_over_lines_but_not_over_a_blank_line() -> None:
    # the fragment above the line naming the kind of document joins it only when no blank line
    # stands between (the check once read the count of line breaks off a line's own text)
    joined = Outline.build("2031年秋季学期开学暨\n安全工作会议讲话\n同志们：今年新建学校3所。", 2031)
    assert joined.title is not None and joined.title.text == "2031年秋季学期开学暨安全工作会议讲话"
    assert joined.title_time is not None and joined.title_time.year == 2031
    apart = Outline.build("2031年秋季学期开学暨\n\n安全工作会议讲话\n同志们：今年新建学校3所。", 2032)
    assert apart.title is not None and apart.title.text == "安全工作会议讲话"
    assert apart.title_time is None
