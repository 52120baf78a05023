"""Where a book's blocks start, counted once per book, and the height their text is reckoned to take.

The reading pane shows a book longer than its document can hold through a window of whole blocks
(``ReadingPane._span_around``). Placing a window walked the blocks one by one from its first, adding
up their heights: tens of thousands of them in a book of short lines. Here each block's first
passage and offset are listed once for the book, a window's ends are found by bisection, and its
height is added up over the passages' lengths by the standard library's iterators, in the same
order as block by block (the same sums, to the last bit). Nothing here imports Qt.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
from typing import TYPE_CHECKING, NamedTuple

from desktop.content.export import BlockPlace
from desktop.content.model import Figure, Paragraph, block_passage_count

if TYPE_CHECKING:
    from desktop.content.model import Article


class Reckoning(NamedTuple):
    """How a block's height is reckoned from its text."""

    line: float
    """A line's height."""
    per_line: int
    """The characters a line holds in the column."""
    picture: float
    """A picture's height (after its caption)."""
    gap: float
    """A block's margins, for each passage."""


class BookPlaces:
    """Where each block (and each heading in the text) of a book starts, in ``export.block_places``'s
    order: a place's number here is its number there.

    ``text_starts``: where each passage starts in the book's text, and its end.
    """

    def __init__(self, article: Article, text_starts: list[int]) -> None:
        self._article = article
        self._text_starts = text_starts
        passages: list[int] = []
        self._section_places: list[int] = []
        """The number of each section's first place."""
        self._figures: list[int] = []
        """The places that are figures (each adds a picture's height), in order."""
        passage = 0
        for section in article.sections:
            self._section_places.append(len(passages))
            if section.heading_in_text:
                passages.append(passage)
                passage += 1
            blocks = section.blocks
            first = len(passages)
            # Nearly every block is a paragraph: counted without a call for each.
            counts = [1 if type(block) is Paragraph else block_passage_count(block) for block in blocks]
            passages.extend(itertools.accumulate(counts, initial=passage))
            passage = passages.pop()  # where the section ends: the next one's start
            if Figure in set(map(type, blocks)):
                self._figures += [first + number for number, block in enumerate(blocks) if type(block) is Figure]
        self.passages = passages
        """Each place's first passage."""
        self.offsets = list(map(text_starts.__getitem__, passages))
        """Each place's offset in the book's text (where its first passage starts)."""
        self._end = passage

    def __len__(self) -> int:
        return len(self.passages)

    def place(self, number: int) -> BlockPlace:
        """The place of that number, as ``block_places`` makes it."""
        section = bisect.bisect_right(self._section_places, number) - 1
        inner = number - self._section_places[section]
        block = inner - 1 if self._article.sections[section].heading_in_text else inner
        return BlockPlace(section, block, self.passages[number])

    def height(self, first: int, last: int, reckoning: Reckoning) -> float:
        """The height the places from ``first`` up to ``last`` are reckoned to take."""
        return self._sums(first, last, reckoning)(last)

    def stop(self, first: int, low: int, high: int, reckoning: Reckoning, enough: float) -> int:
        """The first place from ``low`` through ``high`` before which the places from ``first`` take
        ``enough`` height or more (``high`` when none does)."""
        if low >= high:
            return high
        # Each passage takes a line and its margins at least: past this many, the height is enough.
        most = self._passage(first) + math.ceil(enough / (reckoning.line + reckoning.gap)) + 1
        bound = min(high, max(low, bisect.bisect_left(self.passages, most)))
        height_before = self._sums(first, bound, reckoning)
        found = bisect.bisect_left(range(low, bound + 1), True, key=lambda number: height_before(number) >= enough)
        return low + found if found <= bound - low else high

    def _passage(self, number: int) -> int:
        return self.passages[number] if number < len(self.passages) else self._end

    def _sums(self, first: int, last: int, reckoning: Reckoning) -> _HeightBefore:
        """The height of the places from ``first`` up to each place through ``last``.

        Each passage's lines at the column's width, and its margins; a figure's picture after its
        caption. Added one after another from 0.0 in reading order, as the pane added them block by block.
        """
        line, per_line, picture, gap = reckoning
        starts = self._text_starts
        begin, end = self._passage(first), self._passage(last)
        lengths = map(operator.sub, starts[begin + 1 : end + 1], starts[begin:end])
        lines = map(operator.add, map(operator.floordiv, lengths, itertools.repeat(per_line)), itertools.repeat(1))
        terms = list(map(operator.add, map(operator.mul, lines, itertools.repeat(line)), itertools.repeat(gap)))
        figures = self._figures[bisect.bisect_left(self._figures, first) : bisect.bisect_left(self._figures, last)]
        for count, figure in enumerate(figures):  # after the figure's passages: before the next place's
            terms.insert(self._passage(figure + 1) - begin + count, picture)
        return _HeightBefore(list(itertools.accumulate(terms, initial=0.0)), self, first, figures)


class _HeightBefore:
    """The height of a book's places from one of them up to another (``BookPlaces._sums``)."""

    def __init__(self, sums: list[float], places: BookPlaces, first: int, figures: list[int]) -> None:
        self._sums, self._places, self._first, self._figures = sums, places, first, figures
        self._begin = places._passage(first)

    def __call__(self, number: int) -> float:
        """Of the places from the first up to ``number``, not counting it."""
        pictures = bisect.bisect_left(self._figures, number)
        return self._sums[self._places._passage(number) - self._begin + pictures]
