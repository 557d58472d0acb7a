"""The cut-down patterns of dispatch.py match exactly as the master pattern does.

At each position of each text, the pattern `rules_for` picks from the match's first character
and the end of the number run must give the master pattern's match: the same span and the same
groups (so the same rule and the same figure). Texts: every example of every rule, filter and
pass, the seed and authored fixture documents, and variants built from the lexicon's units with
the things that stand between a number and its unit (余/多/几/来, ranges, magnitudes, masks,
spaces).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from policyextract.dispatch import NUMBER_RUN, reach_of
from policyextract.normalize import normalize
from policyextract.patterns import WORD_LISTS
from policyextract.recognize import _ordered_rules, _reaches, master_pattern, rules_before, rules_pattern
from policyextract.rules import FILTERS, PASSES, RULES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _mismatches(text: str, classifiers: tuple[str, ...] = ()) -> list[str]:
    master = master_pattern(classifiers)
    wrong = []
    for position in range(len(text)):
        run_end = NUMBER_RUN.match(text, position).end()  # type: ignore[union-attr]
        pattern = rules_pattern(rules_before(text[run_end : run_end + 1], classifiers), classifiers)
        expected, got = master.match(text, position), pattern.match(text, position)
        if (expected is None) != (got is None) or (
            expected is not None
            and got is not None
            and (expected.span() != got.span() or _groups(expected) != _groups(got))
        ):
            wrong.append(f"{text[max(0, position - 10) : position + 20]!r} at {position}: {expected} != {got}")
    return wrong


def _groups(match) -> dict[str, str]:
    return {name: value for name, value in match.groupdict().items() if value is not None}


def test_every_rule_is_read() -> None:
    # a rule the analysis cannot read is kept at every position: right, but as slow as before
    unread = [rule.name for rule, reach in zip(_ordered_rules(), _reaches(), strict=True) if reach is None]
    assert not unread


def test_most_positions_need_few_rules() -> None:
    # the point of the dispatch: a count's position is not tried against percentages and dates
    count_rules = set(rules_before("所"))
    assert "count" in count_rules and "percent_sign" not in count_rules and "duration" not in count_rules
    assert "count" not in rules_before("%")
    assert len(rules_before("名")) < len(_ordered_rules()) / 2


def _example_texts() -> list[str]:
    owners = [*RULES.values(), *FILTERS.values(), *PASSES.values()]
    return sorted({normalize(example.text).text for owner in owners for example in owner.examples})


def test_the_same_matches_on_every_example() -> None:
    wrong = [problem for text in _example_texts() for problem in _mismatches(text)]
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize("corpus", ["seeds", "authored"])
def test_the_same_matches_on_the_fixture_documents(corpus: str) -> None:
    wrong = []
    for path in sorted((FIXTURES / corpus).glob("*.txt")):
        wrong += _mismatches(normalize(path.read_text(encoding="utf-8")).text)
    assert not wrong, "\n".join(wrong[:20])


_NUMBERS = ["3", "12.5", "1,200", "三", "二十", "两千", "3万", "1.2亿", "XX", "一九八五", "2025", "112"]
_BETWEEN = ["", "余", "多", "几", "来", "万余", " ", "-5", "至8", "—10", "~4", "到十", ".5"]
_BEFORE = ["", "第", "前", "近", "共", "达", "率为", "比为", "系数为", "民国", "全市", "经费", "$", "比例为", "年和"]
_AFTER = ["以上", "左右", "", "。", "年", "月", "日", "的", ":1", "∶1", "比", "成", "倍", "%", "个百分点"]


def _unit_words() -> list[str]:
    words = {word for name, words in WORD_LISTS.items() for word in words if name.endswith(("units", "classifiers"))}
    return sorted(words)


def test_the_same_matches_on_generated_variants() -> None:
    # every unit of the lexicon after numbers of each kind, with each mark that can stand between;
    # then every kind of number with what can stand before and after it
    texts = [
        f"全市{number}{between}{unit}以上"
        for number, between, unit in itertools.product(_NUMBERS[::3], _BETWEEN, _unit_words())
    ]
    texts += [
        f"{before}{number}{between}{after}"
        for before, number, between, after in itertools.product(_BEFORE, _NUMBERS, _BETWEEN[::2], _AFTER[::2])
    ]
    wrong = [problem for text in texts for problem in _mismatches(text)]
    assert not wrong, "\n".join(wrong[:20])


def test_extra_classifiers_are_read() -> None:
    classifiers = ("枚", "羽")
    assert "count" in rules_before("枚", classifiers)
    wrong = [
        problem for text in ["全市共有奖牌3枚", "共养鸽5羽以上", "3余枚"] for problem in _mismatches(text, classifiers)
    ]
    assert not wrong


def test_the_reach_of_a_pattern() -> None:
    lists = {"units": ["个", "万人"]}
    reach = reach_of(r"[0-9]++ (?: 余 | 多 )? \L<units>", lists)
    assert reach is not None
    assert reach.can_end_run_before("个") and reach.can_end_run_before("人")  # 3万人: 万 is in the run
    assert not reach.can_end_run_before("%") and not reach.can_end_run_before("")
    # a back-reference counts as its group; a negated set as any character
    dated = reach_of(r"[0-9]{4} (?P<sep> [-/] ) [0-9]{2} (?P=sep) [0-9]{2}", lists)
    assert dated is not None and dated.can_end_run_before("-") and not dated.can_end_run_before("年")
    anything = reach_of(r"[0-9]+ [^。]", lists)
    assert anything is not None and anything.can_end_run_before("年")
    # lookarounds consume nothing: a rule that may consume number characters only is kept
    # whatever follows them
    rate = reach_of(r"(?<= 率 ) [0-9]+ (?= % ) (?: \.[0-9]+ )?", lists)
    assert rate is not None and rate.can_end_run_before("。")
    assert reach_of(r"(?<= 率 ) [0-9]+ (?= % ) 个", lists) == reach_of(r"[0-9]+ 个", lists)
    assert reach_of(r"\p{Han}", lists) is None  # not Python's syntax: the rule is kept everywhere
