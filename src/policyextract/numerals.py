"""Numbers as written in Chinese policy texts → exact `Decimal` values.

`parse_number` takes a span already isolated by the recogniser (`2.8万`, `三百`, `13644.78万`,
`一千二百五十`, `1,234`, `百`) and returns its value. Approximation markers (`多`, `余`) are the
recogniser's business and must be removed before calling. cn2an is kept as a fallback for
exotic spellings only: it is slower, and it rejects forms like `五六百` that we never pass it.
"""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation
from typing import Final

from .errors import NumberError as NumberError  # re-exported: its old home
from .lexicon.numbers import CHINESE_DIGITS, MAGNITUDES, SMALL_UNITS

_NEIGHBOURS: Final = {("一", "二"), ("一", "两"), ("两", "三"), ("二", "三"), ("三", "四"), ("四", "五"),
               ("五", "六"), ("六", "七"), ("七", "八"), ("八", "九"), ("三", "五")}  # fmt: skip


def parse_approximate_pair(span: str) -> tuple[Decimal, Decimal] | None:
    """两三 → (2, 3), 五六百 → (500, 600), 三五 → (3, 5): two neighbouring digits make a range;
    after a round head, the next order down (一千二三百 → (1200, 1300), 一万二三千 → (12000, 13000)).
    None when `span` is not such a pair."""
    if len(span) < 2:
        return None
    if (span[0], span[1]) not in _NEIGHBOURS:
        return _pair_after_head(span)
    magnitude_text = span[2:]
    if magnitude_text and any(char not in "十百千万亿" for char in magnitude_text):
        return None
    magnitude = parse_number("一" + magnitude_text) if magnitude_text else Decimal(1)
    return Decimal(CHINESE_DIGITS[span[0]]) * magnitude, Decimal(CHINESE_DIGITS[span[1]]) * magnitude


_HEAD_MAGNITUDES: Final = "十百千万亿"
_NEXT_DOWN: Final = {"千": "百", "万": "千", "百": "十"}  # the order a pair after a head's magnitude is in


def _pair_after_head(span: str) -> tuple[Decimal, Decimal] | None:
    """一千二三百 → (1200, 1300): a round head, then a pair of neighbouring digits one order down."""
    for index in range(2, len(span) - 2):
        if (span[index], span[index + 1]) in _NEIGHBOURS and span[index - 1] in _HEAD_MAGNITUDES:
            head, rest = span[:index], span[index + 2 :]
            if rest != _NEXT_DOWN.get(head[-1]):
                return None  # 一千二三 (no order named) or 一万二三百 (an order skipped): no such range
            pair = parse_approximate_pair(span[index:])
            if pair is None:
                return None
            try:
                base = parse_number(head)
            except (NumberError, KeyError):
                return None
            return base + pair[0], base + pair[1]
    return None


# A document repeats its numbers (1, 2, 100, its years): each span is parsed once per process
# while it stays among the most recent (Decimal values are immutable, so sharing them is safe).
@functools.lru_cache(maxsize=4096)
def parse_number(span: str) -> Decimal:
    """Value of one isolated numeral span, Arabic, Chinese or mixed."""
    text = span.strip().replace(",", "").replace("，", "").replace(" ", "")
    if not text:
        raise NumberError("empty number")
    if "廿" in text or "卅" in text:
        text = text.replace("廿", "二十").replace("卅", "三十")  # 廿三 = 23, 卅 = 30
    total = Decimal(0)
    last_magnitude: Decimal | None = None
    # Split on the big magnitudes from the largest down: 3亿5000万 = 3*10^8 + 5000*10^4.
    for magnitude_char, magnitude in MAGNITUDES:
        if magnitude_char in text:
            head, _, text = text.partition(magnitude_char)
            head_value = _parse_below_wan(head) if head else Decimal(1)
            total += head_value * magnitude
            last_magnitude = magnitude
    if text:
        elided = text in CHINESE_DIGITS or text in "123456789"  # 三万五, 1万2: 35000, 12000
        if last_magnitude is not None and len(text) == 1 and elided and text not in _ZEROS:
            # 三万五 = 35000, 一亿二 = 1.2亿: a lone digit after a magnitude counts in the next
            # order down (with 零 between it would be units: 三万零五 = 30005).
            digit = CHINESE_DIGITS[text] if text in CHINESE_DIGITS else int(text)
            return total + Decimal(digit) * last_magnitude / 10
        total += _parse_below_wan(text)
    return total


_ZEROS: Final = frozenset("零〇○Ｏ")


def _parse_below_wan(text: str) -> Decimal:
    """A number under 10^4 (or any plain Arabic number): `2.8`, `三百`, `一千零五`, `十二`."""
    if _is_arabic(text):
        try:
            return Decimal(text)
        except InvalidOperation as error:  # pragma: no cover - guarded by _is_arabic
            raise NumberError(text) from error
    if all(char in CHINESE_DIGITS for char in text) and len(text) > 1 and "十" not in text:
        # Digit-by-digit spelling, as in years: 二〇二五 → 2025.
        return Decimal("".join(str(CHINESE_DIGITS[char]) for char in text))
    total = 0
    pending: int | None = None
    last_unit = 0
    for char in text:
        if char in _ZEROS:
            pending = None  # 一千零十二: 零 only marks a skipped order, it is no digit of 十
        elif char in CHINESE_DIGITS:
            pending = CHINESE_DIGITS[char]
        elif char.isdigit() and char.isascii():
            pending = int(char) if pending is None else pending * 10 + int(char)
        elif char in SMALL_UNITS:
            total += (1 if pending is None else pending) * SMALL_UNITS[char]
            pending, last_unit = None, SMALL_UNITS[char]
        elif char == "点":
            return Decimal(total + (pending or 0)) + _fraction(text.split("点", 1)[1])
        else:
            return _fallback(text)
    if pending is not None:
        # 两千四百五 = 2450, 一千二 = 1200: a last digit right after 百 or 千 counts in the order
        # below it (after 零, or after 十, it is units: 一千零五, 三十五).
        elided = last_unit >= 100 and text[-2:-1] in SMALL_UNITS and text[-1] in CHINESE_DIGITS
        total += pending * (last_unit // 10 if elided else 1)
    return Decimal(total)


def _fraction(digits: str) -> Decimal:
    if not digits or any(char not in CHINESE_DIGITS for char in digits):
        raise NumberError(f"bad decimal part {digits!r}")
    return Decimal("0." + "".join(str(CHINESE_DIGITS[char]) for char in digits))


def _is_arabic(text: str) -> bool:
    if not text or text.count(".") > 1:
        return False
    return all(char.isascii() and (char.isdigit() or char == ".") for char in text) and text != "."


def _fallback(text: str) -> Decimal:
    """cn2an, imported lazily, for spellings the table-driven parser does not know."""
    try:
        import cn2an

        return Decimal(str(cn2an.cn2an(text, "smart")))
    except Exception as error:  # cn2an raises bare ValueError and friends
        raise NumberError(f"not a number: {text!r}") from error
