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


def _common_suffix(one: str, other: str) -> int:
    count = 0
    while count < min(len(one), len(other)) and one[-1 - count] == other[-1 - count]:
        count += 1
    return count


def _common_prefix(one: str, other: str) -> int:
    count = 0
    while count < min(len(one), len(other)) and one[count] == other[count]:
        count += 1
    return count


def relocate(anchor: Anchor, texts: Sequence[str]) -> Anchor | None:
    """The anchor in this version of the article, or None when its quote is no longer there."""
    if 0 <= anchor.passage < len(texts) and texts[anchor.passage][anchor.start : anchor.end] == anchor.quote:
        return make_anchor(texts, anchor.passage, anchor.start, anchor.end)
    best: tuple[tuple[int, int], int, int] | None = None
    for passage, text in enumerate(texts):
        position = text.find(anchor.quote)
        while position != -1 and anchor.quote:
            context = _common_suffix(text[:position], anchor.prefix) + _common_prefix(
                text[position + len(anchor.quote) :], anchor.suffix
            )
            score = (context, -abs(passage - anchor.passage))  # then the nearest passage
            if best is None or score > best[0]:
                best = (score, passage, position)
            position = text.find(anchor.quote, position + 1)
    if best is None:
        return None
    _score, passage, position = best
    return make_anchor(texts, passage, position, position + len(anchor.quote))
