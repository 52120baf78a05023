"""Kazakh text cut into sentences, as character spans, so the window can highlight what is said.

A full stop, question or exclamation mark or an ellipsis (with the closing quotes or brackets
after it) ends a sentence when what follows starts one: a capital letter, a digit, an opening
quote, or a dash opening a line of dialogue. It does not end one

- inside a number (2.5, 11.12.2025) or a word (т.б.),
- after an initial (Қ.-Ж. Тоқаев, Н. Ә. Назарбаев) or a title or abbreviation that a name or
  a word always follows (проф., акад., мыс., т.ғ.д.),
- before a small letter or a dash followed by one («Келдік!» — деді ол),
- after an abbreviation that can end a sentence (т.б., ж., млн) unless a capitalised word follows
  (not an initialism: 100 млн. АҚШ доллары),
- after the number of a numbered point (1. Экономика, 2. Саясат).
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Span(NamedTuple):
    """Characters [start, end) of a text."""

    start: int
    end: int


NEVER_FINAL = frozenset(
    {
        "проф", "акад", "доц", "мыс", "қар", "бет", "көш", "обл", "ауд", "пр", "др", "ст", "им",
        "т.ғ.д", "т.ғ.к", "ф.ғ.д", "ф.ғ.к", "э.ғ.д", "э.ғ.к", "з.ғ.д", "з.ғ.к", "с.ғ.к", "с.ғ.д",
        "х.ғ.д", "х.ғ.к", "п.ғ.д", "п.ғ.к",
    }
)  # fmt: skip
"""Abbreviations (without their final full stop, in small letters) that a word or name always follows."""

MAY_END = frozenset({"т.б", "т.с.с", "т.с", "ж", "жж", "б.з.б", "б.з", "млн", "млрд", "трлн", "тг", "с.с", "т.т"})
"""Abbreviations that may end a sentence: they do when a capital letter follows."""

_END = re.compile(r"(?:[.!?…]+)[»\"”’)\]]*")
_OPENING = "«\"“„'‘([—–-"
_DASHES = "—–-"
_TOKEN_EDGE = "«\"“„'‘(["


def _token_before(text: str, index: int) -> str:
    """The run of non-space characters that ends at index (at most LOOKAHEAD of them), without
    opening quotes or brackets."""
    start = index
    while start > 0 and index - start < LOOKAHEAD and not text[start - 1].isspace():
        start -= 1
    return text[start:index].lstrip(_TOKEN_EDGE)


def _is_initial(token: str) -> bool:
    """Н, Қ.-Ж, Ә: a capital letter alone, or the last of several joined by stops and hyphens."""
    last = re.split(r"[.\-‐]", token)[-1]
    return len(last) == 1 and last.isupper()


LOOKAHEAD = 64
"""Characters looked at after a full stop: enough for a dash, quotes and a word; never the whole text
(a long passage has many stops, and copying the rest of it at each would be quadratic)."""


def _starts_sentence(text: str, index: int, *, after_abbreviation: bool) -> bool:
    char = text[index]
    following = text[index + 1 : index + LOOKAHEAD]
    if after_abbreviation:  # млн. АҚШ доллары: an initialism goes on the sentence; a capitalised word starts one
        word = re.match(r"[^\W\d_]+", text[index : index + LOOKAHEAD])
        return char.isupper() and not (word is not None and len(word.group()) > 1 and word.group().isupper())
    if char.isupper():
        return True
    if char.isdigit():
        return True
    if char in _DASHES:
        rest = following.lstrip()
        return bool(rest) and (rest[0].isupper() or rest[0] in '«"“')
    if char in _OPENING:
        rest = following.lstrip(_OPENING + " ")
        return bool(rest) and (rest[0].isupper() or rest[0].isdigit())
    return False


def _is_boundary(text: str, match: re.Match[str], start: int) -> bool:
    end = match.end()
    following = end
    while following < len(text) and text[following].isspace():
        following += 1
    if following == len(text):
        return True
    if following == end:  # no space: inside a number, a word or an abbreviation (2.5, т.б.)
        return False
    punctuation = match.group().rstrip('»"”’)]')
    if set(punctuation) == {"."}:
        token = _token_before(text, match.start())
        if not token:
            return False
        lowered = token.lower()
        if token in NEVER_FINAL or lowered in NEVER_FINAL or _is_initial(token):
            return False
        before = text[start : match.start() - len(token)].rstrip()
        if token.isdigit() and len(token) <= 2 and (not before or before.endswith(":")):
            return False  # a numbered point (1. Экономика), not a sentence of its own
        if lowered in MAY_END:
            return _starts_sentence(text, following, after_abbreviation=True)
    return _starts_sentence(text, following, after_abbreviation=False)


def split_sentences(text: str) -> list[Span]:
    """The sentences of a text as spans, in order, without the spaces between them."""
    spans: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        if match.start() < start or not _is_boundary(text, match, start):
            continue
        spans.append(Span(start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        spans.append(Span(start, len(text.rstrip())))
    return [_trimmed(text, span) for span in spans if text[span.start : span.end].strip()]


def _trimmed(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


__all__ = ["MAY_END", "NEVER_FINAL", "Span", "split_sentences"]
