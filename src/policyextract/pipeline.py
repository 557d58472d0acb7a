"""The pipeline: text → normalised copy → candidates → figures → meaning → records."""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterator
from dataclasses import replace

import regex

from . import filters
from .context import FigureContext, Meaning
from .errors import ExtractionLimitError, InputError
from .extractor import Extractor, resolve
from .furniture import strip_furniture
from .metric import decide_metric
from .modality import decide_modality
from .models import Document, Figure, Result, TimeRef
from .normalize import NormalizedText, normalize
from .recognize import SCAN_TIMEOUT_SECONDS, recognize
from .role import decide_role
from .rules.registry import Candidate
from .segment import Segmenter
from .timeref import TimeIndex, TimeMention, infer_doc_year

MAX_CHARACTERS = 60_000_000  # a larger string is refused with a clear error, not scanned


def content_hash(text: str) -> str:
    """The hash a document is known by (`Document.sha256`, `--resume`)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract(
    text: str, doc_id: str = "doc", doc_year: int | None = None, *, extractor: Extractor | None = None
) -> list[Figure]:
    """Every figure of `text`, in document order, with its meaning (by `extractor`'s settings,
    else the default ones)."""
    return list(extract_document(text, doc_id=doc_id, doc_year=doc_year, extractor=extractor).figures)


def extract_document(
    text: str,
    doc_id: str = "doc",
    doc_year: int | None = None,
    *,
    source: str | None = None,
    encoding: str | None = None,
    extractor: Extractor | None = None,
) -> Result:
    """The document record and its figures."""
    normalized, doc_year, year_source = prepare(text, doc_id, doc_year)
    figures = tuple(figure for figure, _ in explained_figures(normalized, doc_id, doc_year, resolve(extractor)))
    document = Document(
        doc_id=doc_id,
        source=source,
        sha256=content_hash(text),
        encoding=encoding,
        length=len(text),
        doc_year=doc_year,
        doc_year_source=year_source,
        figure_count=len(figures),
    )
    return Result(document=document, figures=figures)


def prepare(text: str, doc_id: str, doc_year: int | None) -> tuple[NormalizedText, int | None, str]:
    """Check the input; return its normalised copy, the document's year and where that came from
    ("given", "inferred" or "unknown")."""
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_CHARACTERS:
        raise InputError(f"document {doc_id!r} has {len(text)} characters; the limit is {MAX_CHARACTERS}")
    # Furniture lines (breadcrumbs, view counters, ads) become spaces: same length, so offsets
    # hold, and neither their numbers nor their dates (an upload date) are read as the document's.
    scanned = strip_furniture(text)
    year_source = "given" if doc_year is not None else "unknown"
    if doc_year is None:
        doc_year = infer_doc_year(scanned)
        year_source = "inferred" if doc_year is not None else "unknown"
    return replace(normalize(scanned), source=text), doc_year, year_source


def explained_figures(
    normalized: NormalizedText, doc_id: str, doc_year: int | None, extractor: Extractor
) -> Iterator[tuple[Figure, Meaning]]:
    """Each figure with the meaning record that says which rule or cue decided each field."""
    text = normalized.text
    try:
        candidates = [
            candidate
            for candidate in recognize(text)
            if filters.is_figure(candidate, text) and not extractor.blocks(candidate, text)
        ]
    except TimeoutError as error:  # regex's time limit: name the document, keep the error family
        raise ExtractionLimitError(
            f"document {doc_id!r}: recognition ran past its time limit of {SCAN_TIMEOUT_SECONDS:g} s "
            "(a pathological input?)"
        ) from error
    if not candidates:
        return
    segmenter = Segmenter(text)
    times = TimeIndex(text, doc_year)
    sentence_key: int | None = None
    previous: list[Meaning] = []
    previous_end = 0
    for candidate in candidates:
        sentence = segmenter.sentence_at(candidate.start)
        if sentence.start != sentence_key:
            sentence_key, previous = sentence.start, []
        floor = previous_end if previous else sentence.start
        context = FigureContext(text, candidate, sentence, previous, floor)
        meaning = Meaning()
        meaning.role, meaning.why["role"] = decide_role(context)
        meaning.metric, meaning.metric_list, meaning.why["metric"] = decide_metric(context, meaning.role)
        headings = segmenter.headings_before(candidate.start)
        mention = _time_of(
            candidate, meaning.role, context.clause_right, sentence.start, sentence.end, headings, times, text
        )
        meaning.modality, meaning.why["modality"] = decide_modality(
            context, headings, mention.year if mention else None, doc_year
        )
        previous.append(meaning)
        if candidate.kind not in {"date", "duration"}:  # 2025年全市入学率: a date opens no new clause
            previous_end = candidate.end
        yield _record(normalized, doc_id, candidate, meaning, mention, sentence.text, extractor), meaning


_APPOSITION = 3  # characters between a time and a span that restates it
_WRITTEN_REACH = 400  # characters around a figure whose traditional forms its metric is given back in


def _time_of(
    candidate: Candidate,
    role: str,
    clause_right: str,
    sentence_start: int,
    sentence_end: int,
    headings,
    times,
    text,
):
    """The time mention governing a figure: its clause, else its sentence, else its heading."""
    if candidate.kind in {"date", "duration"}:
        return None
    if candidate.rule == "table_cell":
        column = _column_time(candidate, times, text)
        if column is not None:
            return column
    # The whole sentence counts (到2025年，…：…；…达到60%以上), found once per sentence; only the
    # few mentions nearest the figure are looked at, so a sentence of thousands stays cheap.
    mentions = times.within(sentence_start, sentence_end)
    index = bisect.bisect_left(times.starts(sentence_start, sentence_end), candidate.start)
    nearby = mentions[max(0, index - _NEAREST) : index + _NEAREST]
    in_sentence = [mention for mention in nearby if mention.end <= candidate.start or mention.start >= candidate.end]
    comparison = [mention for mention in in_sentence if _is_comparison(mention, text)]
    if role == "reference" and comparison:
        return min(comparison, key=lambda mention: abs(mention.start - candidate.start))
    usable = [mention for mention in in_sentence if mention not in comparison]
    before = [mention for mention in usable if mention.end <= candidate.start]
    if before:
        chosen = before[-1]
        if len(before) > 1 and chosen.text.endswith(("内", "来")) and chosen.start - before[-2].end <= _APPOSITION:
            chosen = before[-2]  # “20xx年——20xx年”三年内: the span restates the years before it
        return chosen
    clause_end = candidate.end + len(clause_right)
    after = [mention for mention in usable if candidate.end <= mention.start < clause_end]
    if after:
        return after[0]
    topic = _paragraph_topic(candidate.start, times, text)
    if topic is not None:
        return topic
    for heading in reversed(headings):
        in_heading = times.within(heading.start, heading.end)
        if in_heading:
            written_years = [mention for mention in in_heading if _WRITTEN_YEAR.search(mention.text)]
            return (written_years or in_heading)[0]  # 2025年 outranks 过去一年 in a heading
    return _title_time(text, times)


def _column_time(candidate: Candidate, times: TimeIndex, text: str) -> TimeMention | None:
    """The year heading a table cell's column (指标 | 2015年 | 2019年 over 率（%） | 78.5 | 88.2)."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    column = text.count("|", line_start, candidate.start)
    position = line_start - 1
    for _ in range(_HEADER_REACH):
        if position <= 0:
            return None
        header_start = text.rfind("\n", 0, position) + 1
        header = text[header_start:position]
        if header.count("|") >= column and _WRITTEN_YEAR.search(header):
            cells = header.split("|")
            cell_start = header_start + sum(len(cell) + 1 for cell in cells[:column])
            mentions = times.within(cell_start, cell_start + len(cells[column]))
            return mentions[0] if mentions else None
        position = header_start - 1
    return None


