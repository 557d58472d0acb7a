"""The numeral parser: a table of spellings, and agreement with cn2an on generated numbers."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyextract.numerals import NumberError, parse_number

TABLE = [
    ("2.8万", "28000"), ("三百万", "3000000"), ("13644.78万", "136447800"), ("一千二百五十", "1250"),
    ("1,234", "1234"), ("百", "100"), ("十二", "12"), ("二十三", "23"), ("两", "2"), ("零", "0"),
    ("二〇二五", "2025"), ("3亿5000万", "350000000"), ("一百零五", "105"), ("十万", "100000"),
    ("40.53亿", "4053000000"), ("一点五", "1.5"), ("两千", "2000"), ("一万二千", "12000"),
    ("491.6万", "4916000"), ("27000", "27000"), ("0.72", "0.72"), ("九十", "90"),
    # 零 marks a skipped order and is no digit: 一千零十二 is 1012, not 1002
    ("一千零十二", "1012"), ("三千零二十", "3020"), ("一万零二百", "10200"),
    # a last digit right after 百/千/万/亿 counts in the order below (elided unit)
    ("两千四百五", "2450"), ("三百六", "360"), ("一千二", "1200"), ("七万五", "75000"),
    ("两万三千五", "23500"), ("一亿二", "120000000"), ("五万零六", "50006"), ("三十六", "36"),
    # 亿 followed by 万 and lower orders
    ("四亿五千六百四十二万零一十五", "456420015"), ("三亿零八十万", "300800000"),
    # Chinese decimals, 廿 and 卅
    ("两千万点五", "20000000.5"), ("十二点零五", "12.05"), ("廿三", "23"), ("卅", "30"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "expected"), TABLE)
def test_parse_number_table(written: str, expected: str) -> None:
    assert parse_number(written) == Decimal(expected), written


@pytest.mark.parametrize("bad", ["", "abc", "万元", "1.2.3"])
def test_parse_number_rejects_non_numbers(bad: str) -> None:
    with pytest.raises(NumberError):
        parse_number(bad)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999))
def test_agrees_with_cn2an_on_chinese_numerals(number: int) -> None:
    written = cn2an.an2cn(number)
    assert parse_number(written) == Decimal(number), written


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_arabic_numbers_are_exact(number: Decimal) -> None:
    assert parse_number(str(number)) == number
