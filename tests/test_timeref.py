"""Time expressions: the cheap first-character guard never hides one, and document years."""

from __future__ import annotations

import regex

from policyextract.timeref import EXAMPLES, TIME_BODY, TIME_EXPRESSION, infer_doc_year


def _spans(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [found.span() for found in pattern.finditer(text) if found.group(0)]


def test_the_guard_finds_what_the_unguarded_pattern_finds(seed_paths) -> None:
    unguarded = regex.compile(TIME_BODY, regex.VERBOSE)
    texts = [path.read_text(encoding="utf-8") for path in seed_paths] + [example[0] for example in EXAMPLES]
    # the prefixes, guarded by what follows them, and the words that start with one
    texts += ["至到年底新建学校3所", "截止到年底", "到目前为止", "截至目前", "截止2025年", "到二〇二五年共建成12所"]
    texts += ["自108年起", "从今年起", "到“十四五”末", "至xx年", "到年末前", "到秋季学期", "截至到2020年"]
    texts += ["达到98.67%,达到2025年"]
    for text in texts:
        assert _spans(TIME_EXPRESSION, text) == _spans(unguarded, text)


def test_document_year_from_a_dateline_a_title_or_nothing() -> None:
    assert infer_doc_year("讲话稿\n同志们：……\n2012年8月29日") == 2012
    assert infer_doc_year("2025年度教育工作总结\n一、工作回顾") == 2025
    assert infer_doc_year("全区教育工作会议讲话\n同志们：") is None
    assert infer_doc_year("20xx年全市教育工作回顾与总结") is None


def test_document_year_from_a_masked_body_or_a_title_the_body_never_writes() -> None:
    from policyextract.outline import title_end

    masked = "2021年镇教育工作总结\n20xx年,全镇新建学校3所。"
    assert infer_doc_year(masked, title_end(masked)) is None  # the real year is the copy's label
    label = "教育局2026年工作安排\n2013年全区教育工作的总体要求是:新建幼儿园6所。"
    assert infer_doc_year(label, title_end(label)) == 2013
    confirmed = "2024年工作总结\n2024年全县新建学校3所。"
    assert infer_doc_year(confirmed, title_end(confirmed)) == 2024
    assert infer_doc_year("汇报材料\n某某乡人民政府\n二零零七年五月\n新建学校3所。") == 2007


def test_document_year_of_a_five_year_plan_and_of_a_year_and_month_line() -> None:
    from policyextract.outline import title_end

    plan = "某市“十三五”教育事业发展规划\n到2020年,学前三年毛入园率达到90%。"
    assert infer_doc_year(plan, title_end(plan)) == 2016
    review = "某县“十三五”教育规划中期评估报告\n2018年全县新建学校5所。"
    assert infer_doc_year(review, title_end(review)) == 2018  # a review of the plan is no plan
    assert infer_doc_year("全县教育工作汇报\n（2019年6月）\n2017年以来新建学校3所。") == 2019
    assert infer_doc_year("全县教育工作汇报\n2017年新建学校3所,2018年5所。") == 2018


def test_document_year_in_the_republic_calendar() -> None:
    assert infer_doc_year("某县教育局一一二学年度工作报告\n全县国小45所。") == 2023
    assert infer_doc_year("112年度教育预算\n经费320亿元。") == 2023
    assert infer_doc_year("建校118年来共培养学生9万名。") is None  # an age, no year


def test_line_starts_are_found_by_bisection() -> None:
    from policyextract.timeref import TimeIndex

    text = "第一行\n今年,新建学校3所。\n\n第四行"
    times = TimeIndex(text, 2025)
    assert [times.line_start(offset) for offset in (0, 2, 4, 9, 15, 16, 17, len(text))] == [0, 0, 4, 4, 15, 16, 16, 16]


def test_title_years_count_when_the_body_confirms_the_title() -> None:
    from policyextract.outline import title_end

    both = "2023年工作总结及2024年工作计划\n2023年,全县新建学校3所。"
    assert infer_doc_year(both, title_end(both)) == 2024  # a genuine title: its plan year counts
    label = "2026年工作安排\n2013年全区新建学校3所。"
    assert infer_doc_year(label, title_end(label)) == 2013  # the title's year is the copy's label


def test_a_year_a_change_arrived_in_is_reported_a_deadline_is_not() -> None:
    # 到2031年 after a change verb is where the change arrived, a year reported on
    arrived = "实施情况总结\n入学率由2026年的92.3%提高到2030年的97.6%。"
    assert infer_doc_year(arrived) == 2030
    deadline = "工作总结\n2026年全县新建学校3所，力争到2030年入学率达到98%。"
    assert infer_doc_year(deadline) == 2026
