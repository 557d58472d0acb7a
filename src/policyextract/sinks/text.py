r"""A lossless escape for the characters that some stores refuse: lone surrogates and NUL.

A file name that is not valid UTF-8 reaches Python (os.listdir, sys.argv) as a str holding lone
surrogates U+DC80–U+DCFF (the `surrogateescape` error handler); UTF-8 files, SQLite, PostgreSQL
and Arrow refuse to encode them. PostgreSQL text also refuses U+0000 (NUL), which a scraped page
may carry. So every table sink (CSV, Parquet, SQLite, SQLAlchemy/PostgreSQL, and Dask) writes each
such character as the six ASCII characters `\uXXXX` (lower-case hex):

    "a\udcff.txt"  → "a\\udcff.txt"        "x\x00y" → "x\\u0000y"

To keep this reversible, a run of backslashes that stands right before such a character, or right
before text that already reads `uXXXX` for one of them, is doubled. `unescape_text` undoes it
exactly, and `os.fsencode(unescape_text(doc_id))` gives back the original bytes of a file name.
Any other text (all of normal Chinese text, and backslashes anywhere else) is left as it is. JSONL
needs none of this: JSON has its own escapes (`\udcff`, `\u0000`) that every JSON reader undoes.
"""

from __future__ import annotations

import re

# a character to escape, or a run of backslashes that must be doubled because an escape follows it
_ENCODE = re.compile(r"[\x00\ud800-\udfff]|\\+(?=[\x00\ud800-\udfff]|u(?:0000|d[89a-f][0-9a-f]{2}))")
_DECODE = re.compile(r"(\\+)u(0000|d[89a-f][0-9a-f]{2})")
_NEEDS_ESCAPE = re.compile(r"[\x00\ud800-\udfff\\]")  # a quick test: most text has none of these


def _encode_match(match: re.Match[str]) -> str:
    found = match[0]
    if found[0] == "\\":
        return found * 2
    return f"\\u{ord(found):04x}"


def _decode_match(match: re.Match[str]) -> str:
    backslashes, code = match[1], match[2]
    kept = "\\" * (len(backslashes) // 2)
    return kept + (chr(int(code, 16)) if len(backslashes) % 2 else "u" + code)


def escape_text(text: str) -> str:
    r"""`text` with NUL and lone surrogates written as `\uXXXX`: valid UTF-8 and storable anywhere."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return _ENCODE.sub(_encode_match, text)


def unescape_text(text: str) -> str:
    """The inverse of `escape_text`: unescape_text(escape_text(s)) == s for every str s."""
    if "\\" not in text:
        return text
    return _DECODE.sub(_decode_match, text)
