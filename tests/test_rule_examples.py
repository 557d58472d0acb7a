"""Runs every example that every recognition rule and non-figure filter carries."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from policyextract.filters import is_figure
from policyextract.normalize import normalize
from policyextract.recognize import recognize
from policyextract.rules import FILTERS, PASSES, RULES, Candidate, Example


def _figures(text: str):
    normalized = normalize(text)
    for candidate in recognize(normalized.text):
        if is_figure(candidate, normalized.text):
            start, end = normalized.to_source(candidate.start, candidate.end)
            yield text[start:end], start, end, candidate


def _cases(owner_kind: str, owners: dict) -> list:
    cases = []
    for name, owner in owners.items():
        for index, example in enumerate(owner.examples):
            label = "pos" if example.is_positive else "neg"
            cases.append(pytest.param(name, example, id=f"{owner_kind}-{name}-{label}{index}"))
    return cases


def _check_positive(owner: str, example: Example, rule_name: str | None) -> None:
    found = [figure for figure in _figures(example.text) if figure[0] == example.figure]
    got = [figure[0] for figure in _figures(example.text)]
    assert found, f"{owner}: {example.text!r} should yield {example.figure!r}; got {got}"
    _, _, _, candidate = found[0]
    context = f"{owner}: {example.text!r} → {example.figure!r}"
    if rule_name is not None:
        assert candidate.rule == rule_name, f"{context}: produced by {candidate.rule}"
    assert candidate.kind == example.kind, f"{context}: kind {candidate.kind}"
    assert candidate.value == example.value, f"{context}: value {candidate.value} != {example.value}"
    assert candidate.bound == example.bound, f"{context}: bound {candidate.bound}"
    assert candidate.high == example.high, f"{context}: high {candidate.high}"
    if example.unit is not None:
        assert candidate.unit == example.unit, f"{context}: unit {candidate.unit}"


def _overlapping(example: Example, figures) -> list:
    if not example.span:
        return list(figures)
    start = example.text.index(example.span)
    end = start + len(example.span)
    return [figure for figure in figures if figure[1] < end and start < figure[2]]


@pytest.mark.parametrize(("name", "example"), _cases("rule", RULES))
def test_rule_example(name: str, example: Example) -> None:
    if example.is_positive:
        _check_positive(f"rule {name}", example, name)
    else:
        produced = [f for f in _figures(example.text) if f[3].rule == name]
        wrong = _overlapping(example, produced)
        assert not wrong, f"rule {name}: {example.text!r} must not yield {[f[0] for f in wrong]} ({example.why})"


@pytest.mark.parametrize(("name", "example"), _cases("pass", PASSES))
def test_pass_example(name: str, example: Example) -> None:
    if example.is_positive:
        _check_positive(f"pass {name}", example, None)
    else:
        wrong = _overlapping(example, _figures(example.text))
        assert not wrong, f"pass {name}: {example.text!r} must not yield {[f[0] for f in wrong]} ({example.why})"


@pytest.mark.parametrize("name", sorted(PASSES))
def test_every_pass_has_positive_and_negative_examples(name: str) -> None:
    examples = PASSES[name].examples
    assert any(e.is_positive for e in examples), f"pass {name} has no positive example"
    assert any(not e.is_positive for e in examples), f"pass {name} has no negative example"


def test_no_stage_branches_on_a_rule_name() -> None:
    """Stages read a figure's kind, text and properties (in_table), never which rule found it."""
    import re
    from pathlib import Path

    import policyextract

    package = Path(policyextract.__file__).parent
    names = "|".join(re.escape(name) for name in [*RULES, *PASSES])
    branching = re.compile(rf"\.rule\s*(?:==|!=|in)\s*[\"'(\[{{]|[\"'](?:{names})[\"']\s*(?:==|!=)")
    offenders = [
        f"{path.name}:{number}"
        for path in package.rglob("*.py")
        if path.parent.name != "rules"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if branching.search(line)
    ]
    assert not offenders, f"stages branch on rule names: {offenders}"


@pytest.mark.parametrize(("name", "example"), _cases("filter", FILTERS))
def test_filter_example(name: str, example: Example) -> None:
    if example.is_positive:
        _check_positive(f"filter {name}", example, None)
    else:
        wrong = _overlapping(example, _figures(example.text))
        assert not wrong, f"filter {name}: {example.text!r} must not yield {[f[0] for f in wrong]} ({example.why})"


@pytest.mark.parametrize("name", sorted(RULES))
def test_every_rule_has_positive_and_negative_examples(name: str) -> None:
    examples = RULES[name].examples
    assert any(e.is_positive for e in examples), f"rule {name} has no positive example"
    assert any(not e.is_positive for e in examples), f"rule {name} has no negative example"


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_every_filter_has_a_negative_example(name: str) -> None:
    assert any(not e.is_positive for e in FILTERS[name].examples), f"filter {name} has no negative example"


def test_example_count_is_substantial() -> None:
    total = sum(len(rule.examples) for rule in RULES.values()) + sum(len(f.examples) for f in FILTERS.values())
    assert total >= 100, f"only {total} rule examples"


def test_with_bound_is_replace_of_the_bound() -> None:
    # Candidate.with_bound builds the copy by hand: it must carry every field, a new one too
    candidate = Candidate(3, 9, "count", Decimal(12), "所", "=", Decimal(15), "count", "12", True)
    assert candidate.with_bound(">=") == dataclasses.replace(candidate, bound=">=")
    assert [field.name for field in dataclasses.fields(Candidate)][-1] == "in_table"  # the last one it copies


def test_title_line_on_a_text_of_one_long_line() -> None:
    # the line is looked at through its first characters only (filters._head_line): the same
    # answer as reading it all, for a body line of any length and for a title padded with blanks
    body = "全县新建学校3所，新增学位1800个" * 2000
    [first, *_] = recognize(body)
    assert is_figure(first, body)
    padded = "西岭县2029年教育事业发展统计公报" + " " * 3000 + "\n全县共有学校86所，在校生3.2万人。"
    assert not is_figure(recognize(padded)[0], padded)
