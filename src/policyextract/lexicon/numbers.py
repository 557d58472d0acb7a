"""Numeral characters and magnitude words (data only)."""

from __future__ import annotations

from decimal import Decimal

CHINESE_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "贰": 2, "兩": 2,
    "三": 3, "叁": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip

# Units below 万 that multiply the digit before them.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

# Big magnitudes, largest first: parse_number splits on them in this order.
MAGNITUDES: tuple[tuple[str, Decimal], ...] = (
    ("亿", Decimal(10) ** 8),
    ("万", Decimal(10) ** 4),
)
