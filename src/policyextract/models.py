"""The typed records policyextract produces: the contract of ../shared/spec/RECORD.md.

Values are exact inside (`Decimal`) and written as JSON numbers, so downstream code never
parses strings and never sees float noise such as 4916000.000000001.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, field_serializer

Kind = Literal[
    "percentage",
    "percentage_point",
    "money",
    "count",
    "area",
    "length",
    "ratio",
    "multiple",
    "rank",
    "date",
    "duration",
    "other",
]
Bound = Literal["=", "~", ">=", ">", "<=", "<"]
Modality = Literal["actual", "target", "other"]
Role = Literal["level", "change", "reference"]
# How firmly a target is set (binding: 确保/必须/约束性; aim: 力争/争取/预期性), or a forecast.
Commitment = Literal["binding", "aim", "forecast"]
YearSource = Literal["given", "inferred", "unknown"]  # where a document's year came from

KINDS: tuple[Kind, ...] = get_args(Kind)
BOUNDS: tuple[Bound, ...] = get_args(Bound)
MODALITIES: tuple[Modality, ...] = get_args(Modality)
ROLES: tuple[Role, ...] = get_args(Role)
COMMITMENTS: tuple[Commitment, ...] = get_args(Commitment)


def decimal_to_json(number: Decimal | None) -> int | float | None:
    """Write a Decimal as the plainest JSON number: integers stay integers."""
    if number is None:
        return None
    if number == number.to_integral_value():
        return int(number)
    return float(number)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimeRef(_Frozen):
    """The time a figure refers to, as written, with the year resolved where possible."""

    text: str = Field(description="the time expression as written, e.g. 到2025年, 今年, 上半年")
    year: int | None = Field(None, description="calendar year, resolved against the document year")
    start: int | None = Field(None, description="offset of the expression in the document, if found there")
    end: int | None = Field(None, description="end offset of the expression in the document")


class Figure(_Frozen):
    """One quantitative figure of a document: what it is, where it stands, what it means.

    `figure.model_dump(mode="json")` is its JSON record (one line of the JSONL output), with
    `value` and `high` as JSON numbers. Every field is described in docs/records.md.
    """

    doc_id: str = Field(description="the document: a file's name without the extension, or the doc_id given")
    start: int = Field(ge=0, description="offset of the figure in the original document")
    end: int = Field(ge=0, description="end offset: text == document[start:end]")
    text: str = Field(min_length=1, description="the figure as written: document[start:end]")
    kind: Kind = Field(description="percentage, percentage_point, money, count, area, length, ratio, …, date, duration")
    # str first: a date written back as JSON ("2024") must stay a string, not become a number.
    value: str | Decimal | None = Field(
        description="normalised number (percent, yuan, count, m², m, factor, rank); an ISO-like "
        "string for dates; null for a masked number"
    )
    high: Decimal | None = Field(None, description="upper end of a range")
    bound: Bound = Field("=", description="= exact, ~ about, >= at least, > more than, <= at most, < less than")
    unit: str = Field("", description="canonical unit: %, 个百分点, 元, m², the classifier (所, 名), 年; '' for dates")
    metric: str | None = Field(None, description="what is measured, a phrase of the sentence: 小学适龄儿童入学率")
    modality: Modality = Field("other", description="target (goal, plan), actual (a result), other (dates, durations)")
    role: Role = Field("level", description="level, change (增加, 提高…) or reference (the baseline of a change)")
    time: TimeRef | None = Field(None, description="the time the figure refers to")
    sentence: str = Field(
        "",
        description="the sentence the figure stands in; of a sentence over 400 characters, the "
        "clauses around the figure (at most about 200 characters each side)",
    )
    indicator: str | None = Field(None, description="normalised indicator code, e.g. enrollment_rate")
    stage: str | None = Field(None, description="school stage, e.g. primary, junior_secondary")
    rule: str = Field("", description="name of the recognition rule that produced the figure")
    # last, so that a database made before them gets them where ALTER TABLE puts them
    sentence_start: int | None = Field(
        None, ge=0, description="offset in the original document of the span `sentence` is the cleaned text of"
    )
    sentence_end: int | None = Field(None, ge=0, description="end of that span")
    # Issue 12, after the rest: optional and null by default, so records, files and databases
    # written before them stay valid (an older database gets the columns when opened).
    part_of: int | None = Field(
        None,
        ge=0,
        description="`start` of the figure of the same document this figure is a part of "
        "(全县共有中小学56所，其中小学42所: the 42所 is part of the 56所); null when none",
    )
    commitment: Commitment | None = Field(
        None,
        description="how firmly a target is set: binding (确保, 必须, 约束性), aim (力争, 争取, "
        "预期性); forecast for an estimate nobody commits to (预计, 将达到); null otherwise",
    )

    @field_serializer("value", when_used="json")
    def _value_json(self, value: str | Decimal | None) -> Any:
        return value if isinstance(value, str) else decimal_to_json(value)

    @field_serializer("high", when_used="json")
    def _high_json(self, high: Decimal | None) -> Any:
        return decimal_to_json(high)

    def model_post_init(self, context: Any, /) -> None:
        # Pydantic gives each instance its own set of the names it was given: 2.2 KB for all
        # 20, more than the rest of a record. Records given every field share one set (a copy
        # made by model_copy is its own again).
        if self.__pydantic_fields_set__ == _ALL_FIGURE_FIELDS:
            object.__setattr__(self, "__pydantic_fields_set__", _ALL_FIGURE_FIELDS)


_ALL_FIGURE_FIELDS: set[str] = set(Figure.model_fields)
_ALL_TIME_FIELDS: set[str] = set(TimeRef.model_fields)
_Record = TypeVar("_Record", Figure, TimeRef)
_new = object.__new__
_set = object.__setattr__


def trusted(model: type[_Record], fields: dict[str, Any]) -> _Record:
    """A record of values the pipeline has already made right, built without validating them:
    `fields` holds every field, in the model's order, of the type it declares. Pydantic's
    validation costs ~4 µs a record, a tenth of a figure's whole meaning; `model_construct` is
    slower still (pure Python). The pipeline's values are typed (mypy) and their records are
    checked against validation over every corpus (tests/test_pipeline.py)."""
    record = _new(model)
    _set(record, "__dict__", fields)
    _set(record, "__pydantic_fields_set__", _ALL_FIGURE_FIELDS if model is Figure else _ALL_TIME_FIELDS)
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


class Document(_Frozen):
    """One input document and what became of it."""

    doc_id: str = Field(description="the document's id (see docs/records.md, Document ids)")
    source: str | None = Field(None, description="path or URL the text came from")
    sha256: str | None = Field(None, description="hash of the decoded text, for --resume")
    encoding: str | None = Field(None, description="the detected encoding: utf-8, gb18030, utf-16, …")
    length: int = Field(0, ge=0, description="characters of text")
    doc_year: int | None = Field(None, description="the year the document speaks from")
    doc_year_source: YearSource = Field("unknown", description="given, inferred (dateline, title) or unknown")
    figure_count: int = Field(0, description="figures extracted")
    error: str | None = Field(None, description="why the document was skipped, if it was")


class Result(_Frozen):
    """A document with its figures: what `extract_document` returns."""

    document: Document = Field(description="the document record")
    figures: tuple[Figure, ...] = Field((), description="its figures, in document order")
    warnings: tuple[str, ...] = Field(
        (), description="what reading had to repair, e.g. stray invalid bytes replaced by U+FFFD"
    )
