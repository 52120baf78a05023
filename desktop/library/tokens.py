"""A passage's words as the library stores them, and its hits computed from them without folding again.

Folding a passage (``normalize.fold``) keeps a map back to every original character, and is
most of the cost of indexing. Words never cross white space, and neither does anything fold
does to a word, so a passage is folded one white-space-separated piece at a time and each
distinct piece once (a library repeats its pieces millions of times): the words and their
original spans are those of ``engine.passage_tokens`` (a test compares them).

A stored passage keeps, per word, its number in the index's vocabulary and its original span
(``pack``); a search reads them back (``unpack``) and finds hits by the numbers each query
word matches (``passage_hits``): the article search's rules (a group's words consecutive, a
hit's level the lowest of its words', every group in the passage, the score with its
proximity bonus), without building an in-memory index.
"""

from __future__ import annotations

import re
import struct
import sys
from array import array
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import NamedTuple

from desktop.search.engine import LEVEL_SCORE, PROXIMITY_WEIGHT, Level, min_window
from desktop.search.normalize import fold, tokenize

_SPACE = re.compile(r"(\s+)")
MAX_CACHED_PIECES = 200_000
"""Distinct pieces remembered while indexing (a few tens of MB at most)."""


class PieceTokenizer:
    """``passage_tokens`` by white-space-separated pieces, each distinct piece folded once.

    A passage is cut at white space by one ``re.split`` (the pieces' offsets summed from
    their lengths) and each piece looked up in a dictionary of the pieces seen: the words of
    a library's passages come out without a Python step per character or per match object.
    """

    def __init__(self) -> None:
        self._pieces: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}
        """Piece -> (its words, their spans in the piece: start0, end0, start1, end1 …)."""
        self._numbered: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        """Piece -> (its words' numbers, their spans), for ``numbered``."""

    def __call__(self, text: str) -> tuple[list[str], list[int]]:
        """The text's words and their spans (start0, end0, start1, end1 …), as ``passage_tokens`` gives them."""
        parts = _SPACE.split(text)  # piece, space, piece, space … piece (an empty piece at either end)
        starts = [0, *accumulate(map(len, parts))][::2]
        pieces = self._pieces
        found = [pieces.get(piece) or self._fold(piece) for piece in parts[::2]]
        words = [word for piece_words, _spans in found for word in piece_words]
        spans = [start + offset for (_words, offsets), start in zip(found, starts, strict=True) for offset in offsets]
        return words, spans

    def numbered(self, text: str, number: Callable[[tuple[str, ...]], tuple[int, ...]]) -> tuple[list[int], list[int]]:
        """The text's words as numbers (``number`` gives a piece's words theirs) and their spans.

        Each distinct piece is numbered once and remembered with its numbers: a library's
        passages come out as numbers with one dictionary look-up per piece, no word list in
        between. ``forget_numbers`` when the numbers may have changed (a rolled-back batch).
        """
        parts = _SPACE.split(text)
        starts = [0, *accumulate(map(len, parts))][::2]
        known = self._numbered
        found = [known.get(piece) or self._number(piece, number) for piece in parts[::2]]
        ids = [word for piece_ids, _spans in found for word in piece_ids]
        spans = [start + offset for (_ids, offsets), start in zip(found, starts, strict=True) for offset in offsets]
        return ids, spans

    def forget_numbers(self) -> None:
        self._numbered.clear()

    def _number(
        self, piece: str, number: Callable[[tuple[str, ...]], tuple[int, ...]]
    ) -> tuple[tuple[int, ...], tuple[int, ...]]:
        words, offsets = self._pieces.get(piece) or self._fold(piece)
        found = (number(words), offsets)
        if len(known := self._numbered) >= MAX_CACHED_PIECES:
            known.clear()
        known[piece] = found
        return found

    def _fold(self, piece: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
        folded = fold(piece)
        tokens = tokenize(folded.text)
        found = (
            tuple(token.text for token in tokens),
            tuple(offset for token in tokens for offset in folded.original_span(token.start, token.end)),
        )
        if len(pieces := self._pieces) >= MAX_CACHED_PIECES:
            pieces.clear()
        pieces[piece] = found
        return found


MAX_PHRASE_PAIRS = 64
"""A phrase whose first two words have more pairs of library words than this is not prefiltered."""


def phrase_pairs(groups: list[list[dict[int, Level]]]) -> list[bytes]:
    """For the phrase with the fewest, every pair of library words its first two words can be, as ``pack`` stores
    them next to each other: a stored passage that holds none of these byte strings does not hold the phrase.

    SQLite can look for them in each candidate's stored words (``instr``) without handing the
    row to Python; a byte string found elsewhere (across two numbers, or in the spans) only
    lets a passage through to ``passage_hits``, which checks it. Empty: no prefilter.
    """
    options = [
        [struct.pack("<II", first, second) for first in group[0] for second in group[1]]
        for group in groups
        if len(group) > 1
    ]
    fewest = min(options, key=len, default=[])
    return fewest if len(fewest) <= MAX_PHRASE_PAIRS else []


def _span_type(text_length: int) -> str:
    return "H" if text_length < 1 << 16 else "I"


def pack(numbers: Sequence[int], spans: Sequence[int], text_length: int) -> bytes:
    """Word numbers (32-bit) then spans (16-bit for a passage under 64 K characters), little-endian."""
    ids = array("I", numbers)
    offsets = array(_span_type(text_length), spans)
    if sys.byteorder == "big":
        ids.byteswap()
        offsets.byteswap()
    return ids.tobytes() + offsets.tobytes()


def unpack(data: bytes, text_length: int) -> tuple[array[int], array[int]]:
    """(word numbers, spans) as ``pack`` wrote them."""
    offsets: array[int] = array(_span_type(text_length))
    count = len(data) // (4 + 2 * offsets.itemsize)
    ids: array[int] = array("I")
    ids.frombytes(data[: 4 * count])
    offsets.frombytes(data[4 * count : 4 * count + 2 * offsets.itemsize * count])
    if sys.byteorder == "big":
        ids.byteswap()
        offsets.byteswap()
    return ids, offsets


class Found(NamedTuple):
    """A hit in one passage: its first word, how many words, the level and score."""

    start: int
    end: int
    level: Level
    score: float


def _group_matches(ids: array[int], group: list[dict[int, Level]]) -> list[tuple[int, int, Level]]:
    """(first word, word count, level) of each place the group's words follow each other."""
    first = group[0]
    matches = []
    width = len(group)
    for position, number in enumerate(ids):
        level = first.get(number)
        if level is None or position + width > len(ids):
            continue
        for offset in range(1, width):
            following = group[offset].get(ids[position + offset])
            if following is None:
                break
            level = min(level, following)
        else:
            matches.append((position, width, level))
    return matches


def passage_hits(ids: array[int], spans: array[int], groups: list[list[dict[int, Level]]]) -> list[Found]:
    """Every hit of a query in one passage (none unless every group is in it), in word order."""
    occurrences = [_group_matches(ids, group) for group in groups]
    if not all(occurrences):
        return []
    if len(groups) == 1:
        scores = [LEVEL_SCORE[level] for _position, _count, level in occurrences[0]]
    else:
        best = sum(max(LEVEL_SCORE[found[2]] for found in group) for group in occurrences) / len(groups)
        score = best + PROXIMITY_WEIGHT / (1 + min_window(occurrences))
        scores = [score] * sum(len(group) for group in occurrences)
    places = [place for group in occurrences for place in group]
    hits = [
        Found(spans[2 * position], spans[2 * (position + count - 1) + 1], level, round(score, 4))
        for (position, count, level), score in zip(places, scores, strict=True)
    ]
    return sorted(hits)
