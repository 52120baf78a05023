"""The stem lexicon: which Kazakh stems are nouns or adjectives, and which are verbs.

The analyser in ``desktop.search.morphology`` reads a word into every stem + suffixes
the grammar allows; this lexicon then decides which of those readings a real word can
be: verbal endings only on verb stems, nominal endings on nominal stems, and a stem
unknown to it is not guessed when a known one explains the word.

Source: the Kazakh Hunspell dictionary (``resources/lexicon/kk_KZ.dic``, shipped
unmodified; see ``resources/lexicon/copyright``), taken under the Mozilla Public
License 1.1 of its three licences. Its entries carry affix flags that tell the classes
apart: verbs are listed in the dictionary form in -у/-ю with the verbal flags, every
other entry (nouns, adjectives, names, and many derived or inflected words) is nominal.
``compile_source`` turns it into a compact table (``lexicon.bin``: a header line with the
checksum of the rest, then the two word lists, sorted, as UTF-8 text: 0.84 MiB against the
source's 2.1), written by ``scripts/build_resources.py`` and checked fresh by a test; ``load``
reads it once, at the first word analysed, never at start-up. The lists are searched in place
by bisection over the table's bytes: a command line's search asks a handful of words, and
splitting 54,000 lines into a list, checking their order and decoding them cost more than its
whole analysis (6 ms). The checksum (0.2 ms) stands for those checks: a table that is not the
one this module wrote is refused. A long session (the window, an import) asks thousands of
words; after ``SPLIT_AFTER`` words a list is made once and searched instead, ten times faster
a word (figures in docs/benchmarks.md).
"""

from __future__ import annotations

import bisect
import os
import zlib
from collections.abc import Iterator
from functools import lru_cache

from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

TABLE_FILE = os.path.join(os.path.dirname(__file__), "lexicon.bin")
"""The compiled table read by ``load`` (``TABLE``, below, is it as a Path)."""
VERB_FLAG = "M"
"""The Hunspell affix class the dictionary gives verbs (in -у/-ю); nominal entries carry A or B."""
_VOWELS = frozenset("аәеоөұүыіиуэюя")
_BACK = frozenset("аоұыя")
_FRONT = frozenset("әеөүіэ")
MISFLAGGED = frozenset(("аю", "қару", "елу"))
"""Entries the source flags as verbs that are nouns or numerals (аю "bear" is no verb ай-, қару
"weapon" no қар-, елу "fifty" no ел-)."""
_UNVOICED = {"б": "п", "г": "к", "ғ": "қ"}
MAX_TABLE_BYTES = 8 * 1024 * 1024
"""A compiled table larger than this is not the one we ship: it is not read (no lexicon)."""


HEADER = b"oqyrman-lexicon 1 "
"""The table's first line: this, then the CRC-32 of the rest of the table in 8 hexadecimal digits."""
SPLIT_AFTER = 32
"""Words asked of one list in place before it is split into a list of lines: a word costs 8 µs in place and
0.8 µs in the list, which takes 2.7 ms to split. A command line's query asks a handful; the window's first
search analyses every word of the article (some 3,800 questions): split early, it costs less than before."""


class SortedWords:
    """Sorted UTF-8 lines, ``data[start:end]`` (each ending in a newline), with ``in`` by bisection.

    Searched in place in the table's bytes (no line split out, hashed nor decoded when loaded),
    until ``SPLIT_AFTER`` words have been asked: then as a list of lines, or with ``hashed`` (the
    verbs: a seventh of the words, asked of every reading) as a set of words.
    """

    __slots__ = ("_asked", "_data", "_end", "_hashed", "_lines", "_start", "_words")

    def __init__(self, data: bytes = b"", start: int = 0, end: int = 0, *, hashed: bool = False) -> None:
        self._data, self._start, self._end, self._hashed = data, start, end, hashed
        self._lines: list[bytes] | None = None
        self._words: frozenset[str] | None = None
        self._asked = 0

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if self._words is not None:
            return word in self._words
        try:
            encoded = word.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no word of the table
            return False
        lines = self._lines
        if lines is None:
            self._asked += 1
            if self._asked <= SPLIT_AFTER:
                return self._in_place(encoded)
            lines = self._lines = self._data[self._start : self._end - 1].split(b"\n") if self._end else []
            if self._hashed:
                self._words = frozenset(line.decode("utf-8") for line in lines)
                return word in self._words
        index = bisect.bisect_left(lines, encoded)
        return index < len(lines) and lines[index] == encoded

    def _in_place(self, word: bytes) -> bool:
        """Bisection over the bytes: the line around the middle byte, then the half the word sorts in."""
        data, low, high = self._data, self._start, self._end  # low: a line's start; high: just after a newline
        while low < high:
            middle = (low + high) // 2
            start = data.rfind(b"\n", low, middle) + 1 or low
            end = data.find(b"\n", middle, high)
            line = data[start:end]
            if line < word:
                low = end + 1
            elif line > word:
                high = start
            else:
                return True
        return False

    def __len__(self) -> int:
        return self._data.count(b"\n", self._start, self._end)

    def __iter__(self) -> Iterator[str]:
        return (line.decode("utf-8") for line in self._data[self._start : self._end].splitlines())


