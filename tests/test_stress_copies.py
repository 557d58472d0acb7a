"""Every annotated document copied as users' documents come damaged: scores must hold.

Each seed, authored and real document is copied three ways and scored like the corpora:
- wrapped: lines broken every 38 characters, as a PDF conversion breaks them wherever the width
  runs out (inside words, before 、, after ；), never inside a gold figure or the characters the
  gold names before it, so the gold still applies;
- full-width: digits and % written full-width (２０２３年, ９８.６％), as Word and PDF copies do;
- traditional: the text in traditional characters (OpenCC s2t), as Taiwan and Hong Kong copies;
- web page: a site's furniture around the text (a breadcrumb ending in 工作总结, posting dates
  and counters, 上一篇/下一篇 links, dated related-article links, a footer), as web copies come.
The bars are ratchets: raise them as the extractor learns, never lower one without saying why in
the commit message.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from accuracy import corpus_folders, score_corpus

WIDTH = 38
# Reached on 2026-12-04 at the end of the session; the bars keep a margin of 0.005.
BARS = {
    # record bars lowered for s6genI's three blind documents (an indicator table one cell a line,
    # an audit, an enrolment plan by major), reached less 0.005 with them
    "wrapped": {"value_f1": 0.987, "record_f1": 0.905},  # reached 0.910 (114 documents)
    "fullwidth": {"value_f1": 0.990, "record_f1": 0.912},  # reached 0.917 (114)
    "traditional": {"value_f1": 0.989, "record_f1": 0.910},  # reached 0.915 (112)
    "web": {"value_f1": 0.990, "record_f1": 0.909},  # reached 0.914 (103)
}
_PAGE_HEAD = (
    "当前位置：首页 >> 政务公开 >> 工作总结",
    "发布时间：2031-05-12 10:23:41　　来源：县教育局　　浏览次数：1532",
)
_PAGE_TAIL = (
    "上一篇：关于做好2032年春季学期开学工作的通知",
    "下一篇：我县召开2031年度教育工作会议",
    "相关文章",
    "·全县教育系统召开2032年安全工作会议　03-12",
    "Copyright © 2005-2032 某县教育局 版权所有　备案号：苏ICP备05012345号-1",
    "您是本站第12345678位访客",
)
_FULL_WIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")


def wrap(text: str, figures: list[dict]) -> str:
    """`text` with a line break after every WIDTH characters of a line, moved past any gold
    figure (with its `left` context) that the break would cut."""
    kept: set[int] = set()
    for figure in figures:
        start = text.find(figure["left"] + figure["text"])
        kept.update(range(start, start + len(figure["left"]) + len(figure["text"]) + 1))
    out: list[str] = []
    column = 0
    for index, char in enumerate(text):
        if char == "\n":
            column = 0
        elif column >= WIDTH and index not in kept:
            out.append("\n")
            column = 0
        out.append(char)
        column += char != "\n"
    return "".join(out)


def _full_width(text: str, figures: list[dict]) -> str:
    for figure in figures:  # the gold's own strings are in the copy's form; its times stay ASCII
        figure["left"], figure["text"] = figure["left"].translate(_FULL_WIDTH), figure["text"].translate(_FULL_WIDTH)
    return text.translate(_FULL_WIDTH)


def _traditional(text: str, figures: list[dict]) -> str:
    opencc = pytest.importorskip("opencc")
    convert = opencc.OpenCC("s2t").convert
    for figure in figures:
        for key in ("left", "text", "metric", "time"):
            if figure.get(key):
                figure[key] = convert(figure[key])
    return convert(text)


def _wrapped(text: str, figures: list[dict]) -> str:
    return wrap(text, figures)


def _web_page(text: str, figures: list[dict]) -> str:
    first, _, rest = text.partition("\n")
    return "\n".join([_PAGE_HEAD[0], first, _PAGE_HEAD[1], rest, *_PAGE_TAIL, ""])


COPIES: dict[str, Callable[[str, list[dict]], str]] = {
    "wrapped": _wrapped,
    "fullwidth": _full_width,
    "traditional": _traditional,
    "web": _web_page,
}


def _copy_corpus(target: Path, make: Callable[[str, list[dict]], str]) -> int:
    written = 0
    for folder in [folder for folder in corpus_folders().values() if folder is not None and folder.is_dir()]:
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt").read_text(encoding="utf-8")
            copied = make(text, gold["figures"])
            if len(copied) < len(text) or any(copied.count(f["left"] + f["text"]) != 1 for f in gold["figures"]):
                continue  # a `left` the copy made ambiguous (or a conversion that changed lengths)
            (target / gold_path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
            (target / (gold["doc_id"] + ".txt")).write_text(copied, encoding="utf-8")
            written += 1
    return written


@pytest.fixture(scope="module", params=sorted(COPIES))
def copied_corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    name = request.param
    target = tmp_path_factory.mktemp(name)
    if _copy_corpus(target, COPIES[name]) < 20:
        pytest.skip("fewer than 20 annotated documents to copy (../shared/corpus is absent)")
    return name, target


def test_wrap_breaks_lines_but_never_a_gold_figure() -> None:
    text = "全县共有小学42所，在校生18,306人，专任教师1,120人，生师比为16.3:1，比上年下降0.4。"
    figures = [{"left": "在校生", "text": "18,306人"}, {"left": "生师比为", "text": "16.3:1"}]
    wrapped = wrap(text, figures)
    assert "\n" in wrapped and wrapped.replace("\n", "") == text
    assert "在校生18,306人" in wrapped and "生师比为16.3:1" in wrapped


def test_scores_hold_on_damaged_copies(copied_corpus: tuple[str, Path]) -> None:
    name, folder = copied_corpus
    reached = score_corpus(folder)
    low = {m: round(reached[m], 3) for m, bar in BARS[name].items() if reached[m] < bar}
    assert not low, f"{name} copies: {low} below the bars {BARS[name]}"