_HEADER_REACH = 12  # table rows between a cell and its header
_TITLE_MAX = 60
_TITLE_LINES = 3
_SENTENCE_MARK = regex.compile(r"[。！？；，,]")


def _title_time(text: str, times: TimeIndex) -> TimeMention | None:
    """The year in the document's title (2017年教育事业发展统计公报): the time of every figure
    that nothing nearer dates."""
    position = 0
    for _ in range(_TITLE_LINES):  # the title, perhaps under the issuer's name
        while position < len(text) and text[position] in " \t\u3000\n":
            position += 1
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        if len(line) > _TITLE_MAX or _SENTENCE_MARK.search(line):
            return None
        written = [mention for mention in times.within(position, line_end) if _WRITTEN_YEAR.search(mention.text)]
        if written:
            return written[0]
        position = line_end + 1
    return None


_NEAREST = 4  # time mentions on each side of a figure worth looking at
_WRITTEN_YEAR = regex.compile(r"(?:19|20)[0-9xX*]{2}")
_TOPIC_REACH = 16  # characters: 2024年，全县… / 今年，要…: a time opening the paragraph


def _paragraph_topic(offset: int, times: TimeIndex, text: str) -> TimeMention | None:
    """The time that opens the figure's paragraph as its topic (今年，要确保…), if any."""
    line_start = text.rfind("\n", 0, offset) + 1
    while line_start < offset and text[line_start] in " \t\u3000":
        line_start += 1
    for mention in times.within(line_start, min(offset, line_start + _TOPIC_REACH)):
        if mention.start == line_start and text[mention.end : mention.end + 1] in {",", "，"}:
            return mention
    return None


def _is_comparison(mention: TimeMention, text: str) -> bool:
    before = text[max(0, mention.start - 1) : mention.start]
    return bool(before) and before in "比较由从"  # 比上年, 由上年的…: the baseline's time


def _record(
    normalized: NormalizedText,
    doc_id: str,
    candidate: Candidate,
    meaning: Meaning,
    mention: TimeMention | None,
    sentence: str,
    extractor: Extractor,
) -> Figure:
    start, end = normalized.to_source(candidate.start, candidate.end)
    time = None
    if mention is not None:
        time_start, time_end = normalized.to_source(mention.start, mention.end)
        written = normalized.as_written(mention.text, mention.start, mention.end)
        time = TimeRef(text=written, year=mention.year, start=time_start, end=time_end)
    indicator, stage = extractor.classify(meaning.metric, candidate.kind)
    # A traditional text is read in simplified characters; its metric is given as written.
    reach = (candidate.start - _WRITTEN_REACH, candidate.end + _WRITTEN_REACH)
    metric = normalized.as_written(meaning.metric or "", *reach)
    return Figure(
        doc_id=doc_id,
        start=start,
        end=end,
        text=normalized.source[start:end],
        kind=candidate.kind,  # type: ignore[arg-type]
        value=candidate.value,
        high=candidate.high,
        bound=candidate.bound,  # type: ignore[arg-type]
        unit=candidate.unit,
        metric=metric or meaning.metric,
        modality=meaning.modality,  # type: ignore[arg-type]
        role=meaning.role,  # type: ignore[arg-type]
        time=time,
        sentence=sentence,
        indicator=indicator,
        stage=stage,
        rule=candidate.rule,
    )
