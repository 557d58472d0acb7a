"""Measure the extractor against annotated documents: `NAME.gold.json` beside `NAME.txt`.

    evaluation = policyextract.evaluate("my_gold/")          # runs the extractor
    evaluation = policyextract.evaluate("my_gold/", predictions=records)   # scores given records
    print(evaluation.value.f1, evaluation.record.f1, evaluation.field_accuracy("metric"))

The measures are those of the shared scorer (`shared/eval/score.py`, version 2), so the numbers
agree with it to the last printed decimal:

- a predicted figure and a gold figure *match* when their spans overlap; the pairs with the
  largest overlap are taken first, each figure at most once (span P/R/F1);
- a match is right in *value* when the kind, the number (and range end) and the class of the
  bound agree (value P/R/F1);
- a match is a right *record* when its value is right and so are the metric, modality, role
  and time wherever the gold gives them (dates and durations: the value alone);
- a gold figure marked `ignore` neither rewards nor punishes: the prediction matched to it, or
  overlapping it, is not counted.

The gold format is described in docs/gold-format.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import models
from .errors import GoldError, PredictionError

if TYPE_CHECKING:
    from .extractor import Extractor
    from .models import Figure

# The values a gold figure may hold are the record's own (one source of truth: models.py).
KINDS = frozenset(models.KINDS)
BOUNDS = frozenset(models.BOUNDS)
MODALITIES = frozenset(models.MODALITIES)
ROLES = frozenset(models.ROLES)
FIGURE_KEYS = frozenset(
    {"left", "text", "kind", "value", "high", "bound", "unit", "metric", "modality", "role", "time", "ignore", "note"}
)
FIELDS = ("metric", "modality", "role", "time")
UNSCORED_FIELDS_KINDS = frozenset({"date", "duration"})  # their value is all there is to them

# Other spellings a prediction file may use for a kind or a bound (the scorer accepts them too).
KIND_ALIASES = {
    "percent": "percentage",
    "pct": "percentage",
    "pp": "percentage_point",
    "percentage_points": "percentage_point",
    "percent_point": "percentage_point",
    "amount": "money",
    "currency": "money",
    "number": "count",
    "quantity": "count",
}
BOUND_CLASS: dict[str | None, str] = {
    **dict.fromkeys(("=", "==", "eq", "exact", None), "="),
    **dict.fromkeys(("~", "approx", "about"), "~"),
    **dict.fromkeys((">=", ">", "at_least", "more_than", "gte", "gt"), ">"),
    **dict.fromkeys(("<=", "<", "at_most", "less_than", "lte", "lt"), "<"),
}
_PARENTHETICAL = re.compile(r"[(（][^()（）]*[)）]")
_DATE = re.compile(r"^(\d{4}|[0-9]{2}[xX*]{2}|[xX*]{4}|\?{4})?(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_TIME_YEAR = re.compile(r"\d{4}|20[xX*]{2}")


# ---------------------------------------------------------------------------------------------
# gold files


@dataclass(frozen=True)
class GoldFigure:
    """One annotated figure, placed in its document (`start`/`end` found from `left`+`text`)."""

    text: str
    start: int
    end: int
    kind: str
    value: Any  # a number, a date string ("2025-09-01", "20xx"), or None where the source masks it
    high: Any = None  # a number; for a date range, its last date as a string
    bound: str = "="
    unit: str | None = None
    metric: str | None = None
    modality: str | None = None
    role: str | None = None
    time: str | None = None
    ignore: bool = False


@dataclass(frozen=True)
class GoldDocument:
    """A document's text and its gold figures in document order."""

    name: str  # NAME of NAME.txt / NAME.gold.json
    doc_id: str  # the gold's doc_id, which predictions carry; NAME when the gold names none
    text: str
    figures: tuple[GoldFigure, ...]
    doc_year: int | None = None


def gold_paths(folder: str | Path) -> list[Path]:
    """The `*.gold.json` files of a folder (not recursive), sorted by name."""
    return sorted(Path(folder).glob("*.gold.json"))


