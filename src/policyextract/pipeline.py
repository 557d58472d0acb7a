"""The pipeline: text → normalised copy → candidates → figures → meaning → records."""

from __future__ import annotations

import gc
import hashlib
import re
import warnings
from collections.abc import Iterator
from dataclasses import replace
from typing import Final

from . import filters
from .commitment import decide_commitment
from .context import PREVIOUS_KEPT, FigureContext, Meaning
from .errors import ExtractionLimitError
from .errors import InputError as InputError  # re-exported: its old home
from .extractor import Extractor, resolve
from .furniture import strip_furniture
from .metric import decide_metric
from .modality import decide_modality
from .models import Document, Figure, Kind, Modality, Result, TimeRef, YearSource, trusted
from .normalize import NormalizedText, join_vertical_tables, normalize
from .outline import Outline, restore_title, title_end
from .recognize import MATCH_TIMEOUT_SECONDS, recognize
from .relations import Relations
from .role import decide_role
from .rules.registry import Candidate
from .segment import Segmenter, Span
from .timeref import TimeIndex, TimeMention, decide_time, infer_doc_year

# The limits below are documented (docs/records.md) as settings a caller may change: no Final,
# which mypyc would inline as a constant in the compiled build.
MAX_CHARACTERS = 60_000_000  # a larger string is refused with a clear error, not scanned
# Each figure holds ~1.5 KB while a document is extracted (its record, its candidate): a
# document of more figures (a 10 MB table dump) is refused with a clear error, as soon as
# recognition has found them, instead of taking gigabytes.
MAX_FIGURES = 250_000


