"""Stage specs: realistic sentences with every figure they hold, per ANNOTATION.md.

Each line of `specs/recognition.jsonl` is one case: a sentence and the full, ordered list of
its figures (text, kind, value, high, bound, unit); an empty list means the sentence holds no
figure at all. The extractor must find exactly those figures — nothing extra, nothing missing.

Cases the extractor still gets wrong are listed in `specs/known_gaps.txt` and run as strict
xfail: a gap that gets fixed turns the run red until its id is taken off the list (a ratchet).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

import policyextract
from policyextract.models import BOUNDS as MODEL_BOUNDS
from policyextract.models import KINDS as MODEL_KINDS

SPECS = Path(__file__).resolve().parent / "specs"
CASES_FILE = SPECS / "recognition.jsonl"
GAPS_FILE = SPECS / "known_gaps.txt"

MIN_CASES = 300
REL_TOLERANCE = 5e-4
KINDS = set(MODEL_KINDS)
BOUNDS = set(MODEL_BOUNDS)
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _load_cases() -> list[dict]:
    cases = []
    for number, line in enumerate(CASES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            case = json.loads(line)
            case["_line"] = number
            cases.append(case)
    return cases


def _load_gaps() -> dict[str, str]:
    gaps: dict[str, str] = {}
    if not GAPS_FILE.exists():
        return gaps
    for line in GAPS_FILE.read_text(encoding="utf-8").splitlines():
        case_id, _, reason = line.partition("#")
        if case_id.strip():
            gaps[case_id.strip()] = reason.strip()
    return gaps


CASES = _load_cases()
GAPS = _load_gaps()


def _params() -> list:
    params = []
    for case in CASES:
        marks = []
        if case["id"] in GAPS:
            marks.append(pytest.mark.xfail(strict=True, reason=f"known gap: {GAPS[case['id']]}"))
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _number(value) -> float | None:
    if value is None:
        return None
    return float(Decimal(str(value)))


def _same_value(kind: str, expected, got) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    if kind == "date" or isinstance(expected, str):
        # Dates are ISO-like strings; a masked year may be written 20xx or 20XX.
        return isinstance(got, str) and got.lower() == str(expected).lower()
    if isinstance(got, str):
        return False
    want, have = _number(expected), _number(got)
    return abs(want - have) <= REL_TOLERANCE * max(1.0, abs(want), abs(have))


def _describe(figure: dict) -> str:
    high = f"–{figure['high']}" if figure.get("high") is not None else ""
    return (
        f"{figure['text']!r} {figure['kind']} {figure['value']}{high} bound {figure['bound']} unit {figure['unit']!r}"
    )


def _as_dict(figure) -> dict:
    value = figure.value
    if isinstance(value, Decimal):
        value = float(value)
    high = float(figure.high) if figure.high is not None else None
    return {
        "text": figure.text,
        "kind": figure.kind,
        "value": value,
        "high": high,
        "bound": figure.bound,
        "unit": figure.unit,
    }


def _mismatches(expected: dict, got: dict) -> list[str]:
    problems = []
    for key in ("text", "kind", "bound", "unit"):
        if expected.get(key) != got.get(key):
            problems.append(f"{key} {got.get(key)!r} != {expected.get(key)!r}")
    if not _same_value(expected["kind"], expected.get("value"), got.get("value")):
        problems.append(f"value {got.get('value')!r} != {expected.get('value')!r}")
    # high is a number for every kind, a date range's last year too (2010-2011年 → 2011)
    if not _same_value("count", expected.get("high"), got.get("high")):
        problems.append(f"high {got.get('high')!r} != {expected.get('high')!r}")
    return problems


@pytest.mark.parametrize("case", _params())
def test_recognition_spec(case: dict) -> None:
    text = case["text"]
    got = [_as_dict(figure) for figure in policyextract.extract(text, doc_id=case["id"])]
    expected = case["figures"]
    header = f"[{case['id']}] {text}\n  ({case.get('note', '')})"
    want_lines = "\n".join(f"    {_describe(f)}" for f in expected) or "    (none)"
    got_lines = "\n".join(f"    {_describe(f)}" for f in got) or "    (none)"
    listing = f"\n  expected:\n{want_lines}\n  got:\n{got_lines}"
    assert [f["text"] for f in got] == [f["text"] for f in expected], f"{header}: figures differ{listing}"
    for want, have in zip(expected, got, strict=True):
        problems = _mismatches(want, have)
        assert not problems, f"{header}: {want['text']!r}: {'; '.join(problems)}{listing}"


def test_spec_file_is_well_formed() -> None:
    assert len(CASES) >= MIN_CASES, f"{CASES_FILE.name} has {len(CASES)} cases; at least {MIN_CASES} wanted"
    seen: dict[str, int] = {}
    for case in CASES:
        where = f"{CASES_FILE.name}:{case['_line']}"
        case_id = case.get("id", "")
        assert ID_PATTERN.match(case_id), f"{where}: id {case_id!r} is not an ASCII slug"
        assert case_id not in seen, f"{where}: id {case_id!r} already used on line {seen[case_id]}"
        seen[case_id] = case["_line"]
        assert case.get("text"), f"{where}: no text"
        assert case.get("note"), f"{where}: no note"
        position = 0
        for figure in case["figures"]:
            assert figure["kind"] in KINDS, f"{where}: kind {figure['kind']!r}"
            assert figure["bound"] in BOUNDS, f"{where}: bound {figure['bound']!r}"
            assert isinstance(figure["unit"], str), f"{where}: unit {figure['unit']!r}"
            found = case["text"].find(figure["text"], position)
            assert found >= 0, f"{where}: {figure['text']!r} not in the text in order"
            position = found + len(figure["text"])


def test_every_known_gap_is_a_case() -> None:
    ids = {case["id"] for case in CASES}
    unknown = sorted(set(GAPS) - ids)
    assert not unknown, f"{GAPS_FILE.name} lists ids with no case: {unknown}"