def load_gold(path: str | Path) -> GoldDocument:
    """Read `NAME.gold.json` and the `NAME.txt` beside it; raise `GoldError` listing every problem."""
    path = Path(path)
    name = path.name.removesuffix(".gold.json")
    text_path = path.with_name(f"{name}.txt")
    if not text_path.is_file():
        raise GoldError(f"{path}: no {text_path.name} beside it (a gold file annotates the text file of its name)")
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{text_path}: cannot be read as UTF-8 text ({error})") from error
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot be read ({error})") from error
    except json.JSONDecodeError as error:
        raise GoldError(f"{path}: not JSON: {error.msg} at line {error.lineno} column {error.colno}") from error
    if not isinstance(gold, dict) or not isinstance(gold.get("figures", []), list):
        raise GoldError(f'{path}: must be a JSON object with a list of figures under "figures"')
    problems: list[str] = []
    figures = [
        figure
        for number, raw in enumerate(gold.get("figures", []))
        if (figure := _gold_figure(raw, number, text, problems)) is not None
    ]
    placed = sorted(figures, key=lambda figure: (figure.start, figure.end))
    for first, second in pairwise(placed):
        if second.start < first.end:
            problems.append(f"figures {first.text!r} and {second.text!r} overlap")
    if problems:
        shown = "\n  ".join(problems[:10]) + (f"\n  … and {len(problems) - 10} more" if len(problems) > 10 else "")
        raise GoldError(f"{path}: {len(problems)} problem(s):\n  {shown}")
    doc_year = gold.get("doc_year")
    return GoldDocument(
        name=name,
        doc_id=str(gold.get("doc_id") or name),
        text=text,
        figures=tuple(figures),
        doc_year=doc_year if isinstance(doc_year, int) else None,
    )


def _gold_figure(raw: object, number: int, text: str, problems: list[str]) -> GoldFigure | None:
    """The figure placed in `text`, or None with its problems noted (numbered from 0, as the scorer does)."""
    if not isinstance(raw, dict):
        problems.append(f"figure #{number}: must be a JSON object, not {type(raw).__name__}")
        return None
    left, core = raw.get("left", ""), raw.get("text")
    where = f"figure #{number} {left!r}+{core!r}"
    unknown = set(raw) - FIGURE_KEYS
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)} (known: {', '.join(sorted(FIGURE_KEYS))})")
    if not isinstance(left, str):
        problems.append(f"{where}: left must be a string")
        return None
    if not core or not isinstance(core, str):
        problems.append(f"{where}: text must be a non-empty string")
        return None
    occurrences = text.count(left + core)
    if occurrences != 1:
        problems.append(
            f"{where}: left+text occurs {occurrences} times in the document (it must occur exactly once;"
            + (" lengthen left)" if occurrences else " copy both exactly from the .txt file)")
        )
        return None
    start = text.index(left + core) + len(left)
    kind, value = raw.get("kind"), raw.get("value")
    for key, allowed in (("kind", KINDS), ("modality", MODALITIES), ("role", ROLES), ("bound", BOUNDS)):
        given = raw.get(key, "=" if key == "bound" else None)
        if not (isinstance(given, str) and given in allowed):  # a list or an object is no name either
            problems.append(f"{where}: unknown {key} {given!r} (one of {', '.join(sorted(allowed))})")
    for key in ("metric", "time", "unit"):
        if raw.get(key) is not None and not isinstance(raw.get(key), str):
            problems.append(f"{where}: {key} must be a string or null, not {raw.get(key)!r}")
    high = raw.get("high")
    if high is not None and not (isinstance(high, str) if kind == "date" else _is_number(high)):
        problems.append(f"{where}: high must be {'a date string' if kind == 'date' else 'a number'}, not {high!r}")
    if kind == "date":
        if value is not None and not isinstance(value, str):
            problems.append(f'{where}: a date\'s value must be a string such as "2025-09-01" or null')
    elif value is not None and not _is_number(value):
        problems.append(f"{where}: value must be a number or null, not {value!r}")
    return GoldFigure(
        text=core,
        start=start,
        end=start + len(core),
        kind=str(kind),
        value=value,
        high=raw.get("high"),
        bound=raw.get("bound", "="),
        unit=raw.get("unit"),
        metric=raw.get("metric"),
        modality=raw.get("modality"),
        role=raw.get("role"),
        time=raw.get("time"),
        ignore=bool(raw.get("ignore")),
    )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def load_gold_folder(folder: str | Path) -> list[GoldDocument]:
    """Every gold document of a folder; `GoldError` when it is no folder or holds no gold file."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such folder (give the folder holding NAME.txt and NAME.gold.json)")
    paths = gold_paths(folder)
    if not paths:
        raise GoldError(f"{folder}: no NAME.gold.json files in it (see docs/gold-format.md)")
    return [load_gold(path) for path in paths]


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines file (as `policyextract extract --format jsonl` writes)."""
    records: list[dict[str, Any]] = []
    try:
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise PredictionError(f"{path}: line {number}: not JSON ({error.msg})") from error
                if not isinstance(record, dict):
                    raise PredictionError(f"{path}: line {number}: a record must be a JSON object")
                records.append(record)
    except (OSError, UnicodeDecodeError) as error:
        raise PredictionError(f"{path}: cannot be read ({error})") from error
    return records