class Lexicon:
    """Known stems by class. A stem in neither list is unknown: the grammar alone decides."""

    __slots__ = ("nominal", "verbs")

    def __init__(self, nominal: SortedWords | None = None, verbs: SortedWords | None = None):
        self.nominal = SortedWords() if nominal is None else nominal
        self.verbs = SortedWords() if verbs is None else verbs

    def knows(self, stem: str) -> bool:
        return stem in self.nominal or stem in self.verbs

    def is_verb(self, stem: str) -> bool:
        return stem in self.verbs

    def has_family(self, word: str) -> bool:
        """Whether the lexicon lists two words derived from this one by suffixes only nouns and
        adjectives take (-лық, -лы, -сыз, -шы): қала (қалалық, қалалы), баға (бағалы, бағасыз).

        Such a word is a noun of its own, not a verb's bare converb the source happens to list
        (it lists many: бола, келе, бара, with no derived word).
        """
        front = not _BACK.intersection(word[-2:]) and bool(_FRONT.intersection(word[-3:]))
        first = "л" if word[-1:] in _VOWELS or word[-1:] in "руй" else "д" if word[-1:] in "лмнңжз" else "т"
        suffixes: tuple[str, ...] = (first + "ық", first + "ы", "сыз", "шы")
        if front:
            suffixes = tuple(suffix.replace("ы", "і") for suffix in suffixes)
        return sum(word + suffix in self.nominal for suffix in suffixes) >= 2

    def __len__(self) -> int:
        return len(self.nominal) + len(self.verbs)


def verb_stems(dictionary_form: str) -> list[str]:
    """The stems a verb's dictionary form can stand for.

    бару → бар; тыңдау → тыңда; жауу → жау; қою → қой; кию → ки; шығу → шық. After a
    consonant the -у swallows the ы/і of the few stems that end in it (оқу is оқы-,
    ``grammar.CONTRACTED_VERB_STEMS``).
    """
    if len(dictionary_form) < 2:
        return []
    stem, ending = dictionary_form[:-1], dictionary_form[-1]
    if ending == "ю":
        found = [stem if stem.endswith("и") else stem + "й"]
    elif ending != "у":
        return []
    elif stem[-1] in _VOWELS and not (stem[-1] == "у" and len(stem) > 1 and stem[-2] in _VOWELS):
        found = [stem]
    else:
        from desktop.search.grammar import CONTRACTED_VERB_STEMS

        contracted = [stem + vowel for vowel in "ыі" if stem + vowel in CONTRACTED_VERB_STEMS]
        found = contracted or [stem]
        if stem[-1] in _UNVOICED and not contracted:  # шығу is шық-: шықты, шығады
            found.append(stem[:-1] + _UNVOICED[stem[-1]])
    return [stem for stem in found if _plausible_stem(stem)]


def _plausible_stem(stem: str) -> bool:
    """A verb stem has two letters or more, and a two-letter one ending in a vowel is one of the few
    (де-, же-, су-…): the source also flags nouns in -у as verbs (тау, сау, су, ту)."""
    from desktop.search.grammar import OPEN_TWO_LETTER_STEMS

    if len(stem) < 2 or not any(char in _VOWELS for char in stem):
        return False
    return len(stem) > 2 or stem[-1] not in _VOWELS or stem in OPEN_TWO_LETTER_STEMS


def compile_source(dictionary: str) -> str:
    """The table's text from a Hunspell .dic: the header, nominal words, a blank line, verb stems (sorted)."""
    nominal: set[str] = set()
    verbs: set[str] = set()
    lines = dictionary.lstrip("\ufeff").splitlines()[1:]  # the first line is the entry count
    for line in lines:
        word, _, flags = line.strip().partition("/")
        word = word.casefold()
        if not word or not word.isalpha():
            continue
        stems = verb_stems(word) if VERB_FLAG in flags and word not in MISFLAGGED else []
        if stems:
            verbs.update(stems)
        else:
            nominal.add(word)
    lists = "\n".join(sorted(nominal)) + "\n\n" + "\n".join(sorted(verbs)) + "\n"
    return f"{HEADER.decode()}{zlib.crc32(lists.encode('utf-8')):08x}\n{lists}"


def encode(text: str) -> bytes:
    return text.encode("utf-8")


def decode(data: bytes) -> str:
    if len(data) > MAX_TABLE_BYTES:
        raise ValueError("lexicon table larger than expected")
    return data.decode("utf-8")


def parse(data: bytes) -> Lexicon:
    """The table's two lists, searched in place; a table whose header or checksum is not right (not one this
    module wrote, or damaged) is refused."""
    if len(data) > MAX_TABLE_BYTES:
        raise ValueError("lexicon table larger than expected")
    first = len(HEADER) + 9  # the header, eight hexadecimal digits and a newline
    if not data.startswith(HEADER) or data[first - 1 : first] != b"\n":
        raise ValueError("not a lexicon table")
    try:
        checksum = int(data[len(HEADER) : first - 1], 16)
    except ValueError:
        raise ValueError("not a lexicon table") from None
    if zlib.crc32(memoryview(data)[first:]) != checksum:
        raise ValueError("lexicon table damaged")
    separator = data.rfind(b"\n\n", first)  # the verbs' lines hold no blank line: the last is the only one
    if separator < 0 or not data.endswith(b"\n"):
        raise ValueError("not a lexicon table")
    return Lexicon(SortedWords(data, first, separator + 1), SortedWords(data, separator + 2, len(data), hashed=True))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The compiled lexicon, read once. Missing or damaged, search still works without it."""
    try:
        with open(TABLE_FILE, "rb") as table:
            return parse(table.read())
    except (OSError, ValueError):
        return Lexicon()


def __getattr__(name: str) -> Path:
    """``TABLE`` (the compiled table) and ``SOURCE`` (the dictionary it is compiled from) as Paths, made when
    asked for: a search reads the table without importing ``pathlib``."""
    from pathlib import Path

    if name == "TABLE":
        return Path(TABLE_FILE)
    if name == "SOURCE":
        return Path(__file__).resolve().parent.parent.parent / "resources" / "lexicon" / "kk_KZ.dic"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
