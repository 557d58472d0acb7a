"""What the meaning stages see of a figure: its clause, its sentence and the figures before it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from .models import Commitment, Modality, Role
from .rules.registry import Candidate
from .segment import Span

# How far the meaning stages look back from a figure: enough for any real sentence, and a
# bound that keeps a 10,000-figure "sentence" linear.
LOOK_BACK: Final = 160
LOOK_AHEAD: Final = 60
# How many earlier figures of the sentence the meaning stages see: a shared subject is carried
# over a list of a few dozen items at most, and a table flattened into one "sentence" of
# 100,000 figures must not make every figure walk back over all the others.
PREVIOUS_KEPT: Final = 32

# Clause breaks for reading a figure's own clause; 、 splits enumerations (小学98.7%、初中94.2%).
# 、 does not end a clause: it joins nouns (国培、省培67人次); after a figure (小学98.7%、初中94.2%)
# the previous figure's end already bounds the clause.
# The standard library's re, on the reversed text for the last break before the figure: ~0.2 µs
# a call less than regex's (?r) search, on every figure.
_CLAUSE_BREAK_LEFT: Final = re.compile(r"[,，;；:：。!！?？\n]")
_CLAUSE_BREAK_RIGHT: Final = re.compile(r"[,，;；:：。!！?？、\n]")


def table_lines_above(text: str, line_start: int, rows: int, row_max: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line above the one at `line_start`, nearest first, while it is a table
    row (holds a |): at most `rows` lines, each read back at most `row_max` characters, so that no
    cell of a line of a million characters reads the whole line. The metric, modality and
    commitment stages each look for their own header or group row among them."""
    position = line_start - 1
    for _ in range(rows):
        if position <= 0:
            return
        start = text.rfind("\n", max(0, position - row_max - 1), position) + 1
        if text.find("|", start, position) < 0:
            return  # the table ended
        yield start, position
        position = start - 1


@dataclass(slots=True)
class FigureContext:
    """A candidate in its surroundings; `previous` holds the meaning given to the figures just
    before it in the same sentence (at most `PREVIOUS_KEPT`), so that a shared subject can be
    carried over. The derived texts (clause_left…) are read by several stages: each is cut once,
    when the context is made (a context is never changed after it is made)."""

    text: str
    candidate: Candidate
    sentence: Span
    previous: list[Meaning] = field(default_factory=list)
    floor: int = 0  # end of the previous figure of the sentence: its clause starts after it
    prior_end: int = 0  # end of the previous figure of the document, whatever its sentence
    line_start: int = 0  # start of the figure's line (a table row's label stands there)
    prior_modality: Modality | None = None  # the previous figure's of the document (a date's aside)
    # the nearest of `previous` that has a metric, kept by the pipeline as it goes: a walk back
    # over `previous` for it would cost up to 2 * PREVIOUS_KEPT steps a figure in a list of none
    last_measured: Meaning | None = None
    # the metric of the last figure of the document of the same kind that has one, whatever its
    # sentence (毕业生平均月收入为7368元…。其中本科毕业生6512元: the whole its 其中 parts belong to)
    prior_metric: str | None = None

    # The texts the stages read, cut once when the context is made: every stage reads them for
    # nearly every figure (a lazy property cost more than the cutting, per figure).
    written: str = field(init=False, repr=False)  # the figure as written
    clause_left: str = field(init=False, repr=False)  # text of the figure's clause before it
    clause_right: str = field(init=False, repr=False)  # text of the figure's clause after it
    sentence_left: str = field(init=False, repr=False)  # the sentence before it (at most LOOK_BACK characters)

    def __post_init__(self) -> None:
        text, start, end, sentence = self.text, self.candidate.start, self.candidate.end, self.sentence
        self.written = text[start:end]
        left = text[max(sentence.start, self.floor, start - LOOK_BACK) : start]
        last = _CLAUSE_BREAK_LEFT.search(left[::-1])
        self.clause_left = left[len(left) - last.start() :] if last else left
        right = text[end : min(max(sentence.end, end), end + LOOK_AHEAD)]
        found = _CLAUSE_BREAK_RIGHT.search(right)
        self.clause_right = right[: found.start()] if found else right
        self.sentence_left = text[max(sentence.start, start - LOOK_BACK) : start]


@dataclass(slots=True)
class Meaning:
    """The fields the meaning stages fill for one figure."""

    metric: str | None = None
    metric_list: tuple[str, ...] = ()  # metrics of a 分别 list still to hand out
    whole: str | None = None  # the whole a 其中 part belongs to (其中公办4所,民办2所: 新建幼儿园)
    role: Role = "level"
    modality: Modality = "other"
    commitment: Commitment | None = None
    part_of: int | None = None  # start, in the normalised copy, of the figure this one is a part of
    why: dict[str, str] = field(default_factory=dict)  # field → the rule or cue that decided it