# ---------------------------------------------------------------------------------------------
# comparing one gold figure with one prediction


def normal_kind(kind: object) -> str:
    text = str(kind or "").lower()
    return KIND_ALIASES.get(text, text)


def _date_parts(value: object) -> tuple[str, str | None, str | None] | None:
    """'2025-09-01' → ('2025', '09', '01'); '20xx' → ('x', None, None); 'XXXX-09-01' → ('x', '09', '01')."""
    if value is None:
        return None
    if isinstance(value, Mapping):  # a structured date
        year, month, day = value.get("year"), value.get("month"), value.get("day")
        return (str(year) if year else "x", f"{int(month):02d}" if month else None, f"{int(day):02d}" if day else None)
    found = _DATE.match(str(value))
    if not found or not any(found.groups()):
        return ("?", None, None)
    year, month, day = found.groups()
    return (
        year if year and year.isdigit() else "x",
        f"{int(month):02d}" if month else None,
        f"{int(day):02d}" if day else None,
    )


def _same_number(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        x, y = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= 5e-4 * max(1.0, abs(x), abs(y))


def value_right(gold: GoldFigure, predicted: Mapping[str, Any]) -> bool:
    """The number (and range end) agree; a date agrees in year, month and day as written."""
    if gold.kind == "date":
        gold_parts, predicted_parts = _date_parts(gold.value), _date_parts(predicted.get("value"))
        if gold_parts is None or predicted_parts is None:
            return (gold_parts is None and predicted_parts is None) or (
                gold_parts is None and predicted_parts is not None and predicted_parts[0] == "x"
            )
        return gold_parts == predicted_parts
    if not _same_number(gold.value, predicted.get("value")):
        return False
    if gold.high is None:  # no range: a prediction may still repeat its value as the high end
        return predicted.get("high") is None or _same_number(predicted.get("high"), predicted.get("value"))
    return _same_number(gold.high, predicted.get("high"))


def _common_subsequence(a: str, b: str) -> int:
    previous = [0] * (len(b) + 1)
    for char_a in a:
        current = [0]
        for j, char_b in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if char_a == char_b else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def metric_right(gold: GoldFigure, predicted: Mapping[str, Any]) -> bool | None:
    """None where the gold names no metric. Right when the prediction holds the whole gold
    phrase and is at most about twice as long (义务教育阶段初中学生 for 初中学生), or when their
    longest common subsequence covers both (F ≥ 0.7); parentheticals aside. 招生 for 小学招生
    and 初中入学率 for 小学入学率 are wrong."""
    wanted, given = gold.metric, predicted.get("metric")
    if isinstance(given, Mapping):
        given = given.get("text") or given.get("name")
    if not wanted:
        return None
    if not given:
        return False
    wanted = _PARENTHETICAL.sub("", wanted) or wanted
    given = _PARENTHETICAL.sub("", str(given)) or str(given)
    common = _common_subsequence(wanted, given)
    if common == len(wanted) and len(given) <= 2 * len(wanted) + 4:  # more specific than the gold: fine
        return True
    return 2 * common / (len(wanted) + len(given)) >= 0.7


def _time_text(time: object) -> str | None:
    if time is None:
        return None
    if isinstance(time, Mapping):  # the record's TimeRef: its text, year and raw form together
        return " ".join(str(time[key]) for key in ("text", "year", "raw") if time.get(key) is not None)
    return str(time)


def time_right(gold: GoldFigure, predicted: Mapping[str, Any]) -> bool | None:
    """None where the gold gives no time. Every year the gold writes must be in the predicted
    time; else the gold's time word (without 到/截至… before it or 前/底/末 after it)."""
    if not gold.time:
        return None
    given = _time_text(predicted.get("time"))
    if not given:
        return False
    years = _TIME_YEAR.findall(gold.time)
    if years:
        return all(year.lower() in given.lower() for year in years)
    key = re.sub(r"^(到|在|至|截至|截止)", "", gold.time).rstrip("前底末内")
    return key in given


def _field_checks(gold: GoldFigure, predicted: Mapping[str, Any]) -> dict[str, bool | None]:
    return {
        "metric": metric_right(gold, predicted),
        "modality": predicted.get("modality") == gold.modality,
        "role": predicted.get("role", "level") == gold.role,
        "time": time_right(gold, predicted),
    }


# ---------------------------------------------------------------------------------------------
# the measures


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of `tp` right out of `predicted` predictions and `gold` figures."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "p": self.precision,
            "r": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "pred": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Tally:
    """Counts of one group (all, a kind, a document): gold figures, matches, false positives."""

    gold: int = 0
    tp_span: int = 0
    tp_value: int = 0
    tp_record: int = 0
    fp: int = 0

    @property
    def predicted(self) -> int:  # a prediction matched to or overlapping an ignored figure is not counted
        return self.tp_span + self.fp

    @property
    def span(self) -> Score:
        return Score(self.tp_span, self.predicted, self.gold)

    @property
    def value(self) -> Score:
        return Score(self.tp_value, self.predicted, self.gold)

    @property
    def record(self) -> Score:
        return Score(self.tp_record, self.predicted, self.gold)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "fp": self.fp,
            "value_f1": self.value.f1,
            "record_f1": self.record.f1,
            "value": self.value.to_dict(),
            "record": self.record.to_dict(),
        }


