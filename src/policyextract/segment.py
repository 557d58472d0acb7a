"""Sentences, clauses and section headings: the units that metric, modality and time read."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

# A sentence ends at 。！？; or at a line break (headings and list items stand on their own line).
_SENTENCE_END = regex.compile(r"[。！？!?]+[”’」』)）]?|\n+")  # ；joins clauses of one sentence
# Clauses split at commas and enumeration commas inside a sentence.
CLAUSE_BREAK = regex.compile(r"[,，:：;；]")

# A heading: a short line opening with a list marker (一、 （二） 三是 1.) or a short line
# without sentence punctuation.
_HEADING = regex.compile(
    r"""
    ^ [ \t]*
    (?: [一二三四五六七八九十]+ [、.．]          # 一、
      | [（(] [一二三四五六七八九十0-9]+ [)）]    # （一）
      | 第[一二三四五六七八九十]+[部分章节]        # 第一部分
    )
    """,
    regex.VERBOSE,
)
_HEADING_MAX = 60
_HEADING_END = regex.compile(r"(?<=[。！？!?])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Heading(Span):
    level: int  # 1 for 一、, 2 for （一）


class Segmenter:
    """Sentence and heading look-ups for one text, by character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentence_starts: list[int] = [0]
        for found in _SENTENCE_END.finditer(text):
            self._sentence_starts.append(found.end())
        self._sentence_starts.append(len(text) + 1)
        self.headings: list[Heading] = list(_headings(text))
        self._heading_starts = [heading.start for heading in self.headings]
        self._chains = _enclosing_chains(self.headings)
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

    def headings_before(self, offset: int) -> list[Heading]:
        """The enclosing headings of `offset`, outermost first (one per level)."""
        index = bisect.bisect_right(self._heading_starts, offset)
        return self._chains[index - 1] if index else []


def _enclosing_chains(headings: list[Heading]) -> list[list[Heading]]:
    """For each heading, the headings that enclose it and itself, outermost first."""
    chains: list[list[Heading]] = []
    stack: list[Heading] = []
    for heading in headings:
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        stack.append(heading)
        chains.append(list(stack))
    return chains


def _headings(text: str) -> list[Heading]:
    found: list[Heading] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= _HEADING_MAX:
            marker = _HEADING.match(stripped)
            if marker:
                opening = marker.group(0).lstrip()[:1]
                level = 2 if opening in "（(" else 0 if opening == "第" else 1  # 第三章 > 一、 > （一）
                start = position + line.index(stripped)
                title = _HEADING_END.split(stripped, maxsplit=1)[0]  # （一）推进…。新建…: the title ends at 。
                found.append(Heading(start, start + len(title), title, level))
        position += len(line) + 1
    return found
