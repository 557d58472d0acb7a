"""Sentences and clauses: the units that metric, modality and time read (headings: outline.py)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Final

import regex

# A sentence ends at 。！？; or at a line break (headings and list items stand on their own line).
_SENTENCE_END: Final = regex.compile(r"[。！？!?]+[”’」』)）]?|\n+")  # ；joins clauses of one sentence
# Clauses split at commas and enumeration commas inside a sentence.
CLAUSE_BREAK: Final = regex.compile(r"[,，:：;；]")

# A record shows a sentence of up to SENTENCE_MAX characters whole. A longer one (a table
# flattened into one line, a run-on list without 。) is shown as the passage around the figure:
# repeating a sentence of 100,000 figures in each of its records made the output grow with the
# square of its length. The sentence is cut into passages that end after a clause mark once
# _PASSAGE_MIN characters long (at _PASSAGE_MAX when none comes); a figure shows its own
# passage and the one on each side: at least _PASSAGE_MIN and at most 2 × _PASSAGE_MAX
# characters each side (less at the sentence's ends), one string shared by the figures of a passage.
SENTENCE_MAX: Final = 400
_PASSAGE_MIN: Final = 60
_PASSAGE_MAX: Final = 100
_PASSAGE_BREAK: Final = regex.compile(r"[,，:：;；、 ]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Heading(Span):
    level: int  # smaller encloses larger: see outline.py, which finds the headings


class Segmenter:
    """Sentence look-ups for one text, by character offset (headings: outline.py)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentence_starts: list[int] = [0]
        for found in _SENTENCE_END.finditer(text):
            self._sentence_starts.append(found.end())
        self._sentence_starts.append(len(text) + 1)
        self._sentences: dict[int, Span] = {}
        self._cuts_of: int | None = None  # the long sentence whose passages are cut (one at a time)
        self._cuts: list[int] = []
        self._passages: dict[tuple[int, int], Span] = {}

    def sentence_at(self, offset: int) -> Span:
        """The sentence around `offset`; one object per sentence, so the figures of a sentence
        share its text (pickled once when results cross processes)."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index in self._sentences:
            return self._sentences[index]
        self._sentences[index] = self._sentence(index)
        return self._sentences[index]

    def _sentence(self, index: int) -> Span:
        start = self._sentence_starts[index]
        end = min(self._sentence_starts[index + 1], len(self.text))
        raw = self.text[start:end]
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        return Span(start + lead, start + lead + len(stripped), stripped)

    def passage_at(self, sentence: Span, start: int, end: int) -> Span:
        """What the record of a figure at [start, end) shows of its sentence: all of it up to
        SENTENCE_MAX characters, else the passages around the figure (see SENTENCE_MAX)."""
        if sentence.end - sentence.start <= SENTENCE_MAX:
            return sentence
        if self._cuts_of != sentence.start:  # figures come in order: one sentence's cuts at a time
            self._cuts_of, self._cuts, self._passages = sentence.start, self._passage_starts(sentence), {}
        cuts = self._cuts
        first = bisect.bisect_right(cuts, start) - 1
        last = bisect.bisect_right(cuts, max(start, end - 1)) - 1
        low, high = max(first - 1, 0), min(last + 2, len(cuts) - 1)
        key = (low, high)
        if key not in self._passages:
            raw = self.text[cuts[low] : cuts[high]]
            stripped = raw.strip()
            lead = len(raw) - len(raw.lstrip())
            self._passages[key] = Span(cuts[low] + lead, cuts[low] + lead + len(stripped), stripped)
        return self._passages[key]

    def _passage_starts(self, sentence: Span) -> list[int]:
        """Where the passages of a long sentence start, and its end."""
        starts = [sentence.start]
        position = sentence.start
        while position < sentence.end:
            limit = min(position + _PASSAGE_MAX, sentence.end)
            found = _PASSAGE_BREAK.search(self.text, min(position + _PASSAGE_MIN, limit), limit)
            position = found.end() if found else limit
            starts.append(position)
        return starts