@dataclass(frozen=True)
class Mistake:
    """One error: `what` is FN (missed), FP (invented), VALUE, METRIC, MODALITY, ROLE or TIME."""

    what: str
    doc_id: str
    text: str  # the figure's text
    gold: str  # the gold side (for FN/FP: the text around the figure)
    predicted: str  # the predicted side (for FN/FP: the kind)

    def __str__(self) -> str:
        return " | ".join((self.what, self.doc_id, self.text, self.gold, self.predicted))


@dataclass
class Evaluation:
    """Every measure of one scoring run; `str(evaluation)` is the report `policyextract eval` prints."""

    overall: Tally = field(default_factory=Tally)
    kinds: dict[str, Tally] = field(default_factory=dict)
    docs: dict[str, Tally] = field(default_factory=dict)
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    field_scored: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    matched_right: dict[str, int] = field(default_factory=lambda: {"kind": 0, "value": 0, "bound": 0})
    mistakes: list[Mistake] = field(default_factory=list)

    @property
    def span(self) -> Score:
        return self.overall.span

    @property
    def value(self) -> Score:
        return self.overall.value

    @property
    def record(self) -> Score:
        return self.overall.record

    def field_accuracy(self, name: str) -> float | None:
        """The share of matched figures whose `name` (metric, modality, role, time) is right,
        among those where the gold gives one; None where none was scored."""
        scored = self.field_scored[name]
        return self.field_right[name] / scored if scored else None

    def matched_accuracy(self, name: str) -> float:
        """The share of matched spans whose kind, value or bound class is right."""
        return self.matched_right[name] / (self.overall.tp_span or 1)

    def summary_line(self) -> str:
        return f"value_F1={self.value.f1:.3f} record_F1={self.record.f1:.3f}"

    def report(self, *, by_kind: bool = False, by_doc: bool = False, errors: int = 0) -> str:
        """The measures as text, the summary line last (the layout of the shared scorer)."""
        lines = []
        for name, score in (("span", self.span), ("value", self.value), ("record", self.record)):
            lines.append(
                f"{name:7s} P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}"
                f"  (tp={score.tp} pred={score.predicted} gold={score.gold})"
            )
        lines.append(
            "on matched spans: "
            + "  ".join(f"{name} {self.matched_accuracy(name):.3f}" for name in ("kind", "value", "bound"))
        )
        for name in FIELDS:
            accuracy = self.field_accuracy(name)
            if accuracy is not None:
                lines.append(f"  {name:9s} accuracy {accuracy:.3f} (n={self.field_scored[name]})")
        if by_kind:
            for kind, tally in sorted(self.kinds.items()):
                value = tally.value
                lines.append(
                    f"  kind {kind:17s} gold={tally.gold:4d} value-F1={value.f1:.3f} P={value.precision:.3f}"
                    f" R={value.recall:.3f} record-F1={tally.record.f1:.3f} fp={tally.fp}"
                )
        if by_doc:
            for doc_id, tally in sorted(self.docs.items()):
                lines.append(
                    f"  doc {doc_id:24s} gold={tally.gold:4d} value-F1={tally.value.f1:.3f}"
                    f" record-F1={tally.record.f1:.3f} fp={tally.fp}"
                )
        lines.extend(f"   {mistake}" for mistake in self.mistakes[:errors])
        lines.append(self.summary_line())
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.report()

    def to_dict(self) -> dict[str, Any]:
        """Everything, as JSON-ready data (the shared scorer's `--json` layout, with more)."""
        return {
            "overall": {name: getattr(self, name).to_dict() for name in ("span", "value", "record")},
            "matched": {name: self.matched_accuracy(name) for name in ("kind", "value", "bound")},
            "fields": {name: {"accuracy": self.field_accuracy(name), "n": self.field_scored[name]} for name in FIELDS},
            "kinds": {kind: tally.to_dict() for kind, tally in sorted(self.kinds.items())},
            "docs": {doc_id: tally.to_dict() for doc_id, tally in sorted(self.docs.items())},
            "errors": [mistake.__dict__ for mistake in self.mistakes],
            "value_F1": self.value.f1,
            "record_F1": self.record.f1,
        }


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 12) : end + 6]


