"""Text folding for search, with a map from every folded character back to the original.

Text and query go through the same steps, so comparisons happen between folded
strings while hits are reported, and highlighted, on the original characters:

1. NFC composition; soft hyphens, zero-width characters and stress marks are
   dropped (the breve of Й and the diaeresis of Ё are kept, composed);
   special spaces, dashes and quotes are folded (« » “ ” → ").
2. Latin look-alike letters inside Cyrillic words become Cyrillic.
3. Case-folding (``str.casefold`` is correct for all 42 Kazakh letters).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from desktop.records import NamedTuple

DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")
SPACES = frozenset("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t")
DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
DOUBLE_QUOTES = frozenset("«»“”„‟″〝〞＂")
SINGLE_QUOTES = frozenset("‘’‚‛′ʼ`´")
_FOLDED_PUNCTUATION = (
    dict.fromkeys(SPACES, " ") | dict.fromkeys(DASHES, "-") | dict.fromkeys(DOUBLE_QUOTES, '"')
    | dict.fromkeys(SINGLE_QUOTES, "'")
)  # fmt: skip
STRESS_MARKS = frozenset("\u0300\u0301\u030b\u030f\u0341\u0340")
"""Accents used to mark stress; dropped. Other combining marks (the breve of Й, the
diaeresis of Ё and Ä) are composed with their letter, as NFC does."""

LATIN_LOOKALIKES = str.maketrans(
    {
        "A": "А", "a": "а", "B": "В", "C": "С", "c": "с", "E": "Е", "e": "е", "H": "Н", "h": "һ",
        "I": "І", "i": "і", "K": "К", "k": "к", "M": "М", "O": "О", "o": "о", "P": "Р", "p": "р",
        "T": "Т", "X": "Х", "x": "х", "Y": "У", "y": "у", "Ə": "Ә", "ə": "ә", "Ö": "Ө", "ö": "ө",
    }
)  # fmt: skip


CYRILLIC_RANGE = ("\u0400", "\u052f")
"""Cyrillic and Cyrillic Supplement: the 42 Kazakh letters and the Russian ones."""


def is_cyrillic(char: str) -> bool:
    return CYRILLIC_RANGE[0] <= char <= CYRILLIC_RANGE[1]


def has_cyrillic(text: str) -> bool:
    return any(is_cyrillic(char) for char in text)


class Folded(NamedTuple):
    """Folded text; ``starts[i]``/``ends[i]`` give the original span of folded character i."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covering folded characters [start, end)."""
        return self.starts[start], self.ends[end - 1]


def _fold_characters(text: str) -> tuple[list[str], list[int], list[int]]:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        if char in DROPPED or (char in STRESS_MARKS and not chars):
            continue
        if unicodedata.combining(char):
            if chars:
                composed = unicodedata.normalize("NFC", chars[-1] + char)
                if char not in STRESS_MARKS and len(composed) == 1:
                    chars[-1] = composed
                ends[-1] = index + 1  # the mark belongs to the letter before it
            continue
        chars.append(_FOLDED_PUNCTUATION.get(char, char))
        starts.append(index)
        ends.append(index + 1)
    return chars, starts, ends


def _fix_lookalikes(chars: list[str]) -> None:
    """In a run of letters that has Cyrillic in it, Latin look-alikes become Cyrillic."""
    run_start = 0
    length = len(chars)
    while run_start < length:
        if not chars[run_start].isalpha():
            run_start += 1
            continue
        run_end = run_start
        while run_end < length and chars[run_end].isalpha():
            run_end += 1
        run = chars[run_start:run_end]
        if any(is_cyrillic(c) for c in run) and any(c.isascii() or c in "əƏöÖ" for c in run):
            for offset, char in enumerate(run):
                chars[run_start + offset] = char.translate(LATIN_LOOKALIKES)
        run_start = run_end