def content_hash(text: str) -> str:
    """The hash a document is known by (`Document.sha256`, `--resume`)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract(
    text: str, doc_id: str = "doc", doc_year: int | None = None, *, extractor: Extractor | None = None
) -> list[Figure]:
    """Every figure of `text`, in document order, with its meaning.

    Args:
        text: the document's text (a `str`; read files with `extract_files`).
        doc_id: the id written in each record's `doc_id`.
        doc_year: the year the text speaks from, to resolve `今年`, `上年`; inferred from a
            dateline or title when None.
        extractor: the settings (indicator codes, classifiers, blocklist); the default ones
            when None.

    Returns:
        The `Figure` records, ordered by their offset in `text`.

    Raises:
        InputError: `text` is not a string, or longer than `MAX_CHARACTERS`.
        ExtractionLimitError: the document holds more than `MAX_FIGURES` figures, or a scan
            ran past its time limit.

    Examples:
        >>> figures = extract("全市小学适龄儿童入学率为98.67%,比上年提高1.2个百分点。")
        >>> [(f.text, f.kind, f.role) for f in figures]
        [('98.67%', 'percentage', 'level'), ('1.2个百分点', 'percentage_point', 'change')]
    """
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
    """The document record and its figures: `extract` with a `Document` beside them.

    Args:
        text: the document's text.
        doc_id: the document's id.
        doc_year: the year the text speaks from; inferred from a dateline or title when None
            (`result.document.doc_year_source` says which).
        source: where the text came from (a path, a URL), written in `Document.source`.
        encoding: the encoding the text was decoded from, written in `Document.encoding`.
        extractor: the settings; the default ones when None.

    Returns:
        A `Result`: `result.document` (id, hash, length, year, figure count) and
        `result.figures`.

    Raises:
        InputError: `text` is not a string, or longer than `MAX_CHARACTERS`.
        ExtractionLimitError: too many figures, or a scan past its time limit.

    Examples:
        >>> result = extract_document("2023年全省初中学生辍学率控制在0.5%以内。", doc_id="demo")
        >>> result.document.figure_count, result.figures[1].bound
        (2, '<=')
    """
    normalized, doc_year, year_source = prepare(text, doc_id, doc_year)
    # The cyclic garbage collector is paused while the figures are made: extraction makes no
    # reference cycles (tests/test_pipeline.py checks it), so there is nothing for it to free,
    # and its full passes over the growing list of records cost ~6 % of a long document
    # (0.3 s of 4.8 at 140,000 figures). Reference counting still frees everything at once.
    collecting = gc.isenabled()
    gc.disable()
    try:
        figures = tuple(figure for figure, _ in explained_figures(normalized, doc_id, doc_year, resolve(extractor)))
    finally:
        if collecting:  # a caller that turned it off keeps it off; threads: the run that turned it off turns it on
            gc.enable()
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


def prepare(text: str, doc_id: str, doc_year: int | None) -> tuple[NormalizedText, int | None, YearSource]:
    """Check the input; return its normalised copy, the document's year and where that came from
    ("given", "inferred" or "unknown")."""
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    if not isinstance(doc_id, str) or not doc_id:
        raise InputError(f"doc_id must be a non-empty str, not {doc_id!r}")
    if doc_year is not None and (isinstance(doc_year, bool) or not isinstance(doc_year, int)):
        raise InputError(f"doc_year must be an int such as 2024, or None, not {type(doc_year).__name__} {doc_year!r}")
    if doc_year is not None and not 1000 <= doc_year <= 9999:
        raise InputError(f"doc_year must be a four-digit year, not {doc_year}")
    if len(text) > MAX_CHARACTERS:
        raise InputError(f"document {doc_id!r} has {len(text)} characters; the limit is {MAX_CHARACTERS}")
    text = _without_lone_surrogates(text, doc_id)
    # Furniture lines (breadcrumbs, view counters, ads) become spaces: same length, so offsets
    # hold, and neither their numbers nor their dates (an upload date) are read as the document's.
    scanned = strip_furniture(join_vertical_tables(text))
    normalized = replace(normalize(scanned), source=text)
    year_source: YearSource = "given" if doc_year is not None else "unknown"
    if doc_year is None:
        # read from the normalised copy (１９９０年, 二〇二四年度 in traditional script read as the
        # body's years do), the title line given back if the furniture filter blanked it
        titled = restore_title(normalized.text, text, normalized.source_index)
        doc_year = infer_doc_year(titled, title_end(titled))
        year_source = "inferred" if doc_year is not None else "unknown"
    return normalized, doc_year, year_source


_SURROGATE: Final = re.compile(f"[{chr(0xD800)}-{chr(0xDFFF)}]")  # by number: mypyc takes no surrogate literal


def _without_lone_surrogates(text: str, doc_id: str) -> str:
    """`text` with each lone surrogate (half of a UTF-16 pair, not a character: it cannot be
    written as UTF-8 or JSON) replaced by U+FFFD, with a warning; same length, so offsets hold.

    A str from a file never holds one (every reader decodes strictly); a str built by hand or
    decoded with errors="surrogateescape" may.
    """
    try:
        text.encode("utf-8")  # fails on a surrogate and only there; ~10x faster than the search
    except UnicodeEncodeError:
        pass
    else:
        return text
    first = _SURROGATE.search(text)
    if first is None:
        return text
    repaired, count = _SURROGATE.subn("\ufffd", text)
    warnings.warn(
        f"document {doc_id!r}: {count} lone surrogate(s) (the first U+{ord(first.group()):04X} at offset "
        f"{first.start()}) replaced by U+FFFD: they are no characters and cannot be written as JSON",
        UnicodeWarning,
        stacklevel=4,
    )
    return repaired


def explained_figures(
    normalized: NormalizedText, doc_id: str, doc_year: int | None, extractor: Extractor
) -> Iterator[tuple[Figure, Meaning]]:
    """Each figure with the meaning record that says which rule or cue decided each field."""
    text = normalized.text
    try:
        candidates = [
            candidate
            for candidate in recognize(text, extractor.classifiers, MAX_FIGURES)
            if filters.is_figure(candidate, text) and not extractor.blocks(candidate, text)
        ]
    except ExtractionLimitError as error:
        raise ExtractionLimitError(
            f"document {doc_id!r}: {error} (the limit of policyextract.pipeline.MAX_FIGURES; split the document)"
        ) from None
    except TimeoutError as error:  # regex's time limit: name the document, keep the error family
        raise ExtractionLimitError(
            f"document {doc_id!r}: one recognition step ran past its time limit of "
            f"{MATCH_TIMEOUT_SECONDS:g} s (a pathological input?)"
        ) from error
    if not candidates:
        return
    segmenter = Segmenter(text)
    outline = Outline.build(restore_title(text, normalized.source, normalized.source_index), doc_year)
    times = TimeIndex(text, outline.period_at, outline.speaking_year)
    relations = Relations(text)
    sentence_key: int | None = None
    measured: Meaning | None = None  # the last figure of the sentence with a metric, while in `previous`
    previous: list[Meaning] = []
    previous_end = 0
    prior_end = 0  # the previous figure's end in the document, across sentences
    prior_modality: Modality | None = None  # the previous figure's, dates and durations aside
    prior_metrics: dict[Kind, str] = {}  # each kind's last metric, across sentences
    shown: Span | None = None  # the passage the last record showed, and its span in the source
    shown_at = (0, 0)
    for candidate in candidates:
        sentence = segmenter.sentence_at(candidate.start)
        if sentence.start != sentence_key:
            sentence_key, previous, measured = sentence.start, [], None
        floor = previous_end if previous else sentence.start
        context = FigureContext(
            text,
            candidate,
            sentence,
            previous,
            floor,
            prior_end,
            line_start=times.line_start(candidate.start),
            prior_modality=prior_modality,
            last_measured=measured,
            prior_metric=prior_metrics.get(candidate.kind),
        )
        meaning = Meaning()
        meaning.role, meaning.why["role"] = decide_role(context)
        decision = decide_metric(context, meaning.role, outline)
        meaning.metric, meaning.metric_list, meaning.whole, meaning.why["metric"] = decision
        mention, meaning.why["time"] = decide_time(
            candidate, meaning.role, context.clause_right, sentence, outline, times
        )
        meaning.modality, meaning.why["modality"] = decide_modality(context, outline, mention, doc_year, meaning.role)
        meaning.commitment, why = decide_commitment(context, meaning.modality, outline)
        if meaning.commitment is not None:
            meaning.why["commitment"] = why
        meaning.part_of, why = relations.decide(context, meaning)
        if meaning.part_of is not None:
            meaning.why["part_of"] = why
        previous.append(meaning)
        if meaning.metric:
            measured = meaning
            prior_metrics[candidate.kind] = meaning.metric
        if len(previous) > 2 * PREVIOUS_KEPT:
            del previous[:-PREVIOUS_KEPT]  # amortised: the list is cut once every PREVIOUS_KEPT figures
            if measured is not None and not any(kept is measured for kept in previous):
                measured = None  # cut away with the older figures
        if candidate.kind not in {"date", "duration"}:  # 2025年全市入学率: a date opens no new clause
            previous_end = candidate.end
        prior_end = candidate.end
        if candidate.kind not in {"date", "duration"}:
            prior_modality = meaning.modality
        passage = segmenter.passage_at(sentence, candidate.start, candidate.end)
        if passage is not shown:  # one object per passage: the figures of one share its offsets
            shown, shown_at = passage, normalized.to_source(passage.start, passage.end)
        yield _record(normalized, doc_id, candidate, meaning, mention, passage, shown_at, extractor), meaning


_WRITTEN_REACH: Final = 400  # characters around a figure whose traditional forms its metric is given back in


def _record(
    normalized: NormalizedText,
    doc_id: str,
    candidate: Candidate,
    meaning: Meaning,
    mention: TimeMention | None,
    sentence: Span,
    sentence_at: tuple[int, int],
    extractor: Extractor,
) -> Figure:
    """The figure's record; `sentence` is the passage it shows, at `sentence_at` in the source."""
    start, end = normalized.to_source(candidate.start, candidate.end)
    sentence_start, sentence_end = sentence_at
    time = None
    if mention is not None:
        time_start, time_end = normalized.to_source(mention.start, mention.end)
        written = normalized.as_written(mention.text, mention.start, mention.end)
        time = trusted(TimeRef, {"text": written, "year": mention.year, "start": time_start, "end": time_end})
    indicator, stage = extractor.classify(meaning.metric, candidate.kind)
    # A traditional text is read in simplified characters; its metric is given as written.
    metric = normalized.as_written(
        meaning.metric or "", candidate.start - _WRITTEN_REACH, candidate.end + _WRITTEN_REACH
    )
    part_of = meaning.part_of
    return trusted(
        Figure,
        # every field, in the order Figure declares them; dict(...) rather than a literal: compiled
        # (setup.py), a literal gets an oversized table: 1,168 bytes a record against 464
        dict(
            doc_id=doc_id,
            start=start,
            end=end,
            text=normalized.source[start:end],
            kind=candidate.kind,
            value=candidate.value,
            high=candidate.high,
            bound=candidate.bound,
            unit=candidate.unit,
            metric=metric or meaning.metric,
            modality=meaning.modality,
            role=meaning.role,
            time=time,
            sentence=sentence.text,
            indicator=indicator,
            stage=stage,
            rule=candidate.rule,
            sentence_start=sentence_start,
            sentence_end=sentence_end,
            part_of=None if part_of is None else normalized.source_index(part_of),
            commitment=meaning.commitment,
        ),
    )