def _pair(gold: Sequence[GoldFigure], predicted: Sequence[Mapping[str, Any]]) -> dict[int, int]:
    """gold index → prediction index: overlapping spans, the largest overlap first, each once."""
    pairs = sorted(
        (
            (min(g.end, p["end"]) - max(g.start, p["start"]), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if min(g.end, p["end"]) - max(g.start, p["start"]) > 0
        ),
        reverse=True,  # ties: the later figure first, as the shared scorer does
    )
    gold_to_predicted: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in gold_to_predicted and pi not in taken:
            gold_to_predicted[gi] = pi
            taken.add(pi)
    return gold_to_predicted


def _score_document(document: GoldDocument, predicted: Sequence[Mapping[str, Any]], evaluation: Evaluation) -> None:
    doc_id = document.doc_id
    predicted = [p for p in predicted if isinstance(p.get("start"), int) and isinstance(p.get("end"), int)]
    matches = _pair(document.figures, predicted)
    doc = evaluation.docs.setdefault(doc_id, Tally())
    for gi, gold in enumerate(document.figures):
        if gold.ignore:
            continue
        groups = (evaluation.overall, evaluation.kinds.setdefault(gold.kind, Tally()), doc)
        for tally in groups:
            tally.gold += 1
        if gi not in matches:
            evaluation.mistakes.append(
                Mistake("FN", doc_id, gold.text, _context(document.text, gold.start, gold.end), gold.kind)
            )
            continue
        prediction = predicted[matches[gi]]
        kind_ok = normal_kind(prediction.get("kind")) == gold.kind
        value_ok = kind_ok and value_right(gold, prediction)
        bound = prediction.get("bound")
        bound = bound if bound is None or isinstance(bound, str) else str(bound)  # a list would not hash
        bound_ok = BOUND_CLASS.get(bound, bound) == BOUND_CLASS.get(gold.bound)
        for name, right in (("kind", kind_ok), ("value", value_ok), ("bound", bound_ok)):
            evaluation.matched_right[name] += right
        full_value = value_ok and bound_ok
        if not full_value:
            evaluation.mistakes.append(
                Mistake(
                    "VALUE",
                    doc_id,
                    gold.text,
                    f"gold {gold.kind} {gold.value} {_blank(gold.high)} {gold.bound}",
                    f"pred {prediction.get('kind')} {prediction.get('value')} {_blank(prediction.get('high'))} {bound}",
                )
            )
        fields_ok = True
        if gold.kind not in UNSCORED_FIELDS_KINDS:
            for name, ok in _field_checks(gold, prediction).items():
                if ok is None:
                    continue
                evaluation.field_scored[name] += 1
                evaluation.field_right[name] += ok
                if not ok:
                    fields_ok = False
                    evaluation.mistakes.append(
                        Mistake(
                            name.upper(),
                            doc_id,
                            gold.text,
                            f"gold {getattr(gold, name)}",
                            f"pred {prediction.get(name)}",
                        )
                    )
        for tally in groups:
            tally.tp_span += 1
            tally.tp_value += full_value
            tally.tp_record += full_value and fields_ok
    matched = set(matches.values())
    for pi, prediction in enumerate(predicted):
        if pi in matched:
            continue
        start, end = prediction["start"], prediction["end"]
        if any(g.ignore and min(g.end, end) - max(g.start, start) > 0 for g in document.figures):
            continue  # touches a figure the gold leaves unjudged
        kind = normal_kind(prediction.get("kind"))
        for tally in (evaluation.overall, evaluation.kinds.setdefault(kind, Tally()), doc):
            tally.fp += 1
        evaluation.mistakes.append(
            Mistake("FP", doc_id, document.text[start:end], _context(document.text, start, end), kind)
        )


def _blank(value: object) -> str:
    return "" if value is None else str(value)


def score(documents: Iterable[GoldDocument], predictions: Iterable[Mapping[str, Any] | Figure]) -> Evaluation:
    """Score predictions (records as dicts, or `Figure`s) against gold documents; a prediction
    belongs to the document whose doc_id it carries."""
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for prediction in predictions:
        record = prediction if isinstance(prediction, Mapping) else prediction.model_dump(mode="json")
        by_doc.setdefault(str(record.get("doc_id")), []).append(record)
    evaluation = Evaluation()
    for document in documents:
        _score_document(document, by_doc.get(document.doc_id, []), evaluation)
    return evaluation


def evaluate(
    gold_dir: str | Path,
    predictions: Iterable[Mapping[str, Any] | Figure] | str | Path | None = None,
    *,
    extractor: Extractor | None = None,
) -> Evaluation:
    """Score the extractor on every `NAME.txt` of `gold_dir` that has a `NAME.gold.json`.

    The measures are those of the project's shared scorer (version 2) and of `policyextract eval`;
    the gold format is described in docs/gold-format.md.

    Args:
        gold_dir: the folder of `NAME.txt` and `NAME.gold.json` files.
        predictions: records to score instead of running the extractor: dicts as
            `extract --format jsonl` writes them, `Figure`s, or the path of a JSON-lines file.
        extractor: the settings the extractor runs with; the default ones when None.

    Returns:
        An `Evaluation`: `.value.f1`, `.record.f1`, `.field_accuracy("metric")`, per kind and per
        document, the errors; `.report()` is the text `policyextract eval` prints.

    Raises:
        GoldError: a missing folder or a bad gold file (the message names the file and the figure).
        PredictionError: a prediction file that is not JSON lines.
    """
    documents = load_gold_folder(gold_dir)
    if isinstance(predictions, str | Path):
        predictions = read_predictions(predictions)
    if predictions is None:
        from .pipeline import extract

        predictions = [
            figure
            for document in documents
            for figure in extract(document.text, doc_id=document.doc_id, extractor=extractor)
        ]
    return score(documents, predictions)


__all__ = [
    "Evaluation",
    "GoldDocument",
    "GoldError",
    "GoldFigure",
    "Mistake",
    "PredictionError",
    "Score",
    "Tally",
    "evaluate",
    "load_gold",
    "load_gold_folder",
    "read_predictions",
    "score",
]