_PUNCTUATION_TABLE = str.maketrans(_FOLDED_PUNCTUATION)
_DROPPED_OR_MARK = "[\u00ad\u0130\u0131\u0300-\u036f\u0399\u03b9\u180e\u1fbe\u200b-\u200d\u2060\ufeff]"
_LATIN = "[A-Za-z\u00d6\u00f6\u0130\u0131\u017f\u018f\u0259\u212a]"
_CYRILLIC = "[\u0400-\u052f\u1c80-\u1c87]"
_NEEDS_FULL_FOLD = f"{_DROPPED_OR_MARK}|{_LATIN}{_CYRILLIC}|{_CYRILLIC}{_LATIN}"
"""What the one-for-one fast path cannot fold: dropped characters, combining marks, mixed-script words.

The classes are written out as ``re.IGNORECASE`` reads ``[\u00ad\u200b-\u200d\u2060\ufeff\u180e\u0300-\u036fİ]``,
``[a-zəö]`` and ``[\u0400-\u052f]`` (İ with every letter that folds as it does): compiling those case-blind took
1 ms of every command's search. The ASCII i and I are left out of the first, though: they fold one for one, and
a paragraph naming Reuters or the CSIS took the full fold for them, about fifty times slower. Tests hold the classes
equal, and the fast path's answer equal to the full fold's wherever it is taken, but for combining marks outside
U+0300-U+036F (the Cyrillic titlo, other scripts' marks), which the fast path keeps as characters of their own."""
_DROPPED_OR_MARK_CHARACTERS = frozenset("\u00ad\u0130\u0131\u0399\u03b9\u180e\u1fbe\u200b\u200c\u200d\u2060\ufeff") | {
    chr(code) for code in range(0x300, 0x370)
}
_LATIN_CHARACTERS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u00d6\u00f6\u0130\u0131\u017f\u018f\u0259\u212a"
)
"""``_DROPPED_OR_MARK`` and ``_LATIN`` as sets, for ``_needs_full_fold`` by hand (tests hold them equal)."""
HAND_CHECKS = 32
"""Short texts checked by hand before ``_NEEDS_FULL_FOLD`` is compiled (0.6 ms of a command's start): a query and
its words are; a window or an import that folds thousands of texts compiles it once."""


class _FastPath:
    pattern: re.Pattern[str] | None = None
    checked = 0


def _needs_full_fold(text: str) -> bool:
    """Whether ``_NEEDS_FULL_FOLD`` is found in ``text``."""
    if _FastPath.pattern is None:
        if _FastPath.checked < HAND_CHECKS and len(text) <= 256:
            _FastPath.checked += 1
            return _needs_full_fold_by_hand(text)
        _FastPath.pattern = re.compile(_NEEDS_FULL_FOLD)
    return _FastPath.pattern.search(text) is not None


def _needs_full_fold_by_hand(text: str) -> bool:
    """``_NEEDS_FULL_FOLD`` looked for character by character: a dropped character or a mark, or a Latin letter
    beside a Cyrillic one."""
    after_latin = after_cyrillic = False
    for char in text:
        if char in _DROPPED_OR_MARK_CHARACTERS:
            return True
        latin = char in _LATIN_CHARACTERS
        cyrillic = "\u0400" <= char <= "\u052f" or "\u1c80" <= char <= "\u1c87"
        if (latin and after_cyrillic) or (cyrillic and after_latin):
            return True
        after_latin, after_cyrillic = latin, cyrillic
    return False


def fold(text: str) -> Folded:
    """Fold text for comparison, keeping the way back to the original characters."""
    if not _needs_full_fold(text):
        folded = text.translate(_PUNCTUATION_TABLE).casefold()
        if len(folded) == len(text):  # the common case: plain text, one character for one
            return Folded(folded, range(len(text)), range(1, len(text) + 1))
    return _full_fold(text)


def _full_fold(text: str) -> Folded:
    """``fold`` character by character: what the fast path must equal wherever it is taken."""
    chars, starts, ends = _fold_characters(text)
    _fix_lookalikes(chars)
    out: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    for char, start, end in zip(chars, starts, ends, strict=True):
        folded = char.casefold()
        for piece in folded:
            out.append(piece)
            out_starts.append(start)
            out_ends.append(end)
    return Folded("".join(out), tuple(out_starts), tuple(out_ends))


class Token(NamedTuple):
    """A word of folded text: its folded form and its span in the folded text."""

    text: str
    start: int
    end: int
    joined_to_next: bool
    """True when a hyphen (not a space) links it to the next word, as in тепе-теңдік."""


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def tokenize(folded_text: str) -> list[Token]:
    """Words are runs of letters and digits; an apostrophe between letters stays inside."""
    tokens: list[Token] = []
    length = len(folded_text)
    for found in _WORD.finditer(folded_text):
        end = found.end()
        joined = end + 1 < length and folded_text[end] == "-" and folded_text[end + 1].isalnum()
        tokens.append(Token(found.group(), found.start(), end, joined))
    return tokens
