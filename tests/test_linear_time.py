"""Time grows linearly with the input, whatever the input.

Each case times extraction at two sizes by CPU time (`time.process_time`, the minimum of three
runs, so another process on the machine does not count) and asserts a generous ratio: twice
what linear time gives. Quadratic time — a per-figure look-up over the whole sentence or line —
shows as a ratio of the size ratio squared. No absolute timer: the machine's speed does not
matter. benchmarks/adversarial.py measures the same inputs up to 10 MB.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import policyextract


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _dash_chain(size: int) -> str:
    return ("1-2-3-4-5-6-7-8-9-" * (size // 18 + 1))[:size]  # built without a list of its numbers


def _sparse_line(size: int) -> str:
    # one figure in every ~60 characters of a line without a sentence stop or a line break
    return _repeat("全县各类学校的办学条件和教育教学质量得到进一步改善与提升，中小学校舍面积达到98.67%，")(size)


def _table_row(size: int) -> str:
    # a flattened table row of thousands of cells (a table pasted into one line)
    return "在校生人数（人） | " + _repeat("21500 | ")(size)


CASES: dict[str, tuple[Callable[[int], str], int]] = {
    # name: (text of a given size, smaller size); the larger size is four times the smaller
    "percent-run": (_repeat("达到98.67%,"), 10_000),
    "approximate-run": (_repeat("近百名多余以上"), 6_000),
    "dash-chain": (_dash_chain, 50_000),
    "enumeration-chain": (_repeat("1、2、3、"), 8_000),
    "sparse-figures-one-line": (_sparse_line, 50_000),
    "table-row-one-line": (_table_row, 10_000),
    # a blank after a long run of characters: no one-blank table row, refused in linear time
    "blank-after-a-long-word": (lambda size: "学" * max(0, size - 4) + " 1 x", 20_000),
    "blank-separated-digits": (_repeat("全市 1 2 3 4 5 6 7 8 9 "), 10_000),
}
_FACTOR = 4
_GENEROUS = 2 * _FACTOR  # twice linear; quadratic would give _FACTOR ** 2


def _cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        policyextract.extract(text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name", list(CASES))
def test_time_is_linear_in_the_input(name: str) -> None:
    make, size = CASES[name]
    policyextract.extract("全县新建学校3所。")  # compile the patterns outside the timing
    small, large = _cpu_seconds(make(size)), _cpu_seconds(make(_FACTOR * size))
    assert large / max(small, 0.01) <= _GENEROUS, f"{name}: {small:.3f} s → {large:.3f} s for {_FACTOR}x the text"


def test_a_megabyte_dash_chain_extracts_without_a_time_out() -> None:
    text = _dash_chain(1_000_000)
    figures = policyextract.extract(text)
    assert all(text[figure.start : figure.end] == figure.text for figure in figures)
