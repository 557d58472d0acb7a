"""Sentences and clauses: the units that metric, modality and time read (headings: outline.py)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

# A sentence ends at 。！？; or at a line break (headings and list items stand on their own line).
_SENTENCE_END = regex.compile(r"[。！？!?]+[”’」』)）]?|\n+")  # ；joins clauses of one sentence
# Clauses split at commas and enumeration commas inside a sentence.
CLAUSE_BREAK = regex.compile(r"[,，:：;；]")


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
