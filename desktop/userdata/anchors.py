"""Where an annotation sits in an article, and how it is found again in a changed article.

An anchor keeps the passage and character offsets, and also the quoted text with some
context either side (as the W3C Web Annotation "text quote selector" does): when the
article file has changed, the quote is looked for again, the occurrence whose context
matches best wins, and an annotation whose quote is gone is reported, never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CONTEXT = 32
"""Characters of context kept on each side of the quote."""


@dataclass(frozen=True)
class Anchor:
    passage: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def make_anchor(texts: Sequence[str], passage: int, start: int, end: int) -> Anchor:
    """The anchor of characters [start, end) of a passage; ValueError when they are not in it."""
    if not 0 <= passage < len(texts):
        raise ValueError(f"no passage {passage}")
    text = texts[passage]
    if not 0 <= start < end <= len(text):
        raise ValueError(f"characters {start}–{end} are not inside passage {passage}")
    return Anchor(
        passage, start, end, text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
    )


MAX_CANDIDATES = 100_000
"""Occurrences of a quote weighed when re-anchoring, the nearest passages' first: a quote of one
common word in a book-long paragraph is placed in about a second, not minutes."""


def _common_suffix(one: str, other: str) -> int:
    """Characters at the end of both strings that are the same (``one`` is at most as long as ``other`` needs)."""
    count = 0
    limit = min(len(one), len(other))
    while count < limit and one[-1 - count] == other[-1 - count]:
        count += 1
    return count


def _common_prefix(one: str, other: str) -> int:
    count = 0
    limit = min(len(one), len(other))
    while count < limit and one[count] == other[count]:
        count += 1
    return count


def _nearest_first(count: int, passage: int) -> list[int]:
    """Every passage number, the anchor's own first, then by distance from it (the earlier one first on a tie)."""
    passage = min(max(passage, 0), max(count - 1, 0))
    order = sorted(range(count), key=lambda number: (abs(number - passage), number))
    return order


def relocate(anchor: Anchor, texts: Sequence[str]) -> Anchor | None:
    """The anchor in this version of the article, or None when its quote is no longer there.

    The occurrence whose context matches best wins, then the one nearest the old passage.
    Linear in the text and bounded: the whole context is looked for first (one search per
    passage, in C); otherwise each occurrence costs at most the context's length (the text
    around it is sliced to that length, never from the start of the passage), and at most
    MAX_CANDIDATES occurrences are weighed; when the quote occurs more often than that, its
    occurrences with at least 8 characters of either side's context are weighed too (found by
    searches in C), so the best placed one is not missed for being far into a long paragraph.
    """
    if 0 <= anchor.passage < len(texts) and texts[anchor.passage][anchor.start : anchor.end] == anchor.quote:
        return make_anchor(texts, anchor.passage, anchor.start, anchor.end)
    quote = anchor.quote
    if not quote:
        return None
    order = _nearest_first(len(texts), anchor.passage)
    whole = anchor.prefix + quote + anchor.suffix
    for passage in order:  # the best possible context, nearest first
        position = texts[passage].find(whole)
        if position != -1:
            start = position + len(anchor.prefix)
            return make_anchor(texts, passage, start, start + len(quote))
    before, after = len(anchor.prefix), len(anchor.suffix)
    best: tuple[tuple[int, int, int], int, int] | None = None

    def weigh(passage: int, text: str, position: int) -> None:
        nonlocal best
        end = position + len(quote)
        context = _common_suffix(text[max(0, position - before) : position], anchor.prefix) + _common_prefix(
            text[end : end + after], anchor.suffix
        )
        score = (context, -abs(passage - anchor.passage), -passage)  # then the nearest, then the earlier
        if best is None or score > best[0]:
            best = (score, passage, position)

    weighed = 0
    prefix, suffix, length = anchor.prefix, anchor.suffix, len(quote)
    for passage in order:  # weigh() written out: this loop runs up to MAX_CANDIDATES times
        text = texts[passage]
        distance = -abs(passage - anchor.passage)
        position = text.find(quote)
        while position != -1 and weighed < MAX_CANDIDATES:
            weighed += 1
            end = position + length
            context = _common_suffix(text[max(0, position - before) : position], prefix) + _common_prefix(
                text[end : end + after], suffix
            )
            if best is None or (context, distance, -passage) > best[0]:
                best = ((context, distance, -passage), passage, position)
            position = text.find(quote, position + 1)
        if weighed >= MAX_CANDIDATES:
            break
    if weighed >= MAX_CANDIDATES:  # more occurrences than weighed: those with some context are weighed too
        for pattern, offset in ((anchor.prefix[-8:] + quote, len(anchor.prefix[-8:])), (quote + anchor.suffix[:8], 0)):
            if pattern == quote:
                continue
            found = 0
            for passage in order:
                text = texts[passage]
                position = text.find(pattern)
                while position != -1 and found < MAX_CANDIDATES:
                    found += 1
                    weigh(passage, text, position + offset)
                    position = text.find(pattern, position + 1)
    if best is None:
        return None
    _score, passage, position = best
    return make_anchor(texts, passage, position, position + len(quote))
