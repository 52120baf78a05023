"""Where words start and end in displayed text (no Qt): for word-snapping selection and the word card.

A word is a run of letters and digits; a hyphen or an apostrophe inside one joins it
(Қасым-Жомарт, тепе-теңдікті, BAQ.KZ's parts are two words), as a reader sees a word.
"""

from __future__ import annotations

JOINERS = frozenset("-‐'’ʼ")


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _inside(text: str, index: int) -> bool:
    """A character of a word: a letter or digit, or a joiner between two of them."""
    if index < 0 or index >= len(text):
        return False
    char = text[index]
    if _is_word_char(char):
        return True
    return (
        char in JOINERS and 0 < index < len(text) - 1 and _is_word_char(text[index - 1])
        and _is_word_char(text[index + 1])
    )  # fmt: skip


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The word holding the character at offset, or just before it (a caret at a word's end)."""
    if not _inside(text, offset):
        if _inside(text, offset - 1):
            offset -= 1
        else:
            return None
    start = offset
    while _inside(text, start - 1):
        start -= 1
    end = offset + 1
    while _inside(text, end):
        end += 1
    return start, end


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection [start, end) widened to whole words: a word cut at either edge is taken whole.

    Spaces and punctuation at the edges stay as they are selected; an empty selection stays empty.
    """
    if start >= end:
        return start, end
    if _inside(text, start) and _inside(text, start - 1):
        while _inside(text, start - 1):
            start -= 1
    if _inside(text, end - 1) and _inside(text, end):
        while _inside(text, end):
            end += 1
    return start, end


__all__ = ["snap_to_words", "word_at"]
