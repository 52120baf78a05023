"""A passage's words as the library stores them, and its hits computed from them without folding again.

Folding a passage (``normalize.fold``) keeps a map back to every original character, and is
most of the cost of indexing. Words never cross white space, and neither does anything fold
does to a word, so a passage is folded one white-space-separated piece at a time and each
distinct piece once (a library repeats its pieces millions of times): the words and their
original spans are those of ``engine.passage_tokens`` (a test compares them). ``WordNumbers``
remembers each distinct piece's word numbers and spans, so a passage's words come out of a
few ``map`` and ``chain`` calls, with no Python step per word; its numbers are its own, which
the index translates into its vocabulary's (so the work can be done in another process).

A stored passage keeps, per word, its number in the index's vocabulary and its original span
(``pack``); a search reads them back (``unpack``) and finds hits by the numbers each query
word matches (``passage_hits``): the article search's rules (a group's words consecutive, a
hit's level the lowest of its words', every group in the passage, the score with its
proximity bonus), without building an in-memory index.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import add, getitem, mul

from desktop.records import TYPE_CHECKING, NamedTuple
from desktop.search.engine import LEVEL_SCORE, PROXIMITY_WEIGHT, Level, min_window, text_keys
from desktop.search.normalize import fold, tokenize

if TYPE_CHECKING:
    from typing import Literal

_SPACE = re.compile(r"(\s+)")
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
"""What ``normalize.tokenize`` counts as a word (a test checks they agree), counted without making tokens."""
_ONES, _TWO = repeat(1), repeat(2)
_LITTLE: repeat[Literal["little"]] = repeat("little")
KIND_PREFIX = {"word": "w", "family": "f", "fallback": "k", "fallback_word": "m", "latin": "l"}
"""Each key but the exact form is stored kind-prefixed (wсапар: the stem сапар)."""
MAX_CACHED_PIECES = 200_000
"""Distinct pieces remembered while indexing (a few tens of MB at most)."""


SHORT_TEXT = 4096
"""A text shorter than this (nearly every passage) takes its pieces' starts as 16-bit bytes from a table."""
_START_BYTES: list[bytes] = []


def _start_bytes() -> list[bytes]:
    """Every start below ``SHORT_TEXT`` as ``pack_spans`` stores it: 16-bit, little-endian (made when first needed,
    not when a search imports this module; 200 KB). Looked up, a start costs a fifth of ``int.to_bytes``."""
    if not _START_BYTES:
        _START_BYTES.extend(start.to_bytes(2, "little") for start in range(SHORT_TEXT + 1))
    return _START_BYTES


TABLED_LANES = 8
"""Pieces of up to this many lanes (four words) take their starts repeated over their lanes from a table."""
_STARTS_BY_LANES: dict[int, list[bytes]] = {}


class _RepeatedStarts:
    """A piece of more than ``TABLED_LANES`` lanes (rare): its start repeated over them when asked, not tabled."""

    __slots__ = ("lanes",)

    def __init__(self, lanes: int) -> None:
        self.lanes = lanes

    def __getitem__(self, start: int) -> bytes:
        return _start_bytes()[start] * self.lanes


def _starts_repeated(lanes: int) -> list[bytes] | _RepeatedStarts:
    """Every start below ``SHORT_TEXT``, its 16-bit bytes repeated ``lanes`` times (what a piece of that many
    lanes adds to a text's spans): a table made when a piece of that many lanes is first seen (about 200 KB
    each; a piece of one word, nearly every piece, has two), so numbering a piece makes no bytes of its own."""
    if lanes > TABLED_LANES:
        return _RepeatedStarts(lanes)
    table = _STARTS_BY_LANES.get(lanes)
    if table is None:
        table = _STARTS_BY_LANES[lanes] = [start * lanes for start in _start_bytes()]
    return table


class PieceTokenizer:
    """``passage_tokens`` by white-space-separated pieces, each distinct piece folded once.

    A passage is cut at white space by one ``re.split`` (the pieces' offsets summed from
    their lengths) and each piece looked up in a dictionary of the pieces seen: the words of
    a library's passages come out without a Python step per character or per match object.
    """

    def __init__(self) -> None:
        self._pieces: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}
        """Piece -> (its words, their spans in the piece: start0, end0, start1, end1 …)."""

    def __call__(self, text: str) -> tuple[list[str], list[int]]:
        """The text's words and their spans (start0, end0, start1, end1 …), as ``passage_tokens`` gives them."""
        parts = _SPACE.split(text)  # piece, space, piece, space … piece (an empty piece at either end)
        starts = [0, *accumulate(map(len, parts))][::2]
        pieces = self._pieces
        found = [pieces.get(piece) or self.fold(piece) for piece in parts[::2]]
        words = [word for piece_words, _spans in found for word in piece_words]
        spans = [start + offset for (_words, offsets), start in zip(found, starts, strict=True) for offset in offsets]
        return words, spans

    def fold(self, piece: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """A piece's words and their spans in it (remembered)."""
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


class WordNumbers:
    """Passages' words as numbers of this object's own vocabulary (``words``: number -> word, in the order first seen).

    What indexing does per word occurrence, done with no Python step per word or per piece:
    each distinct piece is folded and numbered once, then a passage's pieces are looked up
    with ``map`` and their numbers and spans chained together in C. The numbers are this
    object's: the index translates them into its own (``index.Translation``), so the work can
    be done where no index is open (another process).
    """

    def __init__(self) -> None:
        self.words: list[str] = []
        self._number: dict[str, int] = {}
        self._tokenizer = PieceTokenizer()
        self._ids: dict[str, bytes] = {}
        """Piece -> its words' numbers (32-bit, this machine's order)."""
        self._offsets: dict[str, bytes] = {}
        """Piece -> its words' spans in it (start0, end0, start1, end1 …: 16-bit, little-endian)."""
        self._lanes: dict[str, int] = {}
        """Piece -> how many numbers its spans are (twice its words)."""
        self._starts: dict[str, list[bytes] | _RepeatedStarts] = {}
        """Piece -> its start's bytes over its lanes, by start (``_starts_repeated``), in a text shorter than
        ``SHORT_TEXT``."""
        self._counts: dict[str, int] = {}
        """Piece -> how many words ``WORD`` finds in it (the catalogue's count, on the unfolded text)."""

    def numbered(self, text: str) -> tuple[array[int], bytes, int]:
        """The text's words as numbers, their spans as ``pack_spans`` stores them (``passage_tokens``' spans) and
        its ``WORD`` count (``WORD`` never matches white space: the text's count is the sum of its pieces').

        The spans are each piece's own, moved by where the piece starts: the pieces' spans
        side by side as one integer (16 bits a span), plus their starts side by side the same
        way, is every span at once (a span is below 65,536, so no sum carries into the next).
        """
        if len(text) >= 1 << 16:
            return self._numbered_long(text)
        pieces = text.split(" ")  # a piece may hold other white space: it is only a rarer piece
        ids_of = self._ids
        try:
            found = b"".join(map(ids_of.__getitem__, pieces))
        except KeyError:
            if len(ids_of) + len(pieces) > MAX_CACHED_PIECES:
                self._forget_pieces()
            for piece in dict.fromkeys(pieces):  # new words numbered in the order they come
                if piece not in ids_of:
                    self._learn(piece)
            found = b"".join(map(ids_of.__getitem__, pieces))
        ids: array[int] = array("I")
        ids.frombytes(found)
        offsets = b"".join(map(self._offsets.__getitem__, pieces))
        starts = accumulate(map(add, map(len, pieces), _ONES), initial=0)  # each piece and its space
        if len(text) < SHORT_TEXT:
            lanes = b"".join(map(getitem, map(self._starts.__getitem__, pieces), starts))
        else:
            start_bytes = map(int.to_bytes, starts, _TWO, _LITTLE)
            lanes = b"".join(map(mul, start_bytes, map(self._lanes.__getitem__, pieces)))
        spans = (int.from_bytes(offsets, "little") + int.from_bytes(lanes, "little")).to_bytes(len(offsets), "little")
        return ids, spans, sum(map(self._counts.__getitem__, pieces))

    def _numbered_long(self, text: str) -> tuple[array[int], bytes, int]:
        """``numbered`` of a text of 64 K characters or more (spans past 16 bits), word by word."""
        words, spans = self._tokenizer(text)
        return array("I", map(self._word, words)), pack_spans(spans, len(text)), len(WORD.findall(text))

    def _word(self, word: str) -> int:
        number = self._number.get(word)
        if number is None:
            number = self._number[word] = len(self.words)
            self.words.append(word)
        return number

    def _learn(self, piece: str) -> None:
        words, offsets = self._tokenizer.fold(piece)
        self._ids[piece] = array("I", map(self._word, words)).tobytes()
        self._offsets[piece] = pack_spans(offsets, 0)
        self._lanes[piece] = len(offsets)
        self._starts[piece] = _starts_repeated(len(offsets))
        self._counts[piece] = len(WORD.findall(piece))

    def _forget_pieces(self) -> None:
        """The pieces' memory bounded (a few tens of MB); the words keep their numbers."""
        self._ids.clear()
        self._offsets.clear()
        self._lanes.clear()
        self._starts.clear()
        self._counts.clear()


def word_keys(word: str) -> tuple[str, ...]:
    """The keys a word is found by but its own form (stems, family roots, keyboard and Latin spellings), prefixed."""
    return tuple(sorted({KIND_PREFIX[kind] + key for kind, key in text_keys(word) if key and kind != "exact"}))


def pack_numbers(numbers: array[int]) -> bytes:
    """The first half of ``pack``: 32-bit word numbers, little-endian."""
    if sys.byteorder == "big":
        numbers = array(numbers.typecode, numbers)
        numbers.byteswap()
    return numbers.tobytes()


def pack_spans(spans: Sequence[int], text_length: int) -> bytes:
    """The second half of ``pack``: the spans, 16-bit for a passage under 64 K characters, little-endian."""
    offsets = array(span_type(text_length), spans)
    if sys.byteorder == "big":
        offsets.byteswap()
    return offsets.tobytes()


MAX_PHRASE_PAIRS = 64
"""A phrase whose first two words have more pairs of library words than this is not prefiltered."""


def phrase_pairs(groups: list[list[dict[int, Level]]]) -> list[bytes]:
    """For the phrase with the fewest, every pair of library words its first two words can be, as ``pack`` stores
    them next to each other: a stored passage that holds none of these byte strings does not hold the phrase.

    SQLite can look for them in each candidate's stored words (``instr``) without handing the
    row to Python; a byte string found elsewhere (across two numbers, or in the spans) only
    lets a passage through to ``passage_hits``, which checks it. Empty: no prefilter.
    """
    import struct  # here: a search of one word, most searches, makes no pairs

    options = [
        [struct.pack("<II", first, second) for first in group[0] for second in group[1]]
        for group in groups
        if len(group) > 1
    ]
    fewest = min(options, key=len, default=[])
    return fewest if len(fewest) <= MAX_PHRASE_PAIRS else []


def span_type(text_length: int) -> str:
    """The spans' array type: 16-bit for a passage under 64 K characters."""
    return "H" if text_length < 1 << 16 else "I"


def pack(numbers: Sequence[int], spans: Sequence[int], text_length: int) -> bytes:
    """Word numbers (32-bit) then spans (16-bit for a passage under 64 K characters), little-endian."""
    return pack_numbers(array("I", numbers)) + pack_spans(spans, text_length)


def unpack(data: bytes, text_length: int) -> tuple[array[int], array[int]]:
    """(word numbers, spans) as ``pack`` wrote them."""
    offsets: array[int] = array(span_type(text_length))
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
